"""The application's own checks, on both databases (SQLite has no roles): figures, goals, targets and work lists
are for supervisors; a receptionist completes only her own tasks or the team's unassigned ones."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from reception_console.cli import main
from reception_console.domain.periods import Period
from reception_console.domain.reports import MonthlyTarget, ReportQuery
from reception_console.domain.tasks import Task, TaskKind
from reception_console.services.permissions import PermissionDenied
from reception_console.storage.database import Database
from reception_console.storage.models import TaskRow
from tests.builders import services_for
from tests.conftest import Clock

NOVEMBER = ReportQuery(Period(date(2026, 11, 1), date(2026, 11, 30)))


def add_task(db: Database, clock: Clock, assignee: int | None) -> int:
    with db.sessions.begin() as s:
        row = TaskRow(
            kind=TaskKind.FOLLOW_UP.value,
            phone="+48600111222",
            due_at=clock.now,
            created_at=clock.now,
            assignee_id=assignee,
        )
        s.add(row)
        s.flush()
        return row.id


def test_a_receptionist_gets_no_figures_goals_targets_or_work_lists(demo_db: Database, clock: Clock) -> None:
    services = services_for(demo_db, clock)
    justyna = services.auth.sign_in("justyna", "demo")
    clinic = services.cards.lines()[0].clinic_id
    refused = [
        lambda: services.reports.figures(NOVEMBER),
        lambda: services.reports.dashboard(NOVEMBER),
        lambda: services.reports.receptionists(),
        lambda: services.reports.targets("2026-11"),
        lambda: services.reports.set_goals(clinic, Decimal("0.5"), None, justyna),
        lambda: services.reports.set_target(MonthlyTarget(justyna.id, "2026-11", 500), justyna),
        lambda: services.worklists.load(),
        lambda: services.worklists.open_tasks(TaskKind.CALLBACK),
        lambda: services.worklists.visits_to_mark(),
    ]
    for attempt in refused:
        with pytest.raises(PermissionDenied):
            attempt()
    services.auth.sign_in("anna", "demo")  # the same console, once a supervisor signed in
    assert services.reports.figures(NOVEMBER)
    assert services.worklists.load() is not None


def test_a_receptionist_completes_only_her_own_or_the_teams_tasks(demo_db: Database, clock: Clock) -> None:
    services = services_for(demo_db, clock)
    justyna = services.auth.sign_in("justyna", "demo")
    olga = next(p for p in services.auth.people() if p.login == "olga")
    olgas, hers, teams = (add_task(demo_db, clock, who) for who in (olga.id, justyna.id, None))
    assert {t.id for t in services.tasks.my_tasks(justyna)} == {hers, teams}  # olga's is not even read
    with pytest.raises(PermissionDenied):
        services.tasks.complete(olgas, justyna)
    task: Task | None = services.tasks.get(olgas)
    assert task is not None and task.done_at is None
    services.tasks.complete(hers, justyna)
    services.tasks.complete(teams, justyna)
    anna = services.auth.sign_in("anna", "demo")
    services.tasks.complete(olgas, anna)  # a supervisor may
    assert services.tasks.get(olgas).done_by_id == anna.id  # type: ignore[union-attr]


def test_report_figures_needs_a_supervisor(demo_db: Database, capsys, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    period = ["report", "figures", "--from", "2026-11-01", "--to", "2026-11-30"]
    if not demo_db.is_shared:  # on the shared database the test's own URL is IT's connection
        assert main(["--db", demo_db.url, *period]) == 1
        assert "`report figures` is for supervisors" in capsys.readouterr().err
    monkeypatch.setenv("RECEPTION_CONSOLE_PASSWORD", "demo")
    assert main(["--db", demo_db.url, "--user", "justyna", *period]) == 1
    assert "Only supervisors and admins" in capsys.readouterr().err
    assert main(["--db", demo_db.url, "--user", "anna", *period]) == 0
