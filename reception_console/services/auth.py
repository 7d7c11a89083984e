"""Sign-in: passwords hashed with scrypt (a standard memory-hard KDF from the standard library)."""

from __future__ import annotations

import base64
import hashlib
import hmac
import secrets

from ..domain.people import Person, Role
from .ports import PeopleStore

_N, _R, _P = 2**14, 8, 1


def hash_password(password: str) -> str:
    salt = secrets.token_bytes(16)
    digest = hashlib.scrypt(password.encode(), salt=salt, n=_N, r=_R, p=_P, dklen=32)
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
        )
    except (ValueError, TypeError):
        return False
    return hmac.compare_digest(actual, expected)


class SignInError(Exception):
    pass


class AuthService:
    def __init__(self, people: PeopleStore) -> None:
        self._people = people

    def people(self) -> list[Person]:
        return self._people.people()

    def sign_in(self, login: str, password: str) -> Person:
        found = self._people.credentials(login.strip())
        # the same message whether the login or the password is wrong
        if found is None or not found[0].active or not verify_password(password, found[1]):
            raise SignInError("Wrong name or password.")
        return found[0]

    def current(self, person: Person) -> Person | None:
        """The signed-in person as stored now (an admin may have changed the role); None when switched off."""
        now = self._people.person(person.id)
        return now if now is not None and now.active else None

    def add_person(self, login: str, display_name: str, role: Role, password: str) -> Person:
        return self._people.add(login, display_name, role, hash_password(password))
