"""Phone numbers as the domain sees them: E.164 strings. Parsing lives in services (phonenumbers)."""

from __future__ import annotations

import re

E164 = re.compile(r"^\+[1-9]\d{6,14}$")


def is_e164(number: str) -> bool:
    return bool(E164.match(number))


def digits_only(text: str) -> str:
    return "".join(ch for ch in text if ch.isdigit())
