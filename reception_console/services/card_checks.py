"""The card rules of the domain, plus what needs a phone-number library: a line must be a number that can exist."""

from __future__ import annotations

from ..domain.card_records import EditableCard
from ..domain.card_rules import FieldError, validate_card, validate_script
from ..domain.messages import Channel, Medium
from ..domain.phones import is_e164
from ..domain.script import ObjectionPrompt, Phrase
from .phones import InvalidNumberError, can_take_sms, normalize


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
    card = editable.card
    recipients = [("owner.phone", card.owner.phone, card.owner.channel)]
    recipients += [(f"specialists[{i}].mobile", s.mobile, s.channel) for i, s in enumerate(card.specialists)]
    for path, number, channel in recipients:
        errors.extend(_mobile_problem(path, number, channel) if number and path not in flagged else [])
    return errors


def _mobile_problem(path: str, number: str, channel: Channel) -> list[FieldError]:
    if not possible_number(number):
        return [FieldError(path, "not_e164", f"{number!r} is not a phone number that can exist", number)]
    if Medium.SMS in channel.media and not can_take_sms(number):
        return [FieldError(path, "not_mobile", f"{number} is a fixed line: it cannot take an SMS", number)]
    return []


def check_script(language: str, prompts: tuple[ObjectionPrompt, ...], phrases: tuple[Phrase, ...]) -> list[FieldError]:
    return validate_script(language, prompts, phrases)
