"""An embedded database written by the oldest release (schema 0001) survives the newest app's start: backed up
first, migrated, and every call and card still there, read through today's repositories."""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from pathlib import Path

from sqlalchemy import MetaData, insert

from reception_console.app import open_prepared_database
from reception_console.domain.calls import Outcome
from reception_console.platform.paths import Paths
from reception_console.platform.settings import Settings
from reception_console.storage import migrate
from reception_console.storage.database import open_database, sqlite_url
from reception_console.storage.repositories import SqlCallStore, SqlCardStore, SqlPeopleStore

OLDEST = migrate.KNOWN[0]
CLINICS = 12
CALLS_PER_CLINIC = 25
START = datetime(2026, 3, 2, 8, 0)  # naive UTC, the way schema 0001 keeps times in SQLite


def at(day: int, minute: int, seconds: int = 0) -> datetime:
    return START + timedelta(days=day, minutes=minute, seconds=seconds)


def fill_at_oldest_revision(path: Path) -> None:
    """What the oldest release wrote: rows in its own schema, through nothing but that schema."""
    db = open_database(sqlite_url(path))
    migrate.upgrade(db, OLDEST)
    assert migrate.current_revision(db) == OLDEST
    tables = MetaData()
    tables.reflect(db.engine)
    t = tables.tables
    with db.engine.begin() as conn:
        conn.execute(insert(t["people"]), [{
            "id": 1, "login": "justyna", "display_name": "Justyna Nowak", "role": "receptionist",
            "password_hash": "scrypt$old$hash", "active": True, "created_at": START,
        }])  # fmt: skip
        for c in range(1, CLINICS + 1):
            conn.execute(insert(t["clinics"]), [{
                "id": c, "key": f"clinic-{c}", "name": f"Przychodnia nr {c} — Łódź", "language": "pl",
                "timezone": "Europe/Warsaw", "currency": "PLN", "address": f"ul. Piotrkowska {c}",
                "directions": "Tramwaj 12", "parking": "Na podwórzu", "opening_hours": "Pn–Pt 8–20",
                "receptionist_title": "rejestracja", "greeting_template": "Dzień dobry, {clinic}, {name}.",
                "owner_name": "Dr Kowalski", "owner_phone": "+48426000000", "owner_email": "dr@example.pl",
                "version": 3, "average_check": 25000,
            }])  # fmt: skip
            conn.execute(insert(t["phone_lines"]), [
                {"id": c, "clinic_id": c, "number": f"+4842600{c:04d}", "label": "Rejestracja"}
            ])  # fmt: skip
            conn.execute(insert(t["specialists"]), [{
                "id": c, "clinic_id": c, "key": f"ped-{c}", "name": "Dr Anna Wiśniewska", "specialty": "Pediatra",
                "age_min_months": 0, "age_max_months": 216, "visit_minutes": 20, "languages": ["pl"],
                "notes": "", "position": 0,
            }])  # fmt: skip
            conn.execute(insert(t["services"]), [{
                "id": c, "clinic_id": c, "name": "Konsultacja pediatryczna", "price": 18050, "preparation": "",
                "position": 0, "specialist_id": c, "duration_minutes": 20,
            }])  # fmt: skip
            conn.execute(insert(t["calls"]), [{
                "id": f"old-{c}-{n}", "direction": "inbound", "source": "manual",
                "rang_at": at(n, c), "answered_at": at(n, c, seconds=4),
                "ended_at": at(n, c + 3), "saved_at": at(n, c + 3),
                "line": f"+4842600{c:04d}", "clinic_id": c, "caller": f"+48600{c:03d}{n:03d}",
                "receptionist_id": 1, "outcome": "booked" if n % 2 else "info_only", "reason_text": "",
                "patient_name": "", "notes": f"rozmowa {n}", "message_to": "", "message_text": "",
                "callback_requested": False, "expected_value": 18050 if n % 2 else None,
            } for n in range(CALLS_PER_CLINIC)])  # fmt: skip
    db.dispose()


def test_the_newest_app_upgrades_the_oldest_database_and_keeps_every_call_and_card(tmp_path: Path) -> None:
    paths = Paths(tmp_path / "data", tmp_path / "config", tmp_path / "logs", None)
    fill_at_oldest_revision(paths.database)
    settings = Settings(paths=paths)

    db = open_prepared_database(replace(settings, demo_on_first_start=True), load_demo=True)  # the app's start
    try:
        assert migrate.current_revision(db) == migrate.HEAD
        (backup,) = paths.data.glob(f"reception-console.before-{migrate.HEAD}-from-{OLDEST}-*.sqlite3")
        with sqlite3.connect(backup) as copy:
            assert copy.execute("SELECT version_num FROM alembic_version").fetchone() == (OLDEST,)
            assert copy.execute("SELECT count(*) FROM calls").fetchone() == (CLINICS * CALLS_PER_CLINIC,)

        cards, calls = SqlCardStore(db.connections), SqlCallStore(db.connections)
        assert cards.clinic_count() == CLINICS  # no demo clinics loaded on top
        assert [p.login for p in SqlPeopleStore(db.connections).people()] == ["justyna"]
        for c in range(1, CLINICS + 1):
            card = cards.card(c)
            assert card is not None and card.name == f"Przychodnia nr {c} — Łódź" and card.version == 3
            assert card.average_check == Decimal("250.00")
            assert [line.number for line in card.phone_lines] == [f"+4842600{c:04d}"]
            (specialist,) = card.specialists
            assert (specialist.name, specialist.age_max_months) == ("Dr Anna Wiśniewska", 216)
            (service,) = card.services
            assert service.price == Decimal("180.50") and service.specialist_key == f"ped-{c}"
            for n in range(CALLS_PER_CLINIC):
                call = calls.get(f"old-{c}-{n}")
                assert call is not None, f"old-{c}-{n}"
                assert call.clinic_id == c and call.caller == f"+48600{c:03d}{n:03d}"
                assert call.rang_at == at(n, c).replace(tzinfo=UTC)
                assert call.outcome is (Outcome.BOOKED if n % 2 else Outcome.INFO_ONLY)
                assert call.form.notes == f"rozmowa {n}"
                assert call.form.expected_value == (Decimal("180.50") if n % 2 else None)
    finally:
        db.dispose()
