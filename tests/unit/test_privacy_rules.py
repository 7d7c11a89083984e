from reception_console.domain.privacy import add_months, mask_number, mask_numbers


def test_numbers_are_masked_to_their_last_three_digits() -> None:
    assert mask_number("+48228431200") == "***200"
    assert mask_number(None) == "-"
    text = "call 2f1c-77 from +48 601 234 567 and 0601234567 at 2026-11-23 09:15:00.123456, file x-20260101-000000"
    assert (
        mask_numbers(text)
        == "call 2f1c-77 from ***567 and ***567 at 2026-11-23 09:15:00.123456, file x-20260101-000000"
    )


def test_months_are_added_across_years() -> None:
    assert add_months(2026, 11, -24) == (2024, 11)
    assert add_months(2026, 1, -1) == (2025, 12)
    assert add_months(2026, 12, 1) == (2027, 1)
