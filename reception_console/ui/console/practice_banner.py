"""The console's practice banner: what is being practised, what the patient just said, the greeting box, and the
way back to live calls; and the words for scenarios and score checks, in the console's language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtWidgets import QCheckBox, QFrame, QGridLayout, QLabel, QPushButton, QWidget

from ...domain.training.scenarios import Scenario, Topic
from ...domain.training.scoring import Check
from .. import formatting as fmt

PRACTICE_KEYS = "Ctrl+Shift+P"


def topic_text(topic: Topic) -> str:
    return {
        Topic.AGE_NOT_ACCEPTED: QCoreApplication.translate("Practice", "An age the specialist does not accept"),
        Topic.PRICE: QCoreApplication.translate("Practice", "A price question"),
        Topic.PREPARATION: QCoreApplication.translate("Practice", "Preparation for a service"),
        Topic.VISIT_LENGTH: QCoreApplication.translate("Practice", "How long a visit takes"),
        Topic.PARKING: QCoreApplication.translate("Practice", "Parking"),
        Topic.DIRECTIONS: QCoreApplication.translate("Practice", "Directions"),
        Topic.OPENING_HOURS: QCoreApplication.translate("Practice", "Opening hours"),
        Topic.KNOWLEDGE: QCoreApplication.translate("Practice", "A question from the algorithms"),
        Topic.TOO_EXPENSIVE: QCoreApplication.translate("Practice", "“Too expensive”"),
        Topic.WILL_THINK: QCoreApplication.translate("Practice", "“I'll think about it”"),
        Topic.UNKNOWN: QCoreApplication.translate("Practice", "A question the card cannot answer"),
    }[topic]


def scenario_text(scenario: Scenario) -> str:
    """ "A price question — Anna Kwiatkowska, 35 years, new patient"."""
    persona = scenario.persona
    kind = (
        QCoreApplication.translate("Practice", "returning patient")
        if persona.returning
        else QCoreApplication.translate("Practice", "new patient")
    )
    return f"{topic_text(scenario.topic)} — {persona.name}, {fmt.age(persona.age_months)}, {kind}"


def check_text(check: Check) -> str:
    name = check.name
    if name.startswith("step_"):
        _, number, what = name.split("_", 2)
        label = {
            "fact": QCoreApplication.translate("Practice", "Question %1: the right fact found"),
            "find_time": QCoreApplication.translate("Practice", "Question %1: found in time"),
            "prompt": QCoreApplication.translate("Practice", "Question %1: the objection prompt used"),
            "couldnt_answer": QCoreApplication.translate("Practice", "Question %1: passed on with Couldn't answer"),
        }.get(what, name)
        return label.replace("%1", number)
    return {
        "answer_time": QCoreApplication.translate("Practice", "Answered within 9 seconds"),
        "greeting": QCoreApplication.translate("Practice", "Greeting said"),
        "card": QCoreApplication.translate("Practice", "The right clinic's card"),
        "outcome": QCoreApplication.translate("Practice", "Outcome"),
        "reason": QCoreApplication.translate("Practice", "Reason"),
        "specialist": QCoreApplication.translate("Practice", "The right specialist"),
        "task": QCoreApplication.translate("Practice", "The task that follows"),
    }.get(name, name)


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
