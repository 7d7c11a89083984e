"""Reading the card interchange format (docs/card-format.md) into domain objects.

The whole file is checked before anything is returned; every problem is reported with its path,
e.g. `clinics[2].specialists[5].age_max_months: must be >= age_min_months`.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

from ..domain.clinic import ClinicCard, KnowledgeEntry, Owner, PhoneLine, Service, Specialist
from ..domain.people import Role
from ..domain.phones import is_e164
from ..domain.script import Objection, ObjectionPrompt, Phrase

FORMAT = "reception-console/cards"
VERSION = 1
LANGUAGES = ("pl", "ru", "en")
_SLUG = re.compile(r"^[a-z0-9][a-z0-9-]{0,79}$")


class CardFileError(ValueError):
    def __init__(self, problems: list[str]) -> None:
        super().__init__("\n".join(problems))
        self.problems = problems


@dataclass
class PersonSpec:
    login: str
    display_name: str
    role: Role
    password: str


@dataclass
class CardFile:
    clinics: list[ClinicCard] = field(default_factory=list)
    prompts: list[tuple[str, ObjectionPrompt, str]] = field(default_factory=list)  # (language, prompt, clinic key)
    phrases: list[tuple[str, Phrase, str]] = field(default_factory=list)
    people: list[PersonSpec] = field(default_factory=list)


class _Reader:
    def __init__(self) -> None:
        self.problems: list[str] = []

    def fail(self, path: str, message: str) -> None:
        self.problems.append(f"{path}: {message}")

    def text(self, obj: dict[str, Any], key: str, path: str, *, required: bool = False, limit: int = 20000) -> str:
        value = obj.get(key)
        if value is None:
            if required:
                self.fail(f"{path}.{key}", "is required")
            return ""
        if not isinstance(value, str):
            self.fail(f"{path}.{key}", "must be text")
            return ""
        if required and not value.strip():
            self.fail(f"{path}.{key}", "must not be empty")
        if len(value) > limit:
            self.fail(f"{path}.{key}", f"is longer than {limit} characters")
        return value

    def integer(self, obj: dict[str, Any], key: str, path: str, *, default: int | None, minimum: int = 0) -> int | None:
        value = obj.get(key, default)
        if value is None:
            return None
        if isinstance(value, bool) or not isinstance(value, int):
            self.fail(f"{path}.{key}", "must be a whole number")
            return default
        if value < minimum:
            self.fail(f"{path}.{key}", f"must be >= {minimum}")
        return value

    def money(self, obj: dict[str, Any], key: str, path: str, *, required: bool) -> Decimal | None:
        value = obj.get(key)
        if value is None:
            if required:
                self.fail(f"{path}.{key}", "is required")
            return None
        if not isinstance(value, str):
            self.fail(f"{path}.{key}", 'must be a decimal string such as "180.00"')
            return None
        try:
            amount = Decimal(value)
        except InvalidOperation:
            self.fail(f"{path}.{key}", f"{value!r} is not a decimal number")
            return None
        if not amount.is_finite() or amount < 0:
            self.fail(f"{path}.{key}", "must be a non-negative amount")
            return None
        return amount

    def items(self, obj: dict[str, Any], key: str, path: str) -> list[tuple[str, dict[str, Any]]]:
        value = obj.get(key, [])
        if not isinstance(value, list):
            self.fail(f"{path}.{key}", "must be a list")
            return []
        out = []
        for i, item in enumerate(value):
            if not isinstance(item, dict):
                self.fail(f"{path}.{key}[{i}]", "must be an object")
            else:
                out.append((f"{path}.{key}[{i}]" if path else f"{key}[{i}]", item))
        return out


def _prompt(r: _Reader, item: dict[str, Any], path: str, clinic_id: int | None = None) -> ObjectionPrompt | None:
    key = item.get("objection")
    if key not in {o.value for o in Objection}:
        r.fail(f"{path}.objection", f"must be one of {', '.join(o.value for o in Objection)}")
        return None
    return ObjectionPrompt(
        Objection(key), r.text(item, "title", path, required=True), r.text(item, "text", path, required=True)
    )


def _phrase(r: _Reader, item: dict[str, Any], path: str) -> Phrase:
    return Phrase(r.text(item, "title", path, required=True), r.text(item, "text", path, required=True))


def _clinic(r: _Reader, c: dict[str, Any], path: str, out: CardFile) -> ClinicCard:
    key = r.text(c, "key", path, required=True)
    if key and not _SLUG.match(key):
        r.fail(f"{path}.key", "must be lower-case letters, digits and dashes")
    language = r.text(c, "language", path, required=True)
    if language and language not in LANGUAGES:
        r.fail(f"{path}.language", f"must be one of {', '.join(LANGUAGES)}")
    currency = r.text(c, "currency", path, required=True)
    if currency and not re.fullmatch(r"[A-Z]{3}", currency):
        r.fail(f"{path}.currency", "must be a three-letter ISO 4217 code such as PLN")
    lines = []
    for lpath, item in r.items(c, "phone_lines", path):
        number = r.text(item, "number", lpath, required=True)
        if number and not is_e164(number):
            r.fail(f"{lpath}.number", f"{number!r} is not an E.164 number such as +48221234567")
        account = r.text(item, "telephony_account", lpath, limit=200) or None
        lines.append(PhoneLine(number=number, label=r.text(item, "label", lpath), telephony_account=account))
    if not lines:
        r.fail(f"{path}.phone_lines", "needs at least one phone line")
    specialists = []
    keys: set[str] = set()
    for spath, item in r.items(c, "specialists", path):
        skey = r.text(item, "key", spath, required=True)
        if skey in keys:
            r.fail(f"{spath}.key", f"{skey!r} is used twice in this clinic")
        keys.add(skey)
        low = r.integer(item, "age_min_months", spath, default=0) or 0
        high = r.integer(item, "age_max_months", spath, default=None)
        if high is not None and high < low:
            r.fail(f"{spath}.age_max_months", "must be >= age_min_months")
        languages = item.get("languages", [])
        if not isinstance(languages, list) or not all(isinstance(x, str) for x in languages):
            r.fail(f"{spath}.languages", "must be a list of language codes")
            languages = []
        specialists.append(
            Specialist(
                key=skey,
                name=r.text(item, "name", spath, required=True),
                specialty=r.text(item, "specialty", spath, required=True),
                age_min_months=low,
                age_max_months=high,
                visit_minutes=r.integer(item, "visit_minutes", spath, default=20, minimum=1) or 20,
                languages=tuple(languages),
                notes=r.text(item, "notes", spath),
            )
        )
    services = []
    for vpath, item in r.items(c, "services", path):
        who = item.get("specialist")
        if who is not None and who not in keys:
            r.fail(f"{vpath}.specialist", f"no specialist with key {who!r} in this clinic")
        services.append(
            Service(
                name=r.text(item, "name", vpath, required=True),
                price=r.money(item, "price", vpath, required=True) or Decimal(0),
                specialist_key=who,
                specialty=item.get("specialty") if isinstance(item.get("specialty"), str) else None,
                duration_minutes=r.integer(item, "duration_minutes", vpath, default=None, minimum=1),
                preparation=r.text(item, "preparation", vpath),
            )
        )
    knowledge = []
    for kpath, item in r.items(c, "knowledge", path):
        tags = item.get("tags", [])
        if not isinstance(tags, list) or not all(isinstance(t, str) for t in tags):
            r.fail(f"{kpath}.tags", "must be a list of words")
            tags = []
        knowledge.append(
            KnowledgeEntry(
                r.text(item, "question", kpath, required=True),
                r.text(item, "answer", kpath, required=True),
                tuple(tags),
            )
        )
    for ppath, item in r.items(c, "objections", path):
        prompt = _prompt(r, item, ppath)
        if prompt:
            out.prompts.append((language, prompt, key))
    for ppath, item in r.items(c, "phrases", path):
        out.phrases.append((language, _phrase(r, item, ppath), key))
    owner = c.get("owner") or {}
    if not isinstance(owner, dict):
        r.fail(f"{path}.owner", "must be an object")
        owner = {}
    return ClinicCard(
        key=key,
        name=r.text(c, "name", path, required=True),
        language=language,
        timezone=r.text(c, "timezone", path, required=True),
        currency=currency,
        average_check=r.money(c, "average_check", path, required=False),
        address=r.text(c, "address", path, required=True),
        directions=r.text(c, "directions", path),
        parking=r.text(c, "parking", path),
        opening_hours=r.text(c, "opening_hours", path, required=True),
        receptionist_title=r.text(c, "receptionist_title", path),
        greeting_template=r.text(c, "greeting_template", path, required=True),
        owner=Owner(
            r.text(owner, "name", f"{path}.owner"),
            r.text(owner, "phone", f"{path}.owner"),
            r.text(owner, "email", f"{path}.owner"),
        ),
        phone_lines=tuple(lines),
        specialists=tuple(specialists),
        services=tuple(services),
        knowledge=tuple(knowledge),
    )


def parse_cards(data: Any) -> CardFile:
    r = _Reader()
    out = CardFile()
    if not isinstance(data, dict):
        raise CardFileError(["(top): must be a JSON object"])
    if data.get("format") != FORMAT:
        r.fail("format", f"must be {FORMAT!r}")
    if data.get("version") != VERSION:
        r.fail("version", f"must be {VERSION}")
    for spath, script in r.items(data, "scripts", ""):
        language = r.text(script, "language", spath, required=True)
        for ppath, item in r.items(script, "objections", spath):
            prompt = _prompt(r, item, ppath)
            if prompt:
                out.prompts.append((language, prompt, ""))
        for ppath, item in r.items(script, "phrases", spath):
            out.phrases.append((language, _phrase(r, item, ppath), ""))
    for ppath, item in r.items(data, "people", ""):
        role = item.get("role")
        if role not in {x.value for x in Role}:
            r.fail(f"{ppath}.role", f"must be one of {', '.join(x.value for x in Role)}")
            continue
        out.people.append(
            PersonSpec(
                r.text(item, "login", ppath, required=True),
                r.text(item, "display_name", ppath, required=True),
                Role(role),
                r.text(item, "password", ppath, required=True),
            )
        )
    seen_lines: dict[str, str] = {}
    seen_accounts: set[str] = set()
    seen_keys: set[str] = set()
    for cpath, item in r.items(data, "clinics", ""):
        card = _clinic(r, item, cpath, out)
        if card.key in seen_keys:
            r.fail(f"{cpath}.key", f"{card.key!r} is used by another clinic in this file")
        seen_keys.add(card.key)
        for i, line in enumerate(card.phone_lines):
            if line.number in seen_lines:
                r.fail(
                    f"{cpath}.phone_lines[{i}].number",
                    f"{line.number} is already a line of {seen_lines[line.number]}",
                )
            seen_lines[line.number] = card.name
            if line.telephony_account:
                if line.telephony_account in seen_accounts:
                    r.fail(f"{cpath}.phone_lines[{i}].telephony_account", "is already the account of another line")
                seen_accounts.add(line.telephony_account)
        out.clinics.append(card)
    if r.problems:
        raise CardFileError(r.problems)
    return out


def read_card_file(path: Path) -> CardFile:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except UnicodeDecodeError as exc:
        raise CardFileError([f"{path.name}: not UTF-8 text ({exc.reason})"]) from exc
    except json.JSONDecodeError as exc:
        raise CardFileError(
            [f"{path.name}: not valid JSON (line {exc.lineno}, column {exc.colno}: {exc.msg})"]
        ) from exc
    return parse_cards(data)
