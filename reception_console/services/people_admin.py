"""People, as an admin manages them: add, change role, deactivate (never delete: calls name them), reset
a password. Passwords are hashed in `auth`."""

from __future__ import annotations

import re
from collections.abc import Callable

from ..domain.audit import AuditAction
from ..domain.people import Person, Role
from ..domain.permissions import Actor, Permission
from .audit import AuditTrail
from .passwords import hash_password
from .permissions import require
from .ports import PeopleAdminStore

MIN_PASSWORD = 8
LOGIN = re.compile(r"^[a-z0-9][a-z0-9._-]{0,79}$")


class PersonError(ValueError):
    """`code` says what is wrong (the UI words it), `field` names the input."""

    def __init__(self, code: str, field: str, message: str) -> None:
        super().__init__(message)
        self.code = code
        self.field = field


def _check_password(password: str) -> None:
    if len(password) < MIN_PASSWORD:
        raise PersonError("short_password", "password", f"A password needs at least {MIN_PASSWORD} characters.")


def _scrypt(_login: str, password: str) -> str:
    return hash_password(password)


class PeopleAdmin:
    """`secret_for(login, password)` gives what the store keeps of a password: a scrypt hash by default, the
    SCRAM verifier of the person's PostgreSQL login on a shared database (the password itself never leaves)."""

    def __init__(
        self,
        people: PeopleAdminStore,
        audit: AuditTrail | None = None,
        secret_for: Callable[[str, str], str] = _scrypt,
    ) -> None:
        self._people = people
        self._audit = audit
        self._secret_for = secret_for

    def _record(self, actor: Actor | None, person: Person, what: str) -> Person:
        if self._audit is not None:
            self._audit.record(actor, AuditAction.CHANGED_PERSON, subject=person.login, details=what)
        return person

    def people(self, actor: Actor | None) -> list[Person]:
        require(actor, Permission.MANAGE_PEOPLE)
        return self._people.people(active_only=False)

    def add(self, actor: Actor | None, login: str, display_name: str, role: Role, password: str) -> Person:
        require(actor, Permission.MANAGE_PEOPLE)
        login = login.strip().lower()
        if not LOGIN.match(login):
            raise PersonError("bad_login", "login", "A login is lower-case letters, digits, dots, dashes.")
        if self._people.login_taken(login):
            raise PersonError("login_taken", "login", f"{login!r} is someone else's login.")
        if not display_name.strip() or len(display_name) > 120:
            raise PersonError("display_name", "display_name", "Enter the name shown in greetings (up to 120).")
        _check_password(password)
        added = self._people.add(login, display_name.strip(), role, self._secret_for(login, password))
        return self._record(actor, added, f"added as {role.value}")

    def set_active(self, actor: Actor | None, person_id: int, active: bool) -> Person:
        require(actor, Permission.MANAGE_PEOPLE)
        person = self._get(person_id)
        if not active:
            if actor is not None and actor.id == person_id:
                raise PersonError("self", "active", "You cannot deactivate yourself.")
            self._keep_an_admin(person)
        changed = self._people.update(person_id, active=active)
        return self._record(actor, changed, "switched on" if active else "switched off")

    def set_role(self, actor: Actor | None, person_id: int, role: Role) -> Person:
        require(actor, Permission.MANAGE_PEOPLE)
        person = self._get(person_id)
        if role is not Role.ADMIN:
            self._keep_an_admin(person)
        changed = self._people.update(person_id, role=role)
        return self._record(actor, changed, f"role set to {role.value}")

    def reset_password(self, actor: Actor | None, person_id: int, password: str) -> Person:
        require(actor, Permission.MANAGE_PEOPLE)
        person = self._get(person_id)
        _check_password(password)
        changed = self._people.update(person_id, password_hash=self._secret_for(person.login, password))
        return self._record(actor, changed, "password reset")

    def _get(self, person_id: int) -> Person:
        person = self._people.get(person_id)
        if person is None:
            raise KeyError(person_id)
        return person

    def _keep_an_admin(self, person: Person) -> None:
        if person.role is Role.ADMIN and person.active:
            admins = [p for p in self._people.people(active_only=True) if p.role is Role.ADMIN]
            if len(admins) <= 1:
                raise PersonError("last_admin", "role", "Someone must stay an admin to manage people.")
