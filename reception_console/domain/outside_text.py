"""Text from outside (the phone, card files, CSV imports, what is typed) made fit to keep.

A NUL byte is never stored (PostgreSQL refuses it in text) and other control characters go too; text longer
than the database keeps for it is shortened with an ellipsis rather than refused: a caller's 300-character name
from the phone must never make a ring fail.
"""

from __future__ import annotations

import unicodedata

ELLIPSIS = "…"
NAME_LIMIT = 200  # a caller's, patient's or message recipient's name (the calls and tasks columns' length)
NUMBER_LIMIT = 64  # a phone number or SIP address as received
NOTE_LIMIT = 20_000  # notes and free text: a long note fits, a pasted book does not


def clean(text: str, *, multi_line: bool = False) -> str:
    """Without NUL bytes and control characters; a one-line text gets spaces for line breaks and tabs."""
    if text.isprintable():
        return text
    out = []
    for ch in text:
        if ch in "\n\r\t":
            out.append(ch if multi_line else " ")
        elif unicodedata.category(ch) != "Cc":
            out.append(ch)
    return "".join(out)


def fit(text: str, limit: int, *, multi_line: bool = False) -> str:
    """Cleaned (see `clean`) and at most `limit` characters, the last of them an ellipsis when it was cut."""
    text = clean(text, multi_line=multi_line)
    if len(text) <= limit:
        return text
    return text[: limit - 1].rstrip() + ELLIPSIS


def fit_optional(text: str | None, limit: int) -> str | None:
    """`fit` for a value that may be absent; blank stays absent."""
    if text is None:
        return None
    return fit(text.strip(), limit) or None
