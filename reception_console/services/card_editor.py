"""Editing clinic cards and scripts: validation, optimistic locking, history and revert.

A save names the card as the editor read it (`base`) and as the supervisor left it (`mine`). When the
card was saved by someone else in between, the save is refused with a `CardConflict` that holds what
changed meanwhile and can reapply my edits on top (`merged`); nothing is ever silently overwritten.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import datetime

from ..domain.calls import utcnow
from ..domain.card_changes import (
    Action,
    CardChange,
    ChangeConflict,
    ChangeSet,
    Entity,
    StaleCardError,
    diff,
    merge,
    order_of,
    patch_script,
    revert,
)
from ..domain.card_keys import assign_keys, slugify, unique_key
from ..domain.card_records import (
    ClinicSummary,
    EditableCard,
    GlobalScript,
    clinic_record,
    script_from,
    script_record,
)
from ..domain.card_rules import CardValidationError, FieldError
from ..domain.clinic import ClinicCard
from ..domain.permissions import Actor, Permission
from .card_checks import check_card, check_script
from .permissions import require
from .ports import CardEditStore

# what a new clinic starts with, by the language of its card
NEW_CLINIC = {
    "pl": ("Europe/Warsaw", "PLN", "{time_of_day}, {clinic}, {receptionist}, {role}, w czym mogę pomóc?"),
    "ru": ("Europe/Moscow", "RUB", "{time_of_day}, {clinic}, {role}, {receptionist}, чем могу помочь?"),
    "en": ("Europe/London", "GBP", "{time_of_day}, {clinic}, {receptionist} speaking, how can I help?"),
}


@dataclass
class CardConflict(Exception):
    """The card changed since `base` was read. `theirs` is the card now; `meanwhile` who changed what."""

    base: EditableCard
    mine: EditableCard
    theirs: EditableCard
    meanwhile: list[CardChange] = field(default_factory=list)

    def __str__(self) -> str:
        return f"{self.theirs.card.name} was changed by someone else meanwhile"

    def merged(self) -> EditableCard:
        """My edits reapplied on top of their card: a draft to check and save against `theirs`."""
        return merge(self.base, self.mine, self.theirs)


@dataclass
class ScriptConflict(Exception):
    theirs: GlobalScript

    def __str__(self) -> str:
        return f"the {self.theirs.language} script was changed by someone else meanwhile"


class RevertError(ValueError):
    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code


def _content(editable: EditableCard) -> EditableCard:
    return replace(editable, card=replace(editable.card, version=0), last_change_id=0)


class CardEditor:
    def __init__(self, store: CardEditStore, *, clock: Callable[[], datetime] = utcnow) -> None:
        self._store = store
        self._clock = clock

    # --- reading ---------------------------------------------------------------------------------------

    def clinics(self, actor: Actor | None, *, include_archived: bool = False) -> list[ClinicSummary]:
        require(actor, Permission.EDIT_CARDS)
        return self._store.clinic_list(include_archived)

    def load(self, actor: Actor | None, clinic_id: int) -> EditableCard:
        require(actor, Permission.EDIT_CARDS)
        editable = self._store.editable(clinic_id)
        if editable is None:
            raise KeyError(clinic_id)
        return editable

    def history(self, actor: Actor | None, clinic_id: int | None) -> list[CardChange]:
        require(actor, Permission.EDIT_CARDS)
        return self._store.changes(clinic_id)

    def blank(self, language: str = "pl") -> EditableCard:
        timezone, currency, greeting = NEW_CLINIC.get(language, NEW_CLINIC["en"])
        return EditableCard(
            ClinicCard(
                key="",
                name="",
                language=language,
                timezone=timezone,
                currency=currency,
                address="",
                opening_hours="",
                greeting_template=greeting,
                id=None,
                version=0,
            )
        )

    # --- checking --------------------------------------------------------------------------------------

    def check(self, editable: EditableCard) -> list[FieldError]:
        """Every problem of the card, including those only the database knows (a line of another clinic)."""
        errors = check_card(editable)
        owner = self._store.clinic_id_by_key(editable.card.key) if editable.card.key else None
        if owner is not None and owner != editable.id:
            errors.append(FieldError("key", "key_taken", f"{editable.card.key!r} is the key of another clinic"))
        owners = self._store.line_owners([line.number for line in editable.card.phone_lines])
        for i, line in enumerate(editable.card.phone_lines):
            found = owners.get(line.number)
            if found is not None and found[0] != editable.id:
                errors.append(
                    FieldError(
                        f"phone_lines[{i}].number",
                        "line_taken",
                        f"{line.number} is already a line of {found[1]}",
                        found[1],
                    )
                )
        return errors

    def prepared(self, editable: EditableCard) -> EditableCard:
        """Keys for what is new: the clinic's from its name, new specialists' from theirs."""
        if not editable.card.key.strip() and editable.card.name.strip():
            taken = {c.key for c in self._store.clinic_list(include_archived=True)}
            editable = editable.with_card(key=unique_key(slugify(editable.card.name, "clinic"), taken))
        taken_keys = self._store.specialist_keys(editable.id) if editable.id is not None else set()
        return assign_keys(editable, taken_keys)

    def _valid(self, editable: EditableCard) -> EditableCard:
        editable = self.prepared(editable)
        errors = self.check(editable)
        if errors:
            raise CardValidationError(errors)
        return editable

    # --- writing ---------------------------------------------------------------------------------------

    def create(self, actor: Actor | None, editable: EditableCard) -> EditableCard:
        require(actor, Permission.EDIT_CARDS)
        editable = self._valid(replace(editable, card=replace(editable.card, id=None)))
        change_set = ChangeSet(None, None, tuple(diff(None, editable)), order_of(editable))
        (clinic_id,) = self._store.apply([change_set], actor.id if actor else None, self._clock())
        return self.load(actor, clinic_id)

    def save(
        self,
        actor: Actor | None,
        base: EditableCard,
        mine: EditableCard,
        *,
        resolve_gaps: tuple[int, ...] = (),
    ) -> EditableCard:
        """Save `mine`, edited from `base`. Raises CardValidationError, or CardConflict when the card
        was saved by someone else since `base` was read (a change that left the card as it was, such
        as a global script edit, is no conflict)."""
        require(actor, Permission.EDIT_CARDS)
        if base.id is None:
            raise ValueError("a new clinic is saved with create()")
        mine = self._valid(replace(mine, card=replace(mine.card, id=base.id)))
        current = self.load(actor, base.id)
        if current.version != base.version and _content(current) != _content(base):
            raise CardConflict(base, mine, current, self._store.changes(base.id, after_id=base.last_change_id))
        changes = diff(current, mine)
        if not changes:
            return current
        change_set = ChangeSet(base.id, current.version, tuple(changes), order_of(mine), resolve_gaps)
        try:
            self._store.apply([change_set], actor.id if actor else None, self._clock())
        except StaleCardError:
            theirs = self.load(actor, base.id)
            raise CardConflict(base, mine, theirs, self._store.changes(base.id, after_id=base.last_change_id)) from None
        return self.load(actor, base.id)

    def set_archived(self, actor: Actor | None, base: EditableCard, archived: bool) -> EditableCard:
        """Archive a clinic (its calls keep pointing at it; it leaves the lists) or bring it back."""
        require(actor, Permission.EDIT_CARDS)
        assert base.id is not None
        if archived == base.archived:
            return base
        record = clinic_record(base.card)
        change = (
            CardChange(Entity.CLINIC, Action.ARCHIVE, base.id, record, None)
            if archived
            else CardChange(Entity.CLINIC, Action.RESTORE, base.id, None, record)
        )
        try:
            self._store.apply(
                [ChangeSet(base.id, base.version, (change,), {})], actor.id if actor else None, self._clock()
            )
        except StaleCardError:
            theirs = self.load(actor, base.id)
            raise CardConflict(base, base, theirs, self._store.changes(base.id, after_id=base.last_change_id)) from None
        return self.load(actor, base.id)

    def revert(self, actor: Actor | None, change_id: int) -> EditableCard | GlobalScript:
        """Undo one recorded change (only the fields it changed), itself recorded as a new change."""
        require(actor, Permission.EDIT_CARDS)
        change = self._store.change(change_id)
        if change is None:
            raise KeyError(change_id)
        if change.clinic_id is None:
            return self._revert_script(actor, change)
        current = self.load(actor, change.clinic_id)
        if change.entity is Entity.CLINIC and change.action is not Action.UPDATE:
            return self.set_archived(actor, current, change.action is not Action.ARCHIVE)
        try:
            target = revert(current, change)
        except ChangeConflict as error:
            raise RevertError(error.code, str(error)) from error
        return self.save(actor, current, target)

    # --- global scripts --------------------------------------------------------------------------------

    def global_script(self, actor: Actor | None, language: str) -> GlobalScript:
        require(actor, Permission.EDIT_CARDS)
        return self._store.global_script(language)

    def save_global_script(self, actor: Actor | None, base: GlobalScript, mine: GlobalScript) -> GlobalScript:
        require(actor, Permission.EDIT_CARDS)
        errors = check_script(mine.language, mine.prompts, mine.phrases)
        if errors:
            raise CardValidationError(errors)
        before = {"language": base.language, **script_record(base.prompts, base.phrases)}
        after = {"language": mine.language, **script_record(mine.prompts, mine.phrases)}
        if before == after:
            return base
        try:
            self._store.apply(
                [],
                actor.id if actor else None,
                self._clock(),
                scripts=[CardChange(Entity.SCRIPT, Action.UPDATE, None, before, after)],
            )
        except StaleCardError:
            raise ScriptConflict(self._store.global_script(base.language)) from None
        return self._store.global_script(mine.language)

    def _revert_script(self, actor: Actor | None, change: CardChange) -> GlobalScript:
        language = (change.after or change.before or {})["language"]
        current = self._store.global_script(language)
        record = patch_script(script_record(current.prompts, current.phrases), change.after, change.before)
        prompts, phrases = script_from(record)
        return self.save_global_script(actor, current, replace(current, prompts=prompts, phrases=phrases))
