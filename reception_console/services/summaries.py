"""The owner's summary: yesterday's figures and the open messages of one clinic, e-mailed once a day (and on
Mondays for last week, if asked), through the outbox. The outbox's dedupe key `summary:<clinic>:<kind>:<first
day>` lets exactly one console queue it, however many run."""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import date, datetime, timedelta

from ..domain.calls import utcnow
from ..domain.messages import Channel, Medium, MessageKind, OutgoingMessage
from ..domain.periods import Period, zone
from ..domain.reports import ClinicInfo, ReportQuery
from ..domain.summary_texts import OpenMessage, Summary, render
from ..domain.tasks import TaskKind
from .messages import OWNER
from .phones import display
from .ports import CardStore, OutboxStore, TaskStore
from .reports import ReportService

log = logging.getLogger(__name__)
CHECK_EVERY = timedelta(minutes=1)


def dedupe_key(clinic_key: str, first: date, last: date) -> str:
    return f"summary:{clinic_key}:{'daily' if first == last else 'weekly'}:{first.isoformat()}"


class OwnerSummaries:
    def __init__(
        self,
        reports: ReportService,
        cards: CardStore,
        tasks: TaskStore,
        outbox: OutboxStore,
        clock: Callable[[], datetime] = utcnow,
        *,
        daily: bool = True,
        weekly: bool = False,
        hour: int = 7,
    ) -> None:
        self._reports = reports
        self._cards = cards
        self._tasks = tasks
        self._outbox = outbox
        self._clock = clock
        self._daily, self._weekly, self._hour = daily, weekly, hour
        self._known: set[str] = set()  # keys this console saw queued already
        self._checked_at: datetime | None = None

    def clinic(self, key: str) -> ClinicInfo | None:
        return next((c for c in self._reports.clinics() if c.key == key), None)

    def message(self, clinic: ClinicInfo, first: date, last: date) -> OutgoingMessage | None:
        """The summary e-mail for the owner, or None when the card has no owner's e-mail (or says no messages)."""
        card = self._cards.card(clinic.id)
        if card is None or not card.owner.email or card.owner.channel is Channel.NONE:
            return None
        query = ReportQuery(Period(first, last), clinic_ids=(clinic.id,))
        [row] = self._reports.figures(query)
        open_tasks = [t for t in self._tasks.open_tasks() if t.clinic_id == clinic.id]
        summary = Summary(
            clinic=clinic.name,
            language=card.language,
            currency=clinic.currency,
            first=first,
            last=last,
            figures=row.figures,
            service_level_seconds=query.service_level_seconds,
            callbacks_open=sum(t.kind is TaskKind.CALLBACK for t in open_tasks),
            messages=tuple(
                OpenMessage(t.recipient.removeprefix(OWNER), t.patient_name, display(t.phone), t.text)
                for t in open_tasks
                if t.kind is TaskKind.MESSAGE
            ),
        )
        subject, text, html = render(summary)
        return OutgoingMessage(
            Medium.EMAIL,
            card.owner.email,
            subject,
            text,
            kind=MessageKind.SUMMARY,
            html=html,
            clinic_id=clinic.id,
            dedupe_key=dedupe_key(clinic.key, first, last),
        )

    def queue(self, clinic: ClinicInfo, first: date, last: date) -> bool:
        """Queue the summary unless this period's is queued already (by any console)."""
        key = dedupe_key(clinic.key, first, last)
        if key in self._known or self._outbox.has(key):
            self._known.add(key)
            return False
        message = self.message(clinic, first, last)
        if message is None:
            return False
        queued = self._outbox.add(message, self._clock())
        self._known.add(key)
        if queued:
            log.info("owner's summary of clinic %s for %s queued", clinic.id, first.isoformat())
        return queued

    def due(self) -> int:
        """Queue every summary whose time has come; checks at most once a minute. Returns how many were queued."""
        now = self._clock()
        if self._checked_at is not None and now - self._checked_at < CHECK_EVERY:
            return 0
        self._checked_at = now
        queued = 0
        for clinic in self._reports.clinics():
            local = now.astimezone(zone(clinic.timezone))
            if local.hour < self._hour:
                continue
            yesterday = local.date() - timedelta(days=1)
            if self._daily:
                queued += self.queue(clinic, yesterday, yesterday)
            if self._weekly and local.weekday() == 0:
                queued += self.queue(clinic, yesterday - timedelta(days=6), yesterday)
        return queued
