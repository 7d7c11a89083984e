"""A small file beside the database that keeps calls and typed outcomes the database could not take.

Written only during an outage; read at the next start so that nothing typed is lost even if the console closes
before the database comes back.
"""

from __future__ import annotations

import json
import logging
import os
from dataclasses import asdict, fields
from datetime import datetime
from decimal import Decimal
from enum import Enum
from pathlib import Path
from typing import Any

from ..domain.calls import Call, Direction, EventSource, NotBookedReason, Outcome, OutcomeForm
from .private_files import FILE_MODE, private_folder

log = logging.getLogger(__name__)


def _plain(value: Any) -> Any:
    if isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    return value


_TIMES = {"rang_at", "answered_at", "ended_at", "saved_at", "visit_at", "follow_up_due"}


def _form(data: dict[str, Any]) -> OutcomeForm:
    values = {f.name: data.get(f.name, f.default) for f in fields(OutcomeForm)}
    for name in _TIMES & values.keys():
        values[name] = datetime.fromisoformat(values[name]) if values[name] else None
    values["outcome"] = Outcome(values["outcome"]) if values["outcome"] else None
    values["reason"] = NotBookedReason(values["reason"]) if values["reason"] else None
    values["expected_value"] = Decimal(values["expected_value"]) if values["expected_value"] else None
    return OutcomeForm(**values)


def _call(data: dict[str, Any]) -> Call:
    values = {f.name: data.get(f.name) for f in fields(Call) if f.name in data}
    for name in _TIMES & values.keys():
        values[name] = datetime.fromisoformat(values[name]) if values[name] else None
    values["direction"] = Direction(values["direction"])
    values["source"] = EventSource(values["source"])
    values["form"] = _form(data.get("form") or {})
    return Call(**values)


class CallJournal:
    def __init__(self, path: Path) -> None:
        self.path = path
        self.set_aside: Path | None = None  # where an unreadable journal was kept, for the window to say so
        self.unreadable = 0  # how many of its calls could not be read back; 0 when the file itself could not be

    def read(self) -> list[Call]:
        """The calls kept; an unreadable journal, or one with unreadable calls, is kept aside (the calls that
        can be read come back) and `set_aside` says where, so somebody can look at it."""
        if not self.path.exists():
            return []
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
            if not isinstance(data, list):
                raise ValueError("not a list of calls")
        except (OSError, ValueError) as error:
            self._keep_aside(str(error), unreadable=0)
            return []
        calls: list[Call] = []
        problems: list[str] = []
        for item in data:
            try:
                calls.append(_call(item))
            except (ValueError, TypeError, KeyError, AttributeError) as error:
                problems.append(f"{type(error).__name__}: {error}")
        if problems:
            self._keep_aside("; ".join(problems)[:500], unreadable=len(problems))
            self.write(calls)  # the readable calls stay journalled until the database takes them
        return calls

    def _keep_aside(self, why: str, *, unreadable: int) -> None:
        damaged = self.path.with_suffix(".damaged.json")
        log.error("unreadable journal %s (%s); kept as %s", self.path, why, damaged)
        try:
            os.replace(self.path, damaged)
        except OSError:
            log.exception("cannot keep the journal %s aside", self.path)
            return
        self.set_aside, self.unreadable = damaged, unreadable

    def write(self, calls: list[Call]) -> None:
        if not calls:
            self.path.unlink(missing_ok=True)
            return
        private_folder(self.path.parent)
        temporary = self.path.with_suffix(".tmp")
        # created 0600 before a byte of a patient is written into it; on disk before it replaces the last journal
        temporary.unlink(missing_ok=True)
        descriptor = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL, FILE_MODE)
        with os.fdopen(descriptor, "w", encoding="utf-8") as f:
            f.write(json.dumps([_plain(asdict(c)) for c in calls], ensure_ascii=False, indent=1))
            f.flush()
            os.fsync(f.fileno())
        os.replace(temporary, self.path)  # never a half-written journal
