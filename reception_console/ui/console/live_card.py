"""Live cards: the card on screen follows a supervisor's save within a second or two, without a restart.

Each tick asks only for the card's version (one small query); the card is read again only when the
version moved.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer

from ...domain.errors import StorageError
from ...services.cards import CardService, CardView

POLL_MS = 1000


class LiveCard(QObject):
    def __init__(
        self,
        cards: CardService,
        shown: Callable[[], CardView | None],
        refresh: Callable[[], None],
        parent: QObject | None = None,
        interval_ms: int = POLL_MS,
    ) -> None:
        super().__init__(parent)
        self._cards = cards
        self._shown = shown
        self._refresh = refresh
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.poll)
        self.timer.start()

    def poll(self) -> bool:
        """Re-render when the card on screen is no longer the stored version; True when it did."""
        view = self._shown()
        try:
            if view is None or view.card.id is None or self._cards.is_current(view):
                return False
        except StorageError:  # the console's outage banner says so; the card on screen stays
            return False
        self._refresh()
        return True
