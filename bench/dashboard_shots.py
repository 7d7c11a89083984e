"""Screenshots of the supervisor's dashboard and the loss-point calculator, for docs/ and the README.

Seeds the demo clinics with three months of realistic calls (through the CSV import), a few open tasks and
targets, then grabs the windows. Run under a real X server (make screenshots uses Xvfb):
    python -m bench.dashboard_shots docs
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from decimal import Decimal

from bench.shot_setup import arguments, run, start


def seed(db, services, now: datetime) -> None:  # type: ignore[no-untyped-def]
    """90 days of calls for every demo clinic, open tasks of every kind, targets for this month."""
    from reception_console.domain.calls import CallEvent, EventKind, EventSource, NotBookedReason, Outcome, OutcomeForm
    from reception_console.domain.reports import MonthlyTarget, month_key
    from reception_console.services.call_import import CallImportService
    from reception_console.services.demo_calls import demo_clinics, demo_rows
    from reception_console.storage.repositories import SqlCardStore, SqlPeopleStore
    from reception_console.storage.repositories.call_history import SqlCallHistoryStore

    cards = SqlCardStore(db.connections)
    importer = CallImportService(cards, SqlPeopleStore(db.connections), SqlCallHistoryStore(db.sessions))
    rows = demo_rows(demo_clinics(cards), ["justyna", "olga"], now.date(), 90, calls_per_day=40, now=now)
    importer.import_rows(rows)
    desk = services.desk
    desk.receptionist = services.auth.sign_in("justyna", "demo")
    line = "+48228431200"
    for n, (caller, outcome, reason, note) in enumerate(
        [
            ("+48601200300", Outcome.MISSED, None, ""),
            ("+48602111444", Outcome.MISSED, None, ""),
            ("+48603555777", Outcome.NOT_BOOKED, NotBookedReason.TOO_EXPENSIVE, "USG jamy brzusznej — za drogo"),
            ("+48604999111", Outcome.NOT_BOOKED, NotBookedReason.WILL_THINK, "Konsultacja dermatologiczna dla syna"),
            ("+48605123456", Outcome.INFO_ONLY, None, ""),
        ]
    ):
        call_id = f"shot-{n}"
        desk.receive(
            CallEvent(EventKind.RING, call_id, now - timedelta(minutes=50 - n * 7), EventSource.SOFTPHONE, line, caller)
        )
        if outcome is Outcome.MISSED:
            desk.receive(CallEvent(EventKind.END, call_id, now - timedelta(minutes=49 - n * 7), EventSource.SOFTPHONE))
            continue
        desk.receive(CallEvent(EventKind.ANSWER, call_id, now - timedelta(minutes=50 - n * 7), EventSource.SOFTPHONE))
        form = OutcomeForm(
            outcome=outcome,
            reason=reason,
            notes=note,
            patient_name=["", "", "Anna Zielińska", "Piotr Mazur", "Ewa Lis"][n],
        )
        if outcome is Outcome.INFO_ONLY:
            form = form.with_(message_to="owner", message_text="Prosi o kontakt w sprawie faktury dla firmy")
        desk.save(call_id, form)
    reports = services.reports
    anna = services.auth.sign_in("anna", "demo")
    month = month_key(now.date())
    for person, bookings, conversion in zip(
        reports.receptionists(), (520, 420), (Decimal("0.80"), Decimal("0.70")), strict=False
    ):
        reports.set_target(MonthlyTarget(person.id, month, bookings, conversion), anna)


def main() -> int:
    p = arguments(theme=True)
    p.add_argument("--only-overview", action="store_true", help="the overview alone, named with the theme")
    args = p.parse_args()

    from PySide6.QtCore import QTimer

    from reception_console.ui.dashboard.window import DashboardWindow

    session = start(args.language, "rc-dashboard-shots-", args.theme)
    app, db, services = session.app, session.db, session.services
    now = datetime.now(UTC)
    seed(db, services, now)
    anna = services.auth.sign_in("anna", "demo")
    window = DashboardWindow(services.reports, services.worklists, anna, call_back=lambda task: None)
    window.show()
    args.folder.mkdir(parents=True, exist_ok=True)
    shots = iter(
        [
            ("dashboard-overview.png", lambda: window.preset.setCurrentIndex(2)),
            ("dashboard-trend.png", lambda: window.tabs.setCurrentIndex(1)),
            ("dashboard-worklists.png", lambda: window.tabs.setCurrentIndex(3)),
            (
                "loss-calculator.png",
                lambda: (
                    window.clinic.setCurrentIndex(window.clinic.findText("Med Centrum Mokotów")),
                    window.tabs.setCurrentIndex(2),
                ),
            ),
        ]
    )
    if args.only_overview:
        shots = iter([(f"dashboard-overview-{args.theme}.png", lambda: window.preset.setCurrentIndex(2))])
    pending: list[str] = []

    def next_shot() -> None:
        if pending:
            window.grab().save(str(args.folder / pending.pop()))
        try:
            name, act = next(shots)
        except StopIteration:
            app.quit()
            return
        pending.append(name)
        act()
        QTimer.singleShot(1500, next_shot)

    window.loaded.connect(lambda: None)
    QTimer.singleShot(1500, next_shot)
    return run(session, args.folder)


if __name__ == "__main__":
    raise SystemExit(main())
