"""The services one console works with, built together by the composition root (`app.py`).

The receptionist's services are built at start. The supervisor's (card editor, files, figures, work lists, people)
are built on first use: a receptionist's console never imports them, which keeps them out of its start-up.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from .auth import AuthService
from .cards import CardService
from .console_desk import ConsoleDesk
from .deliveries import DeliveryDesk
from .tasks import TaskService

if TYPE_CHECKING:
    from .audit import AuditTrail
    from .card_editor import CardEditor
    from .card_exchange import CardExchange
    from .knowledge_gaps import KnowledgeGapService
    from .people_admin import PeopleAdmin
    from .reports import ReportService
    from .retention import RetentionService, SubjectRequests
    from .training import TrainingService
    from .worklists import WorkListService


@dataclass(frozen=True)
class SupervisorServices:
    editor: CardEditor
    exchange: CardExchange
    gaps: KnowledgeGapService
    people: PeopleAdmin
    reports: ReportService  # the supervisor's figures
    worklists: WorkListService
    retention: RetentionService  # anonymising calls past their clinic's retention
    subjects: SubjectRequests  # a caller's right of access and erasure


@dataclass
class ConsoleServices:
    auth: AuthService
    desk: ConsoleDesk
    cards: CardService
    tasks: TaskService
    audit: AuditTrail
    deliveries: DeliveryDesk
    build_supervisor: Callable[[], SupervisorServices] = field(repr=False)
    # practice and the monthly test, for everyone signed in: built on first use, off the console's start-up
    build_training: Callable[[], TrainingService] | None = field(default=None, repr=False)
    _supervisor: SupervisorServices | None = field(default=None, init=False, repr=False)
    _training: TrainingService | None = field(default=None, init=False, repr=False)

    @property
    def training(self) -> TrainingService:
        if self._training is None:
            assert self.build_training is not None, "no training service was wired"
            self._training = self.build_training()
        return self._training

    @property
    def supervisor(self) -> SupervisorServices:
        if self._supervisor is None:
            self._supervisor = self.build_supervisor()
        return self._supervisor

    @property
    def editor(self) -> CardEditor:
        return self.supervisor.editor

    @property
    def exchange(self) -> CardExchange:
        return self.supervisor.exchange

    @property
    def gaps(self) -> KnowledgeGapService:
        return self.supervisor.gaps

    @property
    def people(self) -> PeopleAdmin:
        return self.supervisor.people

    @property
    def reports(self) -> ReportService:
        return self.supervisor.reports

    @property
    def worklists(self) -> WorkListService:
        return self.supervisor.worklists

    @property
    def retention(self) -> RetentionService:
        return self.supervisor.retention

    @property
    def subjects(self) -> SubjectRequests:
        return self.supervisor.subjects
