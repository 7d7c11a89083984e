"""Figures from a real database, SQLite and PostgreSQL: the worked example end to end, time zones, DST,
boundaries, callbacks."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from zoneinfo import ZoneInfo

import pytest

from reception_console.cli import main
from reception_console.domain.calls import CallEvent, EventKind, EventSource, NotBookedReason, Outcome, OutcomeForm
from reception_console.domain.periods import Period
from reception_console.domain.reports import Grouping, ReportQuery
from reception_console.domain.tasks import TaskKind
from reception_console.domain.trends import Step
from reception_console.services.call_import import CallImportService
from reception_console.storage.database import Database
from reception_console.storage.repositories import SqlCardStore, SqlPeopleStore
from reception_console.storage.repositories.call_history import SqlCallHistoryStore
from tests.builders import services_for
from tests.conftest import PL_LINE, RU_LINE, Clock

WARSAW = ZoneInfo("Europe/Warsaw")
PL = "med-centrum-mokotow"


def supervising(db: Database, clock: Clock):  # type: ignore[no-untyped-def]
    """The figures as anna (a supervisor) sees them: they are for supervisors only."""
    services = services_for(db, clock)
    services.auth.sign_in("anna", "demo")
    return services.reports


def importer(db: Database) -> CallImportService:
    return CallImportService(
        SqlCardStore(db.connections), SqlPeopleStore(db.connections), SqlCallHistoryStore(db.sessions)
    )


def row(n: int, rang: datetime, outcome: str, *, line: str = PL_LINE, wait: float = 5, **extra: str) -> dict[str, str]:
    rang = rang.astimezone(UTC)  # wall-clock arithmetic on local times would go wrong across DST
    r = {"id": f"c{n}", "line": line, "caller": f"+48600{n:06d}", "rang_at": rang.isoformat(), "outcome": outcome}
    if outcome != "missed":
        r["answered_at"] = (rang + timedelta(seconds=wait)).isoformat()
        r["saved_at"] = (rang + timedelta(seconds=wait + 120)).isoformat()
    else:
        r["ended_at"] = (rang + timedelta(seconds=30)).isoformat()
    r.update(extra)
    return r


def worked_example_rows() -> list[dict[str, str]]:
    """DOMAIN.md's month: 3000 missed, 300 non-target, 300 info-only, 1200 booked, 1200 not booked."""
    start = datetime(2026, 11, 2, 8, 0, tzinfo=WARSAW)
    kinds = (
        [("missed", "")] * 3000
        + [("non_target", "")] * 300
        + [("info_only", "")] * 300
        + [("booked", "")] * 1200
        + [("not_booked", "too_expensive")] * 264
        + [("not_booked", "will_think")] * 132
        + [("not_booked", "no_suitable_time")] * 400
        + [("not_booked", "other")] * 404
    )
    rows = []
    for n, (outcome, reason) in enumerate(kinds):
        extra = {"reason": reason} if reason else {}
        rows.append(row(n, start + timedelta(minutes=6 * n), outcome, **extra))
    return rows


@pytest.mark.slow
def test_the_worked_example_end_to_end(demo_db: Database, clock: Clock, capsys, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    result = importer(demo_db).import_rows(worked_example_rows())
    assert (result.read, result.added, result.skipped) == (6000, 6000, 0)
    services = services_for(demo_db, clock)
    reports = services.reports
    assert reports is not None
    clinic = next(c for c in reports.clinics() if c.key == PL)
    reports.set_goals(clinic.id, Decimal("0.90"), Decimal(3500), services.auth.sign_in("anna", "demo"))
    (total,) = reports.figures(ReportQuery(Period(date(2026, 11, 1), date(2026, 11, 30)), (clinic.id,)))
    f = total.figures
    assert (f.offered, f.missed, f.answered, f.target_answered) == (6000, 3000, 3000, 2400)
    assert f.answer_rate == Decimal("0.5") and f.booking_conversion == Decimal("0.5")
    assert f.target_share == Decimal("0.8") and f.estimated_target_calls == 4800
    assert f.line_conversion == Decimal("0.25") and f.lost_bookings == 3120
    assert f.lost_revenue == Decimal("10920000.00") and f.follow_up_pool == 396

    url = demo_db.url
    monkeypatch.setenv("RECEPTION_CONSOLE_PASSWORD", "demo")
    assert (
        main(
            [
                "--db",
                url,
                "--user",
                "anna",
                "report",
                "figures",
                "--from",
                "2026-11-01",
                "--to",
                "2026-11-30",
                "--clinic",
                PL,
            ]
        )
        == 0
    )
    printed = json.loads(capsys.readouterr().out)
    (figures,) = printed["rows"]
    assert figures["lost_revenue"] == 10920000 and figures["line_conversion"] == 0.25
    assert figures["estimated_target_calls"] == 4800 and figures["follow_up_pool"] == 396


def test_no_calls_gives_a_total_row_without_ratios(demo_db: Database, clock: Clock) -> None:
    reports = supervising(demo_db, clock)
    assert reports is not None
    (total,) = reports.figures(ReportQuery(Period(date(2026, 11, 1), date(2026, 11, 30))))
    assert total.figures.offered == 0 and total.figures.answer_rate is None and total.figures.lost_revenue is None
    assert reports.figures(ReportQuery(Period(date(2026, 11, 1), date(2026, 11, 30)), by=Grouping.CLINIC)) == []


def test_a_day_across_the_dst_change_is_cut_at_local_midnights(demo_db: Database, clock: Clock) -> None:
    # 25 October 2026: Warsaw goes from UTC+2 to UTC+1 at 03:00; the local day lasts 25 hours
    moscow = ZoneInfo("Europe/Moscow")
    rows = [
        row(1, datetime(2026, 10, 24, 23, 59, 59, tzinfo=WARSAW), "info_only"),  # the day before
        row(2, datetime(2026, 10, 25, 0, 0, tzinfo=WARSAW), "booked"),  # the first instant: in
        row(3, datetime(2026, 10, 25, 2, 30, fold=0, tzinfo=WARSAW), "not_booked", reason="will_think"),
        row(4, datetime(2026, 10, 25, 2, 30, fold=1, tzinfo=WARSAW), "missed"),  # the repeated hour
        row(5, datetime(2026, 10, 25, 23, 59, 59, tzinfo=WARSAW), "booked"),
        row(6, datetime(2026, 10, 26, 0, 0, tzinfo=WARSAW), "booked"),  # the next day's first instant: out
        # Moscow has no DST: its day starts at 21:00 UTC, when it is still 23:00 in Warsaw
        row(7, datetime(2026, 10, 25, 0, 30, tzinfo=moscow), "booked", line=RU_LINE),
        row(8, datetime(2026, 10, 24, 23, 30, tzinfo=moscow), "booked", line=RU_LINE),
    ]
    importer(demo_db).import_rows(rows)
    reports = supervising(demo_db, clock)
    assert reports is not None
    day = Period(date(2026, 10, 25), date(2026, 10, 25))
    by_clinic = {r.label: r.figures for r in reports.figures(ReportQuery(day, by=Grouping.CLINIC))}
    warsaw = by_clinic["Med Centrum Mokotów"]
    assert (warsaw.offered, warsaw.booked, warsaw.not_booked, warsaw.missed) == (4, 2, 1, 1)
    assert by_clinic["Стоматология «Улыбка»"].booked == 1
    dashboard = reports.dashboard(ReportQuery(Period(date(2026, 10, 24), date(2026, 10, 26))))
    points = {p.start: p.offered for p in dashboard.trend(Step.DAY)}
    assert points == {date(2026, 10, 24): 2, date(2026, 10, 25): 5, date(2026, 10, 26): 1}
    grid = dashboard.grid()
    assert grid.offered[6][2] == 2 and grid.missed[6][2] == 1  # Sunday 02:00–03:00 happened twice in Warsaw


def test_service_level_threshold_is_inclusive_to_the_millisecond(demo_db: Database, clock: Clock) -> None:
    at = datetime(2026, 11, 10, 9, 0, tzinfo=UTC)
    rows = [
        row(1, at, "booked", wait=9.0),
        row(2, at + timedelta(minutes=1), "booked", wait=9.001),
        row(3, at + timedelta(minutes=2), "info_only", wait=2),
        row(4, at + timedelta(minutes=3), "missed"),
    ]
    importer(demo_db).import_rows(rows)
    reports = supervising(demo_db, clock)
    assert reports is not None
    period = Period(date(2026, 11, 10), date(2026, 11, 10))
    (f,) = reports.figures(ReportQuery(period))
    assert f.figures.service_level == Decimal("0.5")  # 9.000 s and 2 s of 4 offered
    assert f.figures.asa == Decimal("6.667") and f.figures.aht == Decimal(120)
    (f,) = reports.figures(ReportQuery(period, service_level_seconds=10))
    assert f.figures.service_level == Decimal("0.75")


def test_follow_ups_recovered_within_30_days_and_show_rate(demo_db: Database, clock: Clock) -> None:
    at = datetime(2026, 10, 5, 9, 0, tzinfo=UTC)
    rows = [
        row(1, at, "not_booked", reason="too_expensive", caller="+48600000001"),
        row(
            2,
            at + timedelta(days=10),
            "booked",
            caller="+48600000001",
            visit_at=(at + timedelta(days=12)).isoformat(),
            visit_status="attended",
        ),
        row(3, at, "not_booked", reason="will_think", caller="+48600000003"),
        row(
            4,
            at + timedelta(days=31),
            "booked",
            caller="+48600000003",
            visit_at=(at + timedelta(days=33)).isoformat(),
            visit_status="no_show",
        ),
        row(
            5, at + timedelta(days=1), "booked", visit_at=(at + timedelta(days=3)).isoformat(), visit_status="attended"
        ),
        row(6, at + timedelta(days=2), "booked", visit_at=(at + timedelta(days=400)).isoformat()),  # not yet due
    ]
    importer(demo_db).import_rows(rows)
    reports = supervising(demo_db, clock)
    assert reports is not None
    (f,) = reports.figures(ReportQuery(Period(date(2026, 10, 1), date(2026, 11, 30))))
    assert (f.figures.follow_up_pool, f.figures.follow_up_recovered) == (2, 1)
    assert (f.figures.attended, f.figures.no_show, f.figures.show_rate) == (2, 1, Decimal("0.666667"))


def test_a_callback_booking_counts_in_booked_and_in_coverage(demo_db: Database, clock: Clock) -> None:
    services = services_for(demo_db, clock)
    services.desk.receptionist = services.auth.sign_in("justyna", "demo")
    services.desk.receive(CallEvent(EventKind.RING, "m1", clock.now, EventSource.SOFTPHONE, PL_LINE, "+48600111222"))
    clock.advance(seconds=30)
    services.desk.receive(CallEvent(EventKind.END, "m1", clock.now, EventSource.SOFTPHONE))
    (task,) = [t for t in services.tasks.my_tasks(None) if t.kind is TaskKind.CALLBACK]
    clock.advance(minutes=40)
    back = services.desk.start_callback(task)
    card = services.cards.view(task.clinic_id or 0)
    assert card is not None
    services.desk.save(
        back.id,
        OutcomeForm(
            outcome=Outcome.BOOKED,
            specialist_id=card.card.specialists[0].id,
            visit_at=clock.now + timedelta(days=2),
            patient_name="Ewa Nowak",
        ),
    )
    services.desk.receive(CallEvent(EventKind.RING, "m2", clock.now, EventSource.SOFTPHONE, PL_LINE, None))
    services.desk.receive(CallEvent(EventKind.END, "m2", clock.now, EventSource.SOFTPHONE))
    services.desk.receive(CallEvent(EventKind.RING, "a1", clock.now, EventSource.SOFTPHONE, PL_LINE, "+48600999999"))
    services.desk.receive(CallEvent(EventKind.ANSWER, "a1", clock.advance(seconds=4), EventSource.SOFTPHONE))
    services.desk.save("a1", OutcomeForm(outcome=Outcome.NOT_BOOKED, reason=NotBookedReason.LOCATION))
    services.auth.sign_in("anna", "demo")
    reports = services.reports
    assert reports is not None
    today = reports.today()
    rows = reports.figures(ReportQuery(Period(today, today), by=Grouping.RECEPTIONIST))
    (justyna,) = rows
    f = justyna.figures
    assert justyna.label == "Justyna"
    assert (f.offered, f.missed, f.booked, f.callback_booked, f.not_booked) == (3, 2, 1, 1, 1)
    assert f.callback_coverage == Decimal("0.5")  # the withheld number could not be called back
    assert f.callback_delay == Decimal(2430)  # 40 minutes after the missed call ended, 30 s after it rang
    assert f.booking_conversion == Decimal("0.5")


def test_targets_and_goals_are_validated_and_kept(demo_db: Database, clock: Clock) -> None:
    from reception_console.domain.reports import MonthlyTarget, TargetError

    services = services_for(demo_db, clock)
    reports = services.reports
    assert reports is not None
    anna = services.auth.sign_in("anna", "demo")
    justyna = next(p for p in reports.receptionists() if p.login == "justyna")
    reports.set_target(MonthlyTarget(justyna.id, "2026-11", 120, Decimal("0.85")), anna)
    reports.set_target(MonthlyTarget(justyna.id, "2026-11", 150), anna)  # changed, not duplicated
    progress = {p.name: p for p in reports.targets("2026-11")}
    assert progress["Justyna"].target == MonthlyTarget(justyna.id, "2026-11", 150, None)
    assert progress["Ольга"].target is None and progress["Justyna"].progress == 0
    with pytest.raises(TargetError) as error:
        reports.set_target(MonthlyTarget(justyna.id, "2026-11", -1), anna)
    assert error.value.code == "negative_target"
    with pytest.raises(TargetError):
        reports.set_goals(1, Decimal("1.5"), None, anna)
    reports.set_goals(1, Decimal("0.875"), None, anna)
    assert next(c for c in reports.clinics() if c.id == 1).goal == Decimal("0.875")
