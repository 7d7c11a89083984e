"""Work lists, each with its actions: follow-ups and callbacks to call, messages to pass on, visits to mark."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QTabWidget, QVBoxLayout, QWidget

from ...domain.people import Person
from ...domain.tasks import Task
from ...domain.visits import VisitStatus
from ...domain.worklists import VisitToMark
from ...services.worklists import WorkLists, WorkListService
from ..models.report_models import ColumnTableModel
from ..models.tasks_model import no_number_text
from .tables import tasks_model, visits_model
from .widgets import current_row_object, table_view


class _ListTab(QWidget):
    def __init__(self, model: ColumnTableModel, name: str, hint: str) -> None:
        super().__init__()
        self.model = model
        self.view = table_view(model, name)
        self.buttons = QHBoxLayout()
        self.hint = QLabel(hint)
        self.hint.setObjectName("caption")
        self.buttons.addWidget(self.hint, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.view, 1)
        layout.addLayout(self.buttons)

    def button(self, text: str, slot: Callable[[], None], name: str) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.clicked.connect(slot)
        self.buttons.addWidget(button)
        return button

    def current(self) -> object | None:
        return current_row_object(self.view)

    def drop(self, item: object) -> None:
        rows = [self.model.row_object(r) for r in range(self.model.rowCount()) if self.model.row_object(r) is not item]
        self.model.set_rows(rows)


class WorkListsPanel(QTabWidget):
    call_back = Signal(object)  # Task: the console dials it
    changed = Signal()

    def __init__(
        self,
        service: WorkListService,
        person: Person,
        clinic_name: Callable[[int | None], str],
        *,
        can_call: bool,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._service = service
        self._person = person
        self.follow_ups = _ListTab(
            tasks_model(self.tr("Follow-ups"), clinic_name, message=False),
            "followUps",
            self.tr("Too expensive or will think: call back on the due date."),
        )
        self.callbacks = _ListTab(
            tasks_model(self.tr("Callbacks"), clinic_name, message=False),
            "callbacks",
            self.tr("Missed calls not yet called back."),
        )
        self.messages = _ListTab(
            tasks_model(self.tr("Messages"), clinic_name, message=True),
            "messages",
            self.tr("Messages for owners and doctors, not yet passed on."),
        )
        self.visits = _ListTab(
            visits_model(clinic_name), "visits", self.tr("Visits that have taken place: mark what happened.")
        )
        self._can_call = can_call
        self._call_buttons: dict[_ListTab, QPushButton] = {}
        for tab in (self.follow_ups, self.callbacks):
            call = tab.button(self.tr("Call now"), lambda _=False, tab=tab: self._call(tab), "callNow")
            self._call_buttons[tab] = call
            tab.view.selectionModel().currentChanged.connect(lambda *_, tab=tab: self._update_call(tab))
            tab.button(self.tr("Mark done"), lambda _=False, tab=tab: self._done(tab), "markDone")
            self._update_call(tab)
        self.messages.button(self.tr("Passed on"), lambda: self._done(self.messages), "markDone")
        self.messages.button(self.tr("Send again"), self._send_again, "sendAgain")
        for status, text, name in (
            (VisitStatus.ATTENDED, self.tr("Attended"), "markAttended"),
            (VisitStatus.NO_SHOW, self.tr("No-show"), "markNoShow"),
            (VisitStatus.CANCELLED, self.tr("Cancelled"), "markCancelled"),
        ):
            self.visits.button(text, lambda _=False, s=status: self._mark(s), name)
        self.tabs = (self.follow_ups, self.callbacks, self.messages, self.visits)
        for tab in self.tabs:
            self.addTab(tab, "")
        self._titles()

    def _titles(self) -> None:
        names = (self.tr("Follow-ups"), self.tr("Callbacks"), self.tr("Messages"), self.tr("Visits to mark"))
        for n, (tab, name) in enumerate(zip(self.tabs, names, strict=True)):
            self.setTabText(n, f"{name} ({tab.model.rowCount()})")

    def set_lists(self, lists: WorkLists) -> None:
        self.follow_ups.model.set_rows(lists.follow_ups)
        self.callbacks.model.set_rows(lists.callbacks)
        self.messages.model.set_rows(lists.messages)
        self.visits.model.set_rows(lists.visits)
        self._titles()
        for tab in self._call_buttons:
            self._update_call(tab)

    def _update_call(self, tab: _ListTab) -> None:
        """*Call now* dials the selected task's number; without one it is greyed and its tooltip says why."""
        button = self._call_buttons[tab]
        task = tab.current()
        no_number = isinstance(task, Task) and not task.phone
        button.setEnabled(self._can_call and isinstance(task, Task) and not no_number)
        button.setToolTip(no_number_text() if no_number else "")

    def models(self) -> Sequence[ColumnTableModel]:
        return [tab.model for tab in self.tabs]

    def _call(self, tab: _ListTab) -> None:
        task = tab.current()
        if isinstance(task, Task) and task.phone:
            self.call_back.emit(task)
        elif isinstance(task, Task):
            tab.hint.setText(no_number_text())

    def _done(self, tab: _ListTab) -> None:
        task = tab.current()
        if isinstance(task, Task) and task.id is not None:
            self._service.complete(task.id, self._person)
            tab.drop(task)
            self._titles()
            self.changed.emit()

    def _send_again(self) -> None:
        task = self.messages.current()
        if isinstance(task, Task) and task.id is not None and self._service.send_again(task.id):
            self.changed.emit()  # the lists are read again, with the new delivery state

    def _mark(self, status: VisitStatus) -> None:
        visit = self.visits.current()
        if isinstance(visit, VisitToMark):
            self._service.mark_visit(visit.id, status)
            self.visits.drop(visit)
            self._titles()
            self.changed.emit()
