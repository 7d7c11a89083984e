"""The JSON Schema of the card format (resources/schema) agrees with the files and with the reader."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from jsonschema import Draft202012Validator

from reception_console.platform.paths import resources_dir
from reception_console.services.card_files import CardFileError, parse_cards
from tests.conftest import DEMO

SCHEMA = json.loads((resources_dir() / "schema" / "cards.schema.json").read_text(encoding="utf-8"))
VALIDATOR = Draft202012Validator(SCHEMA)


def test_the_schema_is_a_valid_draft_2020_12_schema() -> None:
    Draft202012Validator.check_schema(SCHEMA)
    assert SCHEMA["$schema"] == "https://json-schema.org/draft/2020-12/schema"


@pytest.mark.parametrize("path", sorted(DEMO.glob("*.json")), ids=lambda p: p.name)
def test_every_demo_file_validates(path: Path) -> None:
    errors = [
        f"{list(e.absolute_path)}: {e.message}" for e in VALIDATOR.iter_errors(json.loads(path.read_text("utf-8")))
    ]
    assert errors == []


def card() -> dict:
    return json.loads((DEMO / "clinic_en.json").read_text(encoding="utf-8"))


def _unknown(d: dict) -> None:
    d["clinics"][0]["specialists"][0]["age"] = 5


def _control(d: dict) -> None:
    d["clinics"][0]["address"] = "Beech Road\x07"


def _break(d: dict) -> None:
    d["clinics"][0]["name"] = "Chorlton\nPhysio"


def _long(d: dict) -> None:
    d["clinics"][0]["name"] = "x" * 1_000_000


def _price(d: dict) -> None:
    d["clinics"][0]["services"][0]["price"] = 65


def _negative(d: dict) -> None:
    d["clinics"][0]["services"][0]["price"] = "-1.00"


def _number(d: dict) -> None:
    d["clinics"][0]["phone_lines"][0]["number"] = "0161 496 0123"


def _no_lines(d: dict) -> None:
    d["clinics"][0]["phone_lines"] = []


def _bad_email(d: dict) -> None:
    d["clinics"][0]["specialists"][0]["email"] = "helen at chorlton"


def _bad_channel(d: dict) -> None:
    d["clinics"][0]["owner"]["channel"] = "pigeon"


def _bad_mobile(d: dict) -> None:
    d["clinics"][0]["specialists"][0]["mobile"] = "07700 900123"


RECIPIENT_CHANGES = [_bad_email, _bad_channel, _bad_mobile]


def _short_retention(d: dict) -> None:
    d["clinics"][0]["retention_months"] = 1


def _retention_as_text(d: dict) -> None:
    d["clinics"][0]["retention_months"] = "24"


def _long_retention(d: dict) -> None:
    d["clinics"][0]["retention_months"] = 241


@pytest.mark.parametrize(
    "change",
    [
        *(_unknown, _control, _break, _long, _price, _negative, _number, _no_lines),
        *(_short_retention, _retention_as_text, _long_retention),
        *RECIPIENT_CHANGES,
    ],
)
def test_schema_and_reader_refuse_the_same_files(change) -> None:  # type: ignore[no-untyped-def]
    data = card()
    change(data)
    assert list(VALIDATOR.iter_errors(data)), "the schema let it through"
    with pytest.raises(CardFileError):
        parse_cards(data)


def test_an_export_validates(demo_db) -> None:  # type: ignore[no-untyped-def]
    from reception_console.domain.permissions import CommandLine
    from tests.builders import services_for

    exported = json.loads(services_for(demo_db).exchange.export(CommandLine()))
    assert [e.message for e in VALIDATOR.iter_errors(exported)] == []


def test_retention_is_read_from_a_file_and_defaults_to_24_months() -> None:
    data = card()
    assert parse_cards(data).clinics[0].retention_months == 24
    data["clinics"][0]["retention_months"] = 36
    assert not list(VALIDATOR.iter_errors(data))
    assert parse_cards(data).clinics[0].retention_months == 36


def test_recipients_travel_in_the_card_file() -> None:
    data = card()
    data["clinics"][0]["owner"].update(email="helen@chorlton.test", phone="+447700900123", channel="both")
    data["clinics"][0]["specialists"][0].update(email="james@chorlton.test", mobile="+447700900456", channel="sms")
    assert not list(VALIDATOR.iter_errors(data))
    [clinic] = parse_cards(data).clinics
    owner, doctor = clinic.owner, clinic.specialists[0]
    assert (owner.email, owner.phone, owner.channel.value) == ("helen@chorlton.test", "+447700900123", "both")
    assert (doctor.email, doctor.mobile, doctor.channel.value) == ("james@chorlton.test", "+447700900456", "sms")


def test_a_channel_needs_its_address_and_sms_a_mobile() -> None:
    data = card()
    data["clinics"][0]["owner"].update(email="", channel="email")
    data["clinics"][0]["specialists"][0].update(mobile="+441614960123", channel="sms")  # a Manchester landline
    with pytest.raises(CardFileError) as refused:
        parse_cards(data)
    codes = {(e.path.split(".", 1)[1], e.code) for e in refused.value.errors}
    assert ("owner.channel", "channel_needs_email") in codes
    assert ("specialists[0].mobile", "not_mobile") in codes
