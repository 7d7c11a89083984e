"""Practice is unmistakable: while it lasts every window and dialog of the console wears a coloured frame and a
banner at its top — the ones open already and every one opened meanwhile — in the theme's practice colours."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QMargins, QObject, Qt
from PySide6.QtGui import QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QApplication, QDialog, QFrame, QHBoxLayout, QLabel, QMainWindow, QWidget

from .. import theme

FRAME = 4  # pixels of coloured frame around a window's contents


class PracticeFrame(QWidget):
    """The coloured frame: drawn over the window's edges, clicks and keys pass through it."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.setObjectName("practiceFrame")
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        pen = QPen(theme.colour("practice_frame", self.palette()))
        pen.setWidth(FRAME)
        pen.setJoinStyle(Qt.PenJoinStyle.MiterJoin)
        painter.setPen(pen)
        half = FRAME // 2
        painter.drawRect(self.rect().adjusted(half, half, -half, -half))
        painter.end()


def dialog_banner() -> QFrame:
    """The banner of a dialog or a supervisor's window opened during practice."""
    banner = QFrame()
    banner.setObjectName("practiceBanner")
    layout = QHBoxLayout(banner)
    layout.setContentsMargins(8, 3, 8, 3)
    title = QLabel(QCoreApplication.translate("Practice", "Practice mode — nothing here is a real call"))
    title.setObjectName("practiceTitle")
    layout.addWidget(title)
    layout.addStretch(1)
    return banner


class _Marked:
    def __init__(self, frame: PracticeFrame, banner: QWidget, margins: QMargins) -> None:
        self.frame = frame
        self.banner = banner
        self.margins = margins


class PracticeMarks(QObject):
    """Frames and banners on while practice lasts. `banners` names the banner of particular windows (the console's
    own, with its buttons); any other window gets `dialog_banner()`."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.banners: dict[QWidget, Callable[[], QWidget]] = {}
        self.marked: dict[QWidget, _Marked] = {}
        self._window_of: dict[QObject, QWidget] = {}  # each banner's window: a banner grown taller is placed again
        self.active = False

    def on(self) -> None:
        if self.active:
            return
        self.active = True
        QApplication.instance().installEventFilter(self)
        for window in QApplication.topLevelWidgets():
            if self._wears_marks(window) and window.isVisible():
                self.mark(window)

    def off(self) -> None:
        if not self.active:
            return
        self.active = False
        QApplication.instance().removeEventFilter(self)
        for window in list(self.marked):
            self.unmark(window)

    @staticmethod
    def _wears_marks(widget: QObject) -> bool:
        return isinstance(widget, (QDialog, QMainWindow)) and widget.isWindow()

    def mark(self, window: QWidget) -> None:
        if window in self.marked:
            return
        make = self.banners.get(window)
        banner = make() if make is not None else dialog_banner()
        if banner.parentWidget() is not window:
            banner.setParent(window)
        frame = PracticeFrame(window)
        margins = window.contentsMargins()
        self.marked[window] = _Marked(frame, banner, margins)
        self._window_of[banner] = window
        window.destroyed.connect(lambda _=None, w=window: self.marked.pop(w, None))
        banner.show()
        frame.show()
        self.place(window)

    def unmark(self, window: QWidget) -> None:
        marks = self.marked.pop(window, None)
        if marks is None:
            return
        window.setContentsMargins(marks.margins)
        self._window_of.pop(marks.banner, None)
        marks.frame.hide()
        marks.frame.deleteLater()
        marks.banner.hide()
        if window not in self.banners:
            marks.banner.deleteLater()  # the console's own banner is kept for the next practice

    def place(self, window: QWidget) -> None:
        """The banner across the top inside the frame; the window's contents moved in by the frame and banner."""
        marks = self.marked.get(window)
        if marks is None:
            return
        width = window.width() - 2 * FRAME
        height = marks.banner.heightForWidth(width)
        height = height if height > 0 else marks.banner.sizeHint().height()
        marks.banner.setGeometry(FRAME, FRAME, width, height)
        old = marks.margins
        inner = QMargins(old.left() + FRAME, old.top() + FRAME + height + 2, old.right() + FRAME, old.bottom() + FRAME)
        if window.contentsMargins() != inner:
            window.setContentsMargins(inner)
        marks.frame.setGeometry(window.rect())
        marks.frame.raise_()
        marks.banner.raise_()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.Show and self._wears_marks(watched):
            assert isinstance(watched, QWidget)
            self.mark(watched)
        elif kind == QEvent.Type.Resize and watched in self.marked:
            assert isinstance(watched, QWidget)
            self.place(watched)
        elif kind == QEvent.Type.LayoutRequest and watched in self._window_of:
            self.place(self._window_of[watched])
        return False
