"""The console's practice banner: what is being practised, what the patient just said, the greeting box, and the
way back to live calls; and the words for scenarios and score checks, in the console's language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QCheckBox, QFrame, QGridLayout, QLabel, QPushButton, QWidget

from ...domain.training.scenarios import Scenario, Topic
from ...domain.training.scoring import Check
from .. import formatting as fmt

PRACTICE_KEYS = "Ctrl+Shift+P"


def tr(text: str) -> str:
    return QCoreApplication.translate("Practice", text)


def topic_text(topic: Topic) -> str:
    return {
        Topic.AGE_NOT_ACCEPTED: tr("An age the specialist does not accept"),
        Topic.PRICE: tr("A price question"),
        Topic.PREPARATION: tr("Preparation for a service"),
        Topic.VISIT_LENGTH: tr("How long a visit takes"),
        Topic.PARKING: tr("Parking"),
        Topic.DIRECTIONS: tr("Directions"),
        Topic.OPENING_HOURS: tr("Opening hours"),
        Topic.KNOWLEDGE: tr("A question from the algorithms"),
        Topic.TOO_EXPENSIVE: tr("“Too expensive”"),
        Topic.WILL_THINK: tr("“I'll think about it”"),
        Topic.UNKNOWN: tr("A question the card cannot answer"),
    }[topic]


def scenario_text(scenario: Scenario) -> str:
    """ "A price question — Anna Kwiatkowska, 35 years, new patient"."""
    persona = scenario.persona
    kind = tr("returning patient") if persona.returning else tr("new patient")
    return f"{topic_text(scenario.topic)} — {persona.name}, {fmt.age(persona.age_months)}, {kind}"


def check_text(check: Check) -> str:
    name = check.name
    if name.startswith("step_"):
        _, number, what = name.split("_", 2)
        label = {
            "fact": tr("Question %1: the right fact found"),
            "find_time": tr("Question %1: found in time"),
            "prompt": tr("Question %1: the objection prompt used"),
            "couldnt_answer": tr("Question %1: passed on with Couldn't answer"),
        }.get(what, name)
        return label.replace("%1", number)
    return {
        "answer_time": tr("Answered within 9 seconds"),
        "greeting": tr("Greeting said"),
        "card": tr("The right clinic's card"),
        "outcome": tr("Outcome"),
        "reason": tr("Reason"),
        "specialist": tr("The right specialist"),
        "task": tr("The task that follows"),
    }.get(name, name)


class PracticeBanner(QFrame):
    another = Signal()
    back = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("practiceBanner")
        self.title = QLabel()
        self.title.setObjectName("practiceTitle")
        self.patient = QLabel()
        self.patient.setObjectName("patientLine")
        self.patient.setWordWrap(True)
        self.patient.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        lines = self.patient.fontMetrics().lineSpacing()
        self.patient.setFixedHeight(2 * lines + 6)  # two lines whatever is said: nothing below moves
        self.greeting = QCheckBox(tr("Greeting sa&id"))
        self.greeting.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.another_button = QPushButton(tr("&Another scenario…"))
        self.back_button = QPushButton(tr("Back to live calls  %1").replace("%1", PRACTICE_KEYS))
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
        layout.addWidget(self.patient, 1, 0, 1, 4)
        layout.setColumnStretch(0, 1)

    def show_scenario(self, scenario: Scenario | None) -> None:
        practice = tr("PRACTICE — not a real call")
        self.title.setText(f"{practice} · {scenario_text(scenario)}" if scenario else practice)
        self.greeting.setChecked(False)
        self.greeting.setEnabled(scenario is not None)
        self.say("")

    def say(self, line: str) -> None:
        self.patient.setText(tr("Patient: “%1”").replace("%1", line) if line else "")

    def note(self, text: str) -> None:
        self.patient.setText(text)
