"""An outcome's and a refusal reason's names as people read them, in the console's language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def outcome_names() -> dict[str, str]:
    return {
        "booked": QCoreApplication.translate("Outcome", "Booked"),
        "not_booked": QCoreApplication.translate("Outcome", "Not booked"),
        "info_only": QCoreApplication.translate("Outcome", "Information only"),
        "non_target": QCoreApplication.translate("Outcome", "Non-target"),
        "missed": QCoreApplication.translate("Outcome", "Missed"),
    }


def reason_names() -> dict[str, str]:
    return {
        "too_expensive": QCoreApplication.translate("Outcome", "too expensive"),
        "will_think": QCoreApplication.translate("Outcome", "will think"),
        "no_suitable_time": QCoreApplication.translate("Outcome", "no suitable time"),
        "location": QCoreApplication.translate("Outcome", "too far"),
        "wants_specific_doctor": QCoreApplication.translate("Outcome", "wants a specific doctor"),
        "other": QCoreApplication.translate("Outcome", "other reason"),
    }
