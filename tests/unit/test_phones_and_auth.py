import pytest

from reception_console.domain.phones import caller_name
from reception_console.services.passwords import hash_password, verify_password
from reception_console.services.phones import (
    CallerNumber,
    InvalidNumberError,
    display,
    normalize,
    read_caller,
    try_normalize,
)


@pytest.mark.parametrize(
    ("typed", "region", "e164"),
    [
        ("22 843 12 00", "PL", "+48228431200"),
        ("+48 22 843-12-00", "PL", "+48228431200"),
        ("0048228431200", "PL", "+48228431200"),
        ("600 111 222", "PL", "+48600111222"),
        ("8 (495) 643-10-20", "RU", "+74956431020"),
        ("0161 496 0123", "GB", "+441614960123"),
        ("022 843 12 00", "PL", "+48228431200"),  # the old trunk 0 is dropped
        ("0 600 111 222", "PL", "+48600111222"),
    ],
)
def test_numbers_normalise_to_e164(typed: str, region: str, e164: str) -> None:
    assert normalize(typed, region) == e164


@pytest.mark.parametrize("typed", ["", "abc", "12", "+48 1234567890123456"])
def test_bad_numbers_get_a_message(typed: str) -> None:
    with pytest.raises(InvalidNumberError) as error:
        normalize(typed)
    assert str(error.value)


def test_unparseable_caller_ids_are_kept_as_given() -> None:
    assert try_normalize("anonymous") == "anonymous"
    assert try_normalize(None) is None
    assert display("+48228431200") == "+48 22 843 12 00"


@pytest.mark.parametrize(
    ("given", "region", "read"),
    [
        ("600 111 222", "PL", CallerNumber("+48600111222")),
        ("0048600111222", "PL", CallerNumber("+48600111222")),
        ("8 916 123-45-67", "RU", CallerNumber("+79161234567")),
        (None, "PL", CallerNumber(None)),
        ("  ", "PL", CallerNumber(None)),
        ("anonymous", "PL", CallerNumber(None)),
        ("<unknown>", "PL", CallerNumber(None)),
        ("Anonymous", "PL", CallerNumber(None)),
        ("garbage!!", "PL", CallerNumber(None, "garbage!!")),
        ("12\x00ab", "PL", CallerNumber(None, "12 ab")),
        ("x" * 100, "PL", CallerNumber(None, "x" * 63 + "…")),
    ],
)
def test_a_caller_from_any_source_is_a_number_withheld_or_unusable(given, region: str, read: CallerNumber) -> None:  # type: ignore[no-untyped-def]
    assert read_caller(given, region) == read
    assert read.withheld == (read.number is None and not read.unusable)


def test_caller_names_are_cleaned_shortened_and_anonymous_is_no_name() -> None:
    assert caller_name("  Jan\tKowalski\x00 ") == "Jan Kowalski"
    assert caller_name("anonymous") is None and caller_name("") is None and caller_name(None) is None
    long = caller_name("Ż" * 500)
    assert long is not None and len(long) == 200 and long.endswith("Ż…")


def test_password_hash_is_salted_scrypt_and_verifies() -> None:
    first, second = hash_password("demo"), hash_password("demo")
    assert first.startswith("scrypt$") and first != second
    assert verify_password("demo", first)
    assert not verify_password("Demo", first)
    assert not verify_password("demo", "plain-text")
