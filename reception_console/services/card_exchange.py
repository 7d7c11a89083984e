"""Card import and export in the interchange format (docs/card-format.md).

Import checks the whole file first — its shape, every card's rules, and what only the database knows
(a number that is another clinic's line) — and then applies everything in one transaction, or
nothing. Clinics are matched by key (updated) or created; within a clinic, lines are matched by number,
specialists by key, services by name and specialist, knowledge entries by question; what the file no
longer lists is archived. Export is canonical: exporting what an import wrote gives the same bytes.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime
from typing import Any

from ..domain.calls import utcnow
from ..domain.card_changes import Action, CardChange, ChangeSet, Entity, StaleCardError, diff, order_of
from ..domain.card_records import EditableCard, GlobalScript, script_record
from ..domain.card_rules import LANGUAGES, CardValidationError
from ..domain.permissions import Actor, Permission
from .card_files import CardFile, CardFileError, parse_card_text, write_cards
from .permissions import require
from .ports import CardEditStore


@dataclass
class ImportPlan:
    """What an import changes (or, for a dry run, would change)."""

    created: list[str] = field(default_factory=list)  # clinic keys
    updated: dict[str, int] = field(default_factory=dict)  # clinic key → number of changes
    unchanged: list[str] = field(default_factory=list)
    scripts: list[str] = field(default_factory=list)  # languages whose global script changes
    change_sets: list[ChangeSet] = field(default_factory=list, repr=False)
    script_changes: list[CardChange] = field(default_factory=list, repr=False)

    @property
    def empty(self) -> bool:
        return not (self.created or self.updated or self.scripts)

    def summary(self) -> str:
        parts = [
            f"{len(self.created)} new clinic(s)" + (f" ({', '.join(self.created)})" if self.created else ""),
            f"{len(self.updated)} updated"
            + (f" ({', '.join(f'{k}: {n} change(s)' for k, n in self.updated.items())})" if self.updated else ""),
            f"{len(self.unchanged)} unchanged",
        ]
        if self.scripts:
            parts.append(f"global scripts updated: {', '.join(self.scripts)}")
        return "; ".join(parts)


def _match(current: tuple[Any, ...], incoming: tuple[Any, ...], key: Callable[[Any], Any]) -> list[Any]:
    """The incoming items, each taking the id of the first unused current item with the same key."""
    free: dict[Any, list[int | None]] = {}
    for item in current:
        free.setdefault(key(item), []).append(item.id)
    return [replace(item, id=(free.get(key(item)) or [None]).pop(0)) for item in incoming]


def matched(current: EditableCard, incoming: EditableCard) -> EditableCard:
    """The incoming card as an edit of the stored one: same ids for the same line, specialist…"""
    card, now = incoming.card, current.card
    return replace(
        incoming,
        card=replace(
            card,
            id=now.id,
            version=now.version,
            phone_lines=tuple(_match(now.phone_lines, card.phone_lines, lambda x: x.number)),
            specialists=tuple(_match(now.specialists, card.specialists, lambda x: x.key)),
            services=tuple(_match(now.services, card.services, lambda x: (x.name, x.specialist_key))),
            knowledge=tuple(_match(now.knowledge, card.knowledge, lambda x: x.question)),
        ),
        last_change_id=current.last_change_id,
    )


class CardExchange:
    def __init__(self, store: CardEditStore, *, clock: Callable[[], datetime] = utcnow) -> None:
        self._store = store
        self._clock = clock

    def export(self, actor: Actor | None, clinic_key: str | None = None) -> str:
        """Every clinic that is not archived and the global scripts; or one clinic's card alone."""
        require(actor, Permission.EDIT_CARDS)
        clinics = self._store.clinic_list()
        if clinic_key is not None:
            clinics = [c for c in clinics if c.key == clinic_key]
            if not clinics:
                raise KeyError(clinic_key)
        cards = [e for e in (self._store.editable(c.id) for c in clinics) if e is not None]
        scripts: list[GlobalScript] = []
        if clinic_key is None:
            scripts = [s for s in (self._store.global_script(lang) for lang in LANGUAGES) if s.prompts or s.phrases]
        return write_cards(cards, scripts)

    def plan(self, actor: Actor | None, text: str, name: str = "file") -> ImportPlan:
        """Check a card file against the database; raises CardFileError with every problem found."""
        require(actor, Permission.EDIT_CARDS)
        parsed = parse_card_text(text, name)
        problems = ["people: people are not imported with cards; an admin adds them"] if parsed.people else []
        plan = ImportPlan()
        incoming = [parsed.editable(card) for card in parsed.clinics]
        problems += self._line_problems(incoming)
        if problems:
            raise CardFileError(problems)
        losing_lines: list[ChangeSet] = []
        others: list[ChangeSet] = []
        for editable in incoming:
            key = editable.card.key
            clinic_id = self._store.clinic_id_by_key(key)
            if clinic_id is None:
                plan.created.append(key)
                others.append(ChangeSet(None, None, tuple(diff(None, editable)), order_of(editable)))
                continue
            current = self._store.editable(clinic_id)
            assert current is not None
            target = matched(current, editable)
            changes = diff(current, target)
            if current.archived:
                changes.insert(0, CardChange(Entity.CLINIC, Action.RESTORE, clinic_id, None, None))
            if not changes:
                plan.unchanged.append(key)
                continue
            plan.updated[key] = len(changes)
            change_set = ChangeSet(clinic_id, current.version, tuple(changes), order_of(target))
            loses = any(c.entity is Entity.PHONE_LINE and c.action is Action.ARCHIVE for c in changes)
            (losing_lines if loses else others).append(change_set)
        plan.change_sets = losing_lines + others  # numbers moving between clinics are freed before taken
        plan.script_changes = self._script_changes(parsed, plan)
        return plan

    def _line_problems(self, incoming: Sequence[EditableCard]) -> list[str]:
        in_file = {e.card.key: {line.number for line in e.card.phone_lines} for e in incoming}
        numbers = [line.number for e in incoming for line in e.card.phone_lines]
        owners = self._store.line_owners(numbers)
        keys = {c.id: c.key for c in self._store.clinic_list(include_archived=True)}
        problems = []
        for i, editable in enumerate(incoming):
            for j, line in enumerate(editable.card.phone_lines):
                owner = owners.get(line.number)
                if owner is None or keys.get(owner[0]) == editable.card.key:
                    continue
                owner_key = keys.get(owner[0], "")
                if owner_key in in_file and line.number not in in_file[owner_key]:
                    continue  # the file moves the number away from its clinic
                problems.append(f"clinics[{i}].phone_lines[{j}].number: {line.number} is already a line of {owner[1]}")
        return problems

    def _script_changes(self, parsed: CardFile, plan: ImportPlan) -> list[CardChange]:
        changes = []
        for script in parsed.global_scripts():
            current = self._store.global_script(script.language)
            before = {"language": script.language, **script_record(current.prompts, current.phrases)}
            after = {"language": script.language, **script_record(script.prompts, script.phrases)}
            if before != after:
                plan.scripts.append(script.language)
                changes.append(CardChange(Entity.SCRIPT, Action.UPDATE, None, before, after))
        return changes

    def import_text(self, actor: Actor | None, text: str, name: str = "file", *, dry_run: bool = False) -> ImportPlan:
        plan = self.plan(actor, text, name)
        if dry_run or plan.empty:
            return plan
        try:
            self._store.apply(plan.change_sets, actor.id if actor else None, self._clock(), plan.script_changes)
        except StaleCardError as error:
            raise CardFileError(["the cards were changed while importing; nothing was imported, try again"]) from error
        except CardValidationError as error:
            raise CardFileError([f"nothing was imported: {e.message}" for e in error.errors]) from error
        return plan
