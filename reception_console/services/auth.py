"""Sign-in: passwords checked against their scrypt hashes (`passwords`), wrong passwords slowed down per login and
per PC, older hashes upgraded at the next good sign-in. On a shared database
set up with `db init`, PostgreSQL checks them instead: signing in is connecting as the person's own login (a
`SignInGate`, `storage.repositories.logins`)."""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime, timedelta

from ..domain.audit import AuditAction
from ..domain.calls import utcnow
from ..domain.errors import ReadOnlyStorageError
from ..domain.people import Person, Role
from ..domain.permissions import Actor, Permission
from .audit import AuditTrail
from .passwords import hash_password, needs_rehash, verify_password
from .permissions import require
from .ports import PeopleStore, SignInGate
from .privacy_ports import SignInFailureStore

log = logging.getLogger(__name__)

MIN_PASSWORD = 8
THROTTLE_AFTER = 5  # wrong passwords in a row before each further try has to wait
MAX_WAIT_SECONDS = 60


def wait_after(failures: int) -> timedelta:
    """How long the next try waits after `failures` wrong passwords in a row: nothing for the first four, then
    1, 2, 4 … seconds, at most a minute."""
    if failures < THROTTLE_AFTER:
        return timedelta(0)
    return timedelta(seconds=min(MAX_WAIT_SECONDS, 2 ** (failures - THROTTLE_AFTER)))


class SignInError(Exception):
    pass


class SignInThrottledError(SignInError):
    """Too many wrong passwords for this login or from this PC: try again in `seconds`."""

    def __init__(self, seconds: int) -> None:
        super().__init__(f"Too many wrong passwords: try again in {seconds} s.")
        self.seconds = seconds


class ShortPasswordError(SignInError):
    """The password is right but shorter than MIN_PASSWORD on a database in real use: an admin sets a new one."""

    def __init__(self) -> None:
        super().__init__(f"This password is shorter than {MIN_PASSWORD} characters; ask an admin for a new one.")


class AuthService:
    def __init__(
        self,
        people: PeopleStore,
        failures: SignInFailureStore | None = None,
        audit: AuditTrail | None = None,
        *,
        workstation: str = "",
        clock: Callable[[], datetime] = utcnow,
        gate: SignInGate | None = None,
        verify: Callable[[str, str], bool] = verify_password,
    ) -> None:
        """`person` is who signed in at this console last: the services that are for some jobs only (figures,
        goals, work lists) ask it, so a console's rights follow whoever signed in."""
        self.person: Actor | None = None  # IT's command line acts as CommandLine
        self._gate = gate
        self._people = people
        self._failures = failures
        self._audit = audit
        self._workstation = workstation[:200]
        self._clock = clock
        self.verify = verify  # (password, stored hash) → right or not; `PasswordCheckedAhead` at some starts

    def people(self) -> list[Person]:
        """Who may sign in here; empty where only signing in connects to the database."""
        if self._gate is not None and not self._gate.signed_in:
            return []
        return self._people.people()

    def _keys(self, login: str) -> list[tuple[str, str]]:
        keys = [("login", login.lower()[:200])]
        if self._workstation:
            keys.append(("pc", self._workstation))
        return keys

    def _check_throttle(self, login: str, now: datetime) -> None:
        if self._failures is None:
            return
        for scope, key in self._keys(login):
            found = self._failures.failure(scope, key)
            if found is None:
                continue
            count, last = found
            ready = last + wait_after(count)
            if now < ready:
                raise SignInThrottledError(max(1, int((ready - now).total_seconds() + 0.999)))

    def _failed(self, login: str, now: datetime) -> None:
        try:
            self._count_failure(login, now)
        except ReadOnlyStorageError:  # (the wrong password is still refused)
            log.info("a wrong password not counted: the database is only read")

    def _count_failure(self, login: str, now: datetime) -> None:
        if self._failures is None:
            return
        for scope, key in self._keys(login):
            count = self._failures.add_failure(scope, key, now)
            if count == THROTTLE_AFTER and self._audit is not None:
                self._audit.record(
                    None,
                    AuditAction.SIGN_IN_THROTTLED,
                    subject=f"{scope} {key}",
                    details=f"{count} wrong passwords in a row (login {login!r}, PC {self._workstation!r})",
                    actor_label=f"sign-in on {self._workstation or 'this PC'}",
                )

    def sign_in(self, login: str, password: str) -> Person:
        login = login.strip()
        now = self._clock()
        self._check_throttle(login, now)
        if self._gate is not None:
            return self._sign_in_through_gate(self._gate, login, password, now)
        found = self._people.credentials(login)
        # the same message whether the login or the password is wrong
        if found is None or not found[0].active or not self.verify(password, found[1]):
            self._failed(login, now)
            raise SignInError("Wrong name or password.")
        person, stored = found
        if len(password) < MIN_PASSWORD and not (person.demo and self._people.demo_only()):
            raise ShortPasswordError()
        self._forget_failures(login)
        if needs_rehash(stored):
            try:
                self._people.set_password_hash(person.id, hash_password(password))
            except ReadOnlyStorageError:
                log.info("a stronger password hash waits for a database this console may write")
        self.person = person
        return person

    def _forget_failures(self, login: str) -> None:
        """A good sign-in clears the wrong-password counts; a database opened only to read keeps them."""
        if self._failures is None:
            return
        try:
            for scope, key in self._keys(login):
                self._failures.clear(scope, key)
        except ReadOnlyStorageError:
            log.info("wrong-password counts not cleared: the database is only read")

    def _sign_in_through_gate(self, gate: SignInGate, login: str, password: str, now: datetime) -> Person:
        person = gate.check(login, password)
        if person is None or not person.active:
            self._failed(login, now)
            raise SignInError("Wrong name or password.")
        self._forget_failures(login)
        self.person = person
        return person

    def lockouts(self, actor: Actor | None) -> list[tuple[str, str, int, datetime]]:
        """Logins and PCs with five or more wrong passwords in a row (scope, key, count, last): for admins."""
        require(actor, Permission.MANAGE_PEOPLE)
        return self._failures.throttled(THROTTLE_AFTER) if self._failures is not None else []

    def current(self, person: Person) -> Person | None:
        """The signed-in person as stored now (an admin may have changed the role); None when switched off."""
        now = self._people.person(person.id)
        now = now if now is not None and now.active else None
        if self.person is not None and self.person.id == person.id:
            self.person = now
        return now

    def add_person(self, login: str, display_name: str, role: Role, password: str) -> Person:
        if len(password) < MIN_PASSWORD:
            raise ValueError(f"A password needs at least {MIN_PASSWORD} characters.")
        return self._people.add(login, display_name, role, hash_password(password))
