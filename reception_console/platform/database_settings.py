"""Where the shared database is (`[database]` in config.toml), the passwords for it (the system keyring only), and
URLs made safe to show.

[database]
host = "db.callcentre.local"     # or a socket folder such as /var/run/postgresql
port = 5432
name = "reception"
sslmode = "verify-full"           # libpq's: disable, prefer, require, verify-ca, verify-full
sslrootcert = "C:/ProgramData/ReceptionConsole/callcentre-ca.crt"
unattended_login = "desk-7"       # an unattended PC signs in by itself; its password is in the keyring

Each person signs in with their own login; the console connects to PostgreSQL as that person. `reception-console
db connect` writes this table and puts a password (the unattended PC's, or IT's for `db` commands) in the keyring.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from typing import Any
from urllib.parse import quote, urlencode

log = logging.getLogger(__name__)

KEYRING_SERVICE = "ReceptionConsole"
SSL_MODES = ("", "disable", "allow", "prefer", "require", "verify-ca", "verify-full")


@dataclass(frozen=True)
class SharedDatabase:
    host: str = ""
    port: int = 5432
    name: str = ""
    sslmode: str = ""
    sslrootcert: str = ""
    unattended_login: str = ""

    @property
    def configured(self) -> bool:
        return bool(self.host and self.name)

    def url(self) -> str:
        """The SQLAlchemy URL without any user or password: whoever signs in supplies them."""
        query: dict[str, str] = {}
        netloc = ""
        if self.host.startswith("/"):  # a Unix socket folder goes in the query, as libpq takes it
            query["host"] = self.host
            query["port"] = str(self.port)
        else:
            netloc = f"{self.host}:{self.port}"
        if self.sslmode:
            query["sslmode"] = self.sslmode
        if self.sslrootcert:
            query["sslrootcert"] = self.sslrootcert
        suffix = f"?{urlencode(query)}" if query else ""
        return f"postgresql+psycopg://{netloc}/{quote(self.name)}{suffix}"


def merge_database(base: SharedDatabase, data: dict[str, Any], problems: list[str]) -> SharedDatabase:
    """Apply one config file's `[database]` host/port/name/TLS keys; a wrong value is reported and left as it was."""
    out = base
    port = data.get("port", out.port)
    if not isinstance(port, int) or isinstance(port, bool) or not 0 < port < 65536:
        problems.append(f"database.port {port!r} is not a port number; using {out.port}")
        port = out.port
    sslmode = str(data.get("sslmode", out.sslmode)).strip()
    if sslmode not in SSL_MODES:
        problems.append(f"database.sslmode {sslmode!r} is not one of {', '.join(m for m in SSL_MODES if m)}; ignored")
        sslmode = out.sslmode
    return SharedDatabase(
        host=str(data.get("host", out.host)).strip(),
        port=port,
        name=str(data.get("name", out.name)).strip(),
        sslmode=sslmode,
        sslrootcert=str(data.get("sslrootcert", out.sslrootcert)),
        unattended_login=str(data.get("unattended_login", out.unattended_login)).strip(),
    )


# --- showing URLs -------------------------------------------------------------------------------------------

_USERINFO = re.compile(r"(?P<scheme>[a-z][a-z0-9+.-]*://)(?P<user>[^:/@?#\s]*):(?P<secret>[^@/\s]*)@", re.I)
_QUERY_SECRET = re.compile(r"(?P<key>(?:^|[?&;\s])(?:password|passwd|pwd|sslpassword)=)(?P<secret>[^&;\s]*)", re.I)


def mask_url(text: str) -> str:
    """`text` with every password in a URL or a libpq key=value string replaced by ***."""
    text = _USERINFO.sub(lambda m: f"{m['scheme']}{m['user']}:***@", text)
    return _QUERY_SECRET.sub(lambda m: f"{m['key']}***", text)


def url_password(url: str) -> str:
    """The password written into a URL (empty when none): such a URL is never kept in a file."""
    found = _USERINFO.search(url)
    return found["secret"] if found else ""


def without_password(url: str) -> str:
    return _USERINFO.sub(lambda m: f"{m['scheme']}{m['user']}@", url)


# --- the keyring --------------------------------------------------------------------------------------------


_ANY_USERINFO = re.compile(r"(?P<scheme>[a-z][a-z0-9+.-]*://)[^/@?#\s]*@", re.I)


def keyring_user(database_url: str, login: str) -> str:
    """The keyring entry of `login` on the database at `database_url` (whoever the URL itself names)."""
    return f"database:{login}@{_ANY_USERINFO.sub(lambda m: m['scheme'], database_url)}"


def stored_password(database_url: str, login: str) -> str | None:
    """The password kept in the system keyring for `login` on this database, if any."""
    import keyring
    from keyring.errors import KeyringError

    try:
        return keyring.get_password(KEYRING_SERVICE, keyring_user(database_url, login))
    except KeyringError as error:
        log.warning("the system keyring cannot be read: %s", error)
        return None


def store_password(database_url: str, login: str, password: str) -> None:
    import keyring

    keyring.set_password(KEYRING_SERVICE, keyring_user(database_url, login), password)
