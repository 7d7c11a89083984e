"""Command line: start the console, or work on its database without a window.

    reception-console                      start the console
    reception-console demo load            load the demo clinics into an empty database
    reception-console db upgrade|status    migrate the database / show its schema revision
    reception-console calls import FILE    load past calls from a CSV file (docs/call-import.md)
    reception-console report figures …     the supervisor's figures as JSON or CSV
    reception-console cards export|import  clinic cards as files (docs/card-format.md)
    reception-console training scenarios|export|import|results   practice scenarios as files, test results
    reception-console call ring|answer|end a call event for the running console (a softphone's hook)
    reception-console phone lines|account|ami-secret   which phone account rings each line; the AMI secret
    reception-console data purge|subject|audit         retention, a caller's requests, the audit trail
    reception-console self-test            check this installation and name what is broken
    reception-console notify secret|test|outbox        e-mail and SMS: channel secrets, a test message, the outbox
Options before the command: --db URL (or RECEPTION_CONSOLE_DB), --user LOGIN.
Each command group lives in `reception_console.commands`.
"""

from __future__ import annotations

import argparse
import contextlib
import importlib
import io
import sys

from .commands import GROUPS
from .platform import start_gc
from .services.phone_links import is_phone_link

# a click on a phone number in another program (the installers register the console for these links) starts the
# console, or hands the link to the running one, which starts an outgoing call to the number


def _group(name: str):  # type: ignore[no-untyped-def]
    return importlib.import_module(f"reception_console.commands.{name}")


def parser(commands: bool = True) -> argparse.ArgumentParser:
    """The options, and the command groups unless `commands` is False (starting the window needs none of them)."""
    p = argparse.ArgumentParser(
        prog="reception-console", description="Reception Console for clinic receptionists.", add_help=commands
    )
    p.add_argument("--db", metavar="URL", help="database URL (default: the embedded SQLite file)")
    p.add_argument("--user", metavar="LOGIN", help="who signs in (password from RECEPTION_CONSOLE_PASSWORD)")
    p.add_argument("--version", action="store_true", help="print the version and exit")
    if commands:
        sub = p.add_subparsers(dest="command")
        for name in GROUPS:
            _group(name).register(sub)
    else:
        p.set_defaults(command=None)
    return p


def _names_a_command(argv: list[str]) -> bool:
    """Whether the arguments name a command (a mistyped one included: it gets argparse's message) or ask for help;
    else they start the window, with any Qt options (`-style fusion`) left for Qt."""
    _, rest = parser(commands=False).parse_known_args(argv)
    rest = [arg for arg in rest if not is_phone_link(arg)]
    return bool(rest and not rest[0].startswith("-")) or any(arg in ("-h", "--help") for arg in rest)


def _begin(argv: list[str]):  # type: ignore[no-untyped-def]
    """The arguments, the settings and, for the window, the first steps of its start (`app.begin_gui`)."""
    args, extra = parser(commands=_names_a_command(argv)).parse_known_args(argv)
    if args.version:
        return args, extra, None, None
    from .platform.settings import load_settings

    settings = load_settings(database_url=args.db)
    from .platform.private_files import make_private

    make_private([settings.paths.data, settings.paths.config, settings.paths.logs])
    if args.command is not None:
        return args, extra, settings, None
    from .app import begin_gui

    return args, extra, settings, begin_gui(settings, args.user)


_begun = None  # (argv, what `_begin` made of it), when the frozen program's first run-time hook began the start


def begin_early() -> None:
    """For the frozen program's first run-time hook, which runs before PyInstaller's own (they load Qt): a start
    of the window takes its lock and begins an unattended PC's password check there, before Qt loads, as it does
    from source; `main` goes on from it. Anything amiss is left for `main` to find again and say."""
    global _begun
    argv = sys.argv[1:]
    try:
        with contextlib.redirect_stderr(io.StringIO()):
            if _names_a_command(argv):
                return
            start_gc.pause()  # (main resumes it)
            _begun = (argv, _begin(argv))
    except BaseException:  # a wrong option's SystemExit too: main finds it again and says what is wrong
        _begun = None


def main(argv: list[str] | None = None) -> int:
    start_gc.pause()  # resumed once the window is up (run_gui), or right below for a command
    try:
        return _main(argv)
    finally:
        start_gc.resume()


def _main(argv: list[str] | None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    global _begun
    begun, _begun = _begun, None
    args, extra, settings, start = begun[1] if begun is not None and begun[0] == argv else _begin(argv)
    if args.version:
        from . import __version__

        print(__version__)
        return 0
    assert settings is not None
    if start is not None:
        from .app import run_gui

        return run_gui(settings, [sys.argv[0], *extra], start)
    start_gc.resume()
    if extra:
        parser().error(f"unrecognised arguments: {' '.join(extra)}")
    return int(_group(args.command.replace("-", "_")).run(args, settings))
