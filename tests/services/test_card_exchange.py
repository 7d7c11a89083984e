"""Import and export of card files: the round trip, all-or-nothing, and a corpus of bad files."""

from __future__ import annotations

import json
from collections.abc import Callable
from decimal import Decimal
from typing import Any

import pytest
from sqlalchemy import func, select

from reception_console.domain.permissions import CommandLine
from reception_console.services.card_files import CardFileError
from reception_console.services.console import ConsoleServices
from reception_console.services.permissions import PermissionDenied
from reception_console.storage.database import Database
from reception_console.storage.models import CardChangeRow
from tests.builders import services_for
from tests.conftest import EN_LINE, PL_LINE, Clock

IT = CommandLine()


@pytest.fixture
def console(demo_db: Database, clock: Clock) -> ConsoleServices:
    return services_for(demo_db, clock)


def test_export_import_export_is_byte_identical(console: ConsoleServices, empty_db: Database, clock: Clock) -> None:
    exported = console.exchange.export(IT)
    fresh = services_for(empty_db, clock)
    plan = fresh.exchange.import_text(IT, exported)
    assert len(plan.created) == 3 and not plan.updated and plan.scripts == ["en", "pl", "ru"]
    again = fresh.exchange.export(IT)
    assert again.encode() == exported.encode()
    assert exported.endswith("}\n") and "\\u" not in exported  # readable UTF-8, not escapes
    # and importing it once more changes nothing
    second = fresh.exchange.import_text(IT, again)
    assert second.empty and len(second.unchanged) == 3


def test_export_of_one_clinic(console: ConsoleServices) -> None:
    data = json.loads(console.exchange.export(IT, "chorlton-physio"))
    assert [c["key"] for c in data["clinics"]] == ["chorlton-physio"] and data["scripts"] == []
    with pytest.raises(KeyError):
        console.exchange.export(IT, "no-such-clinic")


def edited(console: ConsoleServices, change: Callable[[dict[str, Any]], None]) -> str:
    data = json.loads(console.exchange.export(IT))
    change(data)
    return json.dumps(data, ensure_ascii=False)


def clinic(data: dict[str, Any], key: str) -> dict[str, Any]:
    return next(c for c in data["clinics"] if c["key"] == key)


def test_import_updates_by_key_and_creates_new_clinics(console: ConsoleServices) -> None:
    def change(data: dict[str, Any]) -> None:
        pl = clinic(data, "med-centrum-mokotow")
        pl["services"][0]["price"] = "999.00"
        pl["phone_lines"] = pl["phone_lines"][:1]
        new = json.loads(json.dumps(pl))
        new.update(
            key="med-centrum-wola", name="Med Centrum Wola", phone_lines=[{"number": "+48225550001", "label": ""}]
        )
        data["clinics"].append(new)

    plan = console.exchange.import_text(IT, edited(console, change))
    assert plan.created == ["med-centrum-wola"] and plan.updated == {"med-centrum-mokotow": 2}
    pl_id = next(x.clinic_id for x in console.cards.lines() if x.number == PL_LINE)
    view = console.cards.view(pl_id)
    assert view is not None and view.card.services[0].price == Decimal("999.00") and len(view.card.phone_lines) == 1
    assert "+48225550001" in {x.number for x in console.cards.lines()}


def test_a_number_may_move_between_clinics_in_one_file(console: ConsoleServices) -> None:
    def move(data: dict[str, Any]) -> None:
        en = clinic(data, "chorlton-physio")
        moved = en["phone_lines"].pop()
        clinic(data, "med-centrum-mokotow")["phone_lines"].append(moved)

    plan = console.exchange.import_text(IT, edited(console, move))
    assert set(plan.updated) == {"chorlton-physio", "med-centrum-mokotow"}


def test_a_file_may_change_a_global_script_and_a_clinic_of_its_language(console: ConsoleServices) -> None:
    def change(data: dict[str, Any]) -> None:
        script = next(s for s in data["scripts"] if s["language"] == "pl")
        script["objections"][0]["text"] += " Zapraszamy."
        clinic(data, "med-centrum-mokotow")["services"][0]["price"] = "999.00"

    plan = console.exchange.import_text(IT, edited(console, change))
    assert plan.updated == {"med-centrum-mokotow": 1} and plan.scripts == ["pl"]
    data = json.loads(console.exchange.export(IT))
    assert clinic(data, "med-centrum-mokotow")["services"][0]["price"] == "999.00"
    script = next(s for s in data["scripts"] if s["language"] == "pl")
    assert script["objections"][0]["text"].endswith(" Zapraszamy.")


def test_dry_run_changes_nothing(console: ConsoleServices, demo_db: Database) -> None:
    before = console.exchange.export(IT)
    text = edited(console, lambda d: clinic(d, "ulybka-dental")["services"][0].update(price="1.00"))
    plan = console.exchange.import_text(IT, text, dry_run=True)
    assert plan.updated == {"ulybka-dental": 1}
    assert console.exchange.export(IT) == before


def test_a_receptionist_can_neither_import_nor_export(console: ConsoleServices) -> None:
    justyna = console.auth.sign_in("justyna", "demo")
    for attempt in (lambda: console.exchange.export(justyna), lambda: console.exchange.import_text(justyna, "{}")):
        with pytest.raises(PermissionDenied) as caught:
            attempt()
        assert caught.value.code == "edit_cards"


def _set(path: str, value: Any) -> Callable[[dict[str, Any]], None]:
    def change(data: dict[str, Any]) -> None:
        *parents, last = path.split(".")
        target: Any = data
        for part in parents:
            name, _, index = part.partition("[")
            target = target[name] if not index else target[name][int(index[:-1])]
        name, _, index = last.partition("[")
        if index:
            target[name][int(index[:-1])] = value
        else:
            target[name] = value

    return change


def _twin_line(data: dict[str, Any]) -> None:
    data["clinics"][1]["phone_lines"].append(dict(data["clinics"][0]["phone_lines"][0]))


def _line_twice(data: dict[str, Any]) -> None:
    lines = data["clinics"][0]["phone_lines"]
    lines.append(dict(lines[0]))


def _foreign_line(data: dict[str, Any]) -> None:
    data["clinics"] = [c for c in data["clinics"] if c["key"] != "chorlton-physio"]
    data["clinics"][0]["phone_lines"].append({"number": EN_LINE, "label": ""})


def _new_people(data: dict[str, Any]) -> None:
    data["people"] = [{"login": "eve", "display_name": "Eve", "role": "admin", "password": "x"}]


MEGABYTE = "x" * (1024 * 1024)
BAD_EDITS: list[tuple[str, Callable[[dict[str, Any]], None], str]] = [
    (
        "wrong type: age as text",
        _set("clinics[0].specialists[0].age_min_months", "6"),
        "clinics[0].specialists[0].age_min_months: must be a whole number",
    ),
    (
        "wrong type: price as number",
        _set("clinics[0].services[0].price", 180),
        'clinics[0].services[0].price: must be a decimal string such as "180.00"',
    ),
    ("wrong type: clinics as object", _set("clinics", {}), "clinics: must be a list"),
    ("wrong type: name as list", _set("clinics[1].name", ["a"]), "clinics[1].name: must be text"),
    (
        "negative price",
        _set("clinics[0].services[2].price", "-5.00"),
        "clinics[0].services[2].price: must be a non-negative amount",
    ),
    (
        "ages reversed",
        _set("clinics[2].specialists[1].age_max_months", 1),
        "clinics[2].specialists[1].age_max_months: must be >= age_min_months",
    ),
    ("line twice in one file", _twin_line, "clinics[1].phone_lines[2].number: "),
    ("line twice in one clinic", _line_twice, "clinics[0].phone_lines[2].number: "),
    ("line of a clinic in the database", _foreign_line, "is already a line of Chorlton"),
    (
        "not E.164",
        _set("clinics[0].phone_lines[0].number", "0161 496 0123"),
        "clinics[0].phone_lines[0].number: '0161 496 0123' is not an E.164 number",
    ),
    ("unknown field in a clinic", _set("clinics[0].colour", "blue"), "clinics[0].colour: unknown field"),
    (
        "unknown field in a specialist",
        _set("clinics[0].specialists[3].age", 5),
        "clinics[0].specialists[3].age: unknown field",
    ),
    ("unknown top-level field", _set("extras", []), "extras: unknown field"),
    ("1 MB name", _set("clinics[0].name", MEGABYTE), "clinics[0].name: is longer than 200 characters"),
    (
        "1 MB answer",
        _set("clinics[0].knowledge[0].answer", MEGABYTE),
        "clinics[0].knowledge[0].answer: is longer than 20000 characters",
    ),
    ("1 MB field name", _set(f"clinics[0].{MEGABYTE}", 1), "is not a field of this format"),
    (
        "control character",
        _set("clinics[0].address", "ul. Odyńca\x0741"),
        "clinics[0].address: contains control characters",
    ),
    (
        "NUL byte",  # PostgreSQL cannot store one: the file is refused with the field named, never a database error
        _set("clinics[0].specialists[0].notes", "gabinet\x002"),
        "clinics[0].specialists[0].notes: contains control characters",
    ),
    (
        "line break in a name",
        _set("clinics[0].specialists[0].name", "Anna\nNowak"),
        "clinics[0].specialists[0].name: must be a single line",
    ),
    ("people are not imported", _new_people, "people: people are not imported"),
    ("wrong format", _set("format", "other"), "format: must be 'reception-console/cards'"),
    (
        "unknown placeholder",
        _set("clinics[0].greeting_template", "{hello}, {clinic}"),
        "clinics[0].greeting_template: unknown placeholder {hello}",
    ),
]


def assert_unchanged(console: ConsoleServices, db: Database, before: str, changes: int) -> None:
    assert console.exchange.export(IT) == before
    with db.sessions() as s:
        assert s.scalar(select(func.count(CardChangeRow.id))) == changes


@pytest.mark.parametrize(("what", "change", "expected"), BAD_EDITS, ids=[b[0] for b in BAD_EDITS])
def test_bad_file_is_refused_whole_with_its_path(
    console: ConsoleServices, demo_db: Database, what: str, change: Callable[[dict[str, Any]], None], expected: str
) -> None:
    before = console.exchange.export(IT)
    # one good change that must not land either: all or nothing
    text = edited(console, lambda d: (clinic(d, "ulybka-dental")["services"][0].update(price="1.00"), change(d)))
    with pytest.raises(CardFileError) as caught:
        console.exchange.import_text(IT, text)
    problems = caught.value.problems
    assert any(expected in p for p in problems), problems
    assert all(len(p) < 400 for p in problems)  # a megabyte is never echoed back
    assert_unchanged(console, demo_db, before, 0)


BAD_TEXTS = [
    ("malformed JSON", '{"format": "reception-console/cards",\n "version": 1,,}', "not valid JSON (line 2"),
    ("empty file", "", "not valid JSON (line 1, column 1"),
    ("duplicate field", '{"format": "reception-console/cards", "version": 1, "version": 1}', "'version' appears twice"),
    ("NaN", '{"format": "reception-console/cards", "version": NaN}', "NaN is not a JSON number"),
    ("not an object", "[1, 2]", "(top): must be a JSON object"),
    ("deep nesting", "[" * 100000 + "]" * 100000, "nested too deeply"),
]


@pytest.mark.parametrize(("what", "text", "expected"), BAD_TEXTS, ids=[b[0] for b in BAD_TEXTS])
def test_text_that_is_no_card_file(
    console: ConsoleServices, demo_db: Database, what: str, text: str, expected: str
) -> None:
    before = console.exchange.export(IT)
    with pytest.raises(CardFileError) as caught:
        console.exchange.import_text(IT, text, "cards.json")
    assert any(expected in p for p in caught.value.problems), caught.value.problems
    assert_unchanged(console, demo_db, before, 0)
