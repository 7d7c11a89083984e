"""reception-console call ring|answer|end — call events for the running console (starting it when none runs).

For softphones with a "run a program on incoming call" setting. The event goes over the single-instance socket
(see platform/ipc.py); `ring` prints the call's id, which `answer` and `end` accept.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import time

from ..platform.settings import Settings
from . import fail

START_TIMEOUT_S = 60.0


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    from ..telephony.command_line import add_call_arguments

    call = sub.add_parser("call", help="tell the console about a call (for a softphone's 'run a program' setting)")
    add_call_arguments(call)


def _console_command(args: argparse.Namespace) -> list[str]:
    command = [sys.executable] if getattr(sys, "frozen", False) else [sys.executable, "-m", "reception_console"]
    if args.db:
        command += ["--db", args.db]
    if args.user:
        command += ["--user", args.user]
    return command


def _start_console(args: argparse.Namespace) -> subprocess.Popen[bytes]:
    options: dict[str, object] = {}
    if sys.platform == "win32":
        options["creationflags"] = subprocess.DETACHED_PROCESS | subprocess.CREATE_NEW_PROCESS_GROUP  # type: ignore[attr-defined]
    else:
        options["start_new_session"] = True
    return subprocess.Popen(
        _console_command(args),
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        **options,  # type: ignore[arg-type]
    )


def run(args: argparse.Namespace, settings: Settings) -> int:
    from PySide6.QtCore import QCoreApplication

    from ..domain.calls import utcnow
    from ..platform.ipc import send, server_name
    from ..telephony.command_line import CallCommandError, canonical_argv

    try:
        argv = canonical_argv(args, utcnow())
    except CallCommandError as error:
        return fail(str(error))
    _app = QCoreApplication.instance() or QCoreApplication([sys.argv[0]])  # local sockets need one
    name = server_name(settings.paths)
    if not send(name, argv):
        console = _start_console(args)
        print(f"No console was running: started one (process {console.pid}).", file=sys.stderr)
        deadline = time.monotonic() + START_TIMEOUT_S
        while not send(name, argv, timeout_ms=1000):
            if console.poll() not in (None, 0):  # 0: a console starting meanwhile took over; its socket opens soon
                return fail(f"The console could not be started (exit code {console.returncode}); see its log.")
            if time.monotonic() > deadline:
                return fail(f"The console did not take the event within {START_TIMEOUT_S:.0f} s.")
            time.sleep(0.2)
    if args.event == "ring":
        print(argv[argv.index("--call-id") + 1])
    return 0
