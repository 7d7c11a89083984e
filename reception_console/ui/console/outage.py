"""When the database goes away: say so plainly, keep every call and typed outcome, put them back when it returns.

Only a lost connection is an outage (the red banner, the journal, a retry every few seconds). When the database
answers and refuses — a value it cannot hold, a permission the signed-in person does not have, a database that
may not be written — the message says that instead, the call stays on screen and in the journal, and nothing is
retried by itself: trying the same thing again would be refused again.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QLabel, QMessageBox, QWidget

from ...domain.calls import Call
from ...domain.errors import (
    PermissionRefusedError,
    ReadOnlyStorageError,
    RejectedValueError,
    StorageError,
    StorageRefusedError,
    StorageUnavailableError,
)
from ...platform.journal import CallJournal
from ...services.calls import CallDesk
from ...services.keeping import CallKeeper

log = logging.getLogger(__name__)
RETRY_MS = 5000
T = TypeVar("T")


class OutageKeeper(QObject):
    recovered = Signal(object)  # a Call stored again
    went_away = Signal(str)  # the banner's text, when the database has just gone away

    def __init__(self, desk: CallDesk, journal: CallJournal | None, parent: QWidget) -> None:
        super().__init__(parent)
        self.keeper = CallKeeper(desk, journal)  # the service level: the journal and storing what it kept
        self.banner = QLabel(parent)
        self.banner.setObjectName("outage")
        self.banner.setWordWrap(True)
        self.banner.hide()
        self._retry = QTimer(self)
        self._retry.setInterval(RETRY_MS)
        self._retry.timeout.connect(self.flush)
        self._said: type[StorageRefusedError] | None = None  # the refusal last said, until something succeeds
        self._read_only = ""  # why the database is only read (a schema this version does not own): the banner
        if self.pending:
            QTimer.singleShot(0, self.flush)
        if journal is not None and journal.set_aside is not None:
            QTimer.singleShot(0, lambda: self._tell_set_aside(journal))

    @property
    def pending(self) -> dict[str, Call]:
        """Calls kept in memory and in the journal, by id."""
        return self.keeper.pending

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

    def read_only(self, reason: str) -> None:
        """The database is opened to read only, for as long as this console runs: the banner says why for good;
        calls and outcomes are kept here (refused by the database, said by the banner, not by a box each time)."""
        self._read_only = reason
        self.banner.setText(reason)
        self.banner.show()

    def failed(self, error: StorageError) -> None:
        """A database error: the outage banner and a retry for a lost connection, the refusal's own message
        otherwise. A call that came with the error (a ring) is kept either way."""
        if isinstance(error, StorageRefusedError):
            self.refused(error)
            return
        self.banner.setText(
            self.tr(
                "The database cannot be reached. Nothing is lost: calls and what you type stay here and are stored "
                "as soon as it answers again. (%1)"
            ).replace("%1", str(error)[:160])
        )
        if not self.banner.isVisible():
            self.banner.show()
            self.went_away.emit(self.banner.text())
        if isinstance(error.call, Call):
            self.keep(error.call)
        self._retry.start()

    def refused(self, error: StorageRefusedError, call: Call | None = None) -> None:
        """The database answered and refused: say what it refused; keep the call (on screen and in the journal,
        stored at the next start or when saved again) and do not retry it by itself."""
        kept = call or (error.call if isinstance(error.call, Call) else None)
        if kept is not None:
            self.keeper.keep(kept)
            self.keeper.refused[kept.id] = error
        if self._read_only and isinstance(error, ReadOnlyStorageError):
            return  # the banner says it already
        if self._said is not type(error):  # once until something succeeds again, not at every draft kept
            self._said = type(error)
            QMessageBox.warning(self.banner.window(), self.tr("Not stored"), self.refusal_text(error))

    def refusal_text(self, error: StorageRefusedError) -> str:
        if isinstance(error, PermissionRefusedError):
            text = self.tr(
                "The database did not allow this for your sign-in. The call stays here; please tell IT or your "
                "supervisor. (%1)"
            )
        elif isinstance(error, ReadOnlyStorageError):
            text = self.tr(
                "The database can be read but not written (a read-only file or server). The call stays here and "
                "is kept in the journal; please tell IT. (%1)"
            )
        elif isinstance(error, RejectedValueError):
            text = self.tr("The database refused a value of this call. Check what was typed and save again. (%1)")
        else:
            text = self.tr("The database refused this. The call stays here; please tell IT. (%1)")
        return text.replace("%1", str(error)[:160])

    def keep(self, call: Call) -> None:
        self.keeper.keep(call)

    def forget(self, call_id: str) -> None:
        self.keeper.refused.pop(call_id, None)
        self.keeper.forget(call_id)

    def attempt(self, action: Callable[[], object]) -> bool:
        """Run a database action; on an outage show the banner, on a refusal say so (once); then return False."""
        try:
            action()
        except StorageError as error:
            self.failed(error)
            return False
        self._said = None
        if not self.keeper.waiting:
            self._clear()
        return True

    def fetch(self, action: Callable[[], T], default: T) -> T:
        """Read from the database; on an outage show the banner and return `default`."""
        try:
            value = action()
        except StorageUnavailableError as error:
            self.failed(error)
            return default
        if not self.keeper.waiting:
            self._clear()
        return value

    def flush(self) -> None:
        if self._read_only:
            return  # nothing can be stored until the console or the database is upgraded
        before = set(self.keeper.refused)
        try:
            stored = self.keeper.flush()
        except StorageUnavailableError as error:
            self.failed(error)
            return
        finally:
            for call_id in set(self.keeper.refused) - before:  # newly refused while stored: say so once
                QMessageBox.warning(
                    self.banner.window(), self.tr("Not stored"), self.refusal_text(self.keeper.refused[call_id])
                )
        for call in stored:
            self.recovered.emit(call)
        self._clear()

    def _clear(self) -> None:
        self._retry.stop()
        if self._read_only:
            self.banner.setText(self._read_only)
        else:
            self.banner.hide()
