"""The owner's and a doctor's e-mail, mobile and channel, typed in the card editor, checked and saved."""

from __future__ import annotations

from PySide6.QtCore import Qt

from reception_console.domain.messages import Channel
from reception_console.storage.database import Database
from tests.builders import services_for
from tests.ui.test_editor_window import editor_window


def type_into(qtbot, edit, text: str) -> None:  # type: ignore[no-untyped-def]
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClicks(edit, text)


def test_recipients_are_checked_under_their_fields_and_saved(qtbot, app, demo_db: Database) -> None:  # type: ignore[no-untyped-def]
    window = editor_window(qtbot, services_for(demo_db))
    tabs = window.tabs
    form = tabs.clinic
    type_into(qtbot, form.owner_email, "ewa at klinika")
    form.owner_channel.setCurrentIndex(form.owner_channel.findData("both"))
    tabs.setCurrentIndex(tabs.SPECIALISTS)
    tabs.specialists.select(0)
    doctor = tabs.specialists.form
    type_into(qtbot, doctor.mobile, "22 843 12 00")  # a Warsaw landline
    doctor.channel.setCurrentIndex(doctor.channel.findData("sms"))
    window.check()
    assert form.left.error_shown("owner.email") == "This is not an e-mail address."
    assert doctor.error_shown("mobile") == "+48228431200 is a landline: it cannot receive SMS."
    assert window.save() is False

    tabs.setCurrentIndex(tabs.CARD)
    type_into(qtbot, form.owner_email, "ewa.nowicka@klinika.test")
    tabs.setCurrentIndex(tabs.SPECIALISTS)
    tabs.specialists.select(0)
    type_into(qtbot, doctor.mobile, "601 000 222")
    qtbot.keyClick(doctor.mobile, Qt.Key.Key_Tab)
    window.check()
    assert window.save() is True
    saved = window.services.editor.load(window.person, window.base.id).card
    assert (saved.owner.email, saved.owner.channel) == ("ewa.nowicka@klinika.test", Channel.BOTH)
    assert (saved.specialists[0].mobile, saved.specialists[0].channel) == ("+48601000222", Channel.SMS)
