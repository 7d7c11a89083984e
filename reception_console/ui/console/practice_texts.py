"""The words for practice scenarios and score checks, in the console's language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ...domain.training.scenarios import Scenario, Topic
from ...domain.training.scoring import Check
from .. import formatting as fmt


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
