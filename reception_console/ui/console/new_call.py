"""Starting a call by hand: pick the line it rang on (or type the number) and the caller's number."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSize, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QListView,
    QVBoxLayout,
    QWidget,
)

from ...domain.calls import Call
from ...domain.clinic import LineChoice
from ...services.calls import CallDesk
from ...services.phones import InvalidNumberError, normalize, require_caller
from ..models.lines_model import ROLE_LINE, LinesFilter, LinesModel
from ..window_place import WindowPlace


class NewCallDialog(QDialog):
    """Type part of a clinic's name or number, Enter; then the caller's number, Enter."""

    def __init__(self, desk: CallDesk, lines: list[LineChoice], region: str, parent: QWidget | None = None):
        super().__init__(parent)
        self._desk = desk
        self._region = region
        self.call: Call | None = None
        self.setWindowTitle(self.tr("New call"))
        self.place = WindowPlace(self, "newCall", QSize(460, 520))

        self.filter = QLineEdit()
        self.filter.setPlaceholderText(self.tr("Clinic name or the number dialled"))
        self.filter.setClearButtonEnabled(True)
        self.model = LinesModel(lines, self)
        self.proxy = LinesFilter(self)
        self.proxy.setSourceModel(self.model)
        self.list = QListView()
        self.list.setModel(self.proxy)
        self.list.setUniformItemSizes(True)
        self.list.setAccessibleName(self.tr("Clinics and lines"))
        self.list.setCurrentIndex(self.proxy.index(0, 0))
        self.caller = QLineEdit()
        self.caller.setPlaceholderText(self.tr("e.g. 600 111 222 — leave empty if withheld"))
        self.error = QLabel()
        self.error.setObjectName("error")
        self.error.setWordWrap(True)
        self.error.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.start_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.start_button.setText(self.tr("Start call"))
        for button in buttons.buttons():  # Enter is handled below: in the line's field it never starts the call
            button.setAutoDefault(False)
            button.setDefault(False)
        buttons.accepted.connect(self.start)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        self.line_label = QLabel(self.tr("&Line the call came in on:"))
        self.line_label.setBuddy(self.filter)
        layout.addWidget(self.line_label)
        layout.addWidget(self.filter)
        layout.addWidget(self.list, 1)
        self.caller_label = QLabel(self.tr("&Caller's number:"))
        self.caller_label.setBuddy(self.caller)
        layout.addWidget(self.caller_label)
        layout.addWidget(self.caller)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

        self.filter.textChanged.connect(self._filter_changed)
        self.filter.installEventFilter(self)

    def _filter_changed(self, text: str) -> None:
        self.proxy.set_text(text)
        self.list.setCurrentIndex(self.proxy.index(0, 0))
        self.error.hide()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Up and Down in the filter move through the list, so the hands never leave the keys."""
        if watched is self.filter and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Up):
                step = 1 if event.key() == Qt.Key.Key_Down else -1
                row = max(0, min(self.proxy.rowCount() - 1, self.list.currentIndex().row() + step))
                self.list.setCurrentIndex(self.proxy.index(row, 0))
                return True
        return super().eventFilter(watched, event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Enter in the line's field or list takes the line and moves on to the caller's number; Enter in the
        caller's number starts the call. (Enter never starts a call before the number had its turn.)"""
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if self.focusWidget() is self.caller:
                self.start()
            else:
                self.take_line()
            return
        super().keyPressEvent(event)

    def take_line(self) -> None:
        """The line is chosen: on to the caller's number (or say why the line cannot be taken)."""
        if self.check_line() is not None:
            self.error.hide()
            self.caller.setFocus(Qt.FocusReason.OtherFocusReason)
            self.caller.selectAll()

    def chosen_line(self) -> str | None:
        """The selected line's number, or the number typed in the filter when nothing matches."""
        index = self.list.currentIndex()
        if index.isValid() and self.proxy.rowCount() > 0:
            line: LineChoice = index.data(ROLE_LINE)
            return line.number
        typed = self.filter.text().strip()
        return typed or None

    def show_error(self, message: str, field: QLineEdit) -> None:
        self.error.setText(message)
        self.error.show()
        field.setFocus()
        field.selectAll()

    def check_line(self) -> str | None:
        """The chosen line, or None after saying what is wrong with it."""
        line = self.chosen_line()
        if line is None:
            self.show_error(self.tr("Choose the line, or type the number that was dialled."), self.filter)
            return None
        try:
            normalize(line, self._region)
        except InvalidNumberError:
            self.show_error(
                self.tr("No clinic line matches “%1”, and it is not a phone number.").replace("%1", line),
                self.filter,
            )
            return None
        return line

    def start(self) -> None:
        line = self.check_line()
        if line is None:
            return
        if self.caller.text().strip():
            try:  # the same reading as a number from the phone: `anonymous` is a withheld number here too
                require_caller(self.caller.text(), self._region)
            except InvalidNumberError:
                self.show_error(
                    self.tr(
                        "“%1” is not a phone number. Check the digits, or leave it empty if the number was withheld."
                    ).replace("%1", self.caller.text().strip()),
                    self.caller,
                )
                return
        self.call = self._desk.start_manual(line, self.caller.text())
        self.accept()
