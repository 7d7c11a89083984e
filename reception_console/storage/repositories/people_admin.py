"""People as an admin manages them: add, rename, change role, deactivate, reset a password."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from ...domain.people import Person, Role
from ..errors import outage_safe
from ..models import PersonRow
from .people import SqlPeopleStore, to_person


@outage_safe
class SqlPeopleAdminStore(SqlPeopleStore):
    def __init__(self, sessions: sessionmaker[Session]) -> None:
        super().__init__(sessions)
        self._sessions = sessions

    def get(self, person_id: int) -> Person | None:
        with self._sessions() as s:
            row = s.get(PersonRow, person_id)
            return to_person(row) if row else None

    def login_taken(self, login: str) -> bool:
        with self._sessions() as s:
            found = s.scalar(select(func.count(PersonRow.id)).where(func.lower(PersonRow.login) == login.lower()))
            return bool(found)

    def update(
        self,
        person_id: int,
        *,
        display_name: str | None = None,
        role: Role | None = None,
        active: bool | None = None,
        password_hash: str | None = None,
    ) -> Person:
        with self._sessions.begin() as s:
            row = s.get(PersonRow, person_id)
            if row is None:
                raise KeyError(person_id)
            if display_name is not None:
                row.display_name = display_name
            if role is not None:
                row.role = role.value
            if active is not None:
                row.active = active
            if password_hash is not None:
                row.password_hash = password_hash
            s.flush()
            return to_person(row)
