"""People as an admin manages them: add, rename, change role, deactivate, reset a password."""

from __future__ import annotations

from typing import Any

from sqlalchemy import func, select, update

from ...domain.people import Person, Role
from ..errors import outage_safe
from ..tables import people
from .people import PERSON, SqlPeopleStore, to_person


@outage_safe
class SqlPeopleAdminStore(SqlPeopleStore):
    def get(self, person_id: int) -> Person | None:
        return self.person(person_id)

    def login_taken(self, login: str) -> bool:
        with self._connections() as c:
            found = c.scalar(select(func.count(people.c.id)).where(func.lower(people.c.login) == login.lower()))
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
        changes: dict[str, Any] = {"display_name": display_name, "active": active, "password_hash": password_hash}
        changes["role"] = role.value if role is not None else None
        values = {name: value for name, value in changes.items() if value is not None}
        with self._connections.begin() as c:
            if values:
                c.execute(update(people).where(people.c.id == person_id).values(values))
            row = c.execute(select(*PERSON).where(people.c.id == person_id)).first()
        if row is None:
            raise KeyError(person_id)
        return to_person(row)
