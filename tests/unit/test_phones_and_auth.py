import pytest

from reception_console.services.auth import hash_password, verify_password
from reception_console.services.phones import InvalidNumberError, display, normalize, try_normalize


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


def test_password_hash_is_salted_scrypt_and_verifies() -> None:
    first, second = hash_password("demo"), hash_password("demo")
    assert first.startswith("scrypt$") and first != second
    assert verify_password("demo", first)
    assert not verify_password("Demo", first)
    assert not verify_password("demo", "plain-text")
