"""Someone else saved the card while it was being edited: what they changed, and what to do about it."""

from __future__ import annotations

from enum import Enum
from html import escape

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPushButton, QTextBrowser, QVBoxLayout, QWidget

from ...domain.card_changes import describe, diff
from ...services.card_editor import CardConflict
from .. import formatting as fmt
from ..models.changes_model import change_text, entity_text, who_text
from ..window_place import WindowPlace
from .history_tab import change_html


class Choice(Enum):
    MERGE = "merge"
    RELOAD = "reload"
    KEEP_EDITING = "keep"


class ConflictDialog(QDialog):
    def __init__(self, conflict: CardConflict, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.choice = Choice.KEEP_EDITING
        self.setWindowTitle(self.tr("The card was changed meanwhile"))
        self.place = WindowPlace(self, "conflict", QSize(760, 520))
        title = QLabel(
            self.tr("%1 was saved by someone else while you edited it. Nothing of yours was saved yet.").replace(
                "%1", conflict.theirs.card.name
            )
        )
        title.setObjectName("dialogTitle")
        title.setWordWrap(True)
        self.changes = QTextBrowser()
        self.changes.setObjectName("meanwhile")
        before, now, yours = self.tr("Before"), self.tr("Now"), self.tr("Yours")
        parts = []
        for change in reversed(conflict.meanwhile):
            what = entity_text(change.entity) + (f": {describe(change)}" if describe(change) else "")
            head = f"{fmt.date_time(change.changed_at)} · {who_text(change)} · {what} · {change_text(change)}"
            parts.append(f"<p><b>{escape(head)}</b></p>{change_html(change, before, now)}")
        if not parts:
            archived = self.tr("The clinic was archived or restored meanwhile.")
            parts.append(f"<p>{escape(archived)}</p>")
        mine = diff(conflict.base, conflict.mine)
        if mine:
            heading = self.tr("Your changes, not saved yet:")
            parts.append(f"<h4>{escape(heading)}</h4>")
        for change in mine:
            what = entity_text(change.entity) + (f": {describe(change)}" if describe(change) else "")
            parts.append(
                f"<p><b>{escape(what)} · {escape(change_text(change))}</b></p>" + change_html(change, before, yours)
            )
        self.changes.setHtml("".join(parts))
        hint = QLabel(
            self.tr(
                "Reapply: your edits are put on top of the card as it is now (where you both changed the same "
                "field, yours wins); check the result and save again. Reload: your edits are dropped."
            )
        )
        hint.setWordWrap(True)
        self.merge_button = QPushButton(self.tr("Reapply my changes on top"))
        self.merge_button.setDefault(True)
        self.reload_button = QPushButton(self.tr("Discard mine and reload"))
        keep = QPushButton(self.tr("Keep editing"))
        self.merge_button.clicked.connect(lambda: self._choose(Choice.MERGE))
        self.reload_button.clicked.connect(lambda: self._choose(Choice.RELOAD))
        keep.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.merge_button)
        buttons.addWidget(self.reload_button)
        buttons.addStretch(1)
        buttons.addWidget(keep)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(QLabel(self.tr("What changed meanwhile:")))
        layout.addWidget(self.changes, 1)
        layout.addWidget(hint)
        layout.addLayout(buttons)

    def _choose(self, choice: Choice) -> None:
        self.choice = choice
        self.accept()
