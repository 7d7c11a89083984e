"""Training's codes as people read them: a scenario's topic, expected outcome, reason and task."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from .outcome_names import outcome_names, reason_names


def value_text(value: str) -> str:
    """A topic, outcome, reason or task code as the supervisor reads it."""
    names = {
        "age_not_accepted": QCoreApplication.translate("TrainingText", "age the specialist does not accept"),
        "price": QCoreApplication.translate("TrainingText", "price"),
        "preparation": QCoreApplication.translate("TrainingText", "preparation"),
        "visit_length": QCoreApplication.translate("TrainingText", "visit length"),
        "parking": QCoreApplication.translate("TrainingText", "parking"),
        "directions": QCoreApplication.translate("TrainingText", "directions"),
        "opening_hours": QCoreApplication.translate("TrainingText", "opening hours"),
        "knowledge": QCoreApplication.translate("TrainingText", "algorithm"),
        "unknown": QCoreApplication.translate("TrainingText", "question the card cannot answer"),
        "callback": QCoreApplication.translate("TrainingText", "callback"),
        "follow_up": QCoreApplication.translate("TrainingText", "follow-up"),
        "message": QCoreApplication.translate("TrainingText", "message"),
        **outcome_names(),
        **reason_names(),
    }
    return names.get(value, value.replace("_", " "))


def scenario_title(title: str, topic: str) -> str:
    """A scenario's title; a generated one (its topic's code) in the reader's language."""
    return title if title and title != topic.replace("_", " ") else value_text(topic)
