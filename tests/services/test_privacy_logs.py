"""Nothing of a patient reaches the log, at the most verbose level, on either database."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest

from reception_console.domain.calls import Call, Direction, EventSource, NotBookedReason, Outcome, OutcomeForm
from reception_console.platform.logs import QUIET, setup_logging
from reception_console.storage.database import Database
from reception_console.storage.repositories import SqlCallStore
from reception_console.telephony.command_line import CallCommandError, CommandLineEvents
from tests.builders import services_for
from tests.conftest import PL_LINE, Clock

NUMBER = "+48601234567"
CALLER_NAME = "Zofia Kowalczyk"
PATIENT = "Helena Wiśniewska"
NOTE = "HIV test results question"
MESSAGE = "Please call about the biopsy of Helena"


@pytest.fixture
def debug_log(tmp_path: Path) -> Iterator[Path]:
    root = logging.getLogger()
    before = root.level, list(root.handlers), {name: logging.getLogger(name).level for name in QUIET}
    for handler in before[1]:
        root.removeHandler(handler)
    path = setup_logging(tmp_path / "logs", level=logging.DEBUG)
    yield path
    for handler in list(root.handlers):
        root.removeHandler(handler)
        handler.close()
    root.setLevel(before[0])
    for handler in before[1]:
        root.addHandler(handler)
    for name, level in before[2].items():
        logging.getLogger(name).setLevel(level)


def test_a_whole_call_leaves_nothing_of_the_patient_in_the_log(
    demo_db: Database, clock: Clock, debug_log: Path
) -> None:
    console = services_for(demo_db, clock)
    console.desk.receptionist = console.auth.sign_in("justyna", "demo")
    events = CommandLineEvents()
    ring = events.event(["call", "ring", "--line", PL_LINE, "--caller", NUMBER, "--name", CALLER_NAME])
    call = console.desk.receive(ring)
    assert call is not None and call.caller == NUMBER
    clock.advance(seconds=4)
    console.desk.receive(events.event(["call", "answer", "--caller", NUMBER]))
    form = OutcomeForm(
        outcome=Outcome.NOT_BOOKED,
        reason=NotBookedReason.OTHER,
        reason_text=NOTE,
        patient_name=PATIENT,
        notes=NOTE,
        message_to="owner",
        message_text=MESSAGE,
    )
    console.desk.draft(call.id, form)
    clock.advance(seconds=50)
    console.desk.save(call.id, form)
    console.desk.receive(events.event(["call", "end", "--caller", NUMBER]))
    assert console.cards.caller_history(NUMBER)  # the next call of the same patient shows this one
    with pytest.raises(CallCommandError) as refused:  # a softphone's hook gone wrong
        events.event(["call", "answer", "--caller", NUMBER])
    logging.getLogger("reception_console.telephony").warning("ignored: %s", refused.value)
    with pytest.raises(CallCommandError) as unknown:
        events.event(["call", "ring", "--caller", NUMBER, "--name", CALLER_NAME, "--bogus"])
    logging.getLogger("reception_console.telephony").warning("ignored: %s", unknown.value)
    broken = Call(
        id="broken",
        direction=Direction.INBOUND,
        source=EventSource.SOFTPHONE,
        rang_at=clock.now - timedelta(minutes=1),
        clinic_id=999_999,  # no such clinic: the database refuses the row, with the statement in its error
        caller=NUMBER,
        caller_name=CALLER_NAME,
        form=OutcomeForm(patient_name=PATIENT, notes=NOTE),
    )
    try:
        SqlCallStore(demo_db.connections).add(broken)
    except Exception:
        logging.getLogger("reception_console.ui").exception("call event could not be applied")
    else:
        pytest.fail("the database took a call of a clinic that does not exist")

    for handler in logging.getLogger().handlers:
        handler.flush()
    text = debug_log.read_text(encoding="utf-8")
    assert "Traceback" in text and "***567" in text  # the lines were written, the number masked
    for secret in (NUMBER, NUMBER[1:], NUMBER[3:], CALLER_NAME, PATIENT, "Helena", NOTE, "biopsy", "Kowalczyk"):
        assert secret not in text, f"{secret!r} is in the log"
