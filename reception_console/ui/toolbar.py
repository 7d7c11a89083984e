"""The console's toolbar, for the actions the composition root adds to it (settings, messages, database, test)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow, QToolBar

MAIN_TOOLBAR = "mainToolbar"  # the console's toolbar's object name (`ui.console.window_actions`)


def add_to_toolbar(window: QMainWindow, action: QAction) -> None:
    """`action` on the window's toolbar, reached by Tab like its other buttons, and live in the whole window; a
    window without that toolbar gets the action alone."""
    toolbar = window.findChild(QToolBar, MAIN_TOOLBAR)
    if toolbar is not None:
        toolbar.addAction(action)
        toolbar.widgetForAction(action).setFocusPolicy(Qt.FocusPolicy.TabFocus)  # Tab reaches it
    window.addAction(action)
