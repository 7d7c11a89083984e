"""Practice…: the receptionist picks a clinic and one of its scenarios (assigned ones first), Enter starts it."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...domain.training.scenarios import Scenario
from .practice_texts import scenario_text

Scenarios = Callable[[int], list[tuple[Scenario, bool]]]  # a clinic's scenarios, each with "assigned to me"


class PracticeDialog(QDialog):
    def __init__(
        self,
        clinics: dict[int, str],
        clinic_id: int | None,
        scenarios: Scenarios,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._scenarios = scenarios
        self.chosen: tuple[int, Scenario, bool] | None = None
        self.setWindowTitle(self.tr("Practice"))
        self.setMinimumWidth(560)
        hint = QLabel(
            self.tr(
                "A virtual patient calls on the clinic's line and you answer on this console as on a real call. "
                "Nothing is stored as a call and no message leaves; your score is kept."
            )
        )
        hint.setWordWrap(True)
        self.clinic = QComboBox()
        for key, name in sorted(clinics.items(), key=lambda kv: kv[1]):
            self.clinic.addItem(name, key)
        self.clinic.setCurrentIndex(max(0, self.clinic.findData(clinic_id)))
        self.list = QListWidget()
        self.list.setMinimumHeight(220)
        self.list.itemActivated.connect(lambda _item: self.start())
        form = QFormLayout()
        form.addRow(self.tr("&Clinic:"), self.clinic)
        form.addRow(self.tr("&Scenario:"), self.list)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Start"))
        self.buttons.accepted.connect(self.start)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.clinic.currentIndexChanged.connect(self._fill)
        self._fill()
        self.list.setFocus(Qt.FocusReason.OtherFocusReason)

    def _fill(self) -> None:
        self.list.clear()
        clinic_id = self.clinic.currentData()
        found = self._scenarios(clinic_id) if clinic_id is not None else []
        for scenario, assigned in sorted(found, key=lambda pair: not pair[1]):  # assigned first, in their order
            text = scenario_text(scenario)
            item = QListWidgetItem(self.tr("Assigned: %1").replace("%1", text) if assigned else text)
            item.setData(Qt.ItemDataRole.UserRole, (scenario, assigned))
            self.list.addItem(item)
        if self.list.count():
            self.list.setCurrentRow(0)
        else:
            self.list.addItem(self.tr("No scenario for this clinic yet."))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(bool(found))

    def scenarios_shown(self) -> list[Scenario]:
        items = (self.list.item(row).data(Qt.ItemDataRole.UserRole) for row in range(self.list.count()))
        return [data[0] for data in items if data]

    def start(self) -> None:
        item = self.list.currentItem()
        data = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        if not data:
            return
        scenario, assigned = data
        self.chosen = (self.clinic.currentData(), scenario, assigned)
        self.accept()
