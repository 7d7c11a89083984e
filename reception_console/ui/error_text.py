"""Words for the errors the layers below report by code: they stay English for logs, the UI speaks the user's
language. One function per error type; a code without words falls back to the English message."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from ..services.phones import InvalidNumberError

if TYPE_CHECKING:  # the supervisor's error: the module of figures loads only with them
    from ..domain.reports import TargetError


def phone_error(error: InvalidNumberError) -> str:
    words = {
        "empty": QCoreApplication.translate("Errors", "Enter a phone number."),
        "not_a_number": QCoreApplication.translate("Errors", "“%1” is not a phone number."),
        "wrong_length": QCoreApplication.translate("Errors", "“%1” has too few or too many digits."),
        "no_number": QCoreApplication.translate("Errors", "This task has no phone number to call."),
    }
    return words.get(error.code, str(error)).replace("%1", error.text)


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
            "This database was last opened by a newer version of Reception Console (schema %1; this version "
            "knows up to %2). Install the newer version, or point this console at another database.",
        )
        .replace("%1", revision)
        .replace("%2", head)
    )
