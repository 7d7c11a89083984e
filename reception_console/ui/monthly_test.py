"""The receptionist's *Monthly test…*: questions from the current cards, one at a time, each with one right answer,
against the clock; the result is shown at the end and kept (it never counts in any call figure).

All by keyboard: on the first page the arrows choose the clinic and Enter starts; then a digit picks an answer (or
the arrows move to it) and Enter confirms it and moves on. Esc asks before leaving a test half done.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QElapsedTimer, QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QAction, QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ..domain.people import Person
from .toolbar import add_to_toolbar

if TYPE_CHECKING:  # (the training modules load with the first test, not with the console)
    from ..domain.training.knowledge_test import Question
    from ..services.training import TrainingService

SECONDS_PER_QUESTION = 45
START, ASKING, RESULT = range(3)


def clock_text(seconds: float) -> str:
    whole = max(0, round(seconds))
    return f"{whole // 60}:{whole % 60:02d}"


class MonthlyTestDialog(QDialog):
    def __init__(
        self,
        training: TrainingService,
        person: Person,
        clinics: Sequence[tuple[int, str]],
        parent: QWidget | None = None,
        *,
        seconds_per_question: int = SECONDS_PER_QUESTION,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Monthly knowledge test"))
        self.resize(760, 460)
        self.training = training
        self.person = person
        self.seconds_per_question = seconds_per_question
        self.questions: list[Question] = []
        self.chosen: list[int | None] = []
        self.number = 0
        self.result_id: int | None = None
        self.elapsed = QElapsedTimer()
        self.limit = 0.0
        self.ticker = QTimer(self)
        self.ticker.setInterval(500)
        self.ticker.timeout.connect(self._tick)

        self.pages = QStackedWidget()
        # the first page: which clinic, how long, how to answer
        self.clinic = QComboBox()
        self.clinic.setAccessibleName(self.tr("Clinic"))
        for clinic_id, name in clinics:
            self.clinic.addItem(name, clinic_id)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.start_button = QPushButton(self.tr("&Start"))
        self.start_button.setDefault(True)
        self.start_button.clicked.connect(self.start)
        start = QWidget()
        start_layout = QVBoxLayout(start)
        caption = QLabel(self.tr("&Clinic"))
        caption.setBuddy(self.clinic)
        start_layout.addWidget(caption)
        start_layout.addWidget(self.clinic)
        start_layout.addWidget(self.intro)
        start_layout.addStretch(1)
        start_layout.addWidget(self.start_button, 0, Qt.AlignmentFlag.AlignRight)
        self.clinic.currentIndexChanged.connect(self._describe)
        # one question at a time
        self.progress = QLabel()
        self.remaining = QLabel()
        self.remaining.setObjectName("testClock")
        self.question = QLabel()
        self.question.setObjectName("sectionTitle")
        self.question.setWordWrap(True)
        self.options = QListWidget()
        self.options.setAccessibleName(self.tr("Answers"))
        self.options.setWordWrap(True)
        self.options.setSpacing(3)
        self.options.setAlternatingRowColors(True)  # an answer of several lines reads as one
        self.options.installEventFilter(self)
        self.options.itemActivated.connect(lambda _item: self.answer())
        self.hint = QLabel(self.tr("Press 1–4 or the arrows, then Enter."))
        asking = QWidget()
        asking_layout = QVBoxLayout(asking)
        top = QHBoxLayout()
        top.addWidget(self.progress)
        top.addStretch(1)
        top.addWidget(self.remaining)
        asking_layout.addLayout(top)
        asking_layout.addWidget(self.question)
        asking_layout.addWidget(self.options, 1)
        asking_layout.addWidget(self.hint)
        # the result
        self.score = QLabel()
        self.score.setObjectName("sectionTitle")
        self.score.setWordWrap(True)
        self.mistakes = QListWidget()
        self.mistakes.setAccessibleName(self.tr("Answers to look at again"))
        self.mistakes.setWordWrap(True)
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.clicked.connect(self.accept)
        result = QWidget()
        result_layout = QVBoxLayout(result)
        result_layout.addWidget(self.score)
        result_layout.addWidget(self.mistakes, 1)
        result_layout.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignRight)
        for page in (start, asking, result):
            self.pages.addWidget(page)
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages)
        self._describe()
        self.clinic.setFocus()

    def _describe(self) -> None:
        clinic_id = self.clinic.currentData()
        if clinic_id is None:
            self.intro.setText(self.tr("There is no clinic to be tested on."))
            self.start_button.setEnabled(False)
            return
        self.questions = self.training.knowledge_test(self.person.id, int(clinic_id))
        minutes = clock_text(len(self.questions) * self.seconds_per_question)
        self.intro.setText(
            self.tr(
                "%1 questions about this clinic's card, %2 minutes in all. Each has one right answer: press its "
                "number (or move to it with the arrows) and Enter. Questions whose answer changed since your last "
                "test come first."
            )
            .replace("%1", str(len(self.questions)))
            .replace("%2", minutes)
        )
        self.start_button.setEnabled(bool(self.questions))

    # --- the test -------------------------------------------------------------------------------------

    def start(self) -> None:
        if not self.questions:
            return
        self.chosen = [None] * len(self.questions)
        self.number = 0
        self.limit = float(len(self.questions) * self.seconds_per_question)
        self.elapsed.start()
        self.ticker.start()
        self.pages.setCurrentIndex(ASKING)
        self._ask()

    def seconds(self) -> float:
        return self.elapsed.elapsed() / 1000 if self.elapsed.isValid() else 0.0

    def _tick(self) -> None:
        left = self.limit - self.seconds()
        self.remaining.setText(self.tr("%1 left").replace("%1", clock_text(left)))
        if left <= 0:
            self.finish()

    def _ask(self) -> None:
        q = self.questions[self.number]
        self.progress.setText(
            self.tr("Question %1 of %2").replace("%1", str(self.number + 1)).replace("%2", str(len(self.questions)))
        )
        self.question.setText(q.text)
        self.options.clear()
        for n, option in enumerate(q.options, start=1):
            self.options.addItem(f"[{n}]  {option}")
        self.options.setCurrentRow(-1)
        self.options.setFocus()
        self._tick()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.options and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            text = event.text()
            if text.isdigit() and 1 <= int(text) <= self.options.count():
                self.options.setCurrentRow(int(text) - 1)
                return True
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.answer()
                return True
        return super().eventFilter(watched, event)

    def answer(self) -> None:
        """Take the highlighted option (none highlighted: nothing happens) and go on."""
        if self.pages.currentIndex() != ASKING or self.options.currentRow() < 0:
            return
        self.chosen[self.number] = self.options.currentRow()
        self.number += 1
        if self.number < len(self.questions):
            self._ask()
        else:
            self.finish()

    def finish(self) -> None:
        """Keep the result (unanswered questions count as wrong) and show it."""
        if self.pages.currentIndex() != ASKING:
            return
        self.ticker.stop()
        seconds = min(self.seconds(), self.limit)
        clinic_id = int(self.clinic.currentData())
        self.result_id = self.training.record_test(self.person.id, clinic_id, self.questions, self.chosen, seconds)
        right = sum(1 for q, c in zip(self.questions, self.chosen, strict=True) if c == q.correct)
        total = len(self.questions)
        self.score.setText(
            self.tr("%1 of %2 right (%3 %) in %4.")
            .replace("%1", str(right))
            .replace("%2", str(total))
            .replace("%3", str(round(100 * right / total)))
            .replace("%4", clock_text(seconds))
        )
        self.mistakes.clear()
        for q, c in zip(self.questions, self.chosen, strict=True):
            if c != q.correct:
                yours = q.options[c] if c is not None else self.tr("no answer")
                self.mistakes.addItem(
                    self.tr("%1\n    right: %2 · yours: %3")
                    .replace("%1", q.text)
                    .replace("%2", q.answer)
                    .replace("%3", yours)
                )
        self.pages.setCurrentIndex(RESULT)
        self.close_button.setDefault(True)
        self.close_button.setFocus()

    def reject(self) -> None:
        if self.pages.currentIndex() == ASKING:
            answer = QMessageBox.question(
                self,
                self.windowTitle(),
                self.tr("Leave the test? What you answered so far is not kept; you can start again."),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
            self.ticker.stop()
        super().reject()


class MonthlyTestAction(QAction):
    """'Monthly test…' on the console's toolbar (added by the composition root), for whoever is signed in."""

    def __init__(self, window: QMainWindow, training: Callable[[], TrainingService]) -> None:
        """`training` builds the service on first use: the console starts without it."""
        super().__init__(window)
        self._window = window
        self._training = training
        self.dialog: MonthlyTestDialog | None = None
        self.setText(self.tr("Monthly test…"))
        self.setObjectName("monthlyTestAction")
        self.triggered.connect(self.open)
        add_to_toolbar(window, self)

    def open(self) -> MonthlyTestDialog | None:
        person = getattr(self._window, "person", None)
        if person is None:
            return None
        training = self._training()
        self.dialog = MonthlyTestDialog(training, person, training.clinics(), self._window)
        self.dialog.open()
        return self.dialog
