"""Search as you type across one clinic card, with an age filter.

The card's text is folded once when the index is built, so a keystroke costs only substring tests.
"""

from __future__ import annotations

from dataclasses import dataclass

from .ages import parse_age_query
from .clinic import ClinicCard, Specialist
from .text import fold


@dataclass(frozen=True, slots=True)
class CardQuery:
    terms: tuple[str, ...] = ()
    age_months: int | None = None

    @classmethod
    def parse(cls, query: str) -> CardQuery:
        age = parse_age_query(query)
        if age is not None:
            return cls(tuple(age.text.split()), age.months)
        return cls(tuple(fold(query).split()))

    @property
    def is_empty(self) -> bool:
        return not self.terms and self.age_months is None


def _has_all(haystack: str, terms: tuple[str, ...]) -> bool:
    return all(term in haystack for term in terms)


class CardIndex:
    """Folded text of every specialist, service and knowledge entry of one card."""

    def __init__(self, card: ClinicCard) -> None:
        self.card = card
        by_key = {s.key: s for s in card.specialists}
        self._specialists = [
            fold(" ".join([s.name, s.specialty, s.notes, *(v.name for v in card.services_for(s))]))
            for s in card.specialists
        ]
        self._services: list[str] = []
        self._service_specialist: list[Specialist | None] = []
        for service in card.services:
            who = by_key.get(service.specialist_key or "")
            self._service_specialist.append(who)
            parts = [service.name, service.specialty or "", service.preparation]
            if who is not None:
                parts += [who.name, who.specialty]
            self._services.append(fold(" ".join(parts)))
        self._knowledge = [fold(" ".join([k.question, k.answer, *k.tags])) for k in card.knowledge]

    def specialist_visible(self, row: int, query: CardQuery) -> bool:
        specialist = self.card.specialists[row]
        if query.age_months is not None and not specialist.accepts_age(query.age_months):
            return False
        return _has_all(self._specialists[row], query.terms)

    def service_visible(self, row: int, query: CardQuery) -> bool:
        who = self._service_specialist[row]
        if query.age_months is not None and who is not None and not who.accepts_age(query.age_months):
            return False
        return _has_all(self._services[row], query.terms)

    def knowledge_visible(self, row: int, query: CardQuery) -> bool:
        return _has_all(self._knowledge[row], query.terms)

    def counts(self, query: CardQuery) -> tuple[int, int, int]:
        """How many specialists, services and knowledge entries the query keeps."""
        return (
            sum(self.specialist_visible(i, query) for i in range(len(self._specialists))),
            sum(self.service_visible(i, query) for i in range(len(self._services))),
            sum(self.knowledge_visible(i, query) for i in range(len(self._knowledge))),
        )
