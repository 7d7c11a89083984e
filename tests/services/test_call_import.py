"""`reception-console calls import`: the whole file checked, every bad cell named, all or nothing, never twice."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from sqlalchemy import func, select

from reception_console.cli import main
from reception_console.storage.database import Database
from reception_console.storage.models import CallRow, VisitRow
from tests.conftest import PL_LINE

HEADER = [
    "id",
    "line",
    "caller",
    "receptionist",
    "rang_at",
    "answered_at",
    "saved_at",
    "outcome",
    "reason",
    "specialist",
    "visit_at",
    "expected_value",
    "visit_status",
]
GOOD = [
    [
        "a-1",
        PL_LINE,
        "600 111 222",
        "justyna",
        "2026-11-02T09:00:00",
        "2026-11-02T09:00:04",
        "",
        "booked",
        "",
        "kowalska-pediatra",
        "2026-11-05T10:00:00",
        "220",
        "attended",
    ],
    ["a-2", "22 843 12 00", "", "OLGA", "2026-11-02T08:05:00Z", "", "", "missed", "", "", "", "", ""],
    [
        "a-3",
        PL_LINE,
        "+48600111333",
        "",
        "2026-11-02T09:10:00+01:00",
        "2026-11-02T09:10:02+01:00",
        "2026-11-02T09:14:00+01:00",
        "not_booked",
        "too_expensive",
        "",
        "",
        "",
        "",
    ],
]


@pytest.fixture(autouse=True)
def _as_anna(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("RECEPTION_CONSOLE_PASSWORD", "demo")  # the commands run as --user anna, a supervisor


def write(path: Path, rows: list[list[str]], header: list[str] = HEADER) -> Path:
    with path.open("w", encoding="utf-8", newline="") as f:
        writer = csv.writer(f)
        writer.writerow(header)
        writer.writerows(rows)
    return path


def counts(db: Database) -> tuple[int, int]:
    with db.sessions() as s:
        return s.scalar(select(func.count()).select_from(CallRow)) or 0, s.scalar(
            select(func.count()).select_from(VisitRow)
        ) or 0


def specialist_key(db: Database) -> str:
    from reception_console.storage.models import PhoneLineRow, SpecialistRow

    with db.sessions() as s:
        clinic = s.scalar(select(PhoneLineRow.clinic_id).where(PhoneLineRow.number == PL_LINE))
        return s.scalars(select(SpecialistRow.key).where(SpecialistRow.clinic_id == clinic)).first() or ""


def test_import_twice_adds_once(demo_db: Database, tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    rows = [list(r) for r in GOOD]
    rows[0][9] = specialist_key(demo_db)
    path = write(tmp_path / "calls.csv", rows)
    assert main(["--db", demo_db.url, "--user", "anna", "calls", "import", str(path)]) == 0
    assert "3 call(s) read, 3 added, 0 already stored" in capsys.readouterr().out
    assert counts(demo_db) == (3, 1)
    assert main(["--db", demo_db.url, "--user", "anna", "calls", "import", str(path)]) == 0
    assert "3 call(s) read, 0 added, 3 already stored" in capsys.readouterr().out
    assert counts(demo_db) == (3, 1)
    with demo_db.sessions() as s:
        first = s.get(CallRow, "a-1")
        assert first is not None and first.caller == "+48600111222" and first.clinic_id is not None
        assert first.rang_at.isoformat() == "2026-11-02T08:00:00+00:00"  # no offset: the clinic's (Warsaw) time
        assert first.saved_at == first.answered_at and first.source == "import"
        visit = s.scalars(select(VisitRow)).one()
        assert visit.status == "attended" and str(visit.expected_value) == "220.00"


def test_bad_rows_are_named_by_line_and_column_and_nothing_is_stored(
    demo_db: Database,
    tmp_path: Path,
    capsys,  # type: ignore[no-untyped-def]
) -> None:
    rows = [list(r) for r in GOOD]
    rows[0][9] = specialist_key(demo_db)
    rows.append(["a-4", PL_LINE, "", "nobody", "yesterday", "", "", "booked", "", "", "", "12,5x", ""])
    rows.append(["a-1", PL_LINE, "", "", "2026-11-02T09:00:00", "", "", "missed", "", "", "", "", ""])
    rows.append(
        ["a-6", "+48111", "", "", "2026-11-02T09:00:00", "2026-11-02T08:00:00", "", "not_booked", "", "", "", "", ""]
    )
    path = write(tmp_path / "bad.csv", rows)
    assert main(["--db", demo_db.url, "--user", "anna", "calls", "import", str(path)]) == 1
    err = capsys.readouterr().err
    assert "nothing imported" in err
    for expected in (
        "line 5, column receptionist: nobody signs in as 'nobody'",
        "line 5, column rang_at: 'yesterday' is not a date and time",
        "line 5, column expected_value: '12,5x' is not an amount",
        "line 6, column id: the same id as line 2",
        "line 7, column line: '+48111' is not a phone number",
        "line 7, column reason: is required when the outcome is not_booked",
    ):
        assert expected in err, expected
    assert counts(demo_db) == (0, 0)


def test_a_header_without_the_required_columns_is_refused(demo_db: Database, tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    path = write(tmp_path / "odd.csv", [["x", "y"]], header=["id", "when"])
    assert main(["--db", demo_db.url, "--user", "anna", "calls", "import", str(path)]) == 1
    err = capsys.readouterr().err
    assert "line 1, column rang_at, outcome: missing from the header line" in err
    assert "line 1, column when: unknown column" in err
    assert main(["--db", demo_db.url, "--user", "anna", "calls", "import", str(tmp_path / "none.csv")]) == 1
    assert "no such file" in capsys.readouterr().err


def test_callers_are_read_as_everywhere_withheld_words_are_withheld_garbage_is_refused(  # type: ignore[no-untyped-def]
    demo_db: Database, tmp_path: Path, capsys
) -> None:
    withheld = ["w-1", PL_LINE, "anonymous", "", "2026-11-02T09:00:00", "", "", "missed", "", "", "", "", ""]
    bad = ["w-2", PL_LINE, "garbage!!", "", "2026-11-02T09:05:00", "", "", "missed", "", "", "", "", ""]
    assert (
        main(
            [
                "--db",
                demo_db.url,
                "--user",
                "anna",
                "calls",
                "import",
                str(write(tmp_path / "bad.csv", [withheld, bad])),
            ]
        )
        == 1
    )
    assert "line 3, column caller: 'garbage!!' is not a phone number" in capsys.readouterr().err
    assert (
        main(["--db", demo_db.url, "--user", "anna", "calls", "import", str(write(tmp_path / "ok.csv", [withheld]))])
        == 0
    )
    with demo_db.sessions() as s:
        call = s.get(CallRow, "w-1")
        assert call is not None and call.caller is None and call.outcome == "missed"


def test_long_names_and_nul_bytes_from_a_csv_are_stored_shortened_not_refused(
    demo_db: Database, tmp_path: Path
) -> None:
    header = ["id", "line", "rang_at", "answered_at", "outcome", "patient_name", "notes"]
    row = ["long-1", PL_LINE, "2026-11-02T09:00:00", "2026-11-02T09:00:04", "info_only", "Ewa " + "z" * 300, "a\x00b"]
    path = write(tmp_path / "long.csv", [row], header)
    assert main(["--db", demo_db.url, "--user", "anna", "calls", "import", str(path)]) == 0
    with demo_db.sessions() as s:
        stored = s.get(CallRow, "long-1")
        assert stored is not None and stored.notes == "ab"
        assert (
            len(stored.patient_name) == 200
            and stored.patient_name.startswith("Ewa z")
            and stored.patient_name[-1] == "…"
        )
