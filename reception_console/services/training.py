"""Training: the clinics' virtual-patient scenarios, practice attempts, the monthly knowledge test, assignments.

Practice calls and test results are kept only in training's own tables (`TrainingStore`): never as calls, tasks or
outbox messages, so nothing of training enters a figure, a work list, an export, an owner's report or a message.
A receptionist records and reads her own attempts and results; supervisors read everyone's, keep the scenarios
and assign practice or the test (`who` tells who is signed in).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import datetime

from ..domain.calls import utcnow
from ..domain.permissions import Actor, Permission, allowed
from ..domain.training.facts import fact_value
from ..domain.training.history import (
    Assignment,
    AssignmentKind,
    AttemptSummary,
    PracticeByPerson,
    StoredAttempt,
    StoredTestResult,
    TestAnswer,
    TrendPoint,
    practice_by_person,
    trend_of,
)
from ..domain.training.knowledge_test import Question, generate_test, mark_test, person_seed
from ..domain.training.records import (
    attempt_from_dict,
    attempt_to_dict,
    checks_to_list,
    scenario_from_dict,
    scenario_to_dict,
    score_from_stored,
)
from ..domain.training.results import KnowledgeTestRecord, MonthlyResult, by_clinic, monthly_results
from ..domain.training.scenarios import Scenario, Step, generate_scenarios
from ..domain.training.scoring import AttemptRecord, Score
from .permissions import require
from .ports import CardStore
from .training_files import ScenarioFileError, parse_scenario_text, write_scenarios
from .training_ports import TrainingStore

STARTER_SEED = 2026  # the generated starter set is the same on every console for the same card
TEST_QUESTIONS = 20


class TrainingService:
    def __init__(
        self,
        store: TrainingStore,
        cards: CardStore,
        clock: Callable[[], datetime] = utcnow,
        who: Callable[[], Actor | None] = lambda: None,
    ) -> None:
        self._store = store
        self._cards = cards
        self._clock = clock
        self._who = who

    def now(self) -> datetime:
        return self._clock()

    def _own_or_supervisor(self, person_id: int | None) -> None:
        """Her own training for a receptionist signed in; anyone's for a supervisor or an admin."""
        actor = self._who()
        own = person_id is not None and actor is not None and getattr(actor, "id", None) == person_id
        if own and allowed(actor, Permission.REPORT_GAP):  # signed in and active
            return
        require(actor, Permission.SUPERVISE)

    # --- scenarios ----------------------------------------------------------------------------------------

    def generated(self, clinic_id: int) -> list[Scenario]:
        """The starter set generated from the clinic's current card (the same for the same card)."""
        card = self._cards.card(clinic_id)
        if card is None:
            return []
        return generate_scenarios(card, self._cards.prompts(clinic_id, card.language), STARTER_SEED)

    def scenarios(self, clinic_id: int) -> list[Scenario]:
        """The clinic's stored scenarios, or the generated starter set when none are stored. The answer a step
        expects is read from the card as it is now (a price changed since the scenario was written)."""
        stored = self._store.scenarios(clinic_id)
        if not stored:
            return self.generated(clinic_id)
        scenarios = [scenario_from_dict(body) for body in stored]
        card = self._cards.card(clinic_id)
        if card is None:
            return scenarios
        prompts = self._cards.prompts(clinic_id, card.language)

        def current(step: Step) -> Step:
            answer = fact_value(card, prompts, step.fact) if step.fact else None
            return replace(step, answer=answer) if answer is not None else step

        return [replace(s, steps=tuple(current(step) for step in s.steps)) for s in scenarios]

    def clinic_keys(self) -> dict[str, int]:
        """Every clinic's key and its id (archived clinics left out)."""
        return {key: clinic_id for clinic_id, key, _name in self._store.clinics()}

    def clinics(self) -> list[tuple[int, str]]:
        """(id, name) of every clinic, by name: what a test or a scenario can be about."""
        return [(clinic_id, name) for clinic_id, _key, name in self._store.clinics()]

    def export_scenarios(self, clinic_id: int | None = None) -> str:
        """The scenario file of one clinic (or of every clinic): its own scenarios, or the generated set."""
        ids = [clinic_id] if clinic_id is not None else [i for i, _key, _name in self._store.clinics()]
        return write_scenarios([s for i in ids for s in self.scenarios(i)])

    def import_scenarios(self, text: str, *, dry_run: bool = False) -> dict[str, int]:
        """Each clinic named in the file gets exactly the file's scenarios for it (clinic key → how many). The
        whole file is checked first — its shape, then each clinic, specialist and fact against the cards — and
        ScenarioFileError names every problem; then nothing is changed."""
        require(self._who(), Permission.EDIT_CARDS)
        scenarios = parse_scenario_text(text)
        clinics = self.clinic_keys()
        problems: list[str] = []
        by_clinic: dict[str, list[Scenario]] = {}
        for n, scenario in enumerate(scenarios):
            by_clinic.setdefault(scenario.clinic_key, []).append(scenario)
            problems += self._against_card(scenario, clinics.get(scenario.clinic_key), f"scenarios[{n}].")
        if problems:
            raise ScenarioFileError(problems)
        if not dry_run:
            for key, theirs in by_clinic.items():
                self.save_scenarios(clinics[key], theirs)
        return {key: len(theirs) for key, theirs in by_clinic.items()}

    def specialists(self, clinic_id: int) -> list[tuple[str, str]]:
        """(key, name) of the clinic's specialists, for choosing the one a scenario expects."""
        card = self._cards.card(clinic_id)
        return [(s.key, s.name) for s in card.specialists] if card else []

    def check_scenarios(self, clinic_id: int, scenarios: Sequence[Scenario]) -> list[str]:
        """What in these scenarios does not fit the clinic's card (a specialist or a fact it does not have)."""
        problems = []
        for scenario in scenarios:
            problems += self._against_card(scenario, clinic_id, f"{scenario.title or scenario.key}: ")
        return problems

    def _against_card(self, scenario: Scenario, clinic_id: int | None, where: str) -> list[str]:
        if clinic_id is None:
            return [f"{where}clinic: no clinic has the key {scenario.clinic_key!r}"]
        card = self._cards.card(clinic_id)
        if card is None:
            return [f"{where}clinic: no clinic has the key {scenario.clinic_key!r}"]
        prompts = self._cards.prompts(clinic_id, card.language)
        problems = []
        wanted = scenario.expected.specialist_key
        if wanted is not None and card.specialist(wanted) is None:
            problems.append(f"{where}expected.specialist_key: {card.name} has no specialist {wanted!r}")
        for n, step in enumerate(scenario.steps):
            if step.fact and step.objection is None and fact_value(card, prompts, step.fact) is None:
                problems.append(f"{where}steps[{n}].fact: the card of {card.name} has no fact {step.fact!r}")
        return problems

    def has_own_scenarios(self, clinic_id: int) -> bool:
        return bool(self._store.scenarios(clinic_id))

    def save_scenarios(self, clinic_id: int, scenarios: Sequence[Scenario]) -> None:
        """The clinic's scenarios become these (a supervisor's edit or an import). Keys must be unique."""
        actor = self._who()
        require(actor, Permission.EDIT_CARDS)
        keys = [s.key for s in scenarios]
        duplicate = next((k for k in keys if keys.count(k) > 1), None)
        if duplicate is not None:
            raise ValueError(f"two scenarios have the key {duplicate!r}")
        bodies = [scenario_to_dict(s) for s in scenarios]
        self._store.replace_scenarios(clinic_id, bodies, getattr(actor, "id", None), self._clock())

    def reset_scenarios(self, clinic_id: int) -> list[Scenario]:
        """Forget the clinic's own scenarios: the generated set is used again."""
        actor = self._who()
        require(actor, Permission.EDIT_CARDS)
        self._store.replace_scenarios(clinic_id, [], getattr(actor, "id", None), self._clock())
        return self.generated(clinic_id)

    # --- practice -----------------------------------------------------------------------------------------

    def record_attempt(
        self,
        person_id: int,
        clinic_id: int,
        scenario: Scenario,
        attempt: AttemptRecord,
        score: Score,
        assigned: bool = False,
        *,
        started_at: datetime | None = None,
        finished_at: datetime | None = None,
    ) -> int:
        """Keep a finished practice attempt; it fulfils the person's open assignment of this scenario (or of
        practice on this clinic). Returns the attempt's id."""
        self._own_or_supervisor(person_id)
        now = self._clock()
        finished = finished_at or now
        started = started_at or finished
        assignment = self._open_assignment(person_id, AssignmentKind.PRACTICE, clinic_id, scenario.key)
        row = {
            "scenario_key": scenario.key,
            "scenario_title": scenario.title or scenario.key,
            "topic": scenario.topic.value,
            "started_at": started,
            "finished_at": finished,
            "answered_after": attempt.answered_after,
            "points": score.points,
            "total": score.total,
            "checks": checks_to_list(score),
            "find_times": list(score.find_times),
            "scenario": scenario_to_dict(scenario),
            "attempt": attempt_to_dict(attempt),
            "assigned": assigned or assignment is not None,
        }
        return self._store.add_attempt(
            person_id, clinic_id, row, assignment_id=assignment.id if assignment else None, at=now
        )

    def attempts(self, person_id: int | None = None) -> list[AttemptSummary]:
        """Practice attempts, newest first: one person's, or everyone's for a supervisor."""
        self._own_or_supervisor(person_id)
        return self._store.attempts(person_id)

    def attempt(self, attempt_id: int) -> StoredAttempt | None:
        """One attempt in full, to show its score again."""
        found = self._store.attempt(attempt_id)
        if found is None:
            return None
        summary, stored = found
        self._own_or_supervisor(summary.person_id)
        return StoredAttempt(
            summary,
            scenario_from_dict(stored["scenario"]),
            attempt_from_dict(stored["attempt"]),
            score_from_stored(stored["checks"], summary.answered_after, stored["find_times"]),
        )

    def practice_by_person(self) -> list[PracticeByPerson]:
        """Every receptionist's practice: attempts, average and last score, and the trend by day."""
        return practice_by_person(self.attempts())

    def trend(self, person_id: int) -> list[TrendPoint]:
        """The person's mean practice score per day, oldest first."""
        return trend_of(self.attempts(person_id))

    # --- the monthly knowledge test -----------------------------------------------------------------------

    def period(self) -> str:
        return self._clock().strftime("%Y-%m")

    def knowledge_test(
        self, person_id: int, clinic_id: int, period: str | None = None, count: int = TEST_QUESTIONS
    ) -> list[Question]:
        """The person's test of one clinic for the month: generated from the card as it is now, in an order of
        the person's own; facts whose answer changed since the person's last test of this clinic come first."""
        self._own_or_supervisor(person_id)
        card = self._cards.card(clinic_id)
        if card is None:
            return []
        prompts = self._cards.prompts(clinic_id, card.language)
        last = next((r for r in self._store.test_results(person_id) if r.clinic_id == clinic_id), None)
        changed = {a.fact for a in (last.answers if last else ()) if fact_value(card, prompts, a.fact) != a.answer}
        seed = person_seed(person_id, period or self.period())
        return generate_test(card, prompts, seed, changed=changed, count=count)

    def record_test(
        self,
        person_id: int,
        clinic_id: int,
        questions: Sequence[Question],
        chosen: Sequence[int | None],
        seconds: float,
        assigned: bool = False,
    ) -> int:
        """Keep a finished test (every question with the option chosen, None where none was); it fulfils the
        person's open test assignment. Returns the result's id."""
        self._own_or_supervisor(person_id)
        now = self._clock()
        mark = mark_test(questions, chosen, seconds)
        answers = [
            TestAnswer(q.fact, q.topic, q.text, q.options, q.correct, chosen[n] if n < len(chosen) else None)
            for n, q in enumerate(questions)
        ]
        assignment = self._open_assignment(person_id, AssignmentKind.TEST, clinic_id, None)
        row = {
            "period": now.strftime("%Y-%m"),
            "asked": mark.asked,
            "right": mark.right,
            "seconds": float(seconds),
            "taken_at": now,
            "answers": [a.to_dict() for a in answers],
            "assigned": assigned or assignment is not None,
        }
        return self._store.add_test_result(
            person_id, clinic_id, row, assignment_id=assignment.id if assignment else None, at=now
        )

    def test_results(self, person_id: int | None = None, period: str | None = None) -> list[StoredTestResult]:
        """Tests taken, newest first: one person's, or everyone's for a supervisor; of one month if given."""
        self._own_or_supervisor(person_id)
        return self._store.test_results(person_id, period)

    def monthly_results(self, month: str | None = None, person_id: int | None = None) -> list[MonthlyResult]:
        """Results per receptionist, clinic and month (of one month if given), for the dashboard and exports."""
        records = [
            KnowledgeTestRecord(r.person, r.clinic_key, r.taken_at, r.asked, r.right, r.seconds)
            for r in self.test_results(person_id)
        ]
        rows = monthly_results(records)
        return [r for r in rows if month is None or r.month == month]

    def results_by_clinic(self, month: str | None = None) -> list[MonthlyResult]:
        """Every receptionist's results summed per clinic and month."""
        return by_clinic(self.monthly_results(month))

    # --- assignments --------------------------------------------------------------------------------------

    def assign(
        self,
        person_id: int,
        kind: AssignmentKind,
        clinic_id: int | None = None,
        scenario_key: str | None = None,
        note: str = "",
    ) -> int:
        """A supervisor asks a receptionist to practise a scenario (or any of a clinic's) or take the test."""
        actor = self._who()
        require(actor, Permission.SUPERVISE)
        if kind is AssignmentKind.TEST:
            scenario_key = None
        return self._store.add_assignment(
            person_id, kind, clinic_id, scenario_key, note, getattr(actor, "id", None), self._clock()
        )

    def assignments(self, person_id: int | None = None, open_only: bool = True) -> list[Assignment]:
        """Assignments, oldest first: a receptionist's own (what she is asked to do), or everyone's."""
        self._own_or_supervisor(person_id)
        return self._store.assignments(person_id, open_only)

    def cancel_assignment(self, assignment_id: int) -> bool:
        require(self._who(), Permission.SUPERVISE)
        return self._store.remove_assignment(assignment_id)

    def _open_assignment(
        self, person_id: int, kind: AssignmentKind, clinic_id: int | None, scenario_key: str | None
    ) -> Assignment | None:
        """The open assignment this attempt or test fulfils: the exact one first, then one of any scenario (or
        clinic)."""
        found = [a for a in self._store.assignments(person_id, True) if a.kind is kind]

        def rank(a: Assignment) -> int | None:
            clinic_fits = a.clinic_id in (None, clinic_id)
            if not clinic_fits:
                return None
            if a.scenario_key is not None and a.scenario_key != scenario_key:
                return None
            return (0 if a.scenario_key else 1) + (0 if a.clinic_id is not None else 2)

        ranked = sorted(((r, a.id, a) for a in found if (r := rank(a)) is not None), key=lambda x: (x[0], x[1]))
        return ranked[0][2] if ranked else None
