"""Reading cards for editing and writing card edits; each change is recorded in card_changes.

Rows that calls or questions may refer to are archived, never deleted; adding back a phone number or
a specialist key that was archived brings the old row back. Every save bumps the clinic's version
(the optimistic lock, `ClinicRow.version`), also when only its lines, specialists or scripts changed.
One save (an edit, or a whole import) is one transaction; `card_writes` keeps it short.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from sqlalchemy import func, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.exc import StaleDataError

from ...domain.card_changes import Action, CardChange, ChangeSet, Entity, StaleCardError
from ...domain.card_records import ClinicSummary, EditableCard, GlobalScript, Record, script_from, script_record
from ...domain.card_rules import CardValidationError, FieldError
from ..errors import outage_safe
from ..models import CardChangeRow, ClinicRow, ObjectionPromptRow, PersonRow, PhoneLineRow, PhraseRow, SpecialistRow
from ..sessions import Connections
from .card_writes import ChangeSetWriter, add_history, history_row, write_script
from .cards import SqlCardStore


def _to_change(row: CardChangeRow, who: str | None) -> CardChange:
    return CardChange(
        Entity(row.entity),
        Action(row.action),
        row.entity_id,
        row.before,
        row.after,
        id=row.id,
        clinic_id=row.clinic_id,
        changed_by_id=row.changed_by_id,
        changed_by=who or "",
        changed_at=row.changed_at,
    )


@outage_safe
class SqlCardEditStore:
    def __init__(self, sessions: sessionmaker[Session], connections: Connections) -> None:
        self._sessions = sessions
        self._cards = SqlCardStore(connections)

    # --- reading ---------------------------------------------------------------------------------------

    def clinic_list(self, include_archived: bool = False) -> list[ClinicSummary]:
        query = select(ClinicRow).order_by(ClinicRow.name, ClinicRow.id)
        if not include_archived:
            query = query.where(ClinicRow.archived_at.is_(None))
        with self._sessions() as s:
            return [
                ClinicSummary(r.id, r.key, r.name, r.language, r.version, r.archived_at is not None)
                for r in s.scalars(query)
            ]

    def editable(self, clinic_id: int) -> EditableCard | None:
        for _attempt in range(5):  # the card and its scripts at one version: read again if a save came between
            card = self._cards.card(clinic_id)
            if card is None:
                return None
            with self._sessions() as s:
                prompts = s.scalars(
                    select(ObjectionPromptRow)
                    .where(ObjectionPromptRow.clinic_id == clinic_id)
                    .order_by(ObjectionPromptRow.id)
                ).all()
                phrases = s.scalars(
                    select(PhraseRow).where(PhraseRow.clinic_id == clinic_id).order_by(PhraseRow.position, PhraseRow.id)
                ).all()
                last = s.scalar(select(func.max(CardChangeRow.id)).where(CardChangeRow.clinic_id == clinic_id))
                clinic = s.get(ClinicRow, clinic_id)
                if clinic is None or clinic.version != card.version:
                    continue
                record = {
                    "objections": [{"objection": p.objection, "title": p.title, "text": p.text} for p in prompts],
                    "phrases": [{"title": p.title, "text": p.text} for p in phrases],
                }
                own_prompts, own_phrases = script_from(record, clinic_id)
                return EditableCard(card, own_prompts, own_phrases, last or 0, clinic.archived_at is not None)
        raise StaleCardError(clinic_id)

    def clinic_id_by_key(self, key: str) -> int | None:
        with self._sessions() as s:
            return s.scalar(select(ClinicRow.id).where(ClinicRow.key == key))

    def line_owners(self, numbers: Sequence[str]) -> dict[str, tuple[int, str]]:
        if not numbers:
            return {}
        with self._sessions() as s:
            rows = s.execute(
                select(PhoneLineRow.number, ClinicRow.id, ClinicRow.name)
                .join(ClinicRow)
                .where(PhoneLineRow.number.in_(list(numbers)), PhoneLineRow.archived_at.is_(None))
            ).all()
            return {number: (clinic_id, name) for number, clinic_id, name in rows}

    def specialist_keys(self, clinic_id: int) -> set[str]:
        with self._sessions() as s:
            return set(s.scalars(select(SpecialistRow.key).where(SpecialistRow.clinic_id == clinic_id)))

    def changes(self, clinic_id: int | None, *, after_id: int = 0, limit: int = 500) -> list[CardChange]:
        owner = CardChangeRow.clinic_id.is_(None) if clinic_id is None else CardChangeRow.clinic_id == clinic_id
        with self._sessions() as s:
            rows = s.execute(
                select(CardChangeRow, PersonRow.display_name)
                .outerjoin(PersonRow, PersonRow.id == CardChangeRow.changed_by_id)
                .where(owner, CardChangeRow.id > after_id)
                .order_by(CardChangeRow.id.desc())
                .limit(limit)
            ).all()
            return [_to_change(row, who) for row, who in rows]

    def change(self, change_id: int) -> CardChange | None:
        with self._sessions() as s:
            found = s.execute(
                select(CardChangeRow, PersonRow.display_name)
                .outerjoin(PersonRow, PersonRow.id == CardChangeRow.changed_by_id)
                .where(CardChangeRow.id == change_id)
            ).first()
            return _to_change(*found) if found else None

    def global_script(self, language: str) -> GlobalScript:
        with self._sessions() as s:
            record = self._global_record(s, language)
            last = max(
                (c.id or 0 for c in self.changes(None) if (c.after or c.before or {}).get("language") == language),
                default=0,
            )
        prompts, phrases = script_from(record)
        return GlobalScript(language, prompts, phrases, last or 0)

    @staticmethod
    def _global_record(s: Session, language: str) -> Record:
        prompts = s.scalars(
            select(ObjectionPromptRow)
            .where(ObjectionPromptRow.clinic_id.is_(None), ObjectionPromptRow.language == language)
            .order_by(ObjectionPromptRow.id)
        ).all()
        phrases = s.scalars(
            select(PhraseRow)
            .where(PhraseRow.clinic_id.is_(None), PhraseRow.language == language)
            .order_by(PhraseRow.position, PhraseRow.id)
        ).all()
        found_prompts, found_phrases = script_from(
            {
                "objections": [{"objection": p.objection, "title": p.title, "text": p.text} for p in prompts],
                "phrases": [{"title": p.title, "text": p.text} for p in phrases],
            }
        )
        return script_record(found_prompts, found_phrases)

    # --- writing ---------------------------------------------------------------------------------------

    def apply(
        self,
        change_sets: Sequence[ChangeSet],
        actor_id: int | None,
        at: datetime,
        scripts: Sequence[CardChange] = (),
    ) -> list[int]:
        try:
            with self._sessions.begin() as s:
                writers = [ChangeSetWriter(s, cs, actor_id, at) for cs in change_sets]
                for writer in writers:  # everything read and built before the first write
                    writer.prepare()
                clinic_ids = [writer.write() for writer in writers]
                for change in scripts:  # after the cards: the version it gives them is not taken for a stale read
                    self._save_script(s, change, actor_id, at)
                return clinic_ids
        except StaleDataError as exc:
            raise StaleCardError(None) from exc
        except IntegrityError as exc:  # another console took a number or a key between the check and the save
            raise CardValidationError(
                [FieldError("", "save_conflict", f"another console saved a clashing change: {exc.orig}")]
            ) from exc

    def _save_script(self, s: Session, change: CardChange, actor_id: int | None, at: datetime) -> None:
        """Replace a language's global script if it still is `change.before`; its clinics get a new version."""
        after = change.after or {}
        language = after["language"]
        before = {k: v for k, v in (change.before or {}).items() if k != "language"}
        if self._global_record(s, language) != before:
            raise StaleCardError(None)
        write_script(s, None, language, after)
        add_history(s, [history_row(change, None, None, actor_id, at)])
        s.execute(
            update(ClinicRow)
            .where(ClinicRow.language == language)
            .values(version=ClinicRow.version + 1, updated_at=at)
            .execution_options(synchronize_session=False)
        )
