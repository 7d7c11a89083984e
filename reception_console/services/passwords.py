"""Passwords hashed with scrypt (a standard memory-hard KDF from the standard library), and a check started ahead
of the sign-in. Standard library only: an unattended start imports this, and starts its check, before anything
else has loaded."""

from __future__ import annotations

import base64
import hashlib
import hmac
import secrets

# OWASP's floor for scrypt is N=2^17, r=8, p=1: 128 MiB and about 0.4 s per hash here
SCRYPT_N = 2**17
_N, _R, _P = SCRYPT_N, 8, 1  # (the test suite lowers _N for its own people; never the product)
_MAXMEM = 2**28  # hashlib refuses more than 32 MiB by default


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
