"""The supervisor's editor as it is used: the wizard, a price edit seen live by a receptionist, inline
errors, a conflict between two supervisors on two consoles, the questions inbox, files."""

from __future__ import annotations

import json
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QMessageBox

from reception_console.domain.calls import Outcome
from reception_console.domain.clinic import PhoneLine, Service, Specialist
from reception_console.services.console import ConsoleServices
from reception_console.storage.database import Database, open_database, sqlite_url
from reception_console.ui.console.gap_dialog import GapDialog
from reception_console.ui.console.main_window import MainWindow
from reception_console.ui.editor import files
from reception_console.ui.editor.conflict_dialog import ConflictDialog
from reception_console.ui.editor.questions_tab import AnswerDialog
from reception_console.ui.editor.window import CardEditorWindow
from reception_console.ui.editor.wizard import ClinicWizard
from tests.builders import services_for
from tests.conftest import PL_LINE, Clock
from tests.ui.conftest import type_text, when_dialog_opens


@pytest.fixture
def other_console(demo_db: Database, clock: Clock) -> Iterator[ConsoleServices]:
    """A second PC on the same database: its own engine and sessions."""
    path = demo_db.sqlite_path
    assert path is not None
    other = open_database(sqlite_url(path))
    yield services_for(other, clock)
    other.dispose()


def editor_window(qtbot, services: ConsoleServices, clinic_key: str = "med-centrum-mokotow") -> CardEditorWindow:  # type: ignore[no-untyped-def]
    anna = services.auth.sign_in("anna", "demo")
    window = CardEditorWindow(services, anna, region="PL")
    qtbot.addWidget(window, before_close_func=lambda w: setattr(w, "dirty", False))  # no "save changes?" at teardown
    window.show()
    clinic = next(c for c in services.editor.clinics(anna) if c.key == clinic_key)
    window.refresh_clinics(clinic.id)
    assert window.base is not None and window.base.card.key == clinic_key
    return window


def set_price(window: CardEditorWindow, row: int, price: str) -> None:
    window.tabs.setCurrentIndex(window.tabs.SERVICES)
    window.tabs.services_editor.select(row)
    form = window.tabs.service_form
    form.price.clear()
    form.price.setFocus()
    for ch in price:
        form.price.insert(ch)
        form.price.textEdited.emit(form.price.text())


def test_the_wizard_walks_the_onboarding_questions_into_a_complete_card(qtbot, app, demo_db: Database) -> None:  # type: ignore[no-untyped-def]
    services = services_for(demo_db)
    anna = services.auth.sign_in("anna", "demo")
    wizard = ClinicWizard(services.editor, anna, "PL", lambda: __import__("datetime").datetime.now().astimezone())
    qtbot.addWidget(wizard)
    wizard.show()
    titles = []

    def page():  # type: ignore[no-untyped-def]
        titles.append(wizard.currentPage().title())
        return wizard.currentPage()

    first = page()
    type_text(first.form.widgets["name"], "Przychodnia Żoliborz")
    first.lines.select(0)
    qtbot.keyClicks(first.lines.form.number, "22 555 01 00")
    first.lines.form.number.textEdited.emit(first.lines.form.number.text())
    wizard.next()

    address = page()
    wizard.next()  # no address yet: the page says so and stays
    assert wizard.currentPage() is address and address.form.error_shown("address") == "Fill this in."
    type_text(address.form.widgets["address"], "ul. Słowackiego 12, Warszawa")
    wizard.next()
    type_text(page().form.widgets["parking"], "Parking przy budynku, bezpłatny.")
    wizard.next()
    type_text(page().form.widgets["opening_hours"], "Pon.–Pt. 8:00–19:00")
    wizard.next()

    specialists = page().editor
    qtbot.mouseClick(specialists.add_button, Qt.MouseButton.LeftButton)
    type_text(specialists.form.name, "lek. Ewa Łącka")
    type_text(specialists.form.specialty, "Pediatra")
    assert specialists.form.age_min.none.isChecked() and specialists.form.age_max.none.isChecked()
    specialists.form.age_max.none.setChecked(False)
    specialists.form.age_max.value.setValue(17)  # up to 17 years: 215 months
    qtbot.mouseClick(specialists.add_button, Qt.MouseButton.LeftButton)
    type_text(specialists.form.name, "lek. Anna Malec")
    type_text(specialists.form.specialty, "Internista")
    specialists.form.age_min.none.setChecked(False)
    specialists.form.age_min.value.setValue(18)
    wizard.next()

    visits = page()
    visits.form.widgets["0"].setValue(30)
    wizard.next()

    services_page = page().editor
    qtbot.mouseClick(services_page.add_button, Qt.MouseButton.LeftButton)
    type_text(services_page.form.name, "Konsultacja pediatryczna")
    services_page.form.specialist.setCurrentIndex(1)
    type_text(services_page.form.preparation, "Książeczka zdrowia dziecka.")
    wizard.next()

    prices = page()
    type_text(prices.form.widgets["0"], "-5")
    wizard.next()  # a negative price is refused on its page
    assert prices.form.error_shown("0") == "A price cannot be negative."
    prices.form.widgets["0"].clear()
    type_text(prices.form.widgets["0"], "220,50")
    wizard.next()
    page()
    wizard.next()  # the greeting page: Create clinic
    assert wizard.created is not None, wizard.currentPage().problems.text()

    assert [t.split("  ", 1)[1] for t in titles] == [
        "The clinic",
        "Address and how to get there",
        "Parking",
        "Opening hours",
        "Specialists and the ages they accept",
        "Visit length",
        "Services and preparation",
        "Prices",
        "The greeting",
    ]
    card = services.editor.load(anna, wizard.created.id).card
    assert (card.name, card.key, card.language, card.timezone) == (
        "Przychodnia Żoliborz",
        "przychodnia-zoliborz",
        "pl",
        "Europe/Warsaw",
    )
    assert [line.number for line in card.phone_lines] == ["+48225550100"]
    assert [(s.name, s.age_min_months, s.age_max_months, s.visit_minutes) for s in card.specialists] == [
        ("lek. Ewa Łącka", 0, 215, 30),
        ("lek. Anna Malec", 216, None, 20),
    ]
    (service,) = card.services
    assert service.price == Decimal("220.50") and service.specialist_key == card.specialists[0].key
    assert service.preparation == "Książeczka zdrowia dziecka."
    assert "{clinic}" in card.greeting_template
    assert any(line.number == "+48225550100" for line in services.cards.lines())  # a call on it finds the card


def test_the_wizards_services_page_shows_who_performs_each_service(qtbot, app, demo_db: Database) -> None:  # type: ignore[no-untyped-def]
    services = services_for(demo_db)
    anna = services.auth.sign_in("anna", "demo")
    wizard = ClinicWizard(services.editor, anna, "PL", lambda: __import__("datetime").datetime.now().astimezone())
    qtbot.addWidget(wizard)
    wizard.draft = wizard.draft.with_card(
        name="Przychodnia Żoliborz",
        phone_lines=(PhoneLine("+48225550100", "Rejestracja"),),
        address="ul. Słowackiego 12, Warszawa",
        opening_hours="Pon.–Pt. 8:00–19:00",
        specialists=(Specialist("new:1", "lek. Ewa Łącka", "Pediatra", 0, 215),),
        services=(Service("Konsultacja pediatryczna", Decimal("200"), specialist_key="new:1"),),
    )
    wizard.show()
    for _page in range(6):  # the clinic, address, parking, hours, specialists, visit length
        wizard.next()
    page = wizard.currentPage()
    assert page.title().endswith("Services and preparation")
    form = page.editor.form
    assert form.specialist.currentText() == "lek. Ewa Łącka"  # the service as it was, not "—"
    type_text(form.preparation, "Książeczka zdrowia.")  # an edit of another field keeps the specialist
    wizard.next()
    assert wizard.draft.card.services[0].specialist_key == "new:1"


def test_a_saved_price_reaches_the_receptionists_screen_within_2_seconds(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow, other_console: ConsoleServices, clock: Clock
) -> None:
    call = window.services.desk.start_manual(PL_LINE, "600 111 222")
    window.add_call(call)
    window.answer()
    qtbot.keyClicks(window.card.search, "konsult")
    window.outcome.choose(Outcome.NOT_BOOKED)
    type_text(window.outcome.patient, "Maria")
    shown_before = window.card.view
    price_cell = window.card.services_model.index(0, 2)
    assert "220" in price_cell.data()

    supervisor = editor_window(qtbot, other_console)  # on another PC
    set_price(supervisor, 0, "245")
    supervisor.save()
    assert not supervisor.dirty and supervisor.base is not None

    qtbot.waitUntil(lambda: window.card.view is not shown_before, timeout=2000)
    assert "245" in window.card.services_model.index(0, 2).data()
    assert window.card.search.text() == "konsult"  # the search stays
    assert window.outcome.form().outcome is Outcome.NOT_BOOKED and window.outcome.patient.text() == "Maria"
    assert window.current_id == call.id


def test_errors_show_under_the_field_and_block_the_save(qtbot, app, demo_db: Database) -> None:  # type: ignore[no-untyped-def]
    window = editor_window(qtbot, services_for(demo_db))
    version = window.base.version
    set_price(window, 2, "12.345")
    window.tabs.setCurrentIndex(window.tabs.SPECIALISTS)
    window.tabs.specialists.select(1)
    window.tabs.specialists.form.age_min.unit.setCurrentIndex(0)  # years
    window.tabs.specialists.form.age_min.value.setValue(30)  # from 30 years, but "up to 17 years"
    qtbot.waitUntil(lambda: "⚠" in window.tabs.tabText(window.tabs.SPECIALISTS), timeout=2000)
    assert window.tabs.specialists.form.error_shown("age_max_months") == "The upper age limit is below the lower one."
    assert window.save() is False and window.dirty
    assert window.tabs.currentIndex() == window.tabs.SPECIALISTS  # the first tab with a problem
    assert "2 problems to fix" in window.problems.text()
    window.tabs.services_editor.select(2)
    assert window.tabs.service_form.error_shown("price") == "At most two decimal places."
    assert window.services.editor.load(window.person, window.base.id).version == version


def test_a_phone_line_of_another_clinic_is_named(qtbot, app, demo_db: Database) -> None:  # type: ignore[no-untyped-def]
    window = editor_window(qtbot, services_for(demo_db))
    window.tabs.setCurrentIndex(window.tabs.LINES)
    qtbot.mouseClick(window.tabs.lines.add_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(window.tabs.lines.form.number, "+44 161 496 0123")
    window.tabs.lines.form.number.textEdited.emit(window.tabs.lines.form.number.text())
    window.check()
    assert window.tabs.lines.form.error_shown("number") == "This number is already a line of Chorlton Physio Clinic."


def test_second_supervisor_is_refused_and_reapplies_on_top(  # type: ignore[no-untyped-def]
    qtbot, app, demo_db: Database, other_console: ConsoleServices
) -> None:
    first = editor_window(qtbot, services_for(demo_db))
    second = editor_window(qtbot, other_console)
    set_price(first, 0, "111")
    set_price(second, 1, "222")
    assert first.save()
    seen: list[ConflictDialog] = []

    def merge(dialog: QDialog) -> None:
        assert isinstance(dialog, ConflictDialog)
        seen.append(dialog)
        assert "111.00" in dialog.changes.toPlainText() and "222.00" in dialog.changes.toPlainText()
        qtbot.mouseClick(dialog.merge_button, Qt.MouseButton.LeftButton)

    when_dialog_opens(qtbot, merge)
    assert second.save() is False  # refused, shown, and merged into the editor
    assert seen and second.dirty
    assert second.tabs.services_editor.items()[0].price == Decimal("111.00")
    assert second.tabs.services_editor.items()[1].price == Decimal("222")
    assert second.save()
    card = second.services.editor.load(second.person, second.base.id).card
    assert (card.services[0].price, card.services[1].price) == (Decimal("111.00"), Decimal("222.00"))


def test_couldnt_answer_reaches_the_supervisor_who_answers_on_the_card(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow, demo_db: Database
) -> None:
    assert not window.editor_action.isVisible()  # receptionists do not edit cards
    call = window.services.desk.start_manual(PL_LINE, "600 111 222")
    window.add_call(call)

    def ask(dialog: QDialog) -> None:
        assert isinstance(dialog, GapDialog)
        type_text(dialog.question, "Czy można płacić BLIK-iem?")
        dialog.send()

    when_dialog_opens(qtbot, ask)
    qtbot.keyClick(window, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    assert "supervisor" in window.statusBar().currentMessage()

    editor = editor_window(qtbot, services_for(demo_db))
    assert "1 open question" in editor.clinic_list.currentItem().text()
    assert editor.tabs.questions.model.rowCount() == 1

    def answer(dialog: QDialog) -> None:
        assert isinstance(dialog, AnswerDialog)
        type_text(dialog.answer, "Tak, BLIK, karta i gotówka.")
        dialog.accept()

    when_dialog_opens(qtbot, answer)
    editor.tabs.questions.answer_button.click()
    assert editor.tabs.questions.model.rowCount() == 0
    assert editor.tabs.knowledge.items()[-1].question == "Czy można płacić BLIK-iem?"
    qtbot.waitUntil(lambda: "BLIK" in window.card.knowledge.toPlainText(), timeout=2000)


def test_import_and_export_from_the_editor(qtbot, app, demo_db: Database, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    window = editor_window(qtbot, services_for(demo_db))
    path = tmp_path / "cards.json"
    assert files.export_cards(window, None, str(path))
    data = json.loads(path.read_text(encoding="utf-8"))
    data["clinics"][1]["services"][0]["price"] = "199.00"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")

    def yes(dialog: QDialog) -> None:
        assert isinstance(dialog, QMessageBox) and "med-centrum-mokotow" in dialog.text()
        dialog.button(QMessageBox.StandardButton.Yes).click()

    when_dialog_opens(qtbot, yes)
    assert files.import_cards(window, str(path))
    assert window.tabs.services_editor.items()[0].price == Decimal("199.00")

    data["clinics"][1]["colour"] = "green"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    refused: list[str] = []

    def read(dialog: QDialog) -> None:
        refused.append(dialog.text())  # type: ignore[attr-defined]
        dialog.accept()

    when_dialog_opens(qtbot, read)
    assert not files.import_cards(window, str(path))
    assert "clinics[1].colour: Not a field of the card format." in refused[0] and "nothing was changed" in refused[0]


def test_a_card_looked_up_without_a_call_follows_a_save_too(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow, other_console: ConsoleServices
) -> None:
    clinic_id = next(x.clinic_id for x in window.services.cards.lines() if x.number == PL_LINE)
    window.browse(clinic_id)
    shown = window.card.view
    supervisor = editor_window(qtbot, other_console)
    supervisor.tabs.setCurrentIndex(supervisor.tabs.CARD)
    supervisor.tabs.clinic.parking.setPlainText("Parking podziemny, wjazd od ul. Odyńca.")
    assert supervisor.save()
    qtbot.waitUntil(lambda: window.card.view is not shown, timeout=2000)
    assert "podziemny" in window.card.parking.text()


def test_the_retention_of_a_clinics_calls_is_set_on_its_card(qtbot, app, demo_db: Database) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QApplication

    from reception_console.domain.audit import AuditAction

    services = services_for(demo_db)
    window = editor_window(qtbot, services)
    window.tabs.setCurrentIndex(window.tabs.CARD)
    field = window.tabs.clinic.retention
    assert field.value() == 24  # the default
    field.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is field)
    field.selectAll()
    qtbot.keyClicks(QApplication.focusWidget(), "36")
    assert window.dirty
    window.save()
    assert not window.dirty and window.base is not None
    admin = services.auth.sign_in("admin", "demo")
    assert services.editor.load(admin, window.base.id).card.retention_months == 36
    event = next(e for e in services.audit.events(admin) if e.action is AuditAction.CHANGED_CARD)
    assert event.actor == "anna" and event.clinic_id == window.base.id
