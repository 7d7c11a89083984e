"""Card editing and card files: saving an edit, how soon a console sees it, importing and exporting.

    python -m bench.cards [--sizes 2000,20000] [--runs 3] [--clinics 200] [--saves 30]

Prints figures, never asserts.
(1) Card files at two sizes, side by side: one clinic's card with 2,000 and with 20,000 knowledge entries,
    imported into a copy of the demo database (a new clinic), imported again with every answer changed, and
    exported. Twice the time for twice the entries is linear; the target is 20,000 entries in ≤ 10 s. Beside
    each import, how long its write transaction was open (on SQLite the database is locked for every other
    writer meanwhile, who waits at most 5 s), and the rings a second console sent on another clinic's line
    during the largest import: how long each took, and whether any failed.
(2) Editing: saving a price edit, the console's poll and rebuild ("save → console sees it" is the poll interval
    plus the rebuild, target 2 s), and importing, exporting and re-checking 200 clinics.
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from decimal import Decimal
from pathlib import Path
from typing import Any

from .report import Row, Section, format_table, machine_lines

TARGET_MS = 10_000  # 20,000 knowledge entries in one file
WRITES = ("INSERT", "UPDATE", "DELETE")


def _ms(start: float) -> float:
    return (time.perf_counter() - start) * 1000


def _entries(n: int, answer: str) -> list[dict[str, Any]]:
    return [
        {"question": f"Question {i}: is there anything to know before visit {i}?", "answer": f"{answer} {i}.",
         "tags": [f"topic{i % 12}", "visit"]}
        for i in range(n)
    ]  # fmt: skip


class WriteWatch:
    """How long each write transaction of an engine stays open: from its first write to the end of the call."""

    def __init__(self, engine: Any) -> None:
        from sqlalchemy import event

        self.first_write: float | None = None
        self._engine = engine
        self._event = event
        event.listen(engine, "before_cursor_execute", self._seen)

    def _seen(self, _conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        if self.first_write is None and statement.lstrip().upper().startswith(WRITES):
            self.first_write = time.perf_counter()

    def held_ms(self) -> float:
        return _ms(self.first_write) if self.first_write is not None else 0.0

    def close(self) -> None:
        self._event.remove(self._engine, "before_cursor_execute", self._seen)


@dataclass
class Rings:
    """A second console ringing on another clinic's line every 50 ms until told to stop."""

    desk: Any
    line: str
    times: list[float] = field(default_factory=list)
    failures: list[str] = field(default_factory=list)
    stop: threading.Event = field(default_factory=threading.Event)

    def run(self) -> None:
        from reception_console.domain.calls import CallEvent, EventKind, EventSource, utcnow

        n = 0
        while not self.stop.is_set():
            n += 1
            started = time.perf_counter()
            try:
                event = CallEvent(EventKind.RING, f"bench-{time.time_ns()}-{n}", utcnow(), EventSource.SOFTPHONE,
                                  self.line, "+48600111222")  # fmt: skip
                call = self.desk.receive(event)
                if call is None or call.clinic_id is None:
                    self.failures.append("the ring found no clinic")
            except Exception as error:
                self.failures.append(f"{type(error).__name__}: {error}"[:120])
            self.times.append(_ms(started))
            self.stop.wait(0.05)


class Bench:
    def __init__(self, work: Path) -> None:
        from reception_console.domain.permissions import CommandLine
        from reception_console.platform.paths import resources_dir
        from reception_console.services.demo import load_demo
        from reception_console.storage.repositories import SqlCardStore, SqlPeopleStore

        self.work = work
        self.it = CommandLine()
        self.template = work / "template.sqlite3"
        db, services = self.open(self.template, prepare=True)
        load_demo(resources_dir() / "demo", SqlCardStore(db.connections), SqlPeopleStore(db.connections))
        self.demo = json.loads(services.exchange.export(self.it))
        db.dispose()
        self._copies = 0

    def open(self, path: Path, *, prepare: bool = False) -> tuple[Any, Any]:
        from reception_console.app import build_services
        from reception_console.platform.paths import Paths
        from reception_console.platform.settings import Settings
        from reception_console.storage import migrate
        from reception_console.storage.database import open_database, sqlite_url

        db = open_database(sqlite_url(path))
        if prepare:
            migrate.prepare(db)
        return db, build_services(db, Settings(paths=Paths.default(), database_url=db.url))

    def copy(self) -> tuple[Any, Any]:
        self._copies += 1
        path = self.work / f"copy-{self._copies}.sqlite3"
        shutil.copy(self.template, path)
        return self.open(path)

    def clinic(self, key: str) -> dict[str, Any]:
        return next(c for c in self.demo["clinics"] if c["key"] == key)  # type: ignore[no-any-return]

    def card_file(self, n: int, answer: str) -> str:
        """The demo's Polish card as a new clinic (its own key and lines) with n knowledge entries."""
        clinic = json.loads(json.dumps(self.clinic("med-centrum-mokotow")))
        clinic.update(key="bench-clinic", name="Bench Clinic", knowledge=_entries(n, answer))
        clinic["phone_lines"] = [{"number": "+48225550100", "label": ""}]
        return json.dumps({"format": self.demo["format"], "version": self.demo["version"], "clinics": [clinic]})


def _timed_import(services: Any, db: Any, it: Any, text: str, rings: Rings | None = None) -> tuple[float, float]:
    watch = WriteWatch(db.engine)
    ringer = threading.Thread(target=rings.run) if rings else None
    try:
        if ringer:
            ringer.start()
        started = time.perf_counter()
        services.exchange.import_text(it, text)
        total, held = _ms(started), watch.held_ms()
    finally:
        watch.close()
        if rings and ringer:
            rings.stop.set()
            ringer.join()
    return total, held


def files(sizes: list[int], runs: int, log: Callable[[str], None]) -> tuple[Section, str]:
    """(1): the section for `python -m bench`, and the side-by-side table."""
    work = Path(tempfile.mkdtemp(prefix="rc-bench-card-files-"))
    section = Section("(g) card files: one clinic's card, by knowledge entries")
    figures: dict[str, dict[int, list[float]]] = {}
    rings: Rings | None = None
    try:
        bench = Bench(work)
        for n in sizes:
            new, changed = bench.card_file(n, "Answer"), bench.card_file(n, "Changed answer")
            for run in range(runs):
                log(f"card files: {n:,} entries, run {run + 1} of {runs} …")
                db, services = bench.copy()
                largest = n == max(sizes) and run == runs - 1
                if largest:
                    other, ringing = bench.open(db.sqlite_path)
                    rings = Rings(ringing.desk, bench.clinic("ulybka-dental")["phone_lines"][0]["number"])
                total, held = _timed_import(services, db, bench.it, new, rings if largest else None)
                if largest:
                    other.dispose()
                update_total, update_held = _timed_import(services, db, bench.it, changed)
                started = time.perf_counter()
                services.exchange.export(bench.it)
                export_ms = _ms(started)
                for name, value in (("import", total), ("import held", held), ("update", update_total),
                                    ("update held", update_held), ("export", export_ms)):  # fmt: skip
                    figures.setdefault(name, {}).setdefault(n, []).append(value)
                db.dispose()
    finally:
        shutil.rmtree(work, ignore_errors=True)

    small, large = min(sizes), max(sizes)
    labels = {
        "import": "import the file (a new clinic)",
        "import held": "of which the write transaction",
        "update": "import it again, every answer changed",
        "update held": "of which the write transaction",
        "export": "export every card",
    }
    for key, label in labels.items():
        indent = 1 if key.endswith("held") else 0
        for n in sizes:
            target = TARGET_MS if key == "import" and n == large else None
            section.rows.append(Row.of(f"{label}: {n:,} entries", figures[key][n], target=target, indent=indent))
        if len(sizes) > 1 and not indent:
            ratio = _p50(figures[key][large]) / max(_p50(figures[key][small]), 0.001)
            section.rows.append(Row(f"{large:,} ÷ {small:,} ({large / small:g}x = linear)", 1, ratio, ratio, unit="x",
                                    indent=1))  # fmt: skip
    if rings is not None:
        section.rows.append(Row.of(f"a ring on another clinic's line during the {large:,} import", rings.times))
        section.notes.append(
            f"card files: {len(rings.times)} rings from a second connection during the {large:,}-entry import, "
            f"{len(rings.failures)} failed (SQLite waits at most 5 s for the write lock)."
        )
        section.problems += [f"a ring during a card import failed: {f}" for f in sorted(set(rings.failures))]
    return section, _side_by_side(figures, sizes, labels, rings)


def _p50(samples: list[float]) -> float:
    return sorted(samples)[len(samples) // 2]


def _side_by_side(figures: dict[str, dict[int, list[float]]], sizes: list[int], labels: dict[str, str],
                  rings: Rings | None) -> str:  # fmt: skip
    width = max(len(label) for label in labels.values()) + 4
    head = f"{'one clinic, knowledge entries (median)':<{width}}" + "".join(f"{n:>12,}" for n in sizes)
    out = [head, "-" * len(head)]
    for key, label in labels.items():
        name = ("    " if key.endswith("held") else "  ") + label
        out.append(f"{name:<{width}}" + "".join(f"{_p50(figures[key][n]):>9,.0f} ms" for n in sizes))
    if rings is not None and rings.times:
        out.append(f"  rings during the {max(sizes):,} import: {len(rings.times)}, {len(rings.failures)} failed, "
                   f"slowest {max(rings.times):,.0f} ms")  # fmt: skip
    out.append(f"target: {max(sizes):,} entries imported in ≤ {TARGET_MS / 1000:g} s")
    return "\n".join(out)


def editing(clinics: int, saves: int) -> Section:
    """(2): saving an edit, the console's poll and rebuild, and a file of many small clinics."""
    from reception_console.ui.console.live_card import POLL_MS

    work = Path(tempfile.mkdtemp(prefix="rc-bench-cards-"))
    try:
        bench = Bench(work)
        demo_db, demo = bench.copy()
        anna = demo.auth.sign_in("anna", "demo")
        clinic_id = demo.editor.clinics(anna)[0].id
        save_ms, polls, views = [], [], []
        shown = demo.cards.view(clinic_id)
        for i in range(saves):
            base = demo.editor.load(anna, clinic_id)
            services = list(base.card.services)
            services[0] = replace(services[0], price=Decimal(100 + i))
            start = time.perf_counter()
            demo.editor.save(anna, base, base.with_card(services=tuple(services)))
            save_ms.append(_ms(start))
            start = time.perf_counter()
            stale = not demo.cards.is_current(shown)
            polls.append(_ms(start))
            assert stale
            start = time.perf_counter()
            shown = demo.cards.view(clinic_id)
            views.append(_ms(start))
        start = time.perf_counter()
        exported = demo.exchange.export(bench.it)
        export_ms = _ms(start)
        data = json.loads(exported)
        many = []
        for n in range(clinics):
            copy = json.loads(json.dumps(data["clinics"][n % len(data["clinics"])]))
            copy["key"] = f"{copy['key']}-{n}"
            for j, line in enumerate(copy["phone_lines"]):
                line["number"] = f"+4822{n:05d}{j:02d}"
            many.append(copy)
        large = json.dumps({**data, "clinics": many}, ensure_ascii=False)
        big_db, big = bench.open(work / "big.sqlite3", prepare=True)
        start = time.perf_counter()
        big.exchange.import_text(bench.it, large)
        import_ms = _ms(start)
        start = time.perf_counter()
        again = big.exchange.export(bench.it)
        big_export_ms = _ms(start)
        start = time.perf_counter()
        plan = big.exchange.import_text(bench.it, again, dry_run=True)
        recheck_ms = _ms(start)
        for db in (demo_db, big_db):
            db.dispose()
    finally:
        shutil.rmtree(work, ignore_errors=True)
    section = Section("card editing")
    section.rows += [
        Row.of("save one price edit (validate, lock, write, history)", save_ms),
        Row.of("console poll: the shown card's version", polls),
        Row.of("console: rebuild the card view after a save", views),
        Row.of("save → console sees it (poll interval + rebuild, worst case)", [POLL_MS + max(views)], target=2000),
        Row.of("export the demo (3 clinics)", [export_ms]),
        Row.of(f"import {clinics} clinics into an empty database", [import_ms]),
        Row.of(f"export {clinics} clinics", [big_export_ms]),
        Row.of(f"check the same {clinics} clinics again (dry run, nothing to change)", [recheck_ms]),
    ]
    section.notes.append(f"card editing: {len(large.encode()) // 1024} KiB file of {clinics} clinics; "
                         f"the dry run found {len(plan.unchanged)} unchanged")  # fmt: skip
    return section


def run(sizes: list[int], runs: int, log: Callable[[str], None]) -> Section:
    """For `python -m bench`: the card files part alone; the side-by-side table goes into its notes."""
    section, table = files(sizes, runs, log)
    section.notes.append("card files, medians:\n      " + table.replace("\n", "\n      "))
    return section


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m bench.cards", description=__doc__.split("\n", 1)[0])
    p.add_argument("--sizes", default="2000,20000", help="knowledge entries of the card, comma-separated")
    p.add_argument("--runs", type=int, default=3, help="imports and exports of each size (default 3)")
    p.add_argument("--clinics", type=int, default=200, help="clinics in the file of many clinics (default 200)")
    p.add_argument("--saves", type=int, default=30, help="price edits saved (default 30)")
    args = p.parse_args(argv)
    sizes = sorted({int(s) for s in args.sizes.split(",") if s.strip()})

    def log(message: str) -> None:
        print(message, file=sys.stderr, flush=True)

    print("\n".join(machine_lines(Path(__file__).resolve().parents[1])))
    section, table = files(sizes, args.runs, log)
    log("card editing …")
    sections = [section, editing(args.clinics, args.saves)]
    print(format_table(sections))
    print()
    print(table)
    notes = [n for s in sections for n in s.notes]
    problems = [p for s in sections for p in s.problems]
    for line in [*(f"  - {n}" for n in notes), *(f"  ! {p}" for p in problems)]:
        print(line)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
