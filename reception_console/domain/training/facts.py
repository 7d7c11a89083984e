"""Facts of a card by reference: `service:<name>:price`, `specialist:<key>:age_limits`, `clinic:parking` …

A reference names one fact a receptionist looks up; scenarios expect facts by reference, the knowledge
test asks about them, and the card's change history says which of them changed.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from ..ages import AgeShape, describe_age_limits
from ..card_changes import Action, CardChange, Entity
from ..clinic import ClinicCard, Specialist
from ..script import ObjectionPrompt
from .age_words import unit_words
from .texts import QUESTION, language_of

CLINIC_FACTS = ("parking", "directions", "opening_hours", "address")
SERVICE_FACTS = ("price", "preparation", "duration_minutes")
SPECIALIST_FACTS = ("age_limits", "visit_minutes")


def ref(entity: str, name: str, fact: str = "") -> str:
    return f"{entity}:{name}:{fact}" if fact else f"{entity}:{name}"


def money(amount: object, currency: str) -> str:
    return f"{amount} {currency}"


def ages_text(specialist: Specialist, language: str) -> str:
    language = language_of(language)
    words = QUESTION[language]
    limits = describe_age_limits(specialist.age_min_months, specialist.age_max_months)

    def bound(value: int, in_years: bool) -> str:  # after "from" / "up to": the genitive in Polish and Russian
        return unit_words(value, "year" if in_years else "month", language, "genitive")

    low = bound(limits.low.value, limits.low.in_years) if limits.low else ""
    high = bound(limits.high.value, limits.high.in_years) if limits.high else ""
    key = {
        AgeShape.ANY: "ages_any",
        AgeShape.FROM: "ages_from",
        AgeShape.UP_TO: "ages_up_to",
        AgeShape.RANGE: "ages_range",
    }[limits.shape]
    return words[key].format(low=low, high=high)


def fact_value(card: ClinicCard, prompts: Sequence[ObjectionPrompt], reference: str) -> str | None:
    """The text of one fact as the card holds it now; None when the card has no such fact."""
    entity, _, rest = reference.partition(":")
    if entity == "clinic":
        value = getattr(card, rest, None) if rest in CLINIC_FACTS else None
        return value or None
    if entity == "knowledge":
        entry = next((k for k in card.knowledge if k.question == rest), None)
        return entry.answer if entry else None
    if entity == "objection":
        prompt = next((p for p in prompts if p.objection.value == rest), None)
        return prompt.text if prompt else None
    name, _, fact = rest.rpartition(":")
    if entity == "service":
        service = next((s for s in card.services if s.name == name), None)
        if service is None:
            return None
        if fact == "price":
            return money(service.price, card.currency)
        if fact == "preparation":
            return service.preparation or None
        return None
    if entity == "specialist":
        specialist = card.specialist(name)
        if specialist is None:
            return None
        if fact == "age_limits":
            return ages_text(specialist, card.language)
        if fact == "visit_minutes":
            return QUESTION[language_of(card.language)]["minutes"].format(n=specialist.visit_minutes)
        return None
    return None


_SPECIALIST_FIELDS = {"age_min_months": "age_limits", "age_max_months": "age_limits", "visit_minutes": "visit_minutes"}


def changed_facts(changes: Iterable[CardChange]) -> set[str]:
    """The references of the facts a list of card changes touched (new items count as changed)."""
    out: set[str] = set()
    for change in changes:
        before, after = change.before or {}, change.after or {}
        fields = change.changed_fields() if change.action is Action.UPDATE else list(after or before)
        if change.entity is Entity.CLINIC:
            out.update(ref("clinic", f) for f in fields if f in CLINIC_FACTS)
        elif change.entity is Entity.SERVICE:
            for name in {before.get("name"), after.get("name")} - {None}:
                out.update(ref("service", str(name), f) for f in fields if f in SERVICE_FACTS)
        elif change.entity is Entity.SPECIALIST:
            for key in {before.get("key"), after.get("key")} - {None}:
                out.update(
                    ref("specialist", str(key), _SPECIALIST_FIELDS[f]) for f in fields if f in _SPECIALIST_FIELDS
                )
        elif change.entity is Entity.KNOWLEDGE:
            for question in {before.get("question"), after.get("question")} - {None}:
                if "answer" in fields or "question" in fields:
                    out.add(ref("knowledge", str(question)))
        elif change.entity is Entity.SCRIPT:
            old = {p["objection"]: p.get("text") for p in before.get("objections", [])}
            new = {p["objection"]: p.get("text") for p in after.get("objections", [])}
            out.update(ref("objection", k) for k in set(old) | set(new) if old.get(k) != new.get(k))
    return out
