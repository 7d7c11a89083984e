"""A screen reader names every control: each interactive widget of every window and dialog has an accessible
name (a label whose buddy it is, its own text, or setAccessibleName), in English, Polish and Russian."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QWidget

from reception_console.domain.calls import CallEvent, EventKind, EventSource, Outcome
from reception_console.storage.database import Database
from reception_console.ui.console.gap_dialog import GapDialog
from reception_console.ui.console.main_window import MainWindow
from reception_console.ui.console.new_call import NewCallDialog
from reception_console.ui.console.sign_in import SignInDialog
from reception_console.ui.console.tasks_dialog import TasksDialog
from reception_console.ui.editor.global_scripts import GlobalScriptsDialog
from reception_console.ui.editor.people_dialog import AddPersonDialog, PeopleDialog
from reception_console.ui.editor.window import CardEditorWindow
from reception_console.ui.editor.wizard import ClinicWizard
from reception_console.ui.settings_dialog import SettingsAction, SettingsDialog
from tests.builders import services_for
from tests.conftest import PL_LINE, Clock
from tests.i18n.speaking import speaking
from tests.ui import test_dashboard
from tests.ui.naming import controls, spoken_name, unnamed

seeded = test_dashboard.seeded


@pytest.fixture(params=["en", "pl", "ru"])
def language(request, app: QApplication) -> Iterator[str]:  # type: ignore[no-untyped-def]
    with speaking(app, request.param):
        yield request.param


def named(qtbot, widget: QWidget, problems: list[str]) -> QWidget:  # type: ignore[no-untyped-def]
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    assert len(controls(widget)) >= 1
    problems += [f"{type(widget).__name__}: {p}" for p in unnamed(widget)]
    return widget


def test_every_control_of_the_console_and_its_dialogs_has_a_name(  # type: ignore[no-untyped-def]
    qtbot, language: str, demo_db: Database, clock: Clock, tmp_path: Path
) -> None:
    services = services_for(demo_db, clock)
    person = services.auth.sign_in("justyna", "demo")
    window = MainWindow(services, person, clock=clock, database_label="Embedded")
    SettingsAction(window, tmp_path / "config.toml", "")
    window.resize(1366, 740)
    problems: list[str] = []
    named(qtbot, window, problems)
    window.receive_event(CallEvent(EventKind.RING, "a", clock.now, EventSource.SOFTPHONE, PL_LINE, "+48600111222"))
    window.answer()
    window.outcome.choose(Outcome.BOOKED)
    problems += unnamed(window)
    names = {spoken_name(w) for w in controls(window)}
    if language == "pl":
        assert "Szukaj w karcie" in " ".join(names)  # the names are translated
    # each dialog kept until the test ends, when qtbot closes it: a shown dialog left to the garbage collector (its
    # signals hold it in a cycle) is destroyed whenever a collection comes, still shown, and that crashes Qt
    kept = [
        named(qtbot, NewCallDialog(services.desk, services.cards.lines(), "PL"), problems),
        named(qtbot, SignInDialog(services.auth, ""), problems),
        named(qtbot, TasksDialog(services.tasks, person, lambda _: "Med Centrum", clock), problems),
        named(qtbot, SettingsDialog(tmp_path / "config.toml", "", "en"), problems),
        named(qtbot, GapDialog(services.gaps, person, window.clinic_names(), None, None), problems),
    ]
    assert all(dialog.isVisible() for dialog in kept)
    assert not problems, "\n".join(sorted(set(problems)))


def test_every_control_of_the_supervisors_windows_has_a_name(  # type: ignore[no-untyped-def]
    qtbot, language: str, seeded, clock: Clock
) -> None:
    problems: list[str] = []
    dashboard = test_dashboard.open_dashboard(qtbot, seeded, clock)
    problems += [f"dashboard: {p}" for p in unnamed(dashboard)]
    admin = seeded.auth.sign_in("admin", "demo")
    editor = CardEditorWindow(seeded, admin, region="PL", clock=clock)
    qtbot.addWidget(editor, before_close_func=lambda w: setattr(w, "dirty", False))
    named(qtbot, editor, problems)
    wizard = named(qtbot, ClinicWizard(seeded.editor, admin, "PL", clock), problems)
    people = named(qtbot, PeopleDialog(seeded.people, admin), problems)
    adding = named(qtbot, AddPersonDialog(seeded.people, admin, people), problems)
    scripts = named(qtbot, GlobalScriptsDialog(seeded.editor, admin), problems)
    assert all(w.isVisible() for w in (wizard, people, adding, scripts))  # (kept until qtbot closes them: above)
    assert not problems, "\n".join(sorted(set(problems)))
