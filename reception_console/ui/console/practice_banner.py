"""The console's practice banner: what is being practised, what the patient just said, the greeting box, and the
way back to live calls."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtWidgets import QCheckBox, QFrame, QGridLayout, QLabel, QPushButton, QWidget

if TYPE_CHECKING:  # (the training modules load when practice starts, not with the console)
    from ...domain.training.scenarios import Scenario

PRACTICE_KEYS = "Ctrl+Shift+P"


class GreetingBox(QCheckBox):
    """Its letter (Alt+I) ticks it at once and leaves the keyboard where she was typing."""

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Shortcut and self.isEnabled():
            self.toggle()
            return True
        return super().event(event)


class PracticeBanner(QFrame):
    another = Signal()
    back = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("practiceBanner")
        self.title = QLabel(QCoreApplication.translate("Practice", "PRACTICE — not a real call"))
        self.title.setObjectName("practiceTitle")
        self.scenario = QLabel()
        self.scenario.setObjectName("practiceScenario")
        self.scenario.setWordWrap(True)
        self.patient = QLabel()
        self.patient.setObjectName("patientLine")
        self.patient.setWordWrap(True)
        self.patient.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        lines = self.patient.fontMetrics().lineSpacing()
        self.patient.setFixedHeight(2 * lines + 6)  # two lines whatever is said: nothing below moves
        self.greeting = GreetingBox(QCoreApplication.translate("Practice", "Greeting sa&id"))
        self.greeting.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.another_button = QPushButton(QCoreApplication.translate("Practice", "&Another scenario…"))
        self.back_button = QPushButton(
            QCoreApplication.translate("Practice", "Back to live calls  %1").replace("%1", PRACTICE_KEYS)
        )
        for button in (self.another_button, self.back_button):
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.another_button.clicked.connect(self.another)
        self.back_button.clicked.connect(self.back)
        layout = QGridLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.setVerticalSpacing(2)
        layout.addWidget(self.title, 0, 0)
        layout.addWidget(self.greeting, 0, 1)
        layout.addWidget(self.another_button, 0, 2)
        layout.addWidget(self.back_button, 0, 3)
        layout.addWidget(self.scenario, 1, 0, 1, 4)
        layout.addWidget(self.patient, 2, 0, 1, 4)
        layout.setColumnStretch(0, 1)

    def show_scenario(self, scenario: Scenario | None) -> None:
        from .practice_texts import scenario_text  # (practice only: not loaded with the console)

        self.scenario.setText(scenario_text(scenario) if scenario else "")
        self.greeting.setChecked(False)
        self.greeting.setEnabled(scenario is not None)
        self.say("")

    def say(self, line: str) -> None:
        self.patient.setText(
            QCoreApplication.translate("Practice", "Patient: “%1”").replace("%1", line) if line else ""
        )

    def note(self, text: str) -> None:
        self.patient.setText(text)
