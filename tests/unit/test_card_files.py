import copy
import json
from pathlib import Path

import pytest

from reception_console.services.card_files import CardFileError, parse_cards, read_card_file
from reception_console.services.demo import read_demo
from tests.conftest import DEMO


def test_demo_data_is_complete() -> None:
    demo = read_demo(DEMO)
    assert {c.language for c in demo.clinics} == {"pl", "ru", "en"}
    for clinic in demo.clinics:
        assert len(clinic.phone_lines) == 2
        assert len(clinic.specialists) >= 8
        assert len(clinic.knowledge) >= 10
        assert clinic.services and all(s.price >= 0 for s in clinic.services)
        assert clinic.address and clinic.directions and clinic.parking and clinic.opening_hours
        ages = {(s.age_min_months, s.age_max_months) for s in clinic.specialists}
        assert len(ages) >= 3, "age limits should vary"
    assert {p.role.value for p in demo.people} == {"receptionist", "supervisor", "admin"}
    for language in ("pl", "ru", "en"):
        assert len({p.objection for lang, p, key in demo.prompts if lang == language and not key}) == 7


def good() -> dict:
    return json.loads((DEMO / "clinic_pl.json").read_text(encoding="utf-8"))


def problems(data: object) -> list[str]:
    with pytest.raises(CardFileError) as error:
        parse_cards(data)
    return error.value.problems


def test_age_max_below_min_names_the_path() -> None:
    data = good()
    data["clinics"][0]["specialists"][5]["age_min_months"] = 100
    data["clinics"][0]["specialists"][5]["age_max_months"] = 50
    assert "clinics[0].specialists[5].age_max_months: must be >= age_min_months" in problems(data)


def test_every_problem_is_reported_at_once() -> None:
    data = good()
    clinic = data["clinics"][0]
    clinic["services"][0]["price"] = 180
    clinic["phone_lines"][0]["number"] = "22 123"
    clinic["specialists"][1]["key"] = clinic["specialists"][0]["key"]
    found = problems(data)
    assert any(p.startswith("clinics[0].services[0].price:") for p in found)
    assert any(p.startswith("clinics[0].phone_lines[0].number:") for p in found)
    assert any(p.startswith("clinics[0].specialists[1].key:") for p in found)


def test_a_line_used_twice_is_refused() -> None:
    data = good()
    twin = copy.deepcopy(data["clinics"][0])
    twin["key"] = "twin"
    data["clinics"].append(twin)
    assert any("is already a line of" in p for p in problems(data))


@pytest.mark.parametrize("data", [[], "x", {"format": "other", "version": 1}])
def test_not_a_card_file(data: object) -> None:
    assert problems(data)


def test_malformed_json_gets_line_and_column(tmp_path: Path) -> None:
    path = tmp_path / "bad.json"
    path.write_text('{"format": "reception-console/cards",\n "version": 1,,}', encoding="utf-8")
    with pytest.raises(CardFileError) as error:
        read_card_file(path)
    assert "line 2" in error.value.problems[0]
