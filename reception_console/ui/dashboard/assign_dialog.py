"""*Assign…*: a supervisor asks a receptionist to practise a scenario (or any of a clinic's) or take the monthly
knowledge test. The assignment is done when she takes it."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QFormLayout,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from ...domain.people import Person
from ...domain.reports import ClinicInfo
from ...domain.training.history import AssignmentKind
from ...domain.training.scenarios import Scenario
from ..dialog_parts import error_line, save_cancel
from ..training_text import scenario_title


class AssignDialog(QDialog):
    def __init__(
        self,
        people: Sequence[Person],
        clinics: Sequence[ClinicInfo],
        scenarios: Callable[[int], list[Scenario]],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Assign training"))
        self._scenarios = scenarios
        self.person = QComboBox()
        self.person.setAccessibleName(self.tr("Receptionist"))
        for p in people:
            self.person.addItem(p.display_name, p.id)
        self.practice = QRadioButton(self.tr("&Practice a scenario"))
        self.test = QRadioButton(self.tr("Take the monthly &test"))
        self.practice.setChecked(True)
        kinds = QButtonGroup(self)
        kinds.addButton(self.practice)
        kinds.addButton(self.test)
        self.clinic = QComboBox()
        self.clinic.setAccessibleName(self.tr("Clinic"))
        for c in clinics:
            self.clinic.addItem(c.name, c.id)
        self.scenario = QComboBox()
        self.scenario.setAccessibleName(self.tr("Scenario"))
        self.note = QLineEdit()
        self.note.setAccessibleName(self.tr("Note"))
        self.note.setPlaceholderText(self.tr("e.g. before your first shift on this line"))
        self.error = error_line()
        form = QFormLayout()
        form.addRow(self.tr("&Receptionist"), self.person)
        form.addRow("", self.practice)
        form.addRow("", self.test)
        form.addRow(self.tr("&Clinic"), self.clinic)
        form.addRow(self.tr("&Scenario"), self.scenario)
        form.addRow(self.tr("&Note"), self.note)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(save_cancel(self, self._accept))
        self.clinic.currentIndexChanged.connect(self._fill_scenarios)
        self.test.toggled.connect(lambda on: self.scenario.setEnabled(not on))
        self._fill_scenarios()

    def _fill_scenarios(self) -> None:
        self.scenario.clear()
        self.scenario.addItem(self.tr("any of the clinic's scenarios"), None)
        clinic_id = self.clinic.currentData()
        if clinic_id is not None:
            for s in self._scenarios(int(clinic_id)):
                self.scenario.addItem(scenario_title(s.title, s.topic.value), s.key)

    def _accept(self) -> None:
        if self.person.currentData() is None or self.clinic.currentData() is None:
            self.error.setText(self.tr("Choose a receptionist and a clinic."))
            self.error.show()
            return
        self.accept()

    def choice(self) -> tuple[int, AssignmentKind, int, str | None, str]:
        """(receptionist, practice or test, clinic, scenario key or None, note)."""
        kind = AssignmentKind.TEST if self.test.isChecked() else AssignmentKind.PRACTICE
        scenario = None if kind is AssignmentKind.TEST else self.scenario.currentData()
        return int(self.person.currentData()), kind, int(self.clinic.currentData()), scenario, self.note.text().strip()
