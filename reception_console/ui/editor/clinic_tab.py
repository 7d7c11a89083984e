"""The clinic's own fields, and its greeting with a live preview."""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Sequence
from datetime import datetime
from decimal import Decimal
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError, available_timezones

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ...domain.card_records import EditableCard
from ...domain.card_rules import FieldError, parse_price
from ...domain.clinic import Owner
from ...domain.messages import Channel
from ...domain.privacy import MAX_RETENTION_MONTHS, MIN_RETENTION_MONTHS
from ...domain.script import PLACEHOLDERS, render_greeting
from ...services.phones import InvalidNumberError, normalize
from .. import formatting as fmt
from ..fields import FieldForm, channel_combo, connect_edits, line_edit, show_starts, text_edit

LANGUAGE_NAMES = {"pl": "Polski", "ru": "Русский", "en": "English"}
CURRENCIES = ("PLN", "RUB", "GBP", "EUR", "USD", "UAH", "KZT")
COMMON_ZONES = ("Europe/Warsaw", "Europe/Moscow", "Europe/London", "Europe/Berlin", "Europe/Kyiv", "Asia/Almaty")
NOT_AN_AMOUNT = Decimal("NaN")


def _editable_combo(items: Sequence[str]) -> QComboBox:
    combo = QComboBox()
    combo.setEditable(True)
    combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    combo.addItems(list(items))
    return combo


def _plain(edit: QPlainTextEdit, text: str) -> None:
    if edit.toPlainText() != text:
        edit.setPlainText(text)


class ClinicForm(QWidget):
    """Who the clinic is and where: two columns of fields, each with its message."""

    changed = Signal()
    FIELDS = (
        *("name", "key", "language", "timezone", "currency", "average_check", "owner.name", "owner.phone"),
        *("owner.email", "owner.channel", "retention_months", "address", "directions", "parking", "opening_hours"),
    )

    def __init__(self, region: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.region = region
        self.left = FieldForm()
        self.right = FieldForm()
        self.name = self.left.add("name", self.tr("Name"), line_edit(self.tr("said in the greeting")))
        self.key = self.left.add("key", self.tr("Key"), line_edit(self.tr("made from the name")))
        self.key.setToolTip(self.tr("Identifies the clinic in card files; it does not change once saved."))
        self.language = self.left.add("language", self.tr("Language of the card"), QComboBox())
        for code, name in LANGUAGE_NAMES.items():
            self.language.addItem(name, code)
        self.timezone = self.left.add("timezone", self.tr("Time zone"), _editable_combo(COMMON_ZONES))
        completer = QCompleter(sorted(available_timezones()), self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.timezone.setCompleter(completer)
        self.currency = self.left.add("currency", self.tr("Currency"), _editable_combo(CURRENCIES))
        example = fmt.amount_for_editing(Decimal("260.00"))  # 260,00 in Polish and Russian
        self.average_check = self.left.add("average_check", self.tr("Average check"), line_edit(example))
        self.average_check.setToolTip(self.tr("For the estimate of revenue lost on missed and unbooked calls."))
        self.owner_name = self.left.add("owner.name", self.tr("Owner / manager"), line_edit())
        self.owner_phone = self.left.add("owner.phone", self.tr("Owner's phone"), line_edit("+48 601 482 390"))
        self.owner_email = self.left.add("owner.email", self.tr("Owner's e-mail"), line_edit())
        self.owner_channel = self.left.add("owner.channel", self.tr("Messages for the owner"), channel_combo())
        self.retention = self.left.add("retention_months", self.tr("Keep callers' data"), QSpinBox())
        self.retention.setRange(MIN_RETENTION_MONTHS, MAX_RETENTION_MONTHS)
        self.retention.setSuffix(self.tr(" months"))
        self.retention.setToolTip(
            self.tr(
                "After this many months the clinic's calls are anonymised: the caller's number and name, the "
                "patient's name, notes and messages are cleared. The figures stay as they were."
            )
        )
        self.address = self.right.add("address", self.tr("Address"), text_edit(46))
        self.directions = self.right.add("directions", self.tr("How to get there"), text_edit(110))
        self.parking = self.right.add("parking", self.tr("Parking"), text_edit(70))
        self.opening_hours = self.right.add("opening_hours", self.tr("Opening hours"), text_edit(80))
        row = QHBoxLayout(self)
        row.setContentsMargins(4, 4, 4, 4)
        row.addWidget(self.left, 2)
        row.addSpacing(12)
        row.addWidget(self.right, 3)
        connect_edits([*self.left.widgets.values(), *self.right.widgets.values()], self.changed)

    def load(self, editable: EditableCard) -> None:
        card = editable.card
        self.blockSignals(True)
        self.name.setText(card.name)
        self.key.setText(card.key)
        self.key.setReadOnly(editable.id is not None)
        self.language.setCurrentIndex(max(0, self.language.findData(card.language)))
        self.timezone.setCurrentText(card.timezone)
        self.currency.setCurrentText(card.currency)
        self.average_check.setText(fmt.amount_for_editing(card.average_check) if card.average_check is not None else "")
        self.owner_name.setText(card.owner.name)
        self.owner_phone.setText(card.owner.phone)
        self.owner_email.setText(card.owner.email)
        self.owner_channel.setCurrentIndex(max(0, self.owner_channel.findData(card.owner.channel.value)))
        self.retention.setValue(card.retention_months)
        for edit, text in (
            (self.address, card.address),
            (self.directions, card.directions),
            (self.parking, card.parking),
            (self.opening_hours, card.opening_hours),
        ):
            _plain(edit, text)
        show_starts(self.left.widgets.values())
        self.blockSignals(False)

    def apply(self, editable: EditableCard) -> EditableCard:
        try:
            average = parse_price(self.average_check.text())
        except ValueError:
            average = NOT_AN_AMOUNT
        phone = self.owner_phone.text().strip()
        with contextlib.suppress(InvalidNumberError):
            phone = normalize(phone, self.region) if phone else ""
        return editable.with_card(
            name=self.name.text().strip(),
            key=self.key.text().strip(),
            language=self.language.currentData(),
            timezone=self.timezone.currentText().strip(),
            currency=self.currency.currentText().strip().upper(),
            average_check=average,
            owner=Owner(
                self.owner_name.text().strip(),
                phone,
                self.owner_email.text().strip(),
                Channel(self.owner_channel.currentData()),
            ),
            retention_months=self.retention.value(),
            address=self.address.toPlainText().strip(),
            directions=self.directions.toPlainText().strip(),
            parking=self.parking.toPlainText().strip(),
            opening_hours=self.opening_hours.toPlainText().strip(),
        )

    def show_errors(self, errors: Sequence[FieldError]) -> int:
        mine = {e.path: e for e in errors if e.path in self.FIELDS}
        self.left.show_errors(mine)
        self.right.show_errors(mine)
        return len(mine)


class GreetingForm(QWidget):
    """The greeting template, the {role} word, and what the receptionist will read out, live."""

    changed = Signal()
    FIELDS = ("greeting_template", "receptionist_title")

    def __init__(self, receptionist: str, clock: Callable[[], datetime], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._receptionist = receptionist
        self._clock = clock
        self.form = FieldForm()
        self.template = self.form.add("greeting_template", self.tr("Greeting"), text_edit(64))
        self.title = self.form.add("receptionist_title", self.tr("The {role} word"), line_edit("rejestracja"))
        insert = QHBoxLayout()
        insert.addWidget(QLabel(self.tr("Insert:")))
        for name in PLACEHOLDERS:
            button = QPushButton("{" + name + "}")
            button.setObjectName(f"insert_{name}")
            button.clicked.connect(lambda _=False, n=name: self.template.insertPlainText("{" + n + "}"))
            insert.addWidget(button)
        insert.addStretch(1)
        caption = QLabel(self.tr("What the receptionist reads out:"))
        caption.setObjectName("caption")
        self.preview = QLabel()
        self.preview.setObjectName("greeting")
        self.preview.setWordWrap(True)
        self.when = QLabel()
        self.when.setObjectName("lineLabel")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.form)
        layout.addLayout(insert)
        layout.addSpacing(10)
        layout.addWidget(caption)
        layout.addWidget(self.preview)
        layout.addWidget(self.when)
        layout.addStretch(1)
        self.template.textChanged.connect(self._edited)
        self.title.textEdited.connect(self._edited)

    def _edited(self) -> None:
        self.changed.emit()

    def load(self, editable: EditableCard) -> None:
        self.blockSignals(True)
        _plain(self.template, editable.card.greeting_template)
        self.title.setText(editable.card.receptionist_title)
        self.blockSignals(False)
        self.show_preview(editable)

    def apply(self, editable: EditableCard) -> EditableCard:
        return editable.with_card(
            greeting_template=self.template.toPlainText().strip(), receptionist_title=self.title.text().strip()
        )

    def show_preview(self, editable: EditableCard) -> None:
        """The greeting as it will sound now, in the clinic's time zone and language."""
        card = self.apply(editable).card
        now = self._clock()
        try:
            local = now.astimezone(ZoneInfo(card.timezone))
        except (ZoneInfoNotFoundError, ValueError):
            local = now
        self.preview.setText(
            render_greeting(
                card.greeting_template or "",
                clinic=card.name,
                receptionist=self._receptionist,
                role=card.receptionist_title,
                language=card.language,
                local_time=local,
            )
        )
        self.when.setText(
            self.tr("As said at %1 local time by %2.")
            .replace("%1", local.strftime("%H:%M"))
            .replace("%2", self._receptionist)
        )

    def show_errors(self, errors: Sequence[FieldError]) -> int:
        mine = {e.path: e for e in errors if e.path in self.FIELDS}
        self.form.show_errors(mine)
        return len(mine)
