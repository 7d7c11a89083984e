"""Changes to a clinic card: what a save changes, what history keeps, how a change is undone or reapplied.

A change names one entity (the clinic's own fields, one phone line, specialist, service or knowledge
entry, the clinic's script, or the order of its lists) with its record before and after. The same
change list drives saving, the history view, "revert this change" (apply its inverse) and merging an
edit onto a card someone else saved meanwhile (apply my changes onto theirs). Applying is field by
field: a change touches only the fields it changed, so an edit of the price keeps someone else's new
preparation text.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import datetime
from enum import StrEnum
from typing import Any

from .card_records import (
    EditableCard,
    Record,
    clinic_fields,
    clinic_record,
    knowledge_from,
    knowledge_record,
    line_from,
    line_record,
    script_from,
    script_record,
    service_from,
    service_record,
    specialist_from,
    specialist_record,
)


class Entity(StrEnum):
    CLINIC = "clinic"
    PHONE_LINE = "phone_line"
    SPECIALIST = "specialist"
    SERVICE = "service"
    KNOWLEDGE = "knowledge"
    SCRIPT = "script"  # the clinic's own prompts and phrases (or a language's global ones)
    ORDER = "order"  # the order of specialists, services and knowledge entries


class Action(StrEnum):
    CREATE = "create"
    UPDATE = "update"
    ARCHIVE = "archive"
    RESTORE = "restore"


@dataclass(frozen=True, slots=True)
class CardChange:
    entity: Entity
    action: Action
    entity_id: int | None = None
    before: Record | None = None
    after: Record | None = None
    # set once the change is recorded
    id: int | None = None
    clinic_id: int | None = None
    changed_by_id: int | None = None
    changed_by: str = ""
    changed_at: datetime | None = None

    def changed_fields(self) -> list[str]:
        before, after = self.before or {}, self.after or {}
        return [k for k in dict.fromkeys([*before, *after]) if before.get(k) != after.get(k)]

    def inverse(self) -> CardChange:
        action = {
            Action.CREATE: Action.ARCHIVE,
            Action.ARCHIVE: Action.RESTORE,
            Action.RESTORE: Action.ARCHIVE,
            Action.UPDATE: Action.UPDATE,
        }[self.action]
        return CardChange(self.entity, action, self.entity_id, self.after, self.before, clinic_id=self.clinic_id)


@dataclass(frozen=True, slots=True)
class ChangeSet:
    """What one save writes for one clinic, in one transaction with the others of the same save."""

    clinic_id: int | None  # None: a new clinic, created by the first change
    expected_version: int | None  # the version the changes were made against
    changes: tuple[CardChange, ...]
    order: dict[str, list[int | None]]  # see order_of
    resolve_gaps: tuple[int, ...] = ()  # questions answered by the knowledge entry this save creates


class StaleCardError(RuntimeError):
    """The card was saved by someone else since it was read: nothing was written."""

    def __init__(self, clinic_id: int | None) -> None:
        super().__init__(f"clinic {clinic_id} was changed meanwhile")
        self.clinic_id = clinic_id


class ChangeConflict(ValueError):
    """A change cannot be applied to the card as it is now: `code` says why."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code


@dataclass(frozen=True, slots=True)
class _Kind:
    attribute: str
    to_record: Callable[[Any], Record]
    from_record: Callable[[Record, int | None], Any]


CHILDREN: dict[Entity, _Kind] = {
    Entity.PHONE_LINE: _Kind("phone_lines", line_record, line_from),
    Entity.SPECIALIST: _Kind("specialists", specialist_record, specialist_from),
    Entity.SERVICE: _Kind("services", service_record, service_from),
    Entity.KNOWLEDGE: _Kind("knowledge", knowledge_record, knowledge_from),
}
ORDERED = (Entity.SPECIALIST, Entity.SERVICE, Entity.KNOWLEDGE)  # phone lines keep the order they were added


def _items(editable: EditableCard, entity: Entity) -> tuple[Any, ...]:
    return tuple(getattr(editable.card, CHILDREN[entity].attribute))


def _with_items(editable: EditableCard, entity: Entity, items: Sequence[Any]) -> EditableCard:
    return editable.with_card(**{CHILDREN[entity].attribute: tuple(items)})


def _script(editable: EditableCard) -> Record:
    return script_record(editable.prompts, editable.phrases)


def order_of(editable: EditableCard) -> dict[str, list[int | None]]:
    """Item ids of each ordered list, None for items not stored yet (in the order they are created)."""
    return {CHILDREN[e].attribute: [item.id for item in _items(editable, e)] for e in ORDERED}


def diff(before: EditableCard | None, after: EditableCard) -> list[CardChange]:
    """The changes that turn `before` into `after` (None: a new clinic), in the order to apply them."""
    changes: list[CardChange] = []
    if before is None:
        changes.append(CardChange(Entity.CLINIC, Action.CREATE, after=clinic_record(after.card)))
    elif clinic_record(before.card) != clinic_record(after.card):
        changes.append(
            CardChange(Entity.CLINIC, Action.UPDATE, before.id, clinic_record(before.card), clinic_record(after.card))
        )
    for entity, kind in CHILDREN.items():
        old = {item.id: item for item in _items(before, entity)} if before else {}
        new_ids = {item.id for item in _items(after, entity) if item.id is not None}
        changes += [
            CardChange(entity, Action.ARCHIVE, item_id, kind.to_record(item), None)
            for item_id, item in old.items()
            if item_id not in new_ids
        ]
        for item in _items(after, entity):
            record = kind.to_record(item)
            if item.id is None:
                changes.append(CardChange(entity, Action.CREATE, None, None, record))
            elif item.id not in old:
                changes.append(CardChange(entity, Action.RESTORE, item.id, None, record))
            elif kind.to_record(old[item.id]) != record:
                changes.append(CardChange(entity, Action.UPDATE, item.id, kind.to_record(old[item.id]), record))
    empty = script_record((), ())
    old_script = _script(before) if before else empty
    if old_script != _script(after):
        action = Action.UPDATE if before else Action.CREATE
        changes.append(CardChange(Entity.SCRIPT, action, None, old_script if before else None, _script(after)))
    if before is not None:
        moved = _moved(before, after)
        if moved:
            changes.append(CardChange(Entity.ORDER, Action.UPDATE, None, moved[0], moved[1]))
    return changes


def _moved(before: EditableCard, after: EditableCard) -> tuple[Record, Record] | None:
    """The relative order of the items both cards hold, where it differs."""
    old: Record = {}
    new: Record = {}
    for entity in ORDERED:
        both = {i.id for i in _items(before, entity)} & {i.id for i in _items(after, entity)}
        was = [i.id for i in _items(before, entity) if i.id in both]
        now = [i.id for i in _items(after, entity) if i.id in both]
        if was != now:
            old[CHILDREN[entity].attribute] = was
            new[CHILDREN[entity].attribute] = now
    return (old, new) if new else None


def _patch(current: Record, before: Record, after: Record) -> Record:
    """`current` with the fields that changed from `before` to `after` set to their `after` values."""
    patched = dict(current)
    for key in dict.fromkeys([*before, *after]):
        if before.get(key) != after.get(key):
            patched[key] = after.get(key)
    return patched


def patch_script(current: Record, before: Record | None, after: Record | None) -> Record:
    """A script record with the prompts (by objection) and phrases that changed from `before` to `after`."""
    was = {p["objection"]: p for p in (before or {}).get("objections", [])}
    now = {p["objection"]: p for p in (after or {}).get("objections", [])}
    prompts = {p["objection"]: p for p in current["objections"]}
    for objection in dict.fromkeys([*was, *now]):
        if was.get(objection) != now.get(objection):
            if objection in now:
                prompts[objection] = now[objection]
            else:
                prompts.pop(objection, None)
    phrases = current["phrases"]
    if (before or {}).get("phrases", []) != (after or {}).get("phrases", []):
        phrases = (after or {}).get("phrases", [])
    return {"objections": list(prompts.values()), "phrases": phrases}


def _patch_script(editable: EditableCard, before: Record | None, after: Record | None) -> EditableCard:
    prompts, phrases = script_from(patch_script(_script(editable), before, after), editable.id)
    return replace(editable, prompts=prompts, phrases=phrases)


def _reorder(editable: EditableCard, order: Record) -> EditableCard:
    for entity in ORDERED:
        wanted = order.get(CHILDREN[entity].attribute)
        if wanted is None:
            continue
        rank = {item_id: i for i, item_id in enumerate(wanted)}
        items = _items(editable, entity)
        listed = sorted((i for i in items if i.id in rank), key=lambda i: rank[i.id])
        slots = iter(listed)
        # listed items take the listed order in the places listed items held; the others stay put
        editable = _with_items(editable, entity, [next(slots) if i.id in rank else i for i in items])
    return editable


def apply_change(editable: EditableCard, change: CardChange, *, strict: bool) -> EditableCard:
    """Apply one change field by field. `strict` (a revert) refuses a change whose item is gone or back;
    otherwise (a merge) an item edited here but archived there comes back with the edit."""
    if change.entity is Entity.CLINIC:
        if change.action is not Action.UPDATE:
            raise ChangeConflict("clinic_lifecycle", "a clinic is archived or restored as a whole")
        record = _patch(clinic_record(editable.card), change.before or {}, change.after or {})
        return editable.with_card(**clinic_fields(record))
    if change.entity is Entity.SCRIPT:
        return _patch_script(editable, change.before, change.after)
    if change.entity is Entity.ORDER:
        return _reorder(editable, change.after or {})
    kind = CHILDREN[change.entity]
    items = list(_items(editable, change.entity))
    at = next((i for i, item in enumerate(items) if change.entity_id is not None and item.id == change.entity_id), None)
    if change.action is Action.UPDATE:
        if at is None:
            if strict:
                raise ChangeConflict("gone", "the item was removed from the card since")
            items.append(kind.from_record(change.after or {}, change.entity_id))
        else:
            record = _patch(kind.to_record(items[at]), change.before or {}, change.after or {})
            items[at] = kind.from_record(record, change.entity_id)
    elif change.action is Action.ARCHIVE:
        if at is None and strict:
            raise ChangeConflict("gone", "the item was removed from the card since")
        if at is not None:
            del items[at]
    elif at is not None:  # CREATE or RESTORE of an item the card already holds
        if strict:
            raise ChangeConflict("present", "the item is on the card already")
    else:
        item_id = change.entity_id if change.action is Action.RESTORE else None
        items.append(kind.from_record(change.after or {}, item_id))
    return _with_items(editable, change.entity, items)


def merge(base: EditableCard, mine: EditableCard, theirs: EditableCard) -> EditableCard:
    """My edits (base → mine) reapplied on top of the card as someone else saved it (theirs)."""
    merged = theirs
    for change in diff(base, mine):
        merged = apply_change(merged, change, strict=False)
    return merged


def revert(current: EditableCard, change: CardChange) -> EditableCard:
    """The card with one recorded change undone (only the fields it changed)."""
    return apply_change(current, change.inverse(), strict=True)


def describe(change: CardChange) -> str:
    """A short name for what changed: the line's number, the specialist's name, the question…"""
    record: dict[str, Any] = change.after or change.before or {}
    for key in ("name", "number", "question", "title"):
        if isinstance(record.get(key), str) and record[key]:
            return str(record[key])
    return ""
