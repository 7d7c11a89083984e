"""Patient ages: parsing what the receptionist types, and describing a specialist's age limits.

Ages are whole months everywhere, so "from 6 months" is exact.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum

from .text import fold

_YEAR_UNITS = (
    "y",
    "yr",
    "yrs",
    "year",
    "years",
    "r",
    "rok",
    "roku",
    "lat",
    "lata",
    "latek",
    "г",
    "год",
    "года",
    "лет",
    "л",
)
_MONTH_UNITS = (
    "m",
    "mo",
    "mos",
    "month",
    "months",
    "mies",
    "miesiac",
    "miesiace",
    "miesiecy",
    "mc",
    "mcy",
    "м",
    "мес",
    "месяц",
    "месяца",
    "месяцев",
)
_UNITS = sorted(_YEAR_UNITS + _MONTH_UNITS, key=len, reverse=True)
_AGE = re.compile(
    r"(?<![\w.,])(\d{1,3}(?:[.,]5)?)\s*(" + "|".join(_UNITS) + r")\.?(?!\w)",
)
_BARE = re.compile(r"^\s*(\d{1,3})\s*$")
MAX_AGE_MONTHS = 130 * 12


@dataclass(frozen=True, slots=True)
class AgeQuery:
    months: int
    text: str  # what is left of the query once the age is taken out


def _months(number: str, unit: str | None) -> int:
    value = float(number.replace(",", "."))
    if unit is not None and unit in _MONTH_UNITS:
        return round(value)
    return round(value * 12)


def parse_age_query(query: str) -> AgeQuery | None:
    """Find an age in a search query: `5`, `5 y`, `5 lat`, `5 лет`, `8 mies`, `6 months`, `1,5 roku`.

    A bare number counts as years only when it is the whole query; with a unit it may stand anywhere
    ("pediatra 5 lat"). Returns None when the query holds no age.
    """
    folded = fold(query)
    bare = _BARE.match(folded)
    if bare:
        months = _months(bare.group(1), None)
        return AgeQuery(months, "") if months <= MAX_AGE_MONTHS else None
    match = _AGE.search(folded)
    if match is None:
        return None
    months = _months(match.group(1), match.group(2))
    if months > MAX_AGE_MONTHS:
        return None
    rest = (folded[: match.start()] + " " + folded[match.end() :]).strip()
    return AgeQuery(months, " ".join(rest.split()))


class AgeShape(StrEnum):
    ANY = "any"  # no limits
    FROM = "from"  # from a lower limit, no upper one
    UP_TO = "up_to"  # up to an upper limit, inclusive
    RANGE = "range"  # both


@dataclass(frozen=True, slots=True)
class AgeBound:
    """One limit as a person says it: 6 months, 3 years. An upper limit of 17 years is stored as 215 months."""

    value: int
    in_years: bool


@dataclass(frozen=True, slots=True)
class AgeLimits:
    shape: AgeShape
    low: AgeBound | None = None
    high: AgeBound | None = None


def _lower(months: int) -> AgeBound:
    return AgeBound(months // 12, True) if months % 12 == 0 and months >= 12 else AgeBound(months, False)


def _upper(months: int) -> AgeBound:
    if months % 12 == 11:
        return AgeBound(months // 12, True)
    return AgeBound(months, False)


def describe_age_limits(age_min_months: int, age_max_months: int | None) -> AgeLimits:
    """18+ (216, None) · 3–17 years (36, 215) · from 6 months (6, None) · 6 months – 17 years (6, 215)."""
    low = _lower(age_min_months) if age_min_months > 0 else None
    high = _upper(age_max_months) if age_max_months is not None else None
    if low is None and high is None:
        return AgeLimits(AgeShape.ANY)
    if high is None:
        return AgeLimits(AgeShape.FROM, low)
    if low is None:
        return AgeLimits(AgeShape.UP_TO, None, high)
    return AgeLimits(AgeShape.RANGE, low, high)


def bound_months(value: int, in_years: bool, *, upper: bool) -> int:
    """What a person types back to months: from 3 years = 36; up to 17 years = 215 (17 years 11 months)."""
    if not in_years:
        return value
    return value * 12 + 11 if upper else value * 12


def lower_bound(age_min_months: int) -> AgeBound:
    return _lower(age_min_months)


def upper_bound(age_max_months: int) -> AgeBound:
    return _upper(age_max_months)
