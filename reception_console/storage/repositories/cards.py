"""Clinic cards, phone lines and scripts."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import Connection, Table, bindparam, func, insert, select

from ...domain.card_records import knowledge_record, specialist_record
from ...domain.clinic import ClinicCard, LineChoice, PhoneLine
from ...domain.script import ObjectionPrompt, Phrase
from ..errors import outage_safe
from ..sessions import Connections, inserted_id
from ..tables import clinics, knowledge_entries, objection_prompts, phone_lines, services, specialists
from ..tables import phrases as phrase_rows
from .card_reads import read_card, read_card_with_script, read_phrases, read_prompts

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
        with self._connections.autocommit() as s:
            return read_card(s, clinic_id)

    def card_with_script(self, clinic_id: int) -> tuple[ClinicCard, list[ObjectionPrompt], list[Phrase]] | None:
        """The card, with the objection prompts and phrases in its language: a ring whose card was not read ahead
        waits for these (each statement its own, as any read here: no BEGIN and ROLLBACK)."""
        with self._connections.autocommit() as s:
            return read_card_with_script(s, clinic_id)

    def prompts(self, clinic_id: int | None, language: str) -> list[ObjectionPrompt]:
        with self._connections.autocommit() as s:
            return read_prompts(s, clinic_id, language)

    def phrases(self, clinic_id: int | None, language: str) -> list[Phrase]:
        with self._connections.autocommit() as s:
            return read_phrases(s, clinic_id, language)

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
            specialist = {"clinic_id": clinic_id, **specialist_record(sp), "position": position}
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
            {"clinic_id": clinic_id, **knowledge_record(k), "position": i} for i, k in enumerate(card.knowledge)
        ]
        _insert_all(s, services, service_rows)
        _insert_all(s, knowledge_entries, knowledge_rows)
        return clinic_id


def _insert_all(s: Connection, table: Table, rows: list[dict[str, Any]]) -> None:
    """One INSERT for many rows (executemany); nothing for none."""
    if rows:
        s.execute(insert(table), rows)
