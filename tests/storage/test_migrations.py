import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import inspect, text

from reception_console.storage import migrate
from reception_console.storage.database import open_database, sqlite_url
from tests.postgres import PostgresServer


def test_head_constant_matches_the_migration_scripts() -> None:
    assert migrate.script_head() == migrate.HEAD
    assert migrate.KNOWN[-1] == migrate.HEAD


def test_empty_file_is_migrated_to_head_in_wal_mode(tmp_path: Path) -> None:
    db = open_database(sqlite_url(tmp_path / "new.sqlite3"))
    assert migrate.prepare(db) == "created"
    assert migrate.prepare(db) == "current"
    tables = set(inspect(db.engine).get_table_names())
    assert {
        "clinics",
        "phone_lines",
        "specialists",
        "services",
        "knowledge_entries",
        "objection_prompts",
        "phrases",
        "people",
        "calls",
        "tasks",
        "visits",
        "card_changes",
    } <= tables
    with db.engine.connect() as conn:
        assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert conn.execute(text("PRAGMA foreign_keys")).scalar() == 1
    db.dispose()


def test_downgrade_to_base_and_up_again(tmp_path: Path) -> None:
    db = open_database(sqlite_url(tmp_path / "down.sqlite3"))
    migrate.prepare(db)
    migrate.downgrade(db, "base")
    assert "clinics" not in inspect(db.engine).get_table_names()
    migrate.upgrade(db)
    assert migrate.current_revision(db) == migrate.HEAD
    db.dispose()


def test_a_database_from_a_newer_app_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "newer.sqlite3"
    db = open_database(sqlite_url(path))
    migrate.prepare(db)
    with db.engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '9999'"))
    with pytest.raises(migrate.SchemaTooNewError, match="newer version"):
        migrate.prepare(db)
    assert migrate.current_revision(db) == "9999"
    db.dispose()


def test_upgrade_from_an_older_revision_backs_the_file_up_first(tmp_path: Path, monkeypatch) -> None:
    path = tmp_path / "old.sqlite3"
    db = open_database(sqlite_url(path))
    migrate.prepare(db)
    with db.engine.begin() as conn:
        conn.execute(text("CREATE TABLE marker (x INTEGER)"))
        conn.execute(text("INSERT INTO marker VALUES (42)"))
        conn.execute(text("UPDATE alembic_version SET version_num = '0000'"))
    # pretend this app knows a newer head than the file's revision
    monkeypatch.setattr(migrate, "KNOWN", ("0000", migrate.HEAD))
    upgraded: list[str] = []
    monkeypatch.setattr(migrate, "upgrade", lambda database, target="head": upgraded.append(target))
    backups: list[Path] = []
    assert migrate.prepare(db, on_backup=backups.append) == "upgraded"
    assert upgraded == ["head"]
    (backup,) = backups
    assert backup.exists() and backup != path
    with sqlite3.connect(backup) as copy:
        assert copy.execute("SELECT x FROM marker").fetchone() == (42,)
        assert copy.execute("SELECT version_num FROM alembic_version").fetchone() == ("0000",)
    db.dispose()


def test_the_migration_chain_builds_exactly_the_models(tmp_path: Path) -> None:
    """A model changed without a migration (or the other way round) shows up here, not on a customer's PC."""
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    from reception_console.storage.models import Base

    db = open_database(sqlite_url(tmp_path / "chain.sqlite3"))
    migrate.prepare(db)
    with db.engine.connect() as conn:
        differences = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    db.dispose()
    assert differences == []


def test_postgresql_is_migrated_down_and_up_and_matches_the_models(postgres: PostgresServer) -> None:
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    from reception_console.storage.models import Base

    db = open_database(postgres.create_database("migrations"))
    with pytest.raises(migrate.SchemaTooOldError, match="db init"):
        migrate.prepare(db)  # a console never sets up a shared database
    assert migrate.upgrade_shared(db) == "created"
    assert migrate.upgrade_shared(db) == "current"
    assert migrate.prepare(db) == "current"
    with db.engine.connect() as conn:
        assert compare_metadata(MigrationContext.configure(conn), Base.metadata) == []
    migrate.downgrade(db, "base")
    assert "clinics" not in inspect(db.engine).get_table_names()
    migrate.upgrade(db)
    assert migrate.current_revision(db) == migrate.HEAD
    db.dispose()


def test_upgrading_marks_the_demo_accounts_and_sets_the_retention(tmp_path: Path) -> None:
    import base64
    import hashlib

    def scrypt_hash(password: str) -> str:
        salt = b"0123456789abcdef"
        digest = hashlib.scrypt(password.encode(), salt=salt, n=2**14, r=8, p=1, dklen=32)
        return f"scrypt${2**14}$8$1${base64.b64encode(salt).decode()}${base64.b64encode(digest).decode()}"

    db = open_database(sqlite_url(tmp_path / "before-privacy.sqlite3"))
    migrate.upgrade(db, "0003")
    with db.engine.begin() as conn:
        for login, password in (("justyna", "demo"), ("admin", "a real password"), ("marta", "demo")):
            conn.execute(
                text(
                    "INSERT INTO people (login, display_name, role, password_hash, active, created_at) "
                    "VALUES (:login, :login, 'receptionist', :hash, 1, '2026-01-01 00:00:00')"
                ),
                {"login": login, "hash": scrypt_hash(password)},
            )
        conn.execute(
            text(
                "INSERT INTO clinics (key, name, language, timezone, currency, address, directions, parking, "
                "opening_hours, receptionist_title, greeting_template, owner_name, owner_phone, owner_email, version) "
                "VALUES ('c', 'C', 'pl', 'Europe/Warsaw', 'PLN', '', '', '', '', '', '', '', '', '', 1)"
            )
        )
    migrate.upgrade(db)
    with db.engine.connect() as conn:
        demo = dict(conn.execute(text("SELECT login, demo FROM people")).all())
        assert conn.execute(text("SELECT retention_months FROM clinics")).scalar() == 24
        assert conn.execute(text("SELECT last_day FROM maintenance_runs WHERE job = 'purge'")).scalar() == ""
    assert demo == {"justyna": 1, "admin": 0, "marta": 0}  # a demo login with the demo password, only
    db.dispose()
