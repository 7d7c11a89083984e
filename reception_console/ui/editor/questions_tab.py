"""The questions inbox of one clinic: what receptionists could not answer, the most asked first; one
step turns a question into a knowledge entry of the card."""

from __future__ import annotations

from PySide6.QtCore import QSize, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...domain.knowledge_gaps import GapGroup
from ..fields import FieldForm, line_edit, text_edit
from ..models.gaps_model import GapsModel
from ..window_place import WindowPlace


class AnswerDialog(QDialog):
    """The question (as the card should say it), the answer, tags: saved to the card at once."""

    def __init__(self, group: GapGroup, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Add the answer to the card"))
        self.place = WindowPlace(self, "answer", QSize(620, 400))
        self.form = FieldForm()
        self.question = self.form.add("question", self.tr("Question"), text_edit(54))
        self.question.setPlainText(group.question)
        self.answer = self.form.add("answer", self.tr("Answer or steps"), text_edit(160))
        self.tags = self.form.add("tags", self.tr("Tags"), line_edit())
        note = QLabel(
            self.tr("Asked %n time(s). Saving closes the question for everyone who asked it.", "", group.count)
        )
        note.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addWidget(self.form)
        layout.addWidget(buttons)
        self.answer.setFocus()

    def tag_list(self) -> tuple[str, ...]:
        return tuple(t.strip() for t in self.tags.text().split(",") if t.strip())


class QuestionsTab(QWidget):
    answer_requested = Signal(object)  # GapGroup
    close_requested = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = GapsModel(self)
        self.table = QTableView()
        self.table.setAccessibleName(self.tr("Questions receptionists could not answer"))
        self.table.setTabKeyNavigation(False)
        self.table.setObjectName("questionsTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(GapsModel.QUESTION, QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(lambda _index: self._emit(self.answer_requested))
        self.empty = QLabel(self.tr("No open questions: receptionists press Ctrl+K on a call to pass one on."))
        self.empty.setObjectName("emptyState")
        self.answer_button = QPushButton(self.tr("Add the answer to the card…"))
        self.close_button = QPushButton(self.tr("Close: not a gap"))
        self.answer_button.clicked.connect(lambda: self._emit(self.answer_requested))
        self.close_button.clicked.connect(lambda: self._emit(self.close_requested))
        buttons = QHBoxLayout()
        buttons.addWidget(self.answer_button)
        buttons.addWidget(self.close_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.empty)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)

    def set_groups(self, groups: list[GapGroup]) -> None:
        self.model.set_groups(groups)
        self.empty.setVisible(not groups)
        self.answer_button.setEnabled(bool(groups))
        self.close_button.setEnabled(bool(groups))
        if groups:
            self.table.selectRow(0)

    def _emit(self, signal: Signal) -> None:  # type: ignore[type-arg]
        row = self.table.currentIndex().row()
        if row >= 0:
            signal.emit(self.model.group(row))  # type: ignore[attr-defined]
