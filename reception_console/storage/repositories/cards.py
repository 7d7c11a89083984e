"""Clinic cards, phone lines and scripts."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import bindparam, func, or_, select
from sqlalchemy.orm import Session, sessionmaker

from ...domain.clinic import ClinicCard, KnowledgeEntry, LineChoice, Owner, PhoneLine, Service, Specialist
from ...domain.messages import Channel
from ...domain.script import Objection, ObjectionPrompt, Phrase
from ..errors import outage_safe
from ..models import (
    ClinicRow,
    KnowledgeRow,
    ObjectionPromptRow,
    PhoneLineRow,
    PhraseRow,
    ServiceRow,
    SpecialistRow,
)
from ..sessions import AUTOCOMMIT

# Every ring runs these two: built once, so SQLAlchemy finds them compiled (plain columns, no ORM objects).
_LINE_BY_NUMBER = (
    select(
        PhoneLineRow.number,
        PhoneLineRow.label,
        PhoneLineRow.clinic_id,
        PhoneLineRow.id,
        PhoneLineRow.telephony_account,
    )
    .join(ClinicRow)
    .where(
        PhoneLineRow.number == bindparam("number"),
        PhoneLineRow.archived_at.is_(None),
        ClinicRow.archived_at.is_(None),
    )
)
_CARD_VERSION = select(ClinicRow.version).where(ClinicRow.id == bindparam("clinic_id"))


def _line(row: PhoneLineRow) -> PhoneLine:
    return PhoneLine(
        number=row.number, label=row.label, clinic_id=row.clinic_id, id=row.id, telephony_account=row.telephony_account
    )


@outage_safe
class SqlCardStore:
    def __init__(self, sessions: sessionmaker[Session]) -> None:
        self._sessions = sessions

    def line_by_number(self, number: str) -> PhoneLine | None:
        """The live line with that number, of a live clinic (an archived clinic's calls go to the picker)."""
        with self._sessions() as s:
            row = s.execute(_LINE_BY_NUMBER, {"number": number}).first()
            return PhoneLine(**row._asdict()) if row else None

    def lines(self) -> list[LineChoice]:
        line = PhoneLineRow
        with self._sessions() as s:  # plain rows, no ORM objects: a thousand clinics have two thousand lines
            rows = s.execute(
                select(line.id, line.number, line.label, line.clinic_id, ClinicRow.name, line.telephony_account)
                .join(ClinicRow)
                .where(line.archived_at.is_(None), ClinicRow.archived_at.is_(None))
                .order_by(ClinicRow.name, line.number)
            ).all()
            return [LineChoice(*row) for row in rows]

    def clinic_count(self) -> int:
        with self._sessions() as s:
            return s.scalar(select(func.count(ClinicRow.id))) or 0

    def card_version(self, clinic_id: int) -> int | None:
        with self._sessions() as s:
            s.connection(execution_options=AUTOCOMMIT)  # every console asks each second: one round trip
            return s.execute(_CARD_VERSION, {"clinic_id": clinic_id}).scalar()

    def card(self, clinic_id: int) -> ClinicCard | None:
        with self._sessions() as s:
            clinic = s.get(ClinicRow, clinic_id)
            if clinic is None:
                return None
            live = PhoneLineRow.archived_at.is_(None)
            lines = s.scalars(select(PhoneLineRow).where(PhoneLineRow.clinic_id == clinic_id, live))
            specialists = s.scalars(
                select(SpecialistRow)
                .where(SpecialistRow.clinic_id == clinic_id, SpecialistRow.archived_at.is_(None))
                .order_by(SpecialistRow.position, SpecialistRow.id)
            ).all()
            keys = {sp.id: sp.key for sp in specialists}
            # the long lists as plain columns: a card may hold thousands of entries, no ORM object is needed
            services = s.execute(
                select(
                    ServiceRow.id,
                    ServiceRow.name,
                    ServiceRow.price,
                    ServiceRow.specialist_id,
                    ServiceRow.specialty,
                    ServiceRow.duration_minutes,
                    ServiceRow.preparation,
                )
                .where(ServiceRow.clinic_id == clinic_id, ServiceRow.archived_at.is_(None))
                .order_by(ServiceRow.position, ServiceRow.id)
            )
            knowledge = s.execute(
                select(KnowledgeRow.id, KnowledgeRow.question, KnowledgeRow.answer, KnowledgeRow.tags)
                .where(KnowledgeRow.clinic_id == clinic_id, KnowledgeRow.archived_at.is_(None))
                .order_by(KnowledgeRow.position, KnowledgeRow.id)
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
                    for r in specialists
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
                    KnowledgeEntry(id=r.id, question=r.question, answer=r.answer, tags=tuple(r.tags or ()))
                    for r in knowledge
                ),
            )

    def prompts(self, clinic_id: int | None, language: str) -> list[ObjectionPrompt]:
        with self._sessions() as s:
            rows = s.scalars(
                select(ObjectionPromptRow).where(
                    or_(
                        (ObjectionPromptRow.clinic_id.is_(None)) & (ObjectionPromptRow.language == language),
                        ObjectionPromptRow.clinic_id == clinic_id,
                    )
                )
            )
            return [ObjectionPrompt(Objection(r.objection), r.title, r.text, r.clinic_id) for r in rows]

    def phrases(self, clinic_id: int | None, language: str) -> list[Phrase]:
        with self._sessions() as s:
            rows = s.scalars(
                select(PhraseRow)
                .where(
                    or_(
                        (PhraseRow.clinic_id.is_(None)) & (PhraseRow.language == language),
                        PhraseRow.clinic_id == clinic_id,
                    )
                )
                .order_by(PhraseRow.clinic_id.is_(None).desc(), PhraseRow.position, PhraseRow.id)
            )
            return [Phrase(r.title, r.text, r.clinic_id) for r in rows]

    def add_cards(
        self,
        cards: Sequence[ClinicCard],
        prompts: Sequence[tuple[str, ObjectionPrompt, str]],
        phrases: Sequence[tuple[str, Phrase, str]],
    ) -> None:
        with self._sessions.begin() as s:
            ids: dict[str, int] = {}
            for card in cards:
                ids[card.key] = self._insert_card(s, card)
            for language, prompt, clinic_key in prompts:
                s.add(
                    ObjectionPromptRow(
                        clinic_id=ids.get(clinic_key) if clinic_key else None,
                        language=language,
                        objection=prompt.objection.value,
                        title=prompt.title,
                        text=prompt.text,
                    )
                )
            for position, (language, phrase, clinic_key) in enumerate(phrases):
                s.add(
                    PhraseRow(
                        clinic_id=ids.get(clinic_key) if clinic_key else None,
                        language=language,
                        title=phrase.title,
                        text=phrase.text,
                        position=position,
                    )
                )

    @staticmethod
    def _insert_card(s: Session, card: ClinicCard) -> int:
        clinic = ClinicRow(
            key=card.key,
            name=card.name,
            language=card.language,
            timezone=card.timezone,
            currency=card.currency,
            average_check=card.average_check,
            address=card.address,
            directions=card.directions,
            parking=card.parking,
            opening_hours=card.opening_hours,
            receptionist_title=card.receptionist_title,
            greeting_template=card.greeting_template,
            owner_name=card.owner.name,
            owner_phone=card.owner.phone,
            owner_email=card.owner.email,
            retention_months=card.retention_months,
            owner_channel=card.owner.channel.value,
        )
        s.add(clinic)
        s.flush()
        for line in card.phone_lines:
            s.add(PhoneLineRow(clinic_id=clinic.id, number=line.number, label=line.label))
        specialist_rows = [
            SpecialistRow(
                clinic_id=clinic.id,
                key=sp.key,
                name=sp.name,
                specialty=sp.specialty,
                age_min_months=sp.age_min_months,
                age_max_months=sp.age_max_months,
                visit_minutes=sp.visit_minutes,
                languages=list(sp.languages),
                notes=sp.notes,
                email=sp.email,
                mobile=sp.mobile,
                channel=sp.channel.value,
                position=position,
            )
            for position, sp in enumerate(card.specialists)
        ]
        s.add_all(specialist_rows)
        s.flush()
        specialist_ids = {row.key: row.id for row in specialist_rows}
        for position, sv in enumerate(card.services):
            s.add(
                ServiceRow(
                    clinic_id=clinic.id,
                    specialist_id=specialist_ids.get(sv.specialist_key or ""),
                    specialty=sv.specialty,
                    name=sv.name,
                    price=sv.price,
                    duration_minutes=sv.duration_minutes,
                    preparation=sv.preparation,
                    position=position,
                )
            )
        for position, k in enumerate(card.knowledge):
            s.add(
                KnowledgeRow(
                    clinic_id=clinic.id,
                    question=k.question,
                    answer=k.answer,
                    tags=list(k.tags),
                    position=position,
                )
            )
        return clinic.id
