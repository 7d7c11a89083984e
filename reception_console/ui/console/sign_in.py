"""Who is at the console: name and password. Used at start and to switch user without restarting."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from ...domain.people import Person, Role
from ...services.auth import AuthService, SignInError


class SignInDialog(QDialog):
    def __init__(self, auth: AuthService, last_login: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._auth = auth
        self.person: Person | None = None
        self.setWindowTitle(self.tr("Sign in — Reception Console"))
        self.setMinimumWidth(380)

        self.login = QComboBox()
        self.login.setEditable(True)
        self.login.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        # the people who answer the phone first: a new console should not offer the administrator's name
        order = {Role.RECEPTIONIST: 0, Role.SUPERVISOR: 1, Role.ADMIN: 2}
        for person in sorted(auth.people(), key=lambda p: (order.get(p.role, 3), p.display_name.casefold())):
            self.login.addItem(f"{person.display_name} ({person.login})", person.login)
        found = self.login.findData(last_login)
        if found >= 0:
            self.login.setCurrentIndex(found)
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.error = QLabel()
        self.error.setObjectName("error")
        self.error.setWordWrap(True)
        self.error.hide()

        form = QFormLayout()
        form.addRow(self.tr("&Name:"), self.login)
        form.addRow(self.tr("&Password:"), self.password)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Sign in"))
        buttons.accepted.connect(self.try_sign_in)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        title = QLabel(self.tr("Who is at the console?"))
        title.setObjectName("dialogTitle")
        layout.addWidget(title)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.password.setFocus(Qt.FocusReason.OtherFocusReason)

    def login_text(self) -> str:
        data = self.login.currentData()
        typed = self.login.currentText().strip()
        if data is not None and self.login.itemText(self.login.currentIndex()) == typed:
            return str(data)
        return typed

    def try_sign_in(self) -> None:
        try:
            self.person = self._auth.sign_in(self.login_text(), self.password.text())
        except SignInError:
            self.error.setText(self.tr("Wrong name or password. Check the keyboard layout and Caps Lock."))
            self.error.show()
            self.password.selectAll()
            self.password.setFocus()
            return
        self.accept()
