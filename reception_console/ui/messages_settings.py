"""The admin's message settings: the e-mail server, the SMS channel, their secrets (to the system keyring, never
to config.toml), and *Send test message*, which shows the server's answer. The test runs off the UI thread."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ..platform.config_file import set_table
from ..platform.notify_settings import NotifySettings, store_secret
from .dialog_parts import error_line, save_cancel
from .toolbar import add_to_toolbar

# (notify settings, typed secrets {"smtp": …, "sms": …} (empty: the keyring's), "email" or "sms", to) → (sent, answer)
TestSend = Callable[[NotifySettings, dict[str, str], str, str], tuple[bool, str]]


def _pairs(text: str) -> dict[str, str]:
    """`name = value` lines (a request template's fields or headers)."""
    found = {}
    for line in text.splitlines():
        name, sep, value = line.partition("=")
        if sep and name.strip():
            found[name.strip()] = value.strip()
    return found


def _lines(pairs: dict[str, str]) -> str:
    return "\n".join(f"{k} = {v}" for k, v in pairs.items())


class _Outcome(QObject):
    done = Signal(bool, str)


class _TestRun(QRunnable):
    def __init__(self, send: TestSend, args: tuple, outcome: _Outcome) -> None:  # type: ignore[type-arg]
        super().__init__()
        self._send, self._args, self._outcome = send, args, outcome

    def run(self) -> None:
        try:
            ok, answer = self._send(*self._args)
        except Exception as error:  # shown, never raised into Qt
            ok, answer = False, f"{type(error).__name__}: {error}"
        self._outcome.done.emit(ok, answer)


class MessageSettingsDialog(QDialog):
    def __init__(
        self, config_file: Path, notify: NotifySettings, send_test: TestSend, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Messages: e-mail and SMS"))
        self.setMinimumWidth(640)
        self._config_file = config_file
        self._send_test = send_test
        self.notify = notify
        e, g = notify.email, notify.gateway

        mail = QGroupBox(self.tr("E-mail (SMTP)"))
        form = QFormLayout(mail)
        self.host = QLineEdit(e.host)
        self.port = QSpinBox()
        self.port.setRange(1, 65535)
        self.port.setValue(e.port)
        self.security = QComboBox()
        for value, text in (("starttls", "STARTTLS"), ("ssl", "SSL/TLS (SMTPS)"), ("none", self.tr("None"))):
            self.security.addItem(text, value)
        self.security.setCurrentIndex(max(0, self.security.findData(e.security)))
        self.username = QLineEdit(e.username)
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(self.tr("kept in the keyring"))
        self.sender = QLineEdit(e.sender)
        self.sender_name = QLineEdit(e.sender_name)
        form.addRow(self.tr("Server"), self.host)
        form.addRow(self.tr("Port"), self.port)
        form.addRow(self.tr("Encryption"), self.security)
        form.addRow(self.tr("Login"), self.username)
        form.addRow(self.tr("Password"), self.password)
        form.addRow(self.tr("From address"), self.sender)
        form.addRow(self.tr("From name"), self.sender_name)

        text = QGroupBox(self.tr("SMS"))
        sms = QFormLayout(text)
        self.via = QComboBox()
        for value, label in (
            ("", self.tr("No SMS")),
            ("http", self.tr("HTTP gateway")),
            ("email", self.tr("E-mail to SMS")),
        ):
            self.via.addItem(label, value)
        self.via.setCurrentIndex(max(0, self.via.findData(notify.sms_via)))
        self.url = QLineEdit(g.url)
        self.url.setPlaceholderText("https://api.smsapi.pl/sms.do")
        self.method = QComboBox()
        self.method.addItems(["POST", "GET", "PUT"])
        self.method.setCurrentText(g.method)
        self.body = QComboBox()
        for value, label in (("form", self.tr("Form")), ("json", "JSON"), ("none", self.tr("In the URL"))):
            self.body.addItem(label, value)
        self.body.setCurrentIndex(max(0, self.body.findData(g.body)))
        self.fields = QPlainTextEdit(_lines(g.fields))
        self.fields.setPlaceholderText("to = {to_digits}\nmessage = {text}")
        self.fields.setFixedHeight(70)
        self.headers = QPlainTextEdit(_lines(g.headers))
        self.headers.setPlaceholderText("Authorization = Bearer {secret}")
        self.headers.setFixedHeight(50)
        self.token = QLineEdit()
        self.token.setEchoMode(QLineEdit.EchoMode.Password)
        self.token.setPlaceholderText(self.tr("kept in the keyring"))
        self.email_address = QLineEdit(notify.sms_email_address)
        self.email_address.setPlaceholderText("{to_digits}@sms.example.com")
        sms.addRow(self.tr("Send SMS by"), self.via)
        sms.addRow(self.tr("Gateway URL"), self.url)
        sms.addRow(self.tr("Method"), self.method)
        sms.addRow(self.tr("Body"), self.body)
        sms.addRow(self.tr("Fields"), self.fields)
        sms.addRow(self.tr("Headers"), self.headers)
        sms.addRow(self.tr("API token ({secret})"), self.token)
        sms.addRow(self.tr("E-mail-to-SMS address"), self.email_address)

        test = QGroupBox(self.tr("Send test message"))
        row = QHBoxLayout(test)
        self.test_medium = QComboBox()
        self.test_medium.addItem(self.tr("E-mail"), "email")
        self.test_medium.addItem("SMS", "sms")
        self.test_to = QLineEdit()
        self.test_to.setPlaceholderText(self.tr("address or mobile number"))
        self.test_button = QPushButton(self.tr("Send test message"))
        self.test_button.clicked.connect(self.send_test)
        row.addWidget(self.test_medium)
        row.addWidget(self.test_to, 1)
        row.addWidget(self.test_button)
        self.answer = QLabel()
        self.answer.setObjectName("testAnswer")
        self.answer.setWordWrap(True)
        self.answer.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.error = error_line()
        buttons = save_cancel(self, self.save)
        layout = QVBoxLayout(self)
        layout.addWidget(mail)
        layout.addWidget(text)
        layout.addWidget(test)
        layout.addWidget(self.answer)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self._outcome = _Outcome(self)
        self._outcome.done.connect(self._tested)

    def current(self) -> NotifySettings:
        """The settings as typed (not yet saved)."""
        n = self.notify
        email = replace(
            n.email,
            host=self.host.text().strip(),
            port=self.port.value(),
            security=self.security.currentData(),
            username=self.username.text().strip(),
            sender=self.sender.text().strip(),
            sender_name=self.sender_name.text().strip(),
        )
        gateway = replace(
            n.gateway,
            url=self.url.text().strip(),
            method=self.method.currentText(),
            body=self.body.currentData(),
            fields=_pairs(self.fields.toPlainText()),
            headers=_pairs(self.headers.toPlainText()),
        )
        return replace(
            n,
            email=email,
            gateway=gateway,
            sms_via=self.via.currentData(),
            sms_email_address=self.email_address.text().strip(),
        )

    def secrets(self) -> dict[str, str]:
        return {"smtp": self.password.text(), "sms": self.token.text()}

    def send_test(self) -> None:
        to = self.test_to.text().strip()
        if not to:
            self.answer.setText(self.tr("Enter where the test message goes."))
            return
        self.test_button.setEnabled(False)
        self.answer.setText(self.tr("Sending…"))
        args = (self.current(), self.secrets(), self.test_medium.currentData(), to)
        QThreadPool.globalInstance().start(_TestRun(self._send_test, args, self._outcome))

    def _tested(self, ok: bool, answer: str) -> None:
        self.test_button.setEnabled(True)
        text = self.tr("Sent. The server answered: %1") if ok else self.tr("Not sent: %1")
        self.answer.setText(text.replace("%1", answer))

    def save(self) -> None:
        n = self.current()
        e, g = n.email, n.gateway
        try:
            set_table(self._config_file, "notify.email", {
                "host": e.host, "port": e.port, "security": e.security, "username": e.username,
                "sender": e.sender, "sender_name": e.sender_name,
            })  # fmt: skip
            set_table(self._config_file, "notify.sms", {"via": n.sms_via, "email_address": n.sms_email_address})
            set_table(self._config_file, "notify.sms.http", {
                "url": g.url, "method": g.method, "body": g.body, "fields": g.fields, "headers": g.headers,
            })  # fmt: skip
            for name, value in self.secrets().items():
                if value:
                    store_secret(name, value)
        except Exception as error:  # ConfigWriteError, and the keyring's errors
            self.error.setText(self.tr("The settings could not be saved: %1").replace("%1", str(error)))
            self.error.show()
            return
        self.notify = n
        self.accept()


class MessageSettingsAction(QAction):
    """'Messages…' on the admin's toolbar."""

    def __init__(self, window: QMainWindow, config_file: Path, notify: NotifySettings, send_test: TestSend) -> None:
        super().__init__(window)
        self._window, self._config_file, self.notify, self._send_test = window, config_file, notify, send_test
        self.setText(self.tr("Messages…"))
        self.triggered.connect(self.open)
        add_to_toolbar(window, self)

    def open(self) -> MessageSettingsDialog:
        dialog = MessageSettingsDialog(self._config_file, self.notify, self._send_test, self._window)
        if dialog.exec():
            self.notify = dialog.notify
            self._window.statusBar().showMessage(
                self.tr("Message settings saved: they apply from the next start of the console."), 15000
            )
        return dialog
