"""Two consoles on one database (two engines, as two PCs have): a missed call reaches the other console's list,
and a patient to call back is taken by exactly one receptionist, even when both take at the same moment."""

from __future__ import annotations

import threading
import uuid
from collections.abc import Iterator

import pytest

from reception_console.domain.calls import CallEvent, Direction, EventKind, EventSource, Outcome, OutcomeForm
from reception_console.domain.tasks import Task, TaskKind, TaskTakenError
from reception_console.services.console import ConsoleServices
from reception_console.services.permissions import PermissionDenied
from reception_console.storage.database import Database, open_database
from reception_console.storage.models import CallRow
from tests.builders import services_for
from tests.conftest import PL_LINE, RU_LINE, Clock


def _console(db: Database, clock: Clock, login: str) -> ConsoleServices:
    services = services_for(db, clock)
    services.desk.receptionist = services.auth.sign_in(login, "demo")
    return services


@pytest.fixture
def consoles(demo_db: Database, clock: Clock) -> Iterator[tuple[ConsoleServices, ConsoleServices]]:
    """Justyna's console on the test's own engine, Olga's on a second engine to the same database."""
    other = open_database(demo_db.engine.url.render_as_string(hide_password=False))
    yield _console(demo_db, clock, "justyna"), _console(other, clock, "olga")
    other.dispose()


def _missed(console: ConsoleServices, line: str = PL_LINE, caller: str = "+48600111222") -> str:
    call_id = str(uuid.uuid4())
    desk = console.desk
    desk.receive(CallEvent(EventKind.RING, call_id, desk._clock(), EventSource.SOFTPHONE, line, caller))
    desk.receive(CallEvent(EventKind.END, call_id, desk._clock(), EventSource.SOFTPHONE))
    return call_id


def _callbacks(console: ConsoleServices) -> list[Task]:
    return [t for t in console.tasks.my_tasks(console.desk.receptionist) if t.kind is TaskKind.CALLBACK]


def test_a_missed_call_moves_the_other_consoles_version_and_appears_there(consoles) -> None:  # type: ignore[no-untyped-def]
    justyna, olga = consoles
    before = olga.tasks.version()
    call_id = _missed(justyna)
    assert olga.tasks.version() > before  # what the other console polls each second
    assert [t.call_id for t in _callbacks(olga)] == [call_id]


def test_a_taken_callback_leaves_the_others_list_and_comes_back_when_given_back(consoles) -> None:  # type: ignore[no-untyped-def]
    justyna, olga = consoles
    _missed(justyna)
    (task,) = _callbacks(olga)
    seen = justyna.tasks.version()
    call = olga.desk.start_callback(task)
    assert call.direction is Direction.OUTBOUND and call.task_id == task.id
    assert justyna.tasks.version() > seen and _callbacks(justyna) == []
    assert [t.id for t in _callbacks(olga)] == [task.id]  # still hers until she saves the outcome
    with pytest.raises(TaskTakenError) as taken:
        justyna.desk.start_callback(task)
    assert taken.value.claimed_by_id == olga.desk.receptionist.id

    olga.tasks.release(task, olga.desk.receptionist)
    assert [t.id for t in _callbacks(justyna)] == [task.id]


def test_a_callback_a_colleague_took_is_not_completed_by_another_receptionist(consoles) -> None:  # type: ignore[no-untyped-def]
    justyna, olga = consoles
    _missed(justyna)
    (task,) = _callbacks(olga)
    olga.desk.start_callback(task)
    with pytest.raises(PermissionDenied):
        justyna.tasks.complete(task.id, justyna.desk.receptionist)
    stored = olga.tasks.get(task.id)
    assert stored is not None and stored.done_at is None and stored.claimed_by_id == olga.desk.receptionist.id


def test_saving_the_callback_completes_the_task_for_everybody(consoles) -> None:  # type: ignore[no-untyped-def]
    justyna, olga = consoles
    _missed(justyna)
    (task,) = _callbacks(olga)
    call = olga.desk.start_callback(task)
    seen = justyna.tasks.version()
    olga.desk.save(call.id, OutcomeForm(outcome=Outcome.NON_TARGET))
    assert justyna.tasks.version() > seen
    assert _callbacks(justyna) == [] and _callbacks(olga) == []
    with pytest.raises(TaskTakenError) as taken:
        justyna.desk.start_callback(task)
    assert taken.value.done


def test_two_receptionists_taking_callbacks_at_once_never_get_the_same_patient(consoles, demo_db: Database) -> None:  # type: ignore[no-untyped-def]
    justyna, olga = consoles
    for n in range(24):
        _missed(justyna, line=(PL_LINE, RU_LINE)[n % 2], caller=f"+4860011{n:04d}")
    tasks = _callbacks(justyna)
    assert len(tasks) == 24
    got: dict[str, list[int]] = {"justyna": [], "olga": []}
    refused: dict[str, int] = {"justyna": 0, "olga": 0}
    start = threading.Barrier(2)
    errors: list[BaseException] = []

    def take_all(name: str, console: ConsoleServices, order: list[Task]) -> None:
        try:
            start.wait()
            for task in order:
                try:
                    call = console.desk.start_callback(task)
                except TaskTakenError:
                    refused[name] += 1
                else:
                    got[name].append(call.task_id)
        except BaseException as error:  # reported below: a thread's failure must fail the test
            errors.append(error)

    threads = [
        threading.Thread(target=take_all, args=("justyna", justyna, tasks)),
        threading.Thread(target=take_all, args=("olga", olga, tasks[::-1])),
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    assert not errors, errors
    assert not set(got["justyna"]) & set(got["olga"])
    assert sorted(got["justyna"] + got["olga"]) == sorted(t.id for t in tasks)
    assert refused["justyna"] + refused["olga"] == 24
    with demo_db.sessions() as s:  # one outbound call per patient, no more
        outbound = [r.task_id for r in s.query(CallRow).filter(CallRow.direction == "outbound")]
    assert sorted(outbound) == sorted(t.id for t in tasks)
