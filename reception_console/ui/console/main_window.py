"""The receptionist's window: calls on the left, the clinic card in the middle, what to say and the
outcome on the right. Everything the ring→card→outcome loop needs, operable from the keyboard."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import replace
from datetime import datetime

from PySide6.QtCore import QCoreApplication, QEvent, QSettings, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QFrame,
    QLabel,
    QMainWindow,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ...domain.calls import Call, CallEvent, CallState, EventKind, PastCall, utcnow
from ...domain.errors import StorageError
from ...domain.people import Person
from ...domain.script import Objection
from ...domain.tasks import Task
from ...platform.journal import CallJournal
from ...services.cards import CardView
from ...services.console import ConsoleServices
from ...services.phone import Phone
from .. import formatting as fmt
from ..accessible import Announcer
from ..models.calls_model import ROLE_CALL, ActiveCallsModel
from ..window_place import WindowPlace
from . import person_at_console, task_actions
from .announcements import CallAnnouncements
from .call_header import CallHeader
from .calls_column import CallsColumn
from .card_panel import CardPanel
from .card_prefetch import FIRST_DELAY_MS, CardPrefetch
from .clinic_chooser import ClinicChooser
from .focus_order import chain, reading_order
from .live_card import LiveCard
from .missed_calls import MissedCallsPanel
from .new_call import NewCallDialog
from .outage import OutageKeeper
from .outcome_panel import OutcomePanel
from .practice import PracticeMode
from .prompts_panel import PromptsPanel
from .saving import Saving
from .session_guard import SessionGuard
from .supervising import NoSupervisorWindows, SupervisingFactory
from .voice import Voice
from .window_actions import install_actions

log = logging.getLogger(__name__)
DRAFT_DELAY_MS = 400
# a timer, not the next turn of the event loop: at start (a restored call) that turn comes before the first paint
HISTORY_AUDIT_DELAY_MS = 50


def card_scrolling(parent: QWidget) -> QScrollArea:
    """The pane the card scrolls in on a short screen (a laptop at 125 %)."""
    area = QScrollArea(parent)
    area.setObjectName("cardArea")
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the card's fields, not to their pane
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    return area


def fit_to_card(area: QScrollArea, card: CardPanel) -> QScrollArea:
    """The card in its pane, which is as wide as the card needs."""
    area.setWidget(card)
    area.setMinimumWidth(card.minimumSizeHint().width() + area.verticalScrollBar().sizeHint().width())
    return area


class MainWindow(QMainWindow):
    call_shown = Signal(str)  # call id, once its card is on screen
    call_saved = Signal(str)

    def __init__(
        self,
        services: ConsoleServices,
        person: Person,
        *,
        region: str = "PL",
        database_label: str = "",
        ui_state: QSettings | None = None,
        clock: Callable[[], datetime] = utcnow,
        journal: CallJournal | None = None,
        supervisor_windows: SupervisingFactory | None = None,
        speech: str | None = None,
    ) -> None:
        """`speech`: the espeak-ng program that speaks a virtual patient's lines in practice (None: text only)."""
        super().__init__()
        self.services = services
        self.person = person
        self.region = region
        self.clock = clock
        self.ui_state = ui_state
        self.current_id: str | None = None
        self.phone: Phone | None = None  # the softphone or PBX adapter, when the console follows one
        services.desk.receptionist = person
        self._clinic_names = {line.clinic_id: line.clinic_name for line in services.cards.lines()}
        self.setWindowTitle(self.tr("Reception Console"))

        # The frame first, in the window: with the application's style sheet, every widget put into a parent is
        # polished again with all its children, so each panel is made in its place and polished once.
        self.outage = OutageKeeper(services.desk, journal, self)
        self.outage.recovered.connect(self._recovered)
        container = QWidget()
        outer = QVBoxLayout(container)
        outer.setContentsMargins(6, 4, 6, 2)
        outer.addWidget(self.outage.banner)
        split = QSplitter(Qt.Orientation.Horizontal)
        outer.addWidget(split)
        self.setCentralWidget(container)

        # left: the calls on this console, the missed calls below
        self.calls_model = ActiveCallsModel(self.clinic_name, clock, self)
        self.missed = MissedCallsPanel(services.tasks, person, self.clinic_name, clock)
        self.missed.call_back.connect(self.call_back)
        self.call_saved.connect(self.missed.refresh)
        left = CallsColumn(self.calls_model, self.missed, split)
        self.calls_column = left
        self.calls, self.no_calls = left.list, left.empty
        self.calls.selectionModel().currentChanged.connect(self._call_selected)

        # middle: greeting and card
        middle = QWidget(split)
        middle_layout = QVBoxLayout(middle)
        middle_layout.setContentsMargins(0, 0, 0, 0)
        self.header = CallHeader(middle)
        self.header.answer_clicked.connect(self.answer)
        self.header.end_clicked.connect(self.end)
        self.unknown = ClinicChooser()  # in the greeting's place: with no call, or a call on a line of no clinic
        self.unknown.chosen.connect(self._clinic_picked)
        self.unknown_label, self.clinic_picker = self.unknown.label, self.unknown.picker
        self.header.put_in_place(self.unknown)
        middle_layout.addWidget(self.header)
        card_area = card_scrolling(middle)
        self.card = CardPanel(card_area.viewport())
        middle_layout.addWidget(fit_to_card(card_area, self.card), 1)

        # right: prompts, history, outcome
        right = QSplitter(Qt.Orientation.Vertical, split)
        self.prompts = PromptsPanel(right)
        self._objections: dict[str, Objection] = {}  # the last objection prompt shown on each call
        self.prompts.objection_shown.connect(self._objection_shown)
        self.outcome = OutcomePanel(clock, right)
        self.outcome.changed.connect(self._draft_later)
        self.outcome.save_requested.connect(self.save)
        self.saving = Saving(self, self)
        self.saver = self.saving.saver
        right.setSizes([290, 410])
        right.setStretchFactor(0, 1)  # a taller window gives the prompt text the room; the form keeps its height
        right.setStretchFactor(1, 0)
        right.setChildrenCollapsible(False)
        right.setMinimumWidth(390)

        split.setStretchFactor(1, 1)
        split.setSizes([190, 758, 406])
        split.setChildrenCollapsible(False)

        install_actions(self)
        self.practice = PracticeMode(self, Voice(speech, self))
        chain(
            reading_order(
                left, self.missed, self.clinic_picker, self.header, self.card, self.prompts, self.outcome, self.toolbar
            )
        )
        self.announcer = Announcer(self)
        self.announcements = CallAnnouncements(self.calls_model, self.announcer, self)
        self.outage.went_away.connect(self.announcements.outage)
        self.supervising = (
            supervisor_windows(self.call_back, lambda: self.live.poll(), self)
            if supervisor_windows is not None
            else NoSupervisorWindows()
        )
        self.person_label = QLabel()
        self.statusBar().addPermanentWidget(QLabel(database_label))
        self.statusBar().addPermanentWidget(self.person_label)
        person_at_console.show_person(self)

        self._draft_timer = QTimer(self)
        self._draft_timer.setSingleShot(True)
        self._draft_timer.setInterval(DRAFT_DELAY_MS)
        self._draft_timer.timeout.connect(self.keep_draft)
        self._tick = QTimer(self)
        self._tick.setInterval(1000)
        self._tick.timeout.connect(self._on_tick)
        self._tick.start()
        self.live = LiveCard(services.cards, lambda: self.card.view, self.refresh_card, self)
        self.prefetch = CardPrefetch(services.cards, self)
        self.prefetch.start(FIRST_DELAY_MS)
        self.session = SessionGuard(services.auth, person, self)
        self.session.revoked.connect(lambda: person_at_console.switched_off(self))
        self.session.changed.connect(lambda person: person_at_console.person_updated(self, person))
        self.show_call(None)
        if len(self._clinic_names) == 1:  # a clinic's own desk has its card on screen from the start
            self.browse(next(iter(self._clinic_names)))
        self.place = WindowPlace(
            self, "main", QSize(1366, 740), ui_state=ui_state, splitters=(split, right, self.card.split)
        )

    # --- setup -------------------------------------------------------------------------------------------

    def clinic_names(self) -> dict[int, str]:
        return dict(self._clinic_names)

    def clinic_name(self, clinic_id: int | None) -> str:
        if clinic_id is not None and clinic_id not in self._clinic_names:  # a clinic added since the start
            self._clinic_names = {line.clinic_id: line.clinic_name for line in self.services.cards.lines()}
        return self._clinic_names.get(clinic_id, "") if clinic_id is not None else ""

    def refresh_card(self) -> None:
        """The card on screen was saved by a supervisor: show the new one; the search text, the outcome form
        and the call stay as they are."""
        shown_card = self.card.view.card if self.card.view else None
        if shown_card is None or shown_card.id is None:
            return
        view = self.outage.fetch(lambda: self.services.cards.view(shown_card.id or 0), None)
        if view is None:
            return
        call = self.current_call()
        if call is not None and call.clinic_id == shown_card.id:
            greeting = view.greeting(self.person, call.rang_at)
            self.header.show_call(call, greeting, self.prompts.history_model.rowCount())
            self._update_state_text()
        self.card.show_card(view, call.line if call else None)
        shown = self.prompts.shown_objection() if self.prompts.currentIndex() == PromptsPanel.OBJECTIONS else None
        self.prompts.set_script(view.prompts, view.phrases)
        self.prompts.set_card(view.card)
        if shown is not None:
            self.prompts.show_objection(shown)

    # --- calls -------------------------------------------------------------------------------------------

    def receive_event(self, event: CallEvent) -> Call | None:
        """An event from any source. A new ring never replaces the call being worked on."""
        try:
            call = self.services.desk.receive(event)
        except StorageError as error:  # away (the banner) or refused (its message): the ring stays on screen
            if isinstance(error.call, Call) and error.call.clinic_id is None:  # a ring: its card may be cached
                clinic_id = self.services.cards.cached_clinic_of_line(error.call.line)
                error.call = replace(error.call, clinic_id=clinic_id)
            self.outage.failed(error)
            call = error.call if isinstance(error.call, Call) else self._local_event(event)
        if call is None:
            return None
        if call.state is CallState.SAVED:
            if self.calls_model.row_of(call.id) < 0:
                return call  # a repeated or late event for a call already saved
            self.calls_model.remove(call.id)
            self.call_saved.emit(call.id)
            self.statusBar().showMessage(
                self.tr("Missed call from %1 recorded; a callback task was created.").replace(
                    "%1", fmt.phone(call.caller)
                ),
                8000,
            )
            if self.current_id == call.id:
                self._select_next()
            return call
        self.calls_model.upsert(call)
        real_call_first = self.practice.gives_way(call)  # a real call during practice: the practice pauses
        if self.current_id is None or self.current_id == call.id or real_call_first:
            self.select_call(call.id)
        self.update_empty_state()
        return call

    def add_call(self, call: Call) -> None:
        self.practice.gives_way(call)  # a call started by hand or a callback is a real call too
        self.calls_model.upsert(call)
        self.select_call(call.id)
        self.update_empty_state()

    def select_call(self, call_id: str) -> None:
        row = self.calls_model.row_of(call_id)
        if row >= 0:
            self.calls.setCurrentIndex(self.calls_model.index(row))
            if self.current_id != call_id:  # setCurrentIndex signals only on a change of row
                self.show_call(call_id)

    def _call_selected(self, current, _previous) -> None:  # type: ignore[no-untyped-def]
        call: Call | None = current.data(ROLE_CALL) if current.isValid() else None
        if call is not None and call.id != self.current_id:
            self.show_call(call.id, call)

    def current_call(self) -> Call | None:
        return self._call(self.current_id) if self.current_id else None

    def _call(self, call_id: str) -> Call | None:
        """The call from the database, or as kept on screen while the database is away."""
        if call_id in self.outage.pending:
            return self.outage.pending[call_id]
        row = self.calls_model.row_of(call_id)
        on_screen = self.calls_model.calls()[row] if row >= 0 else None
        return self.outage.fetch(lambda: self.services.desk.get(call_id), on_screen)

    def _local_event(self, event: CallEvent) -> Call | None:
        """Apply answer/end to a call kept in memory during an outage."""
        call = self.outage.pending.get(event.call_id)
        if call is None:
            return None
        if event.kind is EventKind.ANSWER and call.answered_at is None:
            call = replace(call, answered_at=event.at)
        elif event.kind is EventKind.END and call.ended_at is None:
            call = replace(call, ended_at=event.at)
        self.outage.keep(call)
        return call

    def _recovered(self, call: Call) -> None:
        if self.calls_model.row_of(call.id) >= 0:
            self.calls_model.upsert(call)
        self.statusBar().showMessage(self.tr("The database is back; everything kept meanwhile is stored."), 8000)

    def show_call(self, call_id: str | None, known: Call | None = None) -> None:
        """Put a call on screen: greeting, card, script, history and its outcome form.

        With no call, the card of the last call stays on screen, as if looked up: a clinic's own desk keeps its
        card in front of it between calls, and the next ring of that clinic changes only what is the call's.
        `known` is the call as this window last stored it (the calls list keeps it current), which spares a read.
        """
        if self._draft_timer.isActive():
            self.keep_draft()
        self.current_id = call_id
        call = known if known is not None and known.id == call_id else (self._call(call_id) if call_id else None)
        # Nothing here paints: the panels only ask for updates, and the event loop paints them all once afterwards.
        # (Switching the window's updates off and on again would repaint every part of it, changed or not.)
        view: CardView | None = None
        history: list[PastCall] = []
        if call is not None:
            cards = self.services.cards
            if call.clinic_id:
                view = self.outage.fetch(lambda: cards.view(call.clinic_id or 0), None)
            history = self.outage.fetch(lambda: cards.caller_history(call.caller, exclude=call.id), [])
            if history:  # recorded in the audit trail once the card is on screen: the ring path only reads
                caller, shown = call.caller, len(history)
                QTimer.singleShot(
                    HISTORY_AUDIT_DELAY_MS,
                    self,
                    lambda: self.outage.fetch(lambda: cards.record_history_view(self.person, caller, shown), None),
                )
        else:
            view = self.card.view  # kept current by `live` like any card on screen
        # what comes or goes first (each shown widget lays the window out at once: short before any text changed)
        self.update_empty_state()
        self._show_unknown_line(call, view is not None)
        greeting = view.greeting(self.person, call.rang_at) if view and call else ""
        self.header.show_call(call, greeting, len(history))
        relaid = [self.calls]
        if self.card.show_card(view, call.line if call else None):
            relaid += [self.card.specialists, self.card.services]
        if self.prompts.set_script(view.prompts if view else (), view.phrases if view else ()):
            relaid.append(self.prompts.objection_list)
        self.prompts.set_card(view.card if view else None)
        self.prompts.set_history(history)
        self.outcome.set_call(call, view.card if view else None)
        objection = self._objections.get(call_id) if call_id else None
        self.outcome.suggested_reason = objection.not_booked_reason if objection else None
        self._update_state_text()
        # settle every layout the new call changed before the first paint, so the call is painted once
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
        for item_view in relaid:  # (a view left as it was is not laid out again: that would repaint it all)
            item_view.doItemsLayout()  # now, not on a zero timer after the first paint (that paints them twice)
        if call_id:
            self.call_shown.emit(call_id)

    def _show_unknown_line(self, call: Call | None, known: bool) -> None:
        """A call on a line of no clinic asks for the clinic; with no call at all, any card can be looked up."""
        if call is not None and known:
            self.header.show_in_place(None)
            return
        if call is None:
            self.unknown.offer_lookup()
        else:
            self.unknown.ask_for_line(call.line)
        self.unknown.set_clinics(self._clinic_names)
        self.header.show_in_place(self.unknown)

    def _objection_shown(self, objection: Objection) -> None:
        """An objection met on this call suggests the reason, should the call end not booked."""
        if self.current_id is not None:
            self._objections[self.current_id] = objection
            self.outcome.suggested_reason = objection.not_booked_reason

    def _clinic_picked(self, clinic_id: int) -> None:
        if self.current_id is None:
            self.browse(clinic_id)
            return
        self.keep_draft()
        call = self.services.desk.set_clinic(self.current_id, clinic_id)
        if call:
            self.calls_model.upsert(call)
            self.show_call(call.id)

    def browse(self, clinic_id: int) -> None:
        """Show a clinic's card with no call: its card, script and directions; nothing to record."""
        view = self.outage.fetch(lambda: self.services.cards.view(clinic_id), None)
        if view is None:
            return
        self.card.show_card(view, None)
        self.prompts.set_script(view.prompts, view.phrases)
        self.prompts.set_card(view.card)

    def new_call(self) -> None:
        dialog = NewCallDialog(self.services.desk, self.services.cards.lines(), self.region, self)
        if dialog.exec() and dialog.call is not None:
            self.add_call(dialog.call)
            self.activateWindow()
            self.focus_search()

    def answer(self) -> None:
        ringing = self.current_call()
        phone = self.phone
        practice = self.practice.on_practice_call()  # a virtual patient's call is never the phone's
        if not practice and ringing and phone is not None and phone.can_answer(ringing) and phone.answer(ringing):
            self.statusBar().showMessage(self.tr("Answering on the phone…"), 3000)  # its event records the time
            return
        if self.current_id:
            call = self.receive_event(CallEvent(EventKind.ANSWER, self.current_id, self.clock()))
            if call:
                self.calls_model.upsert(call)
                self.header.show_call(call, self.header.greeting.text(), self.prompts.history_model.rowCount())
                self._update_state_text()

    def end(self) -> None:
        if self.current_id:
            call = self.receive_event(CallEvent(EventKind.END, self.current_id, self.clock()))
            if call:
                self.calls_model.upsert(call)
                self.header.show_call(call, self.header.greeting.text(), self.prompts.history_model.rowCount())
                self._update_state_text()

    def keep_draft(self) -> None:
        self._draft_timer.stop()
        if self.current_id and self.outcome.call is not None and self.outcome.call.id == self.current_id:
            call_id, form = self.current_id, self.outcome.form()
            row = self.calls_model.row_of(call_id)
            latest = self.calls_model.calls()[row] if row >= 0 else self.outcome.call
            drafted = replace(latest, form=form)
            if row >= 0:
                self.calls_model.upsert(drafted)  # the calls list holds each call as typed so far
            pending = self.outage.pending.get(call_id)
            if pending is not None:
                self.outage.keep(replace(pending, form=form))
            elif not self.outage.attempt(lambda: self.services.desk.draft(call_id, form)):
                self.outage.keep(drafted)

    def _draft_later(self) -> None:
        self._draft_timer.start()

    def save(self) -> None:
        self.saving.save()

    def stop_drafting(self) -> None:
        self._draft_timer.stop()

    def moved_on(self, call_id: str) -> None:
        """The call left the list (saved, or handed to the saver): on to the next one."""
        self.calls_model.remove(call_id)
        self._objections.pop(call_id, None)
        self.card.search.clear()  # what this caller asked about: the next one starts with the whole card
        self._select_next()

    def _select_next(self) -> None:
        calls = self.calls_model.calls()
        if calls:
            self.current_id = None
            self.select_call(calls[0].id)
        else:
            self.show_call(None)

    def step_call(self, step: int) -> None:
        calls = self.calls_model.calls()
        if not calls or self.current_id is None:
            return
        row = (self.calls_model.row_of(self.current_id) + step) % len(calls)
        self.select_call(calls[row].id)

    def restore_unsaved(self) -> int:
        """Calls left unsaved by a closed window or a crash come back, with what was typed."""
        stored = self.outage.fetch(self.services.desk.unsaved, [])
        stored_ids = {c.id for c in stored}
        calls = stored + [c for c in self.outage.pending.values() if c.id not in stored_ids]
        for call in calls:
            self.calls_model.upsert(call)
        if calls:
            self.select_call(calls[0].id)
            self.statusBar().showMessage(
                self.tr(
                    "%n unsaved call(s) from the last session restored: finish and save the outcome.",
                    "",
                    len(calls),
                ),
                15000,
            )
        self.update_empty_state()
        return len(calls)

    # --- the rest of the window --------------------------------------------------------------------------

    def focus_search(self) -> None:
        self.card.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.card.search.selectAll()

    def open_tasks(self) -> None:
        task_actions.open_tasks(self)

    def report_gap(self) -> None:
        if not self.practice.couldnt_answer():  # in practice nothing is passed on to anyone
            task_actions.report_gap(self)

    def practice_key(self) -> None:
        self.practice.key()

    def open_editor(self) -> None:
        self.supervising.open_editor(self.person)

    def open_dashboard(self) -> None:
        self.supervising.open_dashboard(self.person)

    def call_back(self, task: Task) -> None:
        task_actions.call_back(self, task)

    def switch_user(self) -> bool:
        return person_at_console.switch_user(self)

    def _on_tick(self) -> None:
        self.calls_model.tick()
        self.announcements.tick()
        self._update_state_text()

    def _update_state_text(self) -> None:
        call = self.outcome.call
        if call is None or self.current_id is None:
            self.header.set_state_text("")
            return
        call = (
            self.calls_model.calls()[self.calls_model.row_of(self.current_id)]
            if self.calls_model.row_of(self.current_id) >= 0
            else call
        )
        since = call.answered_at or call.rang_at
        timer = fmt.duration((call.ended_at or self.clock()) - since)
        self.header.set_state_text(f"{self.calls_model.marked_state(call)} · {timer}")

    def update_empty_state(self) -> None:
        self.calls_column.update_empty_state()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.practice.active:
            self.practice.back_to_live()  # a practice call is never kept
        self.keep_draft()
        if not self.saver.wait():
            log.warning("closing with an outcome still being stored: it is among the unsaved at the next start")
        QCoreApplication.sendPostedEvents(self, QEvent.Type.MetaCall)  # what came back is taken before it goes
        super().closeEvent(event)
