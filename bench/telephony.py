"""(f) the phone rings → the card is on screen, with a real softphone: sipp sends an INVITE to baresip on
loopback, baresip tells the console over ctrl_tcp, the real MainWindow (offscreen) renders the clinic's card.

    python -m bench.telephony [--calls 50]      (root, or baresip and sipp installed; see tests/softphone.py)

Three runs of calls (a 300 ms ring, then the caller hangs up; one call at a time):
  floor   INVITE sent → CALL_INCOMING read by a bare client (a plain socket reading netstrings, no Qt);
  console INVITE sent → the card rendered, with the steps in between, twice: every call on the same clinic's
          line (a clinic's own desk: its card stays on screen between calls), then on two clinics' lines in
          turn (a call centre: every ring shows another card).
"INVITE sent" is sipp's own clock reading (gettimeofday) just before it sends the INVITE; the other side reads
the same wall clock. "Rendered" is as in bench/console.py: events are processed until two passes in a row bring
no new repaint of the window, with the text cursor kept from blinking. Target: p95 ≤ floor p95 + 30 ms.
"""

from __future__ import annotations

import argparse
import json
import socket
import sys
import tempfile
import time
from pathlib import Path

from .report import Row, Section, format_table, percentile

REPO = Path(__file__).resolve().parents[1]
MARGIN_MS = 30.0
RING_MS = 300
WARM_UP = 3
LINE_A = "+48228431200"  # demo: Med Centrum Mokotów, rung through baresip account clinic-a
LINE_B = "+74956431020"  # demo: Стоматология «Улыбка», through clinic-b


def _invite_time(log: Path, timeout: float = 10.0) -> tuple[str, float]:
    """(SIP Call-ID, wall time in s) of the INVITE sipp logged just before sending it."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if log.exists():
            for line in log.read_text(errors="replace").splitlines():
                if line.startswith("INVITE_SEND "):
                    _tag, call_id, seconds, micros = line.split()[:4]
                    return call_id, float(seconds) + float(micros) / 1e6  # sipp prints its variables as decimals
        time.sleep(0.01)
    raise RuntimeError(f"sipp wrote no INVITE_SEND line to {log}")


def _finish(process, timeout: float = 30.0) -> None:  # type: ignore[no-untyped-def]
    process.wait(timeout=timeout)
    if process.returncode != 0:
        raise RuntimeError(f"sipp failed (exit code {process.returncode})")


def bare_client(lab, calls: int) -> list[float]:  # type: ignore[no-untyped-def]
    """INVITE → CALL_INCOMING read by a bare socket client, in ms."""
    from reception_console.telephony.netstring import NetstringDecoder

    with lab.entered():
        client = socket.create_connection(("127.0.0.1", lab.ports.ctrl), timeout=10)
    decoder = NetstringDecoder()
    samples: list[float] = []
    try:
        for n in range(WARM_UP + calls):
            log = lab.workdir / f"floor-{n}.log"
            caller = lab.call("clinic-a", f"+48600{n:06d}", ring_ms=RING_MS, log_name=log.name)
            read_at: dict[str, float] = {}
            while not read_at:
                for payload in decoder.feed(client.recv(65536)):
                    message = json.loads(payload)
                    if message.get("type") == "CALL_INCOMING":
                        read_at[message.get("id", "")] = time.time()
            call_id, sent = _invite_time(log)
            if n >= WARM_UP and call_id in read_at:
                samples.append((read_at[call_id] - sent) * 1000)
            _finish(caller)
    finally:
        client.close()
    return samples


class _Console:
    def __init__(self, lab, workdir: Path) -> None:  # type: ignore[no-untyped-def]
        from PySide6.QtWidgets import QApplication

        from reception_console.app import build_services, open_prepared_database, wire_telephony
        from reception_console.platform.paths import Paths
        from reception_console.platform.settings import Settings
        from reception_console.platform.telephony_settings import TelephonySettings
        from reception_console.ui.console.idle_collector import IdleCollector
        from reception_console.ui.console.main_window import MainWindow
        from reception_console.ui.style import apply_style

        from .console import Renders, quiet_qt_messages, render, steady_cursor

        quiet_qt_messages()
        self.app = QApplication.instance() or QApplication(["reception-console-bench"])
        steady_cursor(self.app)
        apply_style(self.app)
        paths = Paths(workdir / "data", workdir / "config", workdir / "logs", None)
        settings = Settings(paths=paths, database_url=f"sqlite:///{workdir / 'phone-bench.sqlite3'}")
        self.db = open_prepared_database(settings, load_demo=True)
        services = build_services(self.db, settings)
        self.window = MainWindow(services, services.auth.sign_in("justyna", "demo"), database_label="Embedded")
        self.window.resize(1366, 740)
        self.window.show()
        self.collector = IdleCollector.follow(self.window)  # as run_gui() does once the window is shown
        lines = {"clinic-a": LINE_A, "clinic-b": LINE_B}
        telephony = TelephonySettings(source="baresip", baresip_port=lab.ports.ctrl, lines=lines,
                                      on_ring="none", tray=False, reconnect_max_seconds=1.0)  # fmt: skip
        self.bridge = wire_telephony(self.window, services, telephony, start=False)
        self.source = self.bridge.sources[0]
        self.source.link.around_connect = lab.entered
        self.renders = Renders()
        self.renders.install(self.window)
        self.render = lambda: render(self.app, self.renders)
        self.event_read: dict[str, float] = {}
        self.shown: dict[str, float] = {}
        self.source.raw_event.connect(self._raw)
        self.window.call_shown.connect(lambda call_id: self.shown.setdefault(call_id, time.time()))
        self.source.start()
        self.pump(lambda: self.source.status.state.value == "connected" and self.window.prefetch.done, 20)
        self.render()

    def _raw(self, event) -> None:  # type: ignore[no-untyped-def]
        if event.type == "CALL_INCOMING":
            self.event_read.setdefault(event.call_id, time.time())

    def pump(self, done, timeout: float) -> None:  # type: ignore[no-untyped-def]
        """Run the event loop until `done()`: asleep until something arrives, as the real console is."""
        from PySide6.QtCore import QEventLoop, QTimer

        heartbeat = QTimer()
        heartbeat.start(20)  # wakes the loop to look at `done` and the clock
        deadline = time.monotonic() + timeout
        try:
            while not done():
                if time.monotonic() > deadline:
                    raise RuntimeError("timed out waiting for the console")
                self.app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents)
        finally:
            heartbeat.stop()

    def close(self) -> None:
        self.source.stop()
        self.window.close()
        self.window.deleteLater()
        self.app.processEvents()
        self.db.dispose()


SAME_CLINIC = ("clinic-a",)
CLINICS_IN_TURN = ("clinic-a", "clinic-b")


def console_run(lab, calls: int, workdir: Path, accounts: tuple[str, ...]) -> dict[str, list[float]]:  # type: ignore[no-untyped-def]
    """Calls on the accounts in turn: one account rings the same clinic again (a clinic's own desk, whose card
    stays on screen between calls); two ring a different clinic each time (a call centre: a new card every ring).
    Each run has its own console and database, and callers of its own."""
    from reception_console.telephony.ids import stable_call_id

    run = "-".join(accounts)
    workdir = workdir / run
    workdir.mkdir()
    console = _Console(lab, workdir)
    out: dict[str, list[float]] = {"card": [], "event": [], "handled": [], "paint": []}
    try:
        for n in range(WARM_UP + calls):
            log = lab.workdir / f"console-{run}-{n}.log"
            caller = lab.call(accounts[n % len(accounts)], f"+486{len(accounts)}1{n:06d}", ring_ms=RING_MS,
                              log_name=log.name)  # fmt: skip
            console.pump(lambda: bool(console.shown), 30)
            shown_id = next(iter(console.shown))
            rendered = console.render()
            wall_now, perf_now = time.time(), time.perf_counter()
            on_screen = wall_now - (perf_now - rendered.settled)
            call_sip_id, sent = _invite_time(log)
            call_id = stable_call_id("baresip", call_sip_id)
            if n >= WARM_UP and shown_id == call_id:
                read = console.event_read[call_sip_id]
                out["card"].append((on_screen - sent) * 1000)
                out["event"].append((read - sent) * 1000)
                out["handled"].append((console.shown[call_id] - read) * 1000)
                out["paint"].append((on_screen - console.shown[call_id]) * 1000)
            _finish(caller)
            console.pump(lambda: console.window.calls_model.rowCount() == 0, 30)  # recorded as missed
            console.shown.clear()
            console.event_read.clear()
            console.render()
    finally:
        console.close()
    return out


def _rows(title: str, console: dict[str, list[float]], target: float) -> list[Row]:
    return [
        Row.of(f"INVITE sent → card rendered, {title}", console["card"], target),
        Row.of("INVITE → event read by the console's adapter", console["event"], indent=1),
        Row.of("event → card shown (parse, desk, SQL, widgets)", console["handled"], indent=1),
        Row.of("shown → painted and settled", console["paint"], indent=1),
    ]


def run(calls: int = 50, log=print) -> Section:  # type: ignore[no-untyped-def]
    sys.path.insert(0, str(REPO))
    from tests.softphone import SoftphoneLab, Unavailable

    section = Section(f"(f) phone rings → card, real softphone: sipp → baresip → console ({calls} calls a run)")
    workdir = Path(tempfile.mkdtemp(prefix="phone-bench-"))
    try:
        lab = SoftphoneLab.create(workdir)
    except Unavailable as reason:
        section.notes.append(f"(f) skipped: {reason}")
        return section
    try:
        lab.start()
        log("(f) floor: bare ctrl_tcp client …")
        floor = bare_client(lab, calls)
        log("(f) console, the same clinic again …")
        same = console_run(lab, calls, workdir, SAME_CLINIC)
        log("(f) console, two clinics in turn …")
        in_turn = console_run(lab, calls, workdir, CLINICS_IN_TURN)
    finally:
        lab.close()
    floor_p95 = percentile(floor, 0.95)
    target = round(floor_p95 + MARGIN_MS, 1)
    section.rows += [
        Row.of("INVITE sent → CALL_INCOMING read, bare client (floor)", floor),
        *_rows("the same clinic again", same, target),
        *_rows("another clinic each call", in_turn, target),
    ]
    section.notes.append(
        f"(f) target = floor p95 ({floor_p95:.1f} ms) + {MARGIN_MS:g} ms; {WARM_UP} untimed warm-up calls per run; "
        f"each call rings {RING_MS} ms, then the caller hangs up (a missed call, saved before the next); "
        f"{'private network namespace' if lab.private else 'shared loopback (not root)'}; calls measured: "
        f"floor {len(floor)}, same clinic {len(same['card'])}, clinics in turn {len(in_turn['card'])} of {calls}."
    )
    return section


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m bench.telephony", description=__doc__.split("\n", 1)[0])
    p.add_argument("--calls", type=int, default=50, help="timed calls per run (default 50)")
    args = p.parse_args(argv)
    from .generate import CACHE
    from .screen import use_receptionist_screen

    use_receptionist_screen(CACHE)  # (as `make bench` does)
    section = run(args.calls, log=lambda m: print(m, file=sys.stderr, flush=True))
    print(format_table([section]) if section.rows else section.title)
    for note in section.notes:
        print(f"  - {note}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
