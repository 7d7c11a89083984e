"""What a screen reader hears: names for controls that have no label of their own, and announcements of the
changes that matter (a ring, a caller waiting too long, the database gone)."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent
from PySide6.QtWidgets import QLabel, QWidget


def caption_text(caption: str) -> str:
    """A label's caption as a name: without its shortcut marker and colon ("&Patient:" → "Patient")."""
    return caption.replace("&&", "\0").replace("&", "").replace("\0", "&").strip().rstrip(":").strip()


def name(widget: QWidget, caption: str) -> None:
    widget.setAccessibleName(caption_text(caption))


def label_for(widget: QWidget, caption: str) -> QLabel:
    """A caption label that names `widget` (its buddy: a screen reader reads the caption as the name)."""
    label = QLabel(caption)
    label.setBuddy(widget)
    return label


class Announcer(QObject):
    """Says something to the screen reader without moving the focus: a live region, in the web's words.
    `announced` carries the same text, for the window's status line and for tests."""

    announced = Signal(str)

    def say(self, widget: QWidget, text: str, *, urgent: bool = False) -> None:
        event = QAccessibleAnnouncementEvent(widget, text)
        politeness = QAccessible.AnnouncementPoliteness
        event.setPoliteness(politeness.Assertive if urgent else politeness.Polite)
        QAccessible.updateAccessibility(event)
        self.announced.emit(text)
