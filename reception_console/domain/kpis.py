"""The supervisor's figures (DOMAIN.md "Figures"), computed from counts. Pure: no SQL, no Qt.

Storage counts calls per group (clinic, receptionist, line, or all); `figures()` turns one group's counts into
the figures with the names and formulas of DOMAIN.md. Arithmetic is exact (fractions) until the very end:
ratios and estimates come out as `Decimal`, money as `Decimal` with two places. A figure whose denominator is
zero is `None` (shown as "—"), never 0 and never an error.

How the counts are taken (storage implements this):
- `offered`, `answered`, `missed` and the service-level / speed / handle-time sums are over inbound calls that
  rang in the period.
- `booked`, `not_booked`, `info_only`, `non_target` are the saved outcomes of those inbound calls; `booked` also
  holds the bookings made on outbound callbacks of missed calls (DOMAIN.md: they "count in booked"), kept
  apart in `callback_booked` as well so a reader can see how many there were.
- `follow_up_pool` / `follow_up_recovered`: not_booked with reason too_expensive or will_think, and those whose
  caller booked within `RECOVERY_WINDOW` after.
- `callback_delays_ms`: for each missed call whose number was called back, the time to the first callback.
- `attended` / `no_show`: visits of the group whose date is in the period and has passed.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, fields, replace
from datetime import timedelta
from decimal import ROUND_HALF_UP, Decimal
from fractions import Fraction
from typing import Any

DEFAULT_CALLBACK_HOURS = 1
DEFAULT_GOAL_CONVERSION = Decimal("0.90")
RECOVERY_WINDOW = timedelta(days=30)

# goals shown beside the headline figures
GOAL_ANSWER_RATE = Decimal("0.95")
GOAL_SERVICE_LEVEL = Decimal("0.80")
GOAL_SHOW_RATE = Decimal("0.95")

CENT = Decimal("0.01")
FOLLOW_UP_REASONS = ("too_expensive", "will_think")


@dataclass(frozen=True, slots=True)
class Counts:
    """What storage counts for one group in one period. Counts add up: totals are sums of groups."""

    offered: int = 0
    answered: int = 0
    missed: int = 0
    answered_within: int = 0  # answered within the service-level threshold
    answer_ms: int = 0  # sum of answered_at − rang_at over answered calls
    handled: int = 0  # answered calls with their outcome saved (the handle-time denominator)
    handle_ms: int = 0  # sum of saved_at − answered_at over those
    booked: int = 0  # inbound bookings plus callback_booked
    callback_booked: int = 0
    not_booked: int = 0
    info_only: int = 0
    non_target: int = 0
    booked_value: Decimal = Decimal(0)  # sum of expected values of bookings that have one
    valued_bookings: int = 0
    follow_up_pool: int = 0
    follow_up_recovered: int = 0
    callback_delays_ms: tuple[int, ...] = ()
    attended: int = 0
    no_show: int = 0

    def __add__(self, other: Counts) -> Counts:
        return total((self, other))


def total(counts: Iterable[Counts]) -> Counts:
    """The field-by-field sum, in one pass (a month per receptionist adds a thousand parts)."""
    parts = list(counts)
    if not parts:
        return Counts()
    columns = zip(*(tuple(getattr(c, name) for name in _COUNT_FIELDS) for c in parts), strict=True)
    summed: dict[str, Any] = {
        name: tuple(value for delays in column for value in delays) if name == "callback_delays_ms" else sum(column)
        for name, column in zip(_COUNT_FIELDS, columns, strict=True)
    }
    return Counts(**summed)


_COUNT_FIELDS = tuple(f.name for f in fields(Counts))


def ratio(numerator: int | Fraction, denominator: int | Fraction) -> Fraction | None:
    return None if not denominator else Fraction(numerator) / Fraction(denominator)


def _dec(value: Fraction | None, places: int = 6) -> Decimal | None:
    """An exact fraction as a Decimal rounded half-up to `places` (exact values such as 0.8 stay exact)."""
    if value is None:
        return None
    quantum = Decimal(1).scaleb(-places)
    return (Decimal(value.numerator) / Decimal(value.denominator)).quantize(quantum, rounding=ROUND_HALF_UP)


def median(values: Iterable[int]) -> Fraction | None:
    ordered = sorted(values)
    if not ordered:
        return None
    mid = len(ordered) // 2
    if len(ordered) % 2:
        return Fraction(ordered[mid])
    return Fraction(ordered[mid - 1] + ordered[mid], 2)


@dataclass(frozen=True, slots=True)
class LossSteps:
    """The loss-point arithmetic, one step per line of the calculator."""

    answered: int
    target_answered: int
    non_target_measured: int  # answered − target_answered: info-only and non-target calls, measured
    target_share: Fraction | None
    missed: int
    missed_target: Fraction | None  # missed × target_share
    estimated_target_calls: Fraction | None
    goal_conversion: Decimal
    at_goal: Fraction | None  # goal_conversion × estimated_target_calls
    booked: int
    lost_bookings: Fraction | None
    average_check: Decimal | None
    average_check_measured: bool  # True: the mean expected value of the period's bookings (none configured)
    lost_revenue: Decimal | None


def lost_bookings(c: Counts, goal: Fraction) -> Fraction | None:
    """Bookings lost against the goal: goal × (target answered + missed × target share) − booked, at least 0;
    None when calls were missed but none answered (their mix cannot be measured). Exact, in integers: a single
    fraction at the end, since a month per receptionist asks it of a thousand parts."""
    target = c.booked + c.not_booked
    if c.answered:  # estimated target calls: target × (answered + missed) / answered
        numerator, denominator = goal.numerator * target * (c.answered + c.missed), goal.denominator * c.answered
    elif c.missed == 0:  # nothing answered and nothing missed: no chances at all
        numerator, denominator = goal.numerator * target, goal.denominator
    else:
        return None
    return Fraction(max(0, numerator - c.booked * denominator), denominator)


def lost_revenue(lost: Fraction | None, c: Counts, average_check: Decimal | None) -> Decimal | None:
    """What the lost bookings are worth at the clinic's average check (or the period's mean booked value)."""
    check = _check(c, average_check)
    if lost is None or check is None:
        return None
    return (Decimal(lost.numerator) * check / Decimal(lost.denominator)).quantize(CENT, rounding=ROUND_HALF_UP)


def _check(c: Counts, average_check: Decimal | None) -> Decimal | None:
    if average_check is None and c.valued_bookings:
        return (c.booked_value / c.valued_bookings).quantize(CENT, rounding=ROUND_HALF_UP)
    return average_check


def loss_steps(c: Counts, goal_conversion: Decimal, average_check: Decimal | None) -> LossSteps:
    target_answered = c.booked + c.not_booked
    share = ratio(target_answered, c.answered)
    missed_target = None if share is None else c.missed * share
    if share is not None and missed_target is not None:
        estimated: Fraction | None = target_answered + missed_target
    elif c.missed == 0:
        estimated = Fraction(target_answered)  # nothing answered and nothing missed: no chances at all
    else:
        estimated = None  # calls were missed but none answered: their mix cannot be measured
    goal = Fraction(goal_conversion)
    at_goal = None if estimated is None else goal * estimated
    lost = lost_bookings(c, goal)
    check = _check(c, average_check)
    revenue = lost_revenue(lost, c, average_check)
    measured = average_check is None
    return LossSteps(
        answered=c.answered,
        target_answered=target_answered,
        non_target_measured=c.answered - target_answered,
        target_share=share,
        missed=c.missed,
        missed_target=missed_target,
        estimated_target_calls=estimated,
        goal_conversion=goal_conversion,
        at_goal=at_goal,
        booked=c.booked,
        lost_bookings=lost,
        average_check=check,
        average_check_measured=measured and check is not None,
        lost_revenue=revenue,
    )


@dataclass(frozen=True, slots=True)
class Figures:
    """Every figure of DOMAIN.md for one group; the field names are the DOMAIN.md names."""

    offered: int
    answered: int
    missed: int
    answer_rate: Decimal | None
    service_level: Decimal | None
    asa: Decimal | None  # seconds
    aht: Decimal | None  # seconds
    booked: int
    not_booked: int
    info_only: int
    non_target: int
    target_answered: int
    booking_conversion: Decimal | None
    target_share: Decimal | None
    estimated_target_calls: Decimal | None
    line_conversion: Decimal | None
    goal_conversion: Decimal
    lost_bookings: Decimal | None
    average_check: Decimal | None
    lost_revenue: Decimal | None
    follow_up_pool: int
    follow_up_recovered: int
    callback_coverage: Decimal | None
    callback_delay: Decimal | None  # seconds, median
    attended: int
    no_show: int
    show_rate: Decimal | None
    callback_booked: int = 0
    steps: LossSteps | None = field(default=None, compare=False, repr=False)

    def as_dict(self) -> dict[str, object]:
        """The figures by their DOMAIN.md names (the loss steps left out)."""
        return {f.name: getattr(self, f.name) for f in fields(Figures) if f.name != "steps"}


FIGURE_NAMES = tuple(f.name for f in fields(Figures) if f.name != "steps")
RATIO_FIGURES = frozenset(
    {
        "answer_rate",
        "service_level",
        "booking_conversion",
        "target_share",
        "line_conversion",
        "goal_conversion",
        "callback_coverage",
        "show_rate",
    }
)
MONEY_FIGURES = frozenset({"average_check", "lost_revenue"})
SECONDS_FIGURES = frozenset({"asa", "aht", "callback_delay"})


def figures(
    c: Counts,
    *,
    goal_conversion: Decimal = DEFAULT_GOAL_CONVERSION,
    average_check: Decimal | None = None,
    callback_hours: float = DEFAULT_CALLBACK_HOURS,
) -> Figures:
    """DOMAIN.md's figures from one group's counts. `average_check` None: the mean expected value is used."""
    steps = loss_steps(c, goal_conversion, average_check)
    within_ms = round(callback_hours * 3_600_000)
    covered = sum(1 for d in c.callback_delays_ms if d <= within_ms)
    return Figures(
        offered=c.offered,
        answered=c.answered,
        missed=c.missed,
        answer_rate=_dec(ratio(c.answered, c.offered)),
        service_level=_dec(ratio(c.answered_within, c.offered)),
        asa=_dec(ratio(c.answer_ms, c.answered * 1000), 3),
        aht=_dec(ratio(c.handle_ms, c.handled * 1000), 3),
        booked=c.booked,
        not_booked=c.not_booked,
        info_only=c.info_only,
        non_target=c.non_target,
        target_answered=steps.target_answered,
        booking_conversion=_dec(ratio(c.booked, steps.target_answered)),
        target_share=_dec(steps.target_share),
        estimated_target_calls=_dec(steps.estimated_target_calls, 3),
        line_conversion=_dec(
            None if steps.estimated_target_calls is None else ratio(c.booked, steps.estimated_target_calls)
        ),
        goal_conversion=goal_conversion,
        lost_bookings=_dec(steps.lost_bookings, 3),
        average_check=steps.average_check,
        lost_revenue=steps.lost_revenue,
        follow_up_pool=c.follow_up_pool,
        follow_up_recovered=c.follow_up_recovered,
        callback_coverage=_dec(ratio(covered, c.missed)),
        callback_delay=_dec(None if (m := median(c.callback_delays_ms)) is None else m / 1000, 3),
        attended=c.attended,
        no_show=c.no_show,
        show_rate=_dec(ratio(c.attended, c.attended + c.no_show)),
        callback_booked=c.callback_booked,
        steps=steps,
    )


@dataclass(frozen=True, slots=True)
class ClinicGoals:
    """What a clinic configures for the loss estimate."""

    goal_conversion: Decimal = DEFAULT_GOAL_CONVERSION
    average_check: Decimal | None = None
    currency: str = ""


def combined(
    parts: Mapping[int | None, Counts],
    goals: Mapping[int | None, ClinicGoals],
    *,
    callback_hours: float = DEFAULT_CALLBACK_HOURS,
) -> Figures:
    """Figures of a group that spans clinics (`parts` by clinic id).

    Within one clinic the DOMAIN.md formulas apply as written. Across clinics with their own goals and
    average checks, `lost_bookings` and `lost_revenue` are the sums of each clinic's part (revenue only when
    the clinics share one currency); every other figure comes from the summed counts.
    """
    if not parts:
        return figures(Counts(), callback_hours=callback_hours)
    if len(parts) == 1:
        ((clinic_id, counts),) = parts.items()
        g = goals.get(clinic_id, ClinicGoals())
        return figures(
            counts, goal_conversion=g.goal_conversion, average_check=g.average_check, callback_hours=callback_hours
        )
    summed = total(parts.values())
    own = {k: goals.get(k, ClinicGoals()) for k in parts}
    own_goals = {g.goal_conversion for g in own.values()}
    goal = own_goals.pop() if len(own_goals) == 1 else DEFAULT_GOAL_CONVERSION
    result = figures(summed, goal_conversion=goal, average_check=None, callback_hours=callback_hours)
    # only the loss chain of each clinic's part is needed, not all its figures (a month per receptionist
    # is a thousand parts at 50 clinics)
    goal_fractions = {g.goal_conversion: Fraction(g.goal_conversion) for g in own.values()}
    per_clinic = [(lost_bookings(c, goal_fractions[own[k].goal_conversion]), c, own[k]) for k, c in parts.items()]
    lost = [_dec(part_lost, 3) for part_lost, _c, _g in per_clinic]
    currencies = {g.currency for g in own.values()}
    revenue = [lost_revenue(part_lost, c, g.average_check) for part_lost, c, g in per_clinic]
    return replace(
        result,
        lost_bookings=None if None in lost else sum((x for x in lost if x is not None), Decimal(0)),
        lost_revenue=None
        if len(currencies) > 1 or None in revenue
        else sum((x for x in revenue if x is not None), Decimal(0)),
        average_check=None,
        steps=None,
    )


def with_goals(steps: LossSteps, goal_conversion: Decimal, average_check: Decimal | None) -> LossSteps:
    """The same arithmetic with another goal or check (the calculator, while the supervisor types).

    `average_check` None keeps the measured mean expected value when that is what `steps` used.
    """
    counts = Counts(
        answered=steps.answered,
        missed=steps.missed,
        booked=steps.booked,
        not_booked=steps.target_answered - steps.booked,
    )
    measured = steps.average_check if steps.average_check_measured else None
    result = loss_steps(counts, goal_conversion, average_check if average_check is not None else measured)
    return replace(result, average_check_measured=average_check is None and measured is not None)
