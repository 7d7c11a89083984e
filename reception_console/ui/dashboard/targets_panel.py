"""Monthly targets per receptionist: set by the supervisor, with the month's progress beside them."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ...domain.reports import MonthlyTarget, TargetProgress
from .tables import targets_model
from .widgets import current_row_object, table_view


class TargetsPanel(QWidget):
    set_requested = Signal(object)  # MonthlyTarget

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.month = ""
        self.model = targets_model(self)
        self.view = table_view(self.model, "targets")
        self.view.selectionModel().currentRowChanged.connect(lambda *_: self._pick())
        self.title = QLabel()
        self.title.setObjectName("sectionTitle")
        self.person = QComboBox()
        self.person.setObjectName("targetPerson")
        self.bookings = QSpinBox()
        self.bookings.setObjectName("targetBookings")
        self.bookings.setRange(0, 100_000)
        self.person.setAccessibleName(self.tr("Receptionist"))
        self.bookings.setAccessibleName(self.tr("Bookings target"))
        self.bookings.setSuffix(" " + self.tr("bookings"))
        self.conversion = QDoubleSpinBox()
        self.conversion.setObjectName("targetConversion")
        self.conversion.setRange(0, 100)
        self.conversion.setDecimals(1)
        self.conversion.setSuffix(" %")
        self.conversion.setAccessibleName(self.tr("Conversion target"))
        self.conversion.setSpecialValueText(self.tr("no conversion target"))
        self.save = QPushButton(self.tr("Set target"))
        self.save.setObjectName("setTarget")
        self.save.clicked.connect(self._save)
        editor = QHBoxLayout()
        editor.addWidget(self.person, 1)
        editor.addWidget(self.bookings)
        editor.addWidget(self.conversion)
        editor.addWidget(self.save)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.view, 1)
        layout.addLayout(editor)

    def set_targets(self, month: str, targets: list[TargetProgress]) -> None:
        self.month = month
        self.title.setText(self.tr("Monthly targets, %1").replace("%1", month))
        self.model.set_rows(targets)
        chosen = self.person.currentData()
        self.person.clear()
        for t in targets:
            self.person.addItem(t.name, t.person_id)
        if chosen is not None and self.person.findData(chosen) >= 0:
            self.person.setCurrentIndex(self.person.findData(chosen))
        self.save.setEnabled(bool(targets))

    def _pick(self) -> None:
        target = current_row_object(self.view)
        if isinstance(target, TargetProgress):
            self.person.setCurrentIndex(self.person.findData(target.person_id))
            self.bookings.setValue(target.target.bookings if target.target else 0)
            conversion = target.target.conversion if target.target else None
            self.conversion.setValue(float(conversion) * 100 if conversion is not None else 0)

    def _save(self) -> None:
        person = self.person.currentData()
        if person is None or not self.month:
            return
        conversion = self.conversion.value()
        self.set_requested.emit(
            MonthlyTarget(
                int(person),
                self.month,
                self.bookings.value(),
                (Decimal(str(conversion)) / 100).quantize(Decimal("0.0001")) if conversion else None,
            )
        )
