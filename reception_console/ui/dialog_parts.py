"""Parts every settings dialog has: the error line under the form (coloured by the theme) and Save / Cancel."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel


def error_line() -> QLabel:
    """Hidden until something is wrong; the theme's style sheet colours `#error` for either palette."""
    label = QLabel()
    label.setObjectName("error")
    label.setWordWrap(True)
    label.hide()
    return label


def save_cancel(dialog: QDialog, save: Callable[[], object]) -> QDialogButtonBox:
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
    buttons.accepted.connect(save)
    buttons.rejected.connect(dialog.reject)
    return buttons
