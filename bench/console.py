"""(b) ring → card on screen, (c) search as you type, (d) saving an outcome — in one process, one window.

The window is the real MainWindow on the real services (reception_console.app.build_services) over a copy of
the generated database, shown on the QPA platform in use (offscreen under `make bench`) with the app's
style sheet and English translation.

"Rendered" is measured two ways:
  * one processEvents()  — the call returns after the first paint of the window;
  * until settled        — processEvents() again and again until two passes in a row bring no new window
                           repaint (UpdateRequest); the time is taken at the end of the last pass that painted.
The verdict uses the settled figure: that is when the receptionist sees the final card. The text cursor does
not blink during the bench (see `steady_cursor`): its repaints are not the card.
"""

from __future__ import annotations

import os
import random
import sys
import time
import uuid
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path

from . import refguard
from .generate import CALLER_POOL, CLINICS, LINES_PER_CLINIC, GeneratedData, caller_number, line_number
from .report import Row, Section

RING_TARGET_MS = 30.0
KEYSTROKE_TARGET_MS = 16.0
SAVE_TARGET_MS = 10.0
QUERIES = ("pediatr", "5 lat", "konsultacja")
MAX_PASSES = 12
READ_SHARE = 0.15


def quiet_qt_messages() -> None:
    """The offscreen platform complains on every window geometry change; everything else is shown."""
    from PySide6.QtCore import qInstallMessageHandler

    def handler(_mode, _context, message: str) -> None:  # type: ignore[no-untyped-def]
        if "propagateSizeHints" not in message:
            print(f"qt: {message}", file=sys.stderr)

    qInstallMessageHandler(handler)


def steady_cursor(app) -> None:  # type: ignore[no-untyped-def]
    """The text cursor in the card search (where the console keeps the keyboard) blinks every 0.5 s. A blink
    repaints the field and what lies under it; when it lands inside a ring's settle passes it would count as the
    card still being drawn (one ring in six). The cursor stays on instead, so "settled" means the card."""
    app.setCursorFlashTime(0)


@dataclass
class Renders:
    """Counts the window's repaints (UpdateRequest reaches the top-level widget once per painted frame)."""

    updates: int = 0
    filter: object = field(default=None, repr=False)

    def install(self, window) -> None:  # type: ignore[no-untyped-def]
        from PySide6.QtCore import QEvent, QObject

        renders = self

        class Filter(QObject):
            def eventFilter(self, _obj, event) -> bool:  # type: ignore[no-untyped-def]
                if event.type() == QEvent.Type.UpdateRequest:
                    renders.updates += 1
                return False

        self.filter = Filter(window)
        window.installEventFilter(self.filter)


def _mb(value: float | None) -> str:
    return "memory not measured" if value is None else f"+{value:.0f} MB resident"


def _rss_mb() -> float | None:
    try:
        pages = int(Path("/proc/self/statm").read_text().split()[1])
    except (OSError, IndexError, ValueError):
        return None
    return pages * os.sysconf("SC_PAGE_SIZE") / 2**20


@dataclass(frozen=True)
class Rendered:
    first: float  # perf_counter at the end of the first processEvents()
    settled: float  # perf_counter at the end of the last pass that repainted the window
    repaints: int


def render(app, renders: Renders) -> Rendered:  # type: ignore[no-untyped-def]
    start = renders.updates
    app.processEvents()
    first = time.perf_counter()
    settled = first
    quiet = 0
    passes = 1
    while quiet < 2 and passes < MAX_PASSES:
        before = renders.updates
        app.processEvents()
        passes += 1
        if renders.updates > before:
            settled = time.perf_counter()
            quiet = 0
        else:
            quiet += 1
    return Rendered(first, settled, renders.updates - start)


class Console:
    """The window and its services on a private copy of the generated database."""

    def __init__(self, data: GeneratedData, workdir: Path, url: str | None = None) -> None:
        """On a private copy of the generated SQLite file, or on `url` (a shared database holding the same data)."""
        home = workdir / "home-inprocess"
        home.mkdir(parents=True, exist_ok=True)
        os.environ["RECEPTION_CONSOLE_HOME"] = str(home)  # nothing may touch the user's real folders
        os.environ.pop("RECEPTION_CONSOLE_DB", None)

        from PySide6.QtWidgets import QApplication

        from reception_console.app import build_services
        from reception_console.platform.i18n import install_translators
        from reception_console.platform.settings import load_settings
        from reception_console.storage.database import open_database
        from reception_console.ui.console.idle_collector import IdleCollector
        from reception_console.ui.console.main_window import MainWindow
        from reception_console.ui.style import apply_style

        quiet_qt_messages()
        self.app = QApplication.instance() or QApplication(["reception-console-bench"])
        steady_cursor(self.app)
        self.void_leak = refguard.void_call_leak() if sys.version_info < (3, 12) else 0.0
        apply_style(self.app)
        self.translators = install_translators(self.app, "en")
        url = url or f"sqlite:///{data.copy_to(workdir / 'inprocess')}"
        self.db = open_database(url)
        self.settings = load_settings(database_url=url)
        self.services = build_services(self.db, self.settings)
        self.person = self.services.auth.sign_in(data.receptionist, data.password)
        label = "Embedded database" if url.startswith("sqlite") else "Shared database"
        self.window = MainWindow(self.services, self.person, region=self.settings.phone_region, database_label=label)
        self.window.resize(1366, 740)
        self.window.show()
        self.collector = IdleCollector.follow(self.window)  # as run_gui() does once the window is shown
        self.renders = Renders()
        self.renders.install(self.window)
        render(self.app, self.renders)
        self.pl_clinics, self.all_clinics = self._clinic_ids()
        self.prefetch_s, self.prefetch_mb = self._wait_for_prefetch()

    def _wait_for_prefetch(self) -> tuple[float, float | None]:
        """The window reads every card ahead after start-up; a console is open long before its first call."""
        from PySide6.QtCore import QEventLoop

        rss = _rss_mb()
        started = time.perf_counter()
        while not self.window.prefetch.done:
            self.app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents)
        after = _rss_mb()
        return time.perf_counter() - started, (after - rss if after is not None and rss is not None else None)

    def _clinic_ids(self) -> tuple[list[int], list[int]]:
        from sqlalchemy import select

        from reception_console.storage.models import ClinicRow

        with self.db.engine.connect() as conn:
            rows = conn.execute(select(ClinicRow.id, ClinicRow.language)).all()
        return [i for i, lang in rows if lang == "pl"], [i for i, _ in rows]

    def ring(self, clinic_id: int, rng: random.Random):  # type: ignore[no-untyped-def]
        from reception_console.domain.calls import CallEvent, EventKind, EventSource

        fresh = f"+48511{rng.randrange(10**6):06d}"  # one in ten callers is new
        caller = caller_number(rng.randrange(CALLER_POOL)) if rng.random() < 0.9 else fresh
        line = line_number(clinic_id - 1, rng.randrange(LINES_PER_CLINIC))
        return CallEvent(EventKind.RING, str(uuid.uuid4()), datetime.now(UTC), EventSource.SOFTPHONE, line, caller)

    def finish(self, call_id: str) -> None:
        """Untimed: answer, save as non-target, clear the screen, so the next ring becomes the current call."""
        from reception_console.domain.calls import Outcome, OutcomeForm

        desk = self.services.desk
        desk.answer(call_id)
        desk.save(call_id, OutcomeForm(outcome=Outcome.NON_TARGET))
        self.window.calls_model.remove(call_id)
        self.window.show_call(None)
        render(self.app, self.renders)

    def close(self) -> None:
        from PySide6.QtCore import QCoreApplication, QEvent

        self.window.close()
        self.window.deleteLater()
        # processEvents leaves deletions for the event loop: the window (and its once-a-second polls of a database
        # the next part stops) would outlive this part
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        self.app.processEvents()
        self.db.dispose()


def bench_ring(console: Console, events: int, rng: random.Random) -> Section:
    section = Section(f"(b) call event → card rendered, in process ({events} rings, random clinics of {CLINICS:,})")
    window, app = console.window, console.app
    clinics = console.all_clinics[:]
    rng.shuffle(clinics)
    # three untimed rings first: the very first card pays one-off costs (fonts, style sheet polish, SQL compile)
    warmup, unseen = clinics[:3], clinics[3:]
    for clinic_id in warmup:
        event = console.ring(clinic_id, rng)
        window.receive_event(event)
        render(app, console.renders)
        console.finish(event.call_id)

    refs_before = refguard.RefCounts.now()
    seen: list[int] = []
    timings: dict[str, list[float]] = {"first": [], "again": [], "read": []}
    handler: list[float] = []
    first_pass: list[float] = []
    settled_all: list[float] = []
    grabs: list[float] = []
    repaints: list[int] = []
    not_shown = 0
    for _ in range(events):
        warm = bool(seen) and rng.random() < 1 / 3
        clinic_id = rng.choice(seen) if warm else unseen.pop()
        kind = "again" if warm else "first"
        if rng.random() < READ_SHARE:  # as after a supervisor's edit: the card is read during the ring
            console.services.cards.forget(clinic_id)
            kind = "read"
        event = console.ring(clinic_id, rng)
        t0 = time.perf_counter()
        window.receive_event(event)
        t1 = time.perf_counter()
        done = render(app, console.renders)
        if window.current_id != event.call_id or not window.card.title.text():
            not_shown += 1
        t2 = time.perf_counter()
        window.grab()
        grabs.append((time.perf_counter() - t2) * 1000)
        handler.append((t1 - t0) * 1000)
        first_pass.append((done.first - t0) * 1000)
        settled_all.append((done.settled - t0) * 1000)
        timings[kind].append((done.settled - t0) * 1000)
        repaints.append(done.repaints)
        if not warm:
            seen.append(clinic_id)
        console.finish(event.call_id)

    section.rows += [
        Row.of("ring → card, until settled (all)", settled_all, RING_TARGET_MS),
        Row.of("first ring of the clinic (card read ahead)", timings["first"], RING_TARGET_MS, indent=1),
        Row.of("a clinic that rang before", timings["again"], RING_TARGET_MS, indent=1),
        Row.of("card read during the ring (not cached)", timings["read"], RING_TARGET_MS, indent=1),
        Row.of("ring → card, one processEvents()", first_pass, RING_TARGET_MS),
        Row.of("of which receive_event() (SQL + widgets)", handler, indent=1),
        Row.of("window.grab() afterwards (not counted)", grabs),
    ]
    lost = refguard.RefCounts.now().lost_since(refs_before)
    mean_repaints = sum(repaints) / len(repaints) if repaints else 0
    section.notes.append(
        f"cards: the window read {console.window.prefetch.read:,} of {len(console.all_clinics):,} cards ahead "
        f"{'(then stopped: reads were slow) ' if console.window.prefetch.stopped_slow else ''}"
        f"in {console.prefetch_s:.1f} s after "
        f"start-up ({_mb(console.prefetch_mb)}); before {READ_SHARE:.0%} of the rings the ring's card was dropped "
        f"from the cache, so it was read during the ring."
    )
    section.notes.append(
        f"rings: 3 untimed warm-up rings first; each ring is answered and saved untimed before the next; "
        f"window repaints per ring: {mean_repaints:.1f} on average (min {min(repaints, default=0)}, "
        f"max {max(repaints, default=0)}); rings whose card did not appear: {not_shown}."
    )
    if not_shown:
        section.problems.append(f"{not_shown} of {events} rings did not put their clinic's card on screen.")
    if console.void_leak >= 0.5:
        section.notes.append(
            f"reference leak: PySide6 {_pyside_version()} on Python {sys.version.split()[0]} drops a reference "
            f"to None per void Qt call ({console.void_leak:.1f}/call); None's count fell by "
            f"{lost.none / max(1, events):.0f} per ring here (net of references the card cache keeps), "
            f"True's by {lost.true / max(1, events):.1f}."
        )
    return section


def _pyside_version() -> str:
    import PySide6

    return PySide6.__version__


def bench_search(console: Console, clinics: int, rng: random.Random) -> Section:
    section = Section(f"(c) search as you type, per keystroke ({clinics} Polish cards × {', '.join(QUERIES)})")
    window, app = console.window, console.app
    search = window.card.search
    settled: list[float] = []
    first_pass: list[float] = []
    by_query: dict[str, list[float]] = {q: [] for q in QUERIES}
    for clinic_id in rng.sample(console.pl_clinics, min(clinics, len(console.pl_clinics))):
        search.setText("")
        event = console.ring(clinic_id, rng)
        window.receive_event(event)
        render(app, console.renders)
        for query in QUERIES:
            for k in range(1, len(query) + 1):
                t0 = time.perf_counter()
                search.setText(query[:k])
                done = render(app, console.renders)
                settled.append((done.settled - t0) * 1000)
                first_pass.append((done.first - t0) * 1000)
                by_query[query].append((done.settled - t0) * 1000)
            search.setText("")
            render(app, console.renders)
        console.finish(event.call_id)
    search.setText("")
    render(app, console.renders)
    section.rows.append(Row.of("keystroke → filtered card, until settled", settled, KEYSTROKE_TARGET_MS))
    for query, samples in by_query.items():
        section.rows.append(Row.of(f"typing “{query}”", samples, KEYSTROKE_TARGET_MS, indent=1))
    section.rows.append(Row.of("keystroke → filtered card, one processEvents()", first_pass, KEYSTROKE_TARGET_MS))
    return section


def bench_save(console: Console, calls: int, rng: random.Random) -> Section:
    from reception_console.domain.calls import NotBookedReason, Outcome, OutcomeForm

    section = Section(f"(d) saving an outcome: CallDesk.save ({calls} calls, rung and answered untimed)")
    desk, cards = console.services.desk, console.services.cards
    kinds = {
        "not booked, too expensive (+ follow-up task)": [],
        "booked with a visit, value from the form": [],
        "booked with a visit, value looked up by the desk": [],
    }
    names = list(kinds)
    anomalies = 0
    for n in range(calls):
        kind = names[n % len(names)]
        clinic_id = rng.choice(console.all_clinics)
        event = console.ring(clinic_id, rng)
        call = desk.receive(event)
        if call is None:
            anomalies += 1
            continue
        desk.answer(call.id)
        now = datetime.now(UTC)
        if kind.startswith("not booked"):
            form = OutcomeForm(
                outcome=Outcome.NOT_BOOKED,
                reason=NotBookedReason.TOO_EXPENSIVE,
                patient_name="Maria Wiśniewska",
                notes="Zadzwonić po wypłacie",
                follow_up_due=now + timedelta(days=2),
            )
        else:
            view = cards.view(clinic_id)
            if view is None:
                anomalies += 1
                continue
            card = view.card
            service = rng.choice([s for s in card.services if s.specialist_key] or list(card.services))
            who = card.specialist(service.specialist_key)
            form = OutcomeForm(
                outcome=Outcome.BOOKED,
                patient_name="Jan Kowalski",
                specialist_id=who.id if who else None,
                service_id=service.id,
                visit_at=(now + timedelta(days=rng.randint(1, 14))).replace(minute=0, second=0, microsecond=0),
                expected_value=service.price if "from the form" in kind else None,
            )
        t0 = time.perf_counter()
        saved = desk.save(call.id, form)
        kinds[kind].append((time.perf_counter() - t0) * 1000)
        expected_tasks = 1 if form.outcome is Outcome.NOT_BOOKED else 0
        if len(saved.tasks) != expected_tasks or any(t.id is None for t in saved.tasks):
            anomalies += 1
    every = [x for samples in kinds.values() for x in samples]
    section.rows.append(Row.of("CallDesk.save (all)", every, SAVE_TARGET_MS))
    for kind, samples in kinds.items():
        section.rows.append(Row.of(kind, samples, SAVE_TARGET_MS, indent=1))
    section.notes.append(
        f"saves: the call is still on the line (save also stamps its end); results with an unexpected task "
        f"count: {anomalies}."
    )
    return section
