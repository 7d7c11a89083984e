"""The scenario file: its JSON Schema agrees with what the console writes and reads, and a malformed file is
refused whole with every problem named where it is."""

from __future__ import annotations

import json
from typing import Any

import pytest
from jsonschema import Draft202012Validator

from reception_console.domain.training.scenarios import generate_scenarios
from reception_console.platform.paths import resources_dir
from reception_console.services.demo import read_demo
from reception_console.services.training_files import (
    ScenarioFileError,
    parse_scenario_text,
    parse_scenarios,
    write_scenarios,
)
from tests.conftest import DEMO

SCHEMA = json.loads((resources_dir() / "schema" / "training-scenarios.schema.json").read_text(encoding="utf-8"))
VALIDATOR = Draft202012Validator(SCHEMA)


def starter_sets() -> list[Any]:
    demo = read_demo(DEMO)
    out = []
    for card in demo.clinics:
        prompts = [p for language, p, key in demo.prompts if language == card.language and key in ("", card.key)]
        out += generate_scenarios(card, prompts, 7)
    return out


def test_the_schema_is_valid_and_every_written_file_validates_and_reads_back() -> None:
    Draft202012Validator.check_schema(SCHEMA)
    scenarios = starter_sets()
    assert {s.language for s in scenarios} == {"pl", "ru", "en"}
    text = write_scenarios(scenarios)
    assert [f"{list(e.absolute_path)}: {e.message}" for e in VALIDATOR.iter_errors(json.loads(text))] == []
    assert parse_scenario_text(text) == scenarios
    assert write_scenarios(parse_scenario_text(text)) == text  # canonical: the same bytes again


def one() -> dict[str, Any]:
    return json.loads(write_scenarios(starter_sets()[:2]))


def broken(change) -> dict[str, Any]:  # type: ignore[no-untyped-def]
    data = one()
    change(data)
    return data


CASES = {
    "unknown field": (lambda d: d["scenarios"][0]["persona"].update(age=5), "scenarios[0].persona.age: unknown field"),
    "wrong objection": (
        lambda d: d["scenarios"][1]["steps"][0].update(objection="rude"),
        "scenarios[1].steps[0].objection: 'rude' is not one of too_expensive",
    ),
    "age as text": (
        lambda d: d["scenarios"][0]["persona"].update(age_months="3 years"),
        "scenarios[0].persona.age_months: must be a whole number",
    ),
    "no steps": (
        lambda d: d["scenarios"][0].update(steps=[]),
        "scenarios[0].steps: a scenario needs at least one step",
    ),
    "missing outcome": (
        lambda d: d["scenarios"][0]["expected"].pop("outcome"),
        "scenarios[0].expected.outcome: is missing",
    ),
    "control character": (
        lambda d: d["scenarios"][0]["steps"][0].update(line="Hello\x07"),
        "scenarios[0].steps[0].line: contains a control character",
    ),
    "same key twice": (
        lambda d: d["scenarios"][1].update(key=d["scenarios"][0]["key"]),
        "scenarios[1].key: ",
    ),
    "card file": (lambda d: d.update(format="reception-console/cards"), "format: must be"),
}


@pytest.mark.parametrize("case", CASES, ids=list(CASES))
def test_a_malformed_file_is_refused_with_the_place_of_the_problem(case: str) -> None:
    change, message = CASES[case]
    data = broken(change)
    with pytest.raises(ScenarioFileError) as caught:
        parse_scenarios(data)
    assert any(p.startswith(message) for p in caught.value.problems), caught.value.problems
    if case != "same key twice":  # a rule of the file as a whole, beyond a schema
        assert list(VALIDATOR.iter_errors(data)), "the schema should refuse it too"


def test_every_problem_is_named_at_once_and_bad_json_says_where() -> None:
    data = one()
    data["scenarios"][0]["topic"] = "gossip"
    data["scenarios"][1]["expected"]["task"] = "email"
    with pytest.raises(ScenarioFileError) as caught:
        parse_scenarios(data)
    assert len(caught.value.problems) == 2
    with pytest.raises(ScenarioFileError, match=r"not valid JSON \(line 2, column"):
        parse_scenario_text('{"format": "reception-console/training-scenarios",\n "version": 1,,}')
    with pytest.raises(ScenarioFileError, match="given twice"):
        parse_scenario_text('{"version": 1, "version": 1}')
