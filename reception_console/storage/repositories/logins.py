"""People who sign in with their own PostgreSQL login (a shared database after `db init`).

Signing in is connecting: PostgreSQL checks the password, and from then on every store of the console works
through that person's connection (`Database.use`), so the server's GRANTs and row policies apply to all they do.
People are added and changed only through the SECURITY DEFINER functions of `storage.access`, with the password
sent as a SCRAM verifier computed here by libpq.
"""

from __future__ import annotations

import logging

from sqlalchemy import Engine, literal_column, select, text
from sqlalchemy.exc import DBAPIError, OperationalError

from ...domain.errors import StorageUnavailableError
from ...domain.people import Person, Role
from ..database import Database
from ..errors import outage_safe
from ..tables import people
from .people import SqlPeopleStore

log = logging.getLogger(__name__)

# what libpq says when the login or the password is wrong, or the login is switched off
_REFUSED = ("password authentication failed", "does not exist", "is not permitted to log in", "no pg_hba.conf entry")


def _person(engine: Engine) -> Person | None:
    with engine.connect() as conn:
        row = conn.execute(
            select(people.c.id, people.c.login, people.c.display_name, people.c.role, people.c.active).where(
                people.c.login == literal_column("session_user")
            )
        ).first()
    if row is None:
        return None
    return Person(row.id, row.login, row.display_name, Role(row.role), row.active)


class PostgresLogins:
    """Checks a login and password by connecting with them; on success the console works as that person."""

    def __init__(self, db: Database) -> None:
        self._db = db

    @property
    def signed_in(self) -> bool:
        return self._db.login is not None

    def check(self, login: str, password: str) -> Person | None:
        if not login or not password:
            return None
        engine = self._db.connect_as(login, password)
        try:
            person = _person(engine)
        except OperationalError as error:
            engine.dispose()
            message = str(error.orig)
            if any(reason in message for reason in _REFUSED):
                return None
            log.error("sign-in: the database cannot be reached: %s", message)
            raise StorageUnavailableError(message) from error
        except DBAPIError as error:  # a login of another application: it cannot read people
            engine.dispose()
            log.warning("sign-in as %r refused: %s", login, error.orig)
            return None
        if person is None or not person.active:
            engine.dispose()
            return None
        self._db.use(engine)
        return person


def scram_verifier(db: Database, login: str, password: str) -> str:
    """The SCRAM-SHA-256 verifier of `password` for `login`, computed by libpq on this side of the connection."""
    with db.engine.connect() as conn:
        pgconn = conn.connection.driver_connection.pgconn  # type: ignore[union-attr]
        return bytes(pgconn.encrypt_password(password.encode(), login.encode(), b"scram-sha-256")).decode()


@outage_safe
class PostgresPeopleAdminStore(SqlPeopleStore):
    """People as an admin manages them, through the functions that also keep their login roles."""

    def __init__(self, db: Database) -> None:
        super().__init__(db.connections)
        self._db = db

    def get(self, person_id: int) -> Person | None:
        return self.person(person_id)

    def login_taken(self, login: str) -> bool:
        with self._connections() as s:
            in_people = s.scalar(select(people.c.id).where(people.c.login == login))
            on_server = s.scalar(text("SELECT 1 FROM pg_roles WHERE rolname = :l"), {"l": login})
            return in_people is not None or on_server is not None

    def add(self, login: str, display_name: str, role: Role, password_hash: str, *, demo: bool = False) -> Person:
        """A new person and their login; `password_hash` is the SCRAM verifier (no demo accounts here)."""
        with self._connections.begin() as s:
            new_id = s.scalar(
                text("SELECT reception_add_person(:l, :d, :r, :v)"),
                {"l": login, "d": display_name, "r": role.value, "v": password_hash},
            )
        return Person(int(new_id), login, display_name, role, True)  # type: ignore[arg-type]

    def update(
        self,
        person_id: int,
        *,
        display_name: str | None = None,
        role: Role | None = None,
        active: bool | None = None,
        password_hash: str | None = None,
    ) -> Person:
        with self._connections.begin() as s:
            s.execute(
                text("SELECT reception_update_person(:i, :d, :r, :a, :v)"),
                {"i": person_id, "d": display_name, "r": role.value if role else None, "a": active, "v": password_hash},
            )
        person = self.person(person_id)
        if person is None:
            raise KeyError(person_id)
        return person

    def secret_for(self, login: str, password: str) -> str:
        return scram_verifier(self._db, login, password)
