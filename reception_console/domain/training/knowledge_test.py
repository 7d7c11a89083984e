"""The monthly knowledge test: questions generated from the current cards, one right answer each.

Wrong options are the same kind of fact taken from other specialists, services or entries of the same clinic
(never equal to the right answer). The order is random per person (seeded), but facts that changed since the
person's last test come first.
"""

from __future__ import annotations

import hashlib
import random
from collections.abc import Collection, Sequence
from dataclasses import dataclass

from ..clinic import ClinicCard
from ..script import ObjectionPrompt
from .facts import CLINIC_FACTS, fact_value, ref
from .texts import QUESTION, language_of

OPTIONS = 4
_CLINIC_TOPICS = tuple(f for f in CLINIC_FACTS if f != "address")


@dataclass(frozen=True, slots=True)
class Question:
    clinic_key: str
    topic: str  # price, age_limits, visit_length, preparation, parking, directions, opening_hours, algorithm, objection
    fact: str  # the reference of the fact asked about
    text: str
    options: tuple[str, ...]
    correct: int  # index into options
    changed: bool = False

    @property
    def answer(self) -> str:
        return self.options[self.correct]


def person_seed(person: str | int, period: str) -> int:
    """One seed per person and period (e.g. "2026-12"): the same test on a reopen, a different one for a colleague."""
    digest = hashlib.sha256(f"{person}|{period}".encode()).digest()
    return int.from_bytes(digest[:8], "big")


def _candidates(card: ClinicCard, prompts: Sequence[ObjectionPrompt]) -> list[tuple[str, str, str, list[str]]]:
    """(topic, subject, fact reference, references of the same kind of fact for wrong options)."""
    out: list[tuple[str, str, str, list[str]]] = []
    services = [s for s in card.services]
    price_refs = [ref("service", s.name, "price") for s in services]
    prep_refs = [ref("service", s.name, "preparation") for s in services if s.preparation]
    for s in services:
        out.append(("price", s.name, ref("service", s.name, "price"), price_refs))
        if s.preparation:
            out.append(("preparation", s.name, ref("service", s.name, "preparation"), prep_refs))
    age_refs = [ref("specialist", s.key, "age_limits") for s in card.specialists]
    length_refs = [ref("specialist", s.key, "visit_minutes") for s in card.specialists]
    for sp in card.specialists:
        out.append(("age_limits", sp.name, ref("specialist", sp.key, "age_limits"), age_refs))
        out.append(("visit_length", sp.name, ref("specialist", sp.key, "visit_minutes"), length_refs))
    clinic_refs = [ref("clinic", f) for f in CLINIC_FACTS]
    for fact in _CLINIC_TOPICS:
        out.append((fact, card.name, ref("clinic", fact), clinic_refs))
    knowledge_refs = [ref("knowledge", k.question) for k in card.knowledge]
    for entry in card.knowledge:
        out.append(("algorithm", entry.question, ref("knowledge", entry.question), knowledge_refs))
    prompt_refs = [ref("objection", p.objection.value) for p in prompts]
    for prompt in prompts:
        out.append(("objection", prompt.title, ref("objection", prompt.objection.value), prompt_refs))
    return out


def _minutes_near(value: int, words: str) -> list[str]:
    return [words.format(n=value + d) for d in (-10, 10, 20, 30) if value + d > 0]


def generate_test(
    card: ClinicCard,
    prompts: Sequence[ObjectionPrompt],
    seed: int,
    *,
    changed: Collection[str] = (),
    count: int = 20,
) -> list[Question]:
    """Up to `count` questions for one clinic. A fact with fewer than one plausible wrong option is not asked."""
    rng = random.Random(f"{seed}:{card.key}")
    words = QUESTION[language_of(card.language)]
    questions: list[Question] = []
    for topic, subject, reference, kin in _candidates(card, prompts):
        right = fact_value(card, prompts, reference)
        if not right:
            continue
        wrong = list(
            dict.fromkeys(
                v
                for v in (fact_value(card, prompts, r) for r in kin if r != reference)
                if v and v.strip() != right.strip()
            )
        )
        if topic == "visit_length" and len(wrong) < OPTIONS - 1:
            spec = card.specialist(reference.split(":")[1])
            if spec is not None:
                wrong += [
                    w for w in _minutes_near(spec.visit_minutes, words["minutes"]) if w not in wrong and w != right
                ]
        if not wrong:
            continue
        rng.shuffle(wrong)
        options = [right, *wrong[: OPTIONS - 1]]
        rng.shuffle(options)
        text = words["price" if topic == "price" else topic].format(subject=subject)
        questions.append(
            Question(
                card.key, topic, reference, text, tuple(options), options.index(right), changed=reference in changed
            )
        )
    rng.shuffle(questions)
    questions.sort(key=lambda q: not q.changed)  # stable: changed facts first, each group in seeded order
    return questions[:count]


@dataclass(frozen=True, slots=True)
class KnowledgeTestResult:
    asked: int
    right: int
    seconds: float

    @property
    def percent(self) -> float:
        return 100.0 * self.right / self.asked if self.asked else 0.0


def mark_test(questions: Sequence[Question], chosen: Sequence[int | None], seconds: float) -> KnowledgeTestResult:
    right = sum(1 for q, c in zip(questions, chosen, strict=False) if c == q.correct)
    return KnowledgeTestResult(len(questions), right, seconds)
