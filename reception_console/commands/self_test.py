"""reception-console self-test — is this installation whole? One command for IT on a PC that misbehaves.

Runs what the console needs, without touching the user's data: a fresh database in a temporary folder through
the bundled migrations, the demo data, a call recorded and read back, a clinic's card drawn offscreen with the
translations, the Qt platform plugin the window would use, the system keyring, the PostgreSQL driver and, when a
shared database is configured, a connection to it and its schema revision. Prints the versions, one line per
check, and for each problem what to do. Exit code 0 when nothing is broken (warnings allowed), else 1.

The Qt parts run in a child process (`self-test --probe …`): a Qt plugin that cannot be loaded aborts the process
that loads it, and the parent names the plugin instead of crashing with it.
"""

from __future__ import annotations

import argparse
import os
import platform
import subprocess
import sys
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from ..platform.settings import Settings
from .self_test_probes import PROBES, run_probe

OK, WARN, FAIL = "ok", "warning", "FAILED"
PROBE_TIMEOUT_S = 60.0
DB_TIMEOUT_S = 5


@dataclass(frozen=True)
class Result:
    status: str
    name: str
    detail: str
    fix: str = ""


class Problem(Exception):
    """A check failed: `detail` says what, `fix` what to do about it."""

    def __init__(self, detail: str, fix: str = "", *, status: str = FAIL) -> None:
        super().__init__(detail)
        self.detail = detail
        self.fix = fix
        self.status = status


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("self-test", help="check this installation and name what is broken")
    p.add_argument("--probe", choices=PROBES, help=argparse.SUPPRESS)
    p.add_argument("--probe-db", help=argparse.SUPPRESS)


def run(args: argparse.Namespace, settings: Settings) -> int:
    if args.probe:
        return run_probe(args.probe, args.probe_db)
    return SelfTest(settings, _probe_command()).run()


def _probe_command() -> list[str]:
    """This program again: the frozen executable, or the interpreter with the package."""
    if getattr(sys, "frozen", False):
        return [sys.executable]
    return [sys.executable, "-m", "reception_console"]


def _first_line(error: BaseException) -> str:
    text = str(getattr(error, "orig", None) or error).strip()
    return (text.splitlines() or [type(error).__name__])[0][:300]


REINSTALL = "Reinstall Reception Console: the installation is incomplete."


class SelfTest:
    def __init__(self, settings: Settings, program: list[str], out: Callable[[str], None] = print) -> None:
        self.settings = settings
        self.program = program
        self.out = out
        self.results: list[Result] = []

    # --- running ------------------------------------------------------------------------------------------------

    def run(self) -> int:
        from .. import __version__

        where = f"frozen build in {Path(sys.executable).parent}" if getattr(sys, "frozen", False) else "from source"
        self.out(f"Reception Console {__version__} self-test ({where}, {platform.system()} {platform.release()})")
        self.out(f"versions: {versions()}")
        with tempfile.TemporaryDirectory(prefix="reception-console-self-test-") as folder:
            url = f"sqlite:///{Path(folder) / 'self-test.sqlite3'}"
            self.check("migrations", lambda: self._migrations(url))
            self.check("demo data", lambda: self._demo(url))
            self.check("call", lambda: self._call(url))
            self.check("card", lambda: self._card(url))
            self._dispose()
        self.check("Qt platform", self._platform)
        self.check("keyring", self._keyring)
        self.check("PostgreSQL driver", self._postgres_driver)
        self.check("shared database", self._shared_database)
        self.check("data folder", self._data_folder)
        self.check("settings", self._settings_files)
        failed = [r.name for r in self.results if r.status == FAIL]
        warnings = sum(r.status == WARN for r in self.results)
        if failed:
            self.out(f"{len(failed)} problem(s): {', '.join(failed)}.")
            return 1
        self.out(f"All {len(self.results)} checks passed" + (f" ({warnings} warning(s))." if warnings else "."))
        return 0

    def check(self, name: str, step: Callable[[], str]) -> None:
        try:
            result = Result(OK, name, step())
        except Problem as problem:
            result = Result(problem.status, name, problem.detail, problem.fix)
        except Exception as error:  # a check that breaks is itself the finding; never a traceback
            result = Result(FAIL, name, f"{type(error).__name__}: {_first_line(error)}", REINSTALL)
        self.results.append(result)
        self.out(f"  {result.status:<8} {result.name}: {result.detail}")
        if result.fix:
            self.out(f"           fix: {result.fix}")

    # --- the embedded database, the demo and a call ---------------------------------------------------------

    _db = None

    def _database(self, url: str):  # type: ignore[no-untyped-def]
        from ..storage.database import open_database

        if self._db is None:
            self._db = open_database(url)
        return self._db

    def _dispose(self) -> None:
        if self._db is not None:
            self._db.dispose()
            self._db = None

    def _migrations(self, url: str) -> str:
        from ..storage import migrate

        db = self._database(url)
        if not (migrate.MIGRATIONS / "versions").is_dir():
            raise Problem(f"the migration scripts are missing ({migrate.MIGRATIONS})", REINSTALL)
        done = migrate.prepare(db)
        revision = migrate.current_revision(db)
        if revision != migrate.HEAD:
            raise Problem(f"a new database reached schema {revision}, not {migrate.HEAD}", REINSTALL)
        return f"a new database {done} at schema {revision} through {migrate.MIGRATIONS}"

    def _demo(self, url: str) -> str:
        from ..platform.paths import resources_dir
        from ..services.demo import load_demo
        from ..storage.repositories import SqlCardStore, SqlPeopleStore

        db = self._database(url)
        cards, people = SqlCardStore(db.connections), SqlPeopleStore(db.connections)
        load_demo(resources_dir() / "demo", cards, people)
        return f"{cards.clinic_count()} clinics and {people.count()} people loaded from {resources_dir() / 'demo'}"

    def _call(self, url: str) -> str:
        from ..domain.calls import Outcome, OutcomeForm
        from ..services.calls import CallDesk
        from ..storage.repositories import SqlCallStore, SqlCardStore

        db = self._database(url)
        cards = SqlCardStore(db.connections)
        desk = CallDesk(SqlCallStore(db.connections), cards, region=self.settings.phone_region)
        line = cards.lines()[0]
        call = desk.start_manual(line.number, "+48 600 100 200")
        desk.answer(call.id)
        desk.save(call.id, OutcomeForm(outcome=Outcome.INFO_ONLY))
        stored = SqlCallStore(db.connections).get(call.id)
        if stored is None or stored.outcome is not Outcome.INFO_ONLY or stored.clinic_id != line.clinic_id:
            raise Problem("a recorded call did not read back as it was saved", REINSTALL)
        return f"recorded on {line.clinic_name}'s line and read back"

    def _card(self, url: str) -> str:
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "QT_DEBUG_PLUGINS": "1"}
        return self._probe("card", env, extra=["--probe-db", url])

    # --- Qt ----------------------------------------------------------------------------------------------------

    def _platform(self) -> str:
        env = dict(os.environ)
        chosen = env.get("QT_QPA_PLATFORM", "")
        if sys.platform.startswith("linux") and not chosen and not (env.get("DISPLAY") or env.get("WAYLAND_DISPLAY")):
            return "no display in this session: the window's plugin (xcb) was not tried; the offscreen one works"
        env["QT_DEBUG_PLUGINS"] = "1"  # names the library a plugin misses, where Qt's own message may not
        return self._probe("platform", env)

    def _probe(self, probe: str, env: dict[str, str], extra: list[str] | None = None) -> str:
        command = [*self.program, "self-test", "--probe", probe, *(extra or [])]
        try:
            done = subprocess.run(
                command, env=env, capture_output=True, text=True, timeout=PROBE_TIMEOUT_S, check=False
            )
        except subprocess.TimeoutExpired as error:
            raise Problem(f"Qt did not answer within {PROBE_TIMEOUT_S:.0f} s", REINSTALL) from error
        if done.returncode == 0:
            return done.stdout.strip().splitlines()[-1] if done.stdout.strip() else "ok"
        raise qt_problem(done.returncode, done.stdout + done.stderr, env.get("QT_QPA_PLATFORM", ""))

    # --- keyring, the PostgreSQL driver and the shared database ---------------------------------------------

    def _needs_secrets(self) -> bool:
        return not self.settings.is_embedded or self.settings.telephony.source == "ami"

    def _keyring(self) -> str:
        import keyring
        from keyring.backends import chainer, fail

        backend = keyring.get_keyring()
        usable = not isinstance(backend, fail.Keyring) and not (
            isinstance(backend, chainer.ChainerBackend) and not backend.backends
        )
        status = FAIL if self._needs_secrets() else WARN
        needed = (
            "the shared database and the Asterisk secret need it"
            if status == FAIL
            else "nothing configured here needs it yet (the shared database and the Asterisk secret do)"
        )
        if not usable:
            raise Problem(f"no system keyring is available; {needed}", keyring_fix(), status=status)
        try:
            keyring.get_password("ReceptionConsole", "self-test")
        except Exception as error:
            raise Problem(
                f"the keyring {_name(backend)} does not answer: {_first_line(error)}; {needed}",
                keyring_fix(),
                status=status,
            ) from error
        return f"{_name(backend)} answers"

    def _postgres_driver(self) -> str:
        try:
            import psycopg
        except ImportError as error:
            fix = "Install libpq5 (apt install libpq5)." if sys.platform.startswith("linux") else REINSTALL
            raise Problem(f"psycopg cannot be loaded: {_first_line(error)}", fix) from error
        libpq = psycopg.pq.version()  # e.g. 150014 for 15.14
        kind = psycopg.pq.__impl__
        return f"psycopg {psycopg.__version__} ({kind} implementation, libpq {libpq // 10000}.{libpq % 10000})"

    def _shared_database(self) -> str:
        if self.settings.is_embedded:
            return "not configured (this console keeps its embedded database)"
        from sqlalchemy.engine import make_url
        from sqlalchemy.exc import SQLAlchemyError

        from ..storage import migrate
        from ..storage.database import open_database

        url = make_url(self.settings.effective_database_url)
        shown = url.render_as_string(hide_password=True)
        if url.get_backend_name() == "postgresql" and "connect_timeout" not in url.query:
            url = url.update_query_dict({"connect_timeout": str(DB_TIMEOUT_S)})
        db = open_database(url.render_as_string(hide_password=False))
        try:
            revision = migrate.current_revision(db)
        except SQLAlchemyError as error:
            raise Problem(
                f"{shown} cannot be reached: {_first_line(error)}",
                "Check that the database server runs and accepts this PC (firewall, pg_hba.conf), and the "
                "[database] settings in config.toml (reception-console self-test prints which files were read).",
            ) from error
        finally:
            db.dispose()
        if revision is None:
            raise Problem(f"{shown} answers but holds no schema", "IT creates it: reception-console db upgrade.")
        if revision not in migrate.KNOWN:
            raise Problem(
                f"{shown} is at schema {revision}, newer than this console ({migrate.HEAD})",
                "Install the newer Reception Console on this PC.",
            )
        if revision != migrate.HEAD:
            raise Problem(
                f"{shown} is at schema {revision}; this console needs {migrate.HEAD}",
                "IT upgrades the shared database: reception-console db upgrade.",
            )
        return f"{shown} answers at schema {revision}"

    # --- folders and settings files -------------------------------------------------------------------------

    def _data_folder(self) -> str:
        folder = self.settings.paths.data
        try:
            folder.mkdir(parents=True, exist_ok=True)
            with tempfile.NamedTemporaryFile(dir=folder, prefix=".self-test-"):
                pass
        except OSError as error:
            raise Problem(
                f"{folder} cannot be written: {error.strerror or error}",
                "Give the user write access to this folder (or set RECEPTION_CONSOLE_HOME).",
            ) from error
        return f"{folder} can be written"

    def _settings_files(self) -> str:
        paths = self.settings.paths
        files = [*([paths.site_config / "config.toml"] if paths.site_config else []), paths.config / "config.toml"]
        read = [str(f) for f in files if f.is_file()] or ["none (defaults)"]
        if self.settings.problems:
            raise Problem(
                "; ".join(self.settings.problems),
                "Correct the file (see the administrator's guide for the keys).",
                status=WARN,
            )
        return "read " + ", ".join(read)


def _name(backend: object) -> str:
    return f"{type(backend).__module__.removeprefix('keyring.backends.')}.{type(backend).__name__}"


def keyring_fix() -> str:
    if sys.platform.startswith("linux"):
        return (
            "Run the desktop's keyring (GNOME Keyring or KWallet: apt install gnome-keyring) and sign in to the "
            "desktop so that it is unlocked; over SSH or in a kiosk session start a D-Bus session with it."
        )
    if sys.platform == "win32":
        return "The Windows Credential Manager service (VaultSvc) must be running for this user."
    return "Unlock the login keychain."


def qt_problem(code: int, output: str, chosen: str) -> Problem:
    """What a Qt child process that failed says about itself, as a problem for IT."""
    lines = output.splitlines()
    missing = sorted(
        {
            line.split("(")[-1].split(":")[0].strip()
            for line in lines
            if "cannot open shared object file" in line and "(" in line
        }
    )
    plugin = next((line for line in lines if "Could not load the Qt platform plugin" in line), "")
    found = next((line for line in lines if "Could not find the Qt platform plugin" in line), "")
    name = (plugin or found).split('"')[1] if '"' in (plugin or found) else (chosen or "the default")
    display = next((line for line in lines if "could not connect to display" in line), "")
    if display:
        return Problem(
            f"Qt cannot connect to the display ({display.split('display')[-1].strip() or 'DISPLAY is empty'})",
            "Run the console inside the desktop session of the user who signed in (DISPLAY, XAUTHORITY).",
        )
    if missing:
        return Problem(
            f"the Qt platform plugin {name!r} cannot be loaded: missing {', '.join(missing)}",
            "Install the system libraries Qt needs (Debian/Ubuntu: apt install "
            + " ".join(debian_package(lib) for lib in missing)
            + "), or install the .deb, which depends on them.",
        )
    damaged = next(
        (
            line
            for line in lines
            if ("Failed to find metadata in lib" in line or "Cannot load library" in line) and f"q{name}." in line
        ),
        "",
    )
    if damaged:
        path = next((word for word in damaged.split() if f"q{name}." in word), "").strip("'\":")
        reason = damaged.rsplit(": ", 1)[-1].strip().strip("'\"")
        return Problem(f"the Qt platform plugin {name!r} is damaged: {path}: {reason}", REINSTALL)
    if plugin:
        return Problem(
            f"the Qt platform plugin {name!r} is there but cannot be loaded (a damaged or mismatched file)",
            REINSTALL,
        )
    if found:
        return Problem(
            f"the Qt platform plugin {name!r} is not in this installation",
            "Unset QT_QPA_PLATFORM, or reinstall Reception Console.",
        )
    tail = " | ".join(line.strip() for line in lines[-3:] if line.strip())
    return Problem(f"Qt stopped with exit code {code}: {tail[:300]}", REINSTALL)


def debian_package(library: str) -> str:
    """libxcb-icccm.so.4 → libxcb-icccm4: Debian's usual name for a library's package."""
    stem, _, version = library.partition(".so.")
    version = version.split(".")[0]
    name = f"{stem}{'-' if stem[-1:].isdigit() else ''}{version}" if version else stem
    return name.lower()


def versions() -> str:
    import sqlite3

    import alembic
    import sqlalchemy

    parts = [f"Python {platform.python_version()}"]
    try:
        import PySide6
        from PySide6.QtCore import qVersion

        parts += [f"Qt {qVersion()}", f"PySide6 {PySide6.__version__}"]
    except ImportError as error:  # named again, with its fix, by the card check
        parts.append(f"PySide6 missing ({error})")
    parts += [
        f"SQLAlchemy {sqlalchemy.__version__}",
        f"Alembic {alembic.__version__}",
        f"SQLite {sqlite3.sqlite_version}",
    ]
    try:
        import psycopg

        parts.append(f"psycopg {psycopg.__version__}")
    except ImportError:
        parts.append("psycopg missing")
    try:
        from importlib.metadata import version

        parts.append(f"keyring {version('keyring')}")
    except Exception:
        parts.append("keyring (version unknown)")
    return " · ".join(parts)
