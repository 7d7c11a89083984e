"""Enter and Ctrl+Enter in the outcome form's drop-downs and date fields.

Enter in a drop-down (open or closed) or a date field takes what it shows and moves on to the next field: it never
saves the call, so a half-filled booking cannot be stored by a key meant for one field. Ctrl+Enter saves from
anywhere, an open drop-down list or calendar included (the window's own Ctrl+Enter does not reach those: a list
that is open has the keyboard to itself)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QCalendarWidget, QComboBox, QDateTimeEdit, QWidget

from .date_field import DateField

ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


class FieldKeys(QObject):
    committed = Signal(QWidget)  # Enter took the field's value: the form moves on from it
    save_requested = Signal()  # Ctrl+Enter

    def __init__(self, combos: list[QComboBox], stamps: list[DateField], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._combos = list(combos)
        self._stamps = list(stamps)
        self._lists: dict[QObject, QComboBox] = {}  # a drop-down's list (its popup) → the drop-down
        self._calendars: dict[QObject, QDateTimeEdit] = {}  # a date field's calendar → the date field
        for combo in self._combos:
            combo.installEventFilter(self)
            view = combo.view()  # made now, so this filter runs before the drop-down's own one
            view.installEventFilter(self)
            self._lists[view] = combo
        for stamp in self._stamps:
            stamp.installEventFilter(self)
            stamp.calendar_made.connect(lambda calendar, stamp=stamp: self._watch_calendar(stamp, calendar))

    def _watch_calendar(self, stamp: DateField, calendar: QCalendarWidget) -> None:
        for view in [calendar.window(), calendar, *calendar.findChildren(QAbstractItemView)]:
            view.installEventFilter(self)
            self._calendars[view] = stamp

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress:
            return False
        assert isinstance(event, QKeyEvent)
        if event.key() not in ENTER_KEYS:
            return False
        save = bool(event.modifiers() & Qt.KeyboardModifier.ControlModifier)
        if watched in self._lists:
            return self._list_enter(self._lists[watched], save)
        if watched in self._calendars:
            return self._calendar_enter(self._calendars[watched], save)
        if isinstance(watched, QDateTimeEdit):
            watched.interpretText()  # what was typed becomes the value
        if save:
            self.save_requested.emit()
        elif isinstance(watched, QWidget):
            self.committed.emit(watched)
        return True

    def _list_enter(self, combo: QComboBox, save: bool) -> bool:
        row = combo.view().currentIndex().row()
        combo.hidePopup()
        if row >= 0:
            combo.setCurrentIndex(row)
        if save:
            self.save_requested.emit()
        else:
            self.committed.emit(combo)
        return True

    def _calendar_enter(self, stamp: QDateTimeEdit, save: bool) -> bool:
        if not save:
            return False  # the calendar takes the date itself
        calendar = stamp.calendarWidget()
        stamp.setDate(calendar.selectedDate())
        calendar.window().hide()
        self.committed.emit(stamp)  # the date picked in the calendar is the one chosen
        self.save_requested.emit()
        return True

    def commit_typing(self) -> None:
        """Before a save: what is typed in a date field counts, even with no Enter pressed."""
        for stamp in self._stamps:
            stamp.interpretText()
