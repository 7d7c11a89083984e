"""The questions inbox: a receptionist passes on what the card could not answer; a supervisor turns it
into a knowledge entry of the card in one step (which closes every time it was asked)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import datetime

from ..domain.calls import utcnow
from ..domain.card_records import EditableCard
from ..domain.card_rules import CardValidationError, Checker
from ..domain.clinic import KnowledgeEntry
from ..domain.knowledge_gaps import QUESTION_LIMIT, GapGroup, KnowledgeGap, group_gaps
from ..domain.permissions import Actor, Permission
from .card_editor import CardEditor
from .permissions import require
from .ports import KnowledgeGapStore


class KnowledgeGapService:
    def __init__(self, gaps: KnowledgeGapStore, editor: CardEditor, *, clock: Callable[[], datetime] = utcnow) -> None:
        self._gaps = gaps
        self._editor = editor
        self._clock = clock

    def report(
        self, actor: Actor | None, clinic_id: int | None, question: str, call_id: str | None = None
    ) -> KnowledgeGap:
        """A question asked on a call that the card could not answer."""
        require(actor, Permission.REPORT_GAP)
        check = Checker()
        check.text("question", question.strip(), required=True, limit=QUESTION_LIMIT)
        if check.errors:
            raise CardValidationError(check.errors)
        gap = KnowledgeGap(
            clinic_id,
            " ".join(question.split()),
            self._clock(),
            actor.id if actor else None,
            call_id,
            asked_by=actor.display_name if actor else "",
        )
        return self._gaps.add(gap)

    def open_questions(self, actor: Actor | None, clinic_id: int | None = None) -> list[GapGroup]:
        """Open questions grouped by wording, per clinic; the most asked first."""
        require(actor, Permission.EDIT_CARDS)
        return group_gaps(self._gaps.open_gaps(clinic_id))

    def counts(self, actor: Actor | None) -> dict[int | None, int]:
        """How many different open questions each clinic has."""
        counts: dict[int | None, int] = {}
        for group in self.open_questions(actor):
            counts[group.clinic_id] = counts.get(group.clinic_id, 0) + 1
        return counts

    def answer(
        self, actor: Actor | None, group: GapGroup, question: str, answer: str, tags: tuple[str, ...] = ()
    ) -> EditableCard:
        """Add the answer to the clinic's card and close the question, in one save."""
        require(actor, Permission.EDIT_CARDS)
        if group.clinic_id is None:
            raise ValueError("a question about no clinic is closed, not answered on a card")
        current = self._editor.load(actor, group.clinic_id)
        entry = KnowledgeEntry(question.strip(), answer.strip(), tuple(t.strip() for t in tags if t.strip()))
        mine = replace(current, card=replace(current.card, knowledge=(*current.card.knowledge, entry)))
        return self._editor.save(actor, current, mine, resolve_gaps=group.ids)

    def close(self, actor: Actor | None, group: GapGroup) -> None:
        """Not a gap in the card (or answered elsewhere): closed without an entry."""
        require(actor, Permission.EDIT_CARDS)
        self._gaps.close(group.ids, self._clock())
