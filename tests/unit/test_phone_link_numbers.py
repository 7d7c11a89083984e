"""Phone links clicked in other programs: which numbers they give, and why a bad one gives none."""

from __future__ import annotations

import pytest

from reception_console.services.phone_links import PhoneLinkError, link_in, number_of_link


@pytest.mark.parametrize(
    ("link", "number"),
    [
        ("tel:+48226001122", "+48226001122"),
        ("TEL:+48-22-600-11-22", "+48226001122"),
        ("tel:+48%2022%20600%2011%2022", "+48226001122"),
        ("tel:(22) 600 11 22", "+48226001122"),  # a local number: the console's region
        ("tel:600111222;phone-context=+48", "+48600111222"),
        ("tel:+44 161 496 0000;ext=12", "+441614960000"),
        ("callto:+48 600 111 222", "+48600111222"),
        ("callto://+48600111222", "+48600111222"),
        ("callto://+48600111222/", "+48600111222"),
    ],
)
def test_a_link_gives_the_number_it_calls(link: str, number: str) -> None:
    assert number_of_link(link, "PL") == number


@pytest.mark.parametrize(
    ("link", "code"),
    [
        ("tel:", "empty"),
        ("callto://", "empty"),
        ("tel:;phone-context=+48", "empty"),
        ("tel:abc", "not_a_number"),
        ("tel:+48 600 111 222 OR 1=1", "not_a_number"),
        ("tel:12", "not_a_number"),  # too few digits for any number
        ("tel:<script>", "not_a_number"),
        ("tel:" + "1" * 90, "too_long"),
    ],
)
def test_a_bad_link_says_why_it_gives_no_number(link: str, code: str) -> None:
    with pytest.raises(PhoneLinkError) as refused:
        number_of_link(link, "PL")
    assert refused.value.code == code
    assert len(refused.value.text) <= 40  # what a message may quote of it


def test_the_link_is_found_among_a_starts_arguments() -> None:
    assert link_in(["-style", "fusion", "tel:+48226001122"]) == "tel:+48226001122"
    assert link_in(["Callto:600111222"]) == "Callto:600111222"
    assert link_in(["call", "ring"]) is None and link_in([]) is None
