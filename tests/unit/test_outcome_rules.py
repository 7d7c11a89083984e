from datetime import UTC, datetime, timedelta
from decimal import Decimal

import pytest

from reception_console.domain.calls import (
    Call,
    Direction,
    EventSource,
    NotBookedReason,
    Outcome,
    OutcomeError,
    OutcomeForm,
    validate_outcome,
)
from reception_console.domain.tasks import FOLLOW_UP_AFTER, TaskKind, tasks_for

NOW = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    ("form", "answered", "code"),
    [
        (OutcomeForm(), True, "choose_outcome"),
        (OutcomeForm(outcome=Outcome.MISSED), True, "answered_not_missed"),
        (OutcomeForm(outcome=Outcome.INFO_ONLY), False, "not_answered"),
        (OutcomeForm(outcome=Outcome.BOOKED, visit_at=NOW), True, "choose_booking"),
        (OutcomeForm(outcome=Outcome.BOOKED, specialist_id=1), True, "visit_time"),
        (OutcomeForm(outcome=Outcome.BOOKED, specialist_id=1, visit_at=NOW), True, "patient_name"),
        (OutcomeForm(outcome=Outcome.BOOKED, specialist_id=1, visit_at=NOW, patient_name="  "), True, "patient_name"),
        (
            OutcomeForm(
                outcome=Outcome.BOOKED, specialist_id=1, visit_at=NOW, patient_name="Ola", expected_value=Decimal(-1)
            ),
            True,
            "negative_value",
        ),
        (OutcomeForm(outcome=Outcome.NOT_BOOKED), True, "choose_reason"),
        (OutcomeForm(outcome=Outcome.NOT_BOOKED, reason=NotBookedReason.OTHER), True, "describe_reason"),
        (OutcomeForm(outcome=Outcome.INFO_ONLY, message_to="owner"), True, "message_text"),
    ],
)
def test_invalid_forms_name_what_to_fix(form: OutcomeForm, answered: bool, code: str) -> None:
    with pytest.raises(OutcomeError) as error:
        validate_outcome(form, answered=answered)
    assert error.value.code == code


@pytest.mark.parametrize(
    "form",
    [
        OutcomeForm(outcome=Outcome.BOOKED, service_id=3, visit_at=NOW, patient_name="Ola Nowak"),
        OutcomeForm(outcome=Outcome.NOT_BOOKED, reason=NotBookedReason.OTHER, reason_text="busy"),
        OutcomeForm(outcome=Outcome.NON_TARGET),
    ],
)
def test_valid_forms_pass(form: OutcomeForm) -> None:
    validate_outcome(form, answered=True)


def call(form: OutcomeForm) -> Call:
    return Call("c1", Direction.INBOUND, EventSource.MANUAL, NOW, clinic_id=7, caller="+48600111222", form=form)


def test_missed_call_creates_a_callback() -> None:
    tasks = tasks_for(call(OutcomeForm(outcome=Outcome.MISSED)), NOW)
    assert [(t.kind, t.phone, t.clinic_id) for t in tasks] == [(TaskKind.CALLBACK, "+48600111222", 7)]


@pytest.mark.parametrize("reason", [NotBookedReason.TOO_EXPENSIVE, NotBookedReason.WILL_THINK])
def test_too_expensive_and_will_think_create_a_follow_up(reason: NotBookedReason) -> None:
    (task,) = tasks_for(call(OutcomeForm(outcome=Outcome.NOT_BOOKED, reason=reason)), NOW)
    assert task.kind is TaskKind.FOLLOW_UP
    assert task.due_at == NOW + FOLLOW_UP_AFTER


def test_follow_up_uses_the_chosen_due_date() -> None:
    due = NOW + timedelta(days=7)
    form = OutcomeForm(outcome=Outcome.NOT_BOOKED, reason=NotBookedReason.WILL_THINK, follow_up_due=due)
    assert tasks_for(call(form), NOW)[0].due_at == due


@pytest.mark.parametrize("reason", [NotBookedReason.NO_SUITABLE_TIME, NotBookedReason.LOCATION])
def test_other_refusals_create_no_follow_up(reason: NotBookedReason) -> None:
    assert tasks_for(call(OutcomeForm(outcome=Outcome.NOT_BOOKED, reason=reason)), NOW) == []


def test_message_for_the_owner_and_a_requested_callback() -> None:
    form = OutcomeForm(outcome=Outcome.INFO_ONLY, message_to="owner", message_text="Complaint", callback_requested=True)
    kinds = {t.kind: t for t in tasks_for(call(form), NOW)}
    assert set(kinds) == {TaskKind.MESSAGE, TaskKind.CALLBACK}
    assert (kinds[TaskKind.MESSAGE].recipient, kinds[TaskKind.MESSAGE].text) == ("owner", "Complaint")


def test_target_outcomes() -> None:
    assert {o for o in Outcome if o.is_target} == {Outcome.BOOKED, Outcome.NOT_BOOKED}


def test_a_follow_up_carries_what_the_patient_said_and_the_notes() -> None:
    form = OutcomeForm(
        outcome=Outcome.NOT_BOOKED,
        reason=NotBookedReason.TOO_EXPENSIVE,
        reason_text="too expensive, will call after payday",
        notes="prefers mornings",
    )
    (task,) = tasks_for(call(form), NOW)
    assert task.text == "too expensive, will call after payday — prefers mornings"
    (alone,) = tasks_for(call(form.with_(notes="")), NOW)
    assert alone.text == "too expensive, will call after payday"
