"""The admin's *Shared database…* dialog: where this PC's consoles find the shared database (host, port, name, TLS)
in the user's config.toml, and an unattended PC's sign-in, whose password goes only into the system keyring.
The same as `reception-console db connect`."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ..domain.people import Role
from ..platform.config_file import ConfigWriteError, set_value
from ..platform.database_settings import SSL_MODES, SharedDatabase, store_password
from .dialog_parts import error_line, save_cancel
from .toolbar import add_to_toolbar


class DatabaseDialog(QDialog):
    def __init__(self, config_file: Path, shared: SharedDatabase, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._config_file = config_file
        self.saved: SharedDatabase | None = None
        self.setWindowTitle(self.tr("Shared database"))
        self.setMinimumWidth(460)
        self.host = QLineEdit(shared.host)
        self.port = QSpinBox()
        self.port.setRange(1, 65535)
        self.port.setValue(shared.port)
        self.name = QLineEdit(shared.name)
        self.sslmode = QComboBox()
        for mode in SSL_MODES:
            self.sslmode.addItem(mode or self.tr("libpq's default"), mode)
        self.sslmode.setCurrentIndex(max(0, self.sslmode.findData(shared.sslmode)))
        self.sslrootcert = QLineEdit(shared.sslrootcert)
        self.login = QLineEdit(shared.unattended_login)
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        form = QFormLayout()
        form.addRow(self.tr("&Server:"), self.host)
        form.addRow(self.tr("&Port:"), self.port)
        form.addRow(self.tr("&Database:"), self.name)
        form.addRow(self.tr("&TLS:"), self.sslmode)
        form.addRow(self.tr("&CA certificate:"), self.sslrootcert)
        form.addRow(self.tr("&Unattended sign-in:"), self.login)
        form.addRow(self.tr("Its pass&word:"), self.password)
        note = QLabel(
            self.tr(
                "Leave the unattended sign-in empty where people sign in themselves. Its password is kept in the "
                "system keyring, never in a file. Consoles on this PC use the new settings from their next start."
            )
        )
        note.setWordWrap(True)
        self.error = error_line()
        buttons = save_cancel(self, self.save)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.host.setFocus()

    def _fail(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()

    def save(self) -> None:
        from keyring.errors import KeyringError

        shared = SharedDatabase(
            self.host.text().strip(),
            self.port.value(),
            self.name.text().strip(),
            str(self.sslmode.currentData() or ""),
            self.sslrootcert.text().strip(),
            self.login.text().strip(),
        )
        if not shared.configured:
            self._fail(self.tr("Enter the server and the database."))
            return
        if shared.sslrootcert and not Path(shared.sslrootcert).is_file():
            self._fail(self.tr("The CA certificate file does not exist."))
            return
        if shared.unattended_login and self.password.text():
            try:
                store_password(shared.url(), shared.unattended_login, self.password.text())
            except KeyringError as error:
                self._fail(self.tr("The system keyring refused the password; nothing was saved.") + f"\n{error}")
                return
        try:
            for key, value in (
                ("host", shared.host),
                ("port", shared.port),
                ("name", shared.name),
                ("sslmode", shared.sslmode),
                ("sslrootcert", shared.sslrootcert),
                ("unattended_login", shared.unattended_login),
                ("url", ""),
            ):
                set_value(self._config_file, "database", key, value)
        except ConfigWriteError as error:
            self._fail(self.tr("The settings could not be written:") + f"\n{error}")
            return
        self.saved = shared
        self.accept()


class DatabaseAction(QAction):
    """'Shared database…' on the toolbar, for admins (added by the composition root, which knows the config)."""

    def __init__(self, window: QMainWindow, config_file: Path, shared: SharedDatabase) -> None:
        super().__init__(window)
        self._window = window
        self._config_file = config_file
        self.shared = shared
        self.setText(self.tr("Shared database…"))
        self.triggered.connect(self.open)
        add_to_toolbar(window, self)
        self.setVisible(getattr(getattr(window, "person", None), "role", None) is Role.ADMIN)

    def open(self) -> DatabaseDialog | None:
        if getattr(getattr(self._window, "person", None), "role", None) is not Role.ADMIN:
            return None  # another person signed in meanwhile
        dialog = DatabaseDialog(self._config_file, self.shared, self._window)
        if dialog.exec() and dialog.saved is not None:
            self.shared = dialog.saved
            self._window.statusBar().showMessage(
                self.tr("Shared database saved: consoles on this PC use it from their next start."), 15000
            )
        return dialog
