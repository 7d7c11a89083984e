"""A screenshot of the console in practice: a virtual patient's "too expensive" call on the Polish demo clinic,
the price found on the card, the patient's objection in the banner and its prompt on screen.

    python -m bench.practice_shots docs [--theme dark --suffix -dark]
"""

from __future__ import annotations

from bench.shot_setup import arguments, run, start


def main() -> int:
    args = arguments(suffix=True, theme=True).parse_args()

    from PySide6.QtCore import QCoreApplication, QTimer

    from reception_console.domain.script import Objection
    from reception_console.domain.training.scenarios import Topic
    from reception_console.ui.console.main_window import MainWindow

    session = start(args.language, "rc-practice-shots-", args.theme)
    app, services = session.app, session.services
    person = services.auth.sign_in("justyna", "demo")
    window = MainWindow(
        services, person, region="PL", database_label=QCoreApplication.translate("App", "Embedded database")
    )
    window.show()
    clinic_id = next(line.clinic_id for line in services.cards.lines() if line.number == "+48228431200")
    scenario = next(s for s in services.training.scenarios(clinic_id) if s.topic is Topic.TOO_EXPENSIVE)
    args.folder.mkdir(parents=True, exist_ok=True)

    def practise() -> None:
        window.practice.start(clinic_id, scenario)
        window.answer()
        window.practice.banner.greeting.setChecked(True)
        window.card.search.setText(scenario.steps[0].fact.split(":")[1])  # the price: the patient objects
        QTimer.singleShot(200, objected)

    def objected() -> None:
        window.prompts.show_objection(Objection.TOO_EXPENSIVE)
        QTimer.singleShot(300, shoot)

    def shoot() -> None:
        window.grab().save(str(args.folder / f"console-practice{args.suffix}.png"))
        window.practice.back_to_live()
        app.quit()

    QTimer.singleShot(500, practise)
    return run(session, args.folder)


if __name__ == "__main__":
    raise SystemExit(main())
