"""The clinic card: what a receptionist must know about one clinic while the phone rings."""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal

from .messages import Channel, Contact
from .privacy import DEFAULT_RETENTION_MONTHS


@dataclass(frozen=True, slots=True)
class PhoneLine:
    number: str  # E.164, e.g. +48221234567
    label: str = ""
    clinic_id: int | None = None
    id: int | None = None
    telephony_account: str | None = None  # the softphone account or PBX DID that rings this line


@dataclass(frozen=True, slots=True)
class Specialist:
    key: str
    name: str
    specialty: str
    age_min_months: int = 0
    age_max_months: int | None = None  # inclusive; None = no upper limit
    visit_minutes: int = 20
    languages: tuple[str, ...] = ()
    notes: str = ""
    id: int | None = None
    email: str = ""  # where messages for this doctor go (see `channel`)
    mobile: str = ""  # E.164
    channel: Channel = Channel.NONE

    @property
    def contact(self) -> Contact:
        return Contact(self.email, self.mobile, self.channel)

    def accepts_age(self, months: int) -> bool:
        if months < self.age_min_months:
            return False
        return self.age_max_months is None or months <= self.age_max_months


@dataclass(frozen=True, slots=True)
class Service:
    name: str
    price: Decimal
    specialist_key: str | None = None
    specialty: str | None = None
    duration_minutes: int | None = None
    preparation: str = ""
    id: int | None = None


@dataclass(frozen=True, slots=True)
class KnowledgeEntry:
    question: str
    answer: str
    tags: tuple[str, ...] = ()
    id: int | None = None


@dataclass(frozen=True, slots=True)
class Owner:
    name: str = ""
    phone: str = ""  # the owner's mobile: SMS messages go there
    email: str = ""
    channel: Channel = Channel.NONE  # how messages for the owner are delivered

    @property
    def contact(self) -> Contact:
        return Contact(self.email, self.phone, self.channel)


@dataclass(frozen=True, slots=True)
class ClinicCard:
    """Everything shown when a call arrives on one of the clinic's lines."""

    key: str
    name: str
    language: str
    timezone: str
    currency: str
    address: str
    opening_hours: str
    greeting_template: str
    directions: str = ""
    parking: str = ""
    receptionist_title: str = ""
    average_check: Decimal | None = None
    owner: Owner = field(default_factory=Owner)
    retention_months: int = DEFAULT_RETENTION_MONTHS  # then its calls are anonymised (docs/privacy.md)
    phone_lines: tuple[PhoneLine, ...] = ()
    specialists: tuple[Specialist, ...] = ()
    services: tuple[Service, ...] = ()
    knowledge: tuple[KnowledgeEntry, ...] = ()
    id: int | None = None
    version: int = 1

    def specialist(self, key: str | None) -> Specialist | None:
        return next((s for s in self.specialists if s.key == key), None)

    def services_for(self, specialist: Specialist) -> list[Service]:
        return [
            s
            for s in self.services
            if s.specialist_key == specialist.key
            or (s.specialist_key is None and s.specialty and s.specialty == specialist.specialty)
        ]


@dataclass(frozen=True, slots=True)
class LineChoice:
    """One phone line in the picker: the number and the clinic it rings for."""

    line_id: int
    number: str
    label: str
    clinic_id: int
    clinic_name: str
    telephony_account: str | None = None
