"""The best time to call back: asked for only when somebody will contact the patient later, reached by Tab after
the message and the callback box, typed or picked from the quick choices with the keyboard alone; it is stored on
the tasks, shown in My tasks and in the supervisor's lists, and written into the e-mail and SMS to the owner."""

from __future__ import annotations

from PySide6.QtCore import Qt
from sqlalchemy import select

from reception_console.domain.calls import CallEvent, EventKind, EventSource, Outcome
from reception_console.domain.messages import Medium
from reception_console.domain.tasks import TaskKind
from reception_console.storage.database import Database
from reception_console.storage.models import OutboxRow, TaskRow
from reception_console.ui.console.main_window import MainWindow
from reception_console.ui.console.tasks_dialog import TasksDialog
from reception_console.ui.dashboard.tables import tasks_model
from tests.conftest import PL_LINE, Clock
from tests.delivery_setup import give_recipients
from tests.ui.keyboard import Keyboard, focus_target
from tests.ui.saving import settled


def answered_call(window: MainWindow, clock: Clock, call_id: str) -> None:
    window.receive_event(CallEvent(EventKind.RING, call_id, clock.now, EventSource.SOFTPHONE, PL_LINE, "+48600111222"))
    clock.advance(seconds=4)
    window.answer()
    clock.advance(minutes=2)


def test_a_message_for_the_owner_carries_the_time_typed_after_tab(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow, demo_db: Database, clock: Clock
) -> None:
    give_recipients(demo_db, channel="both")
    answered_call(window, clock, "m")
    outcome = window.outcome
    keys = Keyboard(qtbot)
    keys("<Ctrl+3>")  # information only: nobody will call back, so no time is asked
    assert not outcome.call_back_time.isVisible()
    keys("Jan Kowalski<Alt+M><Down><Enter>")  # the owner: now somebody will
    assert focus_target() is outcome.message_text and outcome.call_back_time.isVisible()
    keys("Prosi o telefon w sprawie wyników<Tab><Tab>")  # past the callback box
    assert focus_target() is outcome.call_back_time
    keys("<Shift+Tab><Shift+Tab><Alt+T>")  # and straight back by its label's letter
    assert focus_target() is outcome.call_back_time
    keys("czwartek po 15:00<Enter>")  # Enter in the typed time saves, as in the other text fields
    settled(qtbot, window)
    saved = window.services.desk.get("m")
    assert saved.outcome is Outcome.INFO_ONLY and saved.form.call_back_time == "czwartek po 15:00"

    with demo_db.sessions() as s:
        [task] = s.scalars(select(TaskRow).where(TaskRow.call_id == "m")).all()
        outbox = {r.medium: r for r in s.scalars(select(OutboxRow).where(OutboxRow.task_id == task.id))}
    assert task.kind == TaskKind.MESSAGE.value and task.call_back_time == "czwartek po 15:00"
    assert "Kiedy oddzwonić: czwartek po 15:00" in outbox[Medium.EMAIL.value].body
    assert ", oddzwonić czwartek po 15:00: Prosi o telefon" in outbox[Medium.SMS.value].body

    shown: list[str] = []

    def my_tasks_show_it() -> None:
        dialog = focus_target().window()
        assert isinstance(dialog, TasksDialog)
        shown.append(dialog.model.index(0, dialog.model.CALL_BACK_TIME).data())

    keys("<Ctrl+T>", my_tasks_show_it, "<Esc>")
    assert shown == ["czwartek po 15:00"]


def test_a_quick_choice_by_arrow_for_a_callback_and_the_follow_up_list(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow, demo_db: Database, clock: Clock
) -> None:
    answered_call(window, clock, "c")
    outcome = window.outcome
    keys = Keyboard(qtbot)
    keys("<Ctrl+2><Enter>za drogo<Alt+P>Anna Lis")  # not booked, too expensive: a follow-up will call her
    assert outcome.call_back_time.isVisible()
    keys("<Tab><Tab><Tab><Tab><Space>")  # notes, message for, message, the callback box: she wants one today too
    assert focus_target() is outcome.callback and outcome.callback.isChecked()
    keys("<Tab>")
    assert focus_target() is outcome.call_back_time
    keys("<Down><Down><Down>")  # the quick choices: in the morning, in the afternoon, after 17:00
    assert outcome.call_back_time.currentText() == "After 17:00"
    keys("<Ctrl+Enter>")
    settled(qtbot, window)
    saved = window.services.desk.get("c")
    assert saved.saved_at is not None and saved.form.call_back_time == "After 17:00"
    with demo_db.sessions() as s:
        kinds = {r.kind: r.call_back_time for r in s.scalars(select(TaskRow).where(TaskRow.call_id == "c"))}
    assert kinds == {"callback": "After 17:00", "follow_up": "After 17:00"}

    follow_ups = tasks_model("Follow-ups", lambda _: "", message=False)
    follow_ups.set_rows([t for t in window.services.tasks.my_tasks(window.person) if t.kind is TaskKind.FOLLOW_UP])
    headers = [follow_ups.headerData(c, Qt.Orientation.Horizontal) for c in range(follow_ups.columnCount())]
    column = headers.index("Call back when")
    assert follow_ups.index(0, column).data() == "After 17:00"


def test_the_time_is_not_kept_when_the_form_no_longer_asks_for_it(qtbot, window: MainWindow, clock: Clock) -> None:  # type: ignore[no-untyped-def]
    answered_call(window, clock, "n")
    outcome = window.outcome
    keys = Keyboard(qtbot)
    keys("<Ctrl+3><Tab><Tab><Tab><Tab><Space><Tab>rano")  # patient, notes, message for, message, callback
    assert outcome.call_back_time.isVisible() and outcome.form().call_back_time == "rano"
    keys("<Shift+Tab><Space>")  # no callback after all: the time field goes, and nothing of it is saved
    assert focus_target() is outcome.callback and not outcome.call_back_time.isVisible()
    keys("<Ctrl+Enter>")
    settled(qtbot, window)
    saved = window.services.desk.get("n")
    assert saved.saved_at is not None and saved.form.call_back_time == ""
