"""Every window inside the screen it opens on, nothing cut: run by test_screen_sizes.py once per screen (a
process each, with the offscreen screen's size and QT_SCALE_FACTOR set), not collected on its own."""

from __future__ import annotations

import os

import pytest
from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QSplitter,
    QWidget,
)

from reception_console.domain.calls import CallEvent, EventKind, EventSource, Outcome, OutcomeForm
from reception_console.storage.database import Database
from reception_console.ui.console.main_window import MainWindow
from reception_console.ui.console.new_call import NewCallDialog
from reception_console.ui.console.tasks_dialog import TasksDialog
from reception_console.ui.editor.global_scripts import GlobalScriptsDialog
from reception_console.ui.editor.people_dialog import PeopleDialog
from reception_console.ui.editor.window import CardEditorWindow
from reception_console.ui.editor.wizard import ClinicWizard
from reception_console.ui.settings_dialog import SettingsAction, SettingsDialog
from tests.builders import services_for
from tests.conftest import PL_LINE, Clock
from tests.i18n.clipping import clipped_texts
from tests.ui import test_dashboard

pytestmark = pytest.mark.skipif("SCREEN_UNDER_TEST" not in os.environ, reason="run by test_screen_sizes.py")
seeded = test_dashboard.seeded
CONTROLS = (QAbstractButton, QLineEdit, QComboBox, QAbstractSpinBox, QLabel)


def _rect_in(widget: QWidget, window: QWidget) -> QRect:
    return QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())


def off_screen(window: QWidget) -> list[str]:
    """The window outside the screen's free room, a control outside what holds it (other than scrolled out of
    a scroll area's view, which scrolls to it), a control squeezed below its minimum, or text cut."""
    QApplication.processEvents()
    room = window.screen().availableGeometry()
    problems = []
    if not room.contains(window.frameGeometry()):
        problems.append(f"{type(window).__name__} at {window.frameGeometry()} is outside the screen's {room}")
    for widget in window.findChildren(QWidget):
        if not isinstance(widget, CONTROLS) or not widget.isVisible() or widget.isWindow():
            continue
        if widget.objectName().startswith("qt_"):  # a part of a Qt control (a spin box's text): the control counts
            continue
        if isinstance(widget, QLabel) and not widget.text():
            continue
        name = f"{type(widget).__name__}#{widget.objectName()} {getattr(widget, 'text', lambda: '')()!r}"
        hint = widget.minimumSizeHint()
        if widget.width() < hint.width() - 1 or widget.height() < hint.height() - 1:
            problems.append(f"{name} squeezed to {widget.size().toTuple()} below {hint.toTuple()}")
        rect, parent = _rect_in(widget, window), widget.parentWidget()
        while parent is not None and parent is not window:
            if isinstance(parent.parentWidget(), QAbstractScrollArea) and parent is parent.parentWidget().viewport():
                break  # in a pane that scrolls: reachable by scrolling (and by Tab, which scrolls to it)
            if not _rect_in(parent, window).contains(rect):
                problems.append(f"{name} cut by {type(parent).__name__}#{parent.objectName()}")
                break
            parent = parent.parentWidget()
    return problems + clipped_texts(window, placeholders=False)


def opened(qtbot, widget: QWidget) -> QWidget:  # type: ignore[no-untyped-def]
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def logical_size() -> tuple[int, int]:
    width, height = os.environ["SCREEN_UNDER_TEST"].split("x")
    return int(width), int(height)


def test_the_console_fits(qtbot, app, demo_db: Database, clock: Clock, tmp_path) -> None:  # type: ignore[no-untyped-def]
    assert app.primaryScreen().availableGeometry().size().toTuple() == logical_size()
    services = services_for(demo_db, clock)
    caller = "+48600111222"
    services.desk.receive(CallEvent(EventKind.RING, "before", clock.now, EventSource.SOFTPHONE, PL_LINE, caller))
    services.desk.answer("before")
    services.desk.save("before", OutcomeForm(Outcome.INFO_ONLY))  # she called before: the widest call header
    clock.advance(minutes=5)
    window = MainWindow(services, services.auth.sign_in("justyna", "demo"), clock=clock, database_label="Embedded")
    SettingsAction(window, tmp_path / "config.toml", "")
    opened(qtbot, window)
    problems = off_screen(window)
    split = window.centralWidget().findChild(QSplitter)
    sizes = split.sizes()
    window.receive_event(CallEvent(EventKind.RING, "a", clock.now, EventSource.SOFTPHONE, PL_LINE, caller))
    problems += off_screen(window)
    assert window.header.returning.isVisible() and window.header.answer.isVisible()
    assert split.sizes() == sizes, "a ring moved the columns"  # each move lays out and paints the whole window
    size = window.frameGeometry().size()
    window.answer()
    window.outcome.choose(Outcome.NOT_BOOKED)  # the longest form
    problems += off_screen(window)
    assert window.frameGeometry().size() == size, "choosing an outcome changed the window's size"
    save = window.outcome.save
    assert window.screen().availableGeometry().contains(QRect(save.mapToGlobal(QPoint(0, 0)), save.size()))
    specialists = window.card.specialists
    rows = specialists.viewport().height() // specialists.rowHeight(0)
    print(f"{logical_size()}: {rows} specialist rows, window {window.frameGeometry().size().toTuple()}")
    if logical_size()[1] >= 720:  # 1920×1080 at 150 %: the outcome form whole, six specialists in sight
        assert window.outcome.fields_area.verticalScrollBar().maximum() == 0, "the outcome form scrolls"
        assert rows >= 6
    assert not problems, "\n".join(problems)


def test_the_dialogs_fit(qtbot, app, demo_db: Database, clock: Clock, tmp_path) -> None:  # type: ignore[no-untyped-def]
    services = services_for(demo_db, clock)
    person = services.auth.sign_in("justyna", "demo")
    problems = []
    for dialog in (
        NewCallDialog(services.desk, services.cards.lines(), "PL"),
        TasksDialog(services.tasks, person, lambda _: "Med Centrum Mokotów", clock),
        SettingsDialog(tmp_path / "config.toml", "", "en"),
    ):
        problems += off_screen(opened(qtbot, dialog))
    assert not problems, "\n".join(problems)


def test_the_supervisors_windows_fit(qtbot, app, seeded, clock: Clock) -> None:  # type: ignore[no-untyped-def]
    problems = []
    dashboard = test_dashboard.open_dashboard(qtbot, seeded, clock)
    for tab in range(dashboard.tabs.count()):
        dashboard.tabs.setCurrentIndex(tab)
        problems += [f"dashboard tab {tab}: {p}" for p in off_screen(dashboard)]
    admin = seeded.auth.sign_in("admin", "demo")
    editor = CardEditorWindow(seeded, admin, region="PL", clock=clock)
    qtbot.addWidget(editor, before_close_func=lambda w: setattr(w, "dirty", False))
    opened(qtbot, editor)
    for tab in range(editor.tabs.count()):
        editor.tabs.setCurrentIndex(tab)
        problems += [f"editor tab {tab}: {p}" for p in off_screen(editor)]
    wizard = opened(qtbot, ClinicWizard(seeded.editor, admin, "PL", clock))
    problems += off_screen(wizard)
    problems += off_screen(opened(qtbot, PeopleDialog(seeded.people, admin)))
    problems += off_screen(opened(qtbot, GlobalScriptsDialog(seeded.editor, admin)))
    assert not problems, "\n".join(problems)
