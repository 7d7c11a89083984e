"""The supervisor's windows opened from the console: the card editor and the dashboard (supervisors, admins)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSettings

from ..domain.people import Person, Role
from ..domain.tasks import Task
from ..services.console import ConsoleServices

if TYPE_CHECKING:
    from .dashboard.window import DashboardWindow
    from .editor.window import CardEditorWindow
    from .scenario_editor import ScenarioEditor

SUPERVISING = (Role.SUPERVISOR, Role.ADMIN)


class SupervisorWindows(QObject):
    def __init__(
        self,
        services: ConsoleServices,
        *,
        region: str,
        clock: Callable[[], datetime],
        ui_state: QSettings | None,
        call_back: Callable[[Task], None],
        card_saved: Callable[[], None],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._services = services
        self._region = region
        self._clock = clock
        self._ui_state = ui_state
        self._call_back = call_back
        self._card_saved = card_saved
        self.editor: CardEditorWindow | None = None
        self.dashboard: DashboardWindow | None = None
        self.scenarios: ScenarioEditor | None = None

    def allowed(self, person: Person) -> bool:
        return person.role in SUPERVISING

    def open_editor(self, person: Person) -> None:
        if not self.allowed(person):
            return
        from .editor.window import CardEditorWindow

        if self.editor is None or not self.editor.isVisible() or self.editor.person != person:
            self.editor = CardEditorWindow(self._services, person, region=self._region, clock=self._clock)
            self.editor.card_saved.connect(lambda _clinic_id: self._card_saved())
        self.editor.show()
        self.editor.raise_()
        self.editor.activateWindow()

    def open_dashboard(self, person: Person) -> None:
        """The supervisor's figures and work lists."""
        if not self.allowed(person):
            return
        from .dashboard.window import DashboardWindow

        self.dashboard = DashboardWindow(
            self._services.reports,
            self._services.worklists,
            person,
            call_back=self._call_back,
            ui_state=self._ui_state,
            audit=self._services.audit,
            training=self._services.training,
            open_scenarios=lambda: self.open_scenarios(person),
        )
        self.dashboard.show()

    def open_scenarios(self, person: Person) -> None:
        """The scenario editor, over the dashboard."""
        if not self.allowed(person):
            return
        from .scenario_editor import ScenarioEditor

        clinics = [(c.id, c.name) for c in self._services.reports.clinics()]
        self.scenarios = ScenarioEditor(self._services.training, clinics, self.dashboard)
        self.scenarios.open()

    def person_changed(self, person: Person) -> None:
        """The windows act as the person who opened them: another person signing in closes them."""
        for window in (self.editor, self.dashboard):
            if window is not None and getattr(window, "person", person) != person:
                window.close()


def supervisor_windows(
    services: ConsoleServices, *, region: str, clock: Callable[[], datetime], ui_state: QSettings | None
) -> Callable[[Callable[[Task], None], Callable[[], None], QObject], SupervisorWindows]:
    """The factory a console is given: the windows it opens, acting for its call-back and card-saved slots."""

    def build(call_back: Callable[[Task], None], card_saved: Callable[[], None], parent: QObject) -> SupervisorWindows:
        return SupervisorWindows(
            services,
            region=region,
            clock=clock,
            ui_state=ui_state,
            call_back=call_back,
            card_saved=card_saved,
            parent=parent,
        )

    return build
