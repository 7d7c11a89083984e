"""reception-console db status|upgrade|init|connect — the database itself, without a window.

    db status                      the database (password masked) and its schema revision
    db upgrade [--login IT]        the embedded file: migrate, backed up first; a shared database: IT's upgrade
                                   under an advisory lock, a pg_dump backup first, the whole chain in one transaction
    db init --login IT [--admin L] a shared database, once: roles, GRANTs, row policies, the people functions
    db connect --host H --database D [--sslmode M --sslrootcert F] [--unattended LOGIN]
                                   point this PC's consoles at a shared database (config.toml; passwords in the
                                   system keyring only)

IT's login (`--login`, e.g. postgres) gives its password through RECEPTION_CONSOLE_PASSWORD, the keyring, or the
prompt; never as an argument.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from ..platform.database_settings import SSL_MODES, mask_url
from ..platform.settings import Settings
from . import CommandError, database, guarded, password_for

NEW_PASSWORD_ENV = "RECEPTION_CONSOLE_NEW_PASSWORD"


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    db = sub.add_parser("db", help="the database").add_subparsers(dest="action", required=True)
    upgrade = db.add_parser("upgrade", help="migrate to this version's schema (backs up first)")
    upgrade.add_argument("--login", metavar="LOGIN", help="IT's PostgreSQL login that owns the shared database")
    upgrade.add_argument("--backup-dir", type=Path, metavar="DIR", help="where pg_dump writes (default: data folder)")
    upgrade.add_argument("--no-backup", action="store_true", help="upgrade a shared database without a pg_dump")
    db.add_parser("status", help="print the database URL and its schema revision")
    init = db.add_parser("init", help="set up a shared PostgreSQL database: schema, roles, GRANTs (run once by IT)")
    init.add_argument("--login", metavar="LOGIN", help="IT's PostgreSQL login (a superuser, e.g. postgres)")
    init.add_argument("--prefix", metavar="NAME", help="the roles' prefix (default: the database's name)")
    init.add_argument("--admin", metavar="LOGIN", help="the first admin: made (or given a new password) now")
    init.add_argument("--admin-name", metavar="TEXT", default="", help="the admin's name as shown (default: login)")
    connect = db.add_parser("connect", help="point this PC's consoles at a shared database")
    connect.add_argument("--host", required=True, help="server name or address (or a socket folder)")
    connect.add_argument("--port", type=int, default=5432)
    connect.add_argument("--database", required=True, metavar="NAME")
    connect.add_argument("--sslmode", choices=[m for m in SSL_MODES if m], help="TLS: verify-full on a network")
    connect.add_argument("--sslrootcert", metavar="FILE", help="the CA certificate the server's is checked against")
    connect.add_argument("--unattended", metavar="LOGIN", help="this PC signs in as LOGIN by itself (kiosk)")
    connect.add_argument("--config", type=Path, metavar="FILE", help="the config.toml to write (default: the user's)")


def run(args: argparse.Namespace, settings: Settings) -> int:
    actions = {"status": _status, "upgrade": _upgrade, "init": _init, "connect": _connect}
    return guarded(lambda: actions[args.action](args, settings))


def _status(args: argparse.Namespace, settings: Settings) -> int:
    from ..storage import migrate

    if settings.is_embedded:
        with database(settings, prepare=False) as db:
            revision = migrate.current_revision(db)
            url = db.url
    else:
        with _as_it(settings, args.user) as db:
            revision = migrate.current_revision(db)
            url = db.url
    print(f"database: {mask_url(url)}\nschema: {revision or 'empty'} (this version: {migrate.HEAD})")
    return 0


# --- IT's connection ------------------------------------------------------------------------------------------


class _ItConnection:
    def __init__(self, settings: Settings, login: str | None) -> None:
        from sqlalchemy.engine import make_url

        from ..storage.database import open_database

        url = make_url(settings.effective_database_url)
        if url.get_backend_name() != "postgresql":
            raise CommandError("This is for a shared PostgreSQL database; the embedded file needs no set-up.")
        login = login or url.username
        if login:
            password = password_for(settings, login)
            url = url.set(username=login, password=password or None)
        self.db = open_database(url)

    def __enter__(self) -> Any:
        return self.db

    def __exit__(self, kind: Any, error: BaseException | None, _tb: Any) -> None:
        from sqlalchemy.exc import SQLAlchemyError

        from ..storage import migrate

        self.db.dispose()
        if isinstance(error, migrate.SchemaError):
            raise CommandError(str(error)) from error
        if isinstance(error, SQLAlchemyError):
            reason = getattr(error, "orig", error)
            raise CommandError(mask_url(f"The database {self.db.url} refused: {reason}")) from error


def _as_it(settings: Settings, login: str | None) -> _ItConnection:
    return _ItConnection(settings, login)


# --- upgrade ------------------------------------------------------------------------------------------------


def _upgrade(args: argparse.Namespace, settings: Settings) -> int:
    from ..storage import access, migrate

    if settings.is_embedded:
        with database(settings, prepare=False) as db:
            print(f"database {db.url}: {migrate.prepare(db, on_backup=lambda path: print(f'backup: {path}'))}")
        return 0

    with _as_it(settings, args.login) as db:
        backup_dir = args.backup_dir or settings.paths.data / "backups"

        def backup(revision: str) -> None:
            if args.no_backup:
                print("no backup written (--no-backup)")
                return
            written = pg_dump(db, backup_dir, revision)
            print(f"backup: {written}" if written else "pg_dump is not on PATH: no backup written")

        def regrant(conn: Any) -> None:
            if access.installed_prefix(conn):  # new tables get their GRANTs in the same transaction
                access.init(conn, db.engine.url.database or "")

        try:
            done = migrate.upgrade_shared(db, before=backup, after=regrant)
        except access.AccessError as error:
            raise CommandError(f"Nothing was changed: {error}") from error
        print(f"database {db.url}: {done} (schema {migrate.HEAD})")
    return 0


def pg_dump(db: Any, folder: Path, revision: str) -> Path | None:
    """A custom-format dump of the whole database into `folder` (private to this user); None without pg_dump."""
    from ..storage import migrate

    program = shutil.which("pg_dump")
    if program is None:
        return None
    folder.mkdir(parents=True, exist_ok=True)
    folder.chmod(0o700)
    url = db.engine.url
    stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S")
    target = folder / f"{url.database}.before-{migrate.HEAD}-from-{revision}-{stamp}-{os.getpid()}.dump"
    env = dict(os.environ)
    if url.password:
        env["PGPASSWORD"] = url.password  # the environment of our own child: not on its command line
    conninfo = url.set(drivername="postgresql", password=None).render_as_string(hide_password=False)
    done = subprocess.run(
        [program, "--format=custom", f"--file={target}", f"--dbname={conninfo}"],
        env=env,
        capture_output=True,
        text=True,
    )
    if done.returncode != 0:
        target.unlink(missing_ok=True)
        raise CommandError(
            mask_url(
                f"pg_dump failed, nothing was upgraded: {done.stderr.strip()[-800:]}\n"
                "Fix that (pg_dump must be at least the server's version), or give --no-backup."
            )
        )
    target.chmod(0o600)
    return target


# --- init ---------------------------------------------------------------------------------------------------


def _init(args: argparse.Namespace, settings: Settings) -> int:
    from ..storage import access, migrate

    with _as_it(settings, args.login) as db:
        name = db.engine.url.database or ""
        prefix: list[str] = []
        try:
            done = migrate.upgrade_shared(db, after=lambda conn: prefix.append(access.init(conn, name, args.prefix)))
        except access.AccessError as error:
            raise CommandError(f"Nothing was changed: {error}") from error
        roles = access.role_names(prefix[0])
        print(f"database {db.url}: schema {done}; access rules in place.")
        print("roles: " + ", ".join(roles.values()))
        if args.admin:
            _first_admin(db, args.admin, args.admin_name or args.admin)
        _report_people(db)
    return 0


def _new_password(login: str) -> str:
    from_env = os.environ.get(NEW_PASSWORD_ENV)
    if from_env:
        return from_env
    if not sys.stdin.isatty():
        raise CommandError(f"Give {login}'s new password in {NEW_PASSWORD_ENV}, or run this on a terminal.")
    import getpass

    first = getpass.getpass(f"New password for {login}: ")
    if first != getpass.getpass("Once more: "):
        raise CommandError("The two passwords differ; nothing was changed for the admin.")
    return first


def _first_admin(db: Any, login: str, display_name: str) -> None:
    from sqlalchemy import select

    from ..domain.people import Role
    from ..services.people_admin import MIN_PASSWORD
    from ..storage.models import PersonRow
    from ..storage.repositories.logins import PostgresPeopleAdminStore

    password = _new_password(login)
    if len(password) < MIN_PASSWORD:
        raise CommandError(f"A password needs at least {MIN_PASSWORD} characters; the admin was not made.")
    store = PostgresPeopleAdminStore(db)
    verifier = store.secret_for(login, password)
    with db.sessions() as s:
        existing = s.scalar(select(PersonRow.id).where(PersonRow.login == login))
    if existing is None:
        store.add(login, display_name, Role.ADMIN, verifier)
        print(f"admin {login}: made.")
    else:
        store.update(existing, role=Role.ADMIN, active=True, password_hash=verifier)
        print(f"admin {login}: given the admin's job and the new password.")


def _report_people(db: Any) -> None:
    from sqlalchemy import text

    with db.engine.connect() as conn:
        without = conn.execute(
            text(
                "SELECT login FROM people p WHERE active AND NOT EXISTS (SELECT 1 FROM pg_roles r"
                " WHERE r.rolname = p.login AND r.rolcanlogin) ORDER BY login"
            )
        ).scalars()
        logins = list(without)
    if logins:
        print(
            f"{len(logins)} person(s) cannot sign in yet ({', '.join(logins[:10])}{' …' if len(logins) > 10 else ''}):"
            " an admin gives each a password in People… (Reset password), which makes their login."
        )


# --- connect ------------------------------------------------------------------------------------------------


def _connect(args: argparse.Namespace, settings: Settings) -> int:
    from keyring.errors import KeyringError

    from ..platform.config_file import ConfigWriteError, set_value
    from ..platform.database_settings import SharedDatabase, store_password

    if not 0 < args.port < 65536:
        raise CommandError(f"{args.port} is not a port number.")
    shared = SharedDatabase(
        args.host, args.port, args.database, args.sslmode or "", args.sslrootcert or "", args.unattended or ""
    )
    if args.sslrootcert and not Path(args.sslrootcert).is_file():
        raise CommandError(f"{args.sslrootcert}: no such file (the CA certificate to check the server with).")
    path = args.config or settings.paths.config / "config.toml"
    if args.unattended:
        from . import PASSWORD_ENV

        password = os.environ.get(PASSWORD_ENV)
        if password is None:
            if not sys.stdin.isatty():
                raise CommandError(f"Give {args.unattended}'s password in {PASSWORD_ENV}, or run this on a terminal.")
            import getpass

            password = getpass.getpass(f"Password of {args.unattended} (kept in the system keyring): ")
        try:
            store_password(shared.url(), args.unattended, password)
        except KeyringError as error:
            raise CommandError(f"The system keyring refused the password; nothing was changed: {error}") from error
    try:
        for key, value in (
            ("host", shared.host),
            ("port", shared.port),
            ("name", shared.name),
            ("sslmode", shared.sslmode),
            ("sslrootcert", shared.sslrootcert),
            ("unattended_login", shared.unattended_login),
            ("url", ""),  # host/name win only when no url is set
        ):
            set_value(path, "database", key, value)
    except ConfigWriteError as error:
        raise CommandError(f"The settings could not be written: {error}") from error
    print(f"{path}: consoles on this PC use {shared.url()}" + (" with TLS" if shared.sslmode else ""))
    if args.unattended:
        print(f"{args.unattended} signs in by itself; the password is in the system keyring.")
    else:
        print("Each person signs in with their own login.")
    return 0
