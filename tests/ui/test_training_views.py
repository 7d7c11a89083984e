"""The supervisor's training views: the dashboard's Training tab (practice per receptionist with its trend, test
results per receptionist and per clinic, assignments, exports) and the scenario editor, driven by keyboard."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtWidgets import QApplication, QLineEdit, QListWidget

from reception_console.domain.training.history import AssignmentKind
from reception_console.domain.training.scoring import AttemptRecord, StepDone, score_attempt
from reception_console.storage.database import Database
from reception_console.ui.dashboard.assign_dialog import AssignDialog
from reception_console.ui.dashboard.window import DashboardWindow
from reception_console.ui.scenario_editor import ScenarioEditor
from tests.builders import services_for
from tests.conftest import PL_LINE, Clock
from tests.ui.keyboard import Keyboard, focus_target


@pytest.fixture
def trained(demo_db: Database, clock: Clock):  # type: ignore[no-untyped-def]
    """Justyna practised on three days (getting better) and took the test in two months; Olga practised once."""
    for login, days, scores in (("justyna", 3, (0.4, 0.7, 1.0)), ("olga", 1, (0.5,))):
        services = services_for(demo_db, clock)
        me = services.auth.sign_in(login, "demo").id
        clinic = next(x.clinic_id for x in services.cards.lines() if x.number == PL_LINE)
        scenario = services.training.scenarios(clinic)[0]
        e = scenario.expected
        for day in range(days):
            good = scores[day] >= 0.7
            steps = tuple(StepDone(3.0, s.fact, s.objection, s.couldnt_answer) for s in scenario.steps)
            attempt = AttemptRecord(
                2.0 if good else 20.0,
                scenario.clinic_key,
                scores[day] > 0.5,
                steps if good else (),
                e.outcome,
                e.reason,
                e.specialist_key,
                e.task if scores[day] == 1.0 else None,
            )
            services.training.record_attempt(me, clinic, scenario, attempt, score_attempt(scenario, attempt))
            clock.advance(days=1)
        if login == "justyna":
            questions = services.training.knowledge_test(me, clinic)
            services.training.record_test(me, clinic, questions, [q.correct for q in questions[:-4]], 300.0)
            clock.advance(days=10)
            services.training.record_test(me, clinic, questions, [q.correct for q in questions], 200.0)
    services = services_for(demo_db, clock)
    services.auth.sign_in("anna", "demo")
    return services


def open_training(qtbot, services) -> DashboardWindow:  # type: ignore[no-untyped-def]
    opened: list[int] = []
    window = DashboardWindow(
        services.reports,
        services.worklists,
        services.auth.person,
        training=services.training,
        open_scenarios=lambda: opened.append(1),
        audit=services.audit,
    )
    window.scenarios_opened = opened  # type: ignore[attr-defined]
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.loaded, timeout=10_000):
        window.show()
    window.tabs.setCurrentIndex(window.tabs.count() - 1)
    return window


def test_the_training_tab_shows_practice_with_its_trend_and_the_tests_per_person_and_clinic(
    qtbot,
    qtmodeltester,
    app,
    trained,
    tmp_path: Path,  # type: ignore[no-untyped-def]
) -> None:
    window = open_training(qtbot, trained)
    panel = window.training
    assert panel is not None and window.tabs.tabText(window.tabs.count() - 1) == "Training"
    for model in panel.tables():
        qtmodeltester.check(model)
    rows = [panel.practice.row_object(r) for r in range(panel.practice.rowCount())]
    people = {p.person: p for p in rows}
    assert set(people) == {"Justyna", "Ольга"}
    justyna = people["Justyna"]
    assert justyna.attempts == 3 and justyna.change > 0  # getting better
    assert panel.practice.data(panel.practice.index(list(people).index("Justyna"), 4)).startswith("↑ ")
    panel.select_person(justyna.person_id)
    assert panel.attempts.rowCount() == 3 and panel.attempts_title.text() == "Attempts of Justyna"
    assert len(panel.chart.points) == 3 and panel.chart.points[-1].percent == 100.0
    months = [panel.results.row_object(r).month for r in range(panel.results.rowCount())]
    assert months == ["2026-11", "2026-12"]
    panel.grouping.setCurrentIndex(1)  # per clinic
    assert panel.results.data(panel.results.index(0, 0)) == "(all receptionists)"
    assert panel.results.data(panel.results.index(0, 1)) == "Med Centrum Mokotów"
    path = tmp_path / "training.xlsx"
    from reception_console.services.exports import write_xlsx

    write_xlsx(path, panel.export_tables())
    book = load_workbook(path)
    sheet = book[book.sheetnames[2]]
    assert [c.value for c in sheet[1]][:3] == ["Receptionist", "Clinic", "Month"]
    assert [c.value for c in sheet[2]][2] == "2026-11"


def test_a_supervisor_assigns_a_scenario_by_keyboard_and_it_is_done_when_practised(
    qtbot,
    app,
    trained,  # type: ignore[no-untyped-def]
) -> None:
    window = open_training(qtbot, trained)
    panel = window.training
    window.activateWindow()
    panel.assign_button.setFocus()
    keys = Keyboard(qtbot)
    seen: dict[str, object] = {}

    def look() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, AssignDialog)
        seen["dialog"] = dialog

    # the receptionist (second: Olga), practice, the clinic as offered, the first scenario, a note; Enter saves
    keys("<Space>", look, "<Down><Tab><Tab><Tab><Down><Tab>przed poniedziałkiem<Enter>")
    dialog = seen["dialog"]
    assert isinstance(dialog, AssignDialog)
    _person, _kind, clinic, scenario_key, note = dialog.choice()
    (assignment,) = trained.training.assignments()
    olga = next(p for p in trained.reports.receptionists() if p.login == "olga")
    assert (assignment.person_id, assignment.kind, assignment.note) == (olga.id, AssignmentKind.PRACTICE, note)
    assert assignment.scenario_key == scenario_key == trained.training.scenarios(clinic)[0].key
    assert note == "przed poniedziałkiem"
    assert panel.assignments.rowCount() == 1


def test_the_scenario_editor_edits_adds_and_refuses_a_bad_file(qtbot, app, trained, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    training = trained.training
    clinic = next(x.clinic_id for x in trained.cards.lines() if x.number == PL_LINE)
    clinics = [(clinic, "Med Centrum Mokotów")]
    editor = ScenarioEditor(training, clinics)
    qtbot.addWidget(editor)
    editor.show()
    qtbot.waitExposed(editor)
    editor.activateWindow()
    generated = training.scenarios(clinic)
    assert editor.list.count() == len(generated) and editor.source.text() == "generated from the card"
    editor.list.setFocus()
    keys = Keyboard(qtbot)
    keys("<Down>")  # the second scenario
    assert editor.key.text() == generated[1].key
    keys("<Tab><Tab>")  # past the key, to the title
    assert focus_target() is editor.title
    keys("<Ctrl+A>Pacjentka z dzieckiem<Enter>")  # Enter saves
    assert editor.source.text() == "the clinic's own scenarios"
    assert training.scenarios(clinic)[1].title == "Pacjentka z dzieckiem"
    assert [s.key for s in training.scenarios(clinic)] == [s.key for s in generated]

    editor.add()  # a new scenario with an empty step cannot be saved: said why, nothing stored
    assert editor.list.count() == len(generated) + 1
    assert not editor.save()
    assert "what does the patient say?" in editor.error.text()
    assert len(training.scenarios(clinic)) == len(generated)
    editor.remove()
    assert editor.list.count() == len(generated)

    bad = tmp_path / "bad.json"
    data = json.loads(training.export_scenarios(clinic))
    data["scenarios"][0]["expected"]["outcome"] = "maybe"
    bad.write_text(json.dumps(data), encoding="utf-8")
    message = editor.import_file(bad)
    assert message.startswith("bad.json: nothing was imported.")
    assert "scenarios[0].expected.outcome: 'maybe' is not one of" in message
    assert training.scenarios(clinic)[1].title == "Pacjentka z dzieckiem"
    exported = tmp_path / "mine.json"
    editor.export_file(exported)
    assert json.loads(exported.read_text(encoding="utf-8"))["scenarios"][1]["title"] == "Pacjentka z dzieckiem"
    assert isinstance(editor.list, QListWidget) and isinstance(editor.title, QLineEdit)
