"""The status bar's word on the phone link: connected, connecting, or not reachable and when it retries."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget

from ...services.phone import LinkState, PhoneStatus, PhoneSystem

LOOKS = {  # the style sheet's colours for each (ui/style.py)
    LinkState.CONNECTED: "good",
    LinkState.CONNECTING: "waiting",
    LinkState.RETRYING: "bad",
    LinkState.REFUSED: "bad",
}


class PhoneStatusLabel(QLabel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("phoneStatus")
        self.status: PhoneStatus | None = None

    def set_status(self, status: PhoneStatus) -> None:
        self.status = status
        softphone = status.system is PhoneSystem.SOFTPHONE
        seconds = max(1, round(status.retry_in or 0))
        if status.state is LinkState.CONNECTED:
            text = self.tr("☎ Softphone connected") if softphone else self.tr("☎ PBX connected")
        elif status.state is LinkState.CONNECTING:
            text = self.tr("Softphone: connecting…") if softphone else self.tr("PBX: connecting…")
        elif status.state is LinkState.REFUSED:
            text = self.tr("PBX refused the sign-in; retrying in %n s", "", seconds)
        elif softphone:
            text = self.tr("Softphone not reachable; retrying in %n s", "", seconds)
        else:
            text = self.tr("PBX not reachable; retrying in %n s", "", seconds)
        self.setText(text)
        self.setToolTip(status.detail)
        if self.property("link") != LOOKS[status.state]:
            self.setProperty("link", LOOKS[status.state])
            self.style().unpolish(self)
            self.style().polish(self)
