"""Ages in words, as a patient says them and as a card's limits are read out, with the right plural.

A child under two is said in months ("18 miesięcy"), anyone older in whole years, rounded down the way people say
their age (23 months is "23 months", 35 months is "2 years"). Polish and Russian plurals follow the number:
1 rok, 2 lata, 5 lat, 22 lata; 1 год, 2 года, 5 лет, 21 год. After "from"/"up to" the genitive is used:
od 1 roku, od 2 lat; от 1 года, от 2 лет, от 21 года.
"""

from __future__ import annotations

from typing import Literal

Case = Literal["nominative", "genitive"]
IN_MONTHS_BELOW = 24  # months: younger than two is said in months

# (one, few, many) per language, unit and case; English has one and other
_FORMS: dict[tuple[str, str, Case], tuple[str, str, str]] = {
    ("pl", "year", "nominative"): ("rok", "lata", "lat"),
    ("pl", "year", "genitive"): ("roku", "lat", "lat"),
    ("pl", "month", "nominative"): ("miesiąc", "miesiące", "miesięcy"),
    ("pl", "month", "genitive"): ("miesiąca", "miesięcy", "miesięcy"),
    ("ru", "year", "nominative"): ("год", "года", "лет"),
    ("ru", "year", "genitive"): ("года", "лет", "лет"),
    ("ru", "month", "nominative"): ("месяц", "месяца", "месяцев"),
    ("ru", "month", "genitive"): ("месяца", "месяцев", "месяцев"),
}


def _polish(n: int) -> int:
    """0: one, 1: few, 2: many (Polish: only 1 itself is "one"; 22 is "few", 21 and 25 are "many")."""
    if n == 1:
        return 0
    return 1 if n % 10 in (2, 3, 4) and n % 100 not in (12, 13, 14) else 2


def _russian(n: int) -> int:
    """0: one (1, 21, 31 … but not 11), 1: few (2–4, 22–24 … not 12–14), 2: many."""
    if n % 10 == 1 and n % 100 != 11:
        return 0
    return 1 if n % 10 in (2, 3, 4) and n % 100 not in (12, 13, 14) else 2


def _genitive(language: str, n: int) -> int:
    """After od/do, от/до: the "one" form only for the numbers that take it, the plural genitive otherwise."""
    if language == "pl":
        return 0 if n == 1 else 2
    return 0 if n % 10 == 1 and n % 100 != 11 else 2


def unit_words(n: int, unit: Literal["year", "month"], language: str, case: Case = "nominative") -> str:
    """`n` with its unit: "2 lata", "od" + "2 lat" (genitive), "21 год", "1 month"."""
    if language in ("pl", "ru"):
        forms = _FORMS[(language, unit, case)]
        nominative = _polish(n) if language == "pl" else _russian(n)
        index = _genitive(language, n) if case == "genitive" else nominative
        return f"{n} {forms[index]}"
    return f"{n} {unit}" + ("" if n == 1 else "s")


def age_words(months: int, language: str, case: Case = "nominative") -> str:
    """A person's age: months below two years, whole years (rounded down) from two on."""
    if months < IN_MONTHS_BELOW:
        return unit_words(months, "month", language, case)
    return unit_words(months // 12, "year", language, case)
