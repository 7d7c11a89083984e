"""Ages in the virtual patient's words and in the test's answers: Polish and Russian plurals, months below two."""

from __future__ import annotations

from dataclasses import replace

import pytest

from reception_console.domain.training.age_words import age_words, unit_words
from reception_console.domain.training.facts import ages_text
from reception_console.domain.training.scenarios import Topic, generate_scenarios
from tests.unit.test_training import CARDS


@pytest.mark.parametrize(
    ("months", "pl", "ru", "en"),
    [
        (1, "1 miesiąc", "1 месяц", "1 month"),
        (3, "3 miesiące", "3 месяца", "3 months"),
        (12, "12 miesięcy", "12 месяцев", "12 months"),  # under two: in months
        (18, "18 miesięcy", "18 месяцев", "18 months"),
        (23, "23 miesiące", "23 месяца", "23 months"),
        (24, "2 lata", "2 года", "2 years"),
        (35, "2 lata", "2 года", "2 years"),  # rounded down, as people say their age
        (5 * 12, "5 lat", "5 лет", "5 years"),
        (12 * 12, "12 lat", "12 лет", "12 years"),
        (21 * 12, "21 lat", "21 год", "21 years"),
        (22 * 12 + 6, "22 lata", "22 года", "22 years"),
        (111 * 12, "111 lat", "111 лет", "111 years"),
    ],
)
def test_a_patients_age_in_words(months: int, pl: str, ru: str, en: str) -> None:
    assert (age_words(months, "pl"), age_words(months, "ru"), age_words(months, "en")) == (pl, ru, en)


def test_after_from_and_up_to_the_genitive() -> None:
    assert [unit_words(n, "year", "pl", "genitive") for n in (1, 2, 5, 22)] == ["1 roku", "2 lat", "5 lat", "22 lat"]
    assert [unit_words(n, "year", "ru", "genitive") for n in (1, 2, 5, 21)] == ["1 года", "2 лет", "5 лет", "21 года"]
    assert unit_words(6, "month", "pl", "genitive") == "6 miesięcy"
    assert unit_words(1, "month", "ru", "genitive") == "1 месяца"


def _card(language: str):  # type: ignore[no-untyped-def]
    return next((c, p) for c, p in CARDS if c.language == language)


@pytest.mark.parametrize(
    ("language", "said"), [("pl", "wiek: 2 lata"), ("ru", "возраст: 2 года"), ("en", "2 years old")]
)
def test_a_child_of_two_that_a_specialist_does_not_take_yet_says_so_in_good_grammar(language: str, said: str) -> None:
    card, prompts = _card(language)
    from_three = tuple(replace(sp, age_min_months=36, age_max_months=None) for sp in card.specialists)
    card = replace(card, specialists=from_three)
    lines = [
        s.steps[0].line
        for seed in range(12)
        for s in generate_scenarios(card, prompts, seed)
        if s.topic is Topic.AGE_NOT_ACCEPTED and s.persona.age_months == 35
    ]
    assert lines and all(line.endswith(f"{said}.") for line in lines), lines


def test_a_specialists_limits_read_with_the_genitive() -> None:
    card, _ = _card("pl")
    sp = card.specialists[0]
    assert ages_text(replace(sp, age_min_months=12, age_max_months=None), "pl") == "od 1 roku"
    assert ages_text(replace(sp, age_min_months=36, age_max_months=17 * 12 + 11), "pl") == "od 3 lat do 17 lat"
    assert ages_text(replace(sp, age_min_months=6, age_max_months=None), "ru") == "от 6 месяцев"
    assert ages_text(replace(sp, age_min_months=0, age_max_months=21 * 12 + 11), "ru") == "до 21 года"
