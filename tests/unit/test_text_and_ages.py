import pytest

from reception_console.domain.ages import (
    AgeBound,
    AgeShape,
    bound_months,
    describe_age_limits,
    lower_bound,
    parse_age_query,
    upper_bound,
)
from reception_console.domain.clinic import Specialist
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


@pytest.mark.parametrize(
    ("value", "in_years", "upper", "months"),
    [
        (17, True, True, 215),  # "up to 17 years": until the 18th birthday, 17 years and 11 months
        (3, True, False, 36),  # "from 3 years": from the 3rd birthday
        (18, True, False, 216),
        (0, True, True, 11),  # "up to 0 years": the first year of life
        (6, False, False, 6),  # months are months, either way
        (24, False, True, 24),
    ],
)
def test_an_age_limit_said_in_years_or_months_is_stored_in_months(
    value: int, in_years: bool, upper: bool, months: int
) -> None:
    assert bound_months(value, in_years, upper=upper) == months
    said = upper_bound(months) if upper else lower_bound(months)
    if in_years or said.in_years:  # and read back as it was said
        assert bound_months(said.value, said.in_years, upper=upper) == months


def test_up_to_17_years_takes_a_patient_of_17_and_not_one_of_18() -> None:
    assert upper_bound(215) == AgeBound(17, True)
    teens = Specialist(key="t", name="Dr T", specialty="pediatrics", age_min_months=0,
                       age_max_months=bound_months(17, True, upper=True))  # fmt: skip
    assert teens.accepts_age(17 * 12) and teens.accepts_age(17 * 12 + 11)
    assert not teens.accepts_age(18 * 12)
