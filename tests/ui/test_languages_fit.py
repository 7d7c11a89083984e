"""Every screen opens in English, Polish, Russian and a long pseudo-language without cut-off text.

The pseudo-language (tests/i18n/pseudo.py) makes every string about 40% longer in accented letters: what fits
in it leaves room for the next translation, and what does not shows where a layout is too tight.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
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
from reception_console.domain.errors import StorageUnavailableError
from reception_console.storage.database import Database
from reception_console.ui.main_window import MainWindow
from reception_console.ui.new_call import NewCallDialog
from reception_console.ui.settings_dialog import SettingsAction, SettingsDialog
from reception_console.ui.sign_in import SignInDialog
from reception_console.ui.tasks_dialog import TasksDialog
from tests.builders import services_for
from tests.conftest import PL_LINE, RU_LINE, Clock
from tests.i18n.clipping import clipped_texts
from tests.i18n.pseudo import build_pseudo_qm
from tests.i18n.speaking import speaking
from tests.ui import test_dashboard

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
