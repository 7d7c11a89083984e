"""Where a window opens and how big: inside the screen it opens on (the room the taskbar leaves), at the size
it prefers or as much of it as there is; its size and splitter positions remembered per screen, so a laptop
at 150 % and the office monitor each keep their own."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QByteArray, QEvent, QObject, QPoint, QRect, QSettings, QSize
from PySide6.QtGui import QGuiApplication, QScreen
from PySide6.QtWidgets import QSplitter, QWidget


def screen_key(screen: QScreen) -> str:
    """The screen as its logical size and scale: 1280x720@150 (1920×1080 at 150 %)."""
    size = screen.geometry().size()
    return f"{size.width()}x{size.height()}@{round(screen.devicePixelRatio() * 100)}"


def inside(frame: QRect, room: QRect) -> QRect:
    """`frame` moved (and shrunk if need be) to lie within `room`."""
    size = frame.size().boundedTo(room.size())
    x = min(max(frame.x(), room.left()), room.right() + 1 - size.width())
    y = min(max(frame.y(), room.top()), room.bottom() + 1 - size.height())
    return QRect(QPoint(x, y), size)


class WindowPlace(QObject):
    """Watches one window: places it when first shown, keeps its state per screen when it closes."""

    def __init__(
        self,
        window: QWidget,
        name: str,
        preferred: QSize,
        *,
        ui_state: QSettings | None = None,
        splitters: Sequence[QSplitter] = (),
    ) -> None:
        super().__init__(window)
        self._window = window
        self._name = name
        self._preferred = preferred
        self._ui_state = ui_state
        self._splitters = list(splitters)
        self._placed = False
        window.resize(preferred.boundedTo(self._room().size()))
        window.installEventFilter(self)

    def _screen(self) -> QScreen:
        parent = self._window.parentWidget()
        return (
            (parent.screen() if parent is not None else None)
            or self._window.screen()
            or QGuiApplication.primaryScreen()
        )

    def _room(self) -> QRect:
        return self._screen().availableGeometry()

    def _key(self, what: str) -> str:
        return f"{self._name}/{screen_key(self._screen())}/{what}"

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # (while the window is being destroyed, Python's side of this object may already be gone)
        if watched is getattr(self, "_window", None):
            if event.type() == QEvent.Type.Show and not self._placed:
                self._placed = True
                self._restore()
                self.keep_inside()
            elif event.type() == QEvent.Type.Close:
                self.save()
        return False

    def _restore(self) -> None:
        state = self._ui_state
        if state is None:
            return
        geometry = state.value(self._key("geometry"))
        if isinstance(geometry, QByteArray):
            self._window.restoreGeometry(geometry)
        for n, splitter in enumerate(self._splitters):
            sizes = state.value(self._key(f"splitter{n}"))
            if isinstance(sizes, QByteArray):
                splitter.restoreState(sizes)

    def keep_inside(self) -> None:
        """The whole window, frame and title bar too, within the screen's free room."""
        window = self._window
        frame, inner = window.frameGeometry(), window.geometry()
        extra = frame.size() - inner.size()
        room = self._room()
        placed = inside(frame, room)
        if placed.size() != frame.size():
            window.resize((placed.size() - extra).expandedTo(window.minimumSize()))
        window.move(placed.topLeft())

    def save(self) -> None:
        state = self._ui_state
        if state is None:
            return
        state.setValue(self._key("geometry"), self._window.saveGeometry())
        for n, splitter in enumerate(self._splitters):
            state.setValue(self._key(f"splitter{n}"), splitter.saveState())
