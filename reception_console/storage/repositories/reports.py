"""The supervisor's counts, aggregated in SQL: GROUP BY (group key, clinic) over one period.

Every query is plain SQLAlchemy Core; the only engine-specific SQL (time differences, epoch hours) lives in
`storage.sql_time`. A period arrives as `Window`s, one per clinic time zone, each with its own UTC boundaries
(computed in Python, DST-safe), so the `(clinic_id, rang_at)` index serves every range.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from datetime import datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import (
    BigInteger,
    ColumnElement,
    and_,
    bindparam,
    case,
    exists,
    false,
    func,
    null,
    or_,
    select,
    type_coerce,
)
from sqlalchemy.orm import Session, aliased, sessionmaker

from ...domain.kpis import FOLLOW_UP_REASONS, RECOVERY_WINDOW, Counts
from ...domain.periods import Window
from ...domain.reports import ClinicInfo, Grouping, GroupKey
from ...domain.trends import HourCounts
from ..errors import outage_safe
from ..models import CallRow, ClinicRow, TaskRow, VisitRow
from ..sql_time import epoch_hour, millis_between

Key = tuple[GroupKey, int | None]  # (group key, clinic id)
BUILT_KEPT = 8  # periods × groupings whose statements are kept


def in_windows(clinic: Any, at: Any, windows: Sequence[Window]) -> ColumnElement[bool]:
    """`clinic`'s calls (or visits) whose time `at` falls in the period as that clinic's zone cuts it."""
    parts = []
    for w in windows:
        ids = [i for i in w.clinic_ids if i is not None]
        who = []
        if ids:
            who.append(clinic.in_(ids))
        if None in w.clinic_ids:
            who.append(clinic.is_(None))
        parts.append(and_(or_(*who), at >= w.start, at < w.end))
    return or_(*parts) if parts else false()


def _key(call: Any, by: Grouping) -> ColumnElement[Any] | None:
    """The column a grouping groups by; None for the total (then only by clinic)."""
    if by is Grouping.CLINIC:
        return call.clinic_id
    if by is Grouping.RECEPTIONIST:
        return call.receptionist_id
    if by is Grouping.LINE:
        return call.line
    return None


def _keyed(key: ColumnElement[Any] | None, clinic: Any) -> tuple[list[Any], list[Any]]:
    """(columns to select, columns to group by): the key (NULL for the total) and the clinic."""
    return [null() if key is None else key, clinic], ([] if key is None else [key]) + [clinic]


def _recovered(c: Any, live: ColumnElement[bool]) -> ColumnElement[bool]:
    """A follow-up recovered: as kept when its number was cleared (storage.repositories.privacy), else live."""
    return or_(c.kept_recovered.is_(True), and_(c.kept_recovered.is_(None), c.caller.is_not(None), live))


def _count(condition: ColumnElement[bool]) -> ColumnElement[int]:
    return func.coalesce(func.sum(case((condition, 1), else_=0)), 0)


def _sum(condition: ColumnElement[bool], value: ColumnElement[Any]) -> ColumnElement[int]:
    return func.coalesce(func.sum(case((condition, value), else_=None)), 0)


@outage_safe
class SqlReportStore:
    def __init__(self, sessions: sessionmaker[Session]) -> None:
        self._sessions = sessions
        self._built: dict[tuple[Any, ...], tuple[Any, ...]] = {}
        bind = sessions.kw.get("bind")
        shared = bind is not None and bind.dialect.name != "sqlite"
        self._beside = ThreadPoolExecutor(1, thread_name_prefix="figures") if shared else None

    def clinics(self) -> list[ClinicInfo]:
        with self._sessions() as s:
            rows = s.scalars(select(ClinicRow).where(ClinicRow.archived_at.is_(None)).order_by(ClinicRow.name))
            return [
                ClinicInfo(r.id, r.key, r.name, r.timezone, r.currency, r.average_check, r.goal_conversion)
                for r in rows
            ]

    # --- figures ----------------------------------------------------------------------------------------

    def counts(
        self,
        windows: Sequence[Window],
        by: Grouping,
        *,
        service_level_ms: int,
        now: datetime,
    ) -> dict[Key, Counts]:
        """Counts per (group key, clinic) for DOMAIN.md's figures: four grouped queries. On a database server the
        inbound query (the largest) runs on a connection of its own beside the other three, as the server has the
        cores for both; an embedded file reads them one after another."""
        acc: dict[Key, dict[str, Any]] = defaultdict(dict)
        inbound, callback_bookings, callback_delays, visits = self._statements(windows, by, service_level_ms)
        names = [column.name for column in inbound.selected_columns][2:]  # after the key and the clinic
        cents = names.index("booked_value")
        rest = [(callback_bookings, {}), (callback_delays, {}), (visits, {"now": now})]
        if self._beside is not None:
            first = self._beside.submit(self._rows_of, [(inbound, {})])
            bookings, delays, visited = self._rows_of(rest)
            (inbound_rows,) = first.result()
        else:
            inbound_rows, bookings, delays, visited = self._rows_of([(inbound, {}), *rest])
        for key_value, clinic_id, *values in inbound_rows:
            values[cents] = Decimal(int(values[cents])) / 100
            acc[(key_value, clinic_id)].update(zip(names, values, strict=True))
        for key_value, clinic_id, booked in bookings:
            target = acc[(key_value, clinic_id)]
            target["callback_booked"] = booked
            target["booked"] = target.get("booked", 0) + booked
        for key_value, clinic_id, delay in delays:
            if delay is not None:
                acc[(key_value, clinic_id)].setdefault("callback_delays_ms", []).append(int(delay))
        for key_value, clinic_id, attended, no_show in visited:
            acc[(key_value, clinic_id)].update(attended=attended, no_show=no_show)
        result = {}
        for key, values in acc.items():
            values["callback_delays_ms"] = tuple(values.get("callback_delays_ms", ()))
            result[key] = Counts(**values)
        return result

    def _rows_of(self, statements: Sequence[tuple[Any, dict[str, Any]]]) -> list[Sequence[Any]]:
        """Each statement's rows, fetched at once (a month per receptionist is thousands), in one session."""
        with self._sessions() as session:
            connection = session.connection()
            return [connection.execute(statement, params).all() for statement, params in statements]

    def _statements(self, windows: Sequence[Window], by: Grouping, service_level_ms: int) -> tuple[Any, ...]:
        """The four statements of a period and grouping, built once: a dashboard asks the same ones again at each
        refresh, and a statement built anew is also hashed anew before its compiled form is found."""
        key = (tuple(windows), by, service_level_ms)
        if key not in self._built:
            if len(self._built) >= BUILT_KEPT:
                self._built.pop(next(iter(self._built)))
            self._built[key] = (
                self._inbound(windows, by, service_level_ms),
                self._callback_bookings(windows, by),
                self._callback_delays(windows, by),
                self._visits(windows, by),
            )
        return self._built[key]

    def _inbound(self, windows: Sequence[Window], by: Grouping, service_level_ms: int):  # type: ignore[no-untyped-def]
        c = CallRow
        answered = c.answered_at.is_not(None)
        missed = and_(c.answered_at.is_(None), or_(c.ended_at.is_not(None), c.saved_at.is_not(None)))
        saved = c.saved_at.is_not(None)
        wait = millis_between(c.rang_at, c.answered_at)
        booked = and_(answered, saved, c.outcome == "booked")
        pool = and_(answered, saved, c.outcome == "not_booked", c.reason.in_(FOLLOW_UP_REASONS))
        later = aliased(CallRow)
        recovered = exists().where(
            later.caller == c.caller,
            later.rang_at > c.rang_at,
            later.saved_at.is_not(None),
            later.outcome == "booked",
            millis_between(c.rang_at, later.rang_at) <= int(RECOVERY_WINDOW.total_seconds() * 1000),
        )
        columns, group = _keyed(_key(c, by), c.clinic_id)
        return (
            select(
                columns[0].label("key"),
                columns[1].label("clinic_id"),
                _count(or_(answered, missed)).label("offered"),
                _count(answered).label("answered"),
                _count(missed).label("missed"),
                _count(and_(answered, wait <= service_level_ms)).label("answered_within"),
                _sum(answered, wait).label("answer_ms"),
                _count(and_(answered, saved)).label("handled"),
                _sum(and_(answered, saved), millis_between(c.answered_at, c.saved_at)).label("handle_ms"),
                _count(booked).label("booked"),
                _count(and_(answered, saved, c.outcome == "not_booked")).label("not_booked"),
                _count(and_(answered, saved, c.outcome == "info_only")).label("info_only"),
                _count(and_(answered, saved, c.outcome == "non_target")).label("non_target"),
                _sum(and_(booked, c.expected_value.is_not(None)), type_coerce(c.expected_value, BigInteger)).label(
                    "booked_value"
                ),
                _count(and_(booked, c.expected_value.is_not(None))).label("valued_bookings"),
                _count(pool).label("follow_up_pool"),
                _count(and_(pool, _recovered(c, recovered))).label("follow_up_recovered"),
            )
            .where(c.direction == "inbound", in_windows(c.clinic_id, c.rang_at, windows))
            .group_by(*group)
        )

    def _callback_bookings(self, windows: Sequence[Window], by: Grouping):  # type: ignore[no-untyped-def]
        """Bookings made on outbound callbacks of missed calls (DOMAIN.md: they count in `booked`)."""
        c = CallRow
        columns, group = _keyed(_key(c, by), c.clinic_id)
        return (
            select(*columns, func.count())
            .join(TaskRow, and_(TaskRow.id == c.task_id, TaskRow.kind == "callback"))
            .where(
                c.direction == "outbound",
                c.saved_at.is_not(None),
                c.outcome == "booked",
                in_windows(c.clinic_id, c.rang_at, windows),
            )
            .group_by(*group)
        )

    def _callback_delays(self, windows: Sequence[Window], by: Grouping):  # type: ignore[no-untyped-def]
        """For each missed call with a number: the time to the first outbound call to that number."""
        c = CallRow
        out = aliased(CallRow)
        first_callback = (
            select(func.min(out.rang_at))
            .where(out.caller == c.caller, out.direction == "outbound", out.rang_at >= c.rang_at)
            .scalar_subquery()
        )
        columns, _ = _keyed(_key(c, by), c.clinic_id)
        # an anonymised call kept its delay (storage.repositories.privacy)
        delay = func.coalesce(c.kept_callback_ms, millis_between(c.rang_at, first_callback))
        return select(*columns, delay).where(
            c.direction == "inbound",
            c.answered_at.is_(None),
            or_(c.ended_at.is_not(None), c.saved_at.is_not(None)),
            or_(c.caller.is_not(None), c.kept_callback_ms.is_not(None)),
            in_windows(c.clinic_id, c.rang_at, windows),
        )

    def _visits(self, windows: Sequence[Window], by: Grouping):  # type: ignore[no-untyped-def]
        """Attended and no-show visits whose time is in the period and has passed, by the booking call's group."""
        v, c = VisitRow, CallRow
        columns, group = _keyed(_key(c, by), v.clinic_id)
        return (
            select(*columns, _count(v.status == "attended"), _count(v.status == "no_show"))
            .join(c, c.id == v.call_id)
            .where(v.visit_at < bindparam("now", type_=v.visit_at.type), in_windows(v.clinic_id, v.visit_at, windows))
            .group_by(*group)
        )

    # --- breakdowns -------------------------------------------------------------------------------------

    def reasons(self, windows: Sequence[Window]) -> dict[str, int]:
        """Why patients did not book: answered inbound not_booked calls by reason."""
        c = CallRow
        query = (
            select(c.reason, func.count())
            .where(
                c.direction == "inbound",
                c.saved_at.is_not(None),
                c.outcome == "not_booked",
                in_windows(c.clinic_id, c.rang_at, windows),
            )
            .group_by(c.reason)
        )
        with self._sessions() as s:
            return {reason or "other": n for reason, n in s.execute(query)}

    def hourly(self, windows: Sequence[Window]) -> list[HourCounts]:
        """Inbound calls per clinic and UTC hour, for the trend chart and the day-of-week × hour grid."""
        c = CallRow
        answered = c.answered_at.is_not(None)
        missed = and_(c.answered_at.is_(None), or_(c.ended_at.is_not(None), c.saved_at.is_not(None)))
        hour = epoch_hour(c.rang_at)
        saved = c.saved_at.is_not(None)
        query = (
            select(
                c.clinic_id,
                hour,
                _count(or_(answered, missed)),
                _count(answered),
                _count(missed),
                _count(and_(answered, saved, c.outcome == "booked")),
                _count(and_(answered, saved, c.outcome == "not_booked")),
            )
            .where(c.direction == "inbound", in_windows(c.clinic_id, c.rang_at, windows))
            .group_by(c.clinic_id, hour)
            .order_by(c.clinic_id, hour)  # the same figures, the same list: a hash aggregate has no order of its own
        )
        with self._sessions() as s:
            return [HourCounts(*row) for row in s.execute(query)]
