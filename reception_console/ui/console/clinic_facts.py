"""The clinic's facts at the top of the card: the address across, directions and parking with the opening hours
beside them.

Parking is the longest of them and the one asked about mid-call, so it gets the width the opening hours do not
need: the hours column is as narrow as its longest line allows, and narrower only when parking would otherwise lose
a line (then the hours wrap, within their own lines). Directions keep one line here; in full on hover and under
Directions (Ctrl+G).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QGridLayout, QLabel, QWidget

from ..elided_label import ElidedLabel

SPACING = 10
HOURS_SHARE = 0.45  # the hours never take more than this of the row
HOURS_FLOOR = 0.22  # … nor less, however long the parking text


class ClinicFacts(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.address = ElidedLabel(1)
        self.directions = ElidedLabel(1)
        self.parking = ElidedLabel(4)
        self.hours = ElidedLabel(4)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(SPACING)
        grid.setVerticalSpacing(2)
        self._captions: list[QLabel] = []
        captions = (self.tr("Address"), self.tr("Directions"), self.tr("Parking"))
        for row, caption in enumerate(captions):
            label = QLabel(caption)
            label.setObjectName("caption")
            label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
            grid.addWidget(label, row, 0)
            self._captions.append(label)
        # the address has the whole row; the hours' caption sits beside the directions, the hours beside parking
        grid.addWidget(self.address, 0, 1, 1, 2)
        grid.addWidget(self.directions, 1, 1)
        grid.addWidget(self.parking, 2, 1)
        self.hours_caption = QLabel(self.tr("Opening hours"))
        self.hours_caption.setObjectName("caption")
        grid.addWidget(self.hours_caption, 1, 2, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(self.hours, 2, 2, Qt.AlignmentFlag.AlignTop)
        grid.setColumnStretch(1, 1)
        self._balanced: tuple[str, str, int, str] | None = None

    def set_texts(self, address: str, directions: str, parking: str, hours: str) -> None:
        self.address.setText(address)
        self.directions.setText(directions)
        self.parking.setText(parking)
        self.hours.setText(hours)
        self._balance()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._balance()

    def _room(self) -> int:
        """The width the parking and the hours columns share."""
        captions = max(label.sizeHint().width() for label in self._captions)
        return max(self.contentsRect().width() - captions - 2 * SPACING, 0)

    def _balance(self) -> None:
        room = self._room()
        key = (self.parking.text(), self.hours.text(), room, self.font().key())
        if key == self._balanced or room == 0:
            return
        self._balanced = key
        self.hours.setFixedWidth(self._hours_width(room))

    def _hours_width(self, room: int) -> int:
        natural = max(self.hours.natural_width(), self.hours_caption.sizeHint().width())
        widest = min(natural, int(room * HOURS_SHARE))
        narrowest = min(widest, int(room * HOURS_FLOOR))
        parking_fits = self.parking.max_lines
        if self.parking.lines_needed(room - widest) <= parking_fits:
            return widest
        # the widest hours that leave parking whole: parking's lines only fall as its column widens
        low, high = narrowest, widest
        while low < high:
            middle = (low + high + 1) // 2
            if self.parking.lines_needed(room - middle) <= parking_fits:
                low = middle
            else:
                high = middle - 1
        if self.hours.lines_needed(low) <= self.hours.max_lines:
            return low
        # both cannot be whole: the hours keep their lines, parking shows what it can (whole on hover)
        while low < widest and self.hours.lines_needed(low) > self.hours.max_lines:
            low += 8
        return min(low, widest)
