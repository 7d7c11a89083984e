"""A list of a card being edited: a table of its items, the selected item's form, add / remove / move."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QItemSelectionModel, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...domain.card_rules import FieldError
from ..fields import FieldForm, error_label, error_text, show_starts
from ..models.items_model import Column, ItemsModel
from ..table_fit import FITTED_COLUMNS

_PATH = re.compile(r"^(\w+)\[(\d+)\](?:\.(.+))?$")


class ItemForm(FieldForm):
    """The form of one item; subclasses fill `load` and `item` (which keeps the item's id)."""

    changed = Signal()
    SHORT_COLUMNS: tuple[int, ...] = ()  # columns of short values (numbers, ages, prices): as wide as their text

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.current: Any = None

    def load(self, item: Any) -> None:
        raise NotImplementedError

    def item(self) -> Any:
        raise NotImplementedError

    def field_of(self, path: str) -> str:
        """The field an error path names (`tags[2]` → `tags`)."""
        return path.split("[")[0]


def split_path(path: str, list_name: str) -> tuple[int, str] | None:
    match = _PATH.match(path)
    if match is None or match.group(1) != list_name:
        return None
    return int(match.group(2)), match.group(3) or ""


class ItemsEditor(QWidget):
    changed = Signal()

    def __init__(
        self,
        list_name: str,
        columns: Sequence[Column],
        form: ItemForm,
        new_item: Callable[[], Any],
        *,
        add_text: str,
        title: str = "",
        movable: bool = True,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.list_name = list_name
        self.form = form
        self._new_item = new_item
        self._errors: dict[int, dict[str, FieldError]] = {}
        self.model = ItemsModel(columns, self)
        self.table = QTableView()
        self.table.setObjectName(f"{list_name}Table")
        self.table.setAccessibleName(title or add_text)  # the list's title, or what its button adds
        self.table.setTabKeyNavigation(False)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(22)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(False)
        short = [c for c in form.SHORT_COLUMNS if c < len(columns)]
        for column in range(len(columns)):  # names and texts share the room; short values are never cut
            mode = QHeaderView.ResizeMode.ResizeToContents if column in short else QHeaderView.ResizeMode.Stretch
            header.setSectionResizeMode(column, mode)
        self.table.setProperty(FITTED_COLUMNS, short)
        self.table.selectionModel().currentRowChanged.connect(lambda current, _old: self._show_row(current.row()))

        self.add_button = QPushButton(add_text)
        self.remove_button = QPushButton(self.tr("Remove"))
        self.remove_button.setToolTip(self.tr("Removed items are archived: calls that refer to them keep them."))
        self.up_button = QPushButton(self.tr("Move up"))
        self.down_button = QPushButton(self.tr("Move down"))
        self.add_button.clicked.connect(self.add)
        self.remove_button.clicked.connect(self.remove)
        self.up_button.clicked.connect(lambda: self._move(-1))
        self.down_button.clicked.connect(lambda: self._move(1))
        buttons = QHBoxLayout()
        for button in (self.add_button, self.remove_button, self.up_button, self.down_button):
            buttons.addWidget(button)
        self.up_button.setVisible(movable)
        self.down_button.setVisible(movable)
        buttons.addStretch(1)
        self.list_error = error_label()

        left = QWidget()
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.table, 1)
        column.addWidget(self.list_error)
        column.addLayout(buttons)
        split = QSplitter(Qt.Orientation.Horizontal)
        right = QWidget()
        form_column = QVBoxLayout(right)
        form_column.setContentsMargins(4, 0, 0, 0)
        form_column.addWidget(form)
        form_column.addStretch(1)
        split.addWidget(left)
        split.addWidget(right)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        split.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(split)
        form.changed.connect(self._form_changed)
        self._show_row(-1)

    def load(self, items: Sequence[Any]) -> None:
        row = max(0, self.current_row())
        self.model.set_items(items)
        self._errors = {}
        self.select(min(row, len(items) - 1))

    def items(self) -> list[Any]:
        return self.model.items()

    def current_row(self) -> int:
        return self.table.currentIndex().row()

    def select(self, row: int) -> None:
        if row < 0:
            self.table.setCurrentIndex(self.model.index(-1, 0))
            self._show_row(-1)
            return
        self.table.selectionModel().setCurrentIndex(
            self.model.index(row, 0),
            QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
        )
        self._show_row(row)

    def add(self) -> None:
        row = self.model.append(self._new_item())
        self.select(row)
        first = next(iter(self.form.widgets.values()), None)
        if first is not None:
            first.setFocus(Qt.FocusReason.OtherFocusReason)
        self.changed.emit()

    def remove(self) -> None:
        row = self.current_row()
        if row < 0:
            return
        self.model.remove(row)
        self.select(min(row, self.model.rowCount() - 1))
        self.changed.emit()

    def _move(self, step: int) -> None:
        row = self.current_row()
        if row >= 0:
            self.select(self.model.move(row, step))
            self.changed.emit()

    def _show_row(self, row: int) -> None:
        has = 0 <= row < self.model.rowCount()
        self.form.setEnabled(has)
        self.remove_button.setEnabled(has)
        self.up_button.setEnabled(has and row > 0)
        self.down_button.setEnabled(has and row < self.model.rowCount() - 1)
        if has:
            self.form.load(self.model.item(row))
            show_starts(self.form.widgets.values())
        self.form.show_errors(self._errors.get(row, {}) if has else {})

    def _form_changed(self) -> None:
        row = self.current_row()
        if row >= 0:
            self.model.set_item(row, self.form.item())
            self.changed.emit()

    def show_errors(self, errors: Sequence[FieldError]) -> int:
        """Show the errors of this list (by row and field); returns how many there were."""
        self._errors = {}
        whole = [e for e in errors if e.path == self.list_name]
        for error in errors:
            found = split_path(error.path, self.list_name)
            if found is not None:
                self._errors.setdefault(found[0], {}).setdefault(self.form.field_of(found[1]), error)
        self.list_error.setVisible(bool(whole))
        self.list_error.setText(error_text(whole[0]) if whole else "")
        self.model.set_bad_rows(set(self._errors))
        row = self.current_row()
        self.form.show_errors(self._errors.get(row, {}))
        return len(whole) + sum(len(v) for v in self._errors.values())

    def first_bad_row(self) -> int:
        return min(self._errors, default=-1)
