"""Screenshots of training, for docs/ and the README: the dashboard's Training tab, the scenario editor and the
receptionist's monthly test. Seeds three months of practice and tests for the demo receptionists first.
Run under a real X server (make screenshots uses Xvfb):
    python -m bench.training_shots docs [--language pl]
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from bench.shot_setup import arguments, run, start


def seed(db, settings, now: datetime) -> None:  # type: ignore[no-untyped-def]
    """Justyna and Olga practise over eleven weeks, getting better; each takes the monthly test three times."""
    import random

    from reception_console.app import build_services
    from reception_console.domain.training.scoring import AttemptRecord, StepDone, score_attempt

    moment = [now - timedelta(days=80)]
    services = build_services(db, settings, clock=lambda: moment[0])
    rng = random.Random(7)
    for login, skill in (("justyna", 0.6), ("olga", 0.45)):
        me = services.auth.sign_in(login, "demo").id
        clinics = [c for c, _ in services.training.clinics()]
        moment[0] = now - timedelta(days=80)
        for week in range(11):
            good = min(0.98, skill + week * 0.04)
            for _ in range(3):
                clinic = rng.choice(clinics)
                scenario = rng.choice(services.training.scenarios(clinic))
                e = scenario.expected
                steps = tuple(
                    StepDone(
                        rng.uniform(3, 18 - 10 * good),
                        s.fact if rng.random() < good else None,
                        s.objection,
                        s.couldnt_answer,
                    )
                    for s in scenario.steps
                )
                attempt = AttemptRecord(
                    rng.uniform(2, 14),
                    scenario.clinic_key,
                    rng.random() < good,
                    steps,
                    e.outcome if rng.random() < good else None,
                    e.reason,
                    e.specialist_key,
                    e.task if rng.random() < good else None,
                )
                started = moment[0]
                moment[0] += timedelta(minutes=4)
                services.training.record_attempt(
                    me, clinic, scenario, attempt, score_attempt(scenario, attempt), started_at=started
                )
                moment[0] += timedelta(days=2)
            if week % 4 == 3:
                for clinic in clinics:
                    questions = services.training.knowledge_test(me, clinic)
                    chosen = [q.correct if rng.random() < good else (q.correct + 1) % len(q.options) for q in questions]
                    services.training.record_test(me, clinic, questions, chosen, rng.uniform(360, 780))
    services.auth.sign_in("anna", "demo")
    olga = next(p for p in services.reports.receptionists() if p.login == "olga")
    from reception_console.domain.training.history import AssignmentKind

    moment[0] = now
    clinic = services.training.clinics()[0][0]
    scenario = services.training.scenarios(clinic)[2]
    services.training.assign(olga.id, AssignmentKind.PRACTICE, clinic, scenario.key, "przed dyżurem w sobotę")
    services.training.assign(olga.id, AssignmentKind.TEST, clinic)


def main() -> int:
    args = arguments(suffix=True).parse_args()

    from PySide6.QtCore import QTimer

    from reception_console.ui.dashboard.window import DashboardWindow
    from reception_console.ui.monthly_test import MonthlyTestDialog
    from reception_console.ui.scenario_editor import ScenarioEditor

    session = start(args.language, "rc-training-shots-", "system")
    app, db, services = session.app, session.db, session.services
    seed(db, session.settings, datetime.now(UTC))
    anna = services.auth.sign_in("anna", "demo")
    window = DashboardWindow(
        services.reports, services.worklists, anna, training=services.training, open_scenarios=lambda: None
    )
    window.show()
    args.folder.mkdir(parents=True, exist_ok=True)
    clinics = services.training.clinics()
    editor = ScenarioEditor(services.training, clinics)
    from reception_console.app import build_services

    at_the_desk = build_services(db, session.settings)  # the receptionist's own console
    justyna = at_the_desk.auth.sign_in("justyna", "demo")
    test = MonthlyTestDialog(at_the_desk.training, justyna, clinics)

    def training_tab() -> None:
        window.tabs.setCurrentIndex(window.tabs.count() - 1)

    def scenario_editor() -> None:
        editor.show()
        editor.list.setCurrentRow(5)

    def monthly_test() -> None:
        editor.hide()
        test.show()
        test.start()
        for _ in range(2):
            test.options.setCurrentRow(test.questions[test.number].correct)
            test.answer()
        test.options.setCurrentRow(1)

    shots = iter(
        [
            (f"training-tab{args.suffix}.png", training_tab, lambda: window),
            (f"scenario-editor{args.suffix}.png", scenario_editor, lambda: editor),
            (f"monthly-test{args.suffix}.png", monthly_test, lambda: test),
        ]
    )
    pending: list[tuple[str, object]] = []

    def next_shot() -> None:
        if pending:
            name, grab = pending.pop()
            grab().grab().save(str(args.folder / name))  # type: ignore[operator]
        try:
            name, act, grab = next(shots)
        except StopIteration:
            test.ticker.stop()
            test.done(0)  # (quitting closes every window: the test open would ask whether to leave it)
            app.quit()
            return
        pending.append((name, grab))
        act()
        QTimer.singleShot(1500, next_shot)

    QTimer.singleShot(1500, next_shot)
    return run(session, args.folder)


if __name__ == "__main__":
    raise SystemExit(main())
