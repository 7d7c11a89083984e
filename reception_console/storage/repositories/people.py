"""People who sign in to the console."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session, sessionmaker

from ...domain.people import Person, Role
from ..errors import outage_safe
from ..models import PersonRow


def to_person(row: PersonRow) -> Person:
    return Person(row.id, row.login, row.display_name, Role(row.role), row.active, row.demo)


@outage_safe
class SqlPeopleStore:
    def __init__(self, sessions: sessionmaker[Session]) -> None:
        self._sessions = sessions

    def people(self, active_only: bool = True) -> list[Person]:
        query = select(PersonRow).order_by(PersonRow.display_name)
        if active_only:
            query = query.where(PersonRow.active.is_(True))
        with self._sessions() as s:
            return [to_person(r) for r in s.scalars(query)]

    def person(self, person_id: int) -> Person | None:
        with self._sessions() as s:
            row = s.get(PersonRow, person_id)
            return to_person(row) if row else None

    def credentials(self, login: str) -> tuple[Person, str] | None:
        with self._sessions() as s:
            row = s.scalars(select(PersonRow).where(func.lower(PersonRow.login) == login.lower())).first()
            return (to_person(row), row.password_hash) if row else None

    def add(self, login: str, display_name: str, role: Role, password_hash: str, *, demo: bool = False) -> Person:
        with self._sessions.begin() as s:
            row = PersonRow(
                login=login,
                display_name=display_name,
                role=role.value,
                password_hash=password_hash,
                active=True,
                created_at=datetime.now(UTC),
                demo=demo,
            )
            s.add(row)
            s.flush()
            return to_person(row)

    def set_password_hash(self, person_id: int, password_hash: str) -> None:
        with self._sessions.begin() as s:
            s.execute(update(PersonRow).where(PersonRow.id == person_id).values(password_hash=password_hash))

    def demo_only(self) -> bool:
        """Whether every active account is a demo account: the database holds the demo and nothing real."""
        with self._sessions() as s:
            real = s.scalar(
                select(func.count(PersonRow.id)).where(PersonRow.active.is_(True), PersonRow.demo.is_(False))
            )
            return not real

    def count(self) -> int:
        with self._sessions() as s:
            return s.scalar(select(func.count(PersonRow.id))) or 0
