"""An unattended start checks its password ahead: the stored hash read with the standard library before the storage
layer loads, scrypt on its own thread. The sign-in takes that answer only for that exact password and hash."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from reception_console.domain.people import Role
from reception_console.services import passwords
from reception_console.services.auth import AuthService, SignInError
from reception_console.services.passwords import PasswordCheckedAhead, hash_password
from reception_console.storage.database import Database
from reception_console.storage.early_read import embedded_path, stored_password_hash
from reception_console.storage.repositories import SqlPeopleStore
from reception_console.storage.repositories.people_admin import SqlPeopleAdminStore
from reception_console.storage.repositories.sign_in import SqlSignInFailureStore
from tests.conftest import Clock


def url_of(db: Database) -> str:
    assert db.sqlite_path is not None
    return f"sqlite:///{db.sqlite_path}"


def test_the_stored_hash_is_read_without_the_storage_layer(empty_db: Database) -> None:
    people = SqlPeopleStore(empty_db.connections)
    stored = hash_password("a long password")
    person = people.add("Justyna", "Justyna", Role.RECEPTIONIST, stored)
    url = url_of(empty_db)
    assert stored_password_hash(url, "justyna") == stored  # as the sign-in compares logins: case aside
    assert stored_password_hash(url, " JUSTYNA ") == stored
    assert stored_password_hash(url, "olga") is None
    SqlPeopleAdminStore(empty_db.connections).update(person.id, active=False)
    assert stored_password_hash(url, "justyna") is None  # an inactive person signs in nowhere


@pytest.mark.parametrize(
    "url",
    ["postgresql+psycopg://host/db", "sqlite://", "sqlite:///:memory:", "sqlite:////tmp/x.sqlite3?mode=ro"],
)
def test_only_a_plain_embedded_file_is_read_early(url: str) -> None:
    assert embedded_path(url) is None
    assert stored_password_hash(url, "justyna") is None


def test_a_missing_file_an_older_schema_or_no_database_gives_none(tmp_path: Path) -> None:
    missing = tmp_path / "none.sqlite3"
    assert stored_password_hash(f"sqlite:///{missing}", "justyna") is None
    assert not missing.exists()  # read-only: never creates the file
    older = tmp_path / "older.sqlite3"
    with sqlite3.connect(older) as conn:
        conn.execute("CREATE TABLE people (id INTEGER PRIMARY KEY, login TEXT)")  # no hash, no active column
    assert stored_password_hash(f"sqlite:///{older}", "justyna") is None
    garbage = tmp_path / "garbage.sqlite3"
    garbage.write_bytes(b"not a database at all" * 100)
    assert stored_password_hash(f"sqlite:///{garbage}", "justyna") is None


def test_the_answer_checked_ahead_counts_only_for_its_own_password_and_hash(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    stored = hash_password("a long password")
    ahead = PasswordCheckedAhead("a long password", stored)
    checked: list[tuple[str, str]] = []

    def counting(password: str, hashed: str) -> bool:
        checked.append((password, hashed))
        return True

    monkeypatch.setattr(passwords, "verify_password", counting)
    assert ahead("a long password", stored) is True  # the thread's answer: no second check
    assert checked == []
    other = hash_password("another password")
    assert ahead("a long password", other) is True  # another hash (changed meanwhile): checked again
    assert ahead("not the password", stored) is True  # another password: checked again
    assert checked == [("a long password", other), ("not the password", stored)]


def test_a_wrong_password_checked_ahead_is_refused_and_counted(empty_db: Database, clock: Clock) -> None:
    people = SqlPeopleStore(empty_db.connections)
    people.add("justyna", "Justyna", Role.RECEPTIONIST, hash_password("a long password"))
    failures = SqlSignInFailureStore(empty_db.connections)
    auth = AuthService(people, failures, workstation="pc-1", clock=clock)
    stored = stored_password_hash(url_of(empty_db), "justyna")
    assert stored is not None
    auth.verify = PasswordCheckedAhead("not the password", stored)
    with pytest.raises(SignInError):
        auth.sign_in("justyna", "not the password")
    assert failures.failure("login", "justyna") is not None
    auth.verify = PasswordCheckedAhead("a long password", stored)
    assert auth.sign_in("justyna", "a long password").login == "justyna"
    assert failures.failure("login", "justyna") is None  # a good sign-in clears the count as always
