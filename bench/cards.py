"""Card editing figures: saving an edit, how soon a console sees it, import and export.

    python -m bench.cards [--clinics 200] [--saves 30]

Prints figures, never asserts. "save → console sees it" is the console's poll interval (it asks for
the card's version once a second) plus the time to rebuild the card view; the target is 2 s.
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
import tempfile
import time
from dataclasses import replace
from decimal import Decimal
from pathlib import Path

from .report import Row, Section, format_table, machine_lines


def _ms(start: float) -> float:
    return (time.perf_counter() - start) * 1000


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m bench.cards", description=__doc__.split("\n", 1)[0])
    p.add_argument("--clinics", type=int, default=200, help="clinics in the large import (copies of the demo)")
    p.add_argument("--saves", type=int, default=30, help="price edits saved (default 30)")
    args = p.parse_args(argv)
    work = Path(tempfile.mkdtemp(prefix="rc-bench-cards-"))

    from reception_console.domain.permissions import CommandLine
    from reception_console.platform.paths import Paths, resources_dir
    from reception_console.platform.settings import Settings
    from reception_console.services.demo import load_demo
    from reception_console.storage import migrate
    from reception_console.storage.database import open_database, sqlite_url
    from reception_console.storage.repositories import SqlCardStore, SqlPeopleStore
    from reception_console.ui.console.live_card import POLL_MS

    def fresh(name: str):  # type: ignore[no-untyped-def]
        from reception_console.app import build_services

        db = open_database(sqlite_url(work / f"{name}.sqlite3"))
        migrate.prepare(db)
        return db, build_services(db, Settings(paths=Paths.default(), database_url=db.url))

    it = CommandLine()
    demo_db, demo = fresh("demo")
    load_demo(resources_dir() / "demo", SqlCardStore(demo_db.sessions), SqlPeopleStore(demo_db.sessions))
    anna = demo.auth.sign_in("anna", "demo")
    clinic_id = demo.editor.clinics(anna)[0].id

    saves, polls, views = [], [], []
    shown = demo.cards.view(clinic_id)
    for i in range(args.saves):
        base = demo.editor.load(anna, clinic_id)
        services = list(base.card.services)
        services[0] = replace(services[0], price=Decimal(100 + i))
        start = time.perf_counter()
        demo.editor.save(anna, base, base.with_card(services=tuple(services)))
        saves.append(_ms(start))
        start = time.perf_counter()
        stale = not demo.cards.is_current(shown)
        polls.append(_ms(start))
        assert stale
        start = time.perf_counter()
        shown = demo.cards.view(clinic_id)
        views.append(_ms(start))

    start = time.perf_counter()
    exported = demo.exchange.export(it)
    export_ms = _ms(start)
    data = json.loads(exported)
    clinics = []
    for n in range(args.clinics):
        for clinic in data["clinics"]:
            copy = json.loads(json.dumps(clinic))
            copy["key"] = f"{clinic['key']}-{n}"
            for j, line in enumerate(copy["phone_lines"]):
                line["number"] = f"+4822{len(clinics):05d}{j:02d}"
            clinics.append(copy)
            if len(clinics) == args.clinics:
                break
        if len(clinics) == args.clinics:
            break
    data["clinics"] = clinics
    large = json.dumps(data, ensure_ascii=False)
    big_db, big = fresh("big")
    start = time.perf_counter()
    big.exchange.import_text(it, large)
    import_ms = _ms(start)
    start = time.perf_counter()
    again = big.exchange.export(it)
    big_export_ms = _ms(start)
    start = time.perf_counter()
    plan = big.exchange.import_text(it, again, dry_run=True)
    recheck_ms = _ms(start)

    section = Section("card editing and files")
    section.rows += [
        Row.of("save one price edit (validate, lock, write, history)", saves),
        Row.of("console poll: the shown card's version", polls),
        Row.of("console: rebuild the card view after a save", views),
        Row.of("save → console sees it (poll interval + rebuild, worst case)", [POLL_MS + max(views)], target=2000),
        Row.of("export the demo (3 clinics)", [export_ms]),
        Row.of(f"import {args.clinics} clinics into an empty database", [import_ms]),
        Row.of(f"export {args.clinics} clinics", [big_export_ms]),
        Row.of(f"check the same {args.clinics} clinics again (dry run, nothing to change)", [recheck_ms]),
    ]
    section.notes.append(f"{len(large.encode()) // 1024} KiB file; dry run found {len(plan.unchanged)} unchanged")
    print("\n".join(machine_lines(Path(__file__).resolve().parents[1])))
    print(format_table([section]))
    for db in (demo_db, big_db):
        db.dispose()
    shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
