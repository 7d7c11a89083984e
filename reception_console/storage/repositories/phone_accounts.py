"""Which phone account (softphone AOR or PBX DID) rings each clinic line: phone_lines.telephony_account."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, sessionmaker

from ..models import ClinicRow, PhoneLineRow


@dataclass(frozen=True, slots=True)
class LineAccount:
    number: str
    clinic_name: str
    account: str | None


class AccountInUseError(ValueError):
    """Another line already has this account."""


class SqlPhoneAccounts:
    def __init__(self, sessions: sessionmaker[Session]) -> None:
        self._sessions = sessions

    def lines(self) -> list[LineAccount]:
        with self._sessions() as s:
            rows = s.execute(
                select(PhoneLineRow.number, ClinicRow.name, PhoneLineRow.telephony_account)
                .join(ClinicRow)
                .where(PhoneLineRow.archived_at.is_(None))
                .order_by(ClinicRow.name, PhoneLineRow.number)
            ).all()
            return [LineAccount(number, name, account) for number, name, account in rows]

    def set_account(self, number: str, account: str | None) -> bool:
        """Set (or, with None, clear) the line's account. False when no live line has that number."""
        with self._sessions() as s:
            row = s.scalars(
                select(PhoneLineRow).where(PhoneLineRow.number == number, PhoneLineRow.archived_at.is_(None))
            ).first()
            if row is None:
                return False
            row.telephony_account = account
            try:
                s.commit()
            except IntegrityError as error:
                raise AccountInUseError(f"{account!r} is already the account of another line") from error
            return True
