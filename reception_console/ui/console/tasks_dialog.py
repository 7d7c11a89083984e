"""My tasks: callbacks, follow-ups and messages; call back from here, or mark done."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QSize, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...domain.people import Person
from ...domain.tasks import Task, TaskKind
from ...services.tasks import TaskService
from ..models.tasks_model import TasksModel, no_number_text
from ..window_place import WindowPlace


class TasksDialog(QDialog):
    call_back = Signal(object)  # Task

    def __init__(
        self,
        tasks: TaskService,
        person: Person,
        clinic_name: Callable[[int | None], str],
        clock: Callable[[], datetime],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._tasks = tasks
        self._person = person
        self.setWindowTitle(self.tr("My tasks"))
        self.place = WindowPlace(self, "tasks", QSize(980, 460))
        self.model = TasksModel(clinic_name, clock, self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("My tasks"))
        self.table.setTabKeyNavigation(False)  # Tab leaves the table; the arrows move inside it
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.doubleClicked.connect(lambda _: self._call_back())
        self.summary = QLabel()
        self.call_button = QPushButton(self.tr("Call back  Enter"))
        self.call_button.setDefault(True)
        self.done_button = QPushButton(self.tr("Mark done  Ctrl+D"))
        self.done_button.setShortcut("Ctrl+D")
        self.resend_button = QPushButton(self.tr("Send again"))
        self.resend_button.setToolTip(self.tr("Send the message's failed e-mail or SMS once more"))
        self.resend_button.clicked.connect(self._send_again)
        close = QPushButton(self.tr("Close"))
        self.call_button.clicked.connect(self._call_back)
        self.done_button.clicked.connect(self._done)
        close.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.summary, 1)
        buttons.addWidget(self.call_button)
        buttons.addWidget(self.resend_button)
        buttons.addWidget(self.done_button)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._update_buttons())
        self.refresh()

    def refresh(self) -> None:
        tasks = self._tasks.my_tasks(self._person)
        self.model.set_tasks(tasks)
        overdue = sum(t.is_overdue(self._tasks.now()) for t in tasks)
        self.summary.setText(
            self.tr("%n open task(s)", "", len(tasks)) + (" · " + self.tr("%n overdue", "", overdue) if overdue else "")
        )
        if tasks:
            self.table.selectRow(0)
        self._update_buttons()

    def current(self) -> Task | None:
        index = self.table.currentIndex()
        return self.model.task(index.row()) if index.isValid() else None

    def _update_buttons(self) -> None:
        task = self.current()
        self.call_button.setEnabled(task is not None and bool(task.phone))
        self.call_button.setToolTip(no_number_text() if task is not None and not task.phone else "")
        self.done_button.setEnabled(task is not None)
        self.resend_button.setVisible(task is not None and task.delivery_failed)
        if task is not None and task.kind is TaskKind.MESSAGE:
            self.call_button.setText(self.tr("Call the patient  Enter"))
            # a message that did not reach its person is passed on by phone
            self.done_button.setText(
                self.tr("Passed on by phone  Ctrl+D") if task.delivery_failed else self.tr("Mark done  Ctrl+D")
            )
        else:
            self.call_button.setText(self.tr("Call back  Enter"))
            self.done_button.setText(self.tr("Mark done  Ctrl+D"))
        self.done_button.setShortcut("Ctrl+D")

    def _call_back(self) -> None:
        task = self.current()
        if task is not None and task.phone:
            self.call_back.emit(task)
            self.accept()

    def _send_again(self) -> None:
        task = self.current()
        if task is not None and task.id is not None:
            self._tasks.send_again(task.id)
            self.refresh()

    def _done(self) -> None:
        task = self.current()
        if task is not None and task.id is not None:
            self._tasks.complete(task.id, self._person)
            self.refresh()
