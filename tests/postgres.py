"""A private PostgreSQL server for the test run: its own data folder and Unix socket (no TCP port), started once
and stopped at the end, so the storage and service tests run on the shared database as well as on SQLite.

It needs the server's programs (Debian: `postgresql`; `make test` installs it when run as root). PostgreSQL
refuses to run as root: then the server runs as the `postgres` user the package creates.
"""

from __future__ import annotations

import os
import pwd
import shutil
import subprocess
import tempfile
from pathlib import Path

SOCKET_PORT = 54329  # names the socket file only: the server listens on no TCP port


class Unavailable(Exception):
    """No PostgreSQL server can be started here (the reason says why)."""


def _programs() -> Path:
    found = sorted(Path("/usr/lib/postgresql").glob("*/bin/initdb"), key=lambda p: int(p.parent.parent.name))
    if found:
        return found[-1].parent
    initdb = shutil.which("initdb")
    if initdb:
        return Path(initdb).parent
    raise Unavailable("the PostgreSQL server programs (initdb, pg_ctl) are not installed")


class PostgresServer:
    def __init__(self, programs: Path, root: Path, run_as: list[str], tcp_port: int | None = None) -> None:
        self.programs = programs
        self.root = root
        self.data = root / "data"
        self.run_as = run_as
        self.log = root / "server.log"
        self.tcp_port = tcp_port
        self.port = tcp_port or SOCKET_PORT

    @classmethod
    def start(cls, *, tcp_port: int | None = None, durable: bool = False) -> PostgresServer:
        """The test server: Unix socket only, no fsync. The benchmarks' server (`tcp_port`, `durable`) also
        listens on 127.0.0.1 and keeps PostgreSQL's default durability (fsync, full page writes)."""
        programs = _programs()
        root = Path(tempfile.mkdtemp(prefix="rc-postgres-"))
        run_as: list[str] = []
        if os.geteuid() == 0:
            try:
                owner = pwd.getpwnam("postgres")
            except KeyError:
                raise Unavailable("running as root, and there is no `postgres` user to run the server") from None
            os.chown(root, owner.pw_uid, owner.pw_gid)
            run_as = ["runuser", "-u", "postgres", "--"]
        server = cls(programs, root, run_as, tcp_port)
        server._run("initdb", "-D", str(server.data), "-U", "postgres", "-A", "trust", "-E", "UTF8", "--no-sync")
        # the test run's own superuser by trust; everyone else (a receptionist's login) with a SCRAM password
        (server.data / "pg_hba.conf").write_text(
            "local all postgres trust\nlocal all all scram-sha-256\nhost all postgres 127.0.0.1/32 trust\n"
        )
        listen = "127.0.0.1" if tcp_port else ""
        options = f"-k {root} -c listen_addresses='{listen}' -p {server.port}"
        if not durable:
            options += " -c fsync=off -c full_page_writes=off"
        # -w: returns once the server accepts connections
        server._run("pg_ctl", "-D", str(server.data), "-o", options, "-l", str(server.log), "-w", "-t", "30", "start")
        return server

    def _run(self, program: str, *args: str) -> None:
        done = subprocess.run(
            [*self.run_as, str(self.programs / program), *args], capture_output=True, text=True, timeout=120
        )
        if done.returncode != 0:
            log = self.log.read_text(errors="replace")[-2000:] if self.log.exists() else ""
            raise Unavailable(f"{program} failed ({done.returncode}): {done.stderr.strip()[-1000:]} {log}")

    def _dsn(self, database: str) -> str:
        return f"host={self.root} port={self.port} user=postgres dbname={database}"

    def url(self, database: str) -> str:
        """The SQLAlchemy URL of a database on this server (over TCP on 127.0.0.1 when it listens there)."""
        if self.tcp_port:
            return f"postgresql+psycopg://postgres@127.0.0.1:{self.tcp_port}/{database}"
        return f"postgresql+psycopg://postgres@/{database}?host={self.root}&port={self.port}"

    def url_for_people(self, database: str) -> str:
        """The URL a console gets: it names nobody, so each person connects with their own login."""
        return f"postgresql+psycopg:///{database}?host={self.root}&port={SOCKET_PORT}"

    def create_database(self, name: str, template: str | None = None) -> str:
        """A new database (a copy of `template` when given); returns its URL."""
        import psycopg

        with psycopg.connect(self._dsn("postgres"), autocommit=True) as conn:
            conn.execute(f'CREATE DATABASE "{name}"' + (f' TEMPLATE "{template}"' if template else ""))
        return self.url(name)

    def restart(self) -> None:
        """`pg_ctl restart -m fast`: every connection is cut, and the server is back when this returns."""
        self._run("pg_ctl", "-D", str(self.data), "-l", str(self.log), "-m", "fast", "-w", "-t", "60", "restart")

    def stop(self) -> None:
        try:
            self._run("pg_ctl", "-D", str(self.data), "-m", "immediate", "-w", "stop")
        finally:
            shutil.rmtree(self.root, ignore_errors=True)
