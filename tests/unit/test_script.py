from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from reception_console.domain.script import (
    Objection,
    ObjectionPrompt,
    merge_prompts,
    render_greeting,
    time_of_day,
    unknown_placeholders,
)

WARSAW = ZoneInfo("Europe/Warsaw")


@pytest.mark.parametrize(
    ("language", "hour", "words"),
    [
        ("en", 9, "Good morning"),
        ("en", 14, "Good afternoon"),
        ("en", 19, "Good evening"),
        ("pl", 9, "Dzień dobry"),
        ("pl", 17, "Dzień dobry"),
        ("pl", 19, "Dobry wieczór"),
        ("ru", 8, "Доброе утро"),
        ("ru", 13, "Добрый день"),
        ("ru", 21, "Добрый вечер"),
        ("ru", 2, "Доброй ночи"),
    ],
)
def test_time_of_day_in_the_cards_language(language: str, hour: int, words: str) -> None:
    assert time_of_day(language, datetime(2026, 11, 23, hour, 0, tzinfo=WARSAW)) == words


def test_greeting_is_filled_with_clinic_receptionist_and_role() -> None:
    text = render_greeting(
        "{time_of_day}, {clinic}, {receptionist}, {role}, how can I help?",
        clinic="Med Centre",
        receptionist="Justyna",
        role="receptionist",
        language="en",
        local_time=datetime(2026, 11, 23, 9, 0, tzinfo=WARSAW),
    )
    assert text == "Good morning, Med Centre, Justyna, receptionist, how can I help?"


def test_empty_role_leaves_no_double_comma_and_unknown_placeholders_stay() -> None:
    text = render_greeting(
        "{clinic}, {role}, {receptionist} {surname}",
        clinic="Med",
        receptionist="Ola",
        role="",
        language="pl",
        local_time=datetime(2026, 11, 23, 9, 0, tzinfo=WARSAW),
    )
    assert text == "Med, Ola {surname}"
    assert unknown_placeholders("{clinic} {surname}") == ["surname"]


def test_clinic_prompt_overrides_the_global_one() -> None:
    merged = merge_prompts(
        [
            ObjectionPrompt(Objection.WILL_THINK, "Think", "global think"),
            ObjectionPrompt(Objection.TOO_EXPENSIVE, "Price", "global price"),
        ],
        [ObjectionPrompt(Objection.TOO_EXPENSIVE, "Price", "our package", clinic_id=1)],
    )
    assert [(p.objection, p.text) for p in merged] == [
        (Objection.TOO_EXPENSIVE, "our package"),
        (Objection.WILL_THINK, "global think"),
    ]
