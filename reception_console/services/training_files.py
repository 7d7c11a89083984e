"""The scenario file (resources/schema/training-scenarios.schema.json): a clinic's virtual-patient scenarios as
JSON, read and written like card files.

The whole file is checked before anything is returned, and every problem is named with its place, e.g.
`scenarios[3].steps[1].objection: 'rude' is not one of too_expensive, …`. Writing is canonical: the same
scenarios always give the same bytes.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from ..domain.training.records import ScenarioError, scenario_from_dict, scenario_to_dict
from ..domain.training.scenarios import Scenario
from .card_files import write_card_file

FORMAT = "reception-console/training-scenarios"
VERSION = 1
MAX_FILE_BYTES = 10 * 1024 * 1024
MAX_PROBLEMS = 200

TOP_FIELDS = {"format", "version", "scenarios"}
SCENARIO_FIELDS = {"key", "clinic", "language", "topic", "title", "persona", "line", "steps", "expected", "tags"}
PERSONA_FIELDS = {"name", "age_months", "returning"}
STEP_FIELDS = {"line", "fact", "answer", "objection", "couldnt_answer"}
EXPECTED_FIELDS = {"outcome", "reason", "specialist_key", "task"}
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


class ScenarioFileError(ValueError):
    """`problems`: one line each, with its place in the file."""

    def __init__(self, problems: Sequence[str]) -> None:
        self.problems = list(problems)
        super().__init__("\n".join(self.problems))


def _unknown(obj: Any, allowed: set[str], where: str) -> list[str]:
    if not isinstance(obj, Mapping):
        return []
    return [f"{where}{name}: unknown field" for name in sorted(set(obj) - allowed)]


def _controls(value: Any, where: str) -> list[str]:
    """Text with control characters (other than a line break or a tab) is refused: it hides what it says."""
    if isinstance(value, str):
        return [f"{where}: contains a control character"] if _CONTROL.search(value) else []
    if isinstance(value, Mapping):
        return [p for k, v in value.items() for p in _controls(v, f"{where}.{k}" if where else str(k))]
    if isinstance(value, list):
        return [p for n, v in enumerate(value) for p in _controls(v, f"{where}[{n}]")]
    return []


def parse_scenarios(data: Any) -> list[Scenario]:
    """Scenarios from a decoded file; ScenarioFileError with every problem found."""
    if not isinstance(data, Mapping):
        raise ScenarioFileError(["the file must hold a JSON object"])
    problems = _unknown(data, TOP_FIELDS, "")
    if data.get("format") != FORMAT:
        problems.append(f"format: must be {FORMAT!r} (is this a scenario file?)")
    if data.get("version") != VERSION:
        problems.append(f"version: must be {VERSION}")
    raw = data.get("scenarios")
    if not isinstance(raw, list):
        problems.append("scenarios: must be a list")
        raise ScenarioFileError(problems)
    out: list[Scenario] = []
    seen: dict[tuple[str, str], int] = {}
    for n, item in enumerate(raw):
        where = f"scenarios[{n}]."
        found = _unknown(item, SCENARIO_FIELDS, where) + _controls(item, where.rstrip("."))
        if isinstance(item, Mapping):
            found += _unknown(item.get("persona"), PERSONA_FIELDS, f"{where}persona.")
            found += _unknown(item.get("expected"), EXPECTED_FIELDS, f"{where}expected.")
            steps = item.get("steps")
            for k, step in enumerate(steps if isinstance(steps, list) else []):
                found += _unknown(step, STEP_FIELDS, f"{where}steps[{k}].")
        try:
            scenario = scenario_from_dict(item, where)
        except ScenarioError as error:
            found.append(str(error))
        else:
            first = seen.setdefault((scenario.clinic_key, scenario.key), n)
            if first != n:
                found.append(f"{where}key: {scenario.key!r} is also the key of scenarios[{first}]")
            out.append(scenario)
        problems += found
    if problems:
        raise ScenarioFileError(
            problems[:MAX_PROBLEMS]
            + ([f"… and {len(problems) - MAX_PROBLEMS} more"] if len(problems) > MAX_PROBLEMS else [])
        )
    return out


def _no_duplicate_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    keys = [k for k, _ in pairs]
    repeated = next((k for k in keys if keys.count(k) > 1), None)
    if repeated is not None:
        raise ValueError(f"the field {repeated!r} is given twice in one object")
    return dict(pairs)


def parse_scenario_text(text: str) -> list[Scenario]:
    try:
        data = json.loads(text, object_pairs_hook=_no_duplicate_keys, parse_constant=lambda name: _refuse(name))
    except json.JSONDecodeError as exc:
        raise ScenarioFileError([f"not valid JSON (line {exc.lineno}, column {exc.colno}: {exc.msg})"]) from exc
    except RecursionError as exc:
        raise ScenarioFileError(["not a scenario file (nested too deeply)"]) from exc
    except ValueError as exc:
        raise ScenarioFileError([f"not valid JSON ({exc})"]) from exc
    return parse_scenarios(data)


def _refuse(name: str) -> Any:
    raise ValueError(f"{name} is not a number JSON allows")


def read_scenario_text(path: Path) -> str:
    """The file's text; ScenarioFileError when it cannot be read, is too large or is not UTF-8."""
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise ScenarioFileError([f"{size // (1024 * 1024)} MB is too large for a scenario file"])
        return path.read_bytes().decode("utf-8").removeprefix("\ufeff")
    except UnicodeDecodeError as exc:
        raise ScenarioFileError([f"not UTF-8 text ({exc.reason})"]) from exc
    except OSError as exc:
        raise ScenarioFileError([f"cannot be read ({exc.strerror or exc})"]) from exc


def write_scenarios(scenarios: Sequence[Scenario]) -> str:
    """Canonical text: in the order given, keys sorted, two-space indent, final newline."""
    data = {"format": FORMAT, "version": VERSION, "scenarios": [scenario_to_dict(s) for s in scenarios]}
    return json.dumps(data, ensure_ascii=False, indent=2, sort_keys=True) + "\n"


def write_scenario_file(path: Path, text: str) -> None:
    """Written as a card file is: beside the target, then renamed (a failed export never leaves half a file)."""
    write_card_file(path, text)
