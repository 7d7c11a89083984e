"""The dashboard's *Training* tab: each receptionist's practice with its trend, attempt by attempt; the monthly
knowledge test per receptionist or per clinic over months; open assignments; *Assign…*, *Scenarios…* and export.

Training is kept apart from calls: nothing here is part of the figures on the other tabs.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QSplitter,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ...domain.people import Person
from ...domain.reports import ClinicInfo
from ...services.exports import Table, write_csv, write_xlsx
from ...services.training import TrainingService
from ..models.report_models import ROW_ROLE, ColumnTableModel
from ..training_text import scenario_title
from .assign_dialog import AssignDialog
from .training_tables import (
    PracticeTrendChart,
    assignments_model,
    attempts_model,
    practice_model,
    results_model,
)
from .widgets import table_view, written


def _title(text: str) -> QLabel:
    label = QLabel(text)
    label.setObjectName("sectionTitle")
    return label


class TrainingPanel(QWidget):
    exported = Signal(str, str)  # file name, what: the window records it
    open_scenarios = Signal()

    def __init__(
        self,
        training: TrainingService,
        clinics: Sequence[ClinicInfo],
        receptionists: Callable[[], list[Person]],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.training = training
        self.clinics = list(clinics)
        self._receptionists = receptionists
        self._people: dict[int, str] = {}
        by_id = {c.id: c.name for c in self.clinics}
        by_key = {c.key: c.name for c in self.clinics}
        self.practice = practice_model(self)
        self.practice_view = table_view(self.practice, "trainingPractice")
        self.attempts = attempts_model(lambda i: by_id.get(i, ""), self)
        self.attempts_view = table_view(self.attempts, "trainingAttempts")
        self.chart = PracticeTrendChart()
        self.results = results_model(lambda k: by_key.get(k, k), self)
        self.results_view = table_view(self.results, "trainingResults")
        self._titles: dict[str, str] = {}
        self.assignments = assignments_model(
            lambda i: self._people.get(i, ""), lambda i: by_id.get(i, ""), lambda k: self._titles.get(k or "", ""), self
        )
        self.assignments_view = table_view(self.assignments, "trainingAssignments")

        self.grouping = QComboBox()
        self.grouping.setAccessibleName(self.tr("Knowledge tests grouped"))
        self.grouping.addItem(self.tr("per receptionist"), "person")
        self.grouping.addItem(self.tr("per clinic"), "clinic")
        self.grouping.currentIndexChanged.connect(self.refresh)
        self.assign_button = QPushButton(self.tr("&Assign…"))
        self.assign_button.clicked.connect(self.assign)
        self.cancel_button = QPushButton(self.tr("Cancel assignment"))
        self.cancel_button.clicked.connect(self.cancel_assignment)
        self.scenarios_button = QPushButton(self.tr("&Scenarios…"))
        self.scenarios_button.clicked.connect(self.open_scenarios)
        self.export = QToolButton()
        self.export.setText(self.tr("Export"))
        self.export.setAccessibleName(self.tr("Export training"))
        self.export.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.export.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.export)
        menu.addAction(self.tr("Knowledge tests to CSV…"), lambda: self._ask_csv(self.results))
        menu.addAction(self.tr("Practice attempts to CSV…"), lambda: self._ask_csv(self.attempts))
        menu.addAction(self.tr("All training tables to Excel (XLSX)…"), self._ask_xlsx)
        self.export.setMenu(menu)
        self.note = QLabel(self.tr("Practice calls and tests are kept apart: they are in none of the figures."))
        self.note.setWordWrap(True)

        buttons = QHBoxLayout()
        for w in (self.assign_button, self.scenarios_button, self.export):
            buttons.addWidget(w)
        buttons.addStretch(1)
        buttons.addWidget(self.note, 2)

        practice_box = QWidget()
        practice_layout = QVBoxLayout(practice_box)
        practice_layout.setContentsMargins(0, 0, 0, 0)
        practice_layout.addWidget(_title(self.tr("Practice by receptionist")))
        practice_layout.addWidget(self.practice_view, 1)
        attempts_box = QWidget()
        attempts_layout = QVBoxLayout(attempts_box)
        attempts_layout.setContentsMargins(0, 0, 0, 0)
        self.attempts_title = _title(self.tr("Attempts"))
        attempts_layout.addWidget(self.attempts_title)
        attempts_layout.addWidget(self.attempts_view, 1)
        left = QSplitter(Qt.Orientation.Vertical)
        left.addWidget(practice_box)
        left.addWidget(self.chart)
        left.addWidget(attempts_box)
        left.setSizes([150, 170, 190])

        results_box = QWidget()
        results_layout = QVBoxLayout(results_box)
        results_layout.setContentsMargins(0, 0, 0, 0)
        results_top = QHBoxLayout()
        results_top.addWidget(_title(self.tr("Monthly knowledge test")))
        results_top.addStretch(1)
        results_top.addWidget(self.grouping)
        results_layout.addLayout(results_top)
        results_layout.addWidget(self.results_view, 1)
        assignments_box = QWidget()
        assignments_layout = QVBoxLayout(assignments_box)
        assignments_layout.setContentsMargins(0, 0, 0, 0)
        assignments_top = QHBoxLayout()
        assignments_top.addWidget(_title(self.tr("Open assignments")))
        assignments_top.addStretch(1)
        assignments_top.addWidget(self.cancel_button)
        assignments_layout.addLayout(assignments_top)
        assignments_layout.addWidget(self.assignments_view, 1)
        right = QSplitter(Qt.Orientation.Vertical)
        right.addWidget(results_box)
        right.addWidget(assignments_box)
        right.setSizes([300, 200])

        both = QSplitter(Qt.Orientation.Horizontal)
        both.addWidget(left)
        both.addWidget(right)
        both.setSizes([560, 720])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(buttons)
        layout.addWidget(both, 1)
        self.practice_view.selectionModel().currentRowChanged.connect(lambda *_: self._show_person())
        self.practice_view.activated.connect(lambda *_: self._show_person())

    # --- loading --------------------------------------------------------------------------------------

    def refresh(self) -> None:
        self._people = {p.id: p.display_name for p in self._receptionists()}
        chosen = self.chosen_person()
        self.practice.set_rows(self.training.practice_by_person())
        by_clinic = self.grouping.currentData() == "clinic"
        self.results.set_rows(self.training.results_by_clinic() if by_clinic else self.training.monthly_results())
        assignments = self.training.assignments()
        practised = {a.clinic_id for a in assignments if a.scenario_key and a.clinic_id is not None}
        self._titles = {
            s.key: scenario_title(s.title, s.topic.value) for c in practised for s in self.training.scenarios(c)
        }
        self.assignments.set_rows(assignments)
        self.select_person(chosen if chosen is not None else self._first_person())

    def _first_person(self) -> int | None:
        return self.practice.row_object(0).person_id if self.practice.rowCount() else None

    def chosen_person(self) -> int | None:
        index = self.practice_view.currentIndex()
        row = index.data(ROW_ROLE) if index.isValid() else None
        return row.person_id if row is not None else None

    def select_person(self, person_id: int | None) -> None:
        view = self.practice_view
        model = view.model()
        for r in range(model.rowCount()):
            if model.index(r, 0).data(ROW_ROLE).person_id == person_id:
                view.setCurrentIndex(model.index(r, 0))
                break
        self._show_person()

    def _show_person(self) -> None:
        index = self.practice_view.currentIndex()
        row = index.data(ROW_ROLE) if index.isValid() else None
        if row is None:
            self.attempts.set_rows([])
            self.chart.show_points("", [])
            self.attempts_title.setText(self.tr("Attempts"))
            return
        self.attempts.set_rows(self.training.attempts(row.person_id))
        self.chart.show_points(row.person, list(row.trend))
        self.attempts_title.setText(self.tr("Attempts of %1").replace("%1", row.person))

    # --- actions --------------------------------------------------------------------------------------

    def assign(self) -> AssignDialog:
        dialog = AssignDialog(self._receptionists(), self.clinics, self.training.scenarios, self)
        dialog.accepted.connect(lambda: self._assign(dialog))
        dialog.open()
        return dialog

    def _assign(self, dialog: AssignDialog) -> None:
        person, kind, clinic, scenario, note = dialog.choice()
        self.training.assign(person, kind, clinic, scenario, note)
        self.refresh()

    def cancel_assignment(self) -> None:
        index = self.assignments_view.currentIndex()
        row = index.data(ROW_ROLE) if index.isValid() else None
        if row is not None:
            self.training.cancel_assignment(row.id)
            self.refresh()

    def tables(self) -> list[ColumnTableModel]:
        return [self.practice, self.attempts, self.results, self.assignments]

    def export_tables(self) -> list[Table]:
        return [m.table() for m in self.tables()]

    def _ask_xlsx(self) -> None:
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Export to Excel"), "training.xlsx", "Excel (*.xlsx)")
        if name:
            self._write(lambda: write_xlsx(Path(name), self.export_tables()), name, "training (Excel)")

    def _ask_csv(self, model: ColumnTableModel) -> None:
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Export to CSV"), f"{model.title}.csv", "CSV (*.csv)")
        if name:
            self._write(lambda: write_csv(Path(name), model.table()), name, f"{model.title} (CSV)")

    def _write(self, write: Callable[[], None], name: str, what: str) -> None:
        if written(self, write, name):
            self.exported.emit(name, what)
