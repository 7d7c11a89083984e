"""Paints one call in the calls list: clinic, caller, state and timer on three lines."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QBrush, QPainter, QPen
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

LINES = 3


class CallDelegate(QStyledItemDelegate):
    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        return QSize(option.rect.width(), option.fontMetrics.lineSpacing() * LINES + 12)

    def paint(
        self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        painter.save()
        rect = option.rect
        background = index.data(Qt.ItemDataRole.BackgroundRole)
        if isinstance(background, QBrush):
            painter.fillRect(rect, background)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        if selected:  # a frame, not a fill: the state's colour stays readable under it
            painter.setPen(option.palette.highlight().color())
            painter.drawRect(rect.adjusted(1, 1, -2, -2))
            painter.drawRect(rect.adjusted(2, 2, -3, -3))
        if option.state & QStyle.StateFlag.State_HasFocus:  # the keyboard's place: a dotted frame inside
            pen = QPen(option.palette.text().color(), 1, Qt.PenStyle.DotLine)
            painter.setPen(pen)
            painter.drawRect(rect.adjusted(4, 4, -5, -5))
        foreground = index.data(Qt.ItemDataRole.ForegroundRole)  # chosen for the state's background
        painter.setPen(foreground.color() if isinstance(foreground, QBrush) else option.palette.text().color())
        metrics = option.fontMetrics
        text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        y = rect.top() + 6
        for number, line in enumerate(text.split("\n")[:LINES]):
            font = option.font
            font.setBold(number == 0)
            painter.setFont(font)
            line_rect = QRect(rect.left() + 8, y, rect.width() - 16, metrics.lineSpacing())
            elided = painter.fontMetrics().elidedText(line, Qt.TextElideMode.ElideRight, line_rect.width())
            painter.drawText(line_rect, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), elided)
            y += metrics.lineSpacing()
        painter.setPen(option.palette.mid().color())
        painter.drawLine(rect.bottomLeft(), rect.bottomRight())
        painter.restore()
