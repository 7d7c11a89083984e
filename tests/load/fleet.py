"""Many console processes on one database at once, with the server restarted or consoles killed meanwhile, and the
check that every call is there exactly once (used by tests/load and by `make bench`)."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import text

from reception_console.storage.database import open_database

ROOT = Path(__file__).resolve().parents[2]
LOGINS = ("justyna", "olga")


@dataclass
class Fleet:
    url: str
    workdir: Path
    processes: int
    count: int
    killed: list[str] = field(default_factory=list)
    seconds: float = 0.0
    outage_at: float | None = None  # seconds after the start
    stats: dict[str, dict[str, float]] = field(default_factory=dict)

    @property
    def tags(self) -> list[str]:
        return [f"p{i:02d}" for i in range(self.processes)]

    def _files(self, tag: str) -> tuple[Path, Path]:
        return self.workdir / f"{tag}.ack", self.workdir / f"{tag}.journal.json"

    def _start(self, tag: str, i: int, *extra: str) -> subprocess.Popen[str]:
        ack, journal = self._files(tag)
        env = {k: v for k, v in os.environ.items() if k != "RECEPTION_CONSOLE_DB"}
        env["RECEPTION_CONSOLE_HOME"] = str(self.workdir / "home")
        command = [sys.executable, "-m", "tests.load.console_process", "--db", self.url, "--tag", tag]
        command += ["--login", LOGINS[i % 2], "--count", str(self.count), "--seed", str(i + 1)]
        command += ["--ack", str(ack), "--journal", str(journal), *extra]
        return subprocess.Popen(command, cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)

    def acknowledged(self, tag: str) -> dict[str, str]:
        ack, _journal = self._files(tag)
        if not ack.exists():
            return {}
        lines = ack.read_text(encoding="utf-8").splitlines()
        return {call_id: how for how, call_id in (line.split(" ", 1) for line in lines if " " in line)}

    def _acknowledged_total(self) -> int:
        return sum(len(self.acknowledged(t)) for t in self.tags)

    def run(
        self,
        *,
        outage: Callable[[], None] | None = None,
        kill: int = 0,
        timeout: float = 900,
    ) -> None:
        """All processes at once; `outage` is called once a third of the calls are acknowledged (e.g. a server
        restart), and `kill` processes get SIGKILL at half. Killed consoles are started again to drain their
        journal, as a receptionist restarting her console would."""
        self.workdir.mkdir(parents=True, exist_ok=True)
        started = time.perf_counter()
        running = {tag: self._start(tag, i) for i, tag in enumerate(self.tags)}
        total = self.processes * self.count
        outage_done = outage is None
        deadline = time.monotonic() + timeout
        while any(p.poll() is None for p in running.values()):
            if time.monotonic() > deadline:
                for p in running.values():
                    p.kill()
                raise TimeoutError(f"the consoles did not finish in {timeout:.0f} s")
            done = self._acknowledged_total()
            if not outage_done and done >= total // 3:
                self.outage_at = time.perf_counter() - started
                assert outage is not None
                outage()
                outage_done = True
            if kill and not self.killed and done >= total // 2:
                for tag in self.tags[:kill]:
                    running[tag].send_signal(signal.SIGKILL)
                    self.killed.append(tag)
            time.sleep(0.05)
        self.seconds = time.perf_counter() - started
        failures = []
        for tag, p in running.items():
            out, err = p.communicate()
            if tag in self.killed:
                continue
            if p.returncode != 0:
                failures.append(f"{tag} exited {p.returncode}: {err.strip()[-1500:]}")
            else:
                self.stats[tag] = json.loads(out.strip().splitlines()[-1])
        for tag in self.killed:  # started again: only drains what its journal kept
            p = self._start(tag, self.tags.index(tag), "--drain-only")
            out, err = p.communicate(timeout=timeout)
            if p.returncode != 0:
                failures.append(f"{tag} (restarted) exited {p.returncode}: {err.strip()[-1500:]}")
        if failures:
            raise AssertionError("\n".join(failures))

    def problems(self) -> list[str]:
        """What is wrong in the database after the run; empty when every call is there exactly once."""
        db = open_database(self.url)
        problems: list[str] = []
        try:
            with db.engine.connect() as conn:
                rows = conn.execute(
                    text("SELECT id, saved_at IS NOT NULL, outcome, reason, callback_requested FROM calls")
                )
                calls = {
                    call_id: (saved, outcome, reason, callback) for call_id, saved, outcome, reason, callback in rows
                }
                tasks = conn.execute(text("SELECT call_id, kind, count(*) FROM tasks GROUP BY call_id, kind")).all()
            for tag in self.tags:
                made = sorted(c for c in calls if c.startswith(tag + "-"))
                unsaved = [c for c in made if not calls[c][0]]
                if tag in self.killed:  # the call it was on when killed comes back unsaved, as after a crash
                    unsaved = [c for c in unsaved if c != made[-1]]
                if unsaved:
                    problems.append(f"{tag}: {len(unsaved)} call(s) stored without their outcome, e.g. {unsaved[0]}")
                lost = [c for c in self.acknowledged(tag) if c not in calls or not calls[c][0]]
                if lost:
                    problems.append(f"{tag}: {len(lost)} acknowledged outcome(s) not in the database, e.g. {lost[0]}")
                if tag not in self.killed and made != [f"{tag}-{n:05d}" for n in range(self.count)]:
                    problems.append(f"{tag}: {len(made)} calls stored, {self.count} made")
            expected: dict[tuple[str, str], int] = {}
            for call_id, (saved, outcome, reason, callback) in calls.items():
                if not saved:
                    continue
                if outcome == "missed" or callback:
                    expected[(call_id, "callback")] = 1
                if outcome == "not_booked" and reason in ("too_expensive", "will_think"):
                    expected[(call_id, "follow_up")] = 1
            found = {(call_id, kind): n for call_id, kind, n in tasks}
            twice = [key for key, n in found.items() if n > 1]
            if twice:
                problems.append(f"{len(twice)} task(s) stored more than once, e.g. {twice[0]}")
            if found.keys() != expected.keys():
                missing, extra = expected.keys() - found.keys(), found.keys() - expected.keys()
                problems.append(f"tasks: {len(missing)} missing, {len(extra)} not called for")
        finally:
            db.dispose()
        return problems

    def call_count(self) -> int:
        db = open_database(self.url)
        try:
            with db.engine.connect() as conn:
                return int(conn.execute(text("SELECT count(*) FROM calls")).scalar_one())
        finally:
            db.dispose()

    def kept_total(self) -> int:
        """Outcomes acknowledged as kept in a journal (the database was away at that moment), by every console."""
        return sum(how == "kept" for tag in self.tags for how in self.acknowledged(tag).values())
