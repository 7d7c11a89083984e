"""The receptionist sees how far a message got, sends a failed one again, or passes it on by phone."""

from __future__ import annotations

from PySide6.QtCore import Qt
from sqlalchemy import select

from reception_console.domain.calls import CallEvent, EventKind, EventSource, Outcome, OutcomeForm
from reception_console.domain.messages import Medium
from reception_console.storage.database import Database
from reception_console.storage.models import OutboxRow
from reception_console.ui.console.tasks_dialog import TasksDialog
from reception_console.ui.models.tasks_model import TasksModel
from tests.builders import services_for
from tests.conftest import PL_LINE, Clock
from tests.delivery_setup import give_recipients, smtp_channel, worker
from tests.mailserver import PASSWORD, RunningMailServer


def states(db: Database) -> list[str]:
    with db.sessions() as s:
        return [r.state for r in s.scalars(select(OutboxRow))]


def test_a_failed_message_is_shown_sent_again_and_passed_on_by_phone(  # type: ignore[no-untyped-def]
    qtbot, app, demo_db: Database, clock: Clock, mail: RunningMailServer
) -> None:
    give_recipients(demo_db, channel="email")
    services = services_for(demo_db, clock)
    person = services.auth.sign_in("justyna", "demo")
    services.desk.receptionist = person
    services.desk.receive(CallEvent(EventKind.RING, "m", clock.now, EventSource.SOFTPHONE, PL_LINE, "+48600111222"))
    services.desk.answer("m")
    form = OutcomeForm(Outcome.INFO_ONLY, message_to="owner: Ewa Nowicka", message_text="Proszę oddzwonić")
    services.desk.save("m", form)
    worker(demo_db, {Medium.EMAIL: smtp_channel(mail.port, "wrong")}, clock).run_once()

    dialog = TasksDialog(services.tasks, person, lambda _: "Med Centrum", clock)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    shown = dialog.model.index(0, TasksModel.DELIVERY).data()
    assert shown.startswith("E-mail: failed: The mail server refused the login of console@clinic.test: 535")
    assert dialog.model.index(0, TasksModel.DELIVERY).data(Qt.ItemDataRole.ForegroundRole) is not None
    assert dialog.resend_button.isVisible()
    assert dialog.done_button.text().startswith("Passed on by phone")

    qtbot.mouseClick(dialog.resend_button, Qt.MouseButton.LeftButton)
    assert states(demo_db) == ["queued"]
    assert dialog.model.index(0, TasksModel.DELIVERY).data().startswith("E-mail: queued")
    assert not dialog.resend_button.isVisible()

    worker(demo_db, {Medium.EMAIL: smtp_channel(mail.port, "still wrong")}, clock).run_once()
    dialog.refresh()
    qtbot.mouseClick(dialog.done_button, Qt.MouseButton.LeftButton)
    assert states(demo_db) == ["handled"]
    assert dialog.model.rowCount() == 0
    assert services.tasks.my_tasks(person) == []
    assert mail.store.received == []


def test_a_sent_message_says_when(qtbot, app, demo_db: Database, clock: Clock, mail: RunningMailServer) -> None:  # type: ignore[no-untyped-def]
    give_recipients(demo_db, channel="email")
    services = services_for(demo_db, clock)
    person = services.auth.sign_in("justyna", "demo")
    services.desk.receptionist = person
    services.desk.receive(CallEvent(EventKind.RING, "m", clock.now, EventSource.SOFTPHONE, PL_LINE, "+48600111222"))
    services.desk.answer("m")
    services.desk.save("m", OutcomeForm(Outcome.INFO_ONLY, message_to="owner: Ewa Nowicka", message_text="Tak"))
    worker(demo_db, {Medium.EMAIL: smtp_channel(mail.port, PASSWORD)}, clock).run_once()
    model = TasksModel(lambda _: "", clock)
    model.set_tasks(services.tasks.my_tasks(person))
    assert model.index(0, TasksModel.DELIVERY).data().startswith("E-mail: sent at ")
    services.auth.sign_in("anna", "demo")  # the supervisor's work list
    [message] = services.supervisor.worklists.load().messages
    assert [d.state.value for d in message.deliveries] == ["sent"]  # the supervisor's work list sees it too
