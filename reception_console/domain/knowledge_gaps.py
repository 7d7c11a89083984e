"""Questions a receptionist could not answer from the card: each one is a hole in the card."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

from .text import fold

QUESTION_LIMIT = 2000


@dataclass(frozen=True, slots=True)
class KnowledgeGap:
    clinic_id: int | None
    question: str
    asked_at: datetime
    asked_by_id: int | None = None
    call_id: str | None = None
    id: int | None = None
    asked_by: str = ""  # display name, when read back


@dataclass(frozen=True, slots=True)
class GapGroup:
    """The same question asked one or more times about one clinic."""

    clinic_id: int | None
    gaps: tuple[KnowledgeGap, ...]  # newest first

    @property
    def question(self) -> str:
        return self.gaps[0].question

    @property
    def count(self) -> int:
        return len(self.gaps)

    @property
    def last_asked(self) -> datetime:
        return self.gaps[0].asked_at

    @property
    def ids(self) -> tuple[int, ...]:
        return tuple(g.id for g in self.gaps if g.id is not None)


def question_key(text: str) -> str:
    """Two wordings count as one question when they differ only in case, accents, punctuation or spaces."""
    return " ".join(re.sub(r"[^\w\s]", " ", fold(text)).split())


def group_gaps(gaps: Iterable[KnowledgeGap]) -> list[GapGroup]:
    """Open questions grouped per clinic and wording; the most asked first, then the most recent."""
    groups: dict[tuple[int | None, str], list[KnowledgeGap]] = {}
    for gap in sorted(gaps, key=lambda g: g.asked_at, reverse=True):
        groups.setdefault((gap.clinic_id, question_key(gap.question)), []).append(gap)
    found = [GapGroup(clinic_id, tuple(items)) for (clinic_id, _key), items in groups.items()]
    return sorted(found, key=lambda g: (-g.count, -g.last_asked.timestamp()))
