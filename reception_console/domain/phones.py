"""Phone numbers and caller identities as the domain sees them: E.164 strings, withheld callers, names from outside.
Parsing numbers lives in services (phonenumbers)."""

from __future__ import annotations

import re

E164 = re.compile(r"^\+[1-9]\d{6,14}$")
# what phones and exchanges put where a withheld number would be (SIP "anonymous", Asterisk "<unknown>", …)
WITHHELD = frozenset(
    {"anonymous", "unknown", "<unknown>", "withheld", "private", "restricted", "unavailable", "anonymous.invalid"}
)
CALLER_NAME_MAX = 200  # the calls.caller_name column
CALLER_TEXT_MAX = 64  # the calls.caller and calls.line columns
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")


def is_e164(number: str) -> bool:
    return bool(E164.match(number))


def digits_only(text: str) -> str:
    return "".join(ch for ch in text if ch.isdigit())


def is_withheld(text: str) -> bool:
    """No number at all, or the word a phone system uses for a withheld one."""
    return not text.strip() or text.strip().lower() in WITHHELD


def shortened(text: str, limit: int) -> str:
    """`text` when it fits in `limit` characters; else cut to fit, with an ellipsis."""
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def outside_text(text: str | None, limit: int) -> str:
    """Text from a phone system, made storable: control characters and NUL bytes gone, blanks folded, at most
    `limit` characters."""
    if not text:
        return ""
    return shortened(" ".join(_CONTROL.sub(" ", text).split()), limit)


def caller_name(text: str | None) -> str | None:
    """The caller's name as the phone gives it → what is stored: cleaned, shortened to the column, and None
    when it is empty or only says that the caller is withheld."""
    name = outside_text(text, CALLER_NAME_MAX)
    return None if is_withheld(name) else name
