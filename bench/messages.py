"""(j) messages that leave the console, on SQLite and on PostgreSQL over loopback:

- saving an outcome with a message for the owner (e-mail and SMS) and a best time to call back: the whole
  `CallDesk.save` (call, task and two outbox rows in one transaction), one call after another;
- the outbox worker draining those messages into the SMTP server (aiosmtpd) and the HTTP SMS gateway the tests
  use, both on loopback: messages per second, and the time per message within each claimed batch;
- the owner's summary of a month-sized clinic (the DOMAIN.md worked example's 6,000 offered calls a month, and
  the open messages saved above): figures, open tasks and the rendered HTML and text, as the daily job builds it.

Prints figures; nothing here asserts a time.

    python -m bench.messages [--saves 200] [--month-calls 6000] [--only sqlite,postgresql]
"""

from __future__ import annotations

import argparse
import logging
import random
import shutil
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from .report import Row, Section, format_table, machine_lines

REPO = Path(__file__).resolve().parents[1]
MONTH = date(2026, 10, 1)  # the month of the summary; the saves happen on the first days of the next one
DATABASES = ("sqlite", "postgresql")
WARM_UP = 10  # saves not counted (their messages are sent and listed all the same)


class _Clock:
    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **kwargs: float) -> None:
        self.now += timedelta(**kwargs)


def _demo(url: str, *, shared: bool):  # type: ignore[no-untyped-def]
    from reception_console.services.demo import load_demo
    from reception_console.storage import migrate
    from reception_console.storage.database import open_database
    from reception_console.storage.repositories import SqlCardStore, SqlPeopleStore
    from tests.conftest import DEMO
    from tests.delivery_setup import give_recipients

    db = open_database(url)
    if shared:
        migrate.upgrade(db)
    else:
        migrate.prepare(db)
    load_demo(DEMO, SqlCardStore(db.connections), SqlPeopleStore(db.connections))
    give_recipients(db, channel="both")
    return db


def month_of_calls(count: int, seed: int = 7) -> list[dict[str, str]]:
    """A clinic's month as DOMAIN.md's worked example mixes it: half missed, then booked, not booked, the rest."""
    from tests.conftest import PL_LINE

    rng = random.Random(seed)
    outcomes = ["missed"] * 50 + ["booked"] * 20 + ["not_booked"] * 20 + ["info_only"] * 5 + ["non_target"] * 5
    reasons = ["too_expensive"] * 11 + ["will_think"] * 5 + ["no_suitable_time"] * 17 + ["other"] * 17
    start = datetime(MONTH.year, MONTH.month, 1, 7, 0, tzinfo=UTC)
    rows: list[dict[str, str]] = []
    for n in range(count):
        rang = start + timedelta(days=rng.randrange(30), minutes=rng.randrange(11 * 60), seconds=rng.randrange(60))
        outcome = rng.choice(outcomes)
        row = {
            "id": f"month-{n}",
            "line": PL_LINE,
            "caller": f"+48601{rng.randrange(1_000_000):06d}",
            "rang_at": rang.isoformat(),
            "outcome": outcome,
            "receptionist": rng.choice(["justyna", "olga"]),
        }
        if outcome == "missed":
            row["ended_at"] = (rang + timedelta(seconds=25)).isoformat()
        else:
            row["answered_at"] = (rang + timedelta(seconds=3 + rng.randrange(20))).isoformat()
            row["saved_at"] = (rang + timedelta(seconds=90 + rng.randrange(200))).isoformat()
        if outcome == "not_booked":
            row["reason"] = rng.choice(reasons)
            if row["reason"] == "other":
                row["reason_text"] = "inny powód"
        if outcome == "booked":
            row["expected_value"] = "180.00"
        rows.append(row)
    return rows


def _saves(db, clock: _Clock, saves: int) -> list[float]:  # type: ignore[no-untyped-def]
    from reception_console.domain.calls import CallEvent, EventKind, EventSource, Outcome, OutcomeForm
    from tests.builders import services_for
    from tests.conftest import PL_LINE

    services = services_for(db, clock)
    desk = services.desk
    desk.receptionist = services.auth.sign_in("justyna", "demo")
    timings: list[float] = []
    for n in range(saves + WARM_UP):  # the first ones warm the caches and are not counted
        call_id = f"message-{n}"
        caller = f"+48602{n:06d}"
        desk.receive(CallEvent(EventKind.RING, call_id, clock.now, EventSource.SOFTPHONE, PL_LINE, caller))
        clock.advance(seconds=4)
        desk.answer(call_id)
        clock.advance(seconds=70)
        form = OutcomeForm(
            Outcome.INFO_ONLY,
            patient_name="Jan Kowalski",
            message_to="owner: Ewa Nowicka",
            message_text="Prosi o telefon w sprawie wyników badań i skierowania do specjalisty.",
            call_back_time="po 17:00",
        )
        started = time.perf_counter()
        desk.save(call_id, form)
        if n >= WARM_UP:
            timings.append((time.perf_counter() - started) * 1000)
        clock.advance(minutes=3)
    return timings


def _drain(db, clock: _Clock) -> tuple[int, float, list[float], int, int]:  # type: ignore[no-untyped-def]
    """Every queued message through the real servers: (sent, seconds, ms per message per batch, mails, SMS)."""
    from reception_console.domain.messages import Medium
    from tests.delivery_setup import gateway_channel, smtp_channel, worker
    from tests.mailserver import PASSWORD, RunningMailServer
    from tests.sms_gateway import Gateway

    mail, gateway = RunningMailServer(), Gateway()
    try:
        senders = {Medium.EMAIL: smtp_channel(mail.port, PASSWORD), Medium.SMS: gateway_channel(gateway.url)}
        run = worker(db, senders, clock, worker_id="bench")
        per_message: list[float] = []
        sent = 0
        started = time.perf_counter()
        while True:
            batch_start = time.perf_counter()
            done = run.run_once()
            if not done:
                break
            per_message.append((time.perf_counter() - batch_start) * 1000 / done)
            sent += done
        seconds = time.perf_counter() - started
        return sent, seconds, per_message, len(mail.store.received), len(gateway.requests)
    finally:
        mail.stop()
        gateway.stop()


def _summary(db, clock: _Clock, month_calls: int, runs: int) -> tuple[list[float], int, int]:  # type: ignore[no-untyped-def]
    from reception_console.app import owner_summaries
    from reception_console.platform.paths import Paths
    from reception_console.platform.settings import Settings
    from reception_console.services.call_import import CallImportService
    from reception_console.storage.repositories import SqlCardStore, SqlPeopleStore
    from reception_console.storage.repositories.call_history import SqlCallHistoryStore

    importer = CallImportService(
        SqlCardStore(db.connections), SqlPeopleStore(db.connections), SqlCallHistoryStore(db.sessions)
    )
    result = importer.import_rows(month_of_calls(month_calls))
    summaries = owner_summaries(db, Settings(paths=Paths.default(), database_url=db.url), clock)
    clinic = summaries.clinic("med-centrum-mokotow")
    last = date(MONTH.year, MONTH.month + 1, 1) - timedelta(days=1)
    timings: list[float] = []
    size = 0
    for _ in range(runs + 1):  # the first one warms the caches
        started = time.perf_counter()
        message = summaries.message(clinic, MONTH, last)
        timings.append((time.perf_counter() - started) * 1000)
        assert message is not None
        size = len(message.html) + len(message.text)
    return timings[1:], result.added, size


def _one(kind: str, url: str, saves: int, month_calls: int, runs: int, log: Callable[[str], None]) -> Section:
    section = Section(f"(j) messages on {'SQLite' if kind == 'sqlite' else 'PostgreSQL (loopback)'}")
    clock = _Clock(datetime(MONTH.year, MONTH.month + 1, 2, 8, 0, tzinfo=UTC))
    db = _demo(url, shared=kind == "postgresql")
    try:
        log(f"  {kind}: {saves} outcomes with a message for the owner …")
        saved = _saves(db, clock, saves)
        section.rows.append(Row.of("save outcome + message task (e-mail + SMS queued)", saved))
        log(f"  {kind}: the outbox worker against the SMTP server and the SMS gateway …")
        sent, seconds, per_message, mails, texts = _drain(db, clock)
        section.rows.append(Row.of("outbox worker: time per message in a batch", per_message))
        section.notes.append(
            f"(j) {kind}: the worker sent {sent} messages ({mails} e-mails, {texts} SMS) in {seconds:.2f} s: "
            f"{sent / seconds:.0f} messages/s, one console, one thread."
        )
        log(f"  {kind}: a month-sized clinic's summary …")
        timings, imported, size = _summary(db, clock, month_calls, runs)
        name = f"owner's summary of a month ({imported:,} calls + {saves + WARM_UP} open messages)"
        section.rows.append(Row.of(name, timings))
        section.notes.append(f"(j) {kind}: the month's summary is {size:,} characters of HTML and plain text.")
    finally:
        db.dispose()
    return section


def run(args: argparse.Namespace, log: Callable[[str], None]) -> list[Section]:
    sys.path.insert(0, str(REPO))
    import tests.conftest  # noqa: F401  (the in-memory keyring and the offscreen platform, as the tests have them)

    logging.getLogger("mail.log").setLevel(logging.ERROR)  # aiosmtpd's notice of a deprecated field, once a mail

    wanted = {p.strip() for p in args.only.split(",") if p.strip()}
    sections: list[Section] = []
    workdir = Path(tempfile.mkdtemp(prefix="messages-"))
    try:
        if "sqlite" in wanted:
            from reception_console.storage.database import sqlite_url

            url = sqlite_url(workdir / "messages.sqlite3")
            sections.append(_one("sqlite", url, args.saves, args.month_calls, args.runs, log))
        if "postgresql" in wanted:
            from tests.postgres import PostgresServer

            server = PostgresServer.start(durable=True)
            try:
                url = server.create_database("messages")
                sections.append(_one("postgresql", url, args.saves, args.month_calls, args.runs, log))
            finally:
                server.stop()
    finally:
        shutil.rmtree(workdir, ignore_errors=True)
    return sections


def arguments(argv: list[str] | None = None) -> argparse.Namespace:
    p = argparse.ArgumentParser(prog="python -m bench.messages", description=__doc__.split("\n", 1)[0])
    p.add_argument("--saves", type=int, default=200, help="outcomes with a message saved on each database")
    p.add_argument("--month-calls", type=int, default=6000, help="calls in the summary's month")
    p.add_argument("--runs", type=int, default=9, help="summaries built (after one to warm up)")
    p.add_argument("--only", default=",".join(DATABASES), help="comma-separated subset of: sqlite, postgresql")
    return p.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    args = arguments(argv)
    for line in machine_lines(REPO):
        print(line)
    sections = run(args, log=lambda m: print(m, file=sys.stderr, flush=True))
    print(format_table(sections))
    for section in sections:
        for note in section.notes:
            print(f"  - {note}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
