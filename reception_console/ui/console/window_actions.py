"""The console's toolbar and keyboard shortcuts, in one place (the README's key table mirrors this)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import QToolBar

from ...domain.script import Objection
from ..objection_keys import FIRST_KEY
from ..toolbar import MAIN_TOOLBAR
from .prompts_panel import PromptsPanel


class MainWindow(Protocol):
    """The console window's slots that its toolbar and keys trigger, and the actions they become."""

    prompts: PromptsPanel
    new_call_action: QAction
    tasks_action: QAction
    gap_action: QAction
    editor_action: QAction
    dashboard_action: QAction
    switch_action: QAction
    practice_action: QAction
    toolbar: QToolBar

    def addToolBar(self, bar: QToolBar) -> None: ...

    def addAction(self, action: QAction) -> None: ...

    def new_call(self) -> None: ...

    def open_tasks(self) -> None: ...

    def report_gap(self) -> None: ...

    def open_editor(self) -> None: ...

    def open_dashboard(self) -> None: ...

    def switch_user(self) -> bool: ...

    def practice_key(self) -> None: ...

    def save(self) -> None: ...

    def answer(self) -> None: ...

    def end(self) -> None: ...

    def focus_search(self) -> None: ...

    def step_call(self, step: int) -> None: ...


def install_actions(window: MainWindow) -> None:
    """Toolbar actions (shown with their keys) and the keys that work anywhere in the window."""
    bar = QToolBar(QCoreApplication.translate("MainWindow", "Main"))
    bar.setObjectName(MAIN_TOOLBAR)
    bar.setMovable(False)
    bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
    window.addToolBar(bar)
    window.toolbar = bar

    def action(text: str, keys: str, slot: Callable[[], object]) -> QAction:
        act = QAction(text, window)
        act.setShortcut(QKeySequence(keys))
        act.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        act.triggered.connect(slot)
        act.setToolTip(f"{text} ({QKeySequence(keys).toString(QKeySequence.SequenceFormat.NativeText)})")
        bar.addAction(act)
        window.addAction(act)
        return act

    window.new_call_action = action(
        QCoreApplication.translate("MainWindow", "New call  Ctrl+N"), "Ctrl+N", window.new_call
    )
    window.tasks_action = action(
        QCoreApplication.translate("MainWindow", "My tasks  Ctrl+T"), "Ctrl+T", window.open_tasks
    )
    window.gap_action = action(
        QCoreApplication.translate("MainWindow", "Couldn't answer  Ctrl+K"),
        "Ctrl+K",
        window.report_gap,
    )
    window.editor_action = action(
        QCoreApplication.translate("MainWindow", "Edit cards  Ctrl+E"), "Ctrl+E", window.open_editor
    )
    window.dashboard_action = action(
        QCoreApplication.translate("MainWindow", "Dashboard  Ctrl+D"), "Ctrl+D", window.open_dashboard
    )
    window.practice_action = action(
        QCoreApplication.translate("MainWindow", "Practice…  Ctrl+Shift+P"), "Ctrl+Shift+P", window.practice_key
    )
    bar.addSeparator()
    window.switch_action = action(
        QCoreApplication.translate("MainWindow", "Switch user  Ctrl+Shift+L"), "Ctrl+Shift+L", window.switch_user
    )

    for keys in ("Ctrl+Return", "Ctrl+Enter"):
        QShortcut(QKeySequence(keys), window, window.save)
    QShortcut(QKeySequence("F9"), window, window.answer)
    QShortcut(QKeySequence("F10"), window, window.end)
    QShortcut(QKeySequence("Ctrl+F"), window, window.focus_search)
    QShortcut(QKeySequence("Ctrl+G"), window, lambda: window.prompts.setCurrentIndex(PromptsPanel.GETTING_HERE))
    QShortcut(QKeySequence("Ctrl+H"), window, lambda: window.prompts.setCurrentIndex(PromptsPanel.HISTORY))
    QShortcut(QKeySequence("Ctrl+PgDown"), window, lambda: window.step_call(1))
    QShortcut(QKeySequence("Ctrl+PgUp"), window, lambda: window.step_call(-1))
    for i, objection in enumerate(Objection):
        QShortcut(QKeySequence(f"F{FIRST_KEY + i}"), window, lambda o=objection: window.prompts.show_objection(o))
