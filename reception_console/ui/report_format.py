"""How the supervisor's figures read on screen: percentages, seconds, counts, money; "—" for no figure."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from fractions import Fraction

from PySide6.QtCore import QCoreApplication, QLocale

from . import formatting as fmt

NONE = "—"
GOOD = "good"  # light/dark pairs (ui/theme.py)
BAD = "bad"
Number = int | Decimal | Fraction | float | None


def percent(value: Number, places: int = 1) -> str:
    if value is None:
        return NONE
    return QLocale().toString(float(value) * 100, "f", places) + " %"


def count(value: Number) -> str:
    if value is None:
        return NONE
    return QLocale().toString(int(value))


def number(value: Number, places: int = 1) -> str:
    if value is None:
        return NONE
    v = float(value)
    return QLocale().toString(int(v)) if v == int(v) else QLocale().toString(v, "f", places)


def seconds(value: Number) -> str:
    if value is None:
        return NONE
    s = float(value)
    if s < 60:
        return QCoreApplication.translate("ReportFormat", "%1 s").replace("%1", QLocale().toString(s, "f", 1))
    whole = round(s)
    if whole < 3600:
        return f"{whole // 60}:{whole % 60:02d}"
    hours_minutes = QCoreApplication.translate("ReportFormat", "%1 h %2 min")
    return hours_minutes.replace("%1", str(whole // 3600)).replace("%2", f"{whole % 3600 // 60:02d}")


def money(value: Decimal | None, currency: str) -> str:
    if value is None:
        return NONE
    if not currency:
        return number(value, 2)
    return fmt.money(value.quantize(Decimal(1)) if abs(value) >= 1000 else value, currency)


def when(value: datetime | None) -> str:
    return fmt.date_time(value) if value else ""


def day(value: date | None) -> str:
    if value is None:
        return ""
    return fmt.day(value)
