"""Retention and a caller's requests: anonymising calls while the figures keep every count, a caller's data for
a right-of-access answer, and the claim that lets one console of many run the daily purge.

Two figures follow a caller's number from one call to a later one: `follow_up_recovered` (the caller booked
within 30 days) and `callback_delay` (the first outbound call to the number). Before a number is cleared, what
those figures read through it is kept on each call it could matter for (`kept_recovered`, `kept_callback_ms`),
computed by the same SQL the reports use; the reports read the kept value where there is one.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import and_, delete, exists, func, insert, or_, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, aliased, sessionmaker

from ...domain.kpis import FOLLOW_UP_REASONS, RECOVERY_WINDOW
from ...domain.privacy import mask_number
from ..errors import outage_safe
from ..models import AuditEventRow, CallRow, ClinicRow, MaintenanceRunRow, OutboxRow, SignInFailureRow, TaskRow
from ..sessions import changed
from ..sql_time import millis_between

CHUNK = 500  # calls anonymised per transaction: other consoles keep writing between them

_CALL_FIELDS = (
    *("id", "direction", "source", "line", "clinic_id", "caller", "caller_name", "rang_at", "answered_at"),
    *("ended_at", "saved_at", "outcome", "reason", "reason_text", "patient_name", "notes", "visit_at"),
    *("expected_value", "follow_up_due", "message_to", "message_text", "callback_requested"),
    "call_back_time",
)
_TASK_FIELDS = (
    *("id", "kind", "clinic_id", "call_id", "phone", "patient_name", "recipient", "text", "call_back_time"),
    "due_at",
)


def _plain(value: Any) -> Any:
    if isinstance(value, datetime):
        return value.isoformat()
    if value is not None and not isinstance(value, str | int | float | bool):
        return str(value)  # Decimal
    return value


def _keep_what_figures_read(s: Session, callers: Sequence[str], latest: datetime) -> None:
    """Before `callers`' numbers are cleared from calls up to `latest`: every call of theirs up to then keeps
    what the figures would read through the number (the same expressions as the reports)."""
    c = CallRow
    later = aliased(CallRow)
    recovered = exists().where(
        later.caller == c.caller,
        later.rang_at > c.rang_at,
        later.saved_at.is_not(None),
        later.outcome == "booked",
        millis_between(c.rang_at, later.rang_at) <= int(RECOVERY_WINDOW.total_seconds() * 1000),
    )
    s.execute(
        update(c)
        .where(
            c.caller.in_(callers),
            c.rang_at <= latest,
            c.kept_recovered.is_(None),
            c.direction == "inbound",
            c.answered_at.is_not(None),
            c.saved_at.is_not(None),
            c.outcome == "not_booked",
            c.reason.in_(FOLLOW_UP_REASONS),
        )
        .values(kept_recovered=recovered)
        .execution_options(synchronize_session=False)
    )
    out = aliased(CallRow)
    first_callback = (
        select(func.min(out.rang_at))
        .where(out.caller == c.caller, out.direction == "outbound", out.rang_at >= c.rang_at)
        .scalar_subquery()
    )
    s.execute(
        update(c)
        .where(
            c.caller.in_(callers),
            c.rang_at <= latest,
            c.kept_callback_ms.is_(None),
            c.direction == "inbound",
            c.answered_at.is_(None),
            or_(c.ended_at.is_not(None), c.saved_at.is_not(None)),
        )
        .values(kept_callback_ms=millis_between(c.rang_at, first_callback))
        .execution_options(synchronize_session=False)
    )


def anonymise_calls(s: Session, ids: Sequence[str], now: datetime) -> int:
    """Clear the caller's number and name, the patient's name, notes and message texts of the calls `ids` and of
    their tasks, keeping what the figures read through the numbers first. Returns how many calls changed."""
    if not ids:
        return 0
    latest_by_caller = dict(
        s.execute(
            select(CallRow.caller, func.max(CallRow.rang_at))
            .where(CallRow.id.in_(ids), CallRow.caller.is_not(None))
            .group_by(CallRow.caller)
        ).all()
    )
    if latest_by_caller:
        callers = [caller for caller in latest_by_caller if caller is not None]
        _keep_what_figures_read(s, callers, max(latest_by_caller.values()))
    count = changed(
        s.execute(
            update(CallRow)
            .where(CallRow.id.in_(ids))
            .values(
                caller=None,
                caller_name=None,
                patient_name="",
                notes="",
                reason_text="",
                message_text="",
                call_back_time="",
                anonymised_at=now,
            )
            .execution_options(synchronize_session=False)
        )
    )
    s.execute(
        update(TaskRow)
        .where(TaskRow.call_id.in_(ids))
        .values(phone=None, patient_name="", text="", call_back_time="")
        .execution_options(synchronize_session=False)
    )
    s.execute(  # the e-mails and SMS those tasks sent: they name the caller and say what was asked
        update(OutboxRow)
        .where(OutboxRow.task_id.in_(select(TaskRow.id).where(TaskRow.call_id.in_(ids))))
        .values(subject="", body="", html="")
        .execution_options(synchronize_session=False)
    )
    return count


@outage_safe
class SqlPrivacyStore:
    def __init__(self, sessions: sessionmaker[Session]) -> None:
        self._sessions = sessions

    def retention(self) -> dict[int, int]:
        """Every clinic's retention in months (archived clinics too: their calls are kept as long)."""
        with self._sessions() as s:
            return {
                clinic_id: months for clinic_id, months in s.execute(select(ClinicRow.id, ClinicRow.retention_months))
            }

    def _due(self, clinic_id: int | None, cutoff: datetime) -> Any:
        clinic = CallRow.clinic_id.is_(None) if clinic_id is None else CallRow.clinic_id == clinic_id
        return and_(clinic, CallRow.rang_at < cutoff, CallRow.anonymised_at.is_(None))

    def due(self, clinic_id: int | None, cutoff: datetime) -> int:
        """Calls of the clinic (None: of no clinic) that rang before `cutoff` and still hold a caller's data."""
        with self._sessions() as s:
            return s.scalar(select(func.count()).select_from(CallRow).where(self._due(clinic_id, cutoff))) or 0

    def anonymise_before(self, clinic_id: int | None, cutoff: datetime, now: datetime) -> int:
        """Anonymise the calls `due` counts, newest first, CHUNK calls per transaction; returns how many."""
        done = 0
        while True:
            with self._sessions.begin() as s:
                ids = list(
                    s.scalars(
                        select(CallRow.id)
                        .where(self._due(clinic_id, cutoff))
                        .order_by(CallRow.rang_at.desc())
                        .limit(CHUNK)
                    )
                )
                done += anonymise_calls(s, ids, now)
            if len(ids) < CHUNK:
                return done

    def purge_audit(self, cutoffs: dict[int, datetime], default_cutoff: datetime) -> int:
        """Remove audit events older than their clinic's retention (events of no clinic: `default_cutoff`)."""
        with self._sessions.begin() as s:
            removed = changed(
                s.execute(
                    delete(AuditEventRow).where(AuditEventRow.clinic_id.is_(None), AuditEventRow.at < default_cutoff)
                )
            )
            for clinic_id, cutoff in cutoffs.items():
                removed += changed(
                    s.execute(
                        delete(AuditEventRow).where(AuditEventRow.clinic_id == clinic_id, AuditEventRow.at < cutoff)
                    )
                )
            return removed

    def prune_sign_in_failures(self, before: datetime) -> int:
        with self._sessions.begin() as s:
            return changed(s.execute(delete(SignInFailureRow).where(SignInFailureRow.last_failed_at < before)))

    # --- a caller's requests -------------------------------------------------------------------------------

    def subject(self, number: str) -> dict[str, list[dict[str, Any]]]:
        """Everything stored under a caller's number: calls, tasks and audit events naming it."""
        with self._sessions() as s:
            calls = s.execute(
                select(*(getattr(CallRow, f) for f in _CALL_FIELDS), ClinicRow.name.label("clinic"))
                .outerjoin(ClinicRow, ClinicRow.id == CallRow.clinic_id)
                .where(CallRow.caller == number)
                .order_by(CallRow.rang_at)
            ).mappings()
            call_rows = [{k: _plain(v) for k, v in row.items()} for row in calls]
            ids = [row["id"] for row in call_rows]
            tasks = s.execute(
                select(*(getattr(TaskRow, f) for f in _TASK_FIELDS))
                .where(or_(TaskRow.phone == number, TaskRow.call_id.in_(ids)))
                .order_by(TaskRow.id)
            ).mappings()
            audit = s.execute(
                select(AuditEventRow.at, AuditEventRow.actor, AuditEventRow.action, AuditEventRow.details)
                .where(AuditEventRow.subject == number)
                .order_by(AuditEventRow.at)
            ).mappings()
            return {
                "calls": call_rows,
                "tasks": [{k: _plain(v) for k, v in row.items()} for row in tasks],
                "audit": [{k: _plain(v) for k, v in row.items()} for row in audit],
            }

    def erase_subject(self, number: str, now: datetime) -> int:
        """Anonymise every call of the number and its tasks; audit events keep only the masked number."""
        with self._sessions.begin() as s:
            ids = list(s.scalars(select(CallRow.id).where(CallRow.caller == number)))
            erased = 0
            for start in range(0, len(ids), CHUNK):
                erased += anonymise_calls(s, ids[start : start + CHUNK], now)
            s.execute(
                update(TaskRow)
                .where(TaskRow.phone == number)
                .values(phone=None, patient_name="", text="", call_back_time="")
            )
            s.execute(update(AuditEventRow).where(AuditEventRow.subject == number).values(subject=mask_number(number)))
            return erased

    # --- the daily run -------------------------------------------------------------------------------------

    def claim_day(self, job: str, day: str, who: str, now: datetime) -> bool:
        """True for exactly one console of all those asking on `day` (YYYY-MM-DD): one UPDATE decides."""
        with self._sessions.begin() as s:
            claimed = changed(
                s.execute(
                    update(MaintenanceRunRow)
                    .where(MaintenanceRunRow.job == job, MaintenanceRunRow.last_day < day)
                    .values(last_day=day, claimed_at=now, claimed_by=who)
                )
            )
            if claimed or s.get(MaintenanceRunRow, job) is not None:
                return bool(claimed)
        try:
            with self._sessions.begin() as s:
                s.execute(insert(MaintenanceRunRow).values(job=job, last_day=day, claimed_at=now, claimed_by=who))
        except IntegrityError:
            return False  # another console inserted it first
        return True
