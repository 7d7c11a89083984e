"""What follows a call: the reason the patient gave travels with the follow-up (My tasks, the supervisor's work
lists); a task with no number says why it cannot be dialled; a callback of a call on no clinic's line asks for the
clinic without talking of a withheld number."""

from __future__ import annotations

from reception_console.domain.calls import CallEvent, EventKind, EventSource, NotBookedReason, Outcome, OutcomeForm
from reception_console.domain.tasks import TaskKind
from reception_console.storage.database import Database
from reception_console.storage.models import TaskRow
from reception_console.ui.console.main_window import MainWindow
from reception_console.ui.console.tasks_dialog import TasksDialog
from reception_console.ui.dashboard.window import DashboardWindow
from tests.conftest import PL_LINE, Clock
from tests.ui.keyboard import Keyboard, focus_target
from tests.ui.saving import settled

REASON = "za drogo, zadzwoni po wypłacie"
NO_LINE = "+48221111111"  # no clinic's line


def talk(window: MainWindow, clock: Clock, call_id: str, caller: str | None) -> None:
    window.receive_event(CallEvent(EventKind.RING, call_id, clock.now, EventSource.SOFTPHONE, PL_LINE, caller))
    clock.advance(seconds=5)
    window.answer()
    clock.advance(minutes=2)


def task_without_a_number(db: Database, clock: Clock, kind: TaskKind) -> None:
    """A task whose caller left no number (as older versions recorded withheld callers)."""
    with db.sessions.begin() as session:
        session.add(TaskRow(kind=kind.value, clinic_id=None, phone=None, due_at=clock.now, created_at=clock.now))


def test_the_reason_typed_on_the_call_shows_in_my_tasks(qtbot, window: MainWindow, clock: Clock) -> None:  # type: ignore[no-untyped-def]
    talk(window, clock, "c", "+48600111222")
    keys = Keyboard(qtbot)
    keys(f"<F2><Ctrl+2><Enter>{REASON}<Enter>")  # too expensive, as the prompt suggests; in words; saved
    settled(qtbot, window)  # (stored on the saving thread)
    saved = window.services.desk.get("c")
    assert saved.outcome is Outcome.NOT_BOOKED and saved.form.reason_text == REASON
    (task,) = window.services.tasks.my_tasks(window.person)
    assert task.kind is TaskKind.FOLLOW_UP and REASON in task.text
    shown: list[str] = []

    def the_follow_up_says_why() -> None:
        dialog = focus_target().window()
        assert isinstance(dialog, TasksDialog)
        model = dialog.model
        shown.append(model.index(0, model.TEXT).data())

    keys("<Ctrl+T>", the_follow_up_says_why, "<Esc>")
    assert REASON in shown[0]


def test_work_lists_show_the_reason_and_call_now_says_why_it_cannot_dial(
    qtbot, app, window: MainWindow, demo_db: Database, clock: Clock
) -> None:  # type: ignore[no-untyped-def]
    services = window.services
    for call_id, caller in (("with", "+48600111222"), ("without", None)):
        services.desk.receive(CallEvent(EventKind.RING, call_id, clock.now, EventSource.SOFTPHONE, PL_LINE, caller))
        services.desk.answer(call_id)
        form = OutcomeForm(Outcome.NOT_BOOKED, NotBookedReason.WILL_THINK, reason_text=REASON, patient_name="Ola")
        services.desk.save(call_id, form)
    called: list[object] = []
    dashboard = DashboardWindow(
        services.reports, services.worklists, services.auth.sign_in("anna", "demo"), call_back=called.append
    )
    qtbot.addWidget(dashboard)
    with qtbot.waitSignal(dashboard.loaded, timeout=10_000):
        dashboard.show()
    tab = dashboard.lists.follow_ups
    view, model = tab.view, tab.view.model()
    notes = model.columnCount() - 1
    assert [model.index(r, notes).data() for r in range(model.rowCount())] == [REASON, REASON]
    call_now = tab.findChild(type(tab.buttons.itemAt(1).widget()), "callNow")
    rows = {model.index(r, 3).data(): r for r in range(model.rowCount())}  # by phone: "" for no number
    view.selectRow(rows[""])
    assert not call_now.isEnabled() and "No number to call" in call_now.toolTip()
    view.selectRow(next(r for phone, r in rows.items() if phone))
    assert call_now.isEnabled() and call_now.toolTip() == ""
    call_now.click()
    assert len(called) == 1
    dashboard.close()


def test_call_back_on_a_line_of_no_clinic_asks_for_the_clinic(qtbot, window: MainWindow, clock: Clock) -> None:  # type: ignore[no-untyped-def]
    window.receive_event(CallEvent(EventKind.RING, "m", clock.now, EventSource.SOFTPHONE, NO_LINE, "+48600111222"))
    window.receive_event(CallEvent(EventKind.END, "m", clock.advance(seconds=20), EventSource.SOFTPHONE))
    keys = Keyboard(qtbot)
    keys("<Ctrl+T><Enter>")  # my tasks: the callback, Enter calls back
    call = window.current_call()
    assert call is not None and call.caller == "+48600111222" and call.line == NO_LINE
    text = window.unknown_label.text()
    assert window.unknown.isVisible() and "withheld" not in text and "+48 22 111 11 11" in text


def test_a_missed_caller_without_a_number_cannot_be_called_back_and_the_tooltip_says_why(
    qtbot, window: MainWindow, demo_db: Database, clock: Clock
) -> None:  # type: ignore[no-untyped-def]
    task_without_a_number(demo_db, clock, TaskKind.CALLBACK)
    window.missed.refresh()
    assert window.missed.current() is not None and window.missed.current().phone is None
    button = window.missed.button
    assert not button.isEnabled() and "No number to call" in button.toolTip()
    seen: list[tuple[bool, str]] = []

    def the_call_button() -> None:
        dialog = focus_target().window()
        seen.append((dialog.call_button.isEnabled(), dialog.call_button.toolTip()))

    Keyboard(qtbot)("<Ctrl+T>", the_call_button, "<Esc>")
    assert seen[0][0] is False and "No number to call" in seen[0][1]
