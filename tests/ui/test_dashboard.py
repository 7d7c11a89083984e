"""The supervisor's dashboard on the demo data: figures on screen, tables checked, exports read back, actions."""

from __future__ import annotations

import csv
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt

from reception_console.domain.calls import CallEvent, EventKind, EventSource, NotBookedReason, Outcome, OutcomeForm
from reception_console.domain.periods import Period
from reception_console.domain.reports import Grouping, ReportQuery
from reception_console.services.call_import import CallImportService
from reception_console.services.demo_calls import demo_clinics, demo_rows
from reception_console.services.exports import write_csv
from reception_console.storage.database import Database
from reception_console.storage.repositories import SqlCardStore, SqlPeopleStore
from reception_console.storage.repositories.call_history import SqlCallHistoryStore
from reception_console.ui.console.main_window import MainWindow
from reception_console.ui.dashboard.window import DashboardWindow
from tests.builders import services_for
from tests.conftest import PL_LINE, Clock
from tests.ui.conftest import supervisor_windows_for


@pytest.fixture
def seeded(demo_db: Database, clock: Clock):  # type: ignore[no-untyped-def]
    """Six weeks of calls in the demo clinics (a few hundred), and open tasks of every kind."""
    cards = SqlCardStore(demo_db.connections)
    importer = CallImportService(cards, SqlPeopleStore(demo_db.connections), SqlCallHistoryStore(demo_db.sessions))
    rows = demo_rows(demo_clinics(cards), ["justyna", "olga"], clock.now.date(), 42, calls_per_day=4, now=clock.now)
    assert 300 < len(rows) < 1500
    importer.import_rows(rows)
    services = services_for(demo_db, clock)
    desk = services.desk
    desk.receptionist = services.auth.sign_in("justyna", "demo")
    desk.receive(CallEvent(EventKind.RING, "t-missed", clock.now, EventSource.SOFTPHONE, PL_LINE, "+48601200300"))
    desk.receive(CallEvent(EventKind.END, "t-missed", clock.advance(seconds=20), EventSource.SOFTPHONE))
    desk.receive(CallEvent(EventKind.RING, "t-exp", clock.now, EventSource.SOFTPHONE, PL_LINE, "+48603555777"))
    desk.receive(CallEvent(EventKind.ANSWER, "t-exp", clock.advance(seconds=3), EventSource.SOFTPHONE))
    desk.save(
        "t-exp",
        OutcomeForm(
            outcome=Outcome.NOT_BOOKED,
            reason=NotBookedReason.TOO_EXPENSIVE,
            patient_name="Anna Zielińska",
            message_to="owner",
            message_text="Prosi o rabat",
        ),
    )
    return services


def open_dashboard(qtbot, services, clock: Clock) -> DashboardWindow:  # type: ignore[no-untyped-def]
    anna = services.auth.sign_in("anna", "demo")
    called: list[object] = []
    window = DashboardWindow(services.reports, services.worklists, anna, call_back=called.append)
    window.called = called  # type: ignore[attr-defined]
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.loaded, timeout=10_000):
        window.show()
    return window


def test_dashboard_shows_the_month_and_every_table_passes_the_model_tester(
    qtbot,
    qtmodeltester,
    app,
    seeded,
    clock: Clock,  # type: ignore[no-untyped-def]
) -> None:
    window = open_dashboard(qtbot, seeded, clock)
    data = window.data
    assert data is not None and data.query.period == Period(clock.now.date().replace(day=1), clock.now.date())
    assert data.total.offered > 50
    assert window.tiles["offered"].value.text() == f"{data.total.offered:,}"
    assert window.tiles["booking_conversion"].note.text() == "goal 90 %"
    assert window.tiles["booking_conversion"].property("goal") in ("met", "missed")
    names = {window.people_model.index(r, 0).data() for r in range(window.people_model.rowCount())}
    assert {"Justyna", "Ольга"} <= names
    for model in window.tables():
        qtmodeltester.check(model)
    # the receptionists table sorts by the raw value, not by the text
    view = window.people_view
    view.sortByColumn(1, Qt.SortOrder.DescendingOrder)
    offered = [view.model().index(r, 1).data() for r in range(view.model().rowCount())]
    numbers = [int(x.replace(",", "")) for x in offered]
    assert numbers == sorted(numbers, reverse=True)
    window.close()


def test_exports_read_back_as_the_figures(qtbot, app, seeded, clock: Clock, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    window = open_dashboard(qtbot, seeded, clock)
    data = window.data
    assert data is not None
    expected = {r.label: r.figures for r in data.receptionists}
    path = tmp_path / "dashboard.xlsx"
    window.export_xlsx(path)
    book = load_workbook(path)
    assert book.sheetnames[:3] == ["Receptionists", "Refusal reasons", "Monthly targets"]
    sheet = book["Receptionists"]
    header = [c.value for c in sheet[1]]
    for row in sheet.iter_rows(min_row=2, values_only=True):
        values = dict(zip(header, row, strict=True))
        f = expected[values["Receptionist"]]
        assert values["Offered"] == f.offered and values["Booked"] == f.booked
        assert values["Conversion"] == pytest.approx(float(f.booking_conversion or 0))
        assert values["Show rate"] == (None if f.show_rate is None else pytest.approx(float(f.show_rate)))
    grid = book["Calls by hour"]
    assert sum(r[2] for r in grid.iter_rows(min_row=2, values_only=True)) == data.total.offered

    csv_path = tmp_path / "people.csv"
    write_csv(csv_path, window.people_model.table())
    with csv_path.open(encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    assert {r["Receptionist"] for r in rows} == set(expected)
    for r in rows:
        f = expected[r["Receptionist"]]
        assert int(r["Missed"]) == f.missed
        assert Decimal(r["Conversion"]) == f.booking_conversion
        assert (Decimal(r["Lost bookings"]) if r["Lost bookings"] else None) == f.lost_bookings
    window.close()


def test_work_lists_act_and_the_calculator_saves_the_clinic_goal(qtbot, app, seeded, clock: Clock) -> None:  # type: ignore[no-untyped-def]
    window = open_dashboard(qtbot, seeded, clock)
    lists = window.lists
    assert lists.callbacks.model.rowCount() == 1 and lists.follow_ups.model.rowCount() == 1
    assert lists.messages.model.rowCount() == 1
    visits = lists.visits.model.rowCount()
    assert visits > 0
    lists.callbacks.view.selectRow(0)
    qtbot.mouseClick(lists.callbacks.buttons.itemAt(1).widget(), Qt.MouseButton.LeftButton)  # Call now
    assert [t.phone for t in window.called] == ["+48601200300"]  # type: ignore[attr-defined]
    lists.messages.view.selectRow(0)
    with qtbot.waitSignal(window.loaded, timeout=10_000):
        qtbot.mouseClick(lists.messages.buttons.itemAt(1).widget(), Qt.MouseButton.LeftButton)  # Passed on
    assert lists.messages.model.rowCount() == 0
    lists.visits.view.selectRow(0)
    with qtbot.waitSignal(window.loaded, timeout=10_000):
        qtbot.mouseClick(lists.visits.buttons.itemAt(2).widget(), Qt.MouseButton.LeftButton)  # No-show
    assert lists.visits.model.rowCount() == visits - 1

    clinic = next(c for c in window.clinics if c.currency == "PLN")
    with qtbot.waitSignal(window.loaded, timeout=10_000):
        window.clinic.setCurrentIndex(window.clinic.findData(clinic.id))
    calc = window.calculator
    assert calc.steps is not None and calc.title.text().endswith(clinic.name)
    calc.check.setText("3500")
    calc.goal.setValue(80)
    steps = calc.steps
    expected = (steps.lost_bookings or 0) * 3500
    assert steps.goal_conversion == Decimal("0.8") and steps.average_check == 3500
    assert (
        calc.result_text()
        .replace("\xa0", " ")
        .replace(" ", "")
        .startswith(f"{round(float(expected)):,}".replace(",", ""))
    )
    with qtbot.waitSignal(window.loaded, timeout=10_000):
        qtbot.mouseClick(calc.save, Qt.MouseButton.LeftButton)
    saved = next(c for c in seeded.reports.clinics() if c.id == clinic.id)
    assert (saved.goal, saved.average_check) == (Decimal("0.8"), Decimal(3500))
    calc.check.setText("lots")
    assert not calc.save.isEnabled() and "amount" in calc.message.text()
    window.close()


def test_periods_and_targets(qtbot, app, seeded, clock: Clock) -> None:  # type: ignore[no-untyped-def]
    window = open_dashboard(qtbot, seeded, clock)
    with qtbot.waitSignal(window.loaded, timeout=10_000):
        window.preset.setCurrentIndex(0)  # today
    assert window.data is not None and window.data.query.period.days == 1
    with qtbot.waitSignal(window.loaded, timeout=10_000):
        window.preset.setCurrentIndex(4)  # custom: the dates become editable
    assert window.first.isEnabled()
    with qtbot.waitSignal(window.loaded, timeout=10_000):
        window.first.setDate(window.first.date().addDays(-20))
    assert window.data.query.period.days >= 21
    day_points = window.trend_model.rowCount()
    window.step.setCurrentIndex(1)  # by week
    assert 0 < window.trend_model.rowCount() < day_points
    panel = window.targets
    panel.view.selectRow(0)
    panel.bookings.setValue(77)
    with qtbot.waitSignal(window.loaded, timeout=10_000):
        qtbot.mouseClick(panel.save, Qt.MouseButton.LeftButton)
    targets = {t.name: t for t in window.data.targets}
    assert targets[panel.person.currentText()].target is not None
    assert targets[panel.person.currentText()].target.bookings == 77
    window.close()


def test_the_dashboard_is_for_supervisors(qtbot, app, seeded, clock: Clock) -> None:  # type: ignore[no-untyped-def]
    receptionist = MainWindow(
        seeded,
        seeded.auth.sign_in("justyna", "demo"),
        clock=clock,
        supervisor_windows=supervisor_windows_for(seeded, clock),
    )
    qtbot.addWidget(receptionist)
    assert not receptionist.dashboard_action.isVisible()
    supervisor = MainWindow(
        seeded,
        seeded.auth.sign_in("anna", "demo"),
        clock=clock,
        supervisor_windows=supervisor_windows_for(seeded, clock),
    )
    qtbot.addWidget(supervisor)
    supervisor.show()
    assert supervisor.dashboard_action.isVisible()
    supervisor.open_dashboard()
    dashboard = supervisor.supervising.dashboard
    qtbot.addWidget(dashboard)
    qtbot.waitUntil(lambda: dashboard.data is not None, timeout=10_000)
    by_person = seeded.reports.figures(ReportQuery(dashboard.data.query.period, by=Grouping.RECEPTIONIST))
    assert [r.figures for r in dashboard.data.receptionists] == [r.figures for r in by_person]
    dashboard.close()


def test_a_query_error_is_shown_not_raised(qtbot, app, seeded, clock: Clock) -> None:  # type: ignore[no-untyped-def]
    window = open_dashboard(qtbot, seeded, clock)

    def broken(query):  # type: ignore[no-untyped-def]
        raise RuntimeError("database is locked")

    window.reports.dashboard = broken  # type: ignore[method-assign]
    with qtbot.waitSignal(window.runner.failed, timeout=10_000):
        window.refresh()
    assert "database is locked" in window.status.text()
    window.close()


def test_an_export_from_the_dashboard_is_recorded_in_the_audit_trail(  # type: ignore[no-untyped-def]
    qtbot, app, seeded, clock: Clock, tmp_path: Path, monkeypatch
) -> None:
    from PySide6.QtWidgets import QFileDialog

    from reception_console.domain.audit import AuditAction

    anna = seeded.auth.sign_in("anna", "demo")
    window = DashboardWindow(seeded.reports, seeded.worklists, anna, audit=seeded.audit)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.loaded, timeout=10_000):
        window.show()
    target = tmp_path / "dashboard.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), "Excel (*.xlsx)"))
    window._ask_xlsx()  # the menu action's slot, without the native dialog
    assert target.exists()
    (event,) = [
        e for e in seeded.audit.events(seeded.auth.sign_in("admin", "demo")) if e.action is AuditAction.EXPORTED
    ]
    assert (event.actor, event.subject, event.details) == ("anna", "dashboard.xlsx", "dashboard (Excel)")
    window.close()
