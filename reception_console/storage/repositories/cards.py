"""Clinic cards, phone lines and scripts."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import Connection, Table, bindparam, func, insert, or_, select

from ...domain.clinic import ClinicCard, KnowledgeEntry, LineChoice, Owner, PhoneLine, Service, Specialist
from ...domain.messages import Channel
from ...domain.script import Objection, ObjectionPrompt, Phrase
from ..errors import outage_safe
from ..sessions import Connections, inserted_id
from ..tables import clinics, knowledge_entries, objection_prompts, phone_lines, services, specialists
from ..tables import phrases as phrase_rows

# Every ring runs these two: built once, so SQLAlchemy finds them compiled.
_LINE_BY_NUMBER = (
    select(
        phone_lines.c.number,
        phone_lines.c.label,
        phone_lines.c.clinic_id,
        phone_lines.c.id,
        phone_lines.c.telephony_account,
    )
    .join(clinics)
    .where(
        phone_lines.c.number == bindparam("number"),
        phone_lines.c.archived_at.is_(None),
        clinics.c.archived_at.is_(None),
    )
)
_CARD_VERSION = select(clinics.c.version).where(clinics.c.id == bindparam("clinic_id"))


def _line(row: Any) -> PhoneLine:
    return PhoneLine(
        number=row.number, label=row.label, clinic_id=row.clinic_id, id=row.id, telephony_account=row.telephony_account
    )


@outage_safe
class SqlCardStore:
    def __init__(self, connections: Connections) -> None:
        self._connections = connections

    def line_by_number(self, number: str) -> PhoneLine | None:
        """The live line with that number, of a live clinic (an archived clinic's calls go to the picker)."""
        with self._connections() as s:
            row = s.execute(_LINE_BY_NUMBER, {"number": number}).first()
            return PhoneLine(**row._asdict()) if row else None

    def lines(self) -> list[LineChoice]:
        line = phone_lines.c
        with self._connections() as s:
            rows = s.execute(
                select(line.id, line.number, line.label, line.clinic_id, clinics.c.name, line.telephony_account)
                .join(clinics)
                .where(line.archived_at.is_(None), clinics.c.archived_at.is_(None))
                .order_by(clinics.c.name, line.number)
            ).all()
            return [LineChoice(*row) for row in rows]

    def clinic_count(self) -> int:
        with self._connections() as s:
            return s.scalar(select(func.count(clinics.c.id))) or 0

    def card_version(self, clinic_id: int) -> int | None:
        with self._connections.autocommit() as s:  # every console asks each second: one round trip
            return s.execute(_CARD_VERSION, {"clinic_id": clinic_id}).scalar()

    def card(self, clinic_id: int) -> ClinicCard | None:
        with self._connections() as s:
            clinic = s.execute(select(clinics).where(clinics.c.id == clinic_id)).first()
            if clinic is None:
                return None
            live = phone_lines.c.archived_at.is_(None)
            lines = s.execute(select(phone_lines).where(phone_lines.c.clinic_id == clinic_id, live))
            specialist_rows = s.execute(
                select(specialists)
                .where(specialists.c.clinic_id == clinic_id, specialists.c.archived_at.is_(None))
                .order_by(specialists.c.position, specialists.c.id)
            ).all()
            keys = {sp.id: sp.key for sp in specialist_rows}
            service_rows = s.execute(
                select(
                    services.c.id,
                    services.c.name,
                    services.c.price,
                    services.c.specialist_id,
                    services.c.specialty,
                    services.c.duration_minutes,
                    services.c.preparation,
                )
                .where(services.c.clinic_id == clinic_id, services.c.archived_at.is_(None))
                .order_by(services.c.position, services.c.id)
            )
            entry = knowledge_entries.c
            knowledge_rows = s.execute(
                select(entry.id, entry.question, entry.answer, entry.tags)
                .where(knowledge_entries.c.clinic_id == clinic_id, knowledge_entries.c.archived_at.is_(None))
                .order_by(knowledge_entries.c.position, knowledge_entries.c.id)
            )
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
                phone_lines=tuple(_line(r) for r in lines),
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
                    for r in service_rows
                ),
                knowledge=tuple(
                    KnowledgeEntry(id=r.id, question=r.question, answer=r.answer, tags=tuple(r.tags or ()))
                    for r in knowledge_rows
                ),
            )

    def prompts(self, clinic_id: int | None, language: str) -> list[ObjectionPrompt]:
        with self._connections() as s:
            rows = s.execute(
                select(objection_prompts).where(
                    or_(
                        (objection_prompts.c.clinic_id.is_(None)) & (objection_prompts.c.language == language),
                        objection_prompts.c.clinic_id == clinic_id,
                    )
                )
            )
            return [ObjectionPrompt(Objection(r.objection), r.title, r.text, r.clinic_id) for r in rows]

    def phrases(self, clinic_id: int | None, language: str) -> list[Phrase]:
        with self._connections() as s:
            rows = s.execute(
                select(phrase_rows)
                .where(
                    or_(
                        (phrase_rows.c.clinic_id.is_(None)) & (phrase_rows.c.language == language),
                        phrase_rows.c.clinic_id == clinic_id,
                    )
                )
                .order_by(phrase_rows.c.clinic_id.is_(None).desc(), phrase_rows.c.position, phrase_rows.c.id)
            )
            return [Phrase(r.title, r.text, r.clinic_id) for r in rows]

    def add_cards(
        self,
        cards: Sequence[ClinicCard],
        prompts: Sequence[tuple[str, ObjectionPrompt, str]],
        phrases: Sequence[tuple[str, Phrase, str]],
    ) -> None:
        with self._connections.begin() as s:
            ids: dict[str, int] = {}
            for card in cards:
                ids[card.key] = self._insert_card(s, card)
            prompt_rows = [
                {
                    "clinic_id": ids.get(clinic_key) if clinic_key else None,
                    "language": language,
                    "objection": prompt.objection.value,
                    "title": prompt.title,
                    "text": prompt.text,
                }
                for language, prompt, clinic_key in prompts
            ]
            new_phrases = [
                {
                    "clinic_id": ids.get(clinic_key) if clinic_key else None,
                    "language": language,
                    "title": phrase.title,
                    "text": phrase.text,
                    "position": position,
                }
                for position, (language, phrase, clinic_key) in enumerate(phrases)
            ]
            _insert_all(s, objection_prompts, prompt_rows)
            _insert_all(s, phrase_rows, new_phrases)

    @staticmethod
    def _insert_card(s: Connection, card: ClinicCard) -> int:
        clinic = {
            "key": card.key,
            "name": card.name,
            "language": card.language,
            "timezone": card.timezone,
            "currency": card.currency,
            "average_check": card.average_check,
            "address": card.address,
            "directions": card.directions,
            "parking": card.parking,
            "opening_hours": card.opening_hours,
            "receptionist_title": card.receptionist_title,
            "greeting_template": card.greeting_template,
            "owner_name": card.owner.name,
            "owner_phone": card.owner.phone,
            "owner_email": card.owner.email,
            "retention_months": card.retention_months,
            "owner_channel": card.owner.channel.value,
        }
        clinic_id = inserted_id(s.execute(insert(clinics).values(clinic)))
        lines = [{"clinic_id": clinic_id, "number": line.number, "label": line.label} for line in card.phone_lines]
        _insert_all(s, phone_lines, lines)
        specialist_ids = {}
        for position, sp in enumerate(card.specialists):
            specialist = {
                "clinic_id": clinic_id,
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
                "position": position,
            }
            specialist_ids[sp.key] = inserted_id(s.execute(insert(specialists).values(specialist)))
        service_rows = [
            {
                "clinic_id": clinic_id,
                "specialist_id": specialist_ids.get(sv.specialist_key or ""),
                "specialty": sv.specialty,
                "name": sv.name,
                "price": sv.price,
                "duration_minutes": sv.duration_minutes,
                "preparation": sv.preparation,
                "position": position,
            }
            for position, sv in enumerate(card.services)
        ]
        knowledge_rows = [
            {"clinic_id": clinic_id, "question": k.question, "answer": k.answer, "tags": list(k.tags), "position": i}
            for i, k in enumerate(card.knowledge)
        ]
        _insert_all(s, services, service_rows)
        _insert_all(s, knowledge_entries, knowledge_rows)
        return clinic_id


def _insert_all(s: Connection, table: Table, rows: list[dict[str, Any]]) -> None:
    """One INSERT for many rows (executemany); nothing for none."""
    if rows:
        s.execute(insert(table), rows)
