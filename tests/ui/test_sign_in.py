"""The sign-in window: shown before the database is open, never offering a supervisor's login to the next person,
and steady under an error. Keys go where the keyboard focus is, as a person types."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from reception_console.domain.people import Person, Role
from reception_console.storage.database import Database
from reception_console.ui.console.sign_in import SignInDialog, offered_login
from tests.builders import services_for


def typed(text: str) -> None:
    for ch in text:
        QTest.keyClick(QApplication.focusWidget(), ch)


def press(key: Qt.Key) -> None:
    QTest.keyClick(QApplication.focusWidget(), key)


def shown(qtbot, dialog: SignInDialog) -> SignInDialog:  # type: ignore[no-untyped-def]
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    return dialog


def people() -> list[Person]:
    return [
        Person(1, "anna", "Anna", Role.SUPERVISOR),
        Person(2, "olga", "Olga", Role.RECEPTIONIST),
        Person(3, "admin", "Admin", Role.ADMIN),
        Person(4, "basia", "Basia", Role.RECEPTIONIST, active=False),
    ]


def test_the_last_login_is_offered_only_when_it_is_a_receptionists() -> None:
    assert offered_login(people(), "olga") == "olga"
    assert offered_login(people(), "anna") == "olga"  # a supervisor's name is never put in front of the next person
    assert offered_login(people(), "admin") == "olga"
    assert offered_login(people(), "basia") == "olga"  # switched off: not offered either
    assert offered_login(people()[:1], "anna") == ""


def test_after_a_supervisor_the_next_person_is_not_offered_her_login(qtbot, app, demo_db: Database) -> None:  # type: ignore[no-untyped-def]
    dialog = SignInDialog(services_for(demo_db).auth, "anna")
    shown(qtbot, dialog)
    assert dialog.login_text() != "anna"
    assert QApplication.focusWidget() is dialog.password
    typed("demo")
    press(Qt.Key.Key_Return)
    assert dialog.person is not None and dialog.person.role is Role.RECEPTIONIST


def test_an_error_moves_and_squashes_nothing(qtbot, app, demo_db: Database) -> None:  # type: ignore[no-untyped-def]
    dialog = SignInDialog(services_for(demo_db).auth, "olga")
    shown(qtbot, dialog)
    before = {w: w.geometry() for w in (dialog.login, dialog.password, dialog.buttons)}
    size = dialog.size()
    typed("wrong")
    press(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: bool(dialog.error.text()))
    QApplication.processEvents()
    assert dialog.error.heightForWidth(dialog.error.width()) <= dialog.error.height()  # the whole message shows
    assert {w: w.geometry() for w in before} == before
    assert dialog.size() == size
    for field in (dialog.login, dialog.password):
        assert field.height() >= field.sizeHint().height()


def test_typing_while_the_database_loads_signs_in_when_it_is_open(qtbot, app, demo_db: Database) -> None:  # type: ignore[no-untyped-def]
    dialog = SignInDialog(None, "olga")
    shown(qtbot, dialog)
    assert dialog.login.count() == 0 and QApplication.focusWidget() is dialog.password
    typed("demo")
    press(Qt.Key.Key_Return)  # pressed before the names arrived: nothing is lost
    assert dialog.person is None and dialog.isVisible()
    dialog.ready(services_for(demo_db).auth)
    assert dialog.person is not None and dialog.person.login == "olga"


def test_a_ring_at_the_sign_in_window_is_announced(qtbot, app, demo_db: Database) -> None:  # type: ignore[no-untyped-def]
    dialog = SignInDialog(services_for(demo_db).auth, "olga")
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.ringing.isVisible()
    dialog.announce_ring("The phone is ringing")
    assert dialog.ringing.isVisible() and dialog.ringing.text() == "The phone is ringing"
