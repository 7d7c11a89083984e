"""The admin's people dialog: add someone, change a role, deactivate, reset a password."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSize
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...domain.people import Person, Role
from ...services.people_admin import MIN_PASSWORD, PeopleAdmin, PersonError
from ...services.permissions import PermissionDenied
from ..fields import FieldForm, line_edit
from ..models.people_model import PeopleModel, role_text
from ..window_place import WindowPlace


def person_error_text(error: PersonError) -> str:
    return {
        "bad_login": QCoreApplication.translate("People", "Use lower-case letters, digits, dots and dashes."),
        "login_taken": QCoreApplication.translate("People", "Someone already has this login."),
        "display_name": QCoreApplication.translate("People", "Enter the name said in the greeting."),
        "short_password": QCoreApplication.translate("People", "At least %1 characters.").replace(
            "%1", str(MIN_PASSWORD)
        ),
        "self": QCoreApplication.translate("People", "You cannot deactivate yourself."),
        "last_admin": QCoreApplication.translate("People", "Someone must stay an admin to manage people."),
    }.get(error.code, str(error))


class AddPersonDialog(QDialog):
    def __init__(self, admin: PeopleAdmin, actor: Person, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._admin = admin
        self._actor = actor
        self.person: Person | None = None
        self.setWindowTitle(self.tr("Add a person"))
        self.form = FieldForm()
        self.login = self.form.add("login", self.tr("Login"), line_edit("marta"))
        self.display_name = self.form.add("display_name", self.tr("Name in greetings"), line_edit("Marta"))
        self.role = self.form.add("role", self.tr("Role"), QComboBox())
        for role in Role:
            self.role.addItem(role_text(role), role.value)
        self.password = self.form.add("password", self.tr("Password"), line_edit())
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._add)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.form)
        layout.addWidget(buttons)

    def _add(self) -> None:
        try:
            self.person = self._admin.add(
                self._actor,
                self.login.text(),
                self.display_name.text(),
                Role(self.role.currentData()),
                self.password.text(),
            )
        except PersonError as error:
            for name, label in self.form.errors.items():
                label.setVisible(name == error.field)
                label.setText(person_error_text(error) if name == error.field else "")
            return
        self.accept()


class PeopleDialog(QDialog):
    def __init__(self, admin: PeopleAdmin, actor: Person, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._admin = admin
        self._actor = actor
        self.setWindowTitle(self.tr("People"))
        self.place = WindowPlace(self, "people", QSize(720, 420))
        self.model = PeopleModel(self)
        self.table = QTableView()
        self.table.setAccessibleName(self.tr("People"))
        self.table.setTabKeyNavigation(False)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.add_button = QPushButton(self.tr("Add…"))
        self.role_button = QPushButton(self.tr("Change role…"))
        self.active_button = QPushButton(self.tr("Deactivate"))
        self.password_button = QPushButton(self.tr("Reset password…"))
        close = QPushButton(self.tr("Close"))
        self.add_button.clicked.connect(self.add)
        self.role_button.clicked.connect(self.change_role)
        self.active_button.clicked.connect(self.toggle_active)
        self.password_button.clicked.connect(self.reset_password)
        close.clicked.connect(self.accept)
        self.table.selectionModel().currentRowChanged.connect(lambda _c, _p: self._update_buttons())
        buttons = QHBoxLayout()
        for button in (self.add_button, self.role_button, self.active_button, self.password_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.refresh()

    def refresh(self, select: int | None = None) -> None:
        people = self._admin.people(self._actor)
        self.model.set_people(people)
        row = next((i for i, p in enumerate(people) if p.id == select), 0)
        if people:
            self.table.selectRow(row)
        self._update_buttons()

    def selected(self) -> Person | None:
        row = self.table.currentIndex().row()
        return self.model.person(row) if row >= 0 else None

    def _update_buttons(self) -> None:
        person = self.selected()
        for button in (self.role_button, self.active_button, self.password_button):
            button.setEnabled(person is not None)
        if person is not None:
            self.active_button.setText(self.tr("Deactivate") if person.active else self.tr("Reactivate"))

    def _run(self, act) -> None:  # type: ignore[no-untyped-def]
        try:
            person = act()
        except (PersonError, PermissionDenied) as error:
            text = person_error_text(error) if isinstance(error, PersonError) else str(error)
            QMessageBox.warning(self, self.windowTitle(), text)
            return
        self.refresh(person.id)

    def add(self) -> None:
        dialog = AddPersonDialog(self._admin, self._actor, self)
        if dialog.exec() and dialog.person is not None:
            self.refresh(dialog.person.id)

    def change_role(self) -> None:
        person = self.selected()
        if person is None:
            return
        names = [role_text(r) for r in Role]
        chosen, ok = QInputDialog.getItem(
            self, self.tr("Role"), person.display_name, names, list(Role).index(person.role), False
        )
        if ok:
            role = list(Role)[names.index(chosen)]
            self._run(lambda: self._admin.set_role(self._actor, person.id, role))

    def toggle_active(self) -> None:
        person = self.selected()
        if person is not None:
            self._run(lambda: self._admin.set_active(self._actor, person.id, not person.active))

    def reset_password(self) -> None:
        person = self.selected()
        if person is None:
            return
        password, ok = QInputDialog.getText(
            self,
            self.tr("Reset password"),
            self.tr("New password for %1 (at least %2 characters):")
            .replace("%1", person.display_name)
            .replace("%2", str(MIN_PASSWORD)),
            QLineEdit.EchoMode.Password,
        )
        if ok:
            self._run(lambda: self._admin.reset_password(self._actor, person.id, password))
