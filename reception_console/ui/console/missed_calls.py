"""Missed calls, under the calls in progress: every caller waiting for a callback, and "Call back" one key away."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QLabel, QListView, QPushButton, QVBoxLayout, QWidget

from ...domain.errors import StorageError
from ...domain.people import Person
from ...domain.tasks import Task, TaskKind
from ...services.tasks import TaskService
from ..models.callbacks_model import ROLE_TASK, CallbacksModel
from ..models.tasks_model import no_number_text
from .call_delegate import CallDelegate

POLL_MS = 1000  # other consoles on a shared database add, take and clear callbacks: seen within a second or two
REFRESH_EVERY = 60  # polls; the list is read again now and then even when no counter moved


class MissedCallsPanel(QWidget):
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
        self.person = person
        self.title = QLabel()
        self.title.setObjectName("sectionTitle")
        self.model = CallbacksModel(clinic_name, clock, self)
        self.view = QListView()
        self.view.setObjectName("missedCalls")
        self.view.setModel(self.model)
        self.view.setItemDelegate(CallDelegate(self.view))
        self.view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.view.setWordWrap(False)
        self.view.setAccessibleName(self.tr("Missed calls"))
        self.view.doubleClicked.connect(lambda _index: self._call_back())
        self.view.activated.connect(lambda _index: self._call_back())
        self.view.selectionModel().currentChanged.connect(lambda *_: self._update_button())
        self.button = QPushButton(self.tr("Call back"))
        self.button.setObjectName("callBackButton")
        self.button.clicked.connect(self._call_back)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.button)
        self.setMaximumHeight(270)
        self._seen: int | None = None  # the work lists' change counter when the list was last read
        self._polls = 0
        self._timer = QTimer(self)
        self._timer.setInterval(POLL_MS)
        self._timer.timeout.connect(self.poll)
        self._timer.start()
        self.refresh()

    def poll(self) -> bool:
        """One small read (the change counters); the list is read again only when they moved. True when it was."""
        self._polls += 1
        try:
            version = self._tasks.version()
        except StorageError:
            return False  # away or refused: the list stays as it was; the window says so
        if version == self._seen and self._polls % REFRESH_EVERY:
            return False
        self.refresh()
        return True

    def set_person(self, person: Person) -> None:
        self.person = person
        self.refresh()

    def refresh(self) -> None:
        current = self.current()
        try:
            version = self._tasks.version()  # read first: a change while the list is read is seen next time
            tasks = [t for t in self._tasks.my_tasks(self.person) if t.kind is TaskKind.CALLBACK]
        except StorageError:
            return  # the database is away: keep the list as it was; the window says so, the poll retries
        self._seen = version
        self.model.set_tasks(tasks)
        self.title.setText(self.tr("Missed calls (%n)", "", len(tasks)))
        rows = [i for i, t in enumerate(self.model.tasks()) if current is not None and t.id == current.id]
        if rows or tasks:
            self.view.setCurrentIndex(self.model.index(rows[0] if rows else 0))
        self._update_button()
        # no missed calls: just the title, and the calls in progress get the whole column
        self.view.setVisible(bool(tasks))
        self.button.setVisible(bool(tasks))

    def current(self) -> Task | None:
        index = self.view.currentIndex()
        task = index.data(ROLE_TASK) if index.isValid() else None
        return task if isinstance(task, Task) else None

    def _update_button(self) -> None:
        """Call back dials the selected caller; a caller without a number is greyed out, the tooltip says why."""
        task = self.current()
        self.button.setEnabled(task is not None and bool(task.phone))
        self.button.setToolTip(no_number_text() if task is not None and not task.phone else "")

    def _call_back(self) -> None:
        task = self.current()
        if task is not None:
            self.call_back.emit(task)  # without a number the console says why it cannot dial
