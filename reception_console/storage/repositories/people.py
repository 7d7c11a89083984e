"""People who sign in to the console."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import func, insert, select, update

from ...domain.people import Person, Role
from ..errors import outage_safe
from ..sessions import Connections, inserted_id
from ..tables import people

# never password_hash: on a shared database only the schema owner may read it (storage.access)
PERSON = (people.c.id, people.c.login, people.c.display_name, people.c.role, people.c.active, people.c.demo)


def to_person(row: Any) -> Person:
    """A person from a row of PERSON's columns (or an ORM PersonRow)."""
    return Person(row.id, row.login, row.display_name, Role(row.role), row.active, row.demo)


@outage_safe
class SqlPeopleStore:
    def __init__(self, connections: Connections) -> None:
        self._connections = connections

    def people(self, active_only: bool = True) -> list[Person]:
        query = select(*PERSON).order_by(people.c.display_name)
        if active_only:
            query = query.where(people.c.active.is_(True))
        with self._connections() as s:
            return [to_person(r) for r in s.execute(query)]

    def person(self, person_id: int) -> Person | None:
        with self._connections() as s:
            row = s.execute(select(*PERSON).where(people.c.id == person_id)).first()
            return to_person(row) if row else None

    def credentials(self, login: str) -> tuple[Person, str] | None:
        query = select(*PERSON, people.c.password_hash).where(func.lower(people.c.login) == login.lower())
        with self._connections() as s:
            row = s.execute(query).first()
            return (to_person(row), row.password_hash) if row else None

    def add(self, login: str, display_name: str, role: Role, password_hash: str, *, demo: bool = False) -> Person:
        values = {
            "login": login,
            "display_name": display_name,
            "role": role.value,
            "password_hash": password_hash,
            "active": True,
            "created_at": datetime.now(UTC),
            "demo": demo,
        }
        with self._connections.begin() as s:
            person_id = inserted_id(s.execute(insert(people).values(values)))
            return Person(person_id, login, display_name, role, True, demo)

    def set_password_hash(self, person_id: int, password_hash: str) -> None:
        with self._connections.begin() as s:
            s.execute(update(people).where(people.c.id == person_id).values(password_hash=password_hash))

    def demo_only(self) -> bool:
        """Whether every active account is a demo account: the database holds the demo and nothing real."""
        with self._connections() as s:
            real = s.scalar(select(func.count(people.c.id)).where(people.c.active.is_(True), people.c.demo.is_(False)))
            return not real

    def count(self) -> int:
        with self._connections() as s:
            return s.scalar(select(func.count(people.c.id))) or 0
