"""Reading and writing the card interchange format (docs/card-format.md).

The whole file is checked before anything is returned; every problem is reported with its path,
e.g. `clinics[2].specialists[5].age_max_months: must be >= age_min_months`. This module checks the
shape (types, unknown fields, JSON itself); what makes a card valid is `domain.card_rules`.
Writing is canonical: the same cards always give the same bytes.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

from ..domain.card_records import EditableCard, GlobalScript, card_record, script_record
from ..domain.card_rules import Checker, FieldError
from ..domain.clinic import ClinicCard, KnowledgeEntry, Owner, PhoneLine, Service, Specialist
from ..domain.messages import Channel
from ..domain.people import Role
from ..domain.privacy import DEFAULT_RETENTION_MONTHS
from ..domain.script import Objection, ObjectionPrompt, Phrase
from .card_checks import check_card, check_script

FORMAT = "reception-console/cards"
VERSION = 1
MAX_FILE_BYTES = 50 * 1024 * 1024

TOP_FIELDS = ("format", "version", "scripts", "people", "clinics")
SCRIPT_FIELDS = ("language", "objections", "phrases")
PROMPT_FIELDS = ("objection", "title", "text")
PHRASE_FIELDS = ("title", "text")
PERSON_FIELDS = ("login", "display_name", "role", "password")
CLINIC_FIELDS = (
    *("key", "name", "language", "timezone", "currency", "average_check", "address", "directions", "parking"),
    *("opening_hours", "owner", "receptionist_title", "greeting_template", "phone_lines", "specialists"),
    *("services", "knowledge", "objections", "phrases", "retention_months"),
)
OWNER_FIELDS = ("name", "phone", "email", "channel")
LINE_FIELDS = ("number", "label")
SPECIALIST_FIELDS = (
    *("key", "name", "specialty", "age_min_months", "age_max_months", "visit_minutes", "languages", "notes"),
    *("email", "mobile", "channel"),
)
SERVICE_FIELDS = ("name", "specialist", "specialty", "price", "duration_minutes", "preparation")
KNOWLEDGE_FIELDS = ("question", "answer", "tags")


class CardFileError(ValueError):
    """`problems`: English lines for logs and the command line. `errors`: the same problems with their codes, for a
    window to word in its user's language (a problem without a code keeps its English)."""

    def __init__(self, problems: Sequence[str | FieldError]) -> None:
        self.errors = [p if isinstance(p, FieldError) else FieldError("", "", p) for p in problems]
        self.problems = [str(p) for p in problems]
        super().__init__("\n".join(self.problems))


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
    script_languages: list[str] = field(default_factory=list)  # languages of the file's global scripts

    def editable(self, card: ClinicCard) -> EditableCard:
        return EditableCard(
            card,
            tuple(p for _, p, key in self.prompts if key == card.key),
            tuple(p for _, p, key in self.phrases if key == card.key),
        )

    def global_scripts(self) -> list[GlobalScript]:
        return [
            GlobalScript(
                language,
                tuple(p for lang, p, key in self.prompts if lang == language and not key),
                tuple(p for lang, p, key in self.phrases if lang == language and not key),
            )
            for language in self.script_languages
        ]


def _shown(name: str) -> str:
    return repr(name if len(name) <= 60 else name[:60] + "…")


class _Reader:
    def __init__(self) -> None:
        self.problems: list[FieldError] = []

    def fail(self, path: str, code: str, message: str, detail: str = "") -> None:
        self.problems.append(FieldError(path, code, message, detail))

    def report(self, errors: list[FieldError], prefix: str) -> None:
        self.problems += [e.under(prefix) if prefix else e for e in errors]

    def fields(self, obj: dict[str, Any], allowed: Sequence[str], path: str) -> None:
        for key in obj:
            if key not in allowed:
                where = f"{path}.{key}" if path else key
                if len(key) > 60 or not key.isprintable():
                    shown = _shown(key)
                    self.fail(path or "(top)", "not_a_field", f"field {shown} is not a field of this format", shown)
                else:
                    self.fail(where, "unknown_field", "unknown field")

    def text(self, obj: dict[str, Any], key: str, path: str) -> str:
        value = obj.get(key)
        if value is None:
            return ""
        if not isinstance(value, str):
            self.fail(f"{path}.{key}", "not_text", "must be text")
            return ""
        return value

    def optional_text(self, obj: dict[str, Any], key: str, path: str) -> str | None:
        return self.text(obj, key, path) if obj.get(key) is not None else None

    def integer(self, obj: dict[str, Any], key: str, path: str, *, default: int | None) -> int | None:
        value = obj.get(key, default)
        if value is None:
            return None
        if isinstance(value, bool) or not isinstance(value, int):
            self.fail(f"{path}.{key}", "not_whole_number", "must be a whole number")
            return default
        return value

    def money(self, obj: dict[str, Any], key: str, path: str, *, required: bool) -> Decimal | None:
        value = obj.get(key)
        if value is None:
            if required:
                self.fail(f"{path}.{key}", "missing", "is required")
            return None
        if not isinstance(value, str):
            self.fail(f"{path}.{key}", "not_decimal_string", 'must be a decimal string such as "180.00"')
            return None
        try:
            amount = Decimal(value)
        except InvalidOperation:
            amount = Decimal("NaN")
        if not amount.is_finite():
            self.fail(f"{path}.{key}", "not_decimal", f"{_shown(value)} is not a decimal number", _shown(value))
            return None
        return amount

    def words(self, obj: dict[str, Any], key: str, path: str, what: str) -> tuple[str, ...]:
        value = obj.get(key, [])
        if not isinstance(value, list) or not all(isinstance(x, str) for x in value):
            self.fail(f"{path}.{key}", "not_text_list", f"must be a list of {what}")
            return ()
        return tuple(value)

    def items(
        self, obj: dict[str, Any], key: str, path: str, allowed: Sequence[str]
    ) -> list[tuple[str, dict[str, Any]]]:
        value = obj.get(key, [])
        if not isinstance(value, list):
            self.fail(f"{path}.{key}" if path else key, "not_list", "must be a list")
            return []
        out = []
        for i, item in enumerate(value):
            where = f"{path}.{key}[{i}]" if path else f"{key}[{i}]"
            if not isinstance(item, dict):
                self.fail(where, "not_object", "must be an object")
            else:
                self.fields(item, allowed, where)
                out.append((where, item))
        return out


def _prompts(r: _Reader, obj: dict[str, Any], path: str) -> tuple[ObjectionPrompt, ...]:
    prompts = []
    for ppath, item in r.items(obj, "objections", path, PROMPT_FIELDS):
        key = item.get("objection")
        if key not in {o.value for o in Objection}:
            known = ", ".join(o.value for o in Objection)
            r.fail(f"{ppath}.objection", "not_one_of", f"must be one of {known}", known)
            continue
        prompts.append(ObjectionPrompt(Objection(key), r.text(item, "title", ppath), r.text(item, "text", ppath)))
    return tuple(prompts)


def _phrases(r: _Reader, obj: dict[str, Any], path: str) -> tuple[Phrase, ...]:
    return tuple(
        Phrase(r.text(item, "title", ppath), r.text(item, "text", ppath))
        for ppath, item in r.items(obj, "phrases", path, PHRASE_FIELDS)
    )


def _channel(r: _Reader, obj: dict[str, Any], path: str) -> Channel:
    """How a recipient wants messages: email, sms, both or none (the default)."""
    value = obj.get("channel", Channel.NONE.value)
    if value not in {c.value for c in Channel}:
        known = ", ".join(c.value for c in Channel)
        r.fail(f"{path}.channel", "not_one_of", f"must be one of {known}", known)
        return Channel.NONE
    return Channel(value)


def _clinic(r: _Reader, c: dict[str, Any], path: str) -> EditableCard:
    lines = [
        PhoneLine(number=r.text(item, "number", lpath), label=r.text(item, "label", lpath))
        for lpath, item in r.items(c, "phone_lines", path, LINE_FIELDS)
    ]
    specialists = [
        Specialist(
            key=r.text(item, "key", spath),
            name=r.text(item, "name", spath),
            specialty=r.text(item, "specialty", spath),
            age_min_months=r.integer(item, "age_min_months", spath, default=0) or 0,
            age_max_months=r.integer(item, "age_max_months", spath, default=None),
            visit_minutes=r.integer(item, "visit_minutes", spath, default=20) or 20,
            languages=r.words(item, "languages", spath, "language codes"),
            notes=r.text(item, "notes", spath),
            email=r.text(item, "email", spath),
            mobile=r.text(item, "mobile", spath),
            channel=_channel(r, item, spath),
        )
        for spath, item in r.items(c, "specialists", path, SPECIALIST_FIELDS)
    ]
    services = [
        Service(
            name=r.text(item, "name", vpath),
            price=r.money(item, "price", vpath, required=True) or Decimal(0),
            specialist_key=r.optional_text(item, "specialist", vpath),
            specialty=r.optional_text(item, "specialty", vpath),
            duration_minutes=r.integer(item, "duration_minutes", vpath, default=None),
            preparation=r.text(item, "preparation", vpath),
        )
        for vpath, item in r.items(c, "services", path, SERVICE_FIELDS)
    ]
    knowledge = [
        KnowledgeEntry(
            r.text(item, "question", kpath),
            r.text(item, "answer", kpath),
            r.words(item, "tags", kpath, "words"),
        )
        for kpath, item in r.items(c, "knowledge", path, KNOWLEDGE_FIELDS)
    ]
    owner = c.get("owner") or {}
    if not isinstance(owner, dict):
        r.fail(f"{path}.owner", "not_object", "must be an object")
        owner = {}
    r.fields(owner, OWNER_FIELDS, f"{path}.owner")
    card = ClinicCard(
        key=r.text(c, "key", path),
        name=r.text(c, "name", path),
        language=r.text(c, "language", path),
        timezone=r.text(c, "timezone", path),
        currency=r.text(c, "currency", path),
        average_check=r.money(c, "average_check", path, required=False),
        address=r.text(c, "address", path),
        directions=r.text(c, "directions", path),
        parking=r.text(c, "parking", path),
        opening_hours=r.text(c, "opening_hours", path),
        receptionist_title=r.text(c, "receptionist_title", path),
        greeting_template=r.text(c, "greeting_template", path),
        retention_months=r.integer(c, "retention_months", path, default=DEFAULT_RETENTION_MONTHS),  # type: ignore[arg-type]
        owner=Owner(
            name=r.text(owner, "name", f"{path}.owner"),
            phone=r.text(owner, "phone", f"{path}.owner"),
            email=r.text(owner, "email", f"{path}.owner"),
            channel=_channel(r, owner, f"{path}.owner"),
        ),
        phone_lines=tuple(lines),
        specialists=tuple(specialists),
        services=tuple(services),
        knowledge=tuple(knowledge),
    )
    editable = EditableCard(card, _prompts(r, c, path), _phrases(r, c, path))
    r.report(check_card(editable), path)
    return editable


def _people(r: _Reader, data: dict[str, Any], out: CardFile) -> None:
    for ppath, item in r.items(data, "people", "", PERSON_FIELDS):
        role = item.get("role")
        if role not in {x.value for x in Role}:
            known = ", ".join(x.value for x in Role)
            r.fail(f"{ppath}.role", "not_one_of", f"must be one of {known}", known)
            continue
        spec = PersonSpec(
            r.text(item, "login", ppath),
            r.text(item, "display_name", ppath),
            Role(role),
            r.text(item, "password", ppath),
        )
        checks = Checker()
        checks.text("login", spec.login, required=True, limit=80)
        checks.text("display_name", spec.display_name, required=True, limit=120)
        checks.text("password", spec.password, required=True, limit=200)
        r.report(checks.errors, ppath)
        out.people.append(spec)


def parse_cards(data: Any) -> CardFile:
    r = _Reader()
    out = CardFile()
    if not isinstance(data, dict):
        raise CardFileError([FieldError("(top)", "not_object", "must be a JSON object")])
    r.fields(data, TOP_FIELDS, "")
    if data.get("format") != FORMAT:
        r.fail("format", "must_be", f"must be {FORMAT!r}", repr(FORMAT))
    if data.get("version") != VERSION or isinstance(data.get("version"), bool):
        r.fail("version", "must_be", f"must be {VERSION}", str(VERSION))
    for spath, script in r.items(data, "scripts", "", SCRIPT_FIELDS):
        language = r.text(script, "language", spath)
        if language in out.script_languages:
            r.fail(f"{spath}.language", "script_repeated", f"{language!r} has another script in this file", language)
        prompts, phrases = _prompts(r, script, spath), _phrases(r, script, spath)
        r.report(check_script(language, prompts, phrases), spath)
        out.script_languages.append(language)
        out.prompts += [(language, p, "") for p in prompts]
        out.phrases += [(language, p, "") for p in phrases]
    _people(r, data, out)
    seen_lines: dict[str, tuple[str, str]] = {}  # number → (clinic key, clinic name)
    seen_keys: set[str] = set()
    for cpath, item in r.items(data, "clinics", "", CLINIC_FIELDS):
        editable = _clinic(r, item, cpath)
        card = editable.card
        if card.key and card.key in seen_keys:
            r.fail(f"{cpath}.key", "key_repeated", f"{card.key!r} is used by another clinic in this file", card.key)
        seen_keys.add(card.key)
        for i, line in enumerate(card.phone_lines):
            owner = seen_lines.setdefault(line.number, (card.key, card.name))
            if owner[0] != card.key:
                where = f"{cpath}.phone_lines[{i}].number"
                r.fail(where, "line_taken", f"{line.number} is already a line of {owner[1]}", owner[1])
        out.clinics.append(card)
        out.prompts += [(card.language, p, card.key) for p in editable.prompts]
        out.phrases += [(card.language, p, card.key) for p in editable.phrases]
    if r.problems:
        raise CardFileError(r.problems)
    return out


def _no_duplicate_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    obj: dict[str, Any] = {}
    for key, value in pairs:
        if key in obj:
            raise ValueError(f"the field {_shown(key)} appears twice in one object")
        obj[key] = value
    return obj


def _no_constants(name: str) -> Any:
    raise ValueError(f"{name} is not a JSON number")


def parse_card_text(text: str, name: str = "file") -> CardFile:
    try:
        data = json.loads(text, object_pairs_hook=_no_duplicate_keys, parse_constant=_no_constants)
    except json.JSONDecodeError as exc:
        where = f"line {exc.lineno}, column {exc.colno}"
        raise CardFileError([FieldError(name, "not_json", f"not valid JSON ({where}: {exc.msg})", where)]) from exc
    except RecursionError as exc:
        raise CardFileError([FieldError(name, "too_deep", "not a card file (nested too deeply)")]) from exc
    except ValueError as exc:
        raise CardFileError([FieldError(name, "not_json", f"not valid JSON ({exc})", str(exc))]) from exc
    return parse_cards(data)


def read_card_text(path: Path) -> str:
    """A card file's text; CardFileError when it cannot be read, is too large or is not UTF-8."""
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            megabytes = str(size // (1024 * 1024))
            problem = FieldError(path.name, "file_too_large", f"{megabytes} MB is too large for a card file", megabytes)
            raise CardFileError([problem])
        return path.read_bytes().decode("utf-8").removeprefix("\ufeff")
    except UnicodeDecodeError as exc:
        raise CardFileError([FieldError(path.name, "not_utf8", f"not UTF-8 text ({exc.reason})")]) from exc
    except OSError as exc:
        reason = str(exc.strerror or exc)
        raise CardFileError([FieldError(path.name, "unreadable", f"cannot be read ({reason})", reason)]) from exc


def read_card_file(path: Path) -> CardFile:
    return parse_card_text(read_card_text(path), path.name)


def write_card_file(path: Path, text: str) -> None:
    """Write beside the target and rename: a failed export never leaves half a file."""
    partial = path.with_name(f".{path.name}.partial")
    partial.write_bytes(text.encode("utf-8"))
    partial.replace(path)


def write_cards(clinics: Sequence[EditableCard], scripts: Sequence[GlobalScript]) -> str:
    """Canonical text: clinics by key, scripts by language, keys sorted, two-space indent, final newline."""
    data = {
        "format": FORMAT,
        "version": VERSION,
        "scripts": [
            {"language": s.language, **script_record(s.prompts, s.phrases)}
            for s in sorted(scripts, key=lambda s: s.language)
        ],
        "clinics": [card_record(c) for c in sorted(clinics, key=lambda c: c.card.key)],
    }
    return json.dumps(data, ensure_ascii=False, indent=2, sort_keys=True) + "\n"
