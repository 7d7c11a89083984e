"""The editor's item models, and the smaller dialogs: people (admin), global prompts."""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal

from PySide6.QtWidgets import QDialog

from reception_console.domain.card_changes import Action, CardChange, Entity
from reception_console.domain.clinic import Service
from reception_console.domain.knowledge_gaps import KnowledgeGap, group_gaps
from reception_console.domain.people import Person, Role
from reception_console.domain.script import Objection
from reception_console.storage.database import Database
from reception_console.ui.editor.global_scripts import GlobalScriptsDialog
from reception_console.ui.editor.people_dialog import AddPersonDialog, PeopleDialog
from reception_console.ui.models.changes_model import ChangesModel
from reception_console.ui.models.gaps_model import GapsModel
from reception_console.ui.models.items_model import ItemsModel
from reception_console.ui.models.people_model import PeopleModel
from tests.builders import services_for
from tests.ui.conftest import when_dialog_opens

NOW = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)


def test_editor_models(qtmodeltester, app) -> None:  # type: ignore[no-untyped-def]
    items = ItemsModel([("Name", lambda s: s.name), ("Price", lambda s: str(s.price))])
    items.set_items([Service("A", Decimal(1)), Service("B", Decimal(2)), Service("C", Decimal(3))])
    qtmodeltester.check(items)
    assert items.move(0, 1) == 1 and [s.name for s in items.items()] == ["B", "A", "C"]
    assert items.move(2, -1) == 1 and [s.name for s in items.items()] == ["B", "C", "A"]
    items.remove(0)
    items.append(Service("D", Decimal(4)))
    assert [items.index(r, 0).data() for r in range(items.rowCount())] == ["C", "A", "D"]

    changes = ChangesModel()
    changes.set_changes(
        [
            CardChange(
                Entity.SERVICE,
                Action.UPDATE,
                3,
                {"name": "USG", "price": "1.00"},
                {"name": "USG", "price": "2.00"},
                changed_by="Anna",
                changed_at=NOW,
            ),
            CardChange(
                Entity.PHONE_LINE, Action.CREATE, 4, None, {"number": "+48221112233", "label": ""}, changed_at=NOW
            ),
        ]
    )
    qtmodeltester.check(changes)
    assert changes.index(0, ChangesModel.WHAT).data() == "Service: USG"
    assert changes.index(0, ChangesModel.CHANGE).data() == "changed: price"
    assert changes.index(1, ChangesModel.WHO).data() == "command line"

    gaps = GapsModel()
    gaps.set_groups(group_gaps([KnowledgeGap(1, "Winda?", NOW, asked_by="Justyna"), KnowledgeGap(1, "winda", NOW)]))
    qtmodeltester.check(gaps)
    assert gaps.index(0, GapsModel.TIMES).data().startswith("2 time")  # plural wording comes with the .ts update

    people = PeopleModel()
    people.set_people([Person(1, "a", "Anna", Role.SUPERVISOR), Person(2, "b", "Bea", Role.RECEPTIONIST, False)])
    qtmodeltester.check(people)
    assert people.index(1, PeopleModel.ACTIVE).data() == "no (deactivated)"


def test_admin_adds_and_deactivates_a_person(qtbot, app, demo_db: Database) -> None:  # type: ignore[no-untyped-def]
    services = services_for(demo_db)
    admin = services.auth.sign_in("admin", "demo")
    dialog = PeopleDialog(services.people, admin)
    qtbot.addWidget(dialog)
    dialog.show()
    before = dialog.model.rowCount()

    def fill(add: QDialog) -> None:
        assert isinstance(add, AddPersonDialog)
        qtbot.keyClicks(add.login, "marta")
        qtbot.keyClicks(add.display_name, "Marta")
        qtbot.keyClicks(add.password, "short")
        add._add()
        assert add.form.error_shown("password") == "At least 8 characters."
        add.password.clear()
        qtbot.keyClicks(add.password, "long enough")
        add._add()

    when_dialog_opens(qtbot, fill)
    dialog.add()
    assert dialog.model.rowCount() == before + 1 and dialog.selected().login == "marta"
    dialog.toggle_active()
    assert not dialog.selected().active
    assert services.auth.sign_in("anna", "demo")  # others untouched


def test_global_prompts_dialog_saves_a_language(qtbot, app, demo_db: Database) -> None:  # type: ignore[no-untyped-def]
    services = services_for(demo_db)
    anna = services.auth.sign_in("anna", "demo")
    dialog = GlobalScriptsDialog(services.editor, anna)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    editor = dialog.script.prompts
    editor.list.setCurrentRow(list(Objection).index(Objection.WILL_THINK))
    editor.title.clear()
    qtbot.keyClicks(editor.title, "Let me think")
    assert dialog.save_button.isEnabled()
    dialog.save()
    script = services.editor.global_script(anna, "en")
    assert next(p for p in script.prompts if p.objection is Objection.WILL_THINK).title == "Let me think"
    assert not dialog.save_button.isEnabled()


def test_global_prompts_open_in_the_language_asked_for_else_the_consoles(qtbot, app, demo_db: Database) -> None:  # type: ignore[no-untyped-def]
    services = services_for(demo_db)
    anna = services.auth.sign_in("anna", "demo")
    russian = GlobalScriptsDialog(services.editor, anna, language="ru")
    qtbot.addWidget(russian)
    assert russian.language.currentData() == "ru" and russian.base is not None and russian.base.language == "ru"
    own = GlobalScriptsDialog(services.editor, anna)  # the app fixture runs the console in English
    qtbot.addWidget(own)
    assert own.language.currentData() == "en"


def test_a_change_shows_lists_and_the_owner_as_people_read_them(app) -> None:  # type: ignore[no-untyped-def]
    from reception_console.domain.card_changes import Action, CardChange, Entity
    from reception_console.ui.editor.history_tab import change_html

    owner = CardChange(
        Entity.CLINIC,
        Action.UPDATE,
        1,
        {"owner": {"name": "Anna Nowak", "phone": "+48 600 100 200", "email": ""}},
        {"owner": {"name": "Anna Nowak", "phone": "+48 600 100 300", "email": "anna@example.com"}},
    )
    html = change_html(owner, "before", "after")
    assert "Anna Nowak · +48 600 100 200<" in html and "Anna Nowak · +48 600 100 300 · anna@example.com" in html
    languages = CardChange(Entity.SPECIALIST, Action.UPDATE, 2, {"languages": ["pl"]}, {"languages": ["pl", "en"]})
    html = change_html(languages, "before", "after")
    assert ">pl<" in html and ">pl, en<" in html
    assert not any(mark in html for mark in ('["', "{", '"pl"'))


def test_a_broken_card_file_is_explained_in_the_supervisors_language(app) -> None:  # type: ignore[no-untyped-def]
    import json

    import pytest

    from reception_console.services.card_files import CardFileError, parse_card_text
    from reception_console.ui.editor.files import problem_lines
    from tests.i18n.speaking import speaking

    broken = {"format": "reception-console-cards", "version": 1, "clinics": [{"name": 7, "specialists": "none"}]}
    with pytest.raises(CardFileError) as caught:
        parse_card_text(json.dumps(broken), "cards.json")
    assert "clinics[0].name: must be text" in caught.value.problems  # the command line's English stays
    with speaking(app, "pl"):
        lines = problem_lines(caught.value.errors)
    assert "clinics[0].name: Musi być tekstem." in lines
    assert "clinics[0].specialists: Musi być listą." in lines
    with pytest.raises(CardFileError) as caught:
        parse_card_text("{ not json", "cards.json")
    with speaking(app, "ru"):
        (line,) = problem_lines(caught.value.errors)
    assert line.startswith("cards.json: Некорректный JSON (line 1, column 3")
