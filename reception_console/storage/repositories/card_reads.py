"""Reading a clinic's card, with the objection prompts and phrases in its language.

On SQLite each list is its own statement (in process, they cost next to nothing). On PostgreSQL a card that was
not read ahead is read while the phone rings, and each statement is a round trip: there the card and its lists
come back in one statement, each list aggregated to JSON by the server."""

from __future__ import annotations

from collections.abc import Iterable
from types import SimpleNamespace
from typing import Any

from sqlalchemy import Column, ColumnElement, Connection, Table, func, literal_column, or_, select

from ...domain.clinic import ClinicCard, KnowledgeEntry, Owner, PhoneLine, Service, Specialist
from ...domain.messages import Channel
from ...domain.script import Objection, ObjectionPrompt, Phrase
from ..tables import clinics, knowledge_entries, objection_prompts, phone_lines, services, specialists
from ..tables import phrases as phrase_rows
from ..types import Money


def _columns(table: Table, *names: str) -> tuple[Column[Any], ...]:
    return tuple(table.c[name] for name in names)


_LINE = _columns(phone_lines, "id", "number", "label", "clinic_id", "telephony_account")
_SPECIALIST = _columns(specialists, "id", "key", "name", "specialty", "age_min_months", "age_max_months")
_SPECIALIST += _columns(specialists, "visit_minutes", "languages", "notes", "email", "mobile", "channel")
_SERVICE = _columns(services, "id", "name", "price", "specialist_id", "specialty", "duration_minutes", "preparation")
_ENTRY = _columns(knowledge_entries, "id", "question", "answer", "tags")
_PROMPT = _columns(objection_prompts, "objection", "title", "text", "clinic_id")
_PHRASE = _columns(phrase_rows, "title", "text", "clinic_id")
_List = tuple[tuple[Column[Any], ...], ColumnElement[bool], tuple[Any, ...]]  # columns, which rows, their order


def _lists(clinic_id: Any, language: Any) -> dict[str, _List]:
    """Each list of a card and of its script, for the clinic and language given (values, or an outer query's
    columns)."""

    def live(table: Table) -> ColumnElement[bool]:
        return (table.c.clinic_id == clinic_id) & table.c.archived_at.is_(None)

    def script(table: Table) -> ColumnElement[bool]:
        return or_(table.c.clinic_id.is_(None) & (table.c.language == language), table.c.clinic_id == clinic_id)

    return {
        "lines": (_LINE, live(phone_lines), (phone_lines.c.id,)),
        "specialists": (_SPECIALIST, live(specialists), (specialists.c.position, specialists.c.id)),
        "services": (_SERVICE, live(services), (services.c.position, services.c.id)),
        "knowledge": (_ENTRY, live(knowledge_entries), (knowledge_entries.c.position, knowledge_entries.c.id)),
        "prompts": (_PROMPT, script(objection_prompts), (objection_prompts.c.id,)),
        "phrases": (
            _PHRASE,
            script(phrase_rows),
            (phrase_rows.c.clinic_id.is_(None).desc(), phrase_rows.c.position, phrase_rows.c.id),
        ),
    }


def _rows(s: Connection, listed: _List) -> list[Any]:
    columns, where, order = listed
    return list(s.execute(select(*columns).where(where).order_by(*order)))


def read_card(s: Connection, clinic_id: int) -> ClinicCard | None:
    clinic = s.execute(select(clinics).where(clinics.c.id == clinic_id)).first()
    if clinic is None:
        return None
    lists = _lists(clinic_id, clinic.language)
    return _card(clinic, *(_rows(s, lists[name]) for name in ("lines", "specialists", "services", "knowledge")))


def read_prompts(s: Connection, clinic_id: int | None, language: str) -> list[ObjectionPrompt]:
    return _prompts(_rows(s, _lists(clinic_id, language)["prompts"]))


def read_phrases(s: Connection, clinic_id: int | None, language: str) -> list[Phrase]:
    return _phrases(_rows(s, _lists(clinic_id, language)["phrases"]))


def read_card_with_script(
    s: Connection, clinic_id: int
) -> tuple[ClinicCard, list[ObjectionPrompt], list[Phrase]] | None:
    """The card and the script in its language: one statement on PostgreSQL, one per list elsewhere."""
    if s.dialect.name != "postgresql":
        card = read_card(s, clinic_id)
        if card is None:
            return None
        return card, read_prompts(s, clinic_id, card.language), read_phrases(s, clinic_id, card.language)
    lists = _lists(clinics.c.id, clinics.c.language)
    aggregated = [_as_json(*listed).label(name) for name, listed in lists.items()]
    row = s.execute(select(clinics, *aggregated).where(clinics.c.id == clinic_id)).first()
    if row is None:
        return None
    found = {name: [SimpleNamespace(**item) for item in getattr(row, name)] for name in lists}
    for service in found["services"]:  # JSON carries the stored minor units: the column type's Decimal, as above
        service.price = Money().process_result_value(service.price, s.dialect)
    return (
        _card(row, found["lines"], found["specialists"], found["services"], found["knowledge"]),
        _prompts(found["prompts"]),
        _phrases(found["phrases"]),
    )


def _as_json(columns: tuple[Column[Any], ...], where: ColumnElement[bool], order: tuple[Any, ...]) -> Any:
    """A list as a correlated subquery: its rows as a JSON array of objects in its order, [] for none."""
    from sqlalchemy.dialects.postgresql import aggregate_order_by

    pairs: list[Any] = []
    for column in columns:
        pairs += [literal_column(f"'{column.name}'"), column]
    item = func.json_build_object(*pairs)
    every = func.coalesce(func.json_agg(aggregate_order_by(item, *order)), literal_column("'[]'::json"))
    return select(every).where(where).scalar_subquery()


def _card(
    clinic: Any, lines: Iterable[Any], specialists: Iterable[Any], services: Iterable[Any], knowledge: Iterable[Any]
) -> ClinicCard:
    specialist_rows = list(specialists)
    keys = {sp.id: sp.key for sp in specialist_rows}
    return ClinicCard(
        id=clinic.id,
        version=clinic.version,
        key=clinic.key,
        name=clinic.name,
        language=clinic.language,
        timezone=clinic.timezone,
        currency=clinic.currency,
        average_check=clinic.average_check,
        address=clinic.address,
        directions=clinic.directions,
        parking=clinic.parking,
        opening_hours=clinic.opening_hours,
        receptionist_title=clinic.receptionist_title,
        greeting_template=clinic.greeting_template,
        retention_months=clinic.retention_months,
        owner=Owner(clinic.owner_name, clinic.owner_phone, clinic.owner_email, Channel(clinic.owner_channel)),
        phone_lines=tuple(
            PhoneLine(
                number=r.number,
                label=r.label,
                clinic_id=r.clinic_id,
                id=r.id,
                telephony_account=r.telephony_account,
            )
            for r in lines
        ),
        specialists=tuple(
            Specialist(
                id=r.id,
                key=r.key,
                name=r.name,
                specialty=r.specialty,
                age_min_months=r.age_min_months,
                age_max_months=r.age_max_months,
                visit_minutes=r.visit_minutes,
                languages=tuple(r.languages or ()),
                notes=r.notes,
                email=r.email,
                mobile=r.mobile,
                channel=Channel(r.channel),
            )
            for r in specialist_rows
        ),
        services=tuple(
            Service(
                id=r.id,
                name=r.name,
                price=r.price,
                specialist_key=keys.get(r.specialist_id) if r.specialist_id else None,
                specialty=r.specialty,
                duration_minutes=r.duration_minutes,
                preparation=r.preparation,
            )
            for r in services
        ),
        knowledge=tuple(
            KnowledgeEntry(id=r.id, question=r.question, answer=r.answer, tags=tuple(r.tags or ())) for r in knowledge
        ),
    )


def _prompts(rows: Iterable[Any]) -> list[ObjectionPrompt]:
    return [ObjectionPrompt(Objection(r.objection), r.title, r.text, r.clinic_id) for r in rows]


def _phrases(rows: Iterable[Any]) -> list[Phrase]:
    return [Phrase(r.title, r.text, r.clinic_id) for r in rows]
