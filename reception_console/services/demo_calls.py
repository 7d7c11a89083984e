"""A realistic call history for the demo clinics, as rows of the call-import CSV (docs/call-import.md).

Used to give a fresh demo database something for the supervisor's dashboard to show, and by tests. Calls
follow a clinic's day: busy Monday mornings, quiet afternoons, nothing at night; about one in ten is missed.
"""

from __future__ import annotations

import random
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from ..domain.call_import import COLUMNS
from .ports import CardStore

# weight of each local hour 7..19 and of each weekday (Mon..Sun)
HOURS = {7: 2, 8: 9, 9: 10, 10: 8, 11: 6, 12: 5, 13: 5, 14: 4, 15: 4, 16: 4, 17: 3, 18: 2, 19: 1}
WEEKDAYS = (1.5, 1.1, 1.0, 1.0, 0.9, 0.4, 0.0)
OUTCOMES = ("booked", "not_booked", "info_only", "non_target")
REASONS = ("too_expensive", "will_think", "no_suitable_time", "location", "wants_specific_doctor", "other")
REASON_WEIGHTS = (26, 18, 22, 8, 10, 6)


@dataclass(frozen=True, slots=True)
class DemoClinic:
    key: str
    line: str
    timezone: str
    specialists: Sequence[str]
    prices: Sequence[int]
    skill: float = 0.7  # the share of booking chances that end in a booking


def demo_rows(
    clinics: Sequence[DemoClinic],
    receptionists: Sequence[str],
    last_day: date,
    days: int,
    *,
    calls_per_day: int = 12,
    now: datetime | None = None,
    seed: int = 5,
) -> list[dict[str, str]]:
    """`days` days of calls up to `last_day` (local dates), for every clinic; visits before `now` get a status."""
    rng = random.Random(seed)
    rows: list[dict[str, str]] = []
    callers = [f"+48{rng.randrange(500_000_000, 799_999_999)}" for _ in range(max(40, calls_per_day * days // 3))]
    for clinic in clinics:
        tz = ZoneInfo(clinic.timezone)
        for back in range(days - 1, -1, -1):
            day = last_day - timedelta(days=back)
            expected = calls_per_day * WEEKDAYS[day.weekday()]
            for _ in range(max(0, round(rng.gauss(expected, expected / 5 + 0.01)))):
                hour = rng.choices(list(HOURS), list(HOURS.values()))[0]
                local = datetime.combine(day, time(hour, rng.randrange(60), rng.randrange(60)), tzinfo=tz)
                if now is not None and local >= now:
                    continue
                call = _call(rng, clinic, receptionists, callers, local.astimezone(UTC), now)
                rows.append(call)
                if call["outcome"] == "missed" and rng.random() < 0.75:
                    callback = _callback(rng, call, local.astimezone(UTC))
                    if now is None or datetime.fromisoformat(callback["rang_at"]) < now:
                        rows.append(callback)
    rows.sort(key=lambda r: r["rang_at"])
    return rows


def _call(
    rng: random.Random,
    clinic: DemoClinic,
    receptionists: Sequence[str],
    callers: Sequence[str],
    rang: datetime,
    now: datetime | None,
) -> dict[str, str]:
    row = dict.fromkeys(COLUMNS, "")
    person = rng.choice(receptionists)
    local = rang.astimezone(ZoneInfo(clinic.timezone))
    busy = local.weekday() == 0 and local.hour < 11
    missed = rng.random() < (0.22 if busy else 0.07)
    row.update(
        id=str(uuid.UUID(int=rng.getrandbits(128), version=4)),
        line=clinic.line,
        caller=rng.choice(callers),
        receptionist=person,
        rang_at=rang.isoformat(),
    )
    if missed:
        row.update(outcome="missed", ended_at=(rang + timedelta(seconds=rng.randint(15, 45))).isoformat())
        return row
    answered = rang + timedelta(seconds=max(1, round(rng.expovariate(1 / (14 if busy else 6)))))
    ended = answered + timedelta(seconds=rng.randint(60, 330))
    skill = clinic.skill + (0.12 if person == receptionists[0] else -0.05)
    target = rng.random() < 0.78
    outcome = (
        ("booked" if rng.random() < skill else "not_booked") if target else rng.choice(("info_only", "non_target"))
    )
    row.update(
        outcome=outcome,
        answered_at=answered.isoformat(),
        ended_at=ended.isoformat(),
        saved_at=(ended + timedelta(seconds=rng.randint(5, 60))).isoformat(),
    )
    if outcome == "not_booked":
        row["reason"] = rng.choices(REASONS, REASON_WEIGHTS)[0]
        row["reason_text"] = "inny termin" if row["reason"] == "other" else ""
    if outcome == "booked":
        visit = rang + timedelta(days=rng.randint(1, 10))
        row.update(
            specialist=rng.choice(clinic.specialists),
            visit_at=visit.replace(minute=rng.choice((0, 20, 40)), second=0).isoformat(),
            expected_value=str(rng.choice(clinic.prices)),
        )
        if now is not None and visit < now - timedelta(days=1) and rng.random() < 0.9:
            row["visit_status"] = rng.choices(("attended", "no_show", "cancelled"), (90, 6, 4))[0]
    return row


def demo_clinics(cards: CardStore) -> list[DemoClinic]:
    """Every clinic with a line, as the generator needs it (first line, zone, specialists, prices)."""
    result = []
    seen: set[int] = set()
    for line in cards.lines():
        if line.clinic_id in seen:
            continue
        seen.add(line.clinic_id)
        card = cards.card(line.clinic_id)
        if card is None or not card.specialists:
            continue
        prices = [int(s.price) for s in card.services if s.price] or [200]
        skill = 0.55 + 0.1 * (len(seen) % 3)
        result.append(
            DemoClinic(card.key, line.number, card.timezone, [s.key for s in card.specialists], prices, skill)
        )
    return result


def _callback(rng: random.Random, missed: dict[str, str], rang: datetime) -> dict[str, str]:
    """The receptionist calls the missed number back, mostly within the hour."""
    at = rang + timedelta(minutes=max(2, round(rng.expovariate(1 / 35))))
    row = dict.fromkeys(COLUMNS, "")
    outcome = rng.choices(("booked", "not_booked", "info_only"), (55, 20, 25))[0]
    row.update(
        id=str(uuid.UUID(int=rng.getrandbits(128), version=4)),
        direction="outbound",
        line=missed["line"],
        caller=missed["caller"],
        receptionist=missed["receptionist"],
        rang_at=at.isoformat(),
        answered_at=(at + timedelta(seconds=rng.randint(5, 20))).isoformat(),
        ended_at=(at + timedelta(seconds=rng.randint(60, 240))).isoformat(),
        outcome=outcome,
        reason="will_think" if outcome == "not_booked" else "",
    )
    return row
