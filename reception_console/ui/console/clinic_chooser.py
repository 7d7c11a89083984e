"""The row above the card that asks for a clinic: for a call on a line of no clinic, or to look a card up."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QWidget

from .. import formatting as fmt


class ClinicChooser(QWidget):
    chosen = Signal(int)  # clinic id

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = QLabel()
        self.label.setObjectName("unknownLine")
        self.label.setWordWrap(True)
        self.picker = QComboBox()
        self.picker.setAccessibleName(QCoreApplication.translate("MainWindow", "Clinic"))
        self.picker.activated.connect(self._picked)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.picker)
        self._clinics: dict[int, str] = {}

    def set_clinics(self, names: dict[int, str]) -> None:
        """The clinics, by name; the list is rebuilt only when it changed (a call centre may serve a thousand)."""
        if names == self._clinics and self.picker.count():
            self.picker.setCurrentIndex(0)
            return
        self._clinics = dict(names)
        self.picker.clear()
        self.picker.addItem(QCoreApplication.translate("MainWindow", "Choose clinic…"), None)
        for clinic_id, name in sorted(names.items(), key=lambda kv: kv[1]):
            self.picker.addItem(name, clinic_id)

    def ask_for_line(self, line: str | None) -> None:
        if not line:  # no line known (a callback of a call on no clinic's line): nothing to name
            text = QCoreApplication.translate("MainWindow", "Which clinic is this call for? Choose it to see its card:")
        else:
            text = QCoreApplication.translate(
                "MainWindow", "The line %1 belongs to no clinic. Choose the clinic to see its card:"
            ).replace("%1", fmt.phone(line))
        self._say("unknownLine", text)

    def offer_lookup(self) -> None:
        self._say("browse", QCoreApplication.translate("MainWindow", "No call in progress. Look up a clinic's card:"))

    def _say(self, kind: str, text: str) -> None:
        self.label.setObjectName(kind)
        self.label.setText(text)
        self.label.style().polish(self.label)

    def _picked(self, index: int) -> None:
        clinic_id = self.picker.itemData(index)
        if clinic_id is not None:
            self.chosen.emit(clinic_id)
