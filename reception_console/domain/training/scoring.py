"""Scoring one practice call: what the trainee did, checked against what the scenario expected."""

from __future__ import annotations

from dataclasses import dataclass, field

from ..calls import NotBookedReason, Outcome
from ..script import Objection
from ..tasks import TaskKind
from .scenarios import Scenario

ANSWER_WITHIN_SECONDS = 9.0  # the service-level threshold of DOMAIN.md
FIND_WITHIN_SECONDS = 15.0


@dataclass(frozen=True, slots=True)
class StepDone:
    """What the trainee did on one step, in seconds after the answer: the fact she opened on the card, the prompt
    she pressed, or *Couldn't answer*."""

    at_seconds: float | None = None
    fact: str | None = None
    prompt: Objection | None = None
    couldnt_answer: bool = False


@dataclass(frozen=True, slots=True)
class AttemptRecord:
    answered_after: float | None  # seconds from ring to answer; None = never answered
    clinic_key_shown: str | None
    greeting_said: bool
    steps: tuple[StepDone, ...]
    outcome: Outcome | None
    reason: NotBookedReason | None = None
    specialist_key: str | None = None
    task: TaskKind | None = None


@dataclass(frozen=True, slots=True)
class Check:
    name: str  # answer_time, greeting, card, step_N_fact|find_time|prompt, outcome, reason, specialist, task
    passed: bool
    expected: str = ""
    actual: str = ""


@dataclass(frozen=True, slots=True)
class Score:
    checks: tuple[Check, ...]
    answered_after: float | None
    find_times: tuple[float | None, ...] = field(default=())

    @property
    def points(self) -> int:
        return sum(1 for c in self.checks if c.passed)

    @property
    def total(self) -> int:
        return len(self.checks)

    @property
    def percent(self) -> float:
        return 100.0 * self.points / self.total if self.total else 0.0

    def failed(self) -> list[Check]:
        return [c for c in self.checks if not c.passed]


def _text(value: object) -> str:
    return "" if value is None else str(getattr(value, "value", value))


def score_attempt(scenario: Scenario, attempt: AttemptRecord) -> Score:
    checks: list[Check] = []
    answered = attempt.answered_after
    checks.append(
        Check(
            "answer_time",
            answered is not None and answered <= ANSWER_WITHIN_SECONDS,
            f"<= {ANSWER_WITHIN_SECONDS:g} s",
            "" if answered is None else f"{answered:.1f} s",
        )
    )
    checks.append(Check("greeting", attempt.greeting_said, "yes", "yes" if attempt.greeting_said else "no"))
    checks.append(
        Check(
            "card",
            attempt.clinic_key_shown == scenario.clinic_key,
            scenario.clinic_key,
            _text(attempt.clinic_key_shown),
        )
    )
    find_times: list[float | None] = []
    for n, step in enumerate(scenario.steps, start=1):
        done = attempt.steps[n - 1] if n <= len(attempt.steps) else StepDone()
        find_times.append(done.at_seconds)
        if step.couldnt_answer:
            checks.append(
                Check(
                    f"step_{n}_couldnt_answer",
                    done.couldnt_answer,
                    "couldnt_answer",
                    "couldnt_answer" if done.couldnt_answer else _text(done.fact),
                )
            )
            continue
        if step.objection is not None:
            checks.append(
                Check(f"step_{n}_prompt", done.prompt == step.objection, _text(step.objection), _text(done.prompt))
            )
            continue
        if step.fact is not None:
            checks.append(Check(f"step_{n}_fact", done.fact == step.fact, step.fact, _text(done.fact)))
            found_in_time = done.at_seconds is not None and done.at_seconds <= FIND_WITHIN_SECONDS
            checks.append(
                Check(
                    f"step_{n}_find_time",
                    done.fact == step.fact and found_in_time,
                    f"<= {FIND_WITHIN_SECONDS:g} s",
                    "" if done.at_seconds is None else f"{done.at_seconds:.1f} s",
                )
            )
    expected = scenario.expected
    checks.append(
        Check("outcome", attempt.outcome == expected.outcome, _text(expected.outcome), _text(attempt.outcome))
    )
    if expected.reason is not None:
        checks.append(Check("reason", attempt.reason == expected.reason, _text(expected.reason), _text(attempt.reason)))
    if expected.specialist_key is not None:
        checks.append(
            Check(
                "specialist",
                attempt.specialist_key == expected.specialist_key,
                expected.specialist_key,
                _text(attempt.specialist_key),
            )
        )
    checks.append(Check("task", attempt.task == expected.task, _text(expected.task), _text(attempt.task)))
    return Score(tuple(checks), answered, tuple(find_times))
