"""Practice mode on the console: a virtual patient's call rings through the console's own flow, the patient's lines
follow what the trainee does, and saving the outcome scores the attempt. A real call always comes first: the
practice call is paused (its clock stopped) and taken off the screen until she resumes it.

Ctrl+Shift+P opens Practice… between calls, goes back to live calls during practice, and resumes a paused practice.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QCoreApplication, QModelIndex, QObject, Qt, QTimer, SignalInstance
from PySide6.QtWidgets import QLabel, QStatusBar, QWidget

from ...domain.calls import Call
from ...domain.clinic import ClinicCard
from ...domain.errors import StorageError
from ...domain.people import Person
from ...domain.search import CardQuery
from ...services.console import ConsoleServices
from ..models.calls_model import ActiveCallsModel
from .card_panel import CardPanel
from .practice_banner import PracticeBanner
from .practice_marks import PracticeMarks
from .prompts_panel import PromptsPanel
from .voice import Voice

if TYPE_CHECKING:  # (the training modules load when practice starts, not with the console)
    from ...domain.training.scenarios import Scenario
    from ...services.practice import PracticeSession

log = logging.getLogger(__name__)
NARROWED = 3  # a search that leaves at most this many rows has found what it was looking for


class MainWindow(Protocol):
    """What practice needs of the console window."""

    services: ConsoleServices
    person: Person
    region: str
    clock: Callable[[], datetime]
    current_id: str | None
    calls_model: ActiveCallsModel
    card: CardPanel
    prompts: PromptsPanel
    call_saved: SignalInstance

    def clinic_names(self) -> dict[int, str]: ...

    def receive_event(self, event: object) -> Call | None: ...

    def select_call(self, call_id: str) -> None: ...

    def show_call(self, call_id: str | None, known: Call | None = None) -> None: ...

    def statusBar(self) -> QStatusBar: ...


class PracticeMode(QObject):
    def __init__(self, window: MainWindow, voice: Voice | None = None) -> None:
        assert isinstance(window, QWidget)
        super().__init__(window)
        self.window = window
        self.desk = window.services.desk
        self.voice = voice
        self.session: PracticeSession | None = None
        self.active = False  # practice mode is on (the frame and banners show), with or without a call
        self.last_score = None
        self.last_attempt_id: int | None = None
        self._on_screen_at_save: tuple[ClinicCard | None, bool, str | None] = (None, False, None)
        self.banner = PracticeBanner(window)  # the window's own from the start: shown only during practice
        self.banner.hide()
        self.banner.another.connect(self.choose)
        self.banner.back.connect(self.back_to_live)
        self.marks = PracticeMarks(self)
        self.marks.banners[window] = lambda: self.banner
        self.paused_note = QLabel(
            QCoreApplication.translate("Practice", "Practice paused: %1 resumes it").replace("%1", "Ctrl+Shift+P")
        )
        self.paused_note.setObjectName("practicePaused")
        self.paused_note.hide()
        window.statusBar().addPermanentWidget(self.paused_note)
        window.call_saved.connect(self._saved)
        card = window.card
        # bound slots, never lambdas: Qt drops them with this object, so a closing window never calls into it
        card.query_changed.connect(self._look_again)
        for table in (card.specialists, card.services):
            table.selectionModel().currentRowChanged.connect(self._look_again)
        window.prompts.currentChanged.connect(self._look_again)
        window.prompts.objection_shown.connect(self._prompt_used)

    # --- Ctrl+Shift+P ------------------------------------------------------------------------------------

    @property
    def paused(self) -> bool:
        return self.session is not None and self.session.paused

    def key(self) -> None:
        if self.paused:
            self.resume()
        elif self.active:
            self.back_to_live()
        else:
            self.choose()

    def _live_calls(self) -> list[Call]:
        practice = self.session.call_id if self.session else None
        return [c for c in self.window.calls_model.calls() if c.id != practice]

    def choose(self) -> None:
        window = self.window
        if self._live_calls():
            window.statusBar().showMessage(
                QCoreApplication.translate("Practice", "Finish the calls in progress first: a real call comes first."),
                8000,
            )
            return
        shown = window.card.view.card.id if window.card.view else None
        from .practice_dialog import PracticeDialog

        dialog = PracticeDialog(window.clinic_names(), shown, self._scenarios, window)  # type: ignore[arg-type]
        if dialog.exec() and dialog.chosen is not None:
            if self._live_calls():  # a real call rang while she was choosing: it comes first
                return
            clinic_id, scenario, assigned = dialog.chosen
            self.start(clinic_id, scenario, assigned)

    def _scenarios(self, clinic_id: int) -> list[tuple[Scenario, bool]]:
        """The clinic's scenarios, each marked when a supervisor assigned it (or any of the clinic's) to her."""
        from ...domain.training.history import AssignmentKind

        training = self.window.services.training
        try:
            assigned = [
                a
                for a in training.assignments(self.window.person.id)
                if a.kind is AssignmentKind.PRACTICE and a.clinic_id in (None, clinic_id)
            ]
            scenarios = training.scenarios(clinic_id)
        except StorageError as error:  # the dialog says there is nothing to practise; the status bar says why
            self.window.statusBar().showMessage(str(error), 8000)
            return []
        return [(s, any(a.scenario_key in (None, s.key) for a in assigned)) for s in scenarios]

    def start(self, clinic_id: int, scenario: Scenario, assigned: bool = False) -> None:
        window = self.window
        self._drop_call()
        session = self.desk.start_practice(scenario, clinic_id, assigned=assigned)
        session.on_line = self._said
        self.session = session
        self.active = True
        self.banner.show_scenario(scenario)
        self.marks.on()
        window.receive_event(session.ring())  # the console's own ring: the card pops, the greeting with her name

    def back_to_live(self) -> None:
        """Practice off: the practice call (if any) is dropped unscored; frames and banners go."""
        self._drop_call()
        self.active = False
        self.marks.off()
        self.paused_note.hide()
        self.window.statusBar().showMessage(QCoreApplication.translate("Practice", "Back to live calls."), 5000)

    def another_person(self) -> None:
        """Another person signed in at this console: the practice (and its call) was the previous one's, so it
        ends unscored and nothing of it is kept for either."""
        if not self.active:
            return
        self.back_to_live()
        self.window.statusBar().showMessage(
            QCoreApplication.translate("Practice", "Practice ended: another person signed in. Nothing was scored."),
            8000,
        )

    def _drop_call(self) -> None:
        session, self.session = self.session, None
        if self.voice is not None:
            self.voice.stop()
        if session is None:
            return
        self.desk.stop_practice()
        window = self.window
        if window.calls_model.row_of(session.call_id) >= 0:
            window.calls_model.remove(session.call_id)
        if window.current_id == session.call_id:
            calls = window.calls_model.calls()
            window.current_id = None
            if calls:
                window.select_call(calls[0].id)
            else:
                window.show_call(None)

    # --- a real call comes first -------------------------------------------------------------------------

    def gives_way(self, call: Call) -> bool:
        """A real call reached the console: practice pauses and the real call is put on screen (True)."""
        session = self.session
        if self.active and session is None:  # practice mode between two practice calls: it simply ends
            self.back_to_live()
            return True
        if session is None or session.paused or call.id == session.call_id or not self.active:
            return False
        session.pause()
        if self.voice is not None:
            self.voice.stop()
        window = self.window
        if window.calls_model.row_of(session.call_id) >= 0:
            window.calls_model.remove(session.call_id)
        if window.current_id == session.call_id:
            window.current_id = None
        self.marks.off()
        self.paused_note.show()
        return True

    def resume(self) -> None:
        session = self.session
        if session is None or not session.paused:
            return
        if self._live_calls():
            self.window.statusBar().showMessage(
                QCoreApplication.translate("Practice", "Finish the real call first, then resume the practice."), 8000
            )
            return
        session.resume()
        self.paused_note.hide()
        self.marks.on()
        call = session.call()
        if call is not None and call.saved_at is None:
            self.window.calls_model.upsert(call)
            self.window.select_call(call.id)
            if session.said:
                self.banner.say(session.said[-1])

    # --- what she does -----------------------------------------------------------------------------------

    def on_practice_call(self) -> bool:
        session = self.session
        return session is not None and not session.paused and self.window.current_id == session.call_id

    def _said(self, line: str) -> None:
        self.banner.say(line)
        if self.voice is not None and self.session is not None:
            self.voice.say(line, self.session.scenario.language)
        QTimer.singleShot(0, self.look)  # the next fact may be on screen already

    def _prompt_used(self, objection: object) -> None:
        if self.on_practice_call() and self.session is not None:
            self.session.prompt_used(objection)  # type: ignore[arg-type]

    def couldnt_answer(self) -> bool:
        """Ctrl+K on a practice call: the step is done, and nothing is passed on to anyone."""
        if not self.on_practice_call() or self.session is None:
            return False
        self.session.couldnt_answer()
        self.window.statusBar().showMessage(
            QCoreApplication.translate(
                "Practice", "Practice: on a real call this question would go to your supervisor."
            ),
            8000,
        )
        return True

    def _look_again(self, *_: object) -> None:
        self.look()

    def look(self) -> None:
        """Tell the session the fact the patient is waiting for, once it is on screen."""
        session = self.session
        if not self.on_practice_call() or session is None or session.finished or session.step < 0:
            return
        step = session.scenario.steps[session.step]
        if step.fact and step.objection is None and not step.couldnt_answer and self._on_screen(step.fact):
            session.found(step.fact)

    def _on_screen(self, reference: str) -> bool:
        card_panel = self.window.card
        view = card_panel.view
        session = self.session
        if view is None or session is None:
            return False
        entity, _, rest = reference.partition(":")
        text = card_panel.search.text().strip()
        query = CardQuery.parse(text)
        if entity == "clinic":
            return self.window.prompts.currentIndex() == PromptsPanel.GETTING_HERE
        if entity == "knowledge":
            card = view.card
            shown = [k.question for row, k in enumerate(card.knowledge) if view.index.knowledge_visible(row, query)]
            return bool(text) and rest in shown and len(shown) <= NARROWED
        name, _, fact = rest.rpartition(":")
        if entity == "service":
            return self._row_found(card_panel.services, lambda s: s.name == name, bool(text))
        if entity == "specialist":
            if fact == "age_limits" and query.age_months == session.scenario.persona.age_months:
                return True  # she typed the patient's age: the card shows who accepts it
            return self._row_found(card_panel.specialists, lambda s: s.key == name, bool(text))
        return False

    @staticmethod
    def _row_found(table, matches: Callable[[object], bool], searched: bool) -> bool:  # type: ignore[no-untyped-def]
        """The row is the one selected, or a search narrowed the table to a few rows with it among them."""
        proxy = table.model()
        items = proxy.sourceModel().items()

        def item(index: QModelIndex) -> object:
            return items[proxy.mapToSource(index).row()]

        current = table.currentIndex()
        if current.isValid() and matches(item(current)):
            return True
        shown = [item(proxy.index(row, 0)) for row in range(proxy.rowCount())]
        return searched and len(shown) <= NARROWED and any(matches(i) for i in shown)

    # --- the end of a practice call ----------------------------------------------------------------------

    def saving(self, call_id: str) -> None:
        """The practice call's outcome is handed on: what she had on screen counts (the window moves on at once)."""
        if self.session is None or call_id != self.session.call_id:
            return
        card = self.window.card.view.card if self.window.card.view else None
        self._on_screen_at_save = (card, self.banner.greeting.isChecked(), self._specialist_shown(card))

    def _saved(self, call_id: str) -> None:
        session = self.session
        if session is None or call_id != session.call_id or session.saved is None:
            return
        window = self.window
        card, greeting, specialist = self._on_screen_at_save
        from ...domain.training.scoring import score_attempt

        attempt = session.attempt(card, greeting, specialist)
        score = score_attempt(session.scenario, attempt)
        self.last_score = score
        call = session.call()
        try:
            self.last_attempt_id = window.services.training.record_attempt(
                window.person.id,
                session.clinic_id,
                session.scenario,
                attempt,
                score,
                assigned=session.assigned,
                started_at=call.rang_at if call else None,
            )
        except StorageError as error:  # the score is still shown; only keeping it failed
            log.warning("a practice attempt could not be kept: %s", type(error).__name__)
            self.last_attempt_id = None
        self.desk.stop_practice()
        self.session = None
        if self.voice is not None:
            self.voice.stop()
        if session.paused:  # a real call came in while it was being saved: that call is on screen, practice ends
            self.active = False
            self.paused_note.hide()
        self.banner.show_scenario(None)
        self.banner.note(
            QCoreApplication.translate(
                "Practice", "Practice call scored. Another scenario, or back to live calls (%1)."
            ).replace("%1", "Ctrl+Shift+P")
        )
        window.statusBar().showMessage(
            QCoreApplication.translate(
                "Practice", "Practice call saved: nothing was stored as a call, nothing was sent."
            ),
            10000,
        )
        from .practice_score import ScoreDialog

        dialog = ScoreDialog(session.scenario, score, window)  # type: ignore[arg-type]
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()  # modal to the console, without a loop of its own inside this signal

    def _specialist_shown(self, card: ClinicCard | None) -> str | None:
        """The specialist she picked on the card: the only one her search left, or the row selected."""
        table = self.window.card.specialists
        proxy = table.model()
        picked = proxy.index(0, 0) if proxy.rowCount() == 1 else table.currentIndex()
        if card is None or not picked.isValid():
            return None
        row = proxy.mapToSource(picked).row()  # type: ignore[attr-defined]
        items = proxy.sourceModel().items()  # type: ignore[attr-defined]
        return items[row].key if 0 <= row < len(items) else None
