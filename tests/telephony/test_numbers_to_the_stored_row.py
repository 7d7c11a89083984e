"""A caller's number as phones really send it — national, formatted, with the international prefix — through the
real adapters (scripted ctrl_tcp and AMI peers on loopback, the command line's parser) into the call desk, and
what is stored. The region for national forms comes from config.toml's `[phone] default_region`."""

from __future__ import annotations

from pathlib import Path

import pytest

from reception_console.app import build_services
from reception_console.domain.calls import CallEvent
from reception_console.platform.paths import Paths
from reception_console.platform.settings import load_settings
from reception_console.services.console import ConsoleServices
from reception_console.services.phone import LinkState
from reception_console.storage.database import Database
from reception_console.telephony.ami import AmiSource
from reception_console.telephony.baresip import BaresipSource
from reception_console.telephony.command_line import CommandLineEvents
from reception_console.telephony.lines import LineMap
from reception_console.telephony.link import Backoff
from tests.conftest import PL_LINE, RU_LINE, Clock
from tests.telephony.ami_scripts import inbound_call
from tests.telephony.peers import FakeAsterisk, FakeBaresip

TIMEOUT = 10_000
LINES = LineMap.build([(PL_LINE, "sip:clinic-a@127.0.0.1"), (RU_LINE, None)], {})


def console(db: Database, tmp_path: Path, region: str, clock: Clock) -> ConsoleServices:
    """The services as the app builds them, from a config.toml that names the region."""
    paths = Paths(tmp_path / "data", tmp_path / "config", tmp_path / "logs", None)
    paths.config.mkdir(parents=True)
    (paths.config / "config.toml").write_text(f'[phone]\ndefault_region = "{region}"\n', encoding="utf-8")
    settings = load_settings(paths, database_url=db.url)
    assert settings.phone_region == region
    return build_services(db, settings, clock=clock)


def stored_caller(services: ConsoleServices, event: CallEvent) -> str | None:
    services.desk.receive(event)
    stored = services.desk.get(event.call_id)  # read back from the database
    assert stored is not None
    return stored.caller


@pytest.mark.parametrize(
    ("region", "given", "stored"),
    [
        ("PL", "600 111 222", "+48600111222"),
        ("PL", "600-111-222", "+48600111222"),
        ("PL", "0048600111222", "+48600111222"),
        ("PL", "+48 600 111 222", "+48600111222"),
        ("RU", "8 916 123-45-67", "+79161234567"),
        ("RU", "9161234567", "+79161234567"),
    ],
)
def test_the_command_line_path_stores_the_number_in_e164(  # type: ignore[no-untyped-def]
    demo_db: Database, tmp_path: Path, clock: Clock, region: str, given: str, stored: str
) -> None:
    services = console(demo_db, tmp_path, region, clock)
    argv = ["call", "ring", "--line", PL_LINE, "--caller", given, "--call-id", f"cli-{given}"]
    assert stored_caller(services, CommandLineEvents(LINES, clock).event(argv)) == stored


@pytest.fixture
def adapters(qtbot):  # type: ignore[no-untyped-def]
    """(peer, source) pairs, stopped and closed at the end of the test."""
    made: list = []
    yield made
    for peer, source in made:
        source.stop()
        source.deleteLater()
        peer.close()
    qtbot.wait(10)


def test_the_softphone_path_stores_national_and_prefixed_numbers_in_e164(  # type: ignore[no-untyped-def]
    qtbot, demo_db: Database, tmp_path: Path, clock: Clock, adapters
) -> None:
    services = console(demo_db, tmp_path, "PL", clock)
    peer = FakeBaresip()
    source = BaresipSource("127.0.0.1", peer.port, LINES, clock=clock, backoff=Backoff(0.05, 0.3))
    adapters.append((peer, source))
    calls: list = []
    source.call_event.connect(lambda event: calls.append(services.desk.receive(event)))
    source.start()
    qtbot.waitUntil(lambda: source.status.state is LinkState.CONNECTED, timeout=TIMEOUT)
    for n, user in enumerate(["600111222", "0048600111333"]):
        peer.send_event(
            type="CALL_INCOMING", accountaor="sip:clinic-a@127.0.0.1", direction="incoming", id=f"sp-{n}",
            peeruri=f"sip:{user}@127.0.0.1",
        )  # fmt: skip
    qtbot.waitUntil(lambda: len(calls) == 2, timeout=TIMEOUT)
    stored = [services.desk.get(call.id) for call in calls]
    assert [(c.caller, c.line) for c in stored] == [("+48600111222", PL_LINE), ("+48600111333", PL_LINE)]


def test_the_pbx_path_stores_national_and_prefixed_numbers_in_e164(  # type: ignore[no-untyped-def]
    qtbot, demo_db: Database, tmp_path: Path, clock: Clock, adapters
) -> None:
    services = console(demo_db, tmp_path, "RU", clock)
    peer = FakeAsterisk()
    source = AmiSource("127.0.0.1", peer.port, peer.username, peer.secret, LINES, ["PJSIP/101"], clock=clock,
                       backoff=Backoff(0.05, 0.3))  # fmt: skip
    adapters.append((peer, source))
    calls: list = []
    source.call_event.connect(lambda event: calls.append(services.desk.receive(event)))
    source.start()
    qtbot.waitUntil(lambda: source.status.state is LinkState.CONNECTED, timeout=TIMEOUT)
    for linkedid, caller in (("1795336000.10", "89161234567"), ("1795336000.20", "0079161234568")):
        for message in inbound_call(linkedid, did="74956431020", caller=caller, answered=False)[:4]:
            peer.push(message)
    qtbot.waitUntil(lambda: len(calls) == 2, timeout=TIMEOUT)
    stored = [services.desk.get(call.id) for call in calls]
    assert [(c.caller, c.line) for c in stored] == [("+79161234567", RU_LINE), ("+79161234568", RU_LINE)]
