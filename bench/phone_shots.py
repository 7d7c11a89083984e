"""Screenshots of the phone side, for docs/ and the README: two lines ringing through the softphone while the
missed calls wait to be called back, and the softphone link in the status bar.

Run under a real X server (the ctrl_tcp peer is the scripted one the tests use, on loopback):
    xvfb-run -a -s "-screen 0 1366x768x24" env QT_QPA_PLATFORM=xcb python -m bench.phone_shots docs
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from bench.shot_setup import arguments, start

REPO = Path(__file__).resolve().parents[1]


def main() -> int:
    args = arguments().parse_args()
    sys.path.insert(0, str(REPO))

    from reception_console.app import wire_telephony
    from reception_console.platform.telephony_settings import TelephonySettings
    from reception_console.ui.console.main_window import MainWindow
    from tests.telephony.peers import FakeBaresip

    session = start(args.language, "rc-phone-shots-")
    app, db, services = session.app, session.db, session.services
    window = MainWindow(services, services.auth.sign_in("justyna", "demo"), database_label="Embedded database")
    window.resize(1366, 740)
    window.show()
    peer = FakeBaresip()
    telephony = TelephonySettings(
        source="baresip",
        baresip_port=peer.port,
        tray=False,
        lines={"clinic-a": "+48228431200", "clinic-b": "+74956431020", "clinic-c": "+441614960123"},
    )
    bridge = wire_telephony(window, services, telephony)

    def wait(done, timeout: float = 10) -> None:  # type: ignore[no-untyped-def]
        deadline = time.monotonic() + timeout
        while not done() and time.monotonic() < deadline:
            app.processEvents()
            time.sleep(0.01)

    def call(kind: str, n: int, account: str, caller: str, name: str = "") -> None:
        peer.send_event(type=kind, accountaor=f"sip:{account}@127.0.0.1", direction="incoming", id=f"shot-{n}",
                        peeruri=f"sip:{caller}@127.0.0.1", peerdisplayname=name)  # fmt: skip

    wait(lambda: bridge.sources[0].status.state.value == "connected")
    for n, (account, caller) in enumerate(
        [("clinic-c", "+447700900123"), ("clinic-a", "+48501234567"), ("clinic-b", "+79031112233")]
    ):
        call("CALL_INCOMING", n, account, caller)
        call("CALL_CLOSED", n, account, caller)
    wait(lambda: window.missed.model.rowCount() == 3)
    call("CALL_INCOMING", 10, "clinic-a", "+48600111222", "Maria Wiśniewska")
    wait(lambda: window.calls_model.rowCount() == 1)
    call("CALL_INCOMING", 11, "clinic-b", "+79161234567")
    wait(lambda: window.calls_model.rowCount() == 2)
    window.statusBar().clearMessage()
    wait(lambda: False, 0.5)
    args.folder.mkdir(parents=True, exist_ok=True)
    path = args.folder / "console-phone-ringing.png"
    window.grab().save(str(path))
    print(path)
    peer.close()
    bridge.sources[0].stop()
    db.dispose()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
