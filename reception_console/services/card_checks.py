"""The card rules of the domain, plus what needs a phone-number library: a line must be a number that can exist."""

from __future__ import annotations

from ..domain.card_records import EditableCard
from ..domain.card_rules import FieldError, validate_card, validate_script
from ..domain.phones import is_e164
from ..domain.script import ObjectionPrompt, Phrase
from .phones import InvalidNumberError, normalize


def possible_number(number: str) -> bool:
    """An E.164 number with a country code and a length that can exist (fictional ranges pass)."""
    try:
        return is_e164(number) and normalize(number) == number
    except InvalidNumberError:
        return False


def check_card(editable: EditableCard) -> list[FieldError]:
    errors = validate_card(editable)
    flagged = {e.path for e in errors}
    for i, line in enumerate(editable.card.phone_lines):
        path = f"phone_lines[{i}].number"
        if path not in flagged and not possible_number(line.number):
            errors.append(
                FieldError(path, "not_e164", f"{line.number!r} is not a phone number that can exist", line.number)
            )
    return errors


def check_script(language: str, prompts: tuple[ObjectionPrompt, ...], phrases: tuple[Phrase, ...]) -> list[FieldError]:
    return validate_script(language, prompts, phrases)
