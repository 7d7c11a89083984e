"""Sign-in: passwords hashed with scrypt (a standard memory-hard KDF from the standard library), wrong
passwords slowed down per login and per PC, older hashes upgraded at the next good sign-in. On a shared database
set up with `db init`, PostgreSQL checks them instead: signing in is connecting as the person's own login (a
`SignInGate`, `storage.repositories.logins`)."""

from __future__ import annotations

import base64
import hashlib
import hmac
import logging
import secrets
from collections.abc import Callable
from datetime import datetime, timedelta

from ..domain.audit import AuditAction
from ..domain.calls import utcnow
from ..domain.errors import ReadOnlyStorageError
from ..domain.people import Person, Role
from ..domain.permissions import Actor, Permission
from .audit import AuditTrail
from .permissions import require
from .ports import PeopleStore, SignInGate
from .privacy_ports import SignInFailureStore

log = logging.getLogger(__name__)

# OWASP's floor for scrypt is N=2^17, r=8, p=1: 128 MiB and about 0.4 s per hash here
SCRYPT_N = 2**17
_N, _R, _P = SCRYPT_N, 8, 1  # (the test suite lowers _N for its own people; never the product)
_MAXMEM = 2**28  # hashlib refuses more than 32 MiB by default
MIN_PASSWORD = 8
THROTTLE_AFTER = 5  # wrong passwords in a row before each further try has to wait
MAX_WAIT_SECONDS = 60


def hash_password(password: str) -> str:
    salt = secrets.token_bytes(16)
    digest = hashlib.scrypt(password.encode(), salt=salt, n=_N, r=_R, p=_P, dklen=32, maxmem=_MAXMEM)
    b64 = base64.b64encode
    return f"scrypt${_N}${_R}${_P}${b64(salt).decode()}${b64(digest).decode()}"


def verify_password(password: str, stored: str) -> bool:
    try:
        scheme, n, r, p, salt, digest = stored.split("$")
        if scheme != "scrypt":
            return False
        expected = base64.b64decode(digest)
        actual = hashlib.scrypt(
            password.encode(),
            salt=base64.b64decode(salt),
            n=int(n),
            r=int(r),
            p=int(p),
            dklen=len(expected),
            maxmem=_MAXMEM,
        )
    except (ValueError, TypeError):
        return False
    return hmac.compare_digest(actual, expected)


class PasswordCheckedAhead:
    """One password checked against one stored hash on its own thread, started before the storage layer has
    loaded (an unattended PC's start, `storage.early_read`): scrypt releases the GIL, so it runs on another core
    meanwhile. The sign-in then takes that answer for exactly that password and that hash, and checks any other
    pair itself; the lockout, the failure counts and the hash upgrade are the sign-in's as always."""

    def __init__(self, password: str, stored: str) -> None:
        from concurrent.futures import ThreadPoolExecutor

        self._pair = (password, stored)
        pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="password-check")
        self._answer = pool.submit(verify_password, password, stored)
        pool.shutdown(wait=False)  # the thread ends with its one task

    def __call__(self, password: str, stored: str) -> bool:
        checked, checked_stored = self._pair
        if stored == checked_stored and hmac.compare_digest(password.encode(), checked.encode()):
            return self._answer.result()
        return verify_password(password, stored)


def needs_rehash(stored: str) -> bool:
    """Whether a stored hash is weaker than what `hash_password` makes now."""
    try:
        scheme, n, r, p, *_ = stored.split("$")
        return scheme != "scrypt" or (int(n), int(r), int(p)) < (_N, _R, _P)
    except ValueError:
        return True


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
