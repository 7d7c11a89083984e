"""The receptionist's monthly knowledge test, taken by keyboard from the console's toolbar: one question at a time,
digits or arrows and Enter; the result shown at the end is the one kept."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QListWidget, QToolBar

from reception_console.ui.console.main_window import MainWindow
from reception_console.ui.monthly_test import ASKING, RESULT, MonthlyTestAction, MonthlyTestDialog
from tests.ui.keyboard import Keyboard, focus_target


def test_a_receptionist_takes_the_monthly_test_by_keyboard(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    training = window.services.training
    action = MonthlyTestAction(window, lambda: training)
    assert action in window.findChild(QToolBar, "mainToolbar").actions()
    dialog = action.open()
    assert isinstance(dialog, MonthlyTestDialog)
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is dialog)
    keys = Keyboard(qtbot)
    first_clinic = dialog.clinic.currentData()
    keys("<Down>")  # the second clinic on the list
    clinic = dialog.clinic.currentData()
    assert clinic != first_clinic
    questions = list(dialog.questions)
    assert len(questions) >= 10
    keys("<Enter>")  # Start
    assert dialog.pages.currentIndex() == ASKING
    chosen = []
    for n, q in enumerate(questions):
        assert isinstance(focus_target(), QListWidget)
        assert dialog.question.text() == q.text
        if n == 0:  # a wrong answer, by its number
            wrong = (q.correct + 1) % len(q.options)
            keys(f"{wrong + 1}<Enter>")
            chosen.append(wrong)
        elif n == 1:  # the right one, by the arrows
            keys("<Down>" * (q.correct + 1) + "<Enter>")  # nothing is highlighted before the first arrow
            chosen.append(q.correct)
        else:
            keys(f"{q.correct + 1}<Enter>")
            chosen.append(q.correct)
    assert dialog.pages.currentIndex() == RESULT
    total = len(questions)
    assert dialog.score.text().startswith(f"{total - 1} of {total} right")
    assert dialog.mistakes.count() == 1 and questions[0].answer in dialog.mistakes.item(0).text()
    (kept,) = training.test_results(window.person.id)
    assert (kept.clinic_id, kept.asked, kept.right) == (clinic, total, total - 1)
    assert [a.chosen for a in kept.answers] == chosen
    keys("<Enter>")  # Close
    assert not dialog.isVisible()


def test_leaving_a_test_half_done_keeps_nothing(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QMessageBox

    training = window.services.training
    dialog = MonthlyTestAction(window, lambda: training).open()
    assert dialog is not None
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is dialog)
    keys = Keyboard(qtbot)
    keys("<Enter>1<Enter>")  # started, one answered

    def say_yes() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        box.button(QMessageBox.StandardButton.Yes).click()

    keys("<Esc>", say_yes)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert training.test_results(window.person.id) == []
