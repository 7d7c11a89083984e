"""What the receptionist does with tasks from the console: her task list, calling a patient back (through the
phone when it can dial), and passing on a question she could not answer."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Protocol

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QStatusBar

from ...domain.calls import Call
from ...domain.errors import StorageError
from ...domain.people import Person
from ...domain.tasks import Task, TaskTakenError
from ...services.console import ConsoleServices
from ...services.phone import Phone
from ...services.phones import InvalidNumberError
from .. import formatting as fmt
from ..error_text import phone_error
from .missed_calls import MissedCallsPanel
from .outage import OutageKeeper
from .outgoing_call import put_on_the_phone
from .tasks_dialog import TasksDialog


class MainWindow(Protocol):
    """What the task actions need of the console window."""

    services: ConsoleServices
    person: Person
    clock: Callable[[], datetime]
    phone: Phone | None
    missed: MissedCallsPanel
    outage: OutageKeeper

    def clinic_name(self, clinic_id: int | None) -> str: ...

    def clinic_names(self) -> dict[int, str]: ...

    def current_call(self) -> Call | None: ...

    def add_call(self, call: Call) -> None: ...

    def call_back(self, task: Task) -> None: ...

    def statusBar(self) -> QStatusBar: ...


CALL_BACK_MESSAGE_MS = 15000


def open_tasks(window: MainWindow) -> None:
    dialog = TasksDialog(window.services.tasks, window.person, window.clinic_name, window.clock, window)
    dialog.call_back.connect(window.call_back)
    dialog.exec()
    window.missed.refresh()


def call_back(window: MainWindow, task: Task) -> None:
    """Start the callback as an outbound call linked to the task; dial it when the phone can."""
    try:
        call = window.services.desk.start_callback(task)
    except InvalidNumberError as error:
        QMessageBox.warning(window, QCoreApplication.translate("MainWindow", "Call back"), phone_error(error))
        return
    except TaskTakenError as error:  # a colleague took this patient a moment earlier: it leaves this list too
        window.missed.refresh()
        if error.done:
            text = QCoreApplication.translate("MainWindow", "This task was done meanwhile by a colleague.")
        else:
            text = QCoreApplication.translate(
                "MainWindow", "A colleague is already calling this patient back; the task has left your list."
            )
        QMessageBox.information(window, QCoreApplication.translate("MainWindow", "Call back"), text)
        return
    except StorageError as error:
        window.outage.failed(error)
        return
    if put_on_the_phone(window, call, task.phone or ""):
        text = QCoreApplication.translate(
            "MainWindow", "Calling %1 on the phone; the outcome you save completes the task."
        )
    else:
        text = QCoreApplication.translate("MainWindow", "Dial %1 now; the outcome you save completes the task.")
    window.statusBar().showMessage(text.replace("%1", fmt.phone(task.phone)), CALL_BACK_MESSAGE_MS)


def report_gap(window: MainWindow) -> None:
    """Couldn't answer: pass the patient's question on to the supervisor, without leaving the call."""
    from .gap_dialog import GapDialog

    call = window.current_call()
    lines = window.outage.fetch(window.services.cards.lines, [])
    dialog = GapDialog(
        window.services.gaps,
        window.person,
        {line.clinic_id: line.clinic_name for line in lines} or window.clinic_names(),
        call.clinic_id if call else None,
        call.id if call else None,
        window,
    )
    if dialog.exec():
        passed_on = QCoreApplication.translate("MainWindow", "Question passed on to the supervisor.")
        window.statusBar().showMessage(passed_on, 6000)
