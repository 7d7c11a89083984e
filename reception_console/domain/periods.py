"""Report periods: whole days in a clinic's own time zone, turned into UTC boundaries (DST-safe).

A period is a range of local dates, first and last included. Each clinic cuts it at its own midnights, so
"November" in Warsaw starts at 23:00 UTC on 31 October and in Moscow at 21:00 UTC. A day across a DST change
is 23 or 25 hours long; the boundaries are computed by `zoneinfo`, never by adding 24 hours.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from enum import StrEnum
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError


class Preset(StrEnum):
    TODAY = "today"
    WEEK = "week"  # this week, Monday to today
    MONTH = "month"  # this month, the 1st to today
    LAST_MONTH = "last_month"
    CUSTOM = "custom"


@dataclass(frozen=True, slots=True)
class Period:
    first: date
    last: date  # included

    def __post_init__(self) -> None:
        if self.last < self.first:
            raise ValueError(f"the period ends ({self.last}) before it starts ({self.first})")

    @property
    def days(self) -> int:
        return (self.last - self.first).days + 1

    def dates(self) -> list[date]:
        return [self.first + timedelta(days=n) for n in range(self.days)]

    @classmethod
    def month_of(cls, day: date) -> Period:
        first = day.replace(day=1)
        following = (first + timedelta(days=32)).replace(day=1)
        return cls(first, following - timedelta(days=1))

    @classmethod
    def preset(cls, preset: Preset, today: date) -> Period:
        if preset is Preset.TODAY:
            return cls(today, today)
        if preset is Preset.WEEK:
            return cls(today - timedelta(days=today.weekday()), today)
        if preset is Preset.MONTH:
            return cls(today.replace(day=1), today)
        if preset is Preset.LAST_MONTH:
            return cls.month_of(today.replace(day=1) - timedelta(days=1))
        raise ValueError("a custom period needs its dates")


def zone(name: str | None) -> tzinfo:
    """The clinic's time zone; an unknown or empty name falls back to UTC rather than failing a report."""
    try:
        return ZoneInfo(name) if name else UTC
    except (ZoneInfoNotFoundError, ValueError):
        return UTC


def local_midnight(day: date, tz: tzinfo) -> datetime:
    """The first instant of `day` in `tz`, in UTC. (Where a DST gap swallows midnight, zoneinfo's fold=0
    rule places the nonexistent 00:00 at the offset before the gap, i.e. at the gap's start.)"""
    return datetime.combine(day, time(0), tzinfo=tz).astimezone(UTC)


def utc_bounds(period: Period, tz: tzinfo) -> tuple[datetime, datetime]:
    """[start, end) in UTC of the period's local days."""
    return local_midnight(period.first, tz), local_midnight(period.last + timedelta(days=1), tz)


@dataclass(frozen=True, slots=True)
class Window:
    """The clinics sharing one time zone and the UTC range that the period is for them."""

    clinic_ids: tuple[int | None, ...]  # None: calls on a line that belongs to no clinic
    start: datetime
    end: datetime


def windows(period: Period, clinic_zones: Mapping[int | None, str | None]) -> list[Window]:
    """One window per distinct time zone among the clinics (a handful even for hundreds of clinics)."""
    by_zone: dict[str, list[int | None]] = {}
    for clinic_id, name in clinic_zones.items():
        by_zone.setdefault(str(zone(name)), []).append(clinic_id)
    result = []
    for name, ids in sorted(by_zone.items()):
        start, end = utc_bounds(period, zone(name))
        result.append(Window(tuple(sorted(ids, key=lambda i: (i is None, i or 0))), start, end))
    return result


def week_start(day: date) -> date:
    return day - timedelta(days=day.weekday())
