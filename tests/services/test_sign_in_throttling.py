"""Sign-in on SQLite and PostgreSQL: wrong passwords slowed down per login and per PC, weak hashes upgraded,
short passwords refused once the database is in real use."""

from __future__ import annotations

import base64
import hashlib

import pytest
from sqlalchemy import select

from reception_console.domain.audit import AuditAction
from reception_console.domain.people import Role
from reception_console.services import passwords
from reception_console.services.auth import (
    AuthService,
    ShortPasswordError,
    SignInError,
    SignInThrottledError,
    wait_after,
)
from reception_console.services.passwords import verify_password
from reception_console.storage.database import Database
from reception_console.storage.models import PersonRow
from reception_console.storage.repositories import SqlPeopleStore
from reception_console.storage.repositories.sign_in import SqlSignInFailureStore
from tests.builders import services_for
from tests.conftest import Clock


def auth_on(db: Database, clock: Clock, workstation: str) -> AuthService:
    people, failures = SqlPeopleStore(db.connections), SqlSignInFailureStore(db.connections)
    return AuthService(people, failures, workstation=workstation, clock=clock)


def wrong(auth: AuthService, login: str, times: int) -> None:
    for _ in range(times):
        with pytest.raises(SignInError) as error:
            auth.sign_in(login, "not the password")
        assert not isinstance(error.value, SignInThrottledError)


def test_five_wrong_passwords_make_each_further_try_wait(demo_db: Database, clock: Clock) -> None:
    services = services_for(demo_db, clock)
    wrong(services.auth, "olga", 5)
    with pytest.raises(SignInThrottledError) as throttled:  # even the right password waits now
        services.auth.sign_in("olga", "demo")
    assert throttled.value.seconds == 1
    clock.advance(seconds=1)
    wrong(services.auth, "olga", 1)  # the sixth: now two seconds
    with pytest.raises(SignInThrottledError) as longer:
        services.auth.sign_in("olga", "demo")
    assert longer.value.seconds == 2
    events = services.audit.events(_admin(demo_db))
    throttle = [e for e in events if e.action is AuditAction.SIGN_IN_THROTTLED]
    assert {e.subject for e in throttle} == {"login olga", f"pc {services.auth._workstation}"}
    assert {(scope, count) for scope, _, count, _ in services.auth.lockouts(_admin(demo_db))} == {
        ("login", 6),
        ("pc", 6),
    }
    clock.advance(seconds=2)
    assert services.auth.sign_in("olga", "demo").login == "olga"
    assert services.auth.lockouts(_admin(demo_db)) == []  # a good sign-in clears the login and the PC


def _admin(db: Database):  # type: ignore[no-untyped-def]
    found = SqlPeopleStore(db.connections).credentials("admin")
    assert found is not None
    return found[0]


def test_the_wait_is_per_login_and_per_pc(demo_db: Database, clock: Clock) -> None:
    reception = auth_on(demo_db, clock, "reception-pc")
    office = auth_on(demo_db, clock, "office-pc")
    for login in ("justyna", "olga", "anna", "nobody", "admin"):  # five logins tried from one PC
        wrong(reception, login, 1)
    with pytest.raises(SignInThrottledError):
        reception.sign_in("justyna", "demo")
    assert office.sign_in("justyna", "demo").login == "justyna"  # another PC, a login with one failure
    wrong(office, "anna", 4)  # anna: 1 + 4 = 5 wrong passwords, from two PCs
    with pytest.raises(SignInThrottledError):
        auth_on(demo_db, clock, "third-pc").sign_in("anna", "demo")


def test_the_wait_grows_to_a_minute() -> None:
    assert [wait_after(n).total_seconds() for n in (0, 4, 5, 6, 7, 10, 11, 50)] == [0, 0, 1, 2, 4, 32, 60, 60]


def test_an_older_hash_is_upgraded_at_the_next_good_sign_in(
    demo_db: Database, clock: Clock, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(passwords, "_N", passwords.SCRYPT_N)  # the product's cost (tests hash cheaply)
    salt = b"0123456789abcdef"
    old = hashlib.scrypt(b"long enough", salt=salt, n=2**14, r=8, p=1, dklen=32)
    old_hash = f"scrypt${2**14}$8$1${base64.b64encode(salt).decode()}${base64.b64encode(old).decode()}"
    people = SqlPeopleStore(demo_db.connections)
    person = people.add("marta", "Marta", Role.RECEPTIONIST, old_hash)
    auth = auth_on(demo_db, clock, "pc")
    assert auth.sign_in("marta", "long enough").id == person.id
    with demo_db.sessions() as s:
        stored = s.scalar(select(PersonRow.password_hash).where(PersonRow.id == person.id))
    assert stored is not None and stored.split("$")[1] == str(2**17) and stored != old_hash
    assert verify_password("long enough", stored) and auth.sign_in("marta", "long enough").id == person.id


def test_demo_accounts_and_short_passwords(demo_db: Database, clock: Clock) -> None:
    services = services_for(demo_db, clock)
    assert all(p.demo for p in services.auth.people())
    assert services.auth.sign_in("justyna", "demo").demo  # the demo database: its short password works
    admin = services.auth.sign_in("admin", "demo")
    services.people.add(admin, "marta", "Marta Zając", Role.RECEPTIONIST, "haslo-marty")
    with pytest.raises(ShortPasswordError):  # now a database in real use: "demo" is too short
        services.auth.sign_in("justyna", "demo")
    with pytest.raises(SignInError):
        services.auth.sign_in("justyna", "wrong")
    assert not services.auth.sign_in("marta", "haslo-marty").demo
    clock.advance(minutes=5)
    with pytest.raises(ValueError, match="8"):
        services.auth.add_person("kasia", "Kasia", Role.RECEPTIONIST, "short")
