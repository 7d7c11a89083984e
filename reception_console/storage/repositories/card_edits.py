"""Writing card edits: change sets applied row by row, each change recorded in card_changes.

Rows that calls or questions may refer to are archived, never deleted; adding back a phone number or
a specialist key that was archived brings the old row back. Every save bumps the clinic's version
(the optimistic lock, `ClinicRow.version`), also when only its lines, specialists or scripts changed.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import delete, func, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.attributes import flag_modified
from sqlalchemy.orm.exc import StaleDataError

from ...domain.card_changes import Action, CardChange, ChangeSet, Entity, StaleCardError
from ...domain.card_records import ClinicSummary, EditableCard, GlobalScript, Record, script_from, script_record
from ...domain.card_rules import CardValidationError, FieldError
from ..errors import outage_safe
from ..models import (
    CardChangeRow,
    ClinicRow,
    KnowledgeGapRow,
    KnowledgeRow,
    ObjectionPromptRow,
    PersonRow,
    PhoneLineRow,
    PhraseRow,
    ServiceRow,
    SpecialistRow,
)
from .cards import SqlCardStore

ROWS: dict[Entity, Any] = {
    Entity.PHONE_LINE: PhoneLineRow,
    Entity.SPECIALIST: SpecialistRow,
    Entity.SERVICE: ServiceRow,
    Entity.KNOWLEDGE: KnowledgeRow,
}
POSITIONED: dict[str, Any] = {"specialists": SpecialistRow, "services": ServiceRow, "knowledge": KnowledgeRow}
ENTITY_OF = {"specialists": Entity.SPECIALIST, "services": Entity.SERVICE, "knowledge": Entity.KNOWLEDGE}


def _set_clinic(row: ClinicRow, record: Record) -> None:
    for key in ("key", "name", "language", "timezone", "currency", "address", "directions", "parking"):
        setattr(row, key, record[key])
    row.opening_hours = record["opening_hours"]
    row.receptionist_title = record["receptionist_title"]
    row.greeting_template = record["greeting_template"]
    row.average_check = Decimal(record["average_check"]) if record["average_check"] is not None else None
    owner = record.get("owner") or {}
    row.owner_name, row.owner_phone, row.owner_email = (
        owner.get("name", ""),
        owner.get("phone", ""),
        owner.get("email", ""),
    )


def _change_row(
    change: CardChange, clinic_id: int | None, entity_id: int | None, actor_id: int | None, at: datetime
) -> CardChangeRow:
    return CardChangeRow(
        clinic_id=clinic_id,
        changed_by_id=actor_id,
        changed_at=at,
        entity=change.entity.value,
        entity_id=entity_id,
        action=change.action.value,
        before=change.before,
        after=change.after,
    )


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
    def __init__(self, sessions: sessionmaker[Session]) -> None:
        self._sessions = sessions
        self._cards = SqlCardStore(sessions)

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
                for change in scripts:
                    self._save_script(s, change, actor_id, at)
                return [self._apply(s, cs, actor_id, at) for cs in change_sets]
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
        self._write_script(s, None, language, after)
        s.add(_change_row(change, None, None, actor_id, at))
        s.execute(
            update(ClinicRow)
            .where(ClinicRow.language == language)
            .values(version=ClinicRow.version + 1, updated_at=at)
            .execution_options(synchronize_session=False)
        )

    def _apply(self, s: Session, cs: ChangeSet, actor_id: int | None, at: datetime) -> int:
        changes = list(cs.changes)
        if cs.clinic_id is None:
            first = changes.pop(0)
            assert first.entity is Entity.CLINIC and first.action is Action.CREATE and first.after
            clinic = ClinicRow(updated_at=at)
            _set_clinic(clinic, first.after)
            s.add(clinic)
            s.flush()
            changes.insert(0, first)
        else:
            found = s.get(ClinicRow, cs.clinic_id)
            if found is None or found.version != cs.expected_version:
                raise StaleCardError(cs.clinic_id)
            clinic = found
        applied: list[tuple[CardChange, Any]] = []
        specialist_ids: dict[str, int] | None = None
        for change in changes:
            if change.entity is Entity.SERVICE and specialist_ids is None:
                s.flush()  # specialists first, then one look-up of their ids for all services
                keys = s.execute(
                    select(SpecialistRow.key, SpecialistRow.id).where(SpecialistRow.clinic_id == clinic.id)
                )
                specialist_ids = {key: row_id for key, row_id in keys}
            new_clinic = cs.clinic_id is None
            applied.append((change, self._apply_one(s, clinic, change, at, new_clinic, specialist_ids or {})))
        s.flush()  # one flush gives every new row its id
        created: dict[Entity, list[int]] = {}
        for change, target in applied:
            entity_id = target if target is None or isinstance(target, int) else int(target.id)
            if change.action is Action.CREATE and change.entity in ROWS and entity_id is not None:
                created.setdefault(change.entity, []).append(entity_id)
            s.add(_change_row(change, clinic.id, entity_id, actor_id, at))
        s.flush()
        self._positions(s, cs.order, created)
        if cs.resolve_gaps and created.get(Entity.KNOWLEDGE):
            s.execute(
                update(KnowledgeGapRow)
                .where(KnowledgeGapRow.id.in_(cs.resolve_gaps), KnowledgeGapRow.resolved_at.is_(None))
                .values(resolved_entry_id=created[Entity.KNOWLEDGE][-1], resolved_at=at)
            )
        if cs.clinic_id is not None:
            clinic.updated_at = at
            flag_modified(clinic, "updated_at")  # a new version even when only child rows changed
        s.flush()
        return clinic.id

    def _apply_one(
        self,
        s: Session,
        clinic: ClinicRow,
        change: CardChange,
        at: datetime,
        new_clinic: bool,
        specialist_ids: dict[str, int],
    ) -> Any:
        """Apply one change; returns the row it wrote (its id comes with the next flush), an id, or None."""
        if change.entity is Entity.CLINIC:
            if change.action is Action.UPDATE and change.after:
                old_language = clinic.language
                _set_clinic(clinic, change.after)
                if clinic.language != old_language:
                    for table in (ObjectionPromptRow, PhraseRow):
                        s.execute(update(table).where(table.clinic_id == clinic.id).values(language=clinic.language))
            elif change.action is Action.ARCHIVE:
                clinic.archived_at = at
            elif change.action is Action.RESTORE:
                clinic.archived_at = None
            return clinic.id
        if change.entity is Entity.SCRIPT:
            self._write_script(s, clinic.id, clinic.language, change.after or {"objections": [], "phrases": []})
            return None
        if change.entity is Entity.ORDER:
            return None
        return self._apply_child(s, clinic, change, at, new_clinic, specialist_ids)

    def _apply_child(
        self,
        s: Session,
        clinic: ClinicRow,
        change: CardChange,
        at: datetime,
        new_clinic: bool,
        specialist_ids: dict[str, int],
    ) -> Any:
        table = ROWS[change.entity]
        record = change.after or {}
        if change.action is Action.CREATE:
            row = self._archived_twin(s, clinic, change, new_clinic)
        else:
            row = s.get(table, change.entity_id)
            if row is None or row.clinic_id != clinic.id:
                raise StaleCardError(clinic.id)
            if change.action is Action.ARCHIVE:
                row.archived_at = at
                return row
        if change.entity is Entity.PHONE_LINE:
            self._free_number(s, record["number"], row.id if row is not None else None)
        specialist_id = specialist_ids.get(record["specialist"]) if change.entity is Entity.SERVICE else None
        if row is None:
            row = table()
            s.add(row)
        row.clinic_id = clinic.id
        row.archived_at = None
        if change.entity is Entity.PHONE_LINE:
            row.number, row.label = record["number"], record["label"]
        elif change.entity is Entity.SPECIALIST:
            for key in ("key", "name", "specialty", "age_min_months", "age_max_months", "visit_minutes", "notes"):
                setattr(row, key, record[key])
            row.languages = list(record["languages"])
        elif change.entity is Entity.SERVICE:
            row.specialist_id = specialist_id
            row.name, row.specialty, row.price = record["name"], record["specialty"], Decimal(record["price"])
            row.duration_minutes, row.preparation = record["duration_minutes"], record["preparation"]
        else:
            row.question, row.answer, row.tags = record["question"], record["answer"], list(record["tags"])
        return row

    @staticmethod
    def _archived_twin(s: Session, clinic: ClinicRow, change: CardChange, new_clinic: bool) -> Any:
        """An archived row a new line or specialist takes over: the same number, or the same key here."""
        record = change.after or {}
        if change.entity is Entity.PHONE_LINE:
            return s.scalar(
                select(PhoneLineRow).where(
                    PhoneLineRow.number == record["number"], PhoneLineRow.archived_at.is_not(None)
                )
            )
        if change.entity is Entity.SPECIALIST and not new_clinic:
            return s.scalar(
                select(SpecialistRow).where(SpecialistRow.clinic_id == clinic.id, SpecialistRow.key == record["key"])
            )
        return None

    @staticmethod
    def _free_number(s: Session, number: str, keep_id: int | None) -> None:
        """An archived line holding the number gives it up (no call refers to a line row, only to numbers)."""
        query = delete(PhoneLineRow).where(PhoneLineRow.number == number, PhoneLineRow.archived_at.is_not(None))
        if keep_id is not None:
            query = query.where(PhoneLineRow.id != keep_id)
        s.execute(query)

    @staticmethod
    def _positions(s: Session, order: dict[str, list[int | None]], created: dict[Entity, list[int]]) -> None:
        for attribute, ids in order.items():
            table = POSITIONED[attribute]
            fresh = iter(created.get(ENTITY_OF[attribute], []))
            for position, item_id in enumerate(ids):
                row_id = item_id if item_id is not None else next(fresh, None)
                if row_id is not None:
                    s.execute(update(table).where(table.id == row_id).values(position=position))

    @staticmethod
    def _write_script(s: Session, clinic_id: int | None, language: str, record: Record) -> None:
        owner_prompt = (
            ObjectionPromptRow.clinic_id.is_(None) & (ObjectionPromptRow.language == language)
            if clinic_id is None
            else ObjectionPromptRow.clinic_id == clinic_id
        )
        owner_phrase = (
            PhraseRow.clinic_id.is_(None) & (PhraseRow.language == language)
            if clinic_id is None
            else PhraseRow.clinic_id == clinic_id
        )
        s.execute(delete(ObjectionPromptRow).where(owner_prompt))
        s.execute(delete(PhraseRow).where(owner_phrase))
        for p in record["objections"]:
            s.add(
                ObjectionPromptRow(
                    clinic_id=clinic_id, language=language, objection=p["objection"], title=p["title"], text=p["text"]
                )
            )
        for position, p in enumerate(record["phrases"]):
            s.add(
                PhraseRow(clinic_id=clinic_id, language=language, title=p["title"], text=p["text"], position=position)
            )
