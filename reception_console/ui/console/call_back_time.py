"""The best time to call the patient back: typed in the patient's words, or one of a few quick choices.

Tab comes here like to any field; typing writes the time ("Thursday after 15:00"), Up and Down step through the
quick choices, Alt+Down opens their list (Enter there takes one), and Enter in the typed text saves the outcome
as in the form's other text fields."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSignalBlocker
from PySide6.QtWidgets import QComboBox, QWidget


def quick_choices() -> list[str]:
    return [
        QCoreApplication.translate("CallBackTime", "In the morning"),
        QCoreApplication.translate("CallBackTime", "In the afternoon"),
        QCoreApplication.translate("CallBackTime", "After 17:00"),
        QCoreApplication.translate("CallBackTime", "Any time"),
    ]


class CallBackTimeField(QComboBox):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("callBackTime")
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)  # what is typed stays this call's, not a new choice
        self.addItems(quick_choices())
        self.setMaxVisibleItems(self.count())
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(12)
        line = self.lineEdit()
        assert line is not None
        line.setPlaceholderText(self.tr("e.g. Friday after 15:00"))
        self.set_text("")

    def text(self) -> str:
        return self.currentText().strip()

    def set_text(self, text: str) -> None:
        with QSignalBlocker(self):
            self.setCurrentIndex(self.findText(text) if text else -1)
            self.setEditText(text)
