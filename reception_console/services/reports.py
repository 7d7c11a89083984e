"""The supervisor's figures: any period, per clinic / receptionist / line or in total, and the dashboard.

Counting happens in SQL (the ReportStore); this service cuts the period in each clinic's time zone, turns
counts into DOMAIN.md's figures and names the groups. It is called off the UI thread by the dashboard.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime, tzinfo
from decimal import Decimal

from ..domain.calls import utcnow
from ..domain.kpis import ClinicGoals, Counts, Figures, combined
from ..domain.people import Person, Role
from ..domain.periods import Period, Window, windows, zone
from ..domain.permissions import Actor, Permission
from ..domain.reports import (
    ClinicInfo,
    Grouping,
    GroupKey,
    MonthlyTarget,
    ReportQuery,
    ReportRow,
    TargetProgress,
    month_key,
    validate_goals,
    validate_target,
)
from ..domain.trends import HourCounts, Step, TrendPoint, WeekGrid, trend, week_grid
from .permissions import require
from .ports import CardStore, PeopleStore
from .report_ports import GoalStore, ReportStore


@dataclass(frozen=True)
class Dashboard:
    """Everything the dashboard shows for one query, computed in one go off the UI thread."""

    query: ReportQuery
    total: Figures
    clinic: ClinicInfo | None  # the one clinic selected, for the loss-point calculator
    currency: str  # "" when the clinics selected use different currencies
    receptionists: list[ReportRow]
    reasons: dict[str, int]
    hours: list[HourCounts]
    zones: dict[int | None, tzinfo]
    targets: list[TargetProgress]
    month: str
    computed_at: datetime
    seconds: float = 0.0  # how long computing it took

    def trend(self, step: Step) -> list[TrendPoint]:
        return trend(self.hours, self.zones, self.query.period, step)

    def grid(self) -> WeekGrid:
        return week_grid(self.hours, self.zones)


class ReportService:
    def __init__(
        self,
        reports: ReportStore,
        goals: GoalStore,
        people: PeopleStore,
        cards: CardStore,
        clock: Callable[[], datetime] = utcnow,
        who: Callable[[], Actor | None] = lambda: None,
    ) -> None:
        """`who` tells who is signed in: the figures, goals and targets are for supervisors and admins."""
        self._who = who
        self._reports = reports
        self._goals = goals
        self._people = people
        self._cards = cards
        self._clock = clock

    def now(self) -> datetime:
        return self._clock()

    def clinics(self) -> list[ClinicInfo]:
        return self._reports.clinics()

    def today(self, clinic_ids: Sequence[int] = ()) -> date:
        """Today in the selected clinic's zone (the first one's, for several), else in UTC."""
        clinics = {c.id: c for c in self.clinics()}
        first = next((clinics[i] for i in clinic_ids if i in clinics), None)
        return self._clock().astimezone(zone(first.timezone if first else None)).date()

    # --- figures ----------------------------------------------------------------------------------------

    def _windows(self, query: ReportQuery, clinics: dict[int, ClinicInfo]) -> list[Window]:
        chosen: dict[int | None, str | None] = {
            i: c.timezone for i, c in clinics.items() if not query.clinic_ids or i in query.clinic_ids
        }
        if not query.clinic_ids:
            chosen[None] = None  # calls on lines of no clinic, cut in UTC
        return windows(query.period, chosen)

    def _rows(
        self, counts: dict[tuple[GroupKey, int | None], Counts], query: ReportQuery, clinics: dict[int, ClinicInfo]
    ) -> dict[GroupKey, Figures]:
        parts: dict[GroupKey, dict[int | None, Counts]] = defaultdict(dict)
        for (key, clinic_id), c in counts.items():
            parts[key][clinic_id] = c
        goals: dict[int | None, ClinicGoals] = {
            i: ClinicGoals(c.goal, c.average_check, c.currency) for i, c in clinics.items()
        }
        return {key: combined(p, goals, callback_hours=query.callback_hours) for key, p in parts.items()}

    def figures(self, query: ReportQuery) -> list[ReportRow]:
        """One row per group (one row for the total), sorted by label; groups without calls are left out."""
        require(self._who(), Permission.SUPERVISE)
        clinics = {c.id: c for c in self.clinics()}
        counts = self._reports.counts(
            self._windows(query, clinics),
            query.by,
            service_level_ms=query.service_level_seconds * 1000,
            now=self._clock(),
        )
        rows = self._rows(counts, query, clinics)
        if query.by is Grouping.TOTAL:
            return [ReportRow(None, "", rows.get(None) or combined({}, {}, callback_hours=query.callback_hours))]
        names = self._labels(query.by, clinics)
        result = [ReportRow(key, names.get(key, ""), f) for key, f in rows.items()]
        return sorted(result, key=lambda r: (r.key is None, r.label.casefold(), str(r.key)))

    def _labels(self, by: Grouping, clinics: dict[int, ClinicInfo]) -> dict[GroupKey, str]:
        if by is Grouping.CLINIC:
            return {i: c.name for i, c in clinics.items()}
        if by is Grouping.RECEPTIONIST:
            return {p.id: p.display_name for p in self._people.people(active_only=False)}
        if by is Grouping.LINE:
            return {line.number: line.number for line in self._cards.lines()}
        return {}

    # --- the dashboard ----------------------------------------------------------------------------------

    def dashboard(self, query: ReportQuery) -> Dashboard:
        import time

        started = time.perf_counter()
        clinics = {c.id: c for c in self.clinics()}
        chosen = [clinics[i] for i in query.clinic_ids if i in clinics] or list(clinics.values())
        currencies = {c.currency for c in chosen}
        total = self.figures(query)[0].figures
        by_person = self.figures(replace(query, by=Grouping.RECEPTIONIST))
        win = self._windows(query, clinics)
        month = month_key(query.period.last)
        return Dashboard(
            query=query,
            total=total,
            clinic=chosen[0] if len(chosen) == 1 else None,
            currency=currencies.pop() if len(currencies) == 1 else "",
            receptionists=by_person,
            reasons=self._reports.reasons(win),
            hours=self._reports.hourly(win),
            zones={i: zone(c.timezone) for i, c in clinics.items()} | {None: zone(None)},
            targets=self.targets(month, query),
            month=month,
            computed_at=self._clock(),
            seconds=time.perf_counter() - started,
        )

    # --- goals and targets ------------------------------------------------------------------------------

    def set_goals(self, clinic_id: int, goal_conversion: Decimal, average_check: Decimal | None, by: Person) -> None:
        require(by, Permission.SUPERVISE)
        validate_goals(goal_conversion, average_check)
        self._goals.set_clinic_goals(clinic_id, goal_conversion, average_check, by.id, self._clock())

    def receptionists(self) -> list[Person]:
        require(self._who(), Permission.SUPERVISE)
        return [p for p in self._people.people() if p.role is Role.RECEPTIONIST]

    def targets(self, month: str, query: ReportQuery | None = None) -> list[TargetProgress]:
        """Each receptionist's target for the month beside the bookings made in it so far."""
        year, number = (int(x) for x in month.split("-"))
        period = Period.month_of(date(year, number, 1))
        clinic_ids = query.clinic_ids if query else ()
        done = {r.key: r.figures for r in self.figures(ReportQuery(period, clinic_ids, Grouping.RECEPTIONIST))}
        targets = {t.person_id: t for t in self._goals.targets(month)}
        result = []
        for person in self.receptionists():
            f = done.get(person.id)
            result.append(
                TargetProgress(
                    person.id,
                    person.display_name,
                    targets.get(person.id),
                    f.booked if f else 0,
                    f.booking_conversion if f else None,
                )
            )
        return result

    def set_target(self, target: MonthlyTarget, by: Person) -> None:
        require(by, Permission.SUPERVISE)
        validate_target(target.bookings, target.conversion)
        self._goals.set_target(target, by.id, self._clock())
