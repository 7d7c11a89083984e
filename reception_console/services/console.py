"""The services one console works with, built together by the composition root (`app.py`)."""

from __future__ import annotations

from dataclasses import dataclass

from .auth import AuthService
from .calls import CallDesk
from .cards import CardService
from .reports import ReportService
from .tasks import TaskService
from .worklists import WorkListService


@dataclass
class ConsoleServices:
    auth: AuthService
    desk: CallDesk
    cards: CardService
    tasks: TaskService
    reports: ReportService | None = None  # the supervisor's figures and work lists
    worklists: WorkListService | None = None
