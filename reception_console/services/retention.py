"""Retention: calls past their clinic's retention are anonymised (figures kept), by hand or once a day; and a
caller's requests: their data handed out (right of access) or erased, both recorded in the audit trail."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from ..domain.audit import AuditAction
from ..domain.calls import utcnow
from ..domain.permissions import Actor, Permission
from ..domain.privacy import DEFAULT_RETENTION_MONTHS, mask_number, months_before
from .audit import AuditTrail
from .permissions import require
from .phones import normalize
from .privacy_ports import PrivacyStore

DAILY_JOB = "purge"
SIGN_IN_FAILURES_KEPT = timedelta(days=30)


@dataclass(frozen=True)
class ClinicPurge:
    clinic_id: int | None  # None: calls on a line of no clinic (the default retention)
    months: int
    cutoff: datetime
    calls: int  # anonymised, or that would be with a dry run


@dataclass(frozen=True)
class PurgeReport:
    dry_run: bool
    clinics: list[ClinicPurge] = field(default_factory=list)
    audit_events: int = 0

    @property
    def calls(self) -> int:
        return sum(c.calls for c in self.clinics)


class RetentionService:
    def __init__(self, store: PrivacyStore, audit: AuditTrail, *, clock: Callable[[], datetime] = utcnow) -> None:
        self._store = store
        self._audit = audit
        self._clock = clock

    def _plan(self, now: datetime) -> list[tuple[int | None, int, datetime]]:
        months: dict[int | None, int] = {clinic_id: m for clinic_id, m in self._store.retention().items()}
        months[None] = DEFAULT_RETENTION_MONTHS  # calls on a line of no clinic
        return [(clinic_id, m, months_before(now, m)) for clinic_id, m in months.items()]

    def backup_cutoff(self) -> datetime:
        """Backups of the database hold every clinic's calls: kept no longer than the shortest retention."""
        return months_before(self._clock(), min(self._store.retention().values(), default=DEFAULT_RETENTION_MONTHS))

    def purge(self, actor: Actor | None, *, dry_run: bool = False) -> PurgeReport:
        """Anonymise every call past its clinic's retention (admins and the command line only)."""
        require(actor, Permission.MANAGE_PEOPLE)
        return self._purge(actor, dry_run=dry_run)

    def _purge(self, actor: Actor | None, *, dry_run: bool, actor_label: str | None = None) -> PurgeReport:
        now = self._clock()
        plan = self._plan(now)
        if dry_run:
            return PurgeReport(True, [ClinicPurge(c, m, cut, self._store.due(c, cut)) for c, m, cut in plan])
        clinics = [ClinicPurge(c, m, cut, self._store.anonymise_before(c, cut, now)) for c, m, cut in plan]
        cutoffs = {c: cut for c, _, cut in plan if c is not None}
        longest = min(cutoffs.values(), default=months_before(now, DEFAULT_RETENTION_MONTHS))
        audit_removed = self._store.purge_audit(cutoffs, min(longest, months_before(now, DEFAULT_RETENTION_MONTHS)))
        self._store.prune_sign_in_failures(now - SIGN_IN_FAILURES_KEPT)
        report = PurgeReport(False, clinics, audit_removed)
        for part in clinics:
            if part.calls:
                self._audit.record(
                    actor,
                    AuditAction.PURGED,
                    clinic_id=part.clinic_id,
                    details=f"{part.calls} call(s) before {part.cutoff.date().isoformat()} anonymised",
                    actor_label=actor_label,
                )
        if audit_removed:
            self._audit.record(
                actor,
                AuditAction.PURGED,
                details=f"{audit_removed} audit event(s) past the retention removed",
                actor_label=actor_label,
            )
        return report

    def run_daily(self, who: str) -> PurgeReport | None:
        """The daily purge, run by whichever console claims the day first (None: another one has)."""
        now = self._clock()
        if not self._store.claim_day(DAILY_JOB, now.date().isoformat(), who[:200], now):
            return None
        return self._purge(None, dry_run=False, actor_label=f"daily run ({who})"[:120])


class SubjectRequests:
    """A caller's requests about their data, by phone number."""

    def __init__(
        self,
        store: PrivacyStore,
        audit: AuditTrail,
        *,
        region: str = "PL",
        clock: Callable[[], datetime] = utcnow,
    ) -> None:
        self._store = store
        self._audit = audit
        self._region = region
        self._clock = clock

    def export(self, actor: Actor | None, number: str) -> dict[str, Any]:
        """Everything stored under the number, ready to be written as JSON (the export is recorded)."""
        require(actor, Permission.MANAGE_PEOPLE)
        number = normalize(number, self._region)
        data = self._store.subject(number)
        self._audit.record(
            actor,
            AuditAction.SUBJECT_EXPORTED,
            subject=number,
            details=f"{len(data['calls'])} call(s), {len(data['tasks'])} task(s)",
        )
        return {"number": number, "exported_at": self._clock().isoformat(), **data}

    def erase(self, actor: Actor | None, number: str) -> int:
        """Anonymise every call of the number (figures kept); the erasure is recorded with the masked number."""
        require(actor, Permission.MANAGE_PEOPLE)
        number = normalize(number, self._region)
        erased = self._store.erase_subject(number, self._clock())
        self._audit.record(
            actor, AuditAction.SUBJECT_ERASED, subject=mask_number(number), details=f"{erased} call(s) anonymised"
        )
        return erased
