"""Phone numbers typed or received in any common form, normalised to E.164 with `phonenumbers`."""

from __future__ import annotations

import functools

import phonenumbers


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
