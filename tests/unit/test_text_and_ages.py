import pytest

from reception_console.domain.ages import AgeShape, describe_age_limits, parse_age_query
from reception_console.domain.text import fold


@pytest.mark.parametrize(
    ("text", "folded"),
    [
        ("Łódź", "lodz"),
        ("ZAŻÓŁĆ GĘŚLĄ JAŹŃ", "zazolc gesla jazn"),
        ("Ёлка", "елка"),
        ("Йод", "йод"),  # й is a letter of its own
        ("Straße", "strasse"),
        ("3–17", "3-17"),
    ],
)
def test_fold_removes_case_and_diacritics(text: str, folded: str) -> None:
    assert fold(text) == folded


@pytest.mark.parametrize(
    ("query", "months", "rest"),
    [
        ("5", 60, ""),
        ("5 y", 60, ""),
        ("5y", 60, ""),
        ("5 lat", 60, ""),
        ("5 лет", 60, ""),
        ("2 года", 24, ""),
        ("1 rok", 12, ""),
        ("8 mies", 8, ""),
        ("8 mies.", 8, ""),
        ("6 months", 6, ""),
        ("6 мес", 6, ""),
        ("1,5 roku", 18, ""),
        ("pediatra 5 lat", 60, "pediatra"),
        ("  7  ", 84, ""),
    ],
)
def test_age_queries_in_three_languages(query: str, months: int, rest: str) -> None:
    age = parse_age_query(query)
    assert age is not None
    assert (age.months, age.text) == (months, rest)


@pytest.mark.parametrize("query", ["pediatra", "usg 2", "+48 22 843", "", "500 lat"])
def test_text_without_an_age_is_not_an_age(query: str) -> None:
    assert parse_age_query(query) is None


def test_age_limits_read_as_a_person_says_them() -> None:
    adults = describe_age_limits(216, None)
    assert adults.shape is AgeShape.FROM and adults.low is not None and adults.low.in_years and adults.low.value == 18
    children = describe_age_limits(36, 215)
    assert children.shape is AgeShape.RANGE
    assert children.low is not None and children.high is not None
    assert (children.low.value, children.high.value, children.high.in_years) == (3, 17, True)
    babies = describe_age_limits(6, None)
    assert babies.low is not None and (babies.low.value, babies.low.in_years) == (6, False)
    assert describe_age_limits(0, None).shape is AgeShape.ANY
    assert describe_age_limits(0, 215).shape is AgeShape.UP_TO
