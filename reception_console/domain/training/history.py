"""What is kept of training: practice attempts, knowledge-test results and assignments, as the services read them."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from typing import Any

from .scenarios import Scenario
from .scoring import AttemptRecord, Score


@dataclass(frozen=True, slots=True)
class AttemptSummary:
    """One practice attempt in a list: enough for a table row and a trend."""

    id: int
    person_id: int
    person: str
    clinic_id: int | None
    scenario_key: str
    scenario_title: str
    topic: str
    started_at: datetime
    finished_at: datetime
    points: int
    total: int
    answered_after: float | None
    assigned: bool

    @property
    def percent(self) -> float:
        return 100.0 * self.points / self.total if self.total else 0.0


@dataclass(frozen=True, slots=True)
class StoredAttempt:
    """One practice attempt in full: the scenario as practised, what was done and the score, to show it again."""

    summary: AttemptSummary
    scenario: Scenario
    attempt: AttemptRecord
    score: Score


@dataclass(frozen=True, slots=True)
class TrendPoint:
    """A person's practice by day: attempts and the mean score that day."""

    day: str  # YYYY-MM-DD (UTC)
    attempts: int
    percent: float


def trend_of(summaries: list[AttemptSummary]) -> list[TrendPoint]:
    """Mean score per day, oldest first."""
    days: dict[str, list[float]] = {}
    for s in sorted(summaries, key=lambda a: a.finished_at):
        days.setdefault(s.finished_at.strftime("%Y-%m-%d"), []).append(s.percent)
    return [TrendPoint(day, len(p), sum(p) / len(p)) for day, p in days.items()]


@dataclass(frozen=True, slots=True)
class TestAnswer:
    """One question of a taken test: what was asked, the options, the right one and the one chosen."""

    fact: str
    topic: str
    question: str
    options: tuple[str, ...]
    correct: int
    chosen: int | None

    def to_dict(self) -> dict[str, Any]:
        return {
            "fact": self.fact,
            "topic": self.topic,
            "question": self.question,
            "options": list(self.options),
            "correct": self.correct,
            "chosen": self.chosen,
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> TestAnswer:
        return cls(d["fact"], d["topic"], d["question"], tuple(d["options"]), int(d["correct"]), d.get("chosen"))

    @property
    def answer(self) -> str:
        return self.options[self.correct]


@dataclass(frozen=True, slots=True)
class StoredTestResult:
    id: int
    person_id: int
    person: str
    clinic_id: int | None
    clinic_key: str
    period: str
    asked: int
    right: int
    seconds: float
    taken_at: datetime
    assigned: bool
    answers: tuple[TestAnswer, ...] = field(default=())

    @property
    def percent(self) -> float:
        return 100.0 * self.right / self.asked if self.asked else 0.0


class AssignmentKind(StrEnum):
    PRACTICE = "practice"
    TEST = "test"


@dataclass(frozen=True, slots=True)
class Assignment:
    id: int
    person_id: int
    kind: AssignmentKind
    clinic_id: int | None
    scenario_key: str | None
    note: str
    assigned_by_id: int | None
    assigned_at: datetime
    done_at: datetime | None = None
    done_attempt_id: int | None = None


@dataclass(frozen=True, slots=True)
class PracticeByPerson:
    """One receptionist's practice: how often, how well on average and lately, and the trend by day."""

    person_id: int
    person: str
    attempts: int
    average: float  # percent
    last: float  # the newest attempt's percent
    last_at: datetime
    trend: tuple[TrendPoint, ...]

    @property
    def change(self) -> float:
        """Points gained: the mean of the newest third of the days practised against the oldest third (one day's
        luck moves it little); negative: worse, 0 with a single day."""
        if len(self.trend) < 2:
            return 0.0
        third = max(1, len(self.trend) // 3)

        def mean(points: tuple[TrendPoint, ...]) -> float:
            return sum(p.percent for p in points) / len(points)

        return mean(self.trend[-third:]) - mean(self.trend[:third])


def practice_by_person(summaries: list[AttemptSummary]) -> list[PracticeByPerson]:
    """Per receptionist, by name."""
    people: dict[int, list[AttemptSummary]] = {}
    for s in summaries:
        people.setdefault(s.person_id, []).append(s)
    out = []
    for person_id, theirs in people.items():
        newest = max(theirs, key=lambda a: (a.finished_at, a.id))
        out.append(
            PracticeByPerson(
                person_id,
                newest.person,
                len(theirs),
                sum(a.percent for a in theirs) / len(theirs),
                newest.percent,
                newest.finished_at,
                tuple(trend_of(theirs)),
            )
        )
    return sorted(out, key=lambda p: (p.person.casefold(), p.person_id))
