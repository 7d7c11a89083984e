"""A clinic card as plain records (dicts of JSON values) in the interchange format's keys.

The same records are written to card files (docs/card-format.md) and kept in the change history as
"before" and "after", so a change reads the way a card file does.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from .clinic import ClinicCard, KnowledgeEntry, Owner, PhoneLine, Service, Specialist
from .messages import Channel
from .script import Objection, ObjectionPrompt, Phrase

CENT = Decimal("0.01")
Record = dict[str, Any]

# the clinic's own fields, in the order a card file lists them (children follow)
CLINIC_FIELDS = (
    "key",
    "name",
    "language",
    "timezone",
    "currency",
    "average_check",
    "address",
    "directions",
    "parking",
    "opening_hours",
    "owner",
    "receptionist_title",
    "greeting_template",
    "retention_months",
)


@dataclass(frozen=True, slots=True)
class EditableCard:
    """A card as a supervisor edits it: the card, the clinic's own prompts and phrases, and where its
    history stood when it was read (to tell what changed meanwhile)."""

    card: ClinicCard
    prompts: tuple[ObjectionPrompt, ...] = ()  # the clinic's overrides of global prompts
    phrases: tuple[Phrase, ...] = ()  # phrases of this clinic only
    last_change_id: int = 0
    archived: bool = False

    @property
    def id(self) -> int | None:
        return self.card.id

    @property
    def version(self) -> int:
        return self.card.version

    def with_card(self, **changes: Any) -> EditableCard:
        return replace(self, card=replace(self.card, **changes))


@dataclass(frozen=True, slots=True)
class ClinicSummary:
    id: int
    key: str
    name: str
    language: str
    version: int
    archived: bool = False


@dataclass(frozen=True, slots=True)
class GlobalScript:
    """The prompts and phrases every clinic of one language starts from."""

    language: str
    prompts: tuple[ObjectionPrompt, ...] = ()
    phrases: tuple[Phrase, ...] = ()
    last_change_id: int = 0


def money_text(amount: Decimal | None) -> str | None:
    return None if amount is None else str(Decimal(amount).quantize(CENT, rounding=ROUND_HALF_UP))


def clinic_record(card: ClinicCard) -> Record:
    return {
        "key": card.key,
        "name": card.name,
        "language": card.language,
        "timezone": card.timezone,
        "currency": card.currency,
        "average_check": money_text(card.average_check),
        "address": card.address,
        "directions": card.directions,
        "parking": card.parking,
        "opening_hours": card.opening_hours,
        "owner": {
            "name": card.owner.name,
            "phone": card.owner.phone,
            "email": card.owner.email,
            "channel": card.owner.channel.value,
        },
        "receptionist_title": card.receptionist_title,
        "greeting_template": card.greeting_template,
        "retention_months": card.retention_months,
    }


def line_record(line: PhoneLine) -> Record:
    return {"number": line.number, "label": line.label}


def specialist_record(sp: Specialist) -> Record:
    return {
        "key": sp.key,
        "name": sp.name,
        "specialty": sp.specialty,
        "age_min_months": sp.age_min_months,
        "age_max_months": sp.age_max_months,
        "visit_minutes": sp.visit_minutes,
        "languages": list(sp.languages),
        "notes": sp.notes,
        "email": sp.email,
        "mobile": sp.mobile,
        "channel": sp.channel.value,
    }


def service_record(sv: Service) -> Record:
    return {
        "name": sv.name,
        "specialist": sv.specialist_key,
        "specialty": sv.specialty,
        "price": money_text(sv.price),
        "duration_minutes": sv.duration_minutes,
        "preparation": sv.preparation,
    }


def knowledge_record(entry: KnowledgeEntry) -> Record:
    return {"question": entry.question, "answer": entry.answer, "tags": list(entry.tags)}


def prompt_record(prompt: ObjectionPrompt) -> Record:
    return {"objection": prompt.objection.value, "title": prompt.title, "text": prompt.text}


def phrase_record(phrase: Phrase) -> Record:
    return {"title": phrase.title, "text": phrase.text}


def script_record(prompts: tuple[ObjectionPrompt, ...], phrases: tuple[Phrase, ...]) -> Record:
    order = list(Objection)
    return {
        "objections": [prompt_record(p) for p in sorted(prompts, key=lambda p: order.index(p.objection))],
        "phrases": [phrase_record(p) for p in phrases],
    }


def card_record(editable: EditableCard) -> Record:
    """The whole card in the interchange format (children in the card's order)."""
    card = editable.card
    return {
        **clinic_record(card),
        "phone_lines": [line_record(x) for x in card.phone_lines],
        "specialists": [specialist_record(x) for x in card.specialists],
        "services": [service_record(x) for x in card.services],
        "knowledge": [knowledge_record(x) for x in card.knowledge],
        **script_record(editable.prompts, editable.phrases),
    }


# --- back from records (records this program wrote: the history) ---------------------------------------


def _money(value: str | None) -> Decimal | None:
    return None if value is None else Decimal(value)


def clinic_fields(record: Record) -> dict[str, Any]:
    """ClinicCard keyword arguments for the clinic's own fields."""
    owner = record.get("owner") or {}
    fields = {k: record[k] for k in CLINIC_FIELDS if k in record and k not in ("owner", "average_check")}
    if "average_check" in record:
        fields["average_check"] = _money(record["average_check"])
    if "owner" in record:
        fields["owner"] = Owner(
            owner.get("name", ""),
            owner.get("phone", ""),
            owner.get("email", ""),
            Channel(owner.get("channel", Channel.NONE.value)),
        )
    return fields


def line_from(record: Record, id: int | None = None) -> PhoneLine:
    return PhoneLine(number=record["number"], label=record.get("label", ""), id=id)


def specialist_from(record: Record, id: int | None = None) -> Specialist:
    return Specialist(
        key=record["key"],
        name=record["name"],
        specialty=record["specialty"],
        age_min_months=record.get("age_min_months", 0),
        age_max_months=record.get("age_max_months"),
        visit_minutes=record.get("visit_minutes", 20),
        languages=tuple(record.get("languages", ())),
        notes=record.get("notes", ""),
        email=record.get("email", ""),
        mobile=record.get("mobile", ""),
        channel=Channel(record.get("channel", Channel.NONE.value)),
        id=id,
    )


def service_from(record: Record, id: int | None = None) -> Service:
    return Service(
        name=record["name"],
        price=Decimal(record["price"]),
        specialist_key=record.get("specialist"),
        specialty=record.get("specialty"),
        duration_minutes=record.get("duration_minutes"),
        preparation=record.get("preparation", ""),
        id=id,
    )


def knowledge_from(record: Record, id: int | None = None) -> KnowledgeEntry:
    return KnowledgeEntry(record["question"], record["answer"], tuple(record.get("tags", ())), id=id)


def script_from(record: Record, clinic_id: int | None = None) -> tuple[tuple[ObjectionPrompt, ...], tuple[Phrase, ...]]:
    prompts = tuple(
        ObjectionPrompt(Objection(p["objection"]), p["title"], p["text"], clinic_id) for p in record["objections"]
    )
    phrases = tuple(Phrase(p["title"], p["text"], clinic_id) for p in record["phrases"])
    return prompts, phrases
