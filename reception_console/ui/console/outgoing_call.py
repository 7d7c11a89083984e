"""A phone number clicked in another program (`tel:` / `callto:` link): the console starts an outgoing call to it.

The call is made from a clinic's line: with one clinic in the database, its line; else the receptionist picks the
clinic's line as for a call typed in by hand (Ctrl+N), the number already filled in. When the console follows a
softphone or a PBX that can dial, the phone is asked to dial the number. A link that gives no number says why and
changes nothing.
"""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QStatusBar, QWidget

from ...domain.calls import Call
from ...domain.clinic import LineChoice
from ...domain.errors import StorageError
from ...services.calls import CallDesk
from ...services.console import ConsoleServices
from ...services.phone import Phone
from ...services.phone_links import PhoneLinkError, number_of_link
from ...services.phones import InvalidNumberError
from .. import formatting as fmt
from ..error_text import phone_error
from .new_call import NewCallDialog
from .outage import OutageKeeper

MESSAGE_MS = 15000


class ConsoleWindow(Protocol):
    """What starting a call from a link needs of the console window."""

    services: ConsoleServices
    region: str
    phone: Phone | None
    outage: OutageKeeper

    def add_call(self, call: Call) -> None: ...

    def statusBar(self) -> QStatusBar: ...


class OutgoingCallDialog(NewCallDialog):
    """Which clinic's line the call to `number` is made from: type part of its name, Enter."""

    def __init__(self, desk: CallDesk, lines: list[LineChoice], region: str, number: str, parent: QWidget | None):
        super().__init__(desk, lines, region, parent)
        self.number = number
        self.line: str | None = None
        self.setWindowTitle(self.tr("Call %1").replace("%1", fmt.phone(number)))
        self.line_label.setText(self.tr("&Call from the line of:"))
        self.caller_label.setText(self.tr("Number to call:"))
        self.caller.setText(fmt.phone(number))
        self.caller.setReadOnly(True)
        self.caller.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.start_button.setText(self.tr("Call"))

    def take_line(self) -> None:
        self.start()  # the number is known: Enter on the line makes the call

    def start(self) -> None:
        self.line = self.check_line()
        if self.line is not None:
            self.accept()


def link_error(error: PhoneLinkError) -> str:
    words = {
        "empty": QCoreApplication.translate("Errors", "The phone link holds no number."),
        "too_long": QCoreApplication.translate("Errors", "The phone link is too long to be a phone number."),
        "not_a_number": QCoreApplication.translate("Errors", "“%1” is not a phone number."),
    }
    return words.get(error.code, str(error)).replace("%1", error.text)


def call_link(window: ConsoleWindow, link: str, parent: QWidget) -> None:
    """Start the outgoing call a clicked link asks for (or say why it cannot)."""
    title = QCoreApplication.translate("MainWindow", "Call from a link")
    try:
        number = number_of_link(link, window.region)
    except PhoneLinkError as error:
        tell(parent, title, QCoreApplication.translate("MainWindow", "Nothing was dialled. %1").replace(
            "%1", link_error(error)))  # fmt: skip
        return
    lines = window.outage.fetch(window.services.cards.lines, [])
    if len({line.clinic_id for line in lines}) == 1:  # a clinic's own desk: its line
        _start(window, number, lines[0].number, parent)
        return
    dialog = OutgoingCallDialog(window.services.desk, lines, window.region, number, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.accepted.connect(lambda: _start(window, number, dialog.line, parent))
    dialog.open()


def _start(window: ConsoleWindow, number: str, line: str | None, parent: QWidget) -> None:
    try:
        call = window.services.desk.start_outgoing(number, line)
    except InvalidNumberError as error:
        tell(parent, QCoreApplication.translate("MainWindow", "Call from a link"), phone_error(error))
        return
    except StorageError as error:
        window.outage.failed(error)
        return
    if put_on_the_phone(window, call, number):
        text = QCoreApplication.translate("MainWindow", "Calling %1 on the phone.")
    else:
        text = QCoreApplication.translate("MainWindow", "Dial %1 now.")
    window.statusBar().showMessage(text.replace("%1", fmt.phone(number)), MESSAGE_MS)


def put_on_the_phone(window: ConsoleWindow, call: Call, number: str) -> bool:
    """A call started here, in the window's list and on screen; True when the phone dials it (else she dials)."""
    window.add_call(call)
    phone = window.phone
    return phone is not None and phone.can_dial() and phone.dial(number, call.line, call.id)


def tell(parent: QWidget, title: str, text: str) -> None:
    """A message that does not stop the console's event loop (the phone's events keep coming meanwhile)."""
    box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok, parent)
    box.setObjectName("linkMessage")
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
