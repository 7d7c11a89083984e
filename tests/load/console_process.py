"""One console with no window, recording outcomes through the service layer as fast as it can.

    python -m tests.load.console_process --db URL --tag T --count N --ack FILE --journal FILE [--drain-only]

Each call is rung, answered (or left to ring out), ended and saved, through `CallKeeper` and `CallDesk` as the
window uses them. Call ids are `<tag>-<n>`, so a check can tell exactly which calls a process made. Every outcome
acknowledged to the caller is appended to the ack file — `stored <id>` when the database took it, `kept <id>` when
it went to the journal during an outage — before the next call starts. When the database is away the process
keeps working into its journal and stores what it kept once it answers; at the end it drains the journal.
`--drain-only` is a console started again after it was killed: it only stores what its journal kept.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import random
import sys
import time
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from pathlib import Path

from reception_console.app import build_services
from reception_console.domain.calls import (
    Call,
    CallEvent,
    EventKind,
    EventSource,
    NotBookedReason,
    Outcome,
    OutcomeForm,
)
from reception_console.domain.errors import StorageUnavailableError
from reception_console.platform.journal import CallJournal
from reception_console.platform.paths import Paths
from reception_console.platform.settings import Settings
from reception_console.services.calls import SavedCall
from reception_console.services.keeping import CallKeeper
from reception_console.storage.database import open_database

RETRY_S = 0.2
DRAIN_LIMIT_S = 180.0


def _patiently(action, what: str):  # type: ignore[no-untyped-def]
    deadline = time.monotonic() + DRAIN_LIMIT_S
    while True:
        try:
            return action()
        except StorageUnavailableError:
            if time.monotonic() > deadline:
                raise SystemExit(f"the database did not come back for {what}") from None
            time.sleep(RETRY_S)


class Console:
    def __init__(self, args: argparse.Namespace) -> None:
        self.db = open_database(args.db)
        services = build_services(self.db, Settings(paths=Paths.default(), database_url=args.db))
        self.desk = services.desk
        self.desk.receptionist = _patiently(lambda: services.auth.sign_in(args.login, "demo"), "signing in")
        self.keeper = CallKeeper(self.desk, CallJournal(Path(args.journal)))
        # a line reaches the file (the kernel's, which a SIGKILL does not lose) before the next call starts
        self.ack = Path(args.ack).open("a", encoding="utf-8", buffering=1)  # noqa: SIM115 (open for the run)
        self.tag = args.tag
        self.rng = random.Random(args.seed)
        self.clinics: list[tuple[str, list[int]]] = []
        if not args.drain_only:
            for line in _patiently(services.cards.lines, "the lines"):
                view = _patiently(lambda c=line.clinic_id: services.cards.view(c), "a card")
                self.clinics.append((line.number, [s.id for s in view.card.specialists if s.id is not None]))
        self.last_flush = 0.0
        self.stats = {"stored": 0, "kept": 0, "outage_s": 0.0}

    def flush(self, *, force: bool = False) -> None:
        if not self.keeper.waiting or (not force and time.monotonic() - self.last_flush < RETRY_S):
            return
        self.last_flush = time.monotonic()
        with contextlib.suppress(StorageUnavailableError):  # still away: the next call tries again
            self.keeper.flush()

    def acknowledge(self, result: SavedCall | Call | None, call_id: str) -> None:
        how = "kept" if call_id in self.keeper.pending else "stored"
        assert result is not None
        self.stats[how] += 1
        self.ack.write(f"{how} {call_id}\n")

    def one_call(self, n: int) -> None:
        call_id = f"{self.tag}-{n:05d}"
        line, specialists = self.clinics[n % len(self.clinics)]
        at = datetime.now(UTC)
        caller = f"+48600{self.rng.randrange(10**6):06d}"
        ring = CallEvent(EventKind.RING, call_id, at, EventSource.SOFTPHONE, line, caller, caller_name="Load Test")
        call = self.keeper.receive(ring)
        kind = self.rng.random()
        if kind < 0.25:  # rings out: the phone's end makes it a missed call with a callback
            result = self.keeper.receive(CallEvent(EventKind.END, call_id, at, EventSource.SOFTPHONE), known=call)
            self.acknowledge(result, call_id)
            return
        call = self.keeper.receive(CallEvent(EventKind.ANSWER, call_id, at, EventSource.SOFTPHONE), known=call)
        call = self.keeper.receive(CallEvent(EventKind.END, call_id, at, EventSource.SOFTPHONE), known=call)
        assert call is not None
        if kind < 0.45 and specialists:
            form = OutcomeForm(
                outcome=Outcome.BOOKED,
                specialist_id=self.rng.choice(specialists),
                visit_at=at + timedelta(days=2),
                expected_value=Decimal("200.00"),
                patient_name="Pacjent",
            )
        elif kind < 0.7:
            form = OutcomeForm(outcome=Outcome.NOT_BOOKED, reason=NotBookedReason.TOO_EXPENSIVE, notes="price")
        elif kind < 0.85:
            form = OutcomeForm(outcome=Outcome.INFO_ONLY, callback_requested=True)
        else:
            form = OutcomeForm(outcome=Outcome.NON_TARGET)
        self.acknowledge(self.keeper.save(call, form, datetime.now(UTC)), call_id)

    def drain(self) -> None:
        started = time.monotonic()
        while self.keeper.waiting:
            if time.monotonic() - started > DRAIN_LIMIT_S:
                raise SystemExit(f"{self.keeper.waiting} kept call(s) could not be stored")
            self.flush(force=True)
            if self.keeper.waiting:
                time.sleep(RETRY_S)
        if self.keeper.refused:
            raise SystemExit(f"{len(self.keeper.refused)} kept call(s) were refused by the database")


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser()
    p.add_argument("--db", required=True)
    p.add_argument("--tag", required=True)
    p.add_argument("--login", default="justyna")
    p.add_argument("--count", type=int, default=500)
    p.add_argument("--ack", required=True)
    p.add_argument("--journal", required=True)
    p.add_argument("--seed", type=int, default=1)
    p.add_argument("--drain-only", action="store_true")
    args = p.parse_args(argv)
    started = time.perf_counter()
    console = Console(args)
    print("ready", flush=True)
    if not args.drain_only:
        for n in range(args.count):
            console.flush()
            console.one_call(n)
    console.drain()
    console.stats["seconds"] = round(time.perf_counter() - started, 3)
    print(json.dumps(console.stats), flush=True)
    console.db.dispose()
    return 0


if __name__ == "__main__":
    sys.exit(main())
