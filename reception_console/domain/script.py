"""Scripts: the greeting, objection prompts and ready phrases, with per-clinic overrides."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from .calls import NotBookedReason


class Objection(StrEnum):
    TOO_EXPENSIVE = "too_expensive"
    WILL_THINK = "will_think"
    LOCATION = "location"
    NO_SUITABLE_TIME = "no_suitable_time"
    WANTS_SPECIFIC_DOCTOR = "wants_specific_doctor"
    WANTS_DOCTOR_ON_PHONE = "wants_doctor_on_phone"
    OTHER = "other"

    @property
    def not_booked_reason(self) -> NotBookedReason | None:
        """The reason a call ends *not booked* with, after this objection's prompt did not win the patient."""
        return _REASONS.get(self)


_REASONS = {
    Objection.TOO_EXPENSIVE: NotBookedReason.TOO_EXPENSIVE,
    Objection.WILL_THINK: NotBookedReason.WILL_THINK,
    Objection.LOCATION: NotBookedReason.LOCATION,
    Objection.NO_SUITABLE_TIME: NotBookedReason.NO_SUITABLE_TIME,
    Objection.WANTS_SPECIFIC_DOCTOR: NotBookedReason.WANTS_SPECIFIC_DOCTOR,
    Objection.OTHER: NotBookedReason.OTHER,
}  # wanting the doctor on the phone is a wish, not a reason: nothing to suggest


@dataclass(frozen=True, slots=True)
class ObjectionPrompt:
    objection: Objection
    title: str
    text: str
    clinic_id: int | None = None  # None = global prompt for its language


@dataclass(frozen=True, slots=True)
class Phrase:
    title: str
    text: str
    clinic_id: int | None = None


@dataclass(frozen=True, slots=True)
class Script:
    """What the receptionist says on one clinic's calls: global prompts with the clinic's overrides."""

    prompts: tuple[ObjectionPrompt, ...]
    phrases: tuple[Phrase, ...]


def merge_prompts(
    global_prompts: Iterable[ObjectionPrompt], clinic_prompts: Iterable[ObjectionPrompt]
) -> tuple[ObjectionPrompt, ...]:
    """A clinic's prompt replaces the global one with the same objection; order follows `Objection`."""
    by_key = {p.objection: p for p in global_prompts}
    by_key.update({p.objection: p for p in clinic_prompts})
    order = list(Objection)
    return tuple(sorted(by_key.values(), key=lambda p: order.index(p.objection)))


# Greeting words by the card's language (the patient hears the clinic's language, whatever the UI's).
_TIME_OF_DAY: dict[str, list[tuple[int, str]]] = {
    # (first hour, words) — the last entry whose hour <= now applies
    "en": [(0, "Good evening"), (5, "Good morning"), (12, "Good afternoon"), (18, "Good evening")],
    "pl": [(0, "Dobry wieczór"), (5, "Dzień dobry"), (18, "Dobry wieczór")],
    "ru": [(0, "Доброй ночи"), (5, "Доброе утро"), (12, "Добрый день"), (18, "Добрый вечер")],
}

_PLACEHOLDER = re.compile(r"\{(\w+)\}")
PLACEHOLDERS = ("time_of_day", "clinic", "receptionist", "role")


def time_of_day(language: str, local_time: datetime) -> str:
    table = _TIME_OF_DAY.get(language, _TIME_OF_DAY["en"])
    words = table[0][1]
    for hour, text in table:
        if local_time.hour >= hour:
            words = text
    return words


def render_greeting(
    template: str, *, clinic: str, receptionist: str, role: str, language: str, local_time: datetime
) -> str:
    """Fill the clinic's greeting template. Unknown placeholders are left as written, never an error."""
    values = {
        "time_of_day": time_of_day(language, local_time),
        "clinic": clinic,
        "receptionist": receptionist,
        "role": role,
    }

    def fill(match: re.Match[str]) -> str:
        return values.get(match.group(1), match.group(0))

    text = _PLACEHOLDER.sub(fill, template).strip()
    text = re.sub(r"\s+,", ",", re.sub(r",\s*,", ",", text))  # an empty {role} leaves no ", ,"
    return text[:1].upper() + text[1:]


def unknown_placeholders(template: str) -> list[str]:
    return [name for name in _PLACEHOLDER.findall(template) if name not in PLACEHOLDERS]
