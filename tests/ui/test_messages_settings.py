"""The admin sets up e-mail and SMS, sends a test message to real servers on loopback and sees their answer;
saving keeps the password in the keyring and out of config.toml."""

from __future__ import annotations

import tomllib
from functools import partial
from pathlib import Path

import keyring
from PySide6.QtCore import Qt

from reception_console.app import send_test_message
from reception_console.platform.notify_settings import NotifySettings
from reception_console.ui.messages_settings import MessageSettingsDialog
from tests.mailserver import PASSWORD, USER, RunningMailServer
from tests.sms_gateway import Answer, Gateway


def type_into(qtbot, edit, text: str) -> None:  # type: ignore[no-untyped-def]
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClicks(edit, text)


def test_send_test_message_shows_the_servers_answer_and_save_keeps_secrets_out_of_the_file(  # type: ignore[no-untyped-def]
    qtbot, app, tmp_path: Path, mail: RunningMailServer, gateway: Gateway
) -> None:
    config = tmp_path / "config.toml"
    config.write_text('[ui]\nlanguage = "pl"\n', encoding="utf-8")
    dialog = MessageSettingsDialog(config, NotifySettings(), partial(send_test_message, language="pl"))
    qtbot.addWidget(dialog)
    dialog.show()
    type_into(qtbot, dialog.host, "127.0.0.1")
    dialog.port.setValue(mail.port)
    dialog.security.setCurrentIndex(dialog.security.findData("none"))
    type_into(qtbot, dialog.username, USER)
    type_into(qtbot, dialog.password, "wrong")
    type_into(qtbot, dialog.sender, "recepcja@klinika.test")
    type_into(qtbot, dialog.test_to, "ewa@klinika.test")

    qtbot.mouseClick(dialog.test_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.answer.text().startswith("Not sent"), timeout=10_000)
    assert "refused the login of console@clinic.test: 535" in dialog.answer.text()

    type_into(qtbot, dialog.password, PASSWORD)
    qtbot.mouseClick(dialog.test_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.answer.text().startswith("Sent"), timeout=10_000)
    assert "250" in dialog.answer.text() and "Q0001" in dialog.answer.text()
    [got] = mail.store.received
    assert got.message["Subject"] == "Reception Console: wiadomość testowa"

    dialog.via.setCurrentIndex(dialog.via.findData("http"))
    type_into(qtbot, dialog.url, gateway.url + "/send")
    dialog.body.setCurrentIndex(dialog.body.findData("json"))
    dialog.fields.setPlainText("to = {to}\ntext = {text}")
    dialog.headers.setPlainText("Authorization = Bearer {secret}")
    type_into(qtbot, dialog.token, "tok-42")
    dialog.test_medium.setCurrentIndex(dialog.test_medium.findData("sms"))
    type_into(qtbot, dialog.test_to, "601 482 390")
    gateway.script = [Answer(500, '{"error": "busy"}')]
    qtbot.mouseClick(dialog.test_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.answer.text().startswith("Not sent"), timeout=10_000)
    assert "The SMS gateway answered 500" in dialog.answer.text()
    qtbot.mouseClick(dialog.test_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.answer.text().startswith("Sent"), timeout=10_000)
    assert gateway.requests[-1].json()["to"] == "+48601482390"
    assert gateway.requests[-1].headers["Authorization"] == "Bearer tok-42"

    dialog.save()
    try:
        saved = tomllib.loads(config.read_text(encoding="utf-8"))
        assert saved["ui"] == {"language": "pl"}
        assert saved["notify"]["email"]["host"] == "127.0.0.1" and saved["notify"]["email"]["port"] == mail.port
        assert saved["notify"]["sms"]["via"] == "http"
        assert saved["notify"]["sms"]["http"]["headers"] == {"Authorization": "Bearer {secret}"}
        text = config.read_text(encoding="utf-8")
        assert PASSWORD not in text and "tok-42" not in text
        assert keyring.get_password("ReceptionConsole", "notify:smtp") == PASSWORD
        assert keyring.get_password("ReceptionConsole", "notify:sms") == "tok-42"
    finally:
        keyring.delete_password("ReceptionConsole", "notify:smtp")
        keyring.delete_password("ReceptionConsole", "notify:sms")
