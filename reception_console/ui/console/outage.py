"""When the database goes away: say so plainly, keep every call and typed outcome, put them back when it returns."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QLabel, QMessageBox, QWidget

from ...domain.calls import Call
from ...domain.errors import StorageUnavailableError
from ...platform.journal import CallJournal
from ...services.calls import CallDesk

log = logging.getLogger(__name__)
RETRY_MS = 5000
T = TypeVar("T")


class OutageKeeper(QObject):
    recovered = Signal(object)  # a Call stored again

    def __init__(self, desk: CallDesk, journal: CallJournal | None, parent: QWidget) -> None:
        super().__init__(parent)
        self._desk = desk
        self._journal = journal
        self.pending: dict[str, Call] = {c.id: c for c in journal.read()} if journal else {}
        self.banner = QLabel(parent)
        self.banner.setObjectName("outage")
        self.banner.setWordWrap(True)
        self.banner.hide()
        self._retry = QTimer(self)
        self._retry.setInterval(RETRY_MS)
        self._retry.timeout.connect(self.flush)
        if self.pending:
            QTimer.singleShot(0, self.flush)
        if journal is not None and journal.set_aside is not None:
            QTimer.singleShot(0, lambda: self._tell_set_aside(journal))

    def _tell_set_aside(self, journal: CallJournal) -> None:
        """Calls kept during an earlier outage could not all be read back: say so, and where the file is."""
        if journal.unreadable:
            text = self.tr(
                "%n call(s) kept while the database was away could not be read back. The file is kept as %1; "
                "please give it to IT so the calls can be entered.",
                "",
                journal.unreadable,
            )
        else:
            text = self.tr(
                "The calls kept while the database was away could not be read back. The file is kept as %1; "
                "please give it to IT so the calls can be entered."
            )
        title = self.tr("Calls kept during an outage")
        QMessageBox.warning(self.banner.window(), title, text.replace("%1", str(journal.set_aside)))

    @property
    def active(self) -> bool:
        return self.banner.isVisible()

    def failed(self, error: StorageUnavailableError) -> None:
        self.banner.setText(
            self.tr(
                "The database cannot be reached. Nothing is lost: calls and what you type stay here and are stored "
                "as soon as it answers again. (%1)"
            ).replace("%1", str(error)[:160])
        )
        self.banner.show()
        if isinstance(error.call, Call):
            self.keep(error.call)
        self._retry.start()

    def keep(self, call: Call) -> None:
        self.pending[call.id] = call
        self._write()

    def forget(self, call_id: str) -> None:
        if self.pending.pop(call_id, None) is not None:
            self._write()

    def attempt(self, action: Callable[[], object]) -> bool:
        """Run a database action; on an outage show the banner and return False."""
        try:
            action()
        except StorageUnavailableError as error:
            self.failed(error)
            return False
        if not self.pending:
            self._clear()
        return True

    def fetch(self, action: Callable[[], T], default: T) -> T:
        """Read from the database; on an outage show the banner and return `default`."""
        try:
            value = action()
        except StorageUnavailableError as error:
            self.failed(error)
            return default
        if not self.pending:
            self._clear()
        return value

    def flush(self) -> None:
        for call in list(self.pending.values()):
            try:
                stored = self._desk.recover(call)
            except StorageUnavailableError as error:
                self.failed(error)
                return
            self.pending.pop(call.id, None)
            self._write()
            self.recovered.emit(stored)
        self._clear()

    def _clear(self) -> None:
        self._retry.stop()
        self.banner.hide()

    def _write(self) -> None:
        if self._journal is None:
            return
        try:
            self._journal.write(list(self.pending.values()))
        except OSError:
            log.exception("cannot write the journal %s", self._journal.path)
