"""The services one console works with, built together by the composition root (`app.py`)."""

from __future__ import annotations

from dataclasses import dataclass

from .auth import AuthService
from .calls import CallDesk
from .card_editor import CardEditor
from .card_exchange import CardExchange
from .cards import CardService
from .knowledge_gaps import KnowledgeGapService
from .people_admin import PeopleAdmin
from .reports import ReportService
from .tasks import TaskService
from .worklists import WorkListService


@dataclass
class ConsoleServices:
    auth: AuthService
    desk: CallDesk
    cards: CardService
    tasks: TaskService
    editor: CardEditor
    exchange: CardExchange
    gaps: KnowledgeGapService
    people: PeopleAdmin
    reports: ReportService | None = None  # the supervisor's figures and work lists
    worklists: WorkListService | None = None
