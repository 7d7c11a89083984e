"""Who is signed in at a console: their name in the status bar, the supervisor's menus for their role, another
person signing in without a restart, and what happens when an admin switches the person off."""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel, QMessageBox

from ...domain.people import Person
from ...services.console import ConsoleServices
from .missed_calls import MissedCallsPanel
from .session_guard import SessionGuard
from .sign_in import SignInDialog
from .supervising import Supervising

if TYPE_CHECKING:
    from .practice import PracticeMode


class MainWindow(Protocol):
    """What signing in and out needs of the console window."""

    services: ConsoleServices
    person: Person
    current_id: str | None
    ui_state: QSettings | None
    session: SessionGuard
    supervising: Supervising
    missed: MissedCallsPanel
    practice: PracticeMode
    person_label: QLabel
    editor_action: QAction
    dashboard_action: QAction

    def keep_draft(self) -> None: ...

    def show_call(self, call_id: str | None) -> None: ...

    def switch_user(self) -> bool: ...

    def close(self) -> bool: ...


def show_person(window: MainWindow) -> None:
    person = window.person
    role = {
        "receptionist": QCoreApplication.translate("MainWindow", "receptionist"),
        "supervisor": QCoreApplication.translate("MainWindow", "supervisor"),
        "admin": QCoreApplication.translate("MainWindow", "admin"),
    }
    window.person_label.setText(f"{person.display_name} · {role.get(person.role.value, '')}")
    window.editor_action.setVisible(window.supervising.allowed(person))
    window.dashboard_action.setVisible(window.supervising.allowed(person))


def person_updated(window: MainWindow, person: Person) -> None:
    """The same person with a new role or name, or another person signed in: everything that shows or uses it."""
    window.supervising.person_changed(person)
    window.person = window.session.person = window.services.desk.receptionist = person
    show_person(window)


def switch_user(window: MainWindow) -> bool:
    """Another person signs in at this console; False when the dialog was cancelled."""
    window.keep_draft()
    dialog = SignInDialog(window.services.auth, window.person.login, window)
    if not dialog.exec() or dialog.person is None:
        return False
    if dialog.person.id != window.person.id:
        window.practice.another_person()  # a practice call was the previous person's: it ends unscored
    person_updated(window, dialog.person)
    window.missed.set_person(dialog.person)
    window.show_call(window.current_id)
    if window.ui_state is not None:
        window.ui_state.setValue("sign_in/last_login", dialog.person.login)
    return True


def switched_off(window: MainWindow) -> None:
    """An admin switched the signed-in person off: someone signs in again, or the window closes (calls kept)."""
    window.session.timer.stop()
    window.keep_draft()
    QMessageBox.information(
        window,
        QCoreApplication.translate("MainWindow", "Reception Console"),
        QCoreApplication.translate(
            "MainWindow", "An administrator switched off %1. Sign in to go on; the calls on screen are kept."
        ).replace("%1", window.person.display_name),
    )
    if window.switch_user():
        window.session.timer.start()
    else:
        window.close()
