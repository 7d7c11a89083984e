from PySide6.QtCore import Qt

from reception_console.storage.database import Database
from reception_console.ui.console.new_call import NewCallDialog
from reception_console.ui.console.sign_in import SignInDialog
from tests.builders import services_for
from tests.conftest import PL_LINE


def test_new_call_by_keyboard_with_up_down(qtbot, app, demo_db: Database) -> None:  # type: ignore[no-untyped-def]
    services = services_for(demo_db)
    dialog = NewCallDialog(services.desk, services.cards.lines(), "PL")
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.filter, "med")
    assert dialog.proxy.rowCount() == 2
    qtbot.keyClick(dialog.filter, Qt.Key.Key_Down)
    assert dialog.chosen_line() == "+48228431201"
    qtbot.keyClick(dialog.filter, Qt.Key.Key_Up)
    assert dialog.chosen_line() == PL_LINE


def test_a_bad_caller_number_is_explained_inline(qtbot, app, demo_db: Database) -> None:  # type: ignore[no-untyped-def]
    services = services_for(demo_db)
    dialog = NewCallDialog(services.desk, services.cards.lines(), "PL")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.caller, "12ab")
    dialog.start()
    assert dialog.call is None and dialog.error.isVisible() and "12ab" in dialog.error.text()


def test_a_number_that_is_no_clinic_line_still_starts_a_call(qtbot, app, demo_db: Database) -> None:  # type: ignore[no-untyped-def]
    services = services_for(demo_db)
    dialog = NewCallDialog(services.desk, services.cards.lines(), "PL")
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.filter, "22 111 11 11")
    assert dialog.proxy.rowCount() == 0
    dialog.start()
    assert dialog.call is not None and dialog.call.clinic_id is None and dialog.call.line == "+48221111111"


def test_nothing_typed_and_nothing_matching_asks_for_the_line(qtbot, app, demo_db: Database) -> None:  # type: ignore[no-untyped-def]
    services = services_for(demo_db)
    dialog = NewCallDialog(services.desk, services.cards.lines(), "PL")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.filter, "zzz")
    dialog.start()
    assert dialog.call is None and "zzz" in dialog.error.text()


def test_sign_in_refuses_a_wrong_password_with_a_message(qtbot, app, demo_db: Database) -> None:  # type: ignore[no-untyped-def]
    dialog = SignInDialog(services_for(demo_db).auth, "olga")
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.login_text() == "olga"
    qtbot.keyClicks(dialog.password, "wrong")
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    assert dialog.person is None and "Wrong name or password" in dialog.error.text()
    dialog.password.clear()
    qtbot.keyClicks(dialog.password, "demo")
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    assert dialog.person is not None and dialog.person.login == "olga"


def test_sign_in_offers_receptionists_first(qtbot, app, demo_db: Database) -> None:  # type: ignore[no-untyped-def]
    dialog = SignInDialog(services_for(demo_db).auth, "")
    qtbot.addWidget(dialog)
    logins = [dialog.login.itemData(i) for i in range(dialog.login.count())]
    assert logins[:2] == ["justyna", "olga"] and logins[-1] == "admin"
    assert dialog.login_text() == "justyna"


def test_anonymous_typed_as_the_caller_is_a_withheld_number(qtbot, app, demo_db: Database) -> None:  # type: ignore[no-untyped-def]
    """The Ctrl+N dialog reads a caller the way a ring from the phone is read: `anonymous` is withheld."""
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    services = services_for(demo_db)
    dialog = NewCallDialog(services.desk, services.cards.lines(), "PL")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.filter)
    for key in ("Moko", Qt.Key.Key_Return, "anonymous", Qt.Key.Key_Return):
        if isinstance(key, str):
            QTest.keyClicks(QApplication.focusWidget(), key)
        else:
            QTest.keyClick(QApplication.focusWidget(), key)
    assert dialog.call is not None and dialog.call.caller is None and dialog.call.line == PL_LINE
    assert services.desk.get(dialog.call.id).caller is None
