"""`reception-console calls import FILE.csv`: past calls, checked whole, stored all-or-nothing, never twice."""

from __future__ import annotations

import csv
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from ..domain.call_import import (
    REQUIRED,
    CallImportError,
    ImportedCall,
    ImportedClinic,
    Lookup,
    Problem,
    parse_calls,
)
from ..domain.permissions import Actor, Permission
from .permissions import require
from .phones import InvalidNumberError, normalize
from .ports import CardStore, PeopleStore


class CallHistoryStore(Protocol):
    def add_history(self, calls: Sequence[ImportedCall]) -> tuple[int, int]: ...


@dataclass(frozen=True, slots=True)
class ImportResult:
    read: int
    added: int
    skipped: int  # already stored (same call id)


class CallImportService:
    def __init__(self, cards: CardStore, people: PeopleStore, history: CallHistoryStore, region: str = "PL") -> None:
        self._cards = cards
        self._people = people
        self._history = history
        self._region = region

    def lookup(self) -> Lookup:
        """The clinics (by key, with their specialists), lines and logins the file may name."""
        line_choices = self._cards.lines()
        clinics: dict[str, ImportedClinic] = {}
        key_of: dict[int, str] = {}
        for clinic_id in sorted({line.clinic_id for line in line_choices}):
            card = self._cards.card(clinic_id)
            if card is not None:
                specialists = {s.key: s.id for s in card.specialists if s.id is not None}
                clinics[card.key] = ImportedClinic(clinic_id, card.timezone, specialists)
                key_of[clinic_id] = card.key
        return Lookup(
            clinics=clinics,
            lines={line.number: key_of[line.clinic_id] for line in line_choices if line.clinic_id in key_of},
            people={p.login.lower(): p.id for p in self._people.people(active_only=False)},
            normalize=self._number,
        )

    def _number(self, text: str) -> str | None:
        try:
            return normalize(text, self._region)
        except InvalidNumberError:
            return None

    def read(self, path: Path) -> list[ImportedCall]:
        """Parse and check the whole file; raises CallImportError naming every bad line and column."""
        try:
            with path.open(encoding="utf-8-sig", newline="") as f:
                reader = csv.DictReader(f)
                return parse_calls(reader.fieldnames, list(reader), self.lookup())
        except UnicodeDecodeError as error:
            raise CallImportError([Problem(0, "(file)", f"not UTF-8 text: {error.reason}")]) from error
        except csv.Error as error:
            raise CallImportError([Problem(0, "(file)", f"not a readable CSV file: {error}")]) from error

    def import_file(self, path: Path, actor: Actor | None) -> ImportResult:
        """Past calls from a CSV file: a supervisor's or an admin's job."""
        require(actor, Permission.SUPERVISE)
        return self._store(self.read(path))

    def import_rows(self, rows: Sequence[Mapping[str, str | None]]) -> ImportResult:
        """Rows as csv.DictReader gives them (the header is the first row's keys)."""
        return self._store(parse_calls(list(rows[0]) if rows else list(REQUIRED), rows, self.lookup()))

    def _store(self, calls: list[ImportedCall]) -> ImportResult:
        added, skipped = self._history.add_history(calls)
        return ImportResult(len(calls), added, skipped)
