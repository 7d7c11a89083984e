"""A clinic's history: every change with who and when, before → after, and "revert this change"."""

from __future__ import annotations

from html import escape
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QSplitter,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ...domain.card_changes import Action, CardChange
from ..models.changes_model import ChangesModel, field_text


def _value(value: Any) -> str:
    """A recorded value as a supervisor reads it: lists as lists, the owner as name · phone · e-mail."""
    if value is None or value == "" or value == [] or value == {}:
        return "—"
    if isinstance(value, str):
        return escape(value).replace("\n", "<br>")
    if isinstance(value, dict):
        return " · ".join(_value(v) for v in value.values() if v not in (None, "", [], {})) or "—"
    if isinstance(value, list | tuple):
        parts = [_value(v) for v in value]
        return ("<br>" if any(isinstance(v, dict) for v in value) else ", ").join(parts)
    return escape(str(value))


def change_html(change: CardChange, before_caption: str, after_caption: str) -> str:
    before, after = change.before or {}, change.after or {}
    fields = change.changed_fields() if change.action is Action.UPDATE else list(dict.fromkeys([*before, *after]))
    rows = "".join(
        f"<tr><td><b>{escape(field_text(change.entity, k))}</b></td>"
        f"<td>{_value(before.get(k))}</td><td>{_value(after.get(k))}</td></tr>"
        for k in fields
    )
    return (
        "<table cellspacing=0 cellpadding=3 border=1 style='border-collapse:collapse' width='100%'>"
        f"<tr><th></th><th>{escape(before_caption)}</th><th>{escape(after_caption)}</th></tr>{rows}</table>"
    )


class HistoryTab(QWidget):
    revert_requested = Signal(object)  # CardChange

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = ChangesModel(self)
        self.table = QTableView()
        self.table.setObjectName("historyTable")
        self.table.setAccessibleName(self.tr("Changes to the card"))
        self.table.setTabKeyNavigation(False)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.detail = QTextBrowser()
        self.detail.setObjectName("changeDetail")
        self.detail.setAccessibleName(self.tr("The change, before and after"))
        self.revert_button = QPushButton(self.tr("Revert this change"))
        self.revert_button.setEnabled(False)
        self.revert_button.clicked.connect(self._revert)
        self.table.selectionModel().currentRowChanged.connect(lambda current, _old: self._show(current.row()))
        split = QSplitter()
        split.addWidget(self.table)
        right = QWidget()
        column = QVBoxLayout(right)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.detail, 1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.revert_button)
        column.addLayout(buttons)
        split.addWidget(right)
        split.setSizes([620, 420])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(split)

    def set_changes(self, changes: list[CardChange]) -> None:
        self.model.set_changes(changes)
        self._show(-1)
        if changes:
            self.table.selectRow(0)

    def _show(self, row: int) -> None:
        if row < 0 or row >= self.model.rowCount():
            self.detail.setHtml("")
            self.revert_button.setEnabled(False)
            return
        change = self.model.change(row)
        self.detail.setHtml(change_html(change, self.tr("Before"), self.tr("After")))
        self.revert_button.setEnabled(True)

    def _revert(self) -> None:
        row = self.table.currentIndex().row()
        if row >= 0:
            self.revert_requested.emit(self.model.change(row))
