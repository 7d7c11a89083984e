"""`make bench`: print how fast the console is on a large generated database. Prints figures, never asserts.

    python -m bench [--runs 5] [--events 300] [--keystroke-cards 12] [--saves 300] [--regenerate]
                    [--only start,ring,search,save,dashboard,stability,phone,cards,frozen,shared,messages]
                    [--phone-calls 50] [--keep] [--message-saves 200] [--month-calls 6000]

(a) cold start against a bare PySide6 window, (b) call event → card rendered, (c) search as you type,
(d) saving an outcome, (e) a month's figures per receptionist out of 1,000,000 calls against hand-written SQL.
(f) a real softphone's INVITE → card on screen (needs root, or baresip and sipp installed).
(g) a card file of one clinic with 2,000 and with 20,000 knowledge entries: import, import again, export.
(h) the frozen program (PyInstaller): its folder's size, and its start against the start from source.
(i) the shared database, PostgreSQL over loopback: (b), (d) and (e) again, the card and work-list polls, and
    20 console processes × 500 outcomes — plain, through a server restart, with 4 killed — then 4 on one SQLite file.
(j) messages, on SQLite and PostgreSQL: saving an outcome with a message task, the outbox worker against the local
    SMTP server and SMS gateway, and the owner's summary of a month-sized clinic.
See bench/coldstart.py, bench/console.py, bench/dashboard.py, bench/telephony.py, bench/cards.py, bench/frozen.py,
bench/shared.py and bench/messages.py for exactly what is timed.
The exit code is 0 when every benchmark ran (figures over target included), 1 when one failed to run.
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import sys
import tempfile
import time
import traceback
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from . import generate, screen
from .pace import pace_ms
from .report import Row, Section, format_table, machine_lines

PARTS = (
    *("start", "ring", "search", "save", "dashboard", "stability", "phone", "cards", "frozen", "shared"),
    "messages",
)


def _args(argv: list[str] | None) -> argparse.Namespace:
    p = argparse.ArgumentParser(prog="python -m bench", description=__doc__.split("\n", 1)[0])
    p.add_argument("--runs", type=int, default=5, help="timed starts of each kind (default 5)")
    p.add_argument("--events", type=int, default=300, help="rings for (b) (default 300)")
    p.add_argument("--keystroke-cards", type=int, default=12, help="Polish cards to type the queries on (c)")
    p.add_argument("--saves", type=int, default=300, help="outcomes saved for (d) (default 300)")
    p.add_argument("--phone-calls", type=int, default=50, help="calls through the real softphone for (f)")
    p.add_argument("--probe-calls", type=int, default=400, help="calls the stability probe tries (default 400)")
    p.add_argument("--card-sizes", default="2000,20000", help="knowledge entries of the card files for (g)")
    p.add_argument("--card-runs", type=int, default=3, help="imports and exports of each card size (default 3)")
    p.add_argument("--seed", type=int, default=7, help="random choices of clinics and callers")
    p.add_argument("--consoles", type=int, default=20, help="console processes on the shared database for (g)")
    p.add_argument("--outcomes", type=int, default=500, help="outcomes each console process saves for (g)")
    p.add_argument("--message-saves", type=int, default=200, help="outcomes with a message saved for (j)")
    p.add_argument("--month-calls", type=int, default=6000, help="calls in the month of the owner's summary (j)")
    p.add_argument("--regenerate", action="store_true", help="rebuild the generated database")
    p.add_argument("--only", default=",".join(PARTS), help="comma-separated subset of: " + ", ".join(PARTS))
    p.add_argument("--keep", action="store_true", help="keep the working folder (database copies, logs)")
    return p.parse_args(argv)


def _log(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def _failed(title: str, error: BaseException) -> Section:
    traceback.print_exception(error, file=sys.stderr)
    section = Section(title)
    section.rows.append(Row(title.split(":", 1)[0], error=f"{type(error).__name__}: {error}"[:160]))
    return section


def _paced(title: str, run: Callable[[], Section]) -> Section:
    """Run one part; its notes say how fast the machine was just before and just after (bench/pace.py)."""
    before = pace_ms()
    try:
        section = run()
    except Exception as error:
        section = _failed(f"{title}: failed", error)
    section.notes.append(f"pace during {title}: {before:.1f} ms before, {pace_ms():.1f} ms after.")
    return section


def _coldstart(data: generate.GeneratedData, workdir: Path, runs: int) -> Section:
    from . import coldstart

    return coldstart.run(data, workdir, runs, log=_log)


def _dashboard() -> Section:
    from . import dashboard

    return dashboard.run(log=_log)[1]


def _frozen(data: generate.GeneratedData, workdir: Path, runs: int) -> Section:
    from . import frozen

    return frozen.run(data, workdir, runs, log=_log)


def _phone(calls: int) -> Section:
    from . import telephony

    return telephony.run(calls, log=_log)


def _cards(sizes: str, runs: int) -> Section:
    from . import cards

    return cards.run(sorted({int(s) for s in sizes.split(",") if s.strip()}), runs, log=_log)


def _shared(args: argparse.Namespace) -> list[Section]:
    from . import shared

    options = shared.arguments(
        ["--consoles", str(args.consoles), "--outcomes", str(args.outcomes), "--events", str(args.events),
         "--saves", str(args.saves)]
    )  # fmt: skip
    before = pace_ms()
    try:
        sections = shared.run(options, log=_log)
    except Exception as error:
        return [_failed("(i) shared database: failed", error)]
    if sections:
        sections[-1].notes.append(f"pace during (i) shared database: {before:.1f} ms before, {pace_ms():.1f} ms after.")
    return sections


def _messages(args: argparse.Namespace) -> list[Section]:
    from . import messages

    options = messages.arguments(["--saves", str(args.message_saves), "--month-calls", str(args.month_calls)])
    before = pace_ms()
    try:
        sections = messages.run(options, log=_log)
    except Exception as error:
        return [_failed("(j) messages: failed", error)]
    if sections:
        sections[-1].notes.append(f"pace during (j) messages: {before:.1f} ms before, {pace_ms():.1f} ms after.")
    return sections


def _stability(data: generate.GeneratedData, workdir: Path, max_calls: int) -> Section:
    """Only when the PySide6 reference leak is present: how many calls does a console survive?"""
    import PySide6

    from . import crashprobe, refguard

    section = Section("stability")
    leak = refguard.void_call_leak() if sys.version_info < (3, 12) else 0.0
    if leak < 0.5:
        section.notes.append("stability: no reference leak in PySide6 void calls on this Python; probe skipped.")
        return section
    saved, ending = crashprobe.probe(data, workdir, max_calls)
    if ending == "survived":
        section.notes.append(f"stability: a console survived {saved} calls.")
    else:
        section.problems.append(
            f"The real window handling calls (ring → answer → non-target → save) aborted "
            f"after {saved} calls: {ending}. Cause: PySide6 {PySide6.__version__} on Python "
            f"{sys.version.split()[0]} drops a reference to None on every void Qt call ({leak:.1f} per call); "
            f"PySide6 6.11.3 and Python ≥ 3.12 do not."
        )
    return section


def main(argv: list[str] | None = None) -> int:
    args = _args(argv)
    parts = {p.strip() for p in args.only.split(",") if p.strip()}
    unknown = parts - set(PARTS)
    if unknown:
        print(f"unknown part(s): {', '.join(sorted(unknown))}; choose from {', '.join(PARTS)}", file=sys.stderr)
        return 2
    started = time.perf_counter()
    screen.use_receptionist_screen(generate.CACHE)  # before any window, here or in a child process
    print(f"Reception Console benchmarks — {datetime.now().astimezone():%Y-%m-%d %H:%M %Z}")
    for line in machine_lines(generate.REPO):
        print(line)

    data = generate.ensure_data(force=args.regenerate, log=_log)
    how = (
        f"cached in .cache/bench/ (generating it took {data.seconds:.1f} s)"
        if data.cached
        else f"generated now in {data.seconds:.1f} s, cached in .cache/bench/"
    )
    print(f"pace    : {pace_ms():.1f} ms for a fixed piece of Python work (bench/pace.py); the notes give it again")
    print("          before and after each part: the higher it is, the slower this machine runs the same code")
    print(f"data    : {generate.describe(data)}")
    print(f"          {how}")
    print(flush=True)

    generate.CACHE.mkdir(parents=True, exist_ok=True)
    for stale in generate.CACHE.glob("run-*"):  # left by a run that was killed; a running one is younger
        if time.time() - stale.stat().st_mtime > 3600:
            shutil.rmtree(stale, ignore_errors=True)
    workdir = Path(tempfile.mkdtemp(prefix="run-", dir=generate.CACHE))  # the cache's disk, not a tmpfs
    sections: list[Section] = []
    rng = random.Random(args.seed)
    try:
        if "start" in parts:
            _log("(a) cold start …")
            sections.append(_paced("(a) cold start", lambda: _coldstart(data, workdir, args.runs)))
        if parts & {"ring", "search", "save"}:
            from . import console as bench_console

            try:
                console = bench_console.Console(data, workdir)
            except Exception as error:
                sections.append(_failed("(b–d) console: the window could not be built", error))
            else:
                for part, title, run in (
                    ("ring", "(b) ring → card", lambda: bench_console.bench_ring(console, args.events, rng)),
                    (
                        "search",
                        "(c) search as you type",
                        lambda: bench_console.bench_search(console, args.keystroke_cards, rng),
                    ),
                    ("save", "(d) saving an outcome", lambda: bench_console.bench_save(console, args.saves, rng)),
                ):
                    if part not in parts:
                        continue
                    _log(f"{title} …")
                    sections.append(_paced(title, run))
                console.close()
        if "dashboard" in parts:
            _log("(e) dashboard figures …")
            sections.append(_paced("(e) dashboard figures", _dashboard))
        if "stability" in parts:
            _log("stability probe …")
            try:
                sections.append(_stability(data, workdir, args.probe_calls))
            except Exception as error:
                sections.append(_failed("stability probe: failed", error))
        if "frozen" in parts:
            _log("(h) frozen program …")
            sections.append(_paced("(h) frozen program", lambda: _frozen(data, workdir, args.runs)))
        if "shared" in parts:
            _log("(i) the shared database: PostgreSQL over loopback …")
            sections += _shared(args)
        if "messages" in parts:
            _log("(j) messages: saves with a message, the outbox worker, the owner's summary …")
            sections += _messages(args)
        if "phone" in parts:
            _log("(f) phone rings → card, real softphone …")
            sections.append(_paced("(f) real softphone", lambda: _phone(args.phone_calls)))
        if "cards" in parts:
            _log("(g) card files …")
            sections.append(_paced("(g) card files", lambda: _cards(args.card_sizes, args.card_runs)))
    finally:
        if args.keep:
            _log(f"working folder kept: {workdir}")
        else:
            shutil.rmtree(workdir, ignore_errors=True)

    print(format_table(sections))
    notes = [n for s in sections for n in s.notes]
    if notes:
        print("notes:")
        for note in notes:
            print(f"  - {note}")
    problems = [p for s in sections for p in s.problems]
    if problems:
        print("PROBLEMS (broken, not merely slow):")
        for problem in problems:
            print(f"  ! {problem}")
    over = [r for s in sections for r in s.rows if r.verdict == "over"]
    broken = [r for s in sections for r in s.rows if r.verdict == "ERROR"]
    judged = [r for s in sections for r in s.rows if r.verdict in ("ok", "over")]
    print(f"summary : {len(judged) - len(over)} of {len(judged)} judged figures within target")
    if over:
        print(f"over    : {' · '.join(r.name for r in over)}")
    if broken:
        print(f"failed  : {' · '.join(r.name for r in broken)}")
    if problems:
        print(f"problems: {len(problems)} (see PROBLEMS above)")
    load = ", ".join(f"{x:.2f}" for x in os.getloadavg()) if hasattr(os, "getloadavg") else "n/a"
    print(f"total   : {time.perf_counter() - started:.0f} s · load average at the end {load}")
    return 1 if broken else 0


if __name__ == "__main__":
    raise SystemExit(main())
