"""The supervisor's scenario editor: a clinic's virtual patients — who calls, what they ask step by step, what
should come of it — edited, added, removed, reset to the set generated from the card, and moved as files.

Opened from the dashboard's Training tab. Nothing is stored until *Save*; the card is checked then (a specialist
or a fact the card does not have is named).
"""

from __future__ import annotations

from dataclasses import replace
from itertools import pairwise
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..domain.calls import NotBookedReason, Outcome
from ..domain.script import Objection
from ..domain.tasks import TaskKind
from ..domain.training.scenarios import Expected, Persona, Scenario, Step, Topic
from ..services.training import TrainingService
from ..services.training_files import ScenarioFileError, read_scenario_text, write_scenario_file, write_scenarios
from .dialog_parts import error_line
from .training_text import scenario_title, value_text

SAYS, FACT, OBJECTION, COULDNT = range(4)


def _combo(name: str, values: list[str], empty: str | None = None) -> QComboBox:
    combo = QComboBox()
    combo.setAccessibleName(name)
    if empty is not None:
        combo.addItem(empty, None)
    for v in values:
        combo.addItem(value_text(v), v)
    return combo


def _set(combo: QComboBox, value: object) -> None:
    index = combo.findData(value)
    combo.setCurrentIndex(max(index, 0))


class ScenarioEditor(QDialog):
    def __init__(
        self, training: TrainingService, clinics: list[tuple[int, str]], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Practice scenarios"))
        self.resize(1100, 680)
        self.training = training
        self.scenarios: list[Scenario] = []
        self.current = -1
        self.clinic = QComboBox()
        self.clinic.setAccessibleName(self.tr("Clinic"))
        for clinic_id, name in clinics:
            self.clinic.addItem(name, clinic_id)
        self.source = QLabel()
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Scenarios"))
        add, remove, reset = (
            QPushButton(t) for t in (self.tr("&Add"), self.tr("Re&move"), self.tr("Reset to &generated"))
        )
        add.clicked.connect(self.add)
        remove.clicked.connect(self.remove)
        reset.clicked.connect(self.reset)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.list, 1)
        row = QHBoxLayout()
        for b in (add, remove, reset):
            row.addWidget(b)
        left_layout.addLayout(row)

        self.key = QLineEdit()
        self.title = QLineEdit()
        self.topic = _combo(self.tr("Topic"), [t.value for t in Topic])
        self.name = QLineEdit()
        self.years = QSpinBox()
        self.years.setRange(0, 120)
        self.years.setSuffix(" " + self.tr("years"))
        self.months = QSpinBox()
        self.months.setRange(0, 11)
        self.months.setSuffix(" " + self.tr("months"))
        self.returning = QCheckBox(self.tr("Returning patient"))
        self.line = QComboBox()
        self.line.setEditable(True)
        self.line.setAccessibleName(self.tr("Line dialled"))
        self.steps = QTableWidget(0, 4)
        self.steps.setAccessibleName(self.tr("Steps"))
        self.steps.setHorizontalHeaderLabels(
            [self.tr("The patient says"), self.tr("Fact on the card"), self.tr("Objection"), self.tr("Couldn't answer")]
        )
        self.steps.horizontalHeader().setSectionResizeMode(SAYS, QHeaderView.ResizeMode.Stretch)
        self.steps.setColumnWidth(FACT, 240)
        self.steps.setColumnWidth(OBJECTION, 130)
        self.steps.setWordWrap(True)
        self.steps.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.steps.setTabKeyNavigation(False)
        add_step, remove_step = QPushButton(self.tr("Add step")), QPushButton(self.tr("Remove step"))
        add_step.clicked.connect(lambda: self._add_step(Step("")))
        remove_step.clicked.connect(lambda: self.steps.removeRow(self.steps.currentRow()))
        self.outcome = _combo(self.tr("Outcome"), [o.value for o in Outcome])
        self.reason = _combo(self.tr("Reason"), [r.value for r in NotBookedReason], "—")
        self.specialist = QComboBox()
        self.specialist.setAccessibleName(self.tr("Right specialist"))
        self.task = _combo(self.tr("Task"), [t.value for t in TaskKind], "—")
        age = QHBoxLayout()
        age.addWidget(self.years)
        age.addWidget(self.months)
        age.addWidget(self.returning)
        age.addStretch(1)
        step_buttons = QHBoxLayout()
        step_buttons.addWidget(add_step)
        step_buttons.addWidget(remove_step)
        step_buttons.addStretch(1)
        form = QFormLayout()
        form.addRow(self.tr("Ke&y"), self.key)
        form.addRow(self.tr("&Title"), self.title)
        form.addRow(self.tr("T&opic"), self.topic)
        form.addRow(self.tr("&Patient"), self.name)
        age_label = QLabel(self.tr("Ag&e"))
        age_label.setBuddy(self.years)
        form.addRow(age_label, age)
        form.addRow(self.tr("&Line dialled"), self.line)
        form.addRow(self.tr("&Steps"), self.steps)
        form.addRow("", step_buttons)
        form.addRow(self.tr("Expected o&utcome"), self.outcome)
        form.addRow(self.tr("&Reason"), self.reason)
        form.addRow(self.tr("Right spe&cialist"), self.specialist)
        form.addRow(self.tr("Tas&k"), self.task)
        right = QWidget()
        right.setLayout(form)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(left)
        split.addWidget(right)
        split.setSizes([320, 780])

        self.error = error_line()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Close)
        imp = buttons.addButton(self.tr("&Import…"), QDialogButtonBox.ButtonRole.ActionRole)
        exp = buttons.addButton(self.tr("E&xport…"), QDialogButtonBox.ButtonRole.ActionRole)
        imp.clicked.connect(self.ask_import)
        exp.clicked.connect(self.ask_export)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Clinic")))
        top.addWidget(self.clinic)
        top.addWidget(self.source, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(split, 1)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        order = [self.clinic, self.list, self.key, self.title, self.topic, self.name, self.years, self.months]
        order += [self.returning, self.line, self.steps, add_step, remove_step, self.outcome, self.reason]
        order += [self.specialist, self.task, add, remove, reset]
        for first, then in pairwise(order):  # from a scenario in the list on to its form
            QWidget.setTabOrder(first, then)
        self.clinic.currentIndexChanged.connect(self.load)
        self.list.currentRowChanged.connect(self._chosen)
        self.load()

    # --- loading and showing --------------------------------------------------------------------------

    def clinic_id(self) -> int:
        return int(self.clinic.currentData())

    def load(self) -> None:
        clinic_id = self.clinic_id()
        self.current = -1
        self.scenarios = self.training.scenarios(clinic_id)
        own = self.training.has_own_scenarios(clinic_id)
        self.source.setText(self.tr("the clinic's own scenarios") if own else self.tr("generated from the card"))
        self.specialist.clear()
        self.specialist.addItem("—", None)
        for key, name in self.training.specialists(clinic_id):
            self.specialist.addItem(name, key)
        self.line.clear()
        for number in dict.fromkeys(s.line for s in self.scenarios if s.line):
            self.line.addItem(number)
        self._fill_list(0)
        self.error.hide()

    def _fill_list(self, row: int) -> None:
        self.list.blockSignals(True)
        self.list.clear()
        for s in self.scenarios:
            self.list.addItem(self._label(s))
        self.list.blockSignals(False)
        self.current = -1
        if self.scenarios:
            self.list.setCurrentRow(min(row, len(self.scenarios) - 1))
        else:
            self._show(None)

    @staticmethod
    def _label(s: Scenario) -> str:
        return f"{scenario_title(s.title, s.topic.value)} · {s.persona.name}"

    def _chosen(self, row: int) -> None:
        if not self._keep():
            self.list.blockSignals(True)
            self.list.setCurrentRow(self.current)
            self.list.blockSignals(False)
            return
        self.current = row
        self._show(self.scenarios[row] if 0 <= row < len(self.scenarios) else None)

    def _show(self, s: Scenario | None) -> None:
        s = s or Scenario("", "", "", Topic.PRICE, Persona("", 35 * 12, False), "", (), Expected(Outcome.INFO_ONLY))
        self.key.setText(s.key)
        self.title.setText(s.title)
        _set(self.topic, s.topic.value)
        self.name.setText(s.persona.name)
        self.years.setValue(s.persona.age_months // 12)
        self.months.setValue(s.persona.age_months % 12)
        self.returning.setChecked(s.persona.returning)
        self.line.setEditText(s.line)
        self.steps.setRowCount(0)
        for step in s.steps:
            self._add_step(step)
        _set(self.outcome, s.expected.outcome.value)
        _set(self.reason, s.expected.reason.value if s.expected.reason else None)
        _set(self.specialist, s.expected.specialist_key)
        _set(self.task, s.expected.task.value if s.expected.task else None)

    def _add_step(self, step: Step) -> None:
        row = self.steps.rowCount()
        self.steps.insertRow(row)
        self.steps.setItem(row, SAYS, QTableWidgetItem(step.line))
        fact = QTableWidgetItem(step.fact or "")
        fact.setToolTip(step.answer or "")
        self.steps.setItem(row, FACT, fact)
        self.steps.setItem(row, OBJECTION, QTableWidgetItem(step.objection.value if step.objection else ""))
        check = QTableWidgetItem()
        check.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
        check.setCheckState(Qt.CheckState.Checked if step.couldnt_answer else Qt.CheckState.Unchecked)
        self.steps.setItem(row, COULDNT, check)

    # --- editing --------------------------------------------------------------------------------------

    def _text(self, row: int, column: int) -> str:
        item = self.steps.item(row, column)
        return item.text().strip() if item else ""

    def _form(self) -> Scenario:
        """The scenario as the form shows it; ValueError says what is wrong."""
        base = self.scenarios[self.current]
        steps = []
        for row in range(self.steps.rowCount()):
            says = self._text(row, SAYS)
            if not says:
                raise ValueError(self.tr("Step %1: what does the patient say?").replace("%1", str(row + 1)))
            objection_text = self._text(row, OBJECTION)
            try:
                objection = Objection(objection_text) if objection_text else None
            except ValueError:
                allowed = ", ".join(o.value for o in Objection)
                raise ValueError(
                    self.tr("Step %1: the objection is one of %2").replace("%1", str(row + 1)).replace("%2", allowed)
                ) from None
            couldnt = self.steps.item(row, COULDNT).checkState() == Qt.CheckState.Checked
            fact = self._text(row, FACT) or None
            steps.append(Step(says, fact, None, objection, couldnt))
        if not steps:
            raise ValueError(self.tr("A scenario needs at least one step."))
        key = self.key.text().strip()
        if not key:
            raise ValueError(self.tr("The scenario needs a key."))
        reason, task = self.reason.currentData(), self.task.currentData()
        return replace(
            base,
            key=key,
            title=self.title.text().strip(),
            topic=Topic(self.topic.currentData()),
            persona=Persona(
                self.name.text().strip(), self.years.value() * 12 + self.months.value(), self.returning.isChecked()
            ),
            line=self.line.currentText().strip(),
            steps=tuple(steps),
            expected=Expected(
                Outcome(self.outcome.currentData()),
                NotBookedReason(reason) if reason else None,
                self.specialist.currentData(),
                TaskKind(task) if task else None,
            ),
        )

    def _keep(self) -> bool:
        """Take the form into the list; False (and said why) when it cannot be read."""
        if not 0 <= self.current < len(self.scenarios):
            return True
        try:
            self.scenarios[self.current] = self._form()
        except ValueError as error:
            self.error.setText(str(error))
            self.error.show()
            return False
        self.error.hide()
        item = self.list.item(self.current)
        s = self.scenarios[self.current]
        if item is not None:
            item.setText(self._label(s))
        return True

    def add(self) -> None:
        if not self._keep():
            return
        clinic_key = self.scenarios[0].clinic_key if self.scenarios else ""
        language = self.scenarios[0].language if self.scenarios else "en"
        keys = {s.key for s in self.scenarios}
        n = len(self.scenarios) + 1
        while f"{clinic_key}-own-{n:02d}" in keys:
            n += 1
        new = Scenario(
            f"{clinic_key}-own-{n:02d}",
            clinic_key,
            language,
            Topic.KNOWLEDGE,
            Persona("", 35 * 12, False),
            self.line.itemText(0) if self.line.count() else "",
            (Step(""),),
            Expected(Outcome.INFO_ONLY),
            title=self.tr("New scenario"),
        )
        self.scenarios.append(new)
        self._fill_list(len(self.scenarios) - 1)
        self.title.setFocus()

    def remove(self) -> None:
        if 0 <= self.current < len(self.scenarios):
            row = self.current
            del self.scenarios[row]
            self.current = -1
            self._fill_list(row)

    def reset(self) -> None:
        answer = QMessageBox.question(
            self,
            self.windowTitle(),
            self.tr("Forget this clinic's own scenarios and use the set generated from its card again?"),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.training.reset_scenarios(self.clinic_id())
            self.load()

    def save(self) -> bool:
        if not self._keep():
            return False
        problems = self.training.check_scenarios(self.clinic_id(), self.scenarios)
        if problems:
            self.error.setText("\n".join(problems[:8]))
            self.error.show()
            return False
        try:
            self.training.save_scenarios(self.clinic_id(), self.scenarios)
        except ValueError as error:
            self.error.setText(str(error))
            self.error.show()
            return False
        self.load()
        self.error.setText(self.tr("Saved."))
        self.error.show()
        return True

    # --- files ----------------------------------------------------------------------------------------

    def import_file(self, path: Path) -> str:
        """Import a scenario file; what it did, or every problem (then nothing changed)."""
        try:
            counts = self.training.import_scenarios(read_scenario_text(path))
        except ScenarioFileError as error:
            return self.tr("%1: nothing was imported.").replace("%1", path.name) + "\n" + "\n".join(error.problems[:20])
        self.load()
        return self.tr("%1: imported %2 scenario(s).").replace("%1", path.name).replace("%2", str(sum(counts.values())))

    def ask_import(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Import scenarios"), "", self.tr("Scenario files (*.json)"))
        if name:
            self.error.setText(self.import_file(Path(name)))
            self.error.show()

    def export_file(self, path: Path) -> None:
        if self._keep():
            write_scenario_file(path, write_scenarios(self.scenarios))

    def ask_export(self) -> None:
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Export scenarios"), "scenarios.json", "JSON (*.json)")
        if name:
            try:
                self.export_file(Path(name))
            except OSError as error:
                QMessageBox.warning(self, self.windowTitle(), str(error))
