"""What the console needs of the supervisor's windows (the card editor and the dashboard). The console never
imports those windows: the composition root hands it a factory, so each window can change on its own."""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

from PySide6.QtCore import QObject

from ...domain.people import Person
from ...domain.tasks import Task


class Supervising(Protocol):
    def allowed(self, person: Person) -> bool: ...

    def open_editor(self, person: Person) -> None: ...

    def open_dashboard(self, person: Person) -> None: ...

    def person_changed(self, person: Person) -> None: ...


# (call_back, card_saved, parent) → the windows opened from this console
SupervisingFactory = Callable[[Callable[[Task], None], Callable[[], None], QObject], Supervising]


class NoSupervisorWindows:
    """A console started without the supervisor's windows (a receptionist's kiosk build, benchmarks)."""

    def allowed(self, person: Person) -> bool:
        return False

    def open_editor(self, person: Person) -> None:
        pass

    def open_dashboard(self, person: Person) -> None:
        pass

    def person_changed(self, person: Person) -> None:
        pass
