"""The person at the console stays who the database says: an admin who switches a person off, or changes
their role, is obeyed within a minute on every console where that person is signed in — not at the next sign-in."""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal

from ...domain.errors import StorageError
from ...domain.people import Person
from ...services.auth import AuthService

CHECK_MS = 30_000


class SessionGuard(QObject):
    revoked = Signal()  # the person was switched off or removed
    changed = Signal(object)  # Person: the same person with a new role or name

    def __init__(self, auth: AuthService, person: Person, parent: QObject | None = None, interval_ms: int = CHECK_MS):
        super().__init__(parent)
        self._auth = auth
        self.person = person
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.check)
        self.timer.start()

    def check(self) -> None:
        try:
            now = self._auth.current(self.person)
        except StorageError:  # the outage banner says so; the person stays signed in meanwhile
            return
        if now is None:
            self.revoked.emit()
        elif now != self.person:
            self.person = now
            self.changed.emit(now)
