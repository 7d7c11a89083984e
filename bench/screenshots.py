"""Screenshots of the console during a call, for docs/ and the README.

Run under a real X server (make screenshots uses Xvfb) so fonts render as on a receptionist's PC:
    python -m bench.screenshots docs [--language pl|ru] [--suffix -pl] [--theme dark]

With QT_SCALE_FACTOR=1.5 on a 1920×1080 screen it shows the console as a laptop at 150 % does (--suffix -150).

In Russian the call is on the Russian demo clinic (olga at the desk); otherwise on the Polish one (justyna).
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from bench.shot_setup import arguments, run, start

# who is at the desk, the line that rings, the caller, and what the receptionist types
SCENES = {
    "ru": {
        "login": "olga",
        "line": "+74956431020",
        "caller": "+79161234567",
        "name": "Ирина Смирнова",
        "earlier": "Спрашивала про чистку зубов",
        "search": "5 лет",
        "notes": "Сыну 5 лет, болит зуб; перезвонить после зарплаты",
        "other_line": "+48228431200",
        "other_caller": "+48600111222",
    },
    "": {
        "login": "justyna",
        "line": "+48228431200",
        "caller": "+48600111222",
        "name": "Maria Wiśniewska",
        "earlier": "Pyta o USG dla córki",
        "search": "5 lat",
        "notes": "Córka 5 lat, ból ucha; zadzwonić po wypłacie",
        "other_line": "+74956431020",
        "other_caller": "+79161234567",
    },
}


def main() -> int:
    args = arguments(suffix=True, theme=True).parse_args()

    from PySide6.QtCore import QCoreApplication, QTimer

    from reception_console.domain.calls import CallEvent, EventKind, EventSource, Outcome
    from reception_console.ui.console.main_window import MainWindow

    session = start(args.language, "rc-shots-", args.theme)
    app, services = session.app, session.services
    scene = SCENES.get(args.language, SCENES[""])
    person = services.auth.sign_in(scene["login"], "demo")
    # a returning patient: one earlier call from the same number
    earlier = services.desk.receive(
        CallEvent(
            EventKind.RING,
            "shot-earlier",
            datetime(2026, 11, 3, 9, 12, tzinfo=UTC),
            EventSource.MANUAL,
            scene["line"],
            scene["caller"],
        )
    )
    assert earlier is not None
    services.desk.receptionist = person
    services.desk.answer(earlier.id)
    from reception_console.domain.calls import NotBookedReason, OutcomeForm

    services.desk.save(
        earlier.id,
        OutcomeForm(
            outcome=Outcome.NOT_BOOKED,
            reason=NotBookedReason.WILL_THINK,
            patient_name=scene["name"],
            notes=scene["earlier"],
        ),
    )
    database_label = QCoreApplication.translate("App", "Embedded database")
    window = MainWindow(services, person, region="PL", database_label=database_label)
    window.show()  # as large as it prefers (1366×740), or as the screen has room for
    now = datetime.now(UTC)
    rang = now - timedelta(seconds=12)  # past the 9-second service level: the list marks it
    window.receive_event(
        CallEvent(EventKind.RING, "shot-1", rang, EventSource.SOFTPHONE, scene["line"], scene["caller"], scene["name"])
    )
    window.receive_event(
        CallEvent(EventKind.RING, "shot-2", now, EventSource.SOFTPHONE, scene["other_line"], scene["other_caller"])
    )
    args.folder.mkdir(parents=True, exist_ok=True)
    suffix = args.suffix or ("" if args.language == "en" else f"-{args.language}")

    def ringing() -> None:
        window.grab().save(str(args.folder / f"console-ringing{suffix}.png"))
        window.answer()
        window.card.search.setText(scene["search"])
        window.prompts.show_objection(window.prompts._prompts and next(iter(window.prompts._prompts)))
        window.outcome.choose(Outcome.NOT_BOOKED)
        window.outcome.reason.setCurrentIndex(0)
        window.outcome.patient.setText(scene["name"])
        window.outcome.notes.setText(scene["notes"])
        QTimer.singleShot(300, during)

    def during() -> None:
        window.grab().save(str(args.folder / f"console-call{suffix}.png"))
        # the caller on the other line gives up (a missed call, saved by itself), the call is saved: no call left
        window.receive_event(CallEvent(EventKind.END, "shot-2", datetime.now(UTC), EventSource.SOFTPHONE))
        window.save()
        QTimer.singleShot(300, between)

    def between() -> None:
        if not suffix:  # one language is enough for this one
            window.grab().save(str(args.folder / "console-between-calls.png"))
        app.quit()

    QTimer.singleShot(500, ringing)
    return run(session, args.folder)


if __name__ == "__main__":
    raise SystemExit(main())
