"""The figures of DOMAIN.md from counts: the worked example exactly, and every zero denominator."""

import random
from dataclasses import fields
from decimal import ROUND_HALF_UP, Decimal
from fractions import Fraction

from reception_console.domain.kpis import (
    ClinicGoals,
    Counts,
    combined,
    figures,
    loss_steps,
    lost_bookings,
    median,
    total,
)

WORKED = Counts(
    offered=6000,
    answered=3000,
    missed=3000,
    booked=1200,
    not_booked=1200,
    info_only=300,
    non_target=300,
    follow_up_pool=264 + 132,
)


def test_the_worked_example_of_domain_md() -> None:
    f = figures(WORKED, average_check=Decimal(3500))
    assert f.answer_rate == Decimal("0.5")
    assert f.target_answered == 2400
    assert f.booking_conversion == Decimal("0.5")
    assert f.target_share == Decimal("0.8")
    assert f.estimated_target_calls == Decimal(4800)
    assert f.line_conversion == Decimal("0.25")
    assert f.goal_conversion == Decimal("0.90")
    assert f.lost_bookings == Decimal(3120)
    assert f.lost_revenue == Decimal("10920000.00")
    assert f.follow_up_pool == 396
    steps = f.steps
    assert steps is not None
    assert (steps.non_target_measured, steps.missed_target, steps.at_goal) == (600, 2400, 4320)


def test_no_calls_at_all_gives_no_ratio_and_no_loss() -> None:
    f = figures(Counts())
    for name in ("answer_rate", "service_level", "asa", "aht", "booking_conversion", "target_share"):
        assert getattr(f, name) is None, name
    assert (f.line_conversion, f.callback_coverage, f.callback_delay, f.show_rate) == (None, None, None, None)
    assert f.estimated_target_calls == 0 and f.lost_bookings == 0
    assert f.lost_revenue is None  # no check configured and no bookings to measure one from


def test_all_missed_cannot_measure_the_mix() -> None:
    f = figures(Counts(offered=40, missed=40), average_check=Decimal(100))
    assert f.answer_rate == 0 and f.service_level == 0
    assert f.target_share is None and f.estimated_target_calls is None
    assert f.line_conversion is None and f.lost_bookings is None and f.lost_revenue is None
    assert f.callback_coverage == 0  # 40 missed, none called back


def test_answered_but_no_target_calls() -> None:
    f = figures(Counts(offered=10, answered=8, missed=2, info_only=5, non_target=3), average_check=Decimal(50))
    assert f.booking_conversion is None  # no booking chance answered
    assert f.target_share == 0 and f.estimated_target_calls == 0
    assert f.line_conversion is None and f.lost_bookings == 0 and f.lost_revenue == 0


def test_speed_handle_time_service_level_and_callbacks() -> None:
    c = Counts(
        offered=4,
        answered=3,
        missed=1,
        answered_within=2,
        answer_ms=3000 + 9000 + 30_000,
        handled=2,
        handle_ms=120_000 + 181_000,
        callback_delays_ms=(3_600_000,),
        attended=19,
        no_show=1,
    )
    f = figures(c, callback_hours=1)
    assert f.service_level == Decimal("0.5") and f.asa == Decimal(14) and f.aht == Decimal("150.5")
    assert f.callback_coverage == 1 and f.callback_delay == Decimal(3600)
    assert f.show_rate == Decimal("0.95")
    assert figures(c, callback_hours=0.5).callback_coverage == 0


def test_thirds_are_exact_until_rounded_once() -> None:
    f = figures(Counts(offered=4, answered=3, missed=1, booked=1, not_booked=1, info_only=1), average_check=Decimal(90))
    # target_share 2/3; estimated 2 + 2/3; at goal 0.9 × 8/3 = 2.4; lost 1.4; revenue 126
    assert f.target_share == Decimal("0.666667")
    assert f.lost_bookings == Decimal("1.4") and f.lost_revenue == Decimal("126.00")


def test_mean_expected_value_when_no_check_is_configured() -> None:
    c = Counts(offered=2, answered=2, booked=1, not_booked=1, booked_value=Decimal("250.00"), valued_bookings=1)
    f = figures(c)
    assert f.average_check == Decimal("250.00") and f.steps is not None and f.steps.average_check_measured
    assert f.lost_bookings == Decimal("0.8") and f.lost_revenue == Decimal("200.00")


def test_median() -> None:
    assert median([]) is None and median([5, 1, 3]) == 3 and median([4, 1, 3, 2]) == Fraction(5, 2)


def test_across_clinics_losses_are_summed_and_currencies_not_mixed() -> None:
    a = Counts(offered=10, answered=10, booked=5, not_booked=5)
    b = Counts(offered=10, answered=10, booked=9, not_booked=1)
    goals = {1: ClinicGoals(Decimal("0.9"), Decimal(100), "PLN"), 2: ClinicGoals(Decimal("0.8"), Decimal(10), "PLN")}
    f = combined({1: a, 2: b}, goals)
    assert f.booked == 14 and f.booking_conversion == Decimal("0.7")
    assert f.lost_bookings == Decimal(4) and f.lost_revenue == Decimal("400.00")  # clinic 1: 9 − 5; clinic 2: 0
    goals[2] = ClinicGoals(Decimal("0.8"), Decimal(10), "RUB")
    assert combined({1: a, 2: b}, goals).lost_revenue is None
    single = combined({1: a}, goals)
    assert single.lost_revenue == Decimal("400.00") and single.steps is not None


def _counts(rng: random.Random) -> Counts:
    answered, missed = rng.choice([0, 0, 1, 7, 40]), rng.choice([0, 0, 1, 3, 25])
    booked = rng.randint(0, answered)
    not_booked = rng.randint(0, answered - booked)
    valued = rng.randint(0, booked)
    return Counts(
        offered=answered + missed, answered=answered, missed=missed, booked=booked, not_booked=not_booked,
        booked_value=Decimal(rng.randint(0, 90_000)) / 100 if valued else Decimal(0), valued_bookings=valued,
        callback_delays_ms=tuple(rng.randint(1, 10**7) for _ in range(rng.randint(0, 3))),
    )  # fmt: skip


def test_lost_bookings_and_revenue_follow_domain_md_in_every_case() -> None:
    """The loss in integers (what a month per receptionist asks of a thousand parts) is DOMAIN.md's formula, step
    by step in fractions, for every mix of answered, missed, booked and checks."""
    rng = random.Random(11)
    for _ in range(3000):
        c = _counts(rng)
        goal = rng.choice([Decimal("0.9"), Decimal("0.75"), Decimal("0.333")])
        check = rng.choice([None, Decimal("250.00"), Decimal("99.99")])
        target = c.booked + c.not_booked
        if c.answered:
            estimated: Fraction | None = target + c.missed * Fraction(target, c.answered)
        else:
            estimated = Fraction(target) if c.missed == 0 else None
        expected = None if estimated is None else max(Fraction(0), Fraction(goal) * estimated - c.booked)
        steps = loss_steps(c, goal, check)
        assert steps.lost_bookings == expected == lost_bookings(c, Fraction(goal)), c
        used = check if check is not None else (
            (c.booked_value / c.valued_bookings).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
            if c.valued_bookings else None
        )  # fmt: skip
        worth = None if expected is None or used is None else (
            Decimal(expected.numerator) * used / Decimal(expected.denominator)
        ).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)  # fmt: skip
        assert steps.lost_revenue == worth, c


def test_the_total_of_many_parts_is_their_field_by_field_sum() -> None:
    rng = random.Random(5)
    parts = [_counts(rng) for _ in range(200)]
    summed = total(parts)
    for f in fields(Counts):
        values = [getattr(p, f.name) for p in parts]
        expected = tuple(v for t in values for v in t) if f.name == "callback_delays_ms" else sum(values)
        assert getattr(summed, f.name) == expected, f.name
    assert total([]) == Counts() and parts[0] + parts[1] == total(parts[:2])
