from datetime import timedelta

from PySide6.QtCore import Qt

from reception_console.domain.calls import CallEvent, CallState, EventKind, EventSource, Outcome
from reception_console.domain.people import Role
from reception_console.domain.tasks import TaskKind
from reception_console.storage.database import Database
from reception_console.ui.console.main_window import MainWindow
from reception_console.ui.console.sign_in import SignInDialog
from reception_console.ui.console.tasks_dialog import TasksDialog
from tests.builders import services_for
from tests.conftest import EN_LINE, PL_LINE, RU_LINE, Clock
from tests.ui.conftest import type_text, when_dialog_opens
from tests.ui.keyboard import Keyboard
from tests.ui.saving import settled


def ring(window: MainWindow, call_id: str, line: str, clock: Clock, caller: str = "+48600111222"):  # type: ignore[no-untyped-def]
    return window.receive_event(CallEvent(EventKind.RING, call_id, clock.now, EventSource.SOFTPHONE, line, caller))


def test_a_second_ring_never_replaces_the_call_on_screen(qtbot, window: MainWindow, clock: Clock) -> None:  # type: ignore[no-untyped-def]
    ring(window, "a", PL_LINE, clock)
    window.answer()
    type_text(window.outcome.patient, "Zoë")
    ring(window, "b", RU_LINE, clock, "+79161234567")
    assert window.current_id == "a" and window.outcome.patient.text() == "Zoë"
    assert window.calls_model.rowCount() == 2
    qtbot.keyClick(window, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    assert window.current_id == "b" and window.card.title.text() == "Стоматология «Улыбка»"
    qtbot.keyClick(window, Qt.Key.Key_PageUp, Qt.KeyboardModifier.ControlModifier)
    assert window.outcome.patient.text() == "Zoë"  # kept as a draft while away
    assert window.current_call().state is CallState.ANSWERED and window.header.end.isVisible()
    assert window.calls_model.calls()[0].state is CallState.ANSWERED
    assert window.services.desk.get("a").form.patient_name == "Zoë"


def test_unsaved_call_survives_closing_the_window(qtbot, app, demo_db: Database, clock: Clock) -> None:  # type: ignore[no-untyped-def]
    services = services_for(demo_db, clock)
    person = services.auth.sign_in("justyna", "demo")
    first = MainWindow(services, person, clock=clock)
    qtbot.addWidget(first)
    first.show()
    first.activateWindow()
    qtbot.waitUntil(first.isActiveWindow)
    ring(first, "draft", PL_LINE, clock)
    first.answer()
    qtbot.keyClick(first, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    type_text(first.outcome.notes, "pyta o wyniki — oddzwonić")
    first.close()  # no wait for the draft timer: closing keeps the draft

    again = MainWindow(services_for(demo_db, clock), person, clock=clock)
    qtbot.addWidget(again)
    assert again.restore_unsaved() == 1
    assert again.current_id == "draft" and again.card.title.text() == "Med Centrum Mokotów"
    assert again.outcome.notes.text() == "pyta o wyniki — oddzwonić"
    assert again.outcome.form().outcome is Outcome.INFO_ONLY
    assert "restored" in again.statusBar().currentMessage()


def test_draft_is_written_while_typing(qtbot, window: MainWindow, clock: Clock) -> None:  # type: ignore[no-untyped-def]
    ring(window, "typing", EN_LINE, clock)
    type_text(window.outcome.patient, "Ann Lee")
    qtbot.waitUntil(lambda: window.services.desk.get("typing").form.patient_name == "Ann Lee", timeout=2000)


def test_unknown_line_lets_the_receptionist_pick_the_clinic(qtbot, window: MainWindow, clock: Clock) -> None:  # type: ignore[no-untyped-def]
    ring(window, "u", "+48221111111", clock)
    assert window.unknown.isVisible() and "+48 22 111 11 11" in window.unknown_label.text()
    assert window.card.title.text() == ""
    index = window.clinic_picker.findText("Chorlton Physio Clinic")
    window.clinic_picker.setCurrentIndex(index)
    window.clinic_picker.activated.emit(index)
    assert not window.unknown.isVisible() and window.card.title.text() == "Chorlton Physio Clinic"
    assert window.header.greeting.text().startswith("Good morning")  # 9:15 in London


def test_saving_without_an_outcome_explains_inline(qtbot, window: MainWindow, clock: Clock) -> None:  # type: ignore[no-untyped-def]
    ring(window, "e", PL_LINE, clock)
    window.answer()
    qtbot.keyClick(window.outcome.notes, Qt.Key.Key_Return)
    assert window.outcome.error.isVisible() and "Ctrl+1" in window.outcome.error.text()
    qtbot.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    window.outcome.expected_value.setText("abc")
    window.save()
    settled(qtbot, window)
    assert "amount" in window.outcome.field_error("expected_value")  # next to the amount, not at the bottom
    assert window.services.desk.get("e").saved_at is None


def test_choosing_a_service_fills_its_price_and_specialist(qtbot, window: MainWindow, clock: Clock) -> None:  # type: ignore[no-untyped-def]
    ring(window, "p", PL_LINE, clock)
    window.answer()
    window.outcome.choose(Outcome.BOOKED)
    card = window.card.view.card
    service = next(s for s in card.services if s.specialist_key)
    window.outcome.service.setCurrentIndex(window.outcome.service.findData(service.id))
    assert window.outcome.expected_value.text() == str(service.price)
    assert window.outcome.specialist.currentData() == card.specialist(service.specialist_key).id
    clock.advance(minutes=2)
    window.outcome.visit_at.setFocus()
    Keyboard(qtbot)("<Enter><Alt+P>Ewa Nowak<Enter>")  # the visit time proposed, confirmed; the patient
    settled(qtbot, window)
    saved = window.services.desk.get("p")
    assert saved.outcome is Outcome.BOOKED and saved.form.expected_value == service.price


def test_missed_call_from_the_phone_leaves_a_callback_and_calling_back_completes_it(
    qtbot, window: MainWindow, clock: Clock
) -> None:  # type: ignore[no-untyped-def]
    assert not window.missed.view.isVisible()  # nothing missed: the calls in progress get the whole column
    ring(window, "m", PL_LINE, clock)
    window.receive_event(CallEvent(EventKind.END, "m", clock.now + timedelta(seconds=25), EventSource.SOFTPHONE))
    assert window.missed.view.isVisible() and window.missed.model.rowCount() == 1
    assert window.calls_model.rowCount() == 0 and "callback" in window.statusBar().currentMessage()

    def call_back(dialog) -> None:  # type: ignore[no-untyped-def]
        assert isinstance(dialog, TasksDialog)
        assert dialog.model.rowCount() == 1 and dialog.model.task(0).kind is TaskKind.CALLBACK
        dialog.call_button.click()

    when_dialog_opens(qtbot, call_back)
    qtbot.keyClick(window, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    outbound = window.current_call()
    assert outbound is not None and outbound.task_id is not None and outbound.caller == "+48600111222"
    window.outcome.choose(Outcome.INFO_ONLY)
    window.save()
    settled(qtbot, window)
    assert window.services.tasks.my_tasks(window.person) == []


def test_switch_user_without_restarting(qtbot, window: MainWindow, clock: Clock) -> None:  # type: ignore[no-untyped-def]
    def sign_in_as_olga(dialog) -> None:  # type: ignore[no-untyped-def]
        assert isinstance(dialog, SignInDialog)
        dialog.login.setCurrentIndex(dialog.login.findData("olga"))
        qtbot.keyClicks(dialog.password, "demo")
        dialog.try_sign_in()

    when_dialog_opens(qtbot, sign_in_as_olga)
    window.switch_user()
    assert window.person.login == "olga" and "Ольга" in window.person_label.text()
    call = ring(window, "o", RU_LINE, clock)
    assert call.receptionist_id == window.person.id
    assert "Ольга" in window.header.greeting.text()


def test_objection_keys_show_the_clinic_override(qtbot, window: MainWindow, clock: Clock) -> None:  # type: ignore[no-untyped-def]
    ring(window, "k", PL_LINE, clock)
    for key, objection in ((Qt.Key.Key_F3, "will_think"), (Qt.Key.Key_F2, "too_expensive")):
        qtbot.keyClick(window, key)
        assert window.prompts.shown_objection().value == objection
    assert "Pakiet Rodzinny" in window.prompts.prompt_text.toPlainText()


def test_the_header_marks_a_caller_kept_waiting(qtbot, window: MainWindow, clock: Clock) -> None:  # type: ignore[no-untyped-def]
    ring(window, "w", PL_LINE, clock)
    clock.advance(seconds=8)
    window._on_tick()
    assert window.header.state_text().startswith("Ringing")
    clock.advance(seconds=2)
    window._on_tick()
    assert window.header.state_text().startswith("⚠ Ringing")
    window.answer()
    assert "⚠" not in window.header.state_text()


def test_another_call_starts_with_no_objection_shown(qtbot, window: MainWindow, clock: Clock) -> None:  # type: ignore[no-untyped-def]
    ring(window, "o1", PL_LINE, clock)
    ring(window, "o2", PL_LINE, clock, "+48600333444")  # the same clinic: the same prompts
    ring(window, "o3", RU_LINE, clock, "+79161234567")  # another clinic, in Russian: its own prompts
    qtbot.keyClick(window, Qt.Key.Key_F2)
    assert "Pakiet Rodzinny" in window.prompts.prompt_text.toPlainText()
    polish = [window.prompts.objection_list.item(r).text() for r in range(window.prompts.objection_list.count())]
    qtbot.keyClick(window, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    assert window.current_id == "o2" and window.prompts.shown_objection() is None
    assert "F2–F8" in window.prompts.prompt_text.toPlainText()
    assert [window.prompts.objection_list.item(r).text() for r in range(len(polish))] == polish
    qtbot.keyClick(window, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    russian = [window.prompts.objection_list.item(r).text() for r in range(window.prompts.objection_list.count())]
    assert window.current_id == "o3" and russian != polish and russian[0].startswith("F2")
    qtbot.keyClick(window, Qt.Key.Key_F2)
    assert window.prompts.shown_objection().value == "too_expensive"
    assert "Pakiet Rodzinny" not in window.prompts.prompt_text.toPlainText()


def test_caller_history_marks_a_returning_patient(qtbot, window: MainWindow, clock: Clock) -> None:  # type: ignore[no-untyped-def]
    ring(window, "h1", PL_LINE, clock)
    window.answer()
    window.outcome.choose(Outcome.INFO_ONLY)
    type_text(window.outcome.notes, "pytała o parking")
    window.save()
    settled(qtbot, window)
    clock.advance(days=1)
    ring(window, "h2", EN_LINE, clock)
    assert window.header.returning.isVisible() and "1 earlier call" in window.header.returning.text()
    assert window.prompts.history_model.rowCount() == 1
    assert "pytała o parking" in window.prompts.history_model.index(0, 3).data()
    assert window.current_call().state is CallState.RINGING


def test_with_no_call_any_card_can_be_looked_up(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    assert window.current_id is None and window.unknown.isVisible() and window.no_calls.isVisible()
    index = window.clinic_picker.findText("Стоматология «Улыбка»")
    window.clinic_picker.setCurrentIndex(index)
    window.clinic_picker.activated.emit(index)
    assert window.card.title.text() == "Стоматология «Улыбка»"
    assert not window.outcome.isEnabled()
    qtbot.keyClicks(window.card.search, "7")
    assert 0 < window.card.specialists_proxy.rowCount() < len(window.card.view.card.specialists)


def test_the_algorithms_follow_the_search(qtbot, window: MainWindow, clock: Clock) -> None:  # type: ignore[no-untyped-def]
    ring(window, "k1", PL_LINE, clock)
    card = window.card.view.card
    text = window.card.knowledge.toPlainText()
    assert all(entry.question in text for entry in card.knowledge)
    assert card.knowledge[0].answer.splitlines()[-1] in text
    surgeon = next(entry for entry in card.knowledge if "chirurg" in entry.question)
    type_text(window.card.search, "chirurgiem")
    text = window.card.knowledge.toPlainText()
    assert surgeon.question in text
    assert not any(entry.question in text for entry in card.knowledge if "chirurg" not in entry.question.lower())
    window.card.search.setText("xyzzy")
    assert window.card.knowledge.toPlainText() == "No algorithm matches the search."
    window.card.search.clear()
    assert window.card.knowledge.toPlainText().count("\n") > len(card.knowledge)  # every entry again


def test_a_person_switched_off_by_an_admin_is_asked_to_sign_in_again(qtbot, window: MainWindow, clock: Clock) -> None:  # type: ignore[no-untyped-def]
    admin = window.services.auth.sign_in("admin", "demo")
    ring(window, "kept", PL_LINE, clock)
    type_text(window.outcome.notes, "w trakcie")
    window.session.check()
    assert window.person.login == "justyna"  # nothing changed: nothing happens

    window.services.people.set_role(admin, window.person.id, Role.SUPERVISOR)
    window.session.check()
    assert window.person.role is Role.SUPERVISOR and window.editor_action.isVisible()

    seen: list[str] = []

    def sign_in_as_olga(dialog) -> None:  # type: ignore[no-untyped-def]
        assert isinstance(dialog, SignInDialog)
        dialog.login.setCurrentIndex(dialog.login.findData("olga"))
        qtbot.keyClicks(dialog.password, "demo")
        dialog.try_sign_in()

    def read_message(dialog) -> None:  # type: ignore[no-untyped-def]
        seen.append(dialog.text())
        when_dialog_opens(qtbot, sign_in_as_olga)
        dialog.accept()

    window.services.people.set_active(admin, window.person.id, False)
    when_dialog_opens(qtbot, read_message)
    window.session.check()
    assert seen and "Justyna" in seen[0]
    assert window.person.login == "olga" and window.session.timer.isActive()
    assert window.current_call() is not None and window.current_call().id == "kept"
    assert window.services.desk.get("kept").form.notes == "w trakcie"  # the draft was kept


def test_nobody_signing_in_after_a_switch_off_closes_the_window(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    admin = window.services.auth.sign_in("admin", "demo")
    window.services.people.set_active(admin, window.person.id, False)

    def read_message(dialog) -> None:  # type: ignore[no-untyped-def]
        when_dialog_opens(qtbot, lambda sign_in: sign_in.reject())
        dialog.accept()

    when_dialog_opens(qtbot, read_message)
    window.session.check()
    assert not window.isVisible()
