"""Every screen opens in English, Polish, Russian and a long pseudo-language without cut-off text.

The pseudo-language (tests/i18n/pseudo.py) makes every string about 40% longer in accented letters: what fits
in it leaves room for the next translation, and what does not shows where a layout is too tight. The supervisor's
screens are here too: the card editor (every tab), the new clinic wizard (every page), the conflict view, the
global prompts, the people dialog, the admin's shared database dialog, and the receptionist's "Couldn't answer".
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QWidget

from reception_console.domain.calls import (
    CallEvent,
    EventKind,
    EventSource,
    NotBookedReason,
    Outcome,
    OutcomeError,
    OutcomeForm,
)
from reception_console.domain.clinic import PhoneLine, Service, Specialist
from reception_console.domain.errors import StorageUnavailableError
from reception_console.platform.database_settings import SharedDatabase
from reception_console.platform.notify_settings import NotifySettings
from reception_console.services.card_editor import CardConflict
from reception_console.storage.database import Database, open_database, sqlite_url
from reception_console.ui.console.gap_dialog import GapDialog
from reception_console.ui.console.main_window import MainWindow
from reception_console.ui.console.new_call import NewCallDialog
from reception_console.ui.console.sign_in import SignInDialog
from reception_console.ui.console.tasks_dialog import TasksDialog
from reception_console.ui.database_dialog import DatabaseDialog
from reception_console.ui.editor.conflict_dialog import ConflictDialog
from reception_console.ui.editor.global_scripts import GlobalScriptsDialog
from reception_console.ui.editor.people_dialog import AddPersonDialog, PeopleDialog
from reception_console.ui.editor.questions_tab import AnswerDialog
from reception_console.ui.editor.window import CardEditorWindow
from reception_console.ui.editor.wizard import ClinicWizard
from reception_console.ui.messages_settings import MessageSettingsDialog
from reception_console.ui.settings_dialog import SettingsAction, SettingsDialog
from tests.builders import services_for
from tests.conftest import PL_LINE, RU_LINE, Clock
from tests.i18n.clipping import clipped_texts
from tests.i18n.pseudo import build_pseudo_qm
from tests.i18n.speaking import speaking
from tests.ui import test_dashboard
from tests.ui.conftest import console_on_screen
from tests.ui.saving import settled

LANGUAGES = ["en", "pl", "ru", "pseudo"]
seeded = test_dashboard.seeded  # the dashboard tests' fixture: six weeks of calls, open tasks of every kind


@pytest.fixture(scope="session")
def pseudo_qm(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_pseudo_qm(tmp_path_factory.mktemp("pseudo"))


@pytest.fixture(params=LANGUAGES)
def language(request, app: QApplication, pseudo_qm: Path) -> Iterator[str]:  # type: ignore[no-untyped-def]
    with speaking(app, request.param, pseudo_qm if request.param == "pseudo" else None):
        yield request.param


def fits(widget: QWidget, language: str) -> None:
    """No text cut in `widget`. The pseudo-language's hints in empty fields may end in "…" (Qt elides them,
    and they are hints); in real languages those must fit too."""
    QApplication.processEvents()
    problems = clipped_texts(widget, placeholders=language != "pseudo")
    assert not problems, "\n".join(problems)


def test_the_window_through_a_call(qtbot, language: str, demo_db: Database, clock: Clock, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    services = services_for(demo_db, clock)
    window = MainWindow(services, services.auth.sign_in("justyna", "demo"), clock=clock, database_label="Embedded")
    qtbot.addWidget(window)
    SettingsAction(window, tmp_path / "config.toml", "")
    window.resize(1366, 740)
    window.show()
    qtbot.waitExposed(window)
    assert (window.new_call_action.text() == "New call  Ctrl+N") == (language == "en")  # really translated
    fits(window, language)  # no calls yet
    window.receive_event(CallEvent(EventKind.RING, "a", clock.now, EventSource.SOFTPHONE, PL_LINE, "+48600111222"))
    fits(window, language)  # ringing
    window.answer()
    window.outcome.choose(Outcome.BOOKED)
    fits(window, language)
    window.outcome.choose(Outcome.NOT_BOOKED)
    window.outcome.reason.setCurrentIndex(list(NotBookedReason).index(NotBookedReason.WILL_THINK))
    fits(window, language)
    window.outcome.show_error(OutcomeError("not_answered", "outcome", ""))
    fits(window, language)
    window.outcome.choose(Outcome.INFO_ONLY)
    window.save()
    settled(qtbot, window)
    clock.advance(minutes=5)
    ring = CallEvent(EventKind.RING, "b", clock.now, EventSource.SOFTPHONE, PL_LINE, "+48600111222", "Maria Wiśniewska")
    window.receive_event(ring)
    window.card.search.setText("5")
    fits(window, language)  # a returning caller, the card filtered by age
    caller = window.header.caller
    assert caller.fontMetrics().horizontalAdvance(caller.text()) <= caller.width()  # the name and number whole
    window.end()
    fits(window, language)
    window.receive_event(CallEvent(EventKind.RING, "c", clock.now, EventSource.SOFTPHONE, "+48221111111", None))
    window.select_call("c")
    fits(window, language)  # a line of no clinic
    window.outage.failed(StorageUnavailableError("database is locked"))
    fits(window, language)  # the database gone: the banner


def show(qtbot, dialog: QWidget) -> QWidget:  # type: ignore[no-untyped-def]
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_the_dialogs(qtbot, language: str, demo_db: Database, clock: Clock, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    services = services_for(demo_db, clock)
    new_call = show(qtbot, NewCallDialog(services.desk, services.cards.lines(), "PL"))
    fits(new_call, language)
    new_call.caller.setText("12ab")
    new_call.start()
    fits(new_call, language)

    sign_in = show(qtbot, SignInDialog(services.auth, "olga"))
    fits(sign_in, language)
    sign_in.try_sign_in()
    fits(sign_in, language)

    person = services.auth.sign_in("olga", "demo")
    services.desk.receptionist = person
    missed = services.desk.receive(CallEvent(EventKind.RING, "m", clock.now, EventSource.PBX, RU_LINE, "+79161234567"))
    services.desk.receive(CallEvent(EventKind.END, missed.id, clock.now, EventSource.PBX))
    talk = services.desk.receive(CallEvent(EventKind.RING, "t", clock.now, EventSource.PBX, RU_LINE, "+79161234568"))
    services.desk.answer(talk.id)
    form = OutcomeForm(
        Outcome.NOT_BOOKED, NotBookedReason.TOO_EXPENSIVE, message_to="owner: Иван Петров", message_text="…"
    )
    services.desk.save(talk.id, form.with_(follow_up_due=clock.now + timedelta(days=1)))
    clock.advance(days=3)  # everything overdue
    tasks = show(qtbot, TasksDialog(services.tasks, person, lambda _: "Стоматология «Улыбка»", clock))
    assert tasks.model.rowCount() == 3  # a callback, a follow-up and a message
    fits(tasks, language)

    settings = show(qtbot, SettingsDialog(tmp_path / "config.toml", "", "en"))
    fits(settings, language)
    settings.language_box.setCurrentIndex(settings.language_box.findData("ru"))
    fits(settings, language)

    shared = SharedDatabase("db.callcentre.local", 5432, "reception", "verify-full", "", "desk-7")
    database = show(qtbot, DatabaseDialog(tmp_path / "config.toml", shared))
    fits(database, language)
    database.save()  # the CA certificate named nowhere: fine; a missing server is said under the form
    database = show(qtbot, DatabaseDialog(tmp_path / "config.toml", SharedDatabase()))
    database.save()
    fits(database, language)
    messages = show(qtbot, MessageSettingsDialog(tmp_path / "config.toml", NotifySettings(), lambda *_: (True, "")))
    fits(messages, language)
    messages._tested(False, "The mail server refused the login of console@clinic.test: 535 5.7.8")
    fits(messages, language)


def test_the_dashboard(qtbot, language: str, seeded, clock: Clock) -> None:  # type: ignore[no-untyped-def]
    window = test_dashboard.open_dashboard(qtbot, seeded, clock)
    window.resize(1366, 740)
    for tab in range(window.tabs.count()):
        window.tabs.setCurrentIndex(tab)
        fits(window, language)
    for sub in range(window.lists.count()):
        window.lists.setCurrentIndex(sub)
        fits(window, language)
    with qtbot.waitSignal(window.loaded, timeout=10_000):
        window.clinic.setCurrentIndex(1)  # one clinic: the loss points in full
    window.tabs.setCurrentIndex(2)
    fits(window, language)


def test_the_card_editor(qtbot, language: str, demo_db: Database, clock: Clock) -> None:  # type: ignore[no-untyped-def]
    services = services_for(demo_db, clock)
    admin = services.auth.sign_in("admin", "demo")  # an admin sees every action, People… too
    justyna = services.auth.sign_in("justyna", "demo")
    clinic = next(c for c in services.editor.clinics(admin) if c.key == "med-centrum-mokotow")
    for question in ("Czy można płacić kartą?", "Czy jest winda dla wózka?"):
        services.gaps.report(justyna, clinic.id, question)
    window = CardEditorWindow(services, admin, region="PL", clock=clock)
    qtbot.addWidget(window, before_close_func=lambda w: setattr(w, "dirty", False))  # no "save changes?"
    window.show()
    qtbot.waitExposed(window)
    for key in ("ulybka-dental", "chorlton-physio", "med-centrum-mokotow"):  # each language's card
        window.refresh_clinics(next(c.id for c in services.editor.clinics(admin) if c.key == key))
        for tab in range(window.tabs.count()):
            window.tabs.setCurrentIndex(tab)
            fits(window, language)
    price = window.tabs.service_form.price
    window.tabs.services_editor.select(0)
    price.setText("240")
    price.textEdited.emit(price.text())
    assert window.save()
    window.tabs.setCurrentIndex(window.tabs.HISTORY)
    fits(window, language)  # a change: when, who, what, before and after
    window.tabs.setCurrentIndex(window.tabs.SPECIALISTS)
    window.tabs.specialists.select(1)
    form = window.tabs.specialists.form
    form.age_min.value.setValue(18)  # above the upper limit: the message under the field, the count below
    form.age_min.unit.setCurrentIndex(0)
    window.check()
    assert window.problems.text()
    fits(window, language)
    window.tabs.setCurrentIndex(window.tabs.SCRIPT)
    window.tabs.script.prompts.own.setChecked(True)  # the clinic's own words: the global prompt shown beside
    fits(window, language)

    answer = show(qtbot, AnswerDialog(window.tabs.questions.model.group(0), window))
    fits(answer, language)
    scripts = show(qtbot, GlobalScriptsDialog(services.editor, admin, window))
    fits(scripts, language)
    people = show(qtbot, PeopleDialog(services.people, admin, window))
    fits(people, language)
    add = show(qtbot, AddPersonDialog(services.people, admin, people))
    add.login.setText("Marta!")
    add._add()  # a login that is refused: the message under the field
    fits(add, language)


def test_the_new_clinic_wizard(qtbot, language: str, demo_db: Database, clock: Clock) -> None:  # type: ignore[no-untyped-def]
    services = services_for(demo_db, clock)
    anna = services.auth.sign_in("anna", "demo")
    wizard = ClinicWizard(services.editor, anna, "PL", clock)
    wizard.draft = wizard.draft.with_card(
        name="Przychodnia Żoliborz",
        phone_lines=(PhoneLine("+48225550100", "Rejestracja"),),
        address="ul. Słowackiego 12, 01-627 Warszawa",
        directions="Metro Plac Wilsona, wyjście B; wejście od podwórza.",
        parking="Bezpłatny parking przy budynku.",
        opening_hours="Pon.–Pt. 8:00–19:00\nSob. 9:00–13:00",
        specialists=(
            Specialist("new:1", "lek. Ewa Łącka", "Pediatra", 0, 215),
            Specialist("new:2", "dr Piotr Zając", "Ortopeda dziecięcy", 36, 215),
        ),
        services=(Service("Konsultacja pediatryczna", Decimal("200"), specialist_key="new:1"),),
    )
    show(qtbot, wizard)
    for _page in range(len(wizard.pages)):
        fits(wizard, language)
        if wizard.currentPage() is wizard.pages[-1]:
            break
        wizard.next()
    assert wizard.currentPage() is wizard.pages[-1]  # every page was seen


def test_the_conflict_and_couldnt_answer_dialogs(qtbot, language: str, demo_db: Database, clock: Clock) -> None:  # type: ignore[no-untyped-def]
    services = services_for(demo_db, clock)
    anna = services.auth.sign_in("anna", "demo")
    clinic = next(c for c in services.editor.clinics(anna) if c.key == "med-centrum-mokotow")
    base = services.editor.load(anna, clinic.id)
    assert demo_db.sqlite_path is not None
    other = open_database(sqlite_url(demo_db.sqlite_path))  # another supervisor, on another PC
    try:
        second = services_for(other, clock)
        theirs = list(base.card.services)
        theirs[0] = replace(theirs[0], price=Decimal("240.00"))
        second.editor.save(second.auth.sign_in("admin", "demo"), base, base.with_card(services=tuple(theirs)))
    finally:
        other.dispose()
    mine = list(base.card.services)
    mine[1] = replace(mine[1], preparation="Proszę zabrać książeczkę zdrowia dziecka.")
    with pytest.raises(CardConflict) as refused:
        services.editor.save(anna, base, base.with_card(services=tuple(mine)))
    conflict = show(qtbot, ConflictDialog(refused.value))
    fits(conflict, language)

    justyna = services.auth.sign_in("justyna", "demo")
    clinics = {c.id: c.name for c in services.editor.clinics(anna)}
    gap = show(qtbot, GapDialog(services.gaps, justyna, clinics, clinic.id, None))
    fits(gap, language)
    gap.send()  # no question typed: the message under the field
    fits(gap, language)


def test_practice(qtbot, language: str, demo_db: Database, clock: Clock) -> None:  # type: ignore[no-untyped-def]
    """The console in practice (its banner with the patient's line), Practice… and the score."""
    from reception_console.domain.training.scenarios import Topic
    from reception_console.domain.training.scoring import AttemptRecord, score_attempt
    from reception_console.ui.console.practice_dialog import PracticeDialog
    from reception_console.ui.console.practice_score import ScoreDialog

    services = services_for(demo_db, clock)
    window = console_on_screen(qtbot, services, clock)
    clinic_id = next(line.clinic_id for line in services.cards.lines() if line.number == PL_LINE)
    dialog = show(qtbot, PracticeDialog(window.clinic_names(), clinic_id, window.practice._scenarios))
    fits(dialog, language)
    scenario = next(s for s in services.training.scenarios(clinic_id) if s.topic is Topic.TOO_EXPENSIVE)
    window.practice.start(clinic_id, scenario)
    window.answer()
    fits(window, language)  # the banner, the patient's first line
    nothing_done = AttemptRecord(4.0, "med-centrum-mokotow", True, (), None)
    fits(show(qtbot, ScoreDialog(scenario, score_attempt(scenario, nothing_done))), language)
    window.practice.back_to_live()
