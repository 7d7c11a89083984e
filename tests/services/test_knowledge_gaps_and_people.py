"""The questions inbox, and people as an admin manages them; who may do which."""

from __future__ import annotations

import pytest

from reception_console.domain.card_rules import CardValidationError
from reception_console.domain.people import Role
from reception_console.services.auth import SignInError
from reception_console.services.console import ConsoleServices
from reception_console.services.people_admin import PersonError
from reception_console.services.permissions import PermissionDenied
from reception_console.storage.database import Database
from tests.builders import services_for
from tests.conftest import PL_LINE, Clock


@pytest.fixture
def console(demo_db: Database, clock: Clock) -> ConsoleServices:
    return services_for(demo_db, clock)


def pl_id(console: ConsoleServices) -> int:
    return next(x.clinic_id for x in console.cards.lines() if x.number == PL_LINE)


def test_questions_are_counted_and_answered_in_one_step(console: ConsoleServices, clock: Clock) -> None:
    justyna = console.auth.sign_in("justyna", "demo")
    olga = console.auth.sign_in("olga", "demo")
    anna = console.auth.sign_in("anna", "demo")
    clinic = pl_id(console)
    console.gaps.report(justyna, clinic, "Czy można płacić kartą?")
    clock.advance(minutes=5)
    console.gaps.report(olga, clinic, "czy można  płacić KARTĄ")
    console.gaps.report(justyna, clinic, "Czy jest winda?")
    groups = console.gaps.open_questions(anna, clinic)
    assert [(g.count, g.question) for g in groups] == [(2, "czy można płacić KARTĄ"), (1, "Czy jest winda?")]
    assert console.gaps.counts(anna) == {clinic: 2}

    before = console.editor.load(anna, clinic)
    saved = console.gaps.answer(anna, groups[0], "Czy można płacić kartą?", "Tak, kartą i BLIK-iem.", ("płatności",))
    assert saved.version == before.version + 1
    assert saved.card.knowledge[-1].answer == "Tak, kartą i BLIK-iem."
    assert [g.question for g in console.gaps.open_questions(anna, clinic)] == ["Czy jest winda?"]
    view = console.cards.view(clinic)
    assert view is not None and view.card.knowledge[-1].question == "Czy można płacić kartą?"

    console.gaps.close(anna, console.gaps.open_questions(anna, clinic)[0])
    assert console.gaps.open_questions(anna) == []


def test_a_question_must_be_said(console: ConsoleServices) -> None:
    justyna = console.auth.sign_in("justyna", "demo")
    with pytest.raises(CardValidationError) as caught:
        console.gaps.report(justyna, pl_id(console), "   ")
    assert caught.value.errors[0].code == "required"


def test_receptionists_pass_questions_on_but_edit_nothing(console: ConsoleServices) -> None:
    justyna = console.auth.sign_in("justyna", "demo")
    clinic = pl_id(console)
    console.gaps.report(justyna, clinic, "Czy jest winda?")
    anna = console.auth.sign_in("anna", "demo")
    card = console.editor.load(anna, clinic)
    group = console.gaps.open_questions(anna)[0]
    for attempt in (
        lambda: console.editor.clinics(justyna),
        lambda: console.editor.load(justyna, clinic),
        lambda: console.editor.save(justyna, card, card.with_card(name="X")),
        lambda: console.editor.create(justyna, card),
        lambda: console.editor.history(justyna, clinic),
        lambda: console.editor.global_script(justyna, "pl"),
        lambda: console.gaps.open_questions(justyna),
        lambda: console.gaps.answer(justyna, group, "q", "a"),
        lambda: console.people.people(justyna),
    ):
        with pytest.raises(PermissionDenied) as caught:
            attempt()
        assert caught.value.code in ("edit_cards", "manage_people")
    assert console.editor.load(anna, clinic).version == card.version


def test_supervisors_edit_cards_but_only_admins_manage_people(console: ConsoleServices) -> None:
    anna = console.auth.sign_in("anna", "demo")
    with pytest.raises(PermissionDenied) as caught:
        console.people.add(anna, "eve", "Eve", Role.ADMIN, "long enough")
    assert caught.value.code == "manage_people"
    admin = console.auth.sign_in("admin", "demo")
    assert console.editor.clinics(admin)  # an admin edits cards too


def test_admin_adds_deactivates_and_resets(console: ConsoleServices) -> None:
    admin = console.auth.sign_in("admin", "demo")
    marta = console.people.add(admin, "Marta", "Marta Zając", Role.RECEPTIONIST, "haslo-marty")
    assert marta.login == "marta" and console.auth.sign_in("marta", "haslo-marty") == marta
    with pytest.raises(PersonError) as caught:
        console.people.add(admin, "marta", "Another", Role.RECEPTIONIST, "long enough")
    assert caught.value.code == "login_taken"
    with pytest.raises(PersonError) as caught:
        console.people.reset_password(admin, marta.id, "short")
    assert caught.value.code == "short_password"
    console.people.reset_password(admin, marta.id, "nowe-haslo-1")
    assert console.auth.sign_in("marta", "nowe-haslo-1").id == marta.id
    console.people.set_active(admin, marta.id, False)
    with pytest.raises(SignInError):
        console.auth.sign_in("marta", "nowe-haslo-1")
    assert marta.id in {p.id for p in console.people.people(admin)}  # kept: calls name her


def test_the_last_admin_stays(console: ConsoleServices) -> None:
    admin = console.auth.sign_in("admin", "demo")
    with pytest.raises(PersonError) as caught:
        console.people.set_active(admin, admin.id, False)
    assert caught.value.code == "self"
    with pytest.raises(PersonError) as caught:
        console.people.set_role(admin, admin.id, Role.SUPERVISOR)
    assert caught.value.code == "last_admin"


def test_a_deactivated_supervisor_loses_editing_at_once(console: ConsoleServices) -> None:
    admin = console.auth.sign_in("admin", "demo")
    anna = console.auth.sign_in("anna", "demo")
    stale = console.people.set_active(admin, anna.id, False)
    with pytest.raises(PermissionDenied):
        console.editor.clinics(stale)
