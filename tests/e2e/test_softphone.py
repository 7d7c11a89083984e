"""End to end with a real softphone: sipp calls baresip on loopback, the console (a real MainWindow, offscreen)
follows baresip over ctrl_tcp. Root runs it in a private network namespace; without root it uses free ports."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import update

from reception_console.app import wire_telephony
from reception_console.domain.calls import CallState, Direction, Outcome, utcnow
from reception_console.domain.tasks import TaskKind
from reception_console.platform.telephony_settings import TelephonySettings
from reception_console.services.phone import LinkState
from reception_console.storage.database import Database
from reception_console.storage.models import PhoneLineRow
from reception_console.telephony.link import Backoff
from reception_console.ui.console.main_window import MainWindow
from tests.builders import services_for
from tests.conftest import EN_LINE, PL_LINE, RU_LINE
from tests.softphone import SoftphoneLab, Unavailable
from tests.ui.test_phone_links import choose_line

pytestmark = pytest.mark.slow
WAIT = 30_000  # generous: a loaded CI machine may be slow, and nothing here sleeps a fixed time
PL_NAME, RU_NAME, EN_NAME = "Med Centrum Mokotów", "Стоматология «Улыбка»", "Chorlton Physio Clinic"


@pytest.fixture(scope="module")
def lab(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SoftphoneLab]:
    try:
        lab = SoftphoneLab.create(tmp_path_factory.mktemp("softphone"))
    except Unavailable as reason:
        pytest.skip(f"real softphone unavailable: {reason}")
    try:
        lab.start()
        yield lab
    finally:
        lab.close()


class Console:
    """A real window on a copy of the demo database, following the lab's baresip."""

    def __init__(self, qtbot, db: Database, lab: SoftphoneLab) -> None:  # type: ignore[no-untyped-def]
        with db.engine.begin() as conn:  # clinic-a is configured on its line in the database …
            conn.execute(
                update(PhoneLineRow)
                .where(PhoneLineRow.number == PL_LINE)
                .values(telephony_account="sip:clinic-a@127.0.0.1")
            )
        services = services_for(db)
        self.window = MainWindow(services, services.auth.sign_in("justyna", "demo"))
        qtbot.addWidget(self.window)
        self.window.resize(1366, 740)
        self.window.show()
        settings = TelephonySettings(  # … the others in config.toml's [telephony.lines]
            source="baresip",
            baresip_port=lab.ports.ctrl,
            reconnect_max_seconds=1.0,
            dial_uri="sip:{number}@127.0.0.1:{port}",
            lines={"clinic-b": RU_LINE, "sip:clinic-c@127.0.0.1": EN_LINE},
        )
        self.bridge = wire_telephony(self.window, services, settings, start=False)
        self.source = self.bridge.sources[0]
        self.source.link.around_connect = lab.entered
        self.raw: list[str] = []
        self.source.raw_event.connect(lambda event: self.raw.append(event.type))
        self.source.start()
        qtbot.waitUntil(self.connected, timeout=WAIT)

    def connected(self) -> bool:
        return self.source.status.state is LinkState.CONNECTED

    def titles(self) -> list[str]:
        return [self.window.clinic_name(c.clinic_id) for c in self.window.calls_model.calls()]


@pytest.fixture
def console(qtbot, qapp, demo_db: Database, lab: SoftphoneLab) -> Iterator[Console]:  # type: ignore[no-untyped-def]
    made = Console(qtbot, demo_db, lab)
    yield made
    made.source.stop()  # ctrl_tcp takes one client: the next test's console must not fight this one


def ended(qtbot, process, code: int = 0) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: process.poll() is not None, timeout=WAIT)
    assert process.returncode == code


def test_a_call_on_line_a_pops_clinic_as_card_with_the_callers_number(qtbot, console: Console, lab) -> None:  # type: ignore[no-untyped-def]
    caller = lab.call("clinic-a", "+48600111222", "Jan Kowalski", ring_ms=3000)
    window = console.window
    qtbot.waitUntil(lambda: window.current_id is not None, timeout=WAIT)
    assert window.card.title.text() == PL_NAME
    assert "+48 600 111 222" in window.header.caller.text() and "Jan Kowalski" in window.header.caller.text()
    assert window.current_call().state is CallState.RINGING  # type: ignore[union-attr]
    ended(qtbot, caller)


def test_caller_hangs_up_before_answer_gives_a_missed_call_and_a_callback_task(  # type: ignore[no-untyped-def]
    qtbot, console: Console, lab
) -> None:
    caller = lab.call("clinic-b", "+79161234567", "Ivan", ring_ms=500)
    window = console.window
    qtbot.waitUntil(lambda: window.missed.model.rowCount() == 1, timeout=WAIT)
    ended(qtbot, caller)
    task = window.missed.model.task(0)
    assert task.kind is TaskKind.CALLBACK and task.phone == "+79161234567"
    missed = window.services.desk.get(task.call_id or "")
    assert missed is not None and missed.outcome is Outcome.MISSED and missed.line == RU_LINE
    assert missed.answered_at is None and missed.ended_at is not None and window.calls_model.rowCount() == 0


def test_two_simultaneous_calls_on_lines_a_and_b_are_both_listed(qtbot, console: Console, lab) -> None:  # type: ignore[no-untyped-def]
    first = lab.call("clinic-a", "+48600111222", "Jan Kowalski", ring_ms=4000)
    qtbot.waitUntil(lambda: console.window.calls_model.rowCount() == 1, timeout=WAIT)
    second = lab.call("clinic-b", "+79161234567", "Ivan", ring_ms=4000)
    qtbot.waitUntil(lambda: console.window.calls_model.rowCount() == 2, timeout=WAIT)
    assert console.titles() == [PL_NAME, RU_NAME]
    assert console.window.card.title.text() == PL_NAME  # the second ring did not take over the screen
    ended(qtbot, first)
    ended(qtbot, second)
    qtbot.waitUntil(lambda: console.window.missed.model.rowCount() == 2, timeout=WAIT)


def test_the_console_answers_and_baresip_reports_the_call_established(qtbot, console: Console, lab) -> None:  # type: ignore[no-untyped-def]
    caller = lab.call("clinic-a", "+48600111222", "Jan Kowalski", ring_ms=1500, answered=True)
    window = console.window
    qtbot.waitUntil(lambda: window.current_id is not None, timeout=WAIT)
    window.answer()  # the Answer button: uafind + callfind + accept on ctrl_tcp
    qtbot.waitUntil(lambda: "CALL_ESTABLISHED" in console.raw, timeout=WAIT)
    qtbot.waitUntil(lambda: window.current_call().answered_at is not None, timeout=WAIT)  # type: ignore[union-attr]
    ended(qtbot, caller)  # sipp got its 200 OK, talked, hung up
    qtbot.waitUntil(lambda: window.current_call().state is CallState.ENDED, timeout=WAIT)  # type: ignore[union-attr]
    call = window.current_call()
    assert call is not None and call.rang_at < call.answered_at < call.ended_at  # type: ignore[operator]


def test_an_auto_answer_line_rings_and_answers_at_once(qtbot, console: Console, lab) -> None:  # type: ignore[no-untyped-def]
    caller = lab.call("clinic-c", "+441614960999", "Ann Lee", ring_ms=500, answered=True)
    window = console.window
    qtbot.waitUntil(lambda: window.current_id is not None, timeout=WAIT)
    assert window.card.title.text() == EN_NAME
    ended(qtbot, caller)
    qtbot.waitUntil(lambda: window.current_call().state is CallState.ENDED, timeout=WAIT)  # type: ignore[union-attr]


def test_a_call_to_a_line_baresip_does_not_have_changes_nothing(qtbot, console: Console, lab) -> None:  # type: ignore[no-untyped-def]
    ended(qtbot, lab.unknown_line("clinic-z", "+48600111222"))  # 404 from baresip, no event
    assert console.window.calls_model.rowCount() == 0 and console.connected()


def test_baresip_killed_and_restarted_the_console_reconnects_and_the_next_call_pops(  # type: ignore[no-untyped-def]
    qtbot, console: Console, lab
) -> None:
    lab.kill()
    qtbot.waitUntil(lambda: "not reachable" in console.bridge.status.text(), timeout=WAIT)
    lab.start()
    qtbot.waitUntil(console.connected, timeout=WAIT)
    caller = lab.call("clinic-b", "+79161234567", "Ivan", ring_ms=1500)
    qtbot.waitUntil(lambda: console.window.current_id is not None, timeout=WAIT)
    assert console.window.card.title.text() == RU_NAME
    ended(qtbot, caller)


def test_baresip_restarting_while_a_call_rings_ends_it_as_missed_when_the_link_was_lost(  # type: ignore[no-untyped-def]
    qtbot, console: Console, lab
) -> None:
    caller = lab.call("clinic-b", "+79161234567", "Ivan", ring_ms=20_000)
    window = console.window
    try:
        qtbot.waitUntil(lambda: window.calls_model.rowCount() == 1, timeout=WAIT)
        console.source.link.backoff = Backoff(initial=3.0, maximum=3.0)  # baresip is back before the console retries
        killed_at = utcnow()
        lab.kill()
        qtbot.waitUntil(lambda: not console.connected(), timeout=WAIT)
        lab.start()  # a new baresip on the same port, without the call; the console saw only "lost"
        back_at = utcnow()
        qtbot.waitUntil(console.connected, timeout=WAIT)
        qtbot.waitUntil(lambda: window.missed.model.rowCount() == 1, timeout=WAIT)
    finally:
        caller.kill()
        caller.wait(timeout=10)
    missed = window.services.desk.get(window.missed.model.task(0).call_id or "")
    assert missed is not None and missed.outcome is Outcome.MISSED and missed.line == RU_LINE
    assert missed.ended_at is not None and killed_at <= missed.ended_at <= back_at  # not the reconnection's time
    assert window.calls_model.rowCount() == 0


def test_another_ctrl_tcp_client_taking_the_socket_ends_no_ringing_call(qtbot, console: Console, lab) -> None:  # type: ignore[no-untyped-def]
    import socket

    caller = lab.call("clinic-a", "+48600111222", "Jan Kowalski", ring_ms=6000)
    window = console.window
    qtbot.waitUntil(lambda: window.calls_model.rowCount() == 1, timeout=WAIT)
    synced: list[bool] = []
    console.source.synced.connect(lambda: synced.append(True))
    with lab.entered():
        other = socket.create_connection(("127.0.0.1", lab.ports.ctrl))  # baresip drops the console for it
    try:
        qtbot.waitUntil(lambda: synced == [True], timeout=WAIT)  # the console is back and has asked baresip
    finally:
        other.close()
    call = window.current_call()
    assert call is not None and call.state is CallState.RINGING and window.calls_model.rowCount() == 1
    ended(qtbot, caller)  # the caller hangs up: now it is a missed call, by baresip's own word
    qtbot.waitUntil(lambda: window.missed.model.rowCount() == 1, timeout=WAIT)
    assert window.services.desk.get(call.id).ended_at > call.rang_at  # type: ignore[union-attr]


def test_call_back_dials_the_patient_through_baresip(qtbot, console: Console, lab) -> None:  # type: ignore[no-untyped-def]
    ended(qtbot, lab.call("clinic-a", "+48600111222", "Jan Kowalski", ring_ms=300))
    window = console.window
    qtbot.waitUntil(lambda: window.missed.model.rowCount() == 1, timeout=WAIT)
    patient, port = lab.patient_phone(talk_ms=1000)
    console.source.dial_uri = f"sip:{{number}}@127.0.0.1:{port}"
    window.missed.button.click()
    outbound = window.current_call()
    assert outbound is not None and outbound.direction is Direction.OUTBOUND
    qtbot.waitUntil(lambda: window.current_call().answered_at is not None, timeout=WAIT)  # type: ignore[union-attr]
    ended(qtbot, patient)  # the patient answered, talked and hung up
    qtbot.waitUntil(lambda: window.current_call().state is CallState.ENDED, timeout=WAIT)  # type: ignore[union-attr]
    assert window.current_call().task_id == window.missed.model.task(0).id  # type: ignore[union-attr]


def test_a_clicked_phone_link_is_dialled_by_baresip_and_reaches_the_patient(qtbot, console: Console, lab) -> None:  # type: ignore[no-untyped-def]
    messages = lab.workdir / "link-callee.log"
    patient, port = lab.patient_phone(talk_ms=1000, messages=messages)
    console.source.dial_uri = f"sip:{{number}}@127.0.0.1:{port}"
    window = console.window
    console.bridge.handle_argv(["tel:+48-600-111-222"])  # as a second start hands it over
    choose_line(qtbot, "Mokot")  # three clinics: the one whose line (clinic-a) calls
    outbound = window.current_call()
    assert outbound is not None and outbound.direction is Direction.OUTBOUND and outbound.caller == "+48600111222"
    qtbot.waitUntil(lambda: window.current_call().answered_at is not None, timeout=WAIT)  # type: ignore[union-attr]
    ended(qtbot, patient)  # the patient's phone rang, answered, talked and hung up
    qtbot.waitUntil(lambda: window.current_call().state is CallState.ENDED, timeout=WAIT)  # type: ignore[union-attr]
    invite = messages.read_text(errors="replace")
    assert f"INVITE sip:+48600111222@127.0.0.1:{port}" in invite  # the number of the link, dialled by baresip
    assert "From: \"Clinic A\" <sip:clinic-a@127.0.0.1>" in invite  # from the chosen clinic's account
    stored = window.services.desk.get(outbound.id)
    assert stored is not None and stored.line == PL_LINE and stored.answered_at is not None


def test_lab_runs_in_a_private_namespace_when_root(lab) -> None:  # type: ignore[no-untyped-def]
    import os

    assert lab.private == (os.geteuid() == 0 and not os.environ.get("RECEPTION_CONSOLE_TEST_SHARED_NETWORK"))
    assert Path(lab.log).exists()
