"""Screenshots of the card editor, the new clinic wizard and the conflict view, for docs/ and the README.

Run under a real X server (make screenshots uses Xvfb):
    python -m bench.editor_shots docs                  card-editor.png, …-greeting, card-conflict, clinic-wizard
    python -m bench.editor_shots docs --language pl    card-editor-pl.png: the editor alone, in that language
"""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

from bench.shot_setup import arguments, start


def main() -> int:
    args = arguments().parse_args()

    from PySide6.QtCore import QTimer

    from reception_console.app import build_services
    from reception_console.domain.clinic import PhoneLine, Service, Specialist
    from reception_console.services.card_editor import CardConflict
    from reception_console.storage.database import open_database
    from reception_console.ui.editor.conflict_dialog import ConflictDialog
    from reception_console.ui.editor.window import CardEditorWindow
    from reception_console.ui.editor.wizard import ClinicWizard

    session = start(args.language, "rc-editor-shots-")
    app, db, services, settings = session.app, session.db, session.services, session.settings
    anna = services.auth.sign_in("anna", "demo")
    justyna = services.auth.sign_in("justyna", "demo")
    clinic = next(c for c in services.editor.clinics(anna) if c.key == "med-centrum-mokotow")
    for question in ("Czy można płacić kartą?", "Czy przyjmujecie kartą?", "Czy jest winda dla wózka?"):
        services.gaps.report(justyna, clinic.id, question)
    args.folder.mkdir(parents=True, exist_ok=True)
    shots: list[str] = []

    window = CardEditorWindow(services, anna, region="PL")
    window.resize(1320, 700)
    window.refresh_clinics(clinic.id)
    window.show()

    def editor() -> None:
        window.tabs.setCurrentIndex(window.tabs.SPECIALISTS)
        window.tabs.specialists.select(1)
        form = window.tabs.specialists.form
        form.age_min.value.setValue(18)  # an edit that breaks the age rule: the message shows inline
        form.age_min.unit.setCurrentIndex(0)
        QTimer.singleShot(400, grab_editor)

    def grab_editor() -> None:
        name = "card-editor.png" if args.language == "en" else f"card-editor-{args.language}.png"
        window.grab().save(str(args.folder / name))
        shots.append(name)
        if args.language != "en":
            window.dirty = False
            window.close()
            app.quit()
            return
        window.tabs.setCurrentIndex(window.tabs.GREETING)
        QTimer.singleShot(200, grab_greeting)

    def grab_greeting() -> None:
        window.grab().save(str(args.folder / "card-editor-greeting.png"))
        shots.append("card-editor-greeting.png")
        window.dirty = False
        conflict_shot()

    def conflict_shot() -> None:
        other = open_database(settings.effective_database_url)
        second = build_services(other, settings)
        base = services.editor.load(anna, clinic.id)
        theirs_services = list(base.card.services)
        theirs_services[0] = replace(theirs_services[0], price=Decimal("240.00"))
        admin = second.auth.sign_in("admin", "demo")  # the other supervisor, on another PC
        second.editor.save(admin, base, base.with_card(services=tuple(theirs_services)))
        mine = list(base.card.services)
        mine[1] = replace(mine[1], preparation="Proszę zabrać książeczkę zdrowia dziecka.")
        try:
            services.editor.save(anna, base, base.with_card(services=tuple(mine)))
        except CardConflict as conflict:
            dialog = ConflictDialog(conflict, window)
            dialog.show()
            QTimer.singleShot(300, lambda: grab_conflict(dialog))
        other.dispose()

    def grab_conflict(dialog: ConflictDialog) -> None:
        dialog.grab().save(str(args.folder / "card-conflict.png"))
        shots.append("card-conflict.png")
        dialog.close()
        wizard_shot()

    def wizard_shot() -> None:
        wizard = ClinicWizard(
            services.editor, anna, "PL", lambda: __import__("datetime").datetime.now().astimezone(), window
        )
        wizard.draft = wizard.draft.with_card(
            name="Przychodnia Żoliborz",
            phone_lines=(PhoneLine("+48225550100", "Rejestracja"),),
            address="ul. Słowackiego 12, 01-627 Warszawa",
            opening_hours="Pon.–Pt. 8:00–19:00\nSob. 9:00–13:00",
            specialists=(
                Specialist("new:1", "lek. Ewa Łącka", "Pediatra", 0, 215),
                Specialist("new:2", "dr Piotr Zając", "Ortopeda dziecięcy", 36, 215),
                Specialist("new:3", "lek. Anna Malec", "Internista", 216, None),
            ),
            services=(Service("Konsultacja pediatryczna", Decimal("200"), specialist_key="new:1"),),
        )
        wizard.show()
        for _ in range(4):
            wizard.next()
        wizard.currentPage().editor.select(1)
        QTimer.singleShot(300, lambda: grab_wizard(wizard))

    def grab_wizard(wizard: ClinicWizard) -> None:
        wizard.grab().save(str(args.folder / "clinic-wizard.png"))
        shots.append("clinic-wizard.png")
        wizard.reject()
        window.close()
        app.quit()

    QTimer.singleShot(500, editor)
    app.exec()
    db.dispose()
    print("written:", ", ".join(shots))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
