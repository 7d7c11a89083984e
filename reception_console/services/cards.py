"""Finding and showing the clinic card for a call: lines, cards with their search index, scripts."""

from __future__ import annotations

from collections import OrderedDict
from dataclasses import dataclass
from datetime import datetime
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from ..domain.audit import AuditAction
from ..domain.calls import PastCall
from ..domain.clinic import ClinicCard, LineChoice
from ..domain.errors import StorageUnavailableError
from ..domain.people import Person
from ..domain.script import ObjectionPrompt, Phrase, merge_prompts, render_greeting
from ..domain.search import CardIndex
from .audit import AuditTrail
from .ports import CallStore, CardStore

MAX_CACHED = 3000  # cards kept in memory; a ring on any other clinic reads its card (3–5 ms)


@dataclass(frozen=True, slots=True)
class CardView:
    """A card ready to show: the card, its search index and the merged script."""

    card: ClinicCard
    index: CardIndex
    prompts: tuple[ObjectionPrompt, ...]
    phrases: tuple[Phrase, ...]

    def local_time(self, at: datetime) -> datetime:
        try:
            return at.astimezone(ZoneInfo(self.card.timezone))
        except (ZoneInfoNotFoundError, ValueError):
            return at

    def greeting(self, person: Person | None, at: datetime) -> str:
        card = self.card
        return render_greeting(
            card.greeting_template or "{time_of_day}, {clinic}, {receptionist}.",
            clinic=card.name,
            receptionist=person.display_name if person else "",
            role=card.receptionist_title,
            language=card.language,
            local_time=self.local_time(at),
        )


class CardService:
    """Cards by clinic, cached by version: a repeated ring costs one small query. The cache keeps the cards used
    last, up to `max_cached` (about 47 MB a thousand)."""

    def __init__(
        self, cards: CardStore, calls: CallStore, audit: AuditTrail | None = None, max_cached: int = MAX_CACHED
    ) -> None:
        self._cards = cards
        self._calls = calls
        self._audit = audit
        self._max_cached = max_cached
        self._cache: OrderedDict[int, CardView] = OrderedDict()

    def lines(self) -> list[LineChoice]:
        return self._cards.lines()

    def view(self, clinic_id: int) -> CardView | None:
        """The card as it is now; during a database outage, the last card seen (better than none)."""
        cached = self._cache.get(clinic_id)
        if cached is not None:  # one small read says whether it is still the card as it is
            try:
                version = self._cards.card_version(clinic_id)
            except StorageUnavailableError:
                return cached
            if version == cached.card.version:
                self._cache.move_to_end(clinic_id)
                return cached
        read = self._cards.card_with_script(clinic_id)  # (it brings its own version)
        if read is None:
            self._cache.pop(clinic_id, None)
            return None
        card, prompts, phrases = read
        view = CardView(
            card=card,
            index=CardIndex(card),
            prompts=merge_prompts(
                [p for p in prompts if p.clinic_id is None], [p for p in prompts if p.clinic_id is not None]
            ),
            phrases=tuple(phrases),
        )
        self._cache[clinic_id] = view
        self._cache.move_to_end(clinic_id)
        while len(self._cache) > self._max_cached:
            self._cache.popitem(last=False)
        return view

    def prefetch_order(self) -> list[int]:
        """The clinics whose cards a console reads ahead: every clinic with a live line, in the lines' order."""
        return list(dict.fromkeys(line.clinic_id for line in self._cards.lines()))

    def prefetch(self, clinic_id: int) -> bool:
        """Read a card into the cache unless it is there; True when it was read now."""
        if clinic_id in self._cache:
            return False
        self.view(clinic_id)
        return True

    def cached_clinic_of_line(self, number: str | None) -> int | None:
        """The clinic a line belongs to, from the cards read so far (no database: for when it is away)."""
        for view in self._cache.values():
            if any(line.number == number for line in view.card.phone_lines):
                return view.card.id
        return None

    def forget(self, clinic_id: int) -> None:
        """Drop a cached card: the next view reads it again."""
        self._cache.pop(clinic_id, None)

    def is_current(self, view: CardView) -> bool:
        return self._cards.card_version(view.card.id or 0) == view.card.version

    def caller_history(
        self, caller: str | None, exclude: str | None = None, viewer: Person | None = None
    ) -> list[PastCall]:
        """The caller's earlier calls; showing any to `viewer` is recorded in the audit trail."""
        if not caller:
            return []
        history = self._calls.history(caller, exclude=exclude)
        if history and viewer is not None:
            self.record_history_view(viewer, caller, len(history))
        return history

    def record_history_view(self, viewer: Person, caller: str | None, shown: int) -> None:
        """`viewer` was shown `shown` earlier calls of `caller`: into the audit trail."""
        if self._audit is not None and caller:
            self._audit.record(viewer, AuditAction.VIEWED_HISTORY, subject=caller, details=f"{shown} earlier call(s)")
