"""A date and time field whose calendar is made when it first opens.

Qt makes a field's calendar (a pop-up window of about thirty widgets) on first use; asking for it earlier, to
connect to it, made both of the outcome form's calendars at every start. `calendar_made` says when it exists."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QCalendarWidget, QDateTimeEdit, QWidget


class DateField(QDateTimeEdit):
    calendar_made = Signal(QCalendarWidget)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setCalendarPopup(True)
        self._made = False

    def calendar(self) -> QCalendarWidget:
        """The calendar, made now if it was not yet (and said so)."""
        calendar = self.calendarWidget()
        if not self._made:
            self._made = True
            self.calendar_made.emit(calendar)
        return calendar

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self.calendar()  # (a click on the arrow opens it: the only way it opens)
        super().mousePressEvent(event)
