"""Words for the errors the layers below report by code: they stay English for logs, the UI speaks the user's
language. One function per error type; a code without words falls back to the English message."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from ..domain.calls import OutcomeError
from ..services.phones import InvalidNumberError
from .models.tasks_model import no_number_text

if TYPE_CHECKING:  # the supervisor's error: the module of figures loads only with them
    from ..domain.reports import TargetError


def phone_error(error: InvalidNumberError) -> str:
    words = {
        "empty": QCoreApplication.translate("Errors", "Enter a phone number."),
        "not_a_number": QCoreApplication.translate("Errors", "“%1” is not a phone number."),
        "wrong_length": QCoreApplication.translate("Errors", "“%1” has too few or too many digits."),
        "no_number": no_number_text(),
    }
    return words.get(error.code, str(error)).replace("%1", error.text)


def outcome_error(error: OutcomeError) -> str:
    """Why the outcome cannot be saved, in the words the outcome form shows next to the field to fix."""
    words = {
        "choose_outcome": QCoreApplication.translate("OutcomePanel", "Choose the outcome of the call (Ctrl+1…Ctrl+5)."),
        "answered_not_missed": QCoreApplication.translate(
            "OutcomePanel", "This call was answered, so it cannot be recorded as missed."
        ),
        "not_answered": QCoreApplication.translate(
            "OutcomePanel", "The call was never answered: press F9 to answer, or record it as missed."
        ),
        "choose_booking": QCoreApplication.translate(
            "OutcomePanel", "Choose the specialist or the service that was booked."
        ),
        "visit_time": QCoreApplication.translate(
            "OutcomePanel",
            "Choose the date and time of the visit: type it, or press Enter in the field to confirm the one proposed.",
        ),
        "patient_name": QCoreApplication.translate("OutcomePanel", "Enter the patient's name: a booking needs it."),
        "negative_value": QCoreApplication.translate("OutcomePanel", "The expected value cannot be negative."),
        "bad_value": QCoreApplication.translate(
            "OutcomePanel", "The expected value must be an amount, e.g. 180 or 180.50."
        ),
        "choose_reason": QCoreApplication.translate("OutcomePanel", "Choose why the patient did not book."),
        "describe_reason": QCoreApplication.translate("OutcomePanel", "Describe the reason in a few words."),
        "message_text": QCoreApplication.translate("OutcomePanel", "Write the message to pass on."),
        "choose_clinic": QCoreApplication.translate(
            "OutcomePanel", "Choose the clinic this call was for (above the card)."
        ),
        "storage": QCoreApplication.translate(
            "OutcomePanel",
            "Not saved yet: the database cannot be reached. The outcome stays here; press Enter "
            "again once the database is back.",
        ),
    }
    return words.get(error.code, str(error))


def target_error(error: TargetError) -> str:
    words = {
        "negative_target": QCoreApplication.translate("Errors", "A target cannot be negative."),
        "conversion_range": QCoreApplication.translate("Errors", "A conversion target is between 0% and 100%."),
        "goal_range": QCoreApplication.translate("Errors", "The goal conversion is above 0% and at most 100%."),
        "negative_check": QCoreApplication.translate("Errors", "The average check cannot be negative."),
    }
    return words.get(error.code, str(error))


def schema_too_new(revision: str, head: str) -> str:
    return (
        QCoreApplication.translate(
            "Errors",
            "This console is older than the database: install the new version (the database is at schema %1; "
            "this version knows up to %2). Or point this console at another database.",
        )
        .replace("%1", revision)
        .replace("%2", head)
    )


def schema_too_old(revision: str | None, head: str) -> str:
    """A shared database behind this console (None: not set up at all): only IT changes it."""
    if revision is None:
        return QCoreApplication.translate(
            "Errors", "The shared database has no tables yet: IT sets it up with “reception-console db init”."
        )
    return (
        QCoreApplication.translate(
            "Errors",
            "The shared database must be upgraded by IT: “reception-console db upgrade” (it is at schema %1; this "
            "console needs %2). Nothing was changed.",
        )
        .replace("%1", revision)
        .replace("%2", head)
    )
