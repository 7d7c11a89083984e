"""Scenarios, practice attempts and scores as plain JSON-ready dicts, and back.

The scenario dict is the scenario file's object (resources/training-scenario.schema.json): what is stored in the
database, exported to a file and imported from one. Reading one checks it and says what is wrong, where.
"""

from __future__ import annotations

from collections.abc import Mapping
from enum import StrEnum
from typing import Any, TypeVar

from ..calls import NotBookedReason, Outcome
from ..script import Objection
from ..tasks import TaskKind
from .scenarios import Expected, Persona, Scenario, Step, Topic
from .scoring import AttemptRecord, Check, Score, StepDone

E = TypeVar("E", bound=StrEnum)


class ScenarioError(ValueError):
    """A scenario object that cannot be read; `where` names the field (e.g. `steps[2].objection`)."""

    def __init__(self, where: str, message: str) -> None:
        super().__init__(f"{where}: {message}" if where else message)
        self.where = where


def _value(member: StrEnum | None) -> str | None:
    return None if member is None else member.value


def scenario_to_dict(scenario: Scenario) -> dict[str, Any]:
    step_dicts = []
    for step in scenario.steps:
        d: dict[str, Any] = {"line": step.line}
        if step.fact is not None:
            d["fact"] = step.fact
        if step.answer is not None:
            d["answer"] = step.answer
        if step.objection is not None:
            d["objection"] = step.objection.value
        if step.couldnt_answer:
            d["couldnt_answer"] = True
        step_dicts.append(d)
    expected: dict[str, Any] = {"outcome": scenario.expected.outcome.value}
    for name in ("reason", "specialist_key", "task"):
        value = getattr(scenario.expected, name)
        if value is not None:
            expected[name] = getattr(value, "value", value)
    return {
        "key": scenario.key,
        "clinic": scenario.clinic_key,
        "language": scenario.language,
        "topic": scenario.topic.value,
        "title": scenario.title,
        "persona": {
            "name": scenario.persona.name,
            "age_months": scenario.persona.age_months,
            "returning": scenario.persona.returning,
        },
        "line": scenario.line,
        "steps": step_dicts,
        "expected": expected,
        **({"tags": list(scenario.tags)} if scenario.tags else {}),
    }


def _get(data: Mapping[str, Any], name: str, kind: type | tuple[type, ...], where: str, default: Any = ...) -> Any:
    if name not in data or data[name] is None:
        if default is ...:
            raise ScenarioError(f"{where}{name}", "is missing")
        return default
    value = data[name]
    if not isinstance(value, kind) or (isinstance(value, bool) and kind in (int, (int, float))):
        names = " or ".join(k.__name__ for k in (kind if isinstance(kind, tuple) else (kind,)))
        raise ScenarioError(f"{where}{name}", f"must be {_WORDS.get(names, names)}, not {value!r}")
    return value


_WORDS = {"str": "text", "int": "a whole number", "bool": "true or false", "dict": "an object", "list": "a list"}


def _enum(enum: type[E], value: Any, where: str) -> E:
    try:
        return enum(value)
    except ValueError:
        allowed = ", ".join(m.value for m in enum)
        raise ScenarioError(where, f"{value!r} is not one of {allowed}") from None


def scenario_from_dict(data: Any, where: str = "") -> Scenario:
    if not isinstance(data, Mapping):
        raise ScenarioError(where.rstrip("."), "a scenario must be an object")
    persona = _get(data, "persona", dict, where)
    age = _get(persona, "age_months", int, f"{where}persona.")
    if age < 0 or age > 130 * 12:
        raise ScenarioError(f"{where}persona.age_months", f"{age} is not an age in months")
    raw_steps = _get(data, "steps", list, where)
    if not raw_steps:
        raise ScenarioError(f"{where}steps", "a scenario needs at least one step")
    steps = []
    for n, raw in enumerate(raw_steps):
        at = f"{where}steps[{n}]."
        if not isinstance(raw, Mapping):
            raise ScenarioError(at.rstrip("."), "a step must be an object")
        line = _get(raw, "line", str, at)
        if not line.strip():
            raise ScenarioError(f"{at}line", "what the patient says is empty")
        objection = raw.get("objection")
        steps.append(
            Step(
                line,
                fact=_get(raw, "fact", str, at, None),
                answer=_get(raw, "answer", str, at, None),
                objection=_enum(Objection, objection, f"{at}objection") if objection is not None else None,
                couldnt_answer=_get(raw, "couldnt_answer", bool, at, False),
            )
        )
    exp = _get(data, "expected", dict, where)
    at = f"{where}expected."
    reason, task = exp.get("reason"), exp.get("task")
    expected = Expected(
        _enum(Outcome, _get(exp, "outcome", str, at), f"{at}outcome"),
        _enum(NotBookedReason, reason, f"{at}reason") if reason is not None else None,
        _get(exp, "specialist_key", str, at, None),
        _enum(TaskKind, task, f"{at}task") if task is not None else None,
    )
    key = _get(data, "key", str, where)
    if not key.strip():
        raise ScenarioError(f"{where}key", "is empty")
    return Scenario(
        key=key.strip(),
        clinic_key=_get(data, "clinic", str, where),
        language=_get(data, "language", str, where),
        topic=_enum(Topic, _get(data, "topic", str, where), f"{where}topic"),
        persona=Persona(
            _get(persona, "name", str, f"{where}persona."),
            age,
            _get(persona, "returning", bool, f"{where}persona.", False),
        ),
        line=_get(data, "line", str, where, ""),
        steps=tuple(steps),
        expected=expected,
        title=_get(data, "title", str, where, ""),
        tags=tuple(str(t) for t in _get(data, "tags", list, where, [])),
    )


def attempt_to_dict(attempt: AttemptRecord) -> dict[str, Any]:
    return {
        "answered_after": attempt.answered_after,
        "clinic_key_shown": attempt.clinic_key_shown,
        "greeting_said": attempt.greeting_said,
        "steps": [
            {
                "at_seconds": s.at_seconds,
                "fact": s.fact,
                "prompt": _value(s.prompt),
                "couldnt_answer": s.couldnt_answer,
            }
            for s in attempt.steps
        ],
        "outcome": _value(attempt.outcome),
        "reason": _value(attempt.reason),
        "specialist_key": attempt.specialist_key,
        "task": _value(attempt.task),
    }


def attempt_from_dict(data: Mapping[str, Any]) -> AttemptRecord:
    def opt(enum: type[E], value: Any) -> E | None:
        return enum(value) if value is not None else None

    return AttemptRecord(
        answered_after=data.get("answered_after"),
        clinic_key_shown=data.get("clinic_key_shown"),
        greeting_said=bool(data.get("greeting_said")),
        steps=tuple(
            StepDone(s.get("at_seconds"), s.get("fact"), opt(Objection, s.get("prompt")), bool(s.get("couldnt_answer")))
            for s in data.get("steps", [])
        ),
        outcome=opt(Outcome, data.get("outcome")),
        reason=opt(NotBookedReason, data.get("reason")),
        specialist_key=data.get("specialist_key"),
        task=opt(TaskKind, data.get("task")),
    )


def checks_to_list(score: Score) -> list[dict[str, Any]]:
    return [{"name": c.name, "passed": c.passed, "expected": c.expected, "actual": c.actual} for c in score.checks]


def score_from_stored(checks: list[Mapping[str, Any]], answered_after: float | None, find_times: list[Any]) -> Score:
    return Score(
        tuple(Check(c["name"], bool(c["passed"]), c.get("expected", ""), c.get("actual", "")) for c in checks),
        answered_after,
        tuple(find_times),
    )
