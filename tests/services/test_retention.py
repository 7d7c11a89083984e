"""Retention on SQLite and PostgreSQL: calls past their clinic's retention lose the caller's data, every figure
of every period stays exactly what it was, and a caller's data can be handed out and erased."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy import select, update

from reception_console.cli import main
from reception_console.domain.audit import AuditAction
from reception_console.domain.periods import Period
from reception_console.domain.permissions import CommandLine
from reception_console.domain.reports import Grouping, ReportQuery
from reception_console.domain.trends import Step
from reception_console.services.call_import import CallImportService
from reception_console.services.permissions import PermissionDenied
from reception_console.storage.database import Database
from reception_console.storage.models import CallRow, ClinicRow
from reception_console.storage.repositories import SqlCardStore, SqlPeopleStore
from reception_console.storage.repositories.call_history import SqlCallHistoryStore
from tests.builders import services_for
from tests.conftest import PL_LINE, RU_LINE, Clock

NOW = datetime(2026, 11, 23, 9, 15, tzinfo=UTC)  # the clock fixture's start; 24 months back: 2024-11-23
NOTE = "HIV test results question"


def call(n: int, rang: datetime, outcome: str, caller: str, *, line: str = PL_LINE, **extra: str) -> dict[str, str]:
    row = {
        "id": f"r{n}",
        "line": line,
        "caller": caller,
        "rang_at": rang.isoformat(),
        "outcome": outcome,
        "patient_name": f"Patient {n}",
        "notes": NOTE,
        "receptionist": "justyna" if n % 2 else "olga",
    }
    if outcome != "missed" and extra.get("direction") != "outbound":
        row["answered_at"] = (rang + timedelta(seconds=4 + n % 11)).isoformat()
    if outcome != "missed":
        row["saved_at"] = (rang + timedelta(seconds=140 + n % 7)).isoformat()
    else:
        row["ended_at"] = (rang + timedelta(seconds=30)).isoformat()
    row.update(extra)
    return row


def history() -> list[dict[str, str]]:
    """Two years of a clinic's calls either side of the cutoff, with the links the figures follow by number:
    follow-ups recovered by a later booking and missed calls called back, some across the cutoff."""
    rows: list[dict[str, str]] = []
    n = 0
    start = datetime(2024, 5, 1, 8, tzinfo=UTC)
    for day in range(0, 240, 3):
        at = start + timedelta(days=day)
        caller = f"+48601{day:06d}"
        n += 1
        rows.append(call(n, at, "not_booked", caller, reason="will_think" if day % 2 else "too_expensive"))
        if day % 4 == 0:  # booked later: recovered within 30 days, or not (45 days)
            n += 1
            rows.append(call(n, at + timedelta(days=12 if day % 8 == 0 else 45), "booked", caller))
        n += 1
        missed_caller = f"+48602{day:06d}"
        rows.append(call(n, at + timedelta(hours=1), "missed", missed_caller))
        if day % 3 == 0:  # called back after 20 minutes, or after 9 days
            n += 1
            back = at + timedelta(hours=1, minutes=20) if day % 6 == 0 else at + timedelta(days=9)
            rows.append(call(n, back, "info_only", missed_caller, direction="outbound"))
        n += 1
        rows.append(call(n, at + timedelta(hours=2), "booked", f"+48603{day:06d}", expected_value="180.00"))
        n += 1
        rows.append(call(n, at + timedelta(hours=2), "info_only", f"+7495{day:07d}", line=RU_LINE))
    return rows


def figures(services, period: Period):  # type: ignore[no-untyped-def]
    services.auth.sign_in("anna", "demo")  # the figures are a supervisor's
    reports = services.reports
    result = {by: reports.figures(ReportQuery(period, by=by)) for by in Grouping}
    board = reports.dashboard(ReportQuery(period))
    return result, board.total, board.receptionists, board.reasons, board.hours, board.trend(Step.DAY), board.grid()


@pytest.fixture
def loaded(demo_db: Database, clock: Clock):  # type: ignore[no-untyped-def]
    importer = CallImportService(
        SqlCardStore(demo_db.connections), SqlPeopleStore(demo_db.connections), SqlCallHistoryStore(demo_db.sessions)
    )
    result = importer.import_rows(history())
    assert result.added == len(history()), result
    with demo_db.sessions.begin() as s:  # the Russian clinic keeps its calls three years
        s.execute(update(ClinicRow).where(ClinicRow.language == "ru").values(retention_months=36))
    return services_for(demo_db, clock)


def test_purge_anonymises_past_the_retention_and_keeps_every_figure(loaded, demo_db: Database) -> None:  # type: ignore[no-untyped-def]
    periods = [
        Period(date(2024, 5, 1), date(2024, 5, 31)),  # wholly anonymised
        Period(date(2024, 10, 15), date(2024, 12, 15)),  # across the cutoff
        Period(date(2024, 5, 1), date(2025, 1, 31)),  # all of it
    ]
    before = [figures(loaded, p) for p in periods]
    assert before[2][0][Grouping.TOTAL][0].figures.follow_up_recovered > 0
    assert before[2][0][Grouping.TOTAL][0].figures.callback_coverage not in (None, 0)

    dry = loaded.retention.purge(CommandLine(), dry_run=True)
    report = loaded.retention.purge(CommandLine())

    assert report.calls == dry.calls > 0
    assert [figures(loaded, p) for p in periods] == before
    cutoff = datetime(2024, 11, 23, 9, 15, tzinfo=UTC)
    with demo_db.sessions() as s:
        rows = s.execute(
            select(CallRow.rang_at, CallRow.caller, CallRow.patient_name, CallRow.notes, CallRow.line)
        ).all()
        old_pl = [r for r in rows if r.rang_at < cutoff and r.line != RU_LINE]
        assert old_pl and all(r.caller is None and r.patient_name == "" and r.notes == "" for r in old_pl)
        kept = [r for r in rows if r.rang_at >= cutoff or r.line == RU_LINE]
        assert kept and all(r.caller and r.notes == NOTE for r in kept)  # newer calls, and the 36-month clinic
    assert loaded.retention.purge(CommandLine()).calls == 0  # nothing is done twice
    assert [figures(loaded, p) for p in periods] == before
    events = loaded.audit.events(CommandLine())
    assert any(e.action is AuditAction.PURGED and e.actor == "command line" for e in events)


def test_a_receptionist_cannot_purge(loaded) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(PermissionDenied):
        loaded.retention.purge(loaded.auth.sign_in("justyna", "demo"))


def test_the_daily_run_runs_once_a_day_across_consoles(loaded, demo_db: Database, clock: Clock) -> None:  # type: ignore[no-untyped-def]
    other = services_for(demo_db, clock)
    first = loaded.retention.run_daily("pc-1")
    assert first is not None and first.calls > 0
    assert other.retention.run_daily("pc-2") is None
    assert loaded.retention.run_daily("pc-1") is None
    clock.advance(days=1)
    assert other.retention.run_daily("pc-2") is not None
    assert loaded.retention.run_daily("pc-1") is None


def test_a_callers_data_is_handed_out_and_erased_on_request(loaded, demo_db: Database, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("RECEPTION_CONSOLE_PASSWORD", "demo")  # the commands run as --user admin
    number = "+48601000228"  # rang on 2024-12-15, after the cutoff: the purge keeps this caller's calls
    admin = loaded.auth.sign_in("admin", "demo")
    assert loaded.cards.caller_history(number, viewer=admin)  # recorded as viewed
    out = tmp_path / "subject.json"
    assert main(["--db", demo_db.url, "--user", "admin", "data", "subject", "+48 601 000 228", "--out", str(out)]) == 0
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["number"] == number and {c["notes"] for c in data["calls"]} == {NOTE}
    assert [a["action"] for a in data["audit"]] == ["viewed_history"]
    assert out.stat().st_mode & 0o077 == 0

    erased = tmp_path / "erased.json"
    assert (
        main(["--db", demo_db.url, "--user", "admin", "data", "subject", number, "--erase", "--out", str(erased)]) == 0
    )
    assert loaded.cards.caller_history(number) == []
    again = loaded.subjects.export(admin, number)
    assert again["calls"] == [] and again["audit"] == []
    events = loaded.audit.events(admin)
    erasure = next(e for e in events if e.action is AuditAction.SUBJECT_ERASED)
    assert erasure.subject == "***228" and erasure.actor == "admin" and number not in erasure.details


def test_data_purge_from_the_command_line(loaded, demo_db: Database, capsys, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("RECEPTION_CONSOLE_PASSWORD", "demo")
    admin = ["--db", demo_db.url, "--user", "admin"]
    assert main([*admin, "data", "purge", "--dry-run"]) == 0
    dry = capsys.readouterr().out
    assert "Med Centrum Mokotów: " in dry and "would be anonymised" in dry
    assert loaded.retention.purge(CommandLine(), dry_run=True).calls > 0  # the dry run changed nothing
    assert main([*admin, "data", "purge"]) == 0
    assert "anonymised" in capsys.readouterr().out
    assert loaded.retention.purge(CommandLine(), dry_run=True).calls == 0


@pytest.mark.parametrize("command", [["purge"], ["subject", "+48601000228", "--erase"], ["audit", "--out", "a.csv"]])
def test_the_data_commands_are_done_by_an_admin(
    loaded, demo_db: Database, capsys, monkeypatch, tmp_path, command
) -> None:  # type: ignore[no-untyped-def]
    here = tmp_path / "here"
    here.mkdir()
    monkeypatch.chdir(here)
    monkeypatch.setenv("RECEPTION_CONSOLE_PASSWORD", "demo")
    before = loaded.retention.purge(CommandLine(), dry_run=True).calls
    assert before > 0 and loaded.cards.caller_history("+48601000228")
    if not demo_db.is_shared:  # (a shared database's URL naming its login is IT's own connection: allowed)
        assert main(["--db", demo_db.url, "data", *command]) != 0
        assert "give --user LOGIN" in capsys.readouterr().err
    assert main(["--db", demo_db.url, "--user", "justyna", "data", *command]) != 0
    assert "is for an admin" in capsys.readouterr().err
    assert loaded.retention.purge(CommandLine(), dry_run=True).calls == before  # nothing anonymised …
    assert loaded.cards.caller_history("+48601000228")  # … nor erased
    assert not list(here.iterdir())  # and no file of patient data or of the audit trail written
