"""Practice on the real console, driven with keys typed where the focus is: the virtual patient's call rings on the
scenario's line, the patient's lines follow what the trainee does, and the score kept checks the right card, the
facts, the prompt, the outcome, the reason and the task. A real ring during practice wins; the practice resumes.
Every window wears the practice frame and banner while it lasts; the patient speaks where espeak-ng is installed."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QWidget
from sqlalchemy import func, select

from reception_console.domain.calls import CallEvent, CallState, EventKind, EventSource, NotBookedReason, Outcome
from reception_console.domain.tasks import TaskKind
from reception_console.domain.training.history import StoredAttempt
from reception_console.domain.training.scenarios import Scenario, Topic
from reception_console.storage.training_tables import practice_attempts
from reception_console.ui.console.main_window import MainWindow
from reception_console.ui.console.practice_marks import PracticeFrame
from reception_console.ui.console.practice_score import ScoreDialog
from reception_console.ui.console.tasks_dialog import TasksDialog
from reception_console.ui.console.voice import Voice, find_espeak
from tests.conftest import PL_LINE, Clock
from tests.ui.keyboard import Keyboard, focus_target
from tests.ui.saving import settled


def mokotow(window: MainWindow) -> int:
    return next(line.clinic_id for line in window.services.cards.lines() if line.number == PL_LINE)


def start_practice(qtbot, window: MainWindow, topic: Topic) -> tuple[Keyboard, Scenario]:  # type: ignore[no-untyped-def]
    """Ctrl+Shift+P with Mokotów's card on screen; the scenario picked with the arrows, Enter starts it."""
    keys = Keyboard(qtbot)
    clinic_id = mokotow(window)
    window.browse(clinic_id)  # the card she looked up: the dialog offers its clinic first
    scenarios = window.services.training.scenarios(clinic_id)
    index = next(n for n, s in enumerate(scenarios) if s.topic is topic)
    keys("<Ctrl+Shift+P>" + "<Down>" * index + "<Enter>")
    return keys, scenarios[index]


def scored(qtbot) -> None:  # type: ignore[no-untyped-def]
    """The outcome is stored on its own thread: the score comes when it is back."""
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), ScoreDialog), timeout=10_000)


def kept(window: MainWindow) -> list[StoredAttempt]:
    """The practice attempts stored for her, in full."""
    training = window.services.training
    return [training.attempt(a.id) for a in training.attempts(window.person.id)]  # type: ignore[misc]


def marked(window: QWidget) -> bool:
    frames = [f for f in window.findChildren(PracticeFrame) if f.isVisible()]
    banners = [b for b in window.findChildren(QWidget, "practiceBanner") if b.isVisible()]
    return bool(frames) and bool(banners) and banners[0].geometry().top() < 10


def test_a_practice_call_by_keys_is_scored_and_kept(qtbot, window: MainWindow, clock: Clock) -> None:  # type: ignore[no-untyped-def]
    keys, scenario = start_practice(qtbot, window, Topic.TOO_EXPENSIVE)
    banner = window.practice.banner
    call = window.current_call()
    assert call is not None and call.state is CallState.RINGING and call.line == scenario.line
    assert window.card.view.card.id == mokotow(window)  # the card popped
    assert "Justyna" in window.header.greeting.text() and window.header.greeting.text().startswith("Dzień dobry")
    assert marked(window) and "PRACTICE" in banner.title.text() and banner.patient.text() == ""
    assert scenario.persona.name in banner.scenario.text()

    clock.advance(seconds=4)
    keys("<F9>")  # answer: the patient's first line
    price, objection = scenario.steps
    assert price.line in banner.patient.text()
    clock.advance(seconds=6)
    service = price.fact.split(":")[1]
    keys("<Ctrl+F>" + service)  # the service's price on the card: the next line
    assert objection.line in banner.patient.text()
    clock.advance(seconds=5)
    keys("<F2>")  # the "too expensive" prompt
    assert window.practice.session is not None and window.practice.session.finished
    keys("<Alt+I>")  # the greeting was said
    expected = scenario.expected.specialist_key
    if expected is not None:  # the specialist for the patient's age, looked up on the card
        keys("<Ctrl+F>" + window.card.view.card.specialist(expected).name)
    keys("<Alt+P>" + scenario.persona.name + "<Ctrl+2><Enter>za drogo")

    shown: list[str] = []

    def the_score() -> None:
        dialog = focus_target().window()
        assert isinstance(dialog, ScoreDialog) and marked(dialog)
        shown.extend(dialog.table.item(r, 1).text() for r in range(dialog.table.rowCount()))

    keys("<Ctrl+Enter>")
    scored(qtbot)
    keys(the_score, "<Esc>")
    (stored,) = kept(window)
    attempt, score = stored.attempt, stored.score
    assert (stored.summary.person_id, stored.summary.clinic_id) == (window.person.id, mokotow(window))
    assert stored.scenario == scenario and stored.summary.id == window.practice.last_attempt_id
    assert attempt.clinic_key_shown == "med-centrum-mokotow" and attempt.greeting_said
    assert attempt.answered_after == 4 and [s.at_seconds for s in attempt.steps] == [6, 11]
    assert attempt.steps[0].fact == price.fact and attempt.steps[1].prompt is objection.objection
    assert (attempt.outcome, attempt.reason) == (Outcome.NOT_BOOKED, NotBookedReason.TOO_EXPENSIVE)
    assert attempt.specialist_key == expected and attempt.task is TaskKind.FOLLOW_UP
    assert score.failed() == [] and shown == ["✓"] * score.total
    assert window.services.desk.get(call.id) is None and window.services.tasks.my_tasks(window.person) == []
    assert window.calls_model.rowCount() == 0 and marked(window)  # still practising: another, or back

    keys("<Ctrl+Shift+P>")  # back to live calls
    assert not marked(window) and not window.practice.active


def test_a_missed_fact_and_a_wrong_outcome_lose_their_checks(qtbot, window: MainWindow, clock: Clock) -> None:  # type: ignore[no-untyped-def]
    keys, _scenario = start_practice(qtbot, window, Topic.PARKING)
    clock.advance(seconds=12)
    keys("<F9>")
    keys("<Ctrl+1><Ctrl+3><Ctrl+Enter>")  # information only, without ever looking at the parking
    scored(qtbot)
    keys("<Esc>")
    (stored,) = kept(window)
    failed = {c.name for c in stored.score.failed()}
    assert failed == {"answer_time", "greeting", "step_1_fact", "step_1_find_time"}


def test_a_real_ring_during_practice_wins_and_the_practice_resumes(qtbot, window: MainWindow, clock: Clock) -> None:  # type: ignore[no-untyped-def]
    keys, scenario = start_practice(qtbot, window, Topic.PARKING)
    practice_id = window.current_id
    clock.advance(seconds=2)
    keys("<F9>")
    clock.advance(seconds=3)

    window.receive_event(CallEvent(EventKind.RING, "live", clock.now, EventSource.SOFTPHONE, PL_LINE, "+48600111222"))
    assert window.current_id == "live" and window.calls_model.row_of(practice_id) < 0  # the real call on screen
    assert not marked(window) and window.practice.paused_note.isVisible()
    keys("<Ctrl+Shift+P>")  # no resuming over a real call
    assert window.current_id == "live" and window.practice.paused
    clock.advance(seconds=5)
    keys("<F9>")
    clock.advance(minutes=2)
    keys("<Ctrl+G>")  # looking at the parking for the real caller does not count for the practice
    keys("<Ctrl+3><Ctrl+Enter>")
    settled(qtbot, window)
    live = window.services.desk.get("live")
    assert live is not None and live.outcome is Outcome.INFO_ONLY and live.answered_at is not None
    assert window.services.cards._calls.get("live") == live  # stored in the database, a live call like any

    keys("<Ctrl+Shift+P>")  # resume where it stood
    assert window.current_id == practice_id and marked(window) and not window.practice.paused
    assert scenario.steps[0].line in window.practice.banner.patient.text()
    clock.advance(seconds=4)
    keys("<Ctrl+H><Ctrl+G>")  # now the parking counts
    keys("<Ctrl+3><Ctrl+Enter>")
    scored(qtbot)
    keys("<Esc>")
    (stored,) = kept(window)
    assert stored.attempt.answered_after == 2 and stored.attempt.steps[0].at_seconds == 7  # the pause left out
    assert stored.attempt.steps[0].fact == "clinic:parking"
    assert window.practice.active and marked(window)  # practice mode, between two scenarios …
    window.receive_event(CallEvent(EventKind.RING, "next", clock.now, EventSource.SOFTPHONE, PL_LINE, "+48600111333"))
    assert window.current_id == "next" and not marked(window) and not window.practice.active  # … ends on a ring


def test_a_dialog_opened_during_practice_wears_the_frame_and_banner(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    keys, _scenario = start_practice(qtbot, window, Topic.DIRECTIONS)
    assert marked(window)
    seen: list[bool] = []

    def the_tasks() -> None:
        dialog = focus_target().window()
        assert isinstance(dialog, TasksDialog)
        QApplication.processEvents()
        seen.append(marked(dialog))

    keys("<Ctrl+T>", the_tasks, "<Esc>")
    assert seen == [True]
    window.practice.banner.back_button.click()  # the banner's button: back to live calls
    assert not marked(window) and window.calls_model.rowCount() == 0
    keys("<Ctrl+T>", lambda: seen.append(marked(focus_target().window())), "<Esc>")
    assert seen == [True, False]


@pytest.mark.skipif(find_espeak() is None, reason="espeak-ng is not installed (make test installs it)")
def test_the_patient_speaks_with_espeak(qtbot, window: MainWindow, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    window.practice.voice = Voice(find_espeak(), window, wav_dir=tmp_path)
    keys, _scenario = start_practice(qtbot, window, Topic.PARKING)
    keys("<F9>")
    wav = tmp_path / "line-1.wav"
    qtbot.waitUntil(lambda: window.practice.voice.process is not None and wav.exists(), timeout=5000)
    qtbot.waitUntil(lambda: wav.stat().st_size > 1000, timeout=10000)
    assert wav.read_bytes()[:4] == b"RIFF"


def test_without_espeak_the_lines_are_shown_only(qtbot, window: MainWindow, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("PATH", str(tmp_path))  # a PC without espeak-ng
    assert find_espeak() is None
    voice = Voice(find_espeak(), window)
    window.practice.voice = voice
    keys, scenario = start_practice(qtbot, window, Topic.PARKING)
    keys("<F9>")
    assert scenario.steps[0].line in window.practice.banner.patient.text()
    assert voice.process is None and not voice.say("Dzień dobry", "pl")


def test_a_scenario_a_supervisor_assigned_comes_first_and_is_fulfilled(qtbot, window: MainWindow, demo_db) -> None:  # type: ignore[no-untyped-def]
    from reception_console.domain.training.history import AssignmentKind
    from tests.builders import services_for

    supervisor = services_for(demo_db)
    supervisor.auth.sign_in("anna", "demo")
    clinic_id = mokotow(window)
    scenario = next(s for s in window.services.training.scenarios(clinic_id) if s.topic is Topic.OPENING_HOURS)
    supervisor.training.assign(window.person.id, AssignmentKind.PRACTICE, clinic_id, scenario.key)
    window.browse(clinic_id)
    keys = Keyboard(qtbot)
    offered: list[str] = []

    def the_list() -> None:
        dialog = focus_target().window()
        offered.extend(dialog.list.item(r).text() for r in range(dialog.list.count()))

    keys("<Ctrl+Shift+P>", the_list, "<Enter>")  # the first one: the assigned one
    assert offered[0].startswith("Assigned: ") and sum(o.startswith("Assigned") for o in offered) == 1
    assert window.practice.session is not None and window.practice.session.scenario == scenario
    keys("<F9><Ctrl+G><Ctrl+3><Ctrl+Enter>")
    scored(qtbot)
    keys("<Esc>")
    (stored,) = kept(window)
    assert stored.summary.assigned and [c.name for c in stored.score.failed()] == ["greeting"]  # not ticked
    assert window.services.training.assignments(window.person.id) == []  # done


def test_another_person_signing_in_ends_the_practice_unscored(qtbot, window: MainWindow, clock: Clock, demo_db) -> None:  # type: ignore[no-untyped-def]
    """The practice call was Justyna's: Olga signing in at the console does not inherit it, or its score."""
    keys, _scenario = start_practice(qtbot, window, Topic.TOO_EXPENSIVE)
    justyna = window.person
    clock.advance(seconds=3)
    keys("<F9>")  # she answers the practice call
    keys("<Ctrl+Shift+L>", "<Alt+N>olga<Alt+P>demo<Enter>")
    olga = window.person
    assert olga.login == "olga"
    assert not window.practice.active and window.practice.session is None and not marked(window)
    assert window.calls_model.rowCount() == 0 and window.current_call() is None
    assert "another person signed in" in window.statusBar().currentMessage()
    with demo_db.connections() as conn:  # kept for nobody
        assert conn.scalar(select(func.count()).select_from(practice_attempts)) == 0
    assert justyna.id != olga.id
