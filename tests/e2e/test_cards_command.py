"""`reception-console cards export|import` as IT runs them."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.e2e.test_processes import run

pytestmark = pytest.mark.slow  # real processes, a few seconds each


def test_export_import_export_through_the_command_line(tmp_path: Path) -> None:
    demo = f"sqlite:///{tmp_path / 'demo.sqlite3'}"
    fresh = f"sqlite:///{tmp_path / 'fresh.sqlite3'}"
    assert run("--db", demo, "demo", "load", home=tmp_path).returncode == 0
    first = tmp_path / "cards.json"
    exported = run("--db", demo, "cards", "export", str(first), home=tmp_path)
    assert exported.returncode == 0, exported.stderr

    dry = run("--db", fresh, "cards", "import", str(first), "--dry-run", home=tmp_path)
    assert dry.returncode == 0 and "would change: 3 new clinic(s)" in dry.stdout
    assert run("--db", fresh, "cards", "export", "-", home=tmp_path).stdout.count('"key"') == 0  # still empty
    done = run("--db", fresh, "cards", "import", str(first), home=tmp_path)
    assert done.returncode == 0 and "imported: 3 new clinic(s)" in done.stdout, done.stderr
    again = run("--db", fresh, "cards", "export", "-", home=tmp_path)
    assert again.stdout.encode() == first.read_bytes()

    one = run("--db", fresh, "cards", "export", "-", "--clinic", "ulybka-dental", home=tmp_path)
    assert [c["key"] for c in json.loads(one.stdout)["clinics"]] == ["ulybka-dental"]
    missing = run("--db", fresh, "cards", "export", "-", "--clinic", "nope", home=tmp_path)
    assert missing.returncode == 1 and "No clinic with the key 'nope'" in missing.stderr


def test_a_bad_file_changes_nothing_and_names_each_problem(tmp_path: Path) -> None:
    db = f"sqlite:///{tmp_path / 'demo.sqlite3'}"
    assert run("--db", db, "demo", "load", home=tmp_path).returncode == 0
    before = run("--db", db, "cards", "export", "-", home=tmp_path).stdout
    data = json.loads(before)
    data["clinics"][0]["services"][0]["price"] = "12.00"  # a good change that must not land alone
    data["clinics"][1]["specialists"][2]["age_min_months"] = 300
    data["clinics"][1]["specialists"][2]["age_max_months"] = 12
    data["clinics"][2]["fax"] = "none"
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    nobody = run("--db", db, "cards", "import", str(bad), home=tmp_path)
    assert nobody.returncode == 1 and "`cards import` changes the database" in nobody.stderr
    assert "give --user LOGIN" in nobody.stderr
    receptionist = run(
        "--db", db, "--user", "justyna", "cards", "import", str(bad), home=tmp_path, RECEPTION_CONSOLE_PASSWORD="demo"
    )
    assert receptionist.returncode == 1 and "Only supervisors and admins" in receptionist.stderr
    result = run(
        "--db", db, "--user", "anna", "cards", "import", str(bad), home=tmp_path, RECEPTION_CONSOLE_PASSWORD="demo"
    )
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert "clinics[1].specialists[2].age_max_months: must be >= age_min_months" in result.stderr
    assert "clinics[2].fax: unknown field" in result.stderr
    assert run("--db", db, "cards", "export", "-", home=tmp_path).stdout == before
