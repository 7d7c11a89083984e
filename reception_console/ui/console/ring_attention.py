"""A ring gets the receptionist's attention — the window comes forward or flashes in the task bar, and a tray
notification names the clinic and the caller — without taking the keyboard from what she is typing."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import QApplication, QSystemTrayIcon, QWidget

RAISE, FLASH, NONE = "raise", "flash", "none"
NOTICE_MS = 8000


def _phone_icon() -> QIcon:
    pixmap = QPixmap(32, 32)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setBrush(QColor("#198754"))
    painter.setPen(Qt.PenStyle.NoPen)
    painter.drawEllipse(2, 2, 28, 28)
    painter.setPen(QColor("white"))
    font = painter.font()
    font.setPixelSize(18)
    painter.setFont(font)
    painter.drawText(pixmap.rect(), int(Qt.AlignmentFlag.AlignCenter), "☎")
    painter.end()
    return QIcon(pixmap)


class RingAttention(QObject):
    def __init__(self, window: QWidget, mode: str = RAISE, tray: bool = True) -> None:
        super().__init__(window)
        self.window = window
        self.mode = mode
        self.tray_wanted = tray
        self.tray: QSystemTrayIcon | None = None
        self.last_notice: tuple[str, str] | None = None

    def ring(self, title: str, text: str) -> None:
        if self.mode == RAISE:
            self.bring_forward()
        elif self.mode == FLASH:
            QApplication.alert(self.window, 0)
        self.notify(title, text)

    def bring_forward(self) -> None:
        """Raise and activate the window — unless one of the console's own windows already has the keyboard
        (a half-typed outcome, an open dialog): then nothing moves and the task bar entry flashes instead."""
        if QApplication.activeWindow() is not None:
            QApplication.alert(self.window, 0)
            return
        if self.window.isMinimized():
            self.window.setWindowState(self.window.windowState() & ~Qt.WindowState.WindowMinimized)
        self.window.show()
        self.window.raise_()
        self.window.activateWindow()
        QApplication.alert(self.window, 0)  # where the desktop refuses to hand over the focus, it flashes

    def notify(self, title: str, text: str) -> None:
        self.last_notice = (title, text)
        if not self.tray_wanted or not QSystemTrayIcon.isSystemTrayAvailable():
            return
        if self.tray is None:
            icon = self.window.windowIcon()
            self.tray = QSystemTrayIcon(icon if not icon.isNull() else _phone_icon(), self)
            self.tray.setToolTip(self.window.windowTitle())
            self.tray.messageClicked.connect(self.bring_forward)
            self.tray.activated.connect(lambda _reason: self.bring_forward())
            self.tray.show()
        self.tray.showMessage(title, text, QSystemTrayIcon.MessageIcon.Information, NOTICE_MS)
