"""The audit trail: who saw, exported, changed or erased what (docs/privacy.md)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum


class AuditAction(StrEnum):
    VIEWED_HISTORY = "viewed_history"  # a caller's earlier calls shown; subject: the number
    EXPORTED = "exported"  # figures, work lists or the audit trail written to a file; subject: what
    CHANGED_CARD = "changed_card"  # a clinic card saved, imported, archived or reverted
    CHANGED_PERSON = "changed_person"  # a person added, switched off, given a role or a new password
    PURGED = "purged"  # calls past their clinic's retention anonymised
    SUBJECT_EXPORTED = "subject_exported"  # a caller's data handed out on request (right of access)
    SUBJECT_ERASED = "subject_erased"  # a caller's data erased on request; subject: the masked number
    SIGN_IN_THROTTLED = "sign_in_throttled"  # five wrong passwords in a row for a login or from a PC


@dataclass(frozen=True, slots=True)
class AuditEvent:
    at: datetime
    actor: str  # the person's login, or "command line", or "console" for the daily run
    action: AuditAction
    subject: str = ""
    details: str = ""
    clinic_id: int | None = None
    actor_id: int | None = None
    id: int | None = None
