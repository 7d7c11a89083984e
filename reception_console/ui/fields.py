"""Form rows with a message under each field, and the words for every validation code."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication, Qt, Signal, SignalInstance
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSizePolicy,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ..domain.ages import bound_months, lower_bound, upper_bound
from ..domain.card_rules import FieldError
from .accessible import caption_text


def error_text(error: FieldError) -> str:
    """A validation problem in the user's language (the code decides; the English message is a fallback)."""

    words = {
        "required": QCoreApplication.translate("CardErrors", "Fill this in."),
        "too_long": QCoreApplication.translate("CardErrors", "Too long: at most %1 characters."),
        "one_line": QCoreApplication.translate("CardErrors", "Keep this on one line."),
        "control_characters": QCoreApplication.translate(
            "CardErrors", "Contains invisible control characters; retype it."
        ),
        "bad_key": QCoreApplication.translate(
            "CardErrors", "Use lower-case letters, digits and dashes, e.g. med-centrum."
        ),
        "key_taken": QCoreApplication.translate("CardErrors", "Another clinic has this key."),
        "bad_language": QCoreApplication.translate("CardErrors", "Choose the language of the card."),
        "bad_timezone": QCoreApplication.translate("CardErrors", "Choose a time zone such as Europe/Warsaw."),
        "bad_currency": QCoreApplication.translate("CardErrors", "Use a three-letter currency code such as PLN."),
        "not_a_price": QCoreApplication.translate("CardErrors", "Enter an amount such as 180 or 180.50."),
        "negative_price": QCoreApplication.translate("CardErrors", "A price cannot be negative."),
        "price_precision": QCoreApplication.translate("CardErrors", "At most two decimal places."),
        "too_large": QCoreApplication.translate("CardErrors", "Too large: at most %1."),
        "too_small": QCoreApplication.translate("CardErrors", "Too small: at least %1."),
        "not_e164": QCoreApplication.translate(
            "CardErrors", "Enter the number with its country code, e.g. +48 22 843 12 00."
        ),
        "no_lines": QCoreApplication.translate("CardErrors", "A clinic needs at least one phone line."),
        "line_repeated": QCoreApplication.translate("CardErrors", "This number is listed twice."),
        "line_taken": QCoreApplication.translate("CardErrors", "This number is already a line of %1."),
        "duplicate_key": QCoreApplication.translate("CardErrors", "Two specialists have the same key."),
        "age_range": QCoreApplication.translate("CardErrors", "The upper age limit is below the lower one."),
        "unknown_specialist": QCoreApplication.translate("CardErrors", "Choose a specialist of this clinic."),
        "bad_language_code": QCoreApplication.translate(
            "CardErrors", "Two-letter language codes separated by commas, e.g. pl, en."
        ),
        "bad_email": QCoreApplication.translate("CardErrors", "This is not an e-mail address."),
        "channel_needs_email": QCoreApplication.translate("CardErrors", "Messages by e-mail need an e-mail address."),
        "channel_needs_mobile": QCoreApplication.translate("CardErrors", "Messages by SMS need a mobile number."),
        "not_mobile": QCoreApplication.translate("CardErrors", "%1 is a landline: it cannot receive SMS."),
        "unknown_placeholder": QCoreApplication.translate(
            "CardErrors", "Unknown placeholder %1: use {time_of_day}, {clinic}, {receptionist}, {role}."
        ),
        "duplicate_objection": QCoreApplication.translate("CardErrors", "This objection is listed twice."),
        "save_conflict": QCoreApplication.translate(
            "CardErrors", "Another console saved a clashing change; reload and try again."
        ),
        # problems of a card file being imported
        "unknown_field": QCoreApplication.translate("CardErrors", "Not a field of the card format."),
        "not_a_field": QCoreApplication.translate("CardErrors", "%1 is not a field of the card format."),
        "not_text": QCoreApplication.translate("CardErrors", "Must be text."),
        "not_whole_number": QCoreApplication.translate("CardErrors", "Must be a whole number."),
        "missing": QCoreApplication.translate("CardErrors", "Missing: this is required."),
        "not_decimal_string": QCoreApplication.translate(
            "CardErrors", 'Must be an amount in quotes, such as "180.00".'
        ),
        "not_decimal": QCoreApplication.translate("CardErrors", "%1 is not an amount."),
        "not_text_list": QCoreApplication.translate("CardErrors", "Must be a list of texts."),
        "not_list": QCoreApplication.translate("CardErrors", "Must be a list."),
        "not_object": QCoreApplication.translate("CardErrors", "Must be an object { … }."),
        "not_one_of": QCoreApplication.translate("CardErrors", "Must be one of: %1."),
        "must_be": QCoreApplication.translate("CardErrors", "Must be %1."),
        "script_repeated": QCoreApplication.translate("CardErrors", "The language %1 has another script in this file."),
        "key_repeated": QCoreApplication.translate("CardErrors", "Another clinic in this file has the key %1."),
        "not_json": QCoreApplication.translate("CardErrors", "Not valid JSON (%1)."),
        "too_deep": QCoreApplication.translate("CardErrors", "Not a card file (nested too deeply)."),
        "file_too_large": QCoreApplication.translate("CardErrors", "%1 MB is too large for a card file."),
        "not_utf8": QCoreApplication.translate("CardErrors", "Not UTF-8 text."),
        "unreadable": QCoreApplication.translate("CardErrors", "Cannot be read (%1)."),
    }
    text = words.get(error.code)
    return text.replace("%1", error.detail) if text else error.message


def error_label() -> QLabel:
    label = QLabel()
    label.setObjectName("fieldError")
    label.setWordWrap(True)
    label.hide()
    return label


class FieldForm(QWidget):
    """A form whose fields each have a message line under them, filled from FieldErrors by field name."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.layout_ = QFormLayout(self)
        self.layout_.setContentsMargins(0, 0, 0, 0)
        self.layout_.setVerticalSpacing(3)
        self.layout_.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.widgets: dict[str, QWidget] = {}
        self.errors: dict[str, QLabel] = {}

    def add(self, name: str, caption: str, widget: QWidget) -> QWidget:
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(1)
        column.addWidget(widget)
        self.errors[name] = error_label()
        column.addWidget(self.errors[name])
        box.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        label = QLabel(caption)
        label.setBuddy(widget.value if isinstance(widget, AgeLimit) else widget)  # Alt+letter goes to the field
        # the name a screen reader says (a buddy names only a widget beside its label, not one inside a box)
        for named in (widget.value, widget.unit) if isinstance(widget, AgeLimit) else (widget,):
            named.setAccessibleName(caption_text(caption))
        self.layout_.addRow(label, box)
        self.widgets[name] = widget
        widget.setObjectName(name.replace(".", "_"))
        return widget

    def show_errors(self, errors: dict[str, FieldError]) -> None:
        """`errors` by field name; fields not named are cleared."""
        for name, label in self.errors.items():
            error = errors.get(name)
            label.setVisible(error is not None)
            label.setText(error_text(error) if error else "")

    def error_shown(self, name: str) -> str:
        label = self.errors[name]
        return label.text() if not label.isHidden() else ""


def connect_edits(widgets: Iterable[QWidget], signal: SignalInstance) -> None:
    """Any edit a person makes in these widgets emits `signal` (not changes made by loading them)."""
    for widget in widgets:
        if isinstance(widget, QLineEdit):
            widget.textEdited.connect(signal)
        elif isinstance(widget, QPlainTextEdit):
            widget.textChanged.connect(signal)
        elif isinstance(widget, QSpinBox):
            widget.valueChanged.connect(signal)
        elif isinstance(widget, QComboBox):
            widget.currentIndexChanged.connect(signal)
            if widget.isEditable():
                widget.editTextChanged.connect(signal)
        elif isinstance(widget, AgeLimit):
            widget.changed.connect(signal)


def show_starts(widgets: Iterable[QWidget]) -> None:
    """Loaded text that is longer than its field shows its beginning (Qt would show its end)."""
    for widget in widgets:
        if isinstance(widget, QLineEdit):
            widget.setCursorPosition(0)


def text_edit(height: int = 60) -> QPlainTextEdit:
    edit = QPlainTextEdit()
    edit.setTabChangesFocus(True)
    edit.setFixedHeight(height)
    return edit


def line_edit(placeholder: str = "") -> QLineEdit:
    edit = QLineEdit()
    edit.setPlaceholderText(placeholder)
    return edit


class AgeLimit(QWidget):
    """An age limit as a person says it: a number and years or months; an upper limit may be "none"."""

    changed = Signal()

    def __init__(self, *, upper: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.upper = upper
        self.value = QSpinBox()
        self.value.setRange(0, 1571)
        self.unit = QComboBox()
        self.unit.addItem(self.tr("years"), True)
        self.unit.addItem(self.tr("months"), False)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.value)
        row.addWidget(self.unit)
        self.none = QCheckBox(self.tr("no upper limit") if upper else self.tr("from birth"))
        row.addWidget(self.none)
        row.addStretch(1)
        self.value.valueChanged.connect(self.changed)
        self.unit.currentIndexChanged.connect(self.changed)
        self.none.toggled.connect(self._none_toggled)

    def _none_toggled(self, checked: bool) -> None:
        self.value.setEnabled(not checked)
        self.unit.setEnabled(not checked)
        self.changed.emit()

    def set_months(self, months: int | None) -> None:
        blockers = [self.value.blockSignals(True), self.unit.blockSignals(True), self.none.blockSignals(True)]
        none = months is None or (not self.upper and months == 0)
        self.none.setChecked(none)
        self.value.setEnabled(not none)
        self.unit.setEnabled(not none)
        if months is not None and not none:
            bound = upper_bound(months) if self.upper else lower_bound(months)
            self.value.setValue(bound.value)
            self.unit.setCurrentIndex(0 if bound.in_years else 1)
        self.value.blockSignals(blockers[0])
        self.unit.blockSignals(blockers[1])
        self.none.blockSignals(blockers[2])

    def months(self) -> int | None:
        if self.none.isChecked():
            return None if self.upper else 0
        return bound_months(self.value.value(), bool(self.unit.currentData()), upper=self.upper)


def checked_row(text: str) -> QCheckBox:
    box = QCheckBox(text)
    box.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
    return box


def channel_combo() -> QComboBox:
    """How messages reach a person: the card's `channel`, shown in the user's language."""
    combo = QComboBox()
    for value, text in (
        ("none", QCoreApplication.translate("CardFields", "Only in the console")),
        ("email", QCoreApplication.translate("CardFields", "E-mail")),
        ("sms", QCoreApplication.translate("CardFields", "SMS")),
        ("both", QCoreApplication.translate("CardFields", "E-mail and SMS")),
    ):
        combo.addItem(text, value)
    return combo
