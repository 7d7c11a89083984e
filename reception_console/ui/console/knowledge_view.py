"""The clinic's algorithms for hard questions: each question in bold, its answer below, a small gap between.

A plain-text view lays out only the lines on screen; a rich-text browser laid out every answer of the card on
each ring (about 0.8 ms per entry here, 10 ms for a card of twelve), for a pane that shows three or four.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QTextBlockFormat, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QPlainTextEdit, QWidget

from ...domain.clinic import KnowledgeEntry
from .. import theme

GAP_POINTS = 4  # the height of the spacer line between two entries


class KnowledgeView(QPlainTextEdit):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("knowledge")
        self.setReadOnly(True)
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        # a scroll bar that comes and goes with the card would re-lay and repaint the pane on every call
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self._question = QTextCharFormat()
        self._question.setFontWeight(QFont.Weight.Bold)
        self._answer = QTextCharFormat()
        self._gap = QTextCharFormat()
        self._gap.setFontPointSize(GAP_POINTS)
        self._note = QTextCharFormat()
        self._note.setForeground(theme.colour("caption"))

    def show_entries(self, entries: list[KnowledgeEntry]) -> None:
        self.clear()
        cursor = QTextCursor(self.document())
        cursor.beginEditBlock()
        for n, entry in enumerate(entries):
            if n:
                cursor.insertBlock(QTextBlockFormat(), self._gap)
                cursor.insertBlock(QTextBlockFormat(), self._question)
            cursor.insertText(entry.question, self._question)
            for line in entry.answer.splitlines():
                cursor.insertBlock(QTextBlockFormat(), self._answer)
                cursor.insertText(line, self._answer)
        cursor.endEditBlock()
        self.verticalScrollBar().setValue(0)
        self._lay_out_what_shows()

    def _lay_out_what_shows(self) -> None:
        """Lay out the blocks on screen now: laid out while painting, a wrapped answer would change the scroll
        range afterwards and paint the pane (and what lies under its scroll bar) a second time."""
        layout = self.document().documentLayout()
        block, height, extra = self.document().firstBlock(), 0.0, 2  # painting looks a block or two further
        while block.isValid() and (height <= self.viewport().height() or extra):
            if height > self.viewport().height():
                extra -= 1
            height += layout.blockBoundingRect(block).height()
            block = block.next()

    def show_note(self, text: str) -> None:
        """A line in grey instead of entries (nothing matches the search)."""
        self.clear()
        QTextCursor(self.document()).insertText(text, self._note)
