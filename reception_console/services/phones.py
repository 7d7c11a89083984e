"""Phone numbers typed or received in any common form, normalised to E.164 with `phonenumbers`."""

from __future__ import annotations

import functools
from dataclasses import dataclass

import phonenumbers

from ..domain.phones import CALLER_TEXT_MAX, is_withheld, outside_text


class InvalidNumberError(ValueError):
    """A number that cannot be dialled: `code` says why (the UI words it), `text` is what was given."""

    def __init__(self, code: str, text: str, message: str) -> None:
        super().__init__(message)
        self.code = code  # "empty", "not_a_number", "wrong_length", "no_number"
        self.text = text


def normalize(text: str, region: str = "PL") -> str:
    """`022 123 45 67`, `+48 22 123-45-67`, `0048221234567` → `+48221234567` (default region for local forms).

    Raises InvalidNumberError with a code for the UI to word (and an English message for logs).
    """
    raw = text.strip()
    if not raw:
        raise InvalidNumberError("empty", raw, "Enter a phone number.")
    if raw.startswith("00"):
        raw = "+" + raw[2:]
    try:
        parsed = phonenumbers.parse(raw, region)
    except phonenumbers.NumberParseException as exc:
        raise InvalidNumberError("not_a_number", text.strip(), f"“{text.strip()}” is not a phone number.") from exc
    if not phonenumbers.is_valid_number(parsed) and not raw.startswith("+"):
        # an old habit: a trunk 0 before a number of a country that no longer dials one ("022 843 12 00")
        digits = "".join(ch for ch in raw if ch.isdigit())
        if digits.startswith("0"):
            try:
                retry = phonenumbers.parse(digits[1:], region)
            except phonenumbers.NumberParseException:
                retry = None
            if retry is not None and phonenumbers.is_valid_number(retry):
                parsed = retry
    if not phonenumbers.is_possible_number(parsed):
        raise InvalidNumberError("wrong_length", text.strip(), f"“{text.strip()}” has too few or too many digits.")
    return phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.E164)


def try_normalize(text: str | None, region: str = "PL") -> str | None:
    """Normalise when possible; anything else (withheld, SIP names) comes back as given, stripped."""
    if text is None or not text.strip():
        return None
    try:
        return normalize(text, region)
    except InvalidNumberError:
        return text.strip()


@dataclass(frozen=True, slots=True)
class CallerNumber:
    """A caller's number from any source (phone, command line, typed, imported), read one way everywhere."""

    number: str | None  # E.164; None when withheld or unusable
    unusable: str = ""  # the text as given, when it was there but is no phone number (`garbage!!`)

    @property
    def withheld(self) -> bool:
        return self.number is None and not self.unusable


def read_caller(text: str | None, region: str = "PL") -> CallerNumber:
    """`600 111 222`, `0048600111222`, `+48 600-111-222` → the number in E.164 (national forms in `region`);
    empty, `anonymous`, `<unknown>` … → withheld; anything else → unusable, with the text kept (cleaned,
    shortened) for a person to read."""
    raw = outside_text(text, 200)
    if is_withheld(raw):
        return CallerNumber(None)
    try:
        return CallerNumber(normalize(raw, region))
    except InvalidNumberError:
        return CallerNumber(None, outside_text(raw, CALLER_TEXT_MAX))


def require_caller(text: str, region: str = "PL") -> str | None:
    """A caller's number typed by a person: the number, None when withheld; InvalidNumberError (saying why) when
    it is no phone number, for the person to correct."""
    found = read_caller(text, region)
    if found.unusable:
        normalize(found.unusable, region)  # raises, with the reason
        raise InvalidNumberError("not_a_number", found.unusable, f"“{found.unusable}” is not a phone number.")
    return found.number


@functools.lru_cache(maxsize=4096)  # lists and headers repaint the same numbers again and again
def display(number: str | None) -> str:
    """+48221234567 → +48 22 123 45 67 (international format) for people to read."""
    if not number:
        return ""
    try:
        parsed = phonenumbers.parse(number, None)
    except phonenumbers.NumberParseException:
        return number
    return phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.INTERNATIONAL)


def can_take_sms(number: str) -> bool:
    """Whether a number can be a mobile: a fixed line (by its numbering plan) cannot take an SMS."""
    try:
        parsed = phonenumbers.parse(number, None)
    except phonenumbers.NumberParseException:
        return False
    kind = phonenumbers.number_type(parsed)
    return kind not in (phonenumbers.PhoneNumberType.FIXED_LINE, phonenumbers.PhoneNumberType.TOLL_FREE)
