"""What makes a clinic card valid, field by field.

Every problem is a `FieldError` with the field's path inside the card (`specialists[5].age_max_months`),
a `code` the UI words in the user's language, and an English message for files and logs. The card file
reader prefixes the clinic's own path (`clinics[2].`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from decimal import Decimal, InvalidOperation
from functools import cache
from zoneinfo import available_timezones

from .ages import MAX_AGE_MONTHS
from .card_records import EditableCard
from .clinic import ClinicCard
from .messages import Channel, Medium
from .phones import is_e164
from .privacy import MAX_RETENTION_MONTHS, MIN_RETENTION_MONTHS
from .script import ObjectionPrompt, Phrase, unknown_placeholders

LANGUAGES = ("pl", "ru", "en")
TEXT_LIMIT = 20000  # a long algorithm fits; a pasted book does not
MAX_MINUTES = 24 * 60
MAX_PRICE = Decimal("1000000000")
SLUG = re.compile(r"^[a-z0-9][a-z0-9-]{0,79}$")
LANGUAGE_CODE = re.compile(r"^[a-z]{2,3}$")
CURRENCY = re.compile(r"^[A-Z]{3}$")
# an address every mail server takes (ASCII: not all offer SMTPUTF8): one @, no spaces, a local part of at most
# 64, a domain with a dot and no empty label
EMAIL = re.compile(r"^[^@\s]{1,64}@[^@\s.]+(\.[^@\s.]+)+$")


def is_email(text: str) -> bool:
    return text.isascii() and bool(EMAIL.match(text)) and len(text) <= 200 and ".." not in text


def _recipient(c: Checker, path: str, email: str, mobile: str, mobile_key: str, channel: Channel) -> None:
    """A recipient's e-mail and mobile, and a channel that has the address it needs."""
    if c.text(f"{path}email", email, limit=200) and email and not is_email(email):
        c.fail(f"{path}email", "bad_email", f"{email!r} is not an e-mail address such as name@example.com", email)
    if c.text(f"{path}{mobile_key}", mobile, limit=32) and mobile and not is_e164(mobile):
        c.fail(f"{path}{mobile_key}", "not_e164", f"{mobile!r} is not an E.164 number such as +48601234567", mobile)
    if Medium.EMAIL in channel.media and not email:
        c.fail(f"{path}channel", "channel_needs_email", "messages by e-mail need an e-mail address")
    if Medium.SMS in channel.media and not mobile:
        c.fail(f"{path}channel", "channel_needs_mobile", "messages by SMS need a mobile number")


@dataclass(frozen=True, slots=True)
class FieldError:
    path: str
    code: str
    message: str
    detail: str = ""  # what the UI needs to word it: another clinic's name, a limit, a placeholder

    def under(self, prefix: str) -> FieldError:
        return replace(self, path=f"{prefix}.{self.path}" if self.path else prefix)

    def __str__(self) -> str:
        return f"{self.path}: {self.message}"


class CardValidationError(ValueError):
    """The card (or file) cannot be saved as it is; `errors` lists every problem found."""

    def __init__(self, errors: list[FieldError]) -> None:
        super().__init__("\n".join(str(e) for e in errors))
        self.errors = errors


# the characters of Unicode's category Cc (control), without and with tab and line feed
_CONTROL = re.compile("[\x00-\x1f\x7f-\x9f]")
_CONTROL_BUT_TAB_AND_NEWLINE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def has_control_characters(text: str, *, multi_line: bool) -> bool:
    return (_CONTROL_BUT_TAB_AND_NEWLINE if multi_line else _CONTROL).search(text) is not None


class Checker:
    """Collects the problems of one card (or one script); each check records at most one per field."""

    def __init__(self) -> None:
        self.errors: list[FieldError] = []

    def fail(self, path: str, code: str, message: str, detail: str = "") -> None:
        self.errors.append(FieldError(path, code, message, detail))

    def text(self, path: str, value: str, *, required: bool = False, limit: int = TEXT_LIMIT) -> bool:
        """Plain text; `limit` below TEXT_LIMIT means a one-line field (a name, a label)."""
        one_line = limit < TEXT_LIMIT
        if required and not value.strip():
            self.fail(path, "required", "is required")
        elif len(value) > limit:
            self.fail(path, "too_long", f"is longer than {limit} characters", str(limit))
        elif has_control_characters(value, multi_line=not one_line):
            if one_line and "\n" in value:
                self.fail(path, "one_line", "must be a single line")
            else:
                self.fail(path, "control_characters", "contains control characters")
        else:
            return True
        return False

    def whole(self, path: str, value: int | None, *, minimum: int, maximum: int) -> None:
        if value is None:
            return
        if value < minimum:
            self.fail(path, "too_small", f"must be >= {minimum}", str(minimum))
        elif value > maximum:
            self.fail(path, "too_large", f"must be <= {maximum}", str(maximum))

    def price(self, path: str, value: Decimal | None) -> None:
        if value is None:
            return
        if not value.is_finite():
            self.fail(path, "not_a_price", "is not a decimal number")
        elif value < 0:
            self.fail(path, "negative_price", "must be a non-negative amount")
        elif value > MAX_PRICE:
            self.fail(path, "too_large", f"must be <= {MAX_PRICE}", str(MAX_PRICE))
        elif value != value.quantize(Decimal("0.01")):
            self.fail(path, "price_precision", "must have at most two decimal places")


def parse_price(text: str) -> Decimal | None:
    """`180`, `180.50`, `180,50`, `1 800` → Decimal; blank → None; raises ValueError for anything else."""
    cleaned = text.strip().replace("\u00a0", "").replace(" ", "").replace(",", ".")
    if not cleaned:
        return None
    if not re.fullmatch(r"-?\d+(\.\d+)?", cleaned):
        raise ValueError(text)
    try:
        return Decimal(cleaned)
    except InvalidOperation as exc:  # pragma: no cover - the pattern above admits only decimals
        raise ValueError(text) from exc


def _clinic_fields(c: Checker, card: ClinicCard) -> None:
    if c.text("key", card.key, required=True, limit=80) and not SLUG.match(card.key):
        c.fail("key", "bad_key", "must be lower-case letters, digits and dashes")
    c.text("name", card.name, required=True, limit=200)
    if card.language not in LANGUAGES:
        c.fail("language", "bad_language", f"must be one of {', '.join(LANGUAGES)}")
    if c.text("timezone", card.timezone, required=True, limit=64) and card.timezone not in _zones():
        c.fail("timezone", "bad_timezone", f"{card.timezone!r} is not a time zone such as Europe/Warsaw")
    if not CURRENCY.match(card.currency):
        c.fail("currency", "bad_currency", "must be a three-letter ISO 4217 code such as PLN")
    c.price("average_check", card.average_check)
    if not MIN_RETENTION_MONTHS <= card.retention_months <= MAX_RETENTION_MONTHS:
        c.fail(
            "retention_months",
            "bad_retention",
            f"must be {MIN_RETENTION_MONTHS} to {MAX_RETENTION_MONTHS} months",
        )
    c.text("address", card.address, required=True)
    c.text("directions", card.directions)
    c.text("parking", card.parking)
    c.text("opening_hours", card.opening_hours, required=True)
    c.text("owner.name", card.owner.name, limit=200)
    owner = card.owner
    _recipient(c, "owner.", owner.email, owner.phone, "phone", owner.channel)
    c.text("receptionist_title", card.receptionist_title, limit=80)
    if c.text("greeting_template", card.greeting_template, required=True):
        unknown = unknown_placeholders(card.greeting_template)
        if unknown:
            names = ", ".join("{" + name + "}" for name in unknown)
            c.fail("greeting_template", "unknown_placeholder", f"unknown placeholder {names}", names)


@cache
def _zones() -> frozenset[str]:
    return frozenset(available_timezones() | {"UTC"})


def _children(c: Checker, card: ClinicCard) -> None:
    if not card.phone_lines:
        c.fail("phone_lines", "no_lines", "needs at least one phone line")
    numbers: set[str] = set()
    for i, line in enumerate(card.phone_lines):
        path = f"phone_lines[{i}]"
        if c.text(f"{path}.number", line.number, required=True, limit=32) and not is_e164(line.number):
            c.fail(f"{path}.number", "not_e164", f"{line.number!r} is not an E.164 number such as +48221234567")
        elif line.number in numbers:
            c.fail(f"{path}.number", "line_repeated", f"{line.number} is listed twice in this clinic", line.number)
        numbers.add(line.number)
        c.text(f"{path}.label", line.label, limit=120)
    keys: set[str] = set()
    for i, sp in enumerate(card.specialists):
        path = f"specialists[{i}]"
        if c.text(f"{path}.key", sp.key, required=True, limit=80):
            if not SLUG.match(sp.key):
                c.fail(f"{path}.key", "bad_key", "must be lower-case letters, digits and dashes")
            elif sp.key in keys:
                c.fail(f"{path}.key", "duplicate_key", f"{sp.key!r} is used twice in this clinic", sp.key)
        keys.add(sp.key)
        c.text(f"{path}.name", sp.name, required=True, limit=200)
        c.text(f"{path}.specialty", sp.specialty, required=True, limit=200)
        c.whole(f"{path}.age_min_months", sp.age_min_months, minimum=0, maximum=MAX_AGE_MONTHS + 11)
        c.whole(f"{path}.age_max_months", sp.age_max_months, minimum=0, maximum=MAX_AGE_MONTHS + 11)
        if sp.age_max_months is not None and sp.age_max_months < sp.age_min_months:
            c.fail(f"{path}.age_max_months", "age_range", "must be >= age_min_months")
        c.whole(f"{path}.visit_minutes", sp.visit_minutes, minimum=1, maximum=MAX_MINUTES)
        if not all(LANGUAGE_CODE.match(x) for x in sp.languages):
            c.fail(f"{path}.languages", "bad_language_code", "must be a list of language codes such as pl, en")
        c.text(f"{path}.notes", sp.notes)
        _recipient(c, f"{path}.", sp.email, sp.mobile, "mobile", sp.channel)
    for i, sv in enumerate(card.services):
        path = f"services[{i}]"
        c.text(f"{path}.name", sv.name, required=True, limit=300)
        if sv.specialist_key is not None and sv.specialist_key not in keys:
            c.fail(
                f"{path}.specialist",
                "unknown_specialist",
                f"no specialist with key {sv.specialist_key!r} in this clinic",
                sv.specialist_key,
            )
        if sv.specialty is not None:
            c.text(f"{path}.specialty", sv.specialty, limit=200)
        c.price(f"{path}.price", sv.price)
        c.whole(f"{path}.duration_minutes", sv.duration_minutes, minimum=1, maximum=MAX_MINUTES)
        c.text(f"{path}.preparation", sv.preparation)
    for i, entry in enumerate(card.knowledge):
        path = f"knowledge[{i}]"
        c.text(f"{path}.question", entry.question, required=True)
        c.text(f"{path}.answer", entry.answer, required=True)
        for j, tag in enumerate(entry.tags):
            c.text(f"{path}.tags[{j}]", tag, required=True, limit=80)


def check_script(c: Checker, prompts: tuple[ObjectionPrompt, ...], phrases: tuple[Phrase, ...]) -> None:
    seen = set()
    for i, prompt in enumerate(prompts):
        path = f"objections[{i}]"
        if prompt.objection in seen:
            c.fail(f"{path}.objection", "duplicate_objection", f"{prompt.objection.value} is listed twice")
        seen.add(prompt.objection)
        c.text(f"{path}.title", prompt.title, required=True, limit=200)
        c.text(f"{path}.text", prompt.text, required=True)
    for i, phrase in enumerate(phrases):
        c.text(f"phrases[{i}].title", phrase.title, required=True, limit=200)
        c.text(f"phrases[{i}].text", phrase.text, required=True)


def validate_card(editable: EditableCard) -> list[FieldError]:
    c = Checker()
    _clinic_fields(c, editable.card)
    _children(c, editable.card)
    check_script(c, editable.prompts, editable.phrases)
    return c.errors


def validate_script(
    language: str, prompts: tuple[ObjectionPrompt, ...], phrases: tuple[Phrase, ...]
) -> list[FieldError]:
    c = Checker()
    if language not in LANGUAGES:
        c.fail("language", "bad_language", f"must be one of {', '.join(LANGUAGES)}")
    check_script(c, prompts, phrases)
    return c.errors
