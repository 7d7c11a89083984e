"""Questions receptionists could not answer from the card."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from sqlalchemy import select, update
from sqlalchemy.orm import Session, sessionmaker

from ...domain.knowledge_gaps import KnowledgeGap
from ..errors import outage_safe
from ..models import KnowledgeGapRow, PersonRow


@outage_safe
class SqlKnowledgeGapStore:
    def __init__(self, sessions: sessionmaker[Session]) -> None:
        self._sessions = sessions

    def add(self, gap: KnowledgeGap) -> KnowledgeGap:
        with self._sessions.begin() as s:
            row = KnowledgeGapRow(
                clinic_id=gap.clinic_id,
                call_id=gap.call_id,
                asked_by_id=gap.asked_by_id,
                asked_at=gap.asked_at,
                question=gap.question,
            )
            s.add(row)
            s.flush()
            return KnowledgeGap(
                row.clinic_id, row.question, row.asked_at, row.asked_by_id, row.call_id, row.id, gap.asked_by
            )

    def open_gaps(self, clinic_id: int | None = None) -> list[KnowledgeGap]:
        query = (
            select(KnowledgeGapRow, PersonRow.display_name)
            .outerjoin(PersonRow, PersonRow.id == KnowledgeGapRow.asked_by_id)
            .where(KnowledgeGapRow.resolved_at.is_(None))
            .order_by(KnowledgeGapRow.asked_at.desc(), KnowledgeGapRow.id.desc())
        )
        if clinic_id is not None:
            query = query.where(KnowledgeGapRow.clinic_id == clinic_id)
        with self._sessions() as s:
            return [
                KnowledgeGap(r.clinic_id, r.question, r.asked_at, r.asked_by_id, r.call_id, r.id, who or "")
                for r, who in s.execute(query)
            ]

    def close(self, gap_ids: Sequence[int], at: datetime) -> None:
        with self._sessions.begin() as s:
            s.execute(
                update(KnowledgeGapRow)
                .where(KnowledgeGapRow.id.in_(list(gap_ids)), KnowledgeGapRow.resolved_at.is_(None))
                .values(resolved_at=at)
            )
