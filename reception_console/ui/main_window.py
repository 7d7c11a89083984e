"""The receptionist's window: calls on the left, the clinic card in the middle, what to say and the
outcome on the right. Everything the ring→card→outcome loop needs, operable from the keyboard."""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListView,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from ..domain.calls import Call, CallEvent, CallState, OutcomeError, utcnow
from ..domain.people import Person
from ..domain.script import Objection
from ..domain.tasks import Task
from ..services.console import ConsoleServices
from ..services.phone import Phone
from ..services.phones import InvalidNumberError
from . import formatting as fmt
from .call_delegate import CallDelegate
from .call_header import CallHeader
from .card_panel import CardPanel
from .missed_calls import MissedCallsPanel
from .models.calls_model import ROLE_CALL, ActiveCallsModel
from .models.history_model import outcome_text
from .new_call import NewCallDialog
from .outcome_panel import OutcomePanel
from .prompts_panel import FIRST_KEY, PromptsPanel
from .sign_in import SignInDialog
from .tasks_dialog import TasksDialog

log = logging.getLogger(__name__)
DRAFT_DELAY_MS = 400


class MainWindow(QMainWindow):
    call_shown = Signal(str)  # call id, once its card is on screen
    call_saved = Signal(str)

    def __init__(
        self,
        services: ConsoleServices,
        person: Person,
        *,
        region: str = "PL",
        database_label: str = "",
        ui_state: QSettings | None = None,
        clock: Callable[[], datetime] = utcnow,
    ) -> None:
        super().__init__()
        self.services = services
        self.person = person
        self.region = region
        self.clock = clock
        self.ui_state = ui_state
        self.current_id: str | None = None
        self.phone: Phone | None = None  # the softphone or PBX adapter, when the console follows one
        services.desk.receptionist = person
        self._clinic_names = {line.clinic_id: line.clinic_name for line in services.cards.lines()}
        self.setWindowTitle(self.tr("Reception Console"))
        self.resize(1366, 740)

        # left: the calls on this console
        self.calls_model = ActiveCallsModel(self.clinic_name, clock, self)
        self.calls = QListView()
        self.calls.setObjectName("calls")
        self.calls.setModel(self.calls_model)
        self.calls.setItemDelegate(CallDelegate(self.calls))
        self.calls.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.calls.selectionModel().currentChanged.connect(self._call_selected)
        self.no_calls = QLabel(self.tr("No calls.\n\nIncoming calls appear here.\nCtrl+N starts one by hand."))
        self.no_calls.setObjectName("emptyState")
        self.no_calls.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.no_calls.setWordWrap(True)
        left = QWidget()
        left.setMinimumWidth(180)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        title = QLabel(self.tr("Calls"))
        title.setObjectName("sectionTitle")
        left_layout.addWidget(title)
        left_layout.addWidget(self.calls, 1)
        left_layout.addWidget(self.no_calls, 1)
        self.missed = MissedCallsPanel(services.tasks, person, self.clinic_name, clock)
        self.missed.call_back.connect(self.call_back)
        self.call_saved.connect(self.missed.refresh)
        left_layout.addWidget(self.missed)

        # middle: greeting and card
        self.header = CallHeader()
        self.header.answer_clicked.connect(self.answer)
        self.header.end_clicked.connect(self.end)
        self.unknown = QWidget()
        unknown_layout = QHBoxLayout(self.unknown)
        unknown_layout.setContentsMargins(0, 0, 0, 0)
        self.unknown_label = QLabel()
        self.unknown_label.setObjectName("unknownLine")
        self.clinic_picker = QComboBox()
        self.clinic_picker.activated.connect(self._clinic_picked)
        unknown_layout.addWidget(self.unknown_label, 1)
        unknown_layout.addWidget(self.clinic_picker)
        self.card = CardPanel()
        middle = QWidget()
        middle_layout = QVBoxLayout(middle)
        middle_layout.setContentsMargins(0, 0, 0, 0)
        middle_layout.addWidget(self.header)
        middle_layout.addWidget(self.unknown)
        middle_layout.addWidget(self.card, 1)

        # right: prompts, history, outcome
        self.prompts = PromptsPanel()
        self.outcome = OutcomePanel(clock)
        self.outcome.changed.connect(self._draft_later)
        self.outcome.save_requested.connect(self.save)
        right = QSplitter(Qt.Orientation.Vertical)
        right.addWidget(self.prompts)
        right.addWidget(self.outcome)
        right.setSizes([290, 410])
        right.setChildrenCollapsible(False)
        right.setMinimumWidth(390)

        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(left)
        split.addWidget(middle)
        split.addWidget(right)
        split.setStretchFactor(1, 1)
        split.setSizes([190, 766, 398])
        split.setChildrenCollapsible(False)
        container = QWidget()
        outer = QVBoxLayout(container)
        outer.setContentsMargins(6, 4, 6, 2)
        outer.addWidget(split)
        self.setCentralWidget(container)

        self._build_actions()
        self.person_label = QLabel()
        self.statusBar().addPermanentWidget(QLabel(database_label))
        self.statusBar().addPermanentWidget(self.person_label)
        self._show_person()

        self._draft_timer = QTimer(self)
        self._draft_timer.setSingleShot(True)
        self._draft_timer.setInterval(DRAFT_DELAY_MS)
        self._draft_timer.timeout.connect(self.keep_draft)
        self._tick = QTimer(self)
        self._tick.setInterval(1000)
        self._tick.timeout.connect(self._on_tick)
        self._tick.start()
        self.show_call(None)
        if ui_state is not None and ui_state.contains("main/geometry"):
            self.restoreGeometry(ui_state.value("main/geometry"))

    # --- setup -------------------------------------------------------------------------------------------

    def _build_actions(self) -> None:
        bar = QToolBar(self.tr("Main"))
        bar.setObjectName("mainToolbar")
        bar.setMovable(False)
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.addToolBar(bar)

        def action(text: str, keys: str, slot: Callable[[], object]) -> QAction:
            act = QAction(text, self)
            act.setShortcut(QKeySequence(keys))
            act.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            act.triggered.connect(slot)
            act.setToolTip(f"{text} ({QKeySequence(keys).toString(QKeySequence.SequenceFormat.NativeText)})")
            bar.addAction(act)
            self.addAction(act)
            return act

        self.new_call_action = action(self.tr("New call  Ctrl+N"), "Ctrl+N", self.new_call)
        self.tasks_action = action(self.tr("My tasks  Ctrl+T"), "Ctrl+T", self.open_tasks)
        bar.addSeparator()
        self.switch_action = action(self.tr("Switch user  Ctrl+Shift+L"), "Ctrl+Shift+L", self.switch_user)

        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, self.save)
        QShortcut(QKeySequence("F9"), self, self.answer)
        QShortcut(QKeySequence("F10"), self, self.end)
        QShortcut(QKeySequence("Ctrl+F"), self, self.focus_search)
        QShortcut(QKeySequence("Ctrl+G"), self, lambda: self.prompts.setCurrentIndex(PromptsPanel.GETTING_HERE))
        QShortcut(QKeySequence("Ctrl+H"), self, lambda: self.prompts.setCurrentIndex(PromptsPanel.HISTORY))
        QShortcut(QKeySequence("Ctrl+PgDown"), self, lambda: self._step_call(1))
        QShortcut(QKeySequence("Ctrl+PgUp"), self, lambda: self._step_call(-1))
        for i, objection in enumerate(Objection):
            QShortcut(QKeySequence(f"F{FIRST_KEY + i}"), self, lambda o=objection: self.prompts.show_objection(o))

    def _show_person(self) -> None:
        role = {
            "receptionist": self.tr("receptionist"),
            "supervisor": self.tr("supervisor"),
            "admin": self.tr("admin"),
        }
        self.person_label.setText(f"{self.person.display_name} · {role.get(self.person.role.value, '')}")

    def clinic_name(self, clinic_id: int | None) -> str:
        return self._clinic_names.get(clinic_id, "") if clinic_id is not None else ""

    # --- calls -------------------------------------------------------------------------------------------

    def receive_event(self, event: CallEvent) -> Call | None:
        """An event from any source. A new ring never replaces the call being worked on."""
        call = self.services.desk.receive(event)
        if call is None:
            return None
        if call.state is CallState.SAVED:
            if self.calls_model.row_of(call.id) < 0:
                return call  # a repeated or late event for a call already saved
            self.calls_model.remove(call.id)
            self.call_saved.emit(call.id)
            self.statusBar().showMessage(
                self.tr("Missed call from %1 recorded; a callback task was created.").replace(
                    "%1", fmt.phone(call.caller)
                ),
                8000,
            )
            if self.current_id == call.id:
                self._select_next()
            return call
        self.calls_model.upsert(call)
        if self.current_id is None or self.current_id == call.id:
            self.select_call(call.id)
        self._update_empty_state()
        return call

    def add_call(self, call: Call) -> None:
        self.calls_model.upsert(call)
        self.select_call(call.id)
        self._update_empty_state()

    def select_call(self, call_id: str) -> None:
        row = self.calls_model.row_of(call_id)
        if row >= 0:
            self.calls.setCurrentIndex(self.calls_model.index(row))
            if self.current_id != call_id:  # setCurrentIndex signals only on a change of row
                self.show_call(call_id)

    def _call_selected(self, current, _previous) -> None:  # type: ignore[no-untyped-def]
        call: Call | None = current.data(ROLE_CALL) if current.isValid() else None
        if call is not None and call.id != self.current_id:
            self.show_call(call.id)

    def current_call(self) -> Call | None:
        return self.services.desk.get(self.current_id) if self.current_id else None

    def show_call(self, call_id: str | None) -> None:
        """Put a call on screen: greeting, card, script, history and its outcome form."""
        if self._draft_timer.isActive():
            self.keep_draft()
        self.current_id = call_id
        call = self.services.desk.get(call_id) if call_id else None
        view = self.services.cards.view(call.clinic_id) if call and call.clinic_id else None
        greeting = view.greeting(self.person, call.rang_at) if view and call else ""
        history = self.services.cards.caller_history(call.caller, exclude=call.id) if call else []
        self.header.show_call(call, greeting, len(history))
        self._show_unknown_line(call, view is not None)
        self.card.show_card(view, call.line if call else None)
        self.prompts.set_script(view.prompts if view else (), view.phrases if view else ())
        self.prompts.set_card(view.card if view else None)
        self.prompts.set_history(history)
        self.outcome.set_call(call, view.card if view else None)
        self._update_state_text()
        self._update_empty_state()
        if call_id:
            self.call_shown.emit(call_id)

    def _show_unknown_line(self, call: Call | None, known: bool) -> None:
        self.unknown.setVisible(call is not None and not known)
        if call is None or known:
            return
        self.unknown_label.setText(
            self.tr("The line %1 belongs to no clinic. Choose the clinic to see its card:").replace(
                "%1", fmt.phone(call.line)
            )
        )
        self.clinic_picker.clear()
        self.clinic_picker.addItem(self.tr("Choose clinic…"), None)
        for clinic_id, name in sorted(self._clinic_names.items(), key=lambda kv: kv[1]):
            self.clinic_picker.addItem(name, clinic_id)

    def _clinic_picked(self, index: int) -> None:
        clinic_id = self.clinic_picker.itemData(index)
        if clinic_id is None or self.current_id is None:
            return
        self.keep_draft()
        call = self.services.desk.set_clinic(self.current_id, clinic_id)
        if call:
            self.calls_model.upsert(call)
            self.show_call(call.id)

    def new_call(self) -> None:
        dialog = NewCallDialog(self.services.desk, self.services.cards.lines(), self.region, self)
        if dialog.exec() and dialog.call is not None:
            self.add_call(dialog.call)
            self.activateWindow()
            self.focus_search()

    def answer(self) -> None:
        ringing = self.current_call()
        phone = self.phone
        if ringing is not None and phone is not None and phone.can_answer(ringing) and phone.answer(ringing):
            self.statusBar().showMessage(self.tr("Answering on the phone…"), 3000)  # its event records the time
            return
        if self.current_id:
            call = self.services.desk.answer(self.current_id)
            if call:
                self.calls_model.upsert(call)
                self.header.show_call(call, self.header.greeting.text(), self.prompts.history_model.rowCount())
                self._update_state_text()

    def end(self) -> None:
        if self.current_id:
            call = self.services.desk.end(self.current_id)
            if call:
                self.calls_model.upsert(call)
                self.header.show_call(call, self.header.greeting.text(), self.prompts.history_model.rowCount())
                self._update_state_text()

    def keep_draft(self) -> None:
        self._draft_timer.stop()
        if self.current_id and self.outcome.call is not None and self.outcome.call.id == self.current_id:
            self.services.desk.draft(self.current_id, self.outcome.form())

    def _draft_later(self) -> None:
        self._draft_timer.start()

    def save(self) -> None:
        call = self.current_call()
        if call is None:
            return
        if not self.outcome.value_is_valid():
            self.outcome.show_error(OutcomeError("bad_value", "expected_value", "bad amount"))
            return
        form = self.outcome.form()
        try:
            saved = self.services.desk.save(call.id, form)
        except OutcomeError as error:
            self.keep_draft()
            self.outcome.show_error(error)
            return
        self._draft_timer.stop()
        text = outcome_text(form.outcome.value if form.outcome else None, form.reason.value if form.reason else None)
        tasks = ", ".join(
            self.tr("follow-up on %1").replace("%1", fmt.date_time(t.due_at))
            if t.kind.value == "follow_up"
            else self.tr("callback")
            if t.kind.value == "callback"
            else self.tr("message for %1").replace("%1", t.recipient)
            for t in saved.tasks
        )
        message = self.tr("Saved: %1.").replace("%1", text)
        if tasks:
            message += " " + self.tr("Task created: %1.").replace("%1", tasks)
        self.statusBar().showMessage(message, 10000)
        self.calls_model.remove(call.id)
        self.call_saved.emit(call.id)
        self._select_next()

    def _select_next(self) -> None:
        calls = self.calls_model.calls()
        if calls:
            self.current_id = None
            self.select_call(calls[0].id)
        else:
            self.show_call(None)

    def _step_call(self, step: int) -> None:
        calls = self.calls_model.calls()
        if not calls or self.current_id is None:
            return
        row = (self.calls_model.row_of(self.current_id) + step) % len(calls)
        self.select_call(calls[row].id)

    def restore_unsaved(self) -> int:
        """Calls left unsaved by a closed window or a crash come back, with what was typed."""
        calls = self.services.desk.unsaved()
        for call in calls:
            self.calls_model.upsert(call)
        if calls:
            self.select_call(calls[0].id)
            self.statusBar().showMessage(
                self.tr(
                    "%n unsaved call(s) from the last session restored: finish and save the outcome.",
                    "",
                    len(calls),
                ),
                15000,
            )
        self._update_empty_state()
        return len(calls)

    # --- the rest of the window --------------------------------------------------------------------------

    def focus_search(self) -> None:
        self.card.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.card.search.selectAll()

    def open_tasks(self) -> None:
        dialog = TasksDialog(self.services.tasks, self.person, self.clinic_name, self.clock, self)
        dialog.call_back.connect(self.call_back)
        dialog.exec()
        self.missed.refresh()

    def call_back(self, task: Task) -> None:
        try:
            call = self.services.desk.start_callback(task)
        except InvalidNumberError as error:
            QMessageBox.warning(self, self.tr("Call back"), str(error))
            return
        self.add_call(call)
        if self.phone is not None and self.phone.can_dial() and self.phone.dial(task.phone, call.line, call.id):
            self.statusBar().showMessage(
                self.tr("Calling %1 on the phone; the outcome you save completes the task.").replace(
                    "%1", fmt.phone(task.phone)
                ),
                15000,
            )
            return
        self.statusBar().showMessage(
            self.tr("Dial %1 now; the outcome you save completes the task.").replace("%1", fmt.phone(task.phone)),
            15000,
        )

    def switch_user(self) -> None:
        self.keep_draft()
        last = self.person.login
        dialog = SignInDialog(self.services.auth, last, self)
        if dialog.exec() and dialog.person is not None:
            self.person = dialog.person
            self.services.desk.receptionist = dialog.person
            self._show_person()
            self.missed.set_person(dialog.person)
            self.show_call(self.current_id)
            if self.ui_state is not None:
                self.ui_state.setValue("sign_in/last_login", dialog.person.login)

    def _on_tick(self) -> None:
        self.calls_model.tick()
        self._update_state_text()

    def _update_state_text(self) -> None:
        call = self.outcome.call
        if call is None or self.current_id is None:
            self.header.set_state_text("")
            return
        call = (
            self.calls_model.calls()[self.calls_model.row_of(self.current_id)]
            if self.calls_model.row_of(self.current_id) >= 0
            else call
        )
        since = call.answered_at or call.rang_at
        timer = fmt.duration((call.ended_at or self.clock()) - since)
        self.header.set_state_text(f"{self.calls_model.state_text(call)} · {timer}")

    def _update_empty_state(self) -> None:
        has_calls = self.calls_model.rowCount() > 0
        self.calls.setVisible(has_calls)
        self.no_calls.setVisible(not has_calls)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.keep_draft()
        if self.ui_state is not None:
            self.ui_state.setValue("main/geometry", self.saveGeometry())
        super().closeEvent(event)
