"""Writing one clinic's change set with a number of statements that does not grow with its items.

A card of 20,000 knowledge entries is written in a handful of statements: new rows in batched INSERTs (their
ids come back with their positions, which differ between the new rows of one list), changed and archived rows
in one executemany UPDATE per kind, positions that moved in one more, and the history (one card_changes row per
change: who, when, before, after) in one executemany INSERT. Everything is read and built first (`prepare`),
so the transaction that holds the write lock only sends it (`write`). The time grows with the card, not its
square.
"""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import bindparam, delete, insert, select, update
from sqlalchemy.orm import Session
from sqlalchemy.orm.attributes import flag_modified

from ...domain.audit import AuditAction
from ...domain.card_changes import Action, CardChange, ChangeSet, Entity, StaleCardError
from ...domain.card_records import Record
from ...domain.privacy import DEFAULT_RETENTION_MONTHS
from ..models import (
    AuditEventRow,
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
from .bulk import Converter, DriverStatement, chunks, table_of

ITEMS: dict[Entity, Any] = {
    Entity.SPECIALIST: SpecialistRow,
    Entity.SERVICE: ServiceRow,
    Entity.KNOWLEDGE: KnowledgeRow,
}
POSITIONED: dict[str, Any] = {"specialists": SpecialistRow, "services": ServiceRow, "knowledge": KnowledgeRow}
ENTITY_OF = {"specialists": Entity.SPECIALIST, "services": Entity.SERVICE, "knowledge": Entity.KNOWLEDGE}
HISTORY_COLUMNS = ("clinic_id", "changed_by_id", "changed_at", "entity", "entity_id", "action", "before", "after")


def set_clinic(row: ClinicRow, record: Record) -> None:
    for key in ("key", "name", "language", "timezone", "currency", "address", "directions", "parking"):
        setattr(row, key, record[key])
    row.opening_hours = record["opening_hours"]
    row.receptionist_title = record["receptionist_title"]
    row.greeting_template = record["greeting_template"]
    row.retention_months = record.get("retention_months") or DEFAULT_RETENTION_MONTHS
    row.average_check = Decimal(record["average_check"]) if record["average_check"] is not None else None
    owner = record.get("owner") or {}
    row.owner_name, row.owner_phone, row.owner_email = (
        owner.get("name", ""),
        owner.get("phone", ""),
        owner.get("email", ""),
    )
    row.owner_channel = owner.get("channel", "none")


def history_row(
    change: CardChange, clinic_id: int | None, entity_id: int | None, actor_id: int | None, at: datetime
) -> dict[str, Any]:
    """The card_changes row of one change, as the values of an INSERT."""
    return {
        "clinic_id": clinic_id,
        "changed_by_id": actor_id,
        "changed_at": at,
        "entity": change.entity.value,
        "entity_id": entity_id,
        "action": change.action.value,
        "before": change.before,
        "after": change.after,
    }


def add_history(s: Session, rows: list[dict[str, Any]]) -> None:
    if rows:
        s.execute(insert(table_of(CardChangeRow)), rows)


def write_script(s: Session, clinic_id: int | None, language: str, record: Record) -> None:
    """Replace a clinic's own prompts and phrases (or a language's global ones) by those of `record`."""
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
    # the rows read before are never written again: no need to look for them in the session
    s.execute(delete(ObjectionPromptRow).where(owner_prompt).execution_options(synchronize_session=False))
    s.execute(delete(PhraseRow).where(owner_phrase).execution_options(synchronize_session=False))
    prompts = [
        {
            "clinic_id": clinic_id,
            "language": language,
            "objection": p["objection"],
            "title": p["title"],
            "text": p["text"],
        }
        for p in record["objections"]
    ]
    phrases = [
        {"clinic_id": clinic_id, "language": language, "title": p["title"], "text": p["text"], "position": position}
        for position, p in enumerate(record["phrases"])
    ]
    for table, rows in ((table_of(ObjectionPromptRow), prompts), (table_of(PhraseRow), phrases)):
        if rows:
            s.execute(insert(table), rows)


class ChangeSetWriter:
    """Writes one change set in the session `s` (the caller's transaction) in two steps: `prepare()` reads what
    the changes touch and builds every row to insert or update and every history row, without writing anything
    (on SQLite the write lock is taken by the first write and held until the commit); `write()` then sends them
    and returns the clinic's id."""

    def __init__(self, s: Session, cs: ChangeSet, actor_id: int | None, at: datetime) -> None:
        self._s = s
        self._cs = cs
        self._actor_id = actor_id
        self._at = at
        self._new_clinic = cs.clinic_id is None
        # the k-th item a change set creates in a list takes the k-th empty slot of that list's order
        self._slots = {
            ENTITY_OF[attribute]: [p for p, item_id in enumerate(ids) if item_id is None]
            for attribute, ids in cs.order.items()
            if attribute in ENTITY_OF
        }
        self._created: dict[Entity, int] = {}
        self._targets: list[Any] = [None] * len(cs.changes)  # per change: the row written, an id, or None
        self._inserts: dict[Entity, list[tuple[int, dict[str, Any]]]] = {}  # new rows: (change index, values)
        self._updates: dict[tuple[Entity, tuple[str, ...]], list[dict[str, Any]]] = {}  # by the columns set
        self._later: list[int] = []  # changes of the clinic, its lines and its script: applied by write()
        self._service_specialists: list[tuple[dict[str, Any], str | None]] = []  # a service's values, its key
        self._history: list[dict[str, Any]] = []
        self._moved: dict[str, list[dict[str, int]]] = {}

    def prepare(self) -> None:
        s = self._s
        with s.no_autoflush:
            self._clinic = ClinicRow(updated_at=self._at) if self._new_clinic else self._clinic_row()
            self._lines = self._stored_lines()
            self._owners = self._item_owners()
            self._twins = self._specialist_twins()
            self._moved = self._moved_positions()
            self._convert = {entity: Converter(s, table_of(model)) for entity, model in ITEMS.items()}
            history = Converter(s, table_of(CardChangeRow))
            clinic_id = None if self._new_clinic else self._clinic.id
            for index, change in enumerate(self._cs.changes):
                if change.entity in ITEMS:
                    self._targets[index] = self._item(index, change)
                else:
                    self._later.append(index)
                self._history.append(history(history_row(change, clinic_id, None, self._actor_id, self._at)))

    def write(self) -> int:
        s, changes = self._s, self._cs.changes
        if self._new_clinic:
            first = changes[0]
            assert first.entity is Entity.CLINIC and first.action is Action.CREATE and first.after
            set_clinic(self._clinic, first.after)
            s.add(self._clinic)
            s.flush()
            for pending in self._inserts.values():
                for _, values in pending:
                    values["clinic_id"] = self._clinic.id
        for index in self._later:
            self._targets[index] = self._one(changes[index])
        self._insert(Entity.SPECIALIST)
        if self._service_specialists:  # specialists first, then one look-up of their ids for all services
            keys = select(SpecialistRow.key, SpecialistRow.id).where(SpecialistRow.clinic_id == self._clinic.id)
            specialist_ids = {key: row_id for key, row_id in s.execute(keys)}
            for values, key in self._service_specialists:
                values["specialist_id"] = specialist_ids.get(key or "")
        self._insert(Entity.SERVICE)
        self._insert(Entity.KNOWLEDGE)
        for (entity, columns), rows in self._updates.items():
            DriverStatement(s, table_of(ITEMS[entity]), columns, update_by_id=True).send(s, rows)
        s.flush()
        created_knowledge = self._write_history()
        for attribute, moved in self._moved.items():
            table = table_of(POSITIONED[attribute])
            s.execute(
                update(table).where(table.c.id == bindparam("row_id")).values(position=bindparam("new_position")),
                moved,
            )
        if self._cs.resolve_gaps and created_knowledge:
            s.execute(
                update(KnowledgeGapRow)
                .where(KnowledgeGapRow.id.in_(self._cs.resolve_gaps), KnowledgeGapRow.resolved_at.is_(None))
                .values(resolved_entry_id=created_knowledge[-1], resolved_at=self._at)
                .execution_options(synchronize_session=False)
            )
        if not self._new_clinic:
            self._clinic.updated_at = self._at
            flag_modified(self._clinic, "updated_at")  # a new version even when only child rows changed
        self._write_audit()
        s.flush()
        return self._clinic.id

    def _write_audit(self) -> None:
        """The save in the audit trail: who changed which clinic's card, in the same transaction."""
        actor = None
        if self._actor_id is not None:
            actor = self._s.scalar(select(PersonRow.login).where(PersonRow.id == self._actor_id))
        self._s.execute(
            insert(AuditEventRow).values(
                at=self._at,
                actor_id=self._actor_id,
                actor=actor or "command line",
                action=AuditAction.CHANGED_CARD.value,
                clinic_id=self._clinic.id,
                subject=self._clinic.key,
                details=f"{len(self._cs.changes)} change(s)",
            )
        )

    # --- reading what the changes touch, once -------------------------------------------------------------

    def _clinic_row(self) -> ClinicRow:
        found = self._s.get(ClinicRow, self._cs.clinic_id)
        if found is None or found.version != self._cs.expected_version:
            raise StaleCardError(self._cs.clinic_id)
        return found

    def _ids(self, entity: Entity) -> list[int]:
        return [
            c.entity_id
            for c in self._cs.changes
            if c.entity is entity and c.action is not Action.CREATE and c.entity_id is not None
        ]

    def _stored_lines(self) -> dict[int, PhoneLineRow]:
        """The phone lines the changes update, archive or restore."""
        rows: dict[int, PhoneLineRow] = {}
        for chunk in chunks(self._ids(Entity.PHONE_LINE)):
            rows.update((r.id, r) for r in self._s.scalars(select(PhoneLineRow).where(PhoneLineRow.id.in_(chunk))))
        return rows

    def _item_owners(self) -> dict[Entity, dict[int, int]]:
        """The clinic of each stored item the changes update, archive or restore, read in chunks."""
        owners: dict[Entity, dict[int, int]] = {}
        for entity, model in ITEMS.items():
            found = owners.setdefault(entity, {})
            for chunk in chunks(self._ids(entity)):
                query = select(model.id, model.clinic_id).where(model.id.in_(chunk))
                found.update((row_id, clinic_id) for row_id, clinic_id in self._s.execute(query))
        return owners

    def _specialist_twins(self) -> dict[str, int]:
        """Rows a new specialist takes over: one of this clinic with the same key (archived)."""
        keys = [
            (c.after or {})["key"]
            for c in self._cs.changes
            if c.entity is Entity.SPECIALIST and c.action is Action.CREATE
        ]
        twins: dict[str, int] = {}
        if self._new_clinic:
            return twins
        for chunk in chunks(keys):
            query = select(SpecialistRow.key, SpecialistRow.id).where(
                SpecialistRow.clinic_id == self._clinic.id, SpecialistRow.key.in_(chunk)
            )
            twins.update((key, row_id) for key, row_id in self._s.execute(query))
        return twins

    def _moved_positions(self) -> dict[str, list[dict[str, int]]]:
        """Stored items whose position changes (a new one is inserted at its place), per list."""
        moved: dict[str, list[dict[str, int]]] = {}
        if self._new_clinic:
            return moved
        for attribute, ids in self._cs.order.items():
            wanted = {item_id: p for p, item_id in enumerate(ids) if item_id is not None}
            if not wanted:
                continue
            model = POSITIONED[attribute]
            query = select(model.id, model.position).where(model.clinic_id == self._clinic.id)
            now = {row_id: position for row_id, position in self._s.execute(query)}
            changed = [{"row_id": i, "new_position": p} for i, p in wanted.items() if now.get(i) != p]
            if changed:
                moved[attribute] = changed
        return moved

    # --- the items: specialists, services, knowledge entries -----------------------------------------------

    def _item(self, index: int, change: CardChange) -> int | None:
        """Build the row a change inserts or the update it makes; returns the row's id when it is known."""
        entity, record = change.entity, change.after or {}
        if change.action is Action.CREATE:
            position = self._position(entity)
            twin = self._twins.get(record["key"]) if entity is Entity.SPECIALIST else None
            if twin is None:
                values = {**self._values(entity, record), "clinic_id": self._clinic.id, "position": position}
                self._inserts.setdefault(entity, []).append((index, values))
                self._for_specialist(entity, values, record)
                return None
            row_id, values = twin, {**self._values(entity, record), "position": position, "archived_at": None}
        else:
            row_id = change.entity_id or 0
            if self._owners[entity].get(row_id) != self._clinic.id:
                raise StaleCardError(self._clinic.id)
            if change.action is Action.ARCHIVE:
                values = {"archived_at": self._at}
            else:
                values = {**self._values(entity, record), "archived_at": None}
        converted = {**self._convert[entity](values), "row_id": row_id}
        self._updates.setdefault((entity, tuple(values)), []).append(converted)
        self._for_specialist(entity, converted, record)
        return row_id

    def _for_specialist(self, entity: Entity, values: dict[str, Any], record: Record) -> None:
        if entity is Entity.SERVICE and "name" in values:  # a service's specialist: its id once they are written
            self._service_specialists.append((values, record["specialist"]))

    def _position(self, entity: Entity) -> int:
        k = self._created.get(entity, 0)
        self._created[entity] = k + 1
        slots = self._slots.get(entity, [])
        return slots[k] if k < len(slots) else len(slots) + k  # past the list: still one position per new row

    @staticmethod
    def _values(entity: Entity, record: Record) -> dict[str, Any]:
        if entity is Entity.SPECIALIST:
            keys = ("key", "name", "specialty", "age_min_months", "age_max_months", "visit_minutes", "notes")
            recipient = {"email": record.get("email", ""), "mobile": record.get("mobile", "")}
            channel = record.get("channel", "none")
            languages = list(record["languages"])
            return {**{k: record[k] for k in keys}, "languages": languages, **recipient, "channel": channel}
        if entity is Entity.SERVICE:
            return {
                "specialist_id": None,  # set once the specialists are written
                "name": record["name"],
                "specialty": record["specialty"],
                "price": Decimal(record["price"]),
                "duration_minutes": record["duration_minutes"],
                "preparation": record["preparation"],
            }
        return {"question": record["question"], "answer": record["answer"], "tags": list(record["tags"])}

    def _insert(self, entity: Entity) -> None:
        """The new rows of one list in batched INSERTs; each id comes back with the row's (unique) position."""
        pending = self._inserts.pop(entity, [])
        if not pending:
            return
        self._s.flush()
        table = table_of(ITEMS[entity])
        returned = self._s.execute(
            insert(table).returning(table.c.id, table.c.position), [values for _, values in pending]
        )
        ids = {position: row_id for row_id, position in returned}
        for index, values in pending:
            self._targets[index] = ids[values["position"]]

    # --- the clinic, its lines and its script -------------------------------------------------------------

    def _one(self, change: CardChange) -> Any:
        """Apply one change; returns the row it wrote (its id comes with the next flush), an id, or None."""
        clinic = self._clinic
        if change.entity is Entity.CLINIC:
            if change.action is Action.UPDATE and change.after:
                old_language = clinic.language
                set_clinic(clinic, change.after)
                if clinic.language != old_language:
                    for table in (ObjectionPromptRow, PhraseRow):
                        self._s.execute(
                            update(table)
                            .where(table.clinic_id == clinic.id)
                            .values(language=clinic.language)
                            .execution_options(synchronize_session=False)
                        )
            elif change.action is Action.ARCHIVE:
                clinic.archived_at = self._at
            elif change.action is Action.RESTORE:
                clinic.archived_at = None
            return clinic.id
        if change.entity is Entity.SCRIPT:
            write_script(self._s, clinic.id, clinic.language, change.after or {"objections": [], "phrases": []})
            return None
        if change.entity is Entity.ORDER:
            return None
        return self._line(change)

    def _line(self, change: CardChange) -> PhoneLineRow:
        s, record = self._s, change.after or {}
        if change.action is Action.CREATE:  # an archived row with the same number is taken over
            row = s.scalar(
                select(PhoneLineRow).where(
                    PhoneLineRow.number == record["number"], PhoneLineRow.archived_at.is_not(None)
                )
            )
        else:
            row = self._lines.get(change.entity_id or 0)
            if row is None or row.clinic_id != self._clinic.id:
                raise StaleCardError(self._clinic.id)
            if change.action is Action.ARCHIVE:
                row.archived_at = self._at
                return row
        # an archived line holding the number gives it up (no call refers to a line row, only to numbers)
        query = delete(PhoneLineRow).where(
            PhoneLineRow.number == record["number"], PhoneLineRow.archived_at.is_not(None)
        )
        if row is not None:
            query = query.where(PhoneLineRow.id != row.id)
        s.execute(query.execution_options(synchronize_session="fetch"))
        if row is None:
            row = PhoneLineRow()
            s.add(row)
        row.clinic_id = self._clinic.id
        row.archived_at = None
        row.number, row.label = record["number"], record["label"]
        return row

    # --- history ------------------------------------------------------------------------------------------

    def _write_history(self) -> list[int]:
        """One card_changes row per change; returns the ids of the knowledge entries created, in order."""
        created_knowledge = []
        for change, target, row in zip(self._cs.changes, self._targets, self._history, strict=True):
            entity_id = target if target is None or isinstance(target, int) else int(target.id)
            if change.action is Action.CREATE and change.entity is Entity.KNOWLEDGE and entity_id is not None:
                created_knowledge.append(entity_id)
            row["clinic_id"], row["entity_id"] = self._clinic.id, entity_id  # whole numbers: nothing to convert
        DriverStatement(self._s, table_of(CardChangeRow), HISTORY_COLUMNS).send(self._s, self._history)
        return created_knowledge
