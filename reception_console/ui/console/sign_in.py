"""Who is at the console: name and password. Used at start and to switch user without restarting.

At start the window is shown before the database is open: the person can type while the storage loads, and
the names arrive with `ready()`. A ring meanwhile is recorded without a receptionist and announced here.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from ...domain.people import Person, Role

if TYPE_CHECKING:  # the window is on screen before the services are imported
    from ...services.auth import AuthService

ERROR_LINES = 3  # the error's place is kept this tall, so nothing moves when one appears


def offered_login(people: list[Person], last_login: str) -> str:
    """The name put in front of the next person: the last one if a receptionist, else the first receptionist;
    never a supervisor's or an admin's (the next receptionist would sign in as the supervisor with one password)."""
    receptionists = [p for p in people if p.role is Role.RECEPTIONIST and p.active]
    last = next((p for p in receptionists if p.login == last_login), None)
    if last is not None:
        return last.login
    return receptionists[0].login if receptionists else ""


class SignInDialog(QDialog):
    def __init__(self, auth: AuthService | None = None, last_login: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._auth: AuthService | None = None
        self._last_login = last_login
        self._waiting = False  # Sign in pressed before the names were loaded
        self.person: Person | None = None
        self.setWindowTitle(self.tr("Sign in — Reception Console"))

        self.login = QComboBox()
        self.login.setEditable(True)
        self.login.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.login.setMinimumWidth(self.login.fontMetrics().averageCharWidth() * 36)  # the dialog's width
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.ringing = QLabel()
        self.ringing.setObjectName("signInRinging")
        self.ringing.setWordWrap(True)
        self.ringing.hide()
        self.error = QLabel()
        self.error.setObjectName("error")
        self.error.setWordWrap(True)
        self.error.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.error.setMinimumHeight(self.error.fontMetrics().lineSpacing() * ERROR_LINES)

        form = QFormLayout()
        form.addRow(self.tr("&Name:"), self.login)
        form.addRow(self.tr("&Password:"), self.password)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Sign in"))
        self.buttons.accepted.connect(self.try_sign_in)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)  # grows for a long error, never squashes
        title = QLabel(self.tr("Who is at the console?"))
        title.setObjectName("dialogTitle")
        layout.addWidget(title)
        layout.addWidget(self.ringing)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        if auth is not None:
            self.ready(auth)
        else:
            self.login.setPlaceholderText(self.tr("Loading the names"))
            self.password.setFocus(Qt.FocusReason.OtherFocusReason)

    def ready(self, auth: AuthService) -> None:
        """The database is open: the names to choose from, and a sign-in pressed meanwhile goes through."""
        self._auth = auth
        typed = self.login.currentText().strip()
        # the people who answer the phone first: a new console should not offer the administrator's name
        order = {Role.RECEPTIONIST: 0, Role.SUPERVISOR: 1, Role.ADMIN: 2}
        people = sorted(auth.people(), key=lambda p: (order.get(p.role, 3), p.display_name.casefold()))
        self.login.setPlaceholderText(self.tr("Your name or login"))
        for person in people:
            self.login.addItem(f"{person.display_name} ({person.login})", person.login)
        offered = offered_login(people, self._last_login)
        if typed:  # typed while the names were loading: keep it
            self.login.setCurrentIndex(-1)
            self.login.setEditText(typed)
        elif offered:
            self.login.setCurrentIndex(self.login.findData(offered))
        else:
            self.login.setCurrentIndex(-1)
            self.login.setEditText("")
            if not self.password.text():
                self.login.setFocus(Qt.FocusReason.OtherFocusReason)
        if offered and not typed and self.focusWidget() is not self.password:
            self.password.setFocus(Qt.FocusReason.OtherFocusReason)
        if self._waiting:
            self._waiting = False
            self.try_sign_in()

    def announce_ring(self, text: str) -> None:
        """A call rings while nobody is signed in: it is recorded; whoever signs in finds it on screen."""
        self.ringing.setText(text)
        self.ringing.show()

    def login_text(self) -> str:
        data = self.login.currentData()
        typed = self.login.currentText().strip()
        if data is not None and self.login.itemText(self.login.currentIndex()) == typed:
            return str(data)
        return typed

    def try_sign_in(self) -> None:
        if self._auth is None:
            self._waiting = True
            return
        from ...domain.errors import StorageUnavailableError
        from ...services.auth import ShortPasswordError, SignInError, SignInThrottledError

        try:
            self.person = self._auth.sign_in(self.login_text(), self.password.text())
        except StorageUnavailableError:
            self.error.setText(self.tr("The database cannot be reached. Try again in a moment, or call IT."))
            self.password.setFocus()
            return
        except SignInThrottledError as error:
            wait = self.tr("Too many wrong passwords in a row. Try again in %1 s.")
            self.error.setText(wait.replace("%1", str(error.seconds)))
            self.password.selectAll()
            self.password.setFocus()
            return
        except ShortPasswordError:
            self.error.setText(
                self.tr("This password is shorter than 8 characters. Ask an admin to set you a new one.")
            )
            self.password.clear()
            self.password.setFocus()
            return
        except SignInError:
            self.error.setText(self.tr("Wrong name or password. Check the keyboard layout and Caps Lock."))
            self.password.selectAll()
            self.password.setFocus()
            return
        self.accept()
