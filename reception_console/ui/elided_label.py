"""A label that wraps text over at most N lines and ends with "…" when there is more (full text in its tooltip).

It is always N lines tall, whatever its text: a card with a shorter text moves nothing below it, so a ring that
brings another clinic's card repaints the card and leaves the rest of the window where it was.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QSize, Qt
from PySide6.QtGui import QPainter, QPaintEvent, QTextLayout
from PySide6.QtWidgets import QSizePolicy, QWidget


class ElidedLabel(QWidget):
    def __init__(self, max_lines: int = 3, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._text = ""
        self._wrapped: dict[tuple[int, str], list[tuple[str, bool]]] = {}  # (width, font) → lines, for this text
        self.max_lines = max_lines
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)

    def text(self) -> str:
        return self._text

    def setText(self, text: str) -> None:
        self._text = text
        self._wrapped.clear()
        self.setToolTip(text if text else "")
        self.updateGeometry()
        self.update()

    def _lines(self, width: int) -> list[tuple[str, bool]]:
        """(text, cut) for each line shown; `cut` marks the last line when text was left out."""
        key = (width, self.font().key())
        if key not in self._wrapped:  # painted again without a change (another part of the window was)
            if len(self._wrapped) >= 8:  # resizing the window passes through many widths: keep only recent ones
                self._wrapped.clear()
            self._wrapped[key] = self._wrap(width)
        return self._wrapped[key]

    def _wrap(self, width: int) -> list[tuple[str, bool]]:
        shown: list[tuple[str, bool]] = []
        paragraphs = self._text.split("\n")
        for p_index, paragraph in enumerate(paragraphs):
            layout = QTextLayout(paragraph, self.font())
            layout.beginLayout()
            while True:
                line = layout.createLine()
                if not line.isValid():
                    break
                line.setLineWidth(width)
                start, length = line.textStart(), line.textLength()
                if len(shown) == self.max_lines - 1:
                    rest = paragraph[start:]
                    more = p_index < len(paragraphs) - 1 or len(rest) > length
                    shown.append((rest, more))
                    layout.endLayout()
                    return shown
                shown.append((paragraph[start : start + length], False))
            layout.endLayout()
        return shown

    def lines_needed(self, width: int) -> int:
        """How many lines the whole text takes at `width`, however many are shown."""
        needed = 0
        for paragraph in self._text.split("\n"):
            layout = QTextLayout(paragraph, self.font())
            layout.beginLayout()
            while (line := layout.createLine()).isValid():
                line.setLineWidth(max(width, 1))
                needed += 1
            layout.endLayout()
        return needed if self._text else 0

    def natural_width(self) -> int:
        """The width at which no paragraph of the text wraps."""
        metrics = self.fontMetrics()
        return max((metrics.horizontalAdvance(p) for p in self._text.split("\n")), default=0) + 2

    def is_cut(self) -> bool:
        """True when the text, at the label's present width, does not fit its lines."""
        return any(cut for _text, cut in self._lines(self.width()))

    def sizeHint(self) -> QSize:
        return QSize(300, self.max_lines * self.fontMetrics().lineSpacing())

    def minimumSizeHint(self) -> QSize:
        return QSize(60, self.max_lines * self.fontMetrics().lineSpacing())

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        metrics = self.fontMetrics()
        y = metrics.ascent()
        for text, cut in self._lines(self.width()):
            if cut:
                text = metrics.elidedText(text.replace("\n", " ") + " …", Qt.TextElideMode.ElideRight, self.width())
            painter.drawText(QPointF(0, y), text.rstrip())
            y += metrics.lineSpacing()
        painter.end()
