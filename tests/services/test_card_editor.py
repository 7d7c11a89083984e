"""Editing cards through the services: validation, history, revert, archive, locking across two consoles."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

import pytest
from sqlalchemy import select

from reception_console.domain.calls import CallEvent, EventKind, EventSource
from reception_console.domain.card_changes import Action, Entity
from reception_console.domain.card_records import EditableCard
from reception_console.domain.card_rules import CardValidationError
from reception_console.domain.clinic import KnowledgeEntry, PhoneLine, Service, Specialist
from reception_console.domain.script import Objection, ObjectionPrompt
from reception_console.services.card_editor import CardConflict, RevertError
from reception_console.services.console import ConsoleServices
from reception_console.storage.database import Database, open_database
from reception_console.storage.models import CardChangeRow, ServiceRow
from tests.builders import services_for
from tests.conftest import EN_LINE, PL_LINE, Clock


@pytest.fixture
def console(demo_db: Database, clock: Clock) -> ConsoleServices:
    return services_for(demo_db, clock)


@pytest.fixture
def anna(console: ConsoleServices):  # type: ignore[no-untyped-def]
    return console.auth.sign_in("anna", "demo")


def pl_card(console: ConsoleServices, who) -> EditableCard:  # type: ignore[no-untyped-def]
    line = console.cards.lines()
    clinic_id = next(x.clinic_id for x in line if x.number == PL_LINE)
    return console.editor.load(who, clinic_id)


def with_price(editable: EditableCard, row: int, price: str) -> EditableCard:
    services = list(editable.card.services)
    services[row] = replace(services[row], price=Decimal(price))
    return editable.with_card(services=tuple(services))


def errors_of(call) -> dict[str, str]:  # type: ignore[no-untyped-def]
    with pytest.raises(CardValidationError) as caught:
        call()
    return {e.path: e.code for e in caught.value.errors}


def test_a_saved_price_is_on_the_receptionists_card_with_a_new_version(console, anna, clock) -> None:  # type: ignore[no-untyped-def]
    base = pl_card(console, anna)
    before = console.cards.view(base.id)
    assert before is not None
    clock.advance(minutes=1)
    saved = console.editor.save(anna, base, with_price(base, 0, "245.50"))
    assert saved.version == base.version + 1 and saved.card.services[0].price == Decimal("245.50")
    after = console.cards.view(base.id)
    assert after is not None and after is not before and after.card.services[0].price == Decimal("245.50")
    (change,) = console.editor.history(anna, base.id)[:1]
    assert (change.entity, change.action, change.changed_by, change.changed_at) == (
        Entity.SERVICE,
        Action.UPDATE,
        "Anna Kowalska",
        clock.now,
    )
    assert change.changed_fields() == ["price"]
    assert (change.before or {})["price"] != "245.50" and (change.after or {})["price"] == "245.50"


def test_saving_nothing_changes_nothing(console, anna) -> None:  # type: ignore[no-untyped-def]
    base = pl_card(console, anna)
    assert console.editor.save(anna, base, base).version == base.version
    assert console.editor.history(anna, base.id) == []


def test_a_change_of_a_script_alone_gives_the_card_a_new_version(console, anna) -> None:  # type: ignore[no-untyped-def]
    base = pl_card(console, anna)
    free = next(o for o in Objection if o not in {p.objection for p in base.prompts})
    prompt = ObjectionPrompt(free, "Tylko u nas", "Mamy parking i metro obok.")
    saved = console.editor.save(anna, base, replace(base, prompts=(*base.prompts, prompt)))
    assert saved.version == base.version + 1
    view = console.cards.view(base.id)
    assert view is not None
    assert next(p for p in view.prompts if p.objection is free).title == "Tylko u nas"


def test_field_errors_name_the_field_and_the_reason(console, anna) -> None:  # type: ignore[no-untyped-def]
    base = pl_card(console, anna)
    card = base.card
    specialists = list(card.specialists)
    specialists[1] = replace(specialists[1], age_min_months=120, age_max_months=24)
    bad = base.with_card(
        name=" ",
        specialists=tuple(specialists),
        phone_lines=(*card.phone_lines, PhoneLine("22 843 12 00"), PhoneLine(EN_LINE)),
        services=(replace(card.services[0], price=Decimal("-1")), *card.services[1:]),
    )
    found = errors_of(lambda: console.editor.save(anna, base, bad))
    assert found == {
        "name": "required",
        "specialists[1].age_max_months": "age_range",
        "phone_lines[2].number": "not_e164",
        "phone_lines[3].number": "line_taken",
        "services[0].price": "negative_price",
    }
    assert console.editor.load(anna, base.id).version == base.version  # nothing written


def test_a_line_taken_names_the_other_clinic(console, anna) -> None:  # type: ignore[no-untyped-def]
    base = pl_card(console, anna)
    bad = base.with_card(phone_lines=(*base.card.phone_lines, PhoneLine(EN_LINE)))
    with pytest.raises(CardValidationError) as caught:
        console.editor.save(anna, base, bad)
    (error,) = caught.value.errors
    assert error.detail == "Chorlton Physio & Sports Injury Clinic" or "Chorlton" in error.detail


def test_a_removed_service_is_archived_not_deleted(console, anna, demo_db: Database) -> None:  # type: ignore[no-untyped-def]
    base = pl_card(console, anna)
    gone = base.card.services[0]
    saved = console.editor.save(anna, base, base.with_card(services=base.card.services[1:]))
    assert gone.id not in {s.id for s in saved.card.services}
    with demo_db.sessions() as s:
        row = s.get(ServiceRow, gone.id)
        assert row is not None and row.archived_at is not None
    # and "revert this change" brings it back, in its place
    change = next(c for c in console.editor.history(anna, base.id) if c.action is Action.ARCHIVE)
    restored = console.editor.revert(anna, change.id)
    assert isinstance(restored, EditableCard)
    assert gone.id in {s.id for s in restored.card.services}


def test_revert_undoes_only_the_fields_of_that_change(console, anna) -> None:  # type: ignore[no-untyped-def]
    base = pl_card(console, anna)
    first = console.editor.save(anna, base, with_price(base, 0, "300.00"))
    services = list(first.card.services)
    services[0] = replace(services[0], preparation="Na czczo.")
    second = console.editor.save(anna, first, first.with_card(services=tuple(services)))
    price_change = console.editor.history(anna, base.id)[-1]
    assert price_change.changed_fields() == ["price"]
    reverted = console.editor.revert(anna, price_change.id)
    assert isinstance(reverted, EditableCard)
    assert reverted.card.services[0].price == base.card.services[0].price
    assert reverted.card.services[0].preparation == "Na czczo."  # the later edit stays
    assert reverted.version == second.version + 1
    assert len(console.editor.history(anna, base.id)) == 3  # the revert is a change too


def test_revert_of_a_change_to_an_archived_item_is_refused(console, anna) -> None:  # type: ignore[no-untyped-def]
    base = pl_card(console, anna)
    first = console.editor.save(anna, base, with_price(base, 0, "300.00"))
    console.editor.save(anna, first, first.with_card(services=first.card.services[1:]))
    price_change = console.editor.history(anna, base.id)[-1]
    with pytest.raises(RevertError) as caught:
        console.editor.revert(anna, price_change.id)
    assert caught.value.code == "gone"


def test_new_clinic_gets_keys_from_names(console, anna) -> None:  # type: ignore[no-untyped-def]
    draft = console.editor.blank("pl")
    draft = draft.with_card(
        name="Przychodnia Żoliborz",
        address="ul. Słowackiego 1, Warszawa",
        opening_hours="Pn–Pt 8–18",
        phone_lines=(PhoneLine("+48221112233", "Rejestracja"),),
        specialists=(Specialist("new:1", "lek. Ewa Łącka", "Pediatra", 0, 215),),
        services=(Service("Konsultacja", Decimal("200"), specialist_key="new:1"),),
        knowledge=(KnowledgeEntry("Czy jest winda?", "Tak."),),
    )
    created = console.editor.create(anna, draft)
    assert created.card.key == "przychodnia-zoliborz"
    (sp,) = created.card.specialists
    assert sp.key == "lek-ewa-lacka" and created.card.services[0].specialist_key == sp.key
    assert created.version == 1
    assert any(x.number == "+48221112233" for x in console.cards.lines())
    history = console.editor.history(anna, created.id)
    assert {c.entity for c in history} >= {Entity.CLINIC, Entity.PHONE_LINE, Entity.SPECIALIST, Entity.SERVICE}


def test_archiving_a_clinic_keeps_it_for_its_calls(console, anna, clock: Clock) -> None:  # type: ignore[no-untyped-def]
    def ring(call_id: str):  # type: ignore[no-untyped-def]
        return console.desk.receive(CallEvent(EventKind.RING, call_id, clock.now, EventSource.SOFTPHONE, PL_LINE, None))

    base = pl_card(console, anna)
    archived = console.editor.set_archived(anna, base, True)
    assert archived.archived
    assert base.id not in {c.id for c in console.editor.clinics(anna)}
    assert base.id in {c.id for c in console.editor.clinics(anna, include_archived=True)}
    rung = ring("after")
    assert rung is not None and rung.clinic_id is None  # its lines no longer route: the receptionist picks
    change = console.editor.history(anna, base.id)[0]
    back = console.editor.revert(anna, change.id)
    assert isinstance(back, EditableCard) and not back.archived
    rung = ring("back")
    assert rung is not None and rung.clinic_id == base.id


def two_consoles(demo_db: Database, clock: Clock) -> tuple[ConsoleServices, ConsoleServices, Database]:
    url = demo_db.engine.url.render_as_string(hide_password=False)
    other = open_database(url)  # a second console: its own engine, its own sessions, the same database
    return services_for(demo_db, clock), services_for(other, clock), other


def test_the_second_save_is_refused_and_can_be_merged(demo_db: Database, clock: Clock) -> None:
    first, second, other = two_consoles(demo_db, clock)
    try:
        anna = first.auth.sign_in("anna", "demo")
        base_a = pl_card(first, anna)
        base_b = pl_card(second, anna)
        clock.advance(minutes=1)
        first.editor.save(anna, base_a, with_price(base_a, 0, "111.00"))
        services = list(base_b.card.services)
        services[1] = replace(services[1], preparation="Zabrać wyniki.")
        mine = base_b.with_card(services=tuple(services))
        with pytest.raises(CardConflict) as caught:
            second.editor.save(anna, base_b, mine)
        conflict = caught.value
        assert [c.changed_fields() for c in conflict.meanwhile] == [["price"]]
        assert conflict.meanwhile[0].changed_by == "Anna Kowalska"
        assert second.editor.load(anna, base_b.id).card.services[1].preparation != "Zabrać wyniki."  # not written
        merged = conflict.merged()
        assert merged.card.services[0].price == Decimal("111.00")  # theirs kept
        assert merged.card.services[1].preparation == "Zabrać wyniki."  # mine reapplied
        saved = second.editor.save(anna, conflict.theirs, merged)
        assert saved.card.services[0].price == Decimal("111.00")
        assert saved.card.services[1].preparation == "Zabrać wyniki."
    finally:
        other.dispose()


def test_the_lock_holds_when_both_saves_race_past_the_check(demo_db: Database, clock: Clock) -> None:
    """The version check in the UPDATE itself refuses a save that read the card before another landed."""
    first, second, other = two_consoles(demo_db, clock)
    try:
        anna = first.auth.sign_in("anna", "demo")
        base = pl_card(first, anna)
        first.editor.save(anna, base, with_price(base, 0, "111.00"))
        from reception_console.domain.card_changes import ChangeSet, StaleCardError, diff, order_of

        stale = with_price(base, 1, "1.00")
        change_set = ChangeSet(base.id, base.version, tuple(diff(base, stale)), order_of(stale))
        edits = second.editor._store  # the port the second console saves through
        with pytest.raises(StaleCardError):
            edits.apply([change_set], anna.id, clock.now)
    finally:
        other.dispose()
    with demo_db.sessions() as s:
        prices = [c.after["price"] for c in s.scalars(select(CardChangeRow)) if c.after and "price" in c.after]
        assert prices == ["111.00"]


def test_global_script_edit_reaches_every_clinic_of_its_language(console, anna) -> None:  # type: ignore[no-untyped-def]
    base = pl_card(console, anna)
    script = console.editor.global_script(anna, "pl")
    prompts = tuple(
        replace(p, text="Nowy tekst.") if p.objection is Objection.WILL_THINK else p for p in script.prompts
    )
    console.editor.save_global_script(anna, script, replace(script, prompts=prompts))
    assert console.editor.load(anna, base.id).version == base.version + 1
    view = console.cards.view(base.id)
    assert view is not None
    assert next(p for p in view.prompts if p.objection is Objection.WILL_THINK).text == "Nowy tekst."
    # an editor open on the card meanwhile saves without a conflict: the card itself did not change
    saved = console.editor.save(anna, base, with_price(base, 0, "1.00"))
    assert saved.card.services[0].price == Decimal("1.00")
    (change,) = console.editor.history(anna, None)
    console.editor.revert(anna, change.id)
    assert console.editor.global_script(anna, "pl").prompts == script.prompts
