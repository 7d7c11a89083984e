"""Recording the outcome: five outcomes on Ctrl+1…Ctrl+5, the details each needs; Enter in a text field or
Ctrl+Enter anywhere saves, Enter in a drop-down or a date field takes that field and moves on."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from decimal import InvalidOperation

from PySide6.QtCore import QDateTime, QSignalBlocker, Qt, QTimeZone, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup,
    QCalendarWidget,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ...domain.calls import (
    Call,
    NotBookedReason,
    Outcome,
    OutcomeError,
    OutcomeForm,
    asks_call_back_time,
    utcnow,
)
from ...domain.clinic import ClinicCard
from .. import formatting as fmt
from ..error_text import outcome_error
from ..models.history_model import outcome_text
from ..models.tasks_model import OWNER, recipient_text
from .call_back_time import CallBackTimeField
from .date_field import DateField
from .field_errors import FieldErrors
from .form_keys import FieldKeys

OUTCOMES = list(Outcome)
REASONS = list(NotBookedReason)
FOLLOW_UP_DAYS = 2


def _to_qt(at: datetime) -> QDateTime:
    return QDateTime.fromSecsSinceEpoch(int(at.timestamp()), QTimeZone.systemTimeZone())


def _from_qt(value: QDateTime) -> datetime:
    return datetime.fromtimestamp(value.toSecsSinceEpoch(), UTC)


def _next_hour(at: datetime) -> datetime:
    """Dates the form proposes fall on whole hours: easier to read and to say to the patient."""
    whole = at.replace(minute=0, second=0, microsecond=0)
    return whole if whole == at else whole + timedelta(hours=1)


class OutcomePanel(QWidget):
    changed = Signal()  # any edit: the window keeps a draft
    save_requested = Signal()

    def __init__(self, clock: Callable[[], datetime] = utcnow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._clock = clock
        self.card: ClinicCard | None = None
        self.call: Call | None = None
        self.suggested_reason: NotBookedReason | None = None  # from the objection prompt shown on this call
        self._visit_chosen = False  # the visit time shown is only proposed until typed, picked or confirmed

        # Each container is in its place before it is filled: with the application's style sheet, a filled one
        # put into its parent would be polished again with everything in it.
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        title = QLabel(self.tr("Outcome"))
        title.setObjectName("sectionTitle")
        layout.addWidget(title)
        self.group = QButtonGroup(self)
        buttons = QGridLayout()
        buttons.setSpacing(3)
        layout.addLayout(buttons)
        for i, outcome in enumerate(OUTCOMES):
            button = QPushButton(f"{outcome_text(outcome.value)}  Ctrl+{i + 1}")
            button.setCheckable(True)
            button.setObjectName(f"outcome_{outcome.value}")
            self.group.addButton(button, i)
            buttons.addWidget(button, i // 2, i % 2)
            shortcut = QShortcut(QKeySequence(f"Ctrl+{i + 1}"), self)
            shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
            shortcut.activated.connect(lambda i=i: self.choose_by_hand(OUTCOMES[i]))
        self.group.idClicked.connect(lambda i: self.choose_by_hand(OUTCOMES[i]))

        # the fields scroll when the screen is short; the outcomes above and Save below never leave it, and an
        # outcome with more fields (Not booked) never makes the window taller
        self.fields_area = QScrollArea()
        self.fields_area.setObjectName("outcomeFields")
        self.fields_area.setWidgetResizable(True)
        self.fields_area.setFrameShape(QFrame.Shape.NoFrame)
        self.fields_area.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the fields, not to their pane
        self.fields_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        layout.addWidget(self.fields_area, 1)
        self.save = QPushButton(self.tr("Save outcome  Ctrl+Enter"))
        self.save.setObjectName("saveButton")
        self.save.clicked.connect(self.save_requested)
        layout.addWidget(self.save)
        fields = QWidget()
        self.fields_area.setWidget(fields)
        fields_layout = QVBoxLayout(fields)
        fields_layout.setContentsMargins(0, 0, 0, 0)
        fields_layout.setSpacing(4)
        self.details = QStackedWidget()
        fields_layout.addWidget(self.details)
        common = QFormLayout()
        common.setContentsMargins(0, 0, 0, 0)
        fields_layout.addLayout(common)
        self.error = QLabel()
        self.error.setObjectName("error")
        self.error.setWordWrap(True)
        self.error.hide()
        fields_layout.addWidget(self.error)
        fields_layout.addStretch(1)

        # booked
        self.details.addWidget(QWidget())
        booked = QWidget()
        self.details.addWidget(booked)
        booked_form = QFormLayout(booked)
        booked_form.setContentsMargins(0, 0, 0, 0)
        self.specialist = QComboBox()
        self.service = QComboBox()
        self.visit_at = DateField()
        self.visit_at.setDisplayFormat(fmt.date_time_input_format())
        self.expected_value = QLineEdit()
        booked_form.addRow(self.tr("Speciali&st:"), self.specialist)
        booked_form.addRow(self.tr("S&ervice:"), self.service)
        booked_form.addRow(self.tr("&Visit:"), self.visit_at)
        booked_form.addRow(self.tr("E&xpected value:"), self.expected_value)
        # not booked
        not_booked = QWidget()
        self.details.addWidget(not_booked)
        not_booked_form = QFormLayout(not_booked)
        not_booked_form.setContentsMargins(0, 0, 0, 0)
        self.reason = QComboBox()
        for reason in REASONS:
            self.reason.addItem(outcome_text("not_booked", reason.value).split(" — ", 1)[1], reason.value)
        self.reason.setCurrentIndex(-1)
        self.reason.setMaxVisibleItems(len(REASONS))
        self.reason_text = QLineEdit()
        self.reason_text.setPlaceholderText(self.tr("What stopped the patient?"))
        self.follow_up_due = DateField()
        self.follow_up_due.setDisplayFormat(fmt.date_time_input_format())
        not_booked_form.addRow(self.tr("&Reason:"), self.reason)
        not_booked_form.addRow(self.tr("In &words:"), self.reason_text)
        self.follow_up_label = QLabel(self.tr("&Follow up on:"))
        self.follow_up_label.setBuddy(self.follow_up_due)
        not_booked_form.addRow(self.follow_up_label, self.follow_up_due)

        self.patient = QLineEdit()
        self.patient.setPlaceholderText(self.tr("First and last name"))
        self.notes = QLineEdit()
        self.notes.setPlaceholderText(self.tr("Anything the next person should know"))
        self.callback = QCheckBox(self.tr("Call the patient &back"))
        self.message_to = QComboBox()
        self.message_to.setEditable(True)
        self.message_to.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.message_text = QLineEdit()
        self.message_text.setPlaceholderText(self.tr("What to pass on"))
        common.addRow(self.tr("&Patient:"), self.patient)
        common.addRow(self.tr("&Notes:"), self.notes)
        common.addRow(self.tr("&Message for:"), self.message_to)
        common.addRow(self.tr("Messa&ge:"), self.message_text)
        common.addRow("", self.callback)
        # shown while the form makes somebody contact the patient later (a callback, a follow-up, a message)
        self.call_back_time = CallBackTimeField()
        self.call_back_time_label = QLabel(self.tr("Call back a&t:"))
        self.call_back_time_label.setBuddy(self.call_back_time)
        # a short label, in the labels' column: on a line of its own the field fell below the fold at 1366×740
        common.addRow(self.call_back_time_label, self.call_back_time)

        self.field_errors = FieldErrors()
        for name, form, field in (
            ("specialist", booked_form, self.service),
            ("visit_at", booked_form, self.visit_at),
            ("expected_value", booked_form, self.expected_value),
            ("reason", not_booked_form, self.reason),
            ("reason_text", not_booked_form, self.reason_text),
            ("patient_name", common, self.patient),
            ("message_text", common, self.message_text),
        ):
            self.field_errors.add(name, form, field)

        for edit in (self.expected_value, self.reason_text, self.patient, self.notes, self.message_text):
            edit.textEdited.connect(self._edited)
            edit.returnPressed.connect(self.save_requested)
        self.message_to.editTextChanged.connect(self._edited)
        self.call_back_time.editTextChanged.connect(self._edited)
        for combo in (self.specialist, self.reason):
            combo.currentIndexChanged.connect(self._edited)
        self.service.currentIndexChanged.connect(self._service_chosen)
        self.specialist.currentIndexChanged.connect(self._specialist_chosen)
        self.reason.currentIndexChanged.connect(self._reason_chosen)
        for stamp in (self.visit_at, self.follow_up_due):
            stamp.dateTimeChanged.connect(self._edited)
        self.visit_at.dateTimeChanged.connect(self._visit_confirmed)
        self.visit_at.calendar_made.connect(self._visit_calendar_made)
        self.keys = FieldKeys(
            [self.specialist, self.service, self.reason, self.message_to], [self.visit_at, self.follow_up_due], self
        )
        self.keys.committed.connect(self._field_committed)
        self.keys.save_requested.connect(self.save_requested)
        self.callback.toggled.connect(self._edited)
        for combo in (self.specialist, self.service, self.reason, self.message_to):
            # long names must not widen the window: the list pops up at full width anyway
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(12)
        self._fill_choices(None)
        self.set_call(None, None)

    # --- filling in ----------------------------------------------------------------------------------------

    def set_call(self, call: Call | None, card: ClinicCard | None) -> None:
        """Show a call's form (its draft, if any) for the clinic's card."""
        self.call = call
        if card is not self.card:  # the lists of a card already loaded stay: a clinic's next call is the same card
            self._fill_choices(card)
        self.setEnabled(call is not None)
        self.set_form(call.form if call else OutcomeForm())
        self.clear_error()

    def _fill_choices(self, card: ClinicCard | None) -> None:
        self.card = card
        with QSignalBlocker(self.specialist), QSignalBlocker(self.service), QSignalBlocker(self.message_to):
            self.specialist.clear()
            self.service.clear()
            self.specialist.addItem("—", None)
            self.service.addItem("—", None)
            if card:
                for sp in card.specialists:
                    self.specialist.addItem(f"{sp.name} — {sp.specialty}", sp.id)
                for sv in card.services:
                    self.service.addItem(f"{sv.name} · {fmt.money(sv.price, card.currency)}", sv.id)
            self.message_to.clear()
            self.message_to.addItem("", "")
            if card:
                owner = card.owner.name or self.tr("the owner")
                self.message_to.addItem(recipient_text(OWNER + owner), OWNER + owner)
                for sp in card.specialists:
                    self.message_to.addItem(sp.name, sp.name)

    def set_form(self, form: OutcomeForm) -> None:
        blockers = [
            QSignalBlocker(w)
            for w in (
                self.specialist,
                self.service,
                self.reason,
                self.visit_at,
                self.follow_up_due,
                self.callback,
                self.message_to,
                self.call_back_time,
            )
        ]
        now = self._clock()
        self.group.setExclusive(False)
        for button in self.group.buttons():
            button.setChecked(False)
        self.group.setExclusive(True)
        if form.outcome is not None:
            self.group.button(OUTCOMES.index(form.outcome)).setChecked(True)
        self._show_details(form.outcome)
        self.specialist.setCurrentIndex(max(0, self.specialist.findData(form.specialist_id)))
        self.service.setCurrentIndex(max(0, self.service.findData(form.service_id)))
        self.visit_at.setDateTime(_to_qt(form.visit_at or _next_hour(now + timedelta(days=1))))
        self._visit_chosen = form.visit_at is not None
        value = form.expected_value
        self.expected_value.setText(fmt.amount_for_editing(value) if value is not None else "")
        self.reason.setCurrentIndex(REASONS.index(form.reason) if form.reason else -1)
        self.reason_text.setText(form.reason_text)
        self.follow_up_due.setDateTime(_to_qt(form.follow_up_due or _next_hour(now + timedelta(days=FOLLOW_UP_DAYS))))
        self._reason_chosen()
        self.patient.setText(form.patient_name)
        self.notes.setText(form.notes)
        self.callback.setChecked(form.callback_requested)
        found = self.message_to.findData(form.message_to)
        if found >= 0:
            self.message_to.setCurrentIndex(found)
        else:
            self.message_to.setEditText(form.message_to)
        self.message_text.setText(form.message_text)
        self.call_back_time.set_text(form.call_back_time)
        del blockers
        self._show_call_back_time()

    def form(self) -> OutcomeForm:
        checked = self.group.checkedId()
        outcome = OUTCOMES[checked] if checked >= 0 else None
        reason = NotBookedReason(self.reason.currentData()) if self.reason.currentIndex() >= 0 else None
        try:
            value = fmt.parse_amount(self.expected_value.text())
        except InvalidOperation:
            value = None
        message_to = (
            self.message_to.currentData()
            if self.message_to.currentText() == self.message_to.itemText(self.message_to.currentIndex())
            else self.message_to.currentText().strip()
        )
        form = OutcomeForm(
            outcome=outcome,
            reason=reason if outcome is Outcome.NOT_BOOKED else None,
            reason_text=self.reason_text.text().strip() if outcome is Outcome.NOT_BOOKED else "",
            patient_name=self.patient.text().strip(),
            notes=self.notes.text().strip(),
            specialist_id=self.specialist.currentData() if outcome is Outcome.BOOKED else None,
            service_id=self.service.currentData() if outcome is Outcome.BOOKED else None,
            visit_at=_from_qt(self.visit_at.dateTime()) if outcome is Outcome.BOOKED and self._visit_chosen else None,
            expected_value=value if outcome is Outcome.BOOKED else None,
            follow_up_due=_from_qt(self.follow_up_due.dateTime())
            if outcome is Outcome.NOT_BOOKED and reason is not None and reason.needs_follow_up
            else None,
            message_to=message_to or "",
            message_text=self.message_text.text().strip(),
            callback_requested=self.callback.isChecked(),
        )
        return form.with_(call_back_time=self.call_back_time.text()) if asks_call_back_time(form) else form

    def value_is_valid(self) -> bool:
        try:
            value = fmt.parse_amount(self.expected_value.text())
        except InvalidOperation:
            return False
        return value is None or value >= 0

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Enter on a check box or a button of the form saves (drop-downs and dates keep theirs: `FieldKeys`)."""
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.call is not None:
            self.save_requested.emit()
            return
        super().keyPressEvent(event)

    def fields_in_order(self) -> list[QWidget]:
        """The form's fields as they read, top to bottom (the details of each outcome, then the common ones)."""
        return [
            self.specialist,
            self.service,
            self.visit_at,
            self.expected_value,
            self.reason,
            self.reason_text,
            self.follow_up_due,
            self.patient,
            self.notes,
            self.message_to,
            self.message_text,
            self.callback,
            self.call_back_time,
        ]

    # --- reactions ---------------------------------------------------------------------------------------

    def choose_by_hand(self, outcome: Outcome) -> None:
        """Ctrl+1…Ctrl+5 or a click: for *not booked*, the list of reasons opens at once, with the reason the
        objection prompt of this call suggests (or the first one) highlighted."""
        self.choose(outcome)
        if outcome is Outcome.NOT_BOOKED and self.call is not None:
            self.open_reasons()

    def open_reasons(self) -> None:
        reason = self.reason.currentData() or self.suggested_reason
        row = REASONS.index(NotBookedReason(reason)) if reason else 0
        self.reason.showPopup()
        self.reason.view().setCurrentIndex(self.reason.model().index(row, 0))

    def commit_typing(self) -> None:
        self.keys.commit_typing()

    def choose(self, outcome: Outcome) -> None:
        if self.call is None:
            return
        self.group.button(OUTCOMES.index(outcome)).setChecked(True)
        self._show_details(outcome)
        self.clear_error()
        self._show_call_back_time()
        focus = {Outcome.BOOKED: self.specialist, Outcome.NOT_BOOKED: self.reason}.get(outcome, self.patient)
        focus.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.changed.emit()

    def _show_details(self, outcome: Outcome | None) -> None:
        self.details.setCurrentIndex({Outcome.BOOKED: 1, Outcome.NOT_BOOKED: 2}.get(outcome, 0) if outcome else 0)
        self.details.setVisible(outcome in (Outcome.BOOKED, Outcome.NOT_BOOKED))

    def _visit_calendar_made(self, calendar: QCalendarWidget) -> None:
        for signal in (calendar.clicked, calendar.activated):
            signal.connect(self._visit_confirmed)

    def _visit_confirmed(self, *_: object) -> None:
        self._visit_chosen = True
        self.field_errors.clear("visit_at")

    def _field_committed(self, field: QWidget) -> None:
        """Enter took this field's value: on to the next field, as Tab would."""
        if field is self.visit_at:
            self._visit_confirmed()
            self.changed.emit()
        following = field.nextInFocusChain()
        while following is not field and following is not None:
            takes_tab = bool(following.focusPolicy() & Qt.FocusPolicy.TabFocus)
            usable = takes_tab and following.isVisible() and following.isEnabled()
            if usable and self.isAncestorOf(following) and not field.isAncestorOf(following):
                following.setFocus(Qt.FocusReason.TabFocusReason)
                return
            following = following.nextInFocusChain()

    def _edited(self, *_: object) -> None:
        self.clear_error()
        self._show_call_back_time()
        self.changed.emit()

    def _show_call_back_time(self) -> None:
        """The best time to call back is asked only when somebody will contact the patient later."""
        wanted = self.call is not None and asks_call_back_time(self.form())
        self.call_back_time.setVisible(wanted)
        self.call_back_time_label.setVisible(wanted)

    def _service_chosen(self) -> None:
        """Choosing a service fills in its price and its specialist."""
        if self.card is not None:
            service = next((s for s in self.card.services if s.id == self.service.currentData()), None)
            if service is not None:
                self.expected_value.setText(fmt.amount_for_editing(service.price))
                who = self.card.specialist(service.specialist_key)
                if who is not None and self.specialist.currentData() is None:
                    with QSignalBlocker(self.specialist):
                        self.specialist.setCurrentIndex(max(0, self.specialist.findData(who.id)))
        self._edited()

    def _specialist_chosen(self) -> None:
        """Choosing a specialist with one service picks that service."""
        if self.card is not None and self.service.currentData() is None:
            sp = next((s for s in self.card.specialists if s.id == self.specialist.currentData()), None)
            offered = self.card.services_for(sp) if sp else []
            if len(offered) == 1:
                self.service.setCurrentIndex(max(0, self.service.findData(offered[0].id)))

    def _reason_chosen(self) -> None:
        data = self.reason.currentData()
        needs = data is not None and NotBookedReason(data).needs_follow_up
        self.follow_up_due.setVisible(needs)
        self.follow_up_label.setVisible(needs)
        self.reason_text.setEnabled(data is not None)

    # --- errors ------------------------------------------------------------------------------------------

    def show_error(self, error: OutcomeError) -> None:
        text = outcome_error(error)
        self.clear_error()
        if not self.field_errors.show(error.field, text):  # next to the field to fix, or at the bottom
            self.error.setText(text)
            self.error.show()
        target = {
            "specialist": self.specialist,
            "visit_at": self.visit_at,
            "expected_value": self.expected_value,
            "reason": self.reason,
            "reason_text": self.reason_text,
            "message_text": self.message_text,
            "patient_name": self.patient,
        }.get(error.field)
        if target is not None:
            target.setFocus(Qt.FocusReason.OtherFocusReason)

    def clear_error(self) -> None:
        self.error.hide()
        self.field_errors.clear()

    def field_error(self, name: str) -> str:
        """The message shown next to a field ("" when none)."""
        return self.field_errors.text(name)
