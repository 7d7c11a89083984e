"""Heights that do not follow the text: a label as tall empty as with its text, so nothing below it moves when a
ring fills it in (a moved widget is a repainted widget, and a jumping screen is hard to read)."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel


def keep_text_height(label: QLabel, lines: int = 1) -> None:
    """Make `label` at least as tall as `lines` lines of its text, in its own style (polished now for that)."""
    label.ensurePolished()
    text = label.text()
    label.setText("\n".join(["Ág"] * lines))
    label.setMinimumHeight(label.sizeHint().height())
    label.setText(text)
