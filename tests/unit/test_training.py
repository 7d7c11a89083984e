"""Virtual-patient scenarios, their scoring and the knowledge test, generated from the demo cards."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal
from pathlib import Path

import pytest

from reception_console.domain.calls import NotBookedReason, Outcome
from reception_console.domain.card_changes import Action, CardChange, Entity
from reception_console.domain.card_records import service_record, specialist_record
from reception_console.domain.clinic import ClinicCard
from reception_console.domain.script import Objection, ObjectionPrompt, merge_prompts
from reception_console.domain.tasks import TaskKind
from reception_console.domain.training.facts import changed_facts
from reception_console.domain.training.knowledge_test import generate_test, mark_test, person_seed
from reception_console.domain.training.scenarios import Topic, generate_scenarios
from reception_console.domain.training.scoring import AttemptRecord, StepDone, score_attempt
from reception_console.services.demo import read_demo

DEMO = Path(__file__).resolve().parents[2] / "resources" / "demo"
REQUIRED = {
    Topic.AGE_NOT_ACCEPTED,
    Topic.PRICE,
    Topic.PREPARATION,
    Topic.PARKING,
    Topic.DIRECTIONS,
    Topic.KNOWLEDGE,
    Topic.TOO_EXPENSIVE,
    Topic.WILL_THINK,
    Topic.UNKNOWN,
}


def _cards() -> list[tuple[ClinicCard, tuple[ObjectionPrompt, ...]]]:
    demo = read_demo(DEMO)
    out = []
    for card in demo.clinics:
        shared = [p for lang, p, key in demo.prompts if lang == card.language and not key]
        own = [p for _, p, key in demo.prompts if key == card.key]
        out.append((card, merge_prompts(shared, own)))
    return out


CARDS = _cards()
IDS = [c.key for c, _ in CARDS]


def _service(card: ClinicCard, name: str):
    return next(s for s in card.services if s.name == name)


def _card_says(card: ClinicCard, prompts, fact: str) -> list[str]:
    """Every text on the card a fact could come from, read without the generator's own lookup."""
    entity, _, rest = fact.partition(":")
    if entity == "clinic":
        return [getattr(card, rest)]
    if entity == "knowledge":
        return [k.answer for k in card.knowledge if k.question == rest]
    if entity == "objection":
        return [p.text for p in prompts if p.objection.value == rest]
    name, _, field = rest.rpartition(":")
    if entity == "service":
        service = _service(card, name)
        return [f"{service.price} {card.currency}"] if field == "price" else [service.preparation]
    specialist = card.specialist(name)
    assert specialist is not None
    if field == "visit_minutes":
        return [str(specialist.visit_minutes)]
    return [str(specialist.age_min_months), str(specialist.age_max_months)]


@pytest.mark.parametrize(("card", "prompts"), CARDS, ids=IDS)
def test_scenarios_are_the_same_for_a_seed_and_cover_every_kind(card, prompts):
    first = generate_scenarios(card, prompts, seed=7)
    assert first == generate_scenarios(card, prompts, seed=7)
    assert first != generate_scenarios(card, prompts, seed=8)
    assert len(first) >= 10
    assert {s.topic for s in first} >= REQUIRED
    assert len({s.key for s in first}) == len(first)
    numbers = {line.number for line in card.phone_lines}
    for scenario in first:
        assert scenario.line in numbers
        assert scenario.language == card.language
        assert all(step.line for step in scenario.steps)


@pytest.mark.parametrize(("card", "prompts"), CARDS, ids=IDS)
def test_every_expected_answer_is_on_the_card(card, prompts):
    for scenario in generate_scenarios(card, prompts, seed=3):
        for step in scenario.steps:
            if step.couldnt_answer:
                assert step.fact is None and step.answer is None
                continue
            assert step.answer, (scenario.key, step)
            said = _card_says(card, prompts, step.fact)
            if step.fact.endswith(":visit_minutes"):
                assert said[0] in step.answer
            elif step.fact.endswith(":age_limits"):
                continue  # checked below, against the persona's age
            else:
                assert step.answer in said
        if scenario.topic is Topic.AGE_NOT_ACCEPTED:
            asked = card.specialist(scenario.steps[0].fact.split(":")[1])
            assert not asked.accepts_age(scenario.persona.age_months)
            right = card.specialist(scenario.expected.specialist_key)
            if right is not None:
                assert right.accepts_age(scenario.persona.age_months) and right.specialty == asked.specialty
            else:
                assert not any(
                    s.accepts_age(scenario.persona.age_months) and s.specialty == asked.specialty
                    for s in card.specialists
                )
        if scenario.expected.specialist_key and scenario.topic is not Topic.AGE_NOT_ACCEPTED:
            assert card.specialist(scenario.expected.specialist_key).accepts_age(scenario.persona.age_months)
        if scenario.topic in (Topic.TOO_EXPENSIVE, Topic.WILL_THINK):
            assert scenario.expected.task is TaskKind.FOLLOW_UP
            assert scenario.expected.reason.value == scenario.topic.value


def test_patient_lines_are_in_the_clinic_language():
    by_language = {card.language: generate_scenarios(card, prompts, seed=1) for card, prompts in CARDS}
    unknown = {lang: next(s for s in sc if s.topic is Topic.UNKNOWN).steps[0].line for lang, sc in by_language.items()}
    assert "bitcoin" in unknown["en"]
    assert "zapłacić" in unknown["pl"]
    assert "оплатить" in unknown["ru"]


def _perfect(scenario) -> AttemptRecord:
    steps = tuple(StepDone(4.0, None if s.objection else s.fact, s.objection, s.couldnt_answer) for s in scenario.steps)
    e = scenario.expected
    return AttemptRecord(3.0, scenario.clinic_key, True, steps, e.outcome, e.reason, e.specialist_key, e.task)


def test_scoring_a_perfect_and_a_poor_attempt():
    card, prompts = CARDS[0]
    scenario = next(s for s in generate_scenarios(card, prompts, seed=1) if s.topic is Topic.TOO_EXPENSIVE)
    perfect = score_attempt(scenario, _perfect(scenario))
    assert perfect.points == perfect.total and not perfect.failed()
    assert {c.name for c in perfect.checks} >= {
        "answer_time",
        "greeting",
        "card",
        "step_1_fact",
        "step_1_find_time",
        "step_2_prompt",
        "outcome",
        "reason",
        "task",
    }
    poor = AttemptRecord(
        answered_after=14.0,
        clinic_key_shown="somewhere-else",
        greeting_said=False,
        steps=(StepDone(40.0, "service:nothing:price"), StepDone(50.0, prompt=Objection.WILL_THINK)),
        outcome=Outcome.NOT_BOOKED,
        reason=NotBookedReason.WILL_THINK,
        specialist_key=scenario.expected.specialist_key,
        task=None,
    )
    score = score_attempt(scenario, poor)
    assert {c.name for c in score.failed()} == {
        "answer_time",
        "greeting",
        "card",
        "step_1_fact",
        "step_1_find_time",
        "step_2_prompt",
        "reason",
        "task",
    }
    assert score.find_times == (40.0, 50.0)
    slow = score_attempt(
        scenario,
        replace(
            _perfect(scenario),
            steps=(StepDone(20.0, scenario.steps[0].fact), StepDone(21.0, prompt=Objection.TOO_EXPENSIVE)),
        ),
    )
    assert [c.name for c in slow.failed()] == ["step_1_find_time"]


def test_a_question_the_card_cannot_answer_must_go_to_couldnt_answer():
    card, prompts = CARDS[1]
    scenario = next(s for s in generate_scenarios(card, prompts, seed=1) if s.topic is Topic.UNKNOWN)
    answered_anyway = replace(_perfect(scenario), steps=(StepDone(5.0, "clinic:parking"),))
    assert [c.name for c in score_attempt(scenario, answered_anyway).failed()] == ["step_1_couldnt_answer"]


@pytest.mark.parametrize(("card", "prompts"), CARDS, ids=IDS)
def test_knowledge_test_is_seeded_and_every_question_is_answerable(card, prompts):
    seed = person_seed(12, "2026-12")
    questions = generate_test(card, prompts, seed, count=500)
    assert questions == generate_test(card, prompts, seed, count=500)
    assert [q.fact for q in questions] != [
        q.fact for q in generate_test(card, prompts, person_seed(13, "2026-12"), count=500)
    ]
    topics = {q.topic for q in questions}
    assert {
        "price",
        "age_limits",
        "visit_length",
        "preparation",
        "parking",
        "directions",
        "opening_hours",
        "algorithm",
        "objection",
    } <= topics
    for q in questions:
        assert len(q.options) >= 2 and len(set(q.options)) == len(q.options)
        assert sum(1 for o in q.options if o == q.answer) == 1
        said = _card_says(card, prompts, q.fact)
        if q.topic == "visit_length":
            assert said[0] in q.answer
        elif q.topic != "age_limits":
            assert q.answer in said, q
    ages = [q for q in questions if q.topic == "age_limits"]
    for q in ages:
        sp = card.specialist(q.fact.split(":")[1])
        others = {o for o in q.options if o != q.answer}
        assert all(o != q.answer for o in others)
        assert sp.name in q.text


def test_knowledge_test_wrong_prices_come_from_the_same_clinic():
    card, prompts = CARDS[0]
    prices = {f"{s.price} {card.currency}" for s in card.services}
    for q in generate_test(card, prompts, 1, count=500):
        if q.topic == "price":
            assert set(q.options) <= prices


def test_facts_changed_since_the_last_test_come_first():
    card, prompts = CARDS[1]
    service = card.services[3]
    specialist = card.specialists[1]
    dearer = replace(service, price=service.price + Decimal("10"))
    older = replace(specialist, visit_minutes=specialist.visit_minutes + 5)
    history = [
        CardChange(Entity.SERVICE, Action.UPDATE, 1, service_record(service), service_record(dearer)),
        CardChange(Entity.SPECIALIST, Action.UPDATE, 2, specialist_record(specialist), specialist_record(older)),
    ]
    changed = changed_facts(history)
    assert changed == {f"service:{service.name}:price", f"specialist:{specialist.key}:visit_minutes"}
    now = replace(card, services=tuple(dearer if s == service else s for s in card.services))
    questions = generate_test(now, prompts, 99, changed=changed, count=10)
    assert {q.fact for q in questions[:2]} == changed
    assert all(q.changed for q in questions[:2]) and not any(q.changed for q in questions[2:])
    assert next(q for q in questions if q.topic == "price").answer == f"{dearer.price} {card.currency}"


def test_marking_a_test():
    card, prompts = CARDS[2]
    questions = generate_test(card, prompts, 5, count=4)
    chosen = [questions[0].correct, (questions[1].correct + 1) % len(questions[1].options), None, questions[3].correct]
    result = mark_test(questions, chosen, 61.0)
    assert (result.asked, result.right, result.percent) == (4, 2, 50.0)
