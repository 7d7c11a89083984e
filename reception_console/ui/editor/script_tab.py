"""Objection prompts and phrases: a clinic's own words over the global ones of its language, or the
global ones themselves."""

from __future__ import annotations

from collections.abc import Sequence
from html import escape

from PySide6.QtCore import QSignalBlocker, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ...domain.card_rules import FieldError
from ...domain.script import Objection, ObjectionPrompt, Phrase
from ..fields import FieldForm, line_edit, text_edit
from ..objection_keys import OBJECTION_KEYS
from .item_forms import PhraseForm
from .items import ItemsEditor, split_path


class PromptsEditor(QWidget):
    changed = Signal()

    def __init__(self, *, clinic: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.clinic = clinic
        self._own: dict[Objection, ObjectionPrompt] = {}
        self._global: dict[Objection, ObjectionPrompt] = {}
        self._errors: dict[Objection, dict[str, FieldError]] = {}
        self.list = QListWidget()
        self.list.setObjectName("objectionList")
        self.list.setAccessibleName(self.tr("Objection prompts (F2–F8 on a call)"))
        self.list.setMaximumWidth(320)
        self.list.setTextElideMode(Qt.TextElideMode.ElideMiddle)  # the "own / global" end stays visible
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        for objection in Objection:
            item = QListWidgetItem()
            item.setData(Qt.ItemDataRole.UserRole, objection.value)
            self.list.addItem(item)
        self.own = QCheckBox(self.tr("Own words for this clinic (instead of the global prompt)"))
        self.own.setVisible(clinic)
        self.form = FieldForm()
        self.title = self.form.add("title", self.tr("Title"), line_edit())
        self.text = self.form.add("text", self.tr("What to say"), text_edit(120))
        self.reference = QLabel()
        self.reference.setObjectName("lineLabel")
        self.reference.setWordWrap(True)
        right = QVBoxLayout()
        right.addWidget(self.own)
        right.addWidget(self.form)
        right.addWidget(self.reference, 1, Qt.AlignmentFlag.AlignTop)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.list)
        row.addLayout(right, 1)
        self.list.currentRowChanged.connect(lambda _row: self._show())
        self.own.toggled.connect(self._own_toggled)
        self.title.textEdited.connect(self._edited)
        self.text.textChanged.connect(self._edited)

    def objection(self) -> Objection:
        item = self.list.currentItem()
        return Objection(item.data(Qt.ItemDataRole.UserRole)) if item else Objection.TOO_EXPENSIVE

    def load(self, own: Sequence[ObjectionPrompt], global_prompts: Sequence[ObjectionPrompt] = ()) -> None:
        self._own = {p.objection: p for p in own}
        self._global = {p.objection: p for p in global_prompts}
        self._errors = {}
        if self.list.currentRow() < 0:
            self.list.setCurrentRow(0)
        self._label_all()
        self._show()

    def prompts(self) -> tuple[ObjectionPrompt, ...]:
        return tuple(self._own[o] for o in Objection if o in self._own)

    def _label_all(self) -> None:
        for row in range(self.list.count()):
            item = self.list.item(row)
            objection = Objection(item.data(Qt.ItemDataRole.UserRole))
            prompt = self._own.get(objection) or self._global.get(objection)
            mark = " ⚠" if objection in self._errors else ""
            state = ""
            if self.clinic:
                state = self.tr(" · own") if objection in self._own else self.tr(" · global")
            title = prompt.title if prompt else self.tr("(none)")
            item.setText(f"{OBJECTION_KEYS[objection]}  {title}{state}{mark}")

    def _show(self) -> None:
        objection = self.objection()
        own = self._own.get(objection)
        shown = own or self._global.get(objection)
        blockers = [QSignalBlocker(w) for w in (self.own, self.title, self.text)]  # noqa: F841
        self.own.setChecked(own is not None)
        self.title.setText(shown.title if shown else "")
        if self.text.toPlainText() != (shown.text if shown else ""):
            self.text.setPlainText(shown.text if shown else "")
        editable = own is not None or not self.clinic
        self.title.setReadOnly(not editable)
        self.text.setReadOnly(not editable)
        reference = self._global.get(objection)
        if self.clinic and own is not None and reference is not None:
            self.reference.setText(
                self.tr("Global prompt: %1").replace(
                    "%1", f"<b>{escape(reference.title)}</b> — {escape(reference.text)}"
                )
            )
        else:
            self.reference.setText("")
        self.form.show_errors(self._errors.get(objection, {}))

    def _own_toggled(self, checked: bool) -> None:
        objection = self.objection()
        if checked:
            base = self._global.get(objection)
            self._own[objection] = ObjectionPrompt(objection, base.title if base else "", base.text if base else "")
        else:
            self._own.pop(objection, None)
        self._label_all()
        self._show()
        self.changed.emit()

    def _edited(self) -> None:
        objection = self.objection()
        if self.clinic and objection not in self._own:
            return
        title, text = self.title.text().strip(), self.text.toPlainText().strip()
        if not self.clinic and not title and not text:
            self._own.pop(objection, None)
        else:
            self._own[objection] = ObjectionPrompt(objection, title, text)
        self._label_all()
        self.changed.emit()

    def show_errors(self, errors: Sequence[FieldError]) -> int:
        order = list(self.prompts())
        self._errors = {}
        for error in errors:
            found = split_path(error.path, "objections")
            if found is not None and found[0] < len(order):
                self._errors.setdefault(order[found[0]].objection, {}).setdefault(found[1], error)
        self._label_all()
        self.form.show_errors(self._errors.get(self.objection(), {}))
        return sum(len(v) for v in self._errors.values())


class ScriptTab(QWidget):
    """Prompts above, phrases below."""

    changed = Signal()

    def __init__(self, *, clinic: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.prompts = PromptsEditor(clinic=clinic)
        self.phrases = ItemsEditor(
            "phrases",
            PhraseForm.columns(),
            PhraseForm(),
            lambda: Phrase("", ""),
            add_text=self.tr("Add phrase"),
            title=self.tr("Ready phrases") if not clinic else self.tr("This clinic's own phrases"),
        )
        split = QSplitter(Qt.Orientation.Vertical)
        for widget, caption in (
            (self.prompts, self.tr("Objection prompts (F2–F8 on a call)")),
            (self.phrases, self.tr("Ready phrases") if not clinic else self.tr("This clinic's own phrases")),
        ):
            box = QWidget()
            column = QVBoxLayout(box)
            column.setContentsMargins(0, 0, 0, 0)
            heading = QLabel(caption)
            heading.setObjectName("sectionTitle")
            column.addWidget(heading)
            column.addWidget(widget, 1)
            split.addWidget(box)
        split.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(split)
        self.prompts.changed.connect(self.changed)
        self.phrases.changed.connect(self.changed)

    def load(
        self,
        prompts: Sequence[ObjectionPrompt],
        phrases: Sequence[Phrase],
        global_prompts: Sequence[ObjectionPrompt] = (),
    ) -> None:
        self.prompts.load(prompts, global_prompts)
        self.phrases.load(phrases)

    def show_errors(self, errors: Sequence[FieldError]) -> int:
        return self.prompts.show_errors(errors) + self.phrases.show_errors(errors)
