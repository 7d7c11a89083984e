"""reception-console training …: scenarios listed, exported, edited in a file and imported back; a file that does
not fit the cards is refused whole; the knowledge-test results written as CSV and Excel."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest
from openpyxl import load_workbook

from reception_console.cli import main
from reception_console.storage.database import Database
from tests.builders import services_for
from tests.conftest import PL_LINE, Clock

PL = "med-centrum-mokotow"


@pytest.fixture(autouse=True)
def _password(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("RECEPTION_CONSOLE_PASSWORD", "demo")


def test_scenarios_go_to_a_file_and_back(demo_db: Database, tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    db = ["--db", demo_db.url]
    assert main([*db, "training", "scenarios", PL]) == 0
    listing = capsys.readouterr().out
    assert "generated from the card" in listing and f"{PL}-01-" in listing
    path = tmp_path / "pl.json"
    assert main([*db, "training", "export", PL, str(path)]) == 0
    data = json.loads(path.read_text(encoding="utf-8"))
    data["scenarios"] = data["scenarios"][:3]
    data["scenarios"][0]["title"] = "Mama z dzieckiem, 2 latka"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    if not demo_db.is_shared:  # changes the scenarios: someone must do it (on PostgreSQL, IT's own login may)
        assert main([*db, "training", "import", str(path)]) == 1
        assert "--user" in capsys.readouterr().err
    assert main([*db, "--user", "justyna", "training", "import", str(path)]) == 1
    assert "Only supervisors" in capsys.readouterr().err
    assert main([*db, "--user", "anna", "training", "import", str(path)]) == 0
    assert f"{PL}: 3 scenario(s)" in capsys.readouterr().out
    assert main([*db, "training", "scenarios", PL]) == 0
    listing = capsys.readouterr().out
    assert "3 scenario(s), the clinic’s own" in listing
    assert main([*db, "training", "export", PL, "-"]) == 0
    assert json.loads(capsys.readouterr().out)["scenarios"][0]["title"] == "Mama z dzieckiem, 2 latka"


def test_a_file_that_does_not_fit_the_cards_changes_nothing(demo_db: Database, tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    db = ["--db", demo_db.url, "--user", "anna"]
    path = tmp_path / "pl.json"
    assert main([*db, "training", "export", PL, str(path)]) == 0
    data = json.loads(path.read_text(encoding="utf-8"))
    data["scenarios"][0]["steps"][0]["fact"] = "service:Teleportacja:price"
    data["scenarios"][1]["expected"]["specialist_key"] = "dr-who"
    data["scenarios"][2]["clinic"] = "no-such-clinic"
    path.write_text(json.dumps(data), encoding="utf-8")
    assert main([*db, "training", "import", str(path)]) == 1
    err = capsys.readouterr().err
    assert "pl.json: nothing was imported." in err
    assert "scenarios[0].steps[0].fact: the card of Med Centrum Mokotów has no fact 'service:Teleportacja:price'" in err
    assert "scenarios[1].expected.specialist_key: Med Centrum Mokotów has no specialist 'dr-who'" in err
    assert "scenarios[2].clinic: no clinic has the key 'no-such-clinic'" in err
    (tmp_path / "bad.json").write_text("{not json", encoding="utf-8")
    assert main([*db, "training", "import", str(tmp_path / "bad.json")]) == 1
    assert "not valid JSON (line 1, column 2" in capsys.readouterr().err
    assert main([*db, "training", "scenarios", PL]) == 0
    assert "generated from the card" in capsys.readouterr().out
    assert main([*db, "training", "scenarios", "nowhere"]) == 1
    assert "No clinic has the key 'nowhere'." in capsys.readouterr().err


def test_results_as_csv_and_excel(demo_db: Database, tmp_path: Path, clock: Clock, capsys) -> None:  # type: ignore[no-untyped-def]
    justyna = services_for(demo_db, clock)
    me = justyna.auth.sign_in("justyna", "demo").id
    clinic = next(x.clinic_id for x in justyna.cards.lines() if x.number == PL_LINE)
    questions = justyna.training.knowledge_test(me, clinic)
    justyna.training.record_test(me, clinic, questions, [q.correct for q in questions[:-1]] + [None], 600.0)
    db = ["--db", demo_db.url, "--user", "anna"]
    if not demo_db.is_shared:
        assert main(["--db", demo_db.url, "training", "results"]) == 1  # a supervisor's: someone signs in
        capsys.readouterr()
    assert main([*db, "training", "results", "--month", "2026-11", "--csv", str(tmp_path / "r.csv")]) == 0
    with (tmp_path / "r.csv").open(encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    n = len(questions)
    assert rows == [
        {
            "receptionist": "Justyna",
            "clinic": PL,
            "month": "2026-11",
            "tests": "1",
            "questions": str(n),
            "right": str(n - 1),
            "percent": f"{100 * (n - 1) / n:.1f}",
            "minutes": "10.0",
        }
    ]
    assert main([*db, "training", "results", "--month", "2026-10", "--csv", "-"]) == 0
    assert capsys.readouterr().out.strip().splitlines()[1:] == []
    assert main([*db, "training", "results", "--xlsx", str(tmp_path / "r.xlsx")]) == 0
    sheet = load_workbook(tmp_path / "r.xlsx").active
    assert [c.value for c in sheet[2]][:6] == ["Justyna", PL, "2026-11", 1, n, n - 1]
    with pytest.raises(SystemExit):
        main([*db, "training", "results", "--month", "11/2026"])
    assert "'11/2026' is not a month (YYYY-MM)" in capsys.readouterr().err
