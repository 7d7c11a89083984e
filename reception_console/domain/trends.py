"""Calls by local day, week and hour of the week: the trend chart and the staffing grid.

Storage counts inbound calls per clinic and UTC hour (hours since the epoch); here each hour is placed in the
clinic's own calendar, so a Warsaw clinic's 08:00 is 08:00 in winter and in summer.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime, tzinfo
from enum import StrEnum
from fractions import Fraction

from .kpis import ratio
from .periods import Period, week_start


@dataclass(frozen=True, slots=True)
class HourCounts:
    clinic_id: int | None
    utc_hour: int  # whole hours since 1970-01-01 00:00 UTC
    offered: int
    answered: int
    missed: int
    booked: int
    not_booked: int


class Step(StrEnum):
    DAY = "day"
    WEEK = "week"


@dataclass(frozen=True, slots=True)
class TrendPoint:
    start: date  # the day, or the Monday of the week
    offered: int = 0
    answered: int = 0
    missed: int = 0
    booked: int = 0
    not_booked: int = 0

    @property
    def answer_rate(self) -> Fraction | None:
        return ratio(self.answered, self.offered)

    @property
    def booking_conversion(self) -> Fraction | None:
        return ratio(self.booked, self.booked + self.not_booked)


def _local(hour: int, tz: tzinfo) -> datetime:
    return datetime.fromtimestamp(hour * 3600, UTC).astimezone(tz)


def trend(
    hours: Iterable[HourCounts], zones: Mapping[int | None, tzinfo], period: Period, step: Step
) -> list[TrendPoint]:
    """One point per local day (or week) of the period, empty ones included so the axis has no gaps."""
    starts = sorted({d if step is Step.DAY else week_start(d) for d in period.dates()})
    sums: dict[date, list[int]] = {d: [0, 0, 0, 0, 0] for d in starts}
    for h in hours:
        local = _local(h.utc_hour, zones.get(h.clinic_id, UTC)).date()
        key = local if step is Step.DAY else week_start(local)
        if key in sums:
            row = sums[key]
            row[0] += h.offered
            row[1] += h.answered
            row[2] += h.missed
            row[3] += h.booked
            row[4] += h.not_booked
    return [TrendPoint(d, *sums[d]) for d in starts]


@dataclass(frozen=True, slots=True)
class WeekGrid:
    """Offered and missed calls by local day of the week (0 = Monday) and hour (0–23)."""

    offered: tuple[tuple[int, ...], ...]  # [weekday][hour]
    missed: tuple[tuple[int, ...], ...]

    def missed_share(self, weekday: int, hour: int) -> Fraction | None:
        return ratio(self.missed[weekday][hour], self.offered[weekday][hour])


def week_grid(hours: Iterable[HourCounts], zones: Mapping[int | None, tzinfo]) -> WeekGrid:
    offered = [[0] * 24 for _ in range(7)]
    missed = [[0] * 24 for _ in range(7)]
    for h in hours:
        local = _local(h.utc_hour, zones.get(h.clinic_id, UTC))
        offered[local.weekday()][local.hour] += h.offered
        missed[local.weekday()][local.hour] += h.missed
    return WeekGrid(tuple(map(tuple, offered)), tuple(map(tuple, missed)))
