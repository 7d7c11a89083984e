"""Virtual-patient scenarios: who calls, on which line, what they ask step by step, and what should come of it.

`generate_scenarios` builds a starter set from a clinic card, the same set for the same seed.
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass, field
from enum import StrEnum

from ..calls import NotBookedReason, Outcome
from ..clinic import ClinicCard, Service, Specialist
from ..script import Objection, ObjectionPrompt
from ..tasks import TaskKind
from .age_words import age_words
from .facts import fact_value, ref
from .texts import NAMES, PATIENT, WHO, language_of


class Topic(StrEnum):
    AGE_NOT_ACCEPTED = "age_not_accepted"
    PRICE = "price"
    PREPARATION = "preparation"
    VISIT_LENGTH = "visit_length"
    PARKING = "parking"
    DIRECTIONS = "directions"
    OPENING_HOURS = "opening_hours"
    KNOWLEDGE = "knowledge"
    TOO_EXPENSIVE = "too_expensive"
    WILL_THINK = "will_think"
    UNKNOWN = "unknown"


@dataclass(frozen=True, slots=True)
class Persona:
    name: str
    age_months: int
    returning: bool


@dataclass(frozen=True, slots=True)
class Step:
    """One thing the patient says. A question expects a fact (`fact`: its reference, `answer`: its text on the card);
    an objection expects its prompt; a question the card cannot answer expects *Couldn't answer*."""

    line: str
    fact: str | None = None
    answer: str | None = None
    objection: Objection | None = None
    couldnt_answer: bool = False


@dataclass(frozen=True, slots=True)
class Expected:
    outcome: Outcome
    reason: NotBookedReason | None = None
    specialist_key: str | None = None  # the right specialist for the persona's age
    task: TaskKind | None = None


@dataclass(frozen=True, slots=True)
class Scenario:
    key: str
    clinic_key: str
    language: str
    topic: Topic
    persona: Persona
    line: str  # the number dialled
    steps: tuple[Step, ...]
    expected: Expected
    title: str = ""
    tags: tuple[str, ...] = field(default=())


_ADULT = 35 * 12


def _age_words(language: str, months: int) -> str:
    return WHO[language]["age"].format(age=age_words(months, language))


def _age_for(sp: Specialist) -> int:
    if sp.age_min_months <= _ADULT and (sp.age_max_months is None or sp.age_max_months >= _ADULT):
        return _ADULT
    return sp.age_min_months + 12 if sp.age_min_months >= 12 else max(sp.age_min_months, 1)


class _Builder:
    def __init__(self, card: ClinicCard, prompts: Sequence[ObjectionPrompt], seed: int) -> None:
        self.card = card
        self.prompts = prompts
        self.rng = random.Random(f"{seed}:{card.key}")
        self.language = language_of(card.language)
        self.say = PATIENT[self.language]
        self.lines = [line.number for line in card.phone_lines] or [""]
        self.out: list[Scenario] = []

    def persona(self, age: int) -> Persona:
        return Persona(self.rng.choice(NAMES[self.language]), age, self.rng.random() < 0.5)

    def question(self, reference: str, line: str) -> Step:
        return Step(line, reference, fact_value(self.card, self.prompts, reference))

    def add(self, topic: Topic, persona: Persona, steps: Sequence[Step], expected: Expected) -> None:
        key = f"{self.card.key}-{len(self.out) + 1:02d}-{topic.value}"
        self.out.append(
            Scenario(
                key,
                self.card.key,
                self.card.language,
                topic,
                persona,
                self.rng.choice(self.lines),
                tuple(steps),
                expected,
                title=topic.value.replace("_", " "),
            )
        )

    def age_not_accepted(self) -> None:
        limited = [s for s in self.card.specialists if s.age_min_months > 0 or s.age_max_months is not None]
        self.rng.shuffle(limited)
        for sp in limited[:2]:
            age = sp.age_min_months - 1 if sp.age_min_months > 0 else (sp.age_max_months or 0) + 12
            age = max(age, 0)
            right = next((o for o in self.card.specialists if o.specialty == sp.specialty and o.accepts_age(age)), None)
            who = WHO[self.language]["child" if age < 18 * 12 else "self"]
            line = self.say["book_age"].format(specialty=sp.specialty, who=who, age=_age_words(self.language, age))
            step = self.question(ref("specialist", sp.key, "age_limits"), line)
            if right is not None:
                expected = Expected(Outcome.BOOKED, specialist_key=right.key)
            else:
                expected = Expected(Outcome.NOT_BOOKED, NotBookedReason.OTHER)
            self.add(Topic.AGE_NOT_ACCEPTED, self.persona(age), [step], expected)

    def services(self) -> None:
        services = list(self.card.services)
        self.rng.shuffle(services)
        for service in services[:2]:
            age, key = self._any_age(service)
            step = self.question(ref("service", service.name, "price"), self.say["price"].format(service=service.name))
            self.add(Topic.PRICE, self.persona(age), [step], Expected(Outcome.BOOKED, specialist_key=key))
        prepared = [s for s in services if s.preparation]
        for service in prepared[:1]:
            age, key = self._any_age(service)
            line = self.say["preparation"].format(service=service.name)
            step = self.question(ref("service", service.name, "preparation"), line)
            self.add(Topic.PREPARATION, self.persona(age), [step], Expected(Outcome.INFO_ONLY, specialist_key=None))
        for topic, reason in (
            (Topic.TOO_EXPENSIVE, NotBookedReason.TOO_EXPENSIVE),
            (Topic.WILL_THINK, NotBookedReason.WILL_THINK),
        ):
            if not services:
                break
            service = self.rng.choice(services)
            age, key = self._any_age(service)
            objection = Objection(reason.value)
            steps = [
                self.question(ref("service", service.name, "price"), self.say["price"].format(service=service.name)),
                Step(
                    self.say[topic.value],
                    ref("objection", objection.value),
                    fact_value(self.card, self.prompts, ref("objection", objection.value)),
                    objection=objection,
                ),
            ]
            expected = Expected(Outcome.NOT_BOOKED, reason, specialist_key=key, task=TaskKind.FOLLOW_UP)
            self.add(topic, self.persona(age), steps, expected)

    def _any_age(self, service: Service) -> tuple[int, str | None]:
        for sp in self.card.specialists:
            if service in self.card.services_for(sp):
                return _age_for(sp), sp.key
        return _ADULT, None

    def visit_length(self) -> None:
        if self.card.specialists:
            sp = self.rng.choice(list(self.card.specialists))
            step = self.question(
                ref("specialist", sp.key, "visit_minutes"), self.say["visit_length"].format(specialist=sp.name)
            )
            self.add(
                Topic.VISIT_LENGTH, self.persona(_age_for(sp)), [step], Expected(Outcome.BOOKED, specialist_key=sp.key)
            )

    def clinic_facts(self) -> None:
        for topic in (Topic.PARKING, Topic.DIRECTIONS, Topic.OPENING_HOURS):
            reference = ref("clinic", topic.value)
            if fact_value(self.card, self.prompts, reference):
                self.add(
                    topic,
                    self.persona(_ADULT),
                    [self.question(reference, self.say[topic.value])],
                    Expected(Outcome.INFO_ONLY),
                )

    def knowledge(self) -> None:
        entries = list(self.card.knowledge)
        self.rng.shuffle(entries)
        for entry in entries[:2]:
            step = self.question(
                ref("knowledge", entry.question), self.say["knowledge"].format(question=entry.question)
            )
            self.add(Topic.KNOWLEDGE, self.persona(_ADULT), [step], Expected(Outcome.INFO_ONLY))

    def unknown(self) -> None:
        line = self.say["unknown"].format(thing=self.say["thing"])
        self.add(Topic.UNKNOWN, self.persona(_ADULT), [Step(line, couldnt_answer=True)], Expected(Outcome.INFO_ONLY))


def generate_scenarios(card: ClinicCard, prompts: Sequence[ObjectionPrompt], seed: int) -> list[Scenario]:
    """A starter set for one clinic: the same card, prompts and seed always give the same scenarios."""
    builder = _Builder(card, prompts, seed)
    builder.age_not_accepted()
    builder.services()
    builder.visit_length()
    builder.clinic_facts()
    builder.knowledge()
    builder.unknown()
    return builder.out
