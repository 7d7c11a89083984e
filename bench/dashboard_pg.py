"""A month's figures per receptionist out of 1.1 million calls on PostgreSQL over loopback: the dashboard's whole
path (`ReportService.figures`) against the same four aggregates in hand-written SQL on the bare psycopg driver.
The calls are bench/dashboard.py's generated SQLite file, copied into PostgreSQL."""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import datetime

from . import dashboard
from .report import Row, Section
from .to_postgres import copy_database

MS_PG = "CAST(ROUND(EXTRACT(EPOCH FROM ({b} - {a})) * 1000) AS BIGINT)"  # as storage/sql_time.py spells it
TARGET_MS = 300
RATIO_TARGET = 1.2


def _where(windows, clinic: str, at: str) -> tuple[str, list[object]]:  # type: ignore[no-untyped-def]
    parts, params = [], []
    for w in windows:
        ids = [i for i in w.clinic_ids if i is not None]
        who = [f"{clinic} IN ({','.join(['%s'] * len(ids))})"] if ids else []
        if None in w.clinic_ids:
            who.append(f"{clinic} IS NULL")
        parts.append(f"(({' OR '.join(who)}) AND {at} >= %s AND {at} < %s)")
        params += [*ids, w.start, w.end]
    return " OR ".join(parts), params


def floor(cursor, windows, now: datetime) -> int:  # type: ignore[no-untyped-def]
    inbound, callback_booked, delays, visits = (q.replace("?", "%s") for q in dashboard.floor_queries(MS_PG))
    calls_where, params = _where(windows, "c.clinic_id", "c.rang_at")
    visits_where, visit_params = _where(windows, "v.clinic_id", "v.visit_at")
    rows = cursor.execute(inbound.format(where=calls_where), params).fetchall()
    rows += cursor.execute(callback_booked.format(where=calls_where), params).fetchall()
    rows += cursor.execute(delays.format(where=calls_where), params).fetchall()
    rows += cursor.execute(visits.format(where=visits_where), [now, *visit_params]).fetchall()
    return len(rows)


def run(server, runs: int = 9, log: Callable[[str], None] = print) -> Section:  # type: ignore[no-untyped-def]
    import psycopg

    from reception_console.domain.periods import Period
    from reception_console.domain.permissions import CommandLine
    from reception_console.domain.reports import Grouping, ReportQuery
    from reception_console.services.reports import ReportService
    from reception_console.storage.database import open_database
    from reception_console.storage.repositories import SqlCardStore, SqlPeopleStore
    from reception_console.storage.repositories.goals import SqlGoalStore
    from reception_console.storage.repositories.reports import SqlReportStore

    data = dashboard.ensure_data(log=log)
    url = server.create_database("dashboard")
    log(f"  copying {data.counts['calls']:,} calls into PostgreSQL …")
    copied = copy_database(data.path, url, log)
    db = open_database(url)
    service = ReportService(
        SqlReportStore(db.sessions), SqlGoalStore(db.sessions),
        SqlPeopleStore(db.connections), SqlCardStore(db.connections),
        clock=lambda: dashboard.END, who=CommandLine,  # a supervisor's figures, run as IT would
    )  # fmt: skip
    query = ReportQuery(Period(*dashboard.MONTH), by=Grouping.RECEPTIONIST)
    windows = service._windows(query, {c.id: c for c in service.clinics()})
    ours: list[float] = []
    hand: list[float] = []
    with psycopg.connect(host="127.0.0.1", port=server.tcp_port, user="postgres", dbname="dashboard") as conn:
        cursor = conn.cursor()
        rows = service.figures(query)  # warm the buffers and the statement caches once
        floor(cursor, windows, dashboard.END)
        for _ in range(runs):
            started = time.perf_counter()
            rows = service.figures(query)
            ours.append((time.perf_counter() - started) * 1000)
            started = time.perf_counter()
            floor(cursor, windows, dashboard.END)
            hand.append((time.perf_counter() - started) * 1000)
    db.dispose()
    month_calls = sum(r.figures.offered for r in rows)
    section = Section(
        f"(i) shared database: a month ({month_calls:,} calls) per receptionist, of {data.counts['calls']:,}"
    )
    section.rows.append(Row.of("ReportService.figures on PostgreSQL", ours, TARGET_MS, judged_on="p50"))
    section.rows.append(Row.of("hand-written SQL on bare psycopg (the floor)", hand, indent=1))
    ratio = sorted(ours)[len(ours) // 2] / max(sorted(hand)[len(hand) // 2], 1e-9)
    section.rows.append(
        Row("ratio to the floor (p50 / p50)", len(ours), ratio, None, RATIO_TARGET, "p50", unit="x", indent=1)
    )
    section.notes.append(f"dashboard on PostgreSQL: {data.counts['calls']:,} calls copied in {copied:.0f} s")
    section.notes.append(
        "ReportService runs the inbound aggregate on a second connection beside the other three; the floor runs "
        "its four one after another on one connection"
    )
    return section
