"""(i) The shared database: PostgreSQL over loopback (127.0.0.1, TCP) with its default durability (fsync on).

    python -m bench.shared [--only ring,save,poll,consoles,faults,sqlite,dashboard] [--consoles 20] [--outcomes 500]

- ring → card and saving an outcome in the real window, on the generated 1,000 clinics copied into PostgreSQL;
- the card poll and the work-list poll each console runs every second: time per poll;
- 20 console processes × 500 outcomes through the service layer: throughput, and exactly 10,000 calls;
- the same with `pg_ctl restart -m fast` at a third, and with 4 consoles killed (SIGKILL) at half: every call
  once, nothing acknowledged lost; then 4 consoles on one SQLite file with the file locked meanwhile;
- a month's figures per receptionist out of 1.1 million calls, against the same four aggregates in hand-written
  SQL on the bare driver.
Prints figures; never asserts.
"""

from __future__ import annotations

import argparse
import random
import shutil
import socket
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from pathlib import Path

from .report import Row, Section, format_table, machine_lines

PARTS = ("ring", "save", "poll", "consoles", "faults", "sqlite", "dashboard")
SAVE_TARGET_MS = 15
DASHBOARD_TARGET_MS = 300
DASHBOARD_RATIO = 1.2


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _window_parts(server, workdir: Path, parts: set[str], events: int, saves: int, log) -> list[Section]:  # type: ignore[no-untyped-def]
    from . import console as bench_console
    from . import generate
    from .to_postgres import copy_database

    data = generate.ensure_data(log=log)
    url = server.create_database("cards")
    log("  copying the generated clinics into PostgreSQL …")
    seconds = copy_database(data.path, url, log)
    console = bench_console.Console(data, workdir, url=url)
    rng = random.Random(11)
    sections = []
    try:
        if "ring" in parts:
            log("(i) ring → card on PostgreSQL …")
            ring = bench_console.bench_ring(console, events, rng)
            ring.title = "(i) shared database: " + ring.title.removeprefix("(b) ")
            ring.notes.append(f"the generated data was copied into PostgreSQL in {seconds:.0f} s")
            sections.append(ring)
        if "save" in parts:
            log("(i) saving outcomes on PostgreSQL …")
            save = bench_console.bench_save(console, saves, rng)
            save.title = "(i) shared database: " + save.title.removeprefix("(d) ")
            for row in save.rows:
                row.target = SAVE_TARGET_MS if row.target is not None else None
            save.notes.append(
                "the service call the window makes when Enter saves; durability: PostgreSQL's defaults, fsync on"
            )
            sections.append(save)
        if "poll" in parts:
            log("(i) the card and work-list polls …")
            sections.append(_polls(console))
    finally:
        console.close()
    return sections


def _polls(console) -> Section:  # type: ignore[no-untyped-def]
    """What each console asks the server every second: is the card on screen current; did the work lists change."""
    services = console.services
    views = [services.cards.view(c) for c in console.all_clinics[:200]]
    card_ms, card_cpu, list_ms, list_cpu = [], [], [], []
    for n in range(1000):
        view = views[n % len(views)]
        t0, c0 = time.perf_counter(), time.process_time()
        services.cards.is_current(view)
        t1, c1 = time.perf_counter(), time.process_time()
        services.tasks.version()
        t2, c2 = time.perf_counter(), time.process_time()
        card_ms.append((t1 - t0) * 1000)
        card_cpu.append((c1 - c0) * 1000)
        list_ms.append((t2 - t1) * 1000)
        list_cpu.append((c2 - c1) * 1000)
    section = Section("(i) shared database: what each console polls every second (1,000 polls each)")
    section.rows += [
        Row.of("card on screen still current? (one version read)", card_ms),
        Row.of("of which the console's own CPU", card_cpu, indent=1),
        Row.of("work lists changed? (change counters)", list_ms),
        Row.of("of which the console's own CPU", list_cpu, indent=1),
    ]
    per_second = (sum(card_ms) + sum(list_ms)) / len(card_ms)
    section.notes.append(
        f"polls: both polls together cost one console {per_second:.2f} ms of each second "
        f"({per_second / 10:.3f}% of its time); 20 consoles ask the server {2 * 20} small indexed reads a second."
    )
    return section


def _fleet(url: str, workdir: Path, consoles: int, outcomes: int, **run) -> tuple[object, list[str]]:  # type: ignore[no-untyped-def]
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    from tests.load.fleet import Fleet

    fleet = Fleet(url, workdir, consoles, outcomes)
    fleet.run(**run)
    return fleet, fleet.problems()


def _fleet_rows(section: Section, title: str, fleet, problems: list[str], exact: int | None) -> None:  # type: ignore[no-untyped-def]
    count = fleet.call_count()
    throughput = count / fleet.seconds
    section.rows.append(Row(title, count, None, None, unit="calls"))
    verdict = "every call once" if not problems else "; ".join(problems[:3])
    exact_text = f" (exactly {exact:,}: {'yes' if count == exact else 'NO'})" if exact is not None else ""
    section.notes.append(
        f"{title}: {count:,} calls{exact_text} in {fleet.seconds:.1f} s = {throughput:.0f} calls/s; "
        f"{fleet.kept_total():,} outcome(s) went to a journal and were stored later; killed: "
        f"{len(fleet.killed)}; check: {verdict}"
    )
    if problems or (exact is not None and count != exact):
        section.problems.append(f"{title}: {verdict}")


def _consoles(server, workdir: Path, parts: set[str], consoles: int, outcomes: int, log) -> Section:  # type: ignore[no-untyped-def]
    from reception_console.services.demo import load_demo
    from reception_console.storage import migrate
    from reception_console.storage.database import open_database, sqlite_url
    from reception_console.storage.repositories import SqlCardStore, SqlPeopleStore

    from .generate import REPO

    demo = REPO / "resources" / "demo"
    section = Section(f"(i) {consoles} console processes × {outcomes} outcomes through the service layer")

    def fresh(name: str) -> str:
        url = server.create_database(name)
        db = open_database(url)
        migrate.upgrade_shared(db)  # as IT sets it up: a console never migrates a shared database
        load_demo(demo, SqlCardStore(db.connections), SqlPeopleStore(db.connections))
        db.dispose()
        return url

    total = consoles * outcomes
    if "consoles" in parts:
        log(f"(i) {consoles} consoles × {outcomes} outcomes …")
        fleet, problems = _fleet(fresh("fleet_plain"), workdir / "plain", consoles, outcomes)
        _fleet_rows(section, "PostgreSQL, no faults", fleet, problems, total)
    if "faults" in parts:
        log("(i) … with the server restarted at a third …")
        fleet, problems = _fleet(fresh("fleet_restart"), workdir / "restart", consoles, outcomes, outage=server.restart)
        _fleet_rows(section, "PostgreSQL, pg_ctl restart -m fast at a third", fleet, problems, total)
        log("(i) … with 4 consoles killed at half …")
        fleet, problems = _fleet(fresh("fleet_kill"), workdir / "kill", consoles, outcomes, kill=4)
        _fleet_rows(section, "PostgreSQL, 4 consoles killed (SIGKILL) at half", fleet, problems, None)
    if "sqlite" in parts:
        log("(i) 4 consoles on one SQLite file …")
        path = workdir / "shared.sqlite3"
        db = open_database(sqlite_url(path))
        migrate.prepare(db)
        load_demo(demo, SqlCardStore(db.connections), SqlPeopleStore(db.connections))
        db.dispose()

        def lock() -> None:
            import sqlite3

            def hold() -> None:
                holder = sqlite3.connect(path, timeout=30)
                holder.execute("BEGIN EXCLUSIVE")
                time.sleep(6.5)
                holder.rollback()
                holder.close()

            threading.Thread(target=hold, daemon=True).start()

        fleet, problems = _fleet(sqlite_url(path), workdir / "sqlite", 4, outcomes, outage=lock, kill=1)
        _fleet_rows(section, "one SQLite file, 4 consoles, locked 6.5 s at a third, 1 killed", fleet, problems, None)
    return section


def _dashboard(server, log) -> Section:  # type: ignore[no-untyped-def]
    from . import dashboard_pg

    return dashboard_pg.run(server, log=log)


def run(args: argparse.Namespace, log: Callable[[str], None]) -> list[Section]:
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    from tests.postgres import PostgresServer

    parts = {p.strip() for p in args.only.split(",") if p.strip()}
    server = PostgresServer.start(tcp_port=_free_port(), durable=True)
    workdir = Path(tempfile.mkdtemp(prefix="shared-"))
    sections: list[Section] = []
    try:
        for wanted, title, part in (
            (
                {"ring", "save", "poll"},
                "(i) window",
                lambda: _window_parts(server, workdir, parts, args.events, args.saves, log),
            ),
            (
                {"consoles", "faults", "sqlite"},
                "(i) consoles",
                lambda: [_consoles(server, workdir, parts, args.consoles, args.outcomes, log)],
            ),
            ({"dashboard"}, "(i) dashboard", lambda: [_dashboard(server, log)]),
        ):
            if parts & wanted:
                try:
                    sections += part()
                except Exception as error:  # one part failing leaves the others' figures
                    import traceback

                    traceback.print_exception(error, file=sys.stderr)
                    failed = Section(f"{title}: failed")
                    failed.rows.append(Row(title, error=f"{type(error).__name__}: {error}"[:160]))
                    sections.append(failed)
    finally:
        server.stop()
        shutil.rmtree(workdir, ignore_errors=True)
    return sections


def arguments(argv: list[str] | None = None) -> argparse.Namespace:
    p = argparse.ArgumentParser(prog="python -m bench.shared", description=__doc__.split("\n", 1)[0])
    p.add_argument("--only", default=",".join(PARTS), help="comma-separated subset of: " + ", ".join(PARTS))
    p.add_argument("--consoles", type=int, default=20)
    p.add_argument("--outcomes", type=int, default=500)
    p.add_argument("--events", type=int, default=300, help="rings on PostgreSQL")
    p.add_argument("--saves", type=int, default=300, help="outcomes saved on PostgreSQL")
    return p.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    args = arguments(argv)
    from .generate import CACHE
    from .screen import use_receptionist_screen

    use_receptionist_screen(CACHE)  # (as `make bench` does)
    for line in machine_lines(Path(__file__).resolve().parents[1]):
        print(line)
    sections = run(args, log=lambda m: print(m, file=sys.stderr, flush=True))
    print(format_table(sections))
    for section in sections:
        for note in section.notes:
            print(f"  - {note}")
        for problem in section.problems:
            print(f"  ! {problem}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
