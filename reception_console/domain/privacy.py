"""What may be said about a patient outside the call record itself, and how long the record keeps them."""

from __future__ import annotations

import calendar
import re
from datetime import datetime

DEFAULT_RETENTION_MONTHS = 24  # a clinic's calls keep the caller's data this long unless its card says otherwise
MIN_RETENTION_MONTHS = 2  # a month or more past a follow-up's 30-day window
MAX_RETENTION_MONTHS = 240
KEPT_DIGITS = 3

# A phone number in free text: E.164 (`+48228431200`, possibly with spaces, dashes or brackets between digit
# groups) or a bare run of nine or more digits. Dates, times and call ids do not look like this.
_NUMBER = re.compile(r"(?<![\w+])\+\d[\d ()\-]{5,}\d|(?<![\w.])\d{9,}(?![\w.])")


def mask_number(number: str | None) -> str:
    """A phone number reduced to its last three digits (`***200`): enough to tell calls apart in a log."""
    digits = re.sub(r"\D", "", number or "")
    if not digits:
        return "-"
    return "***" + digits[-KEPT_DIGITS:]


def mask_numbers(text: str) -> str:
    """Every phone number in a text masked to its last three digits."""
    return _NUMBER.sub(lambda found: mask_number(found.group(0)), text)


def add_months(year: int, month: int, months: int) -> tuple[int, int]:
    """(year, month) moved by `months` (negative goes back)."""
    index = year * 12 + (month - 1) + months
    return index // 12, index % 12 + 1


def months_before(at: datetime, months: int) -> datetime:
    """The same moment `months` calendar months earlier (the 31st falls back to the month's last day)."""
    year, month = add_months(at.year, at.month, -months)
    return at.replace(year=year, month=month, day=min(at.day, calendar.monthrange(year, month)[1]))
