"""Typing the way a person does: every key goes where the keyboard focus is, never to a named widget.

    keys = Keyboard(qtbot)
    keys("<Ctrl+N>Moko<Enter>600 111 222<Enter>")
    keys("<Ctrl+T>", look_at_the_tasks, "<Esc>")   # a function runs between two keys, e.g. while a dialog is open

Text in angle brackets is one key or chord (`<Enter>`, `<Down>`, `<Ctrl+2>`, `<Alt+P>`, `<F9>`); the rest is typed
character by character, Polish and Cyrillic included. The keys are sent one at a time from the event loop, as a
keyboard would: a key that opens a modal dialog does not stop the keys after it, they go into the dialog once it has
the focus, and the keys after the dialog closes go wherever the focus went then. Between keys the helper waits until
a window has taken the keyboard (a dialog being shown, the window coming back after it).
"""

from __future__ import annotations

import re
from collections import deque
from collections.abc import Callable

import shiboken6
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QWidget

KEY_PAUSE_MS = 2  # between two keys: the event loop runs, as it does between a person's key presses
WAIT_FOR_FOCUS_MS = 3000
_CHORD = re.compile(r"<([^<>]+)>")
_NAMES = {"Enter": "Return", "Esc": "Escape"}  # the big Enter key of a keyboard is Qt's Key_Return


def focus_target() -> QWidget | None:
    """The widget a key pressed now would reach: an open drop-down's list, else the focus widget of the active
    window (the window itself when nothing in it has the focus)."""
    popup = QApplication.activePopupWidget()
    if popup is not None:  # an open list or calendar has the keyboard
        focus = QApplication.focusWidget()
        if focus is not None and (focus is popup or popup.isAncestorOf(focus)):
            return focus
        return popup.focusWidget() or popup
    window = QApplication.activeWindow()
    if window is None or not window.isVisible():
        return None
    modal = QApplication.activeModalWidget()
    if modal is not None and window is not modal:
        return None  # a dialog is on its way: it takes the keys once it is the active window
    focus = QApplication.focusWidget()
    if focus is not None and focus.isVisible() and focus.window() is window:
        return focus
    return window


def _chord(name: str) -> tuple[Qt.Key, Qt.KeyboardModifier]:
    parts = name.split("+")
    parts[-1] = _NAMES.get(parts[-1], parts[-1])
    sequence = QKeySequence("+".join(parts))
    if sequence.isEmpty() or sequence.count() != 1:
        raise ValueError(f"not a key: <{name}>")
    combination = sequence[0]
    return combination.key(), combination.keyboardModifiers()


class Keyboard:
    def __init__(self, qtbot) -> None:  # type: ignore[no-untyped-def]
        self._qtbot = qtbot
        self._queue: deque[tuple[Qt.Key, Qt.KeyboardModifier, str] | Callable[[], object]] = deque()
        self._running = False
        self._waited_ms = 0
        self.error: str | None = None
        self._windows: list[QWidget] = []  # the windows that had the keyboard, the latest last
        self.typed_into: list[QWidget] = []  # where each key went, for a failing test to say

    def __call__(self, *steps: str | Callable[[], object], timeout: int = 10000) -> None:
        """Press the keys and wait until the last one has been handled (and any dialog it opened is closed)."""
        for step in steps:
            if isinstance(step, str):
                self._queue.extend(self._parse(step))
            else:
                self._queue.append(step)
        self.error = None
        if not self._running:
            self._running = True
            QTimer.singleShot(0, self._next)
        self._qtbot.waitUntil(lambda: not self._running, timeout=timeout)
        assert self.error is None, self.error

    def _give_back_the_keyboard(self) -> None:
        """A drop-down list or a dialog closed and no window is active: on a desktop the window under the list never
        lost the keyboard, and a dialog hands it back to the window it came from; the offscreen platform may leave
        no window active (or make a window of an earlier test the active one)."""
        for window in reversed(self._windows):
            if shiboken6.isValid(window) and window.isVisible():
                window.activateWindow()
                return

    @staticmethod
    def _parse(keys: str) -> list[tuple[Qt.Key, Qt.KeyboardModifier, str]]:
        events: list[tuple[Qt.Key, Qt.KeyboardModifier, str]] = []
        position = 0
        for match in _CHORD.finditer(keys):
            events += _characters(keys[position : match.start()])
            key, modifiers = _chord(match.group(1))
            events.append((key, modifiers, ""))
            position = match.end()
        events += _characters(keys[position:])
        return events

    def _next(self) -> None:
        target = focus_target()
        if not self._queue and target is not None:  # done, and a window has the keyboard again
            self._running = False
            return
        if target is None:
            if QApplication.activePopupWidget() is None and QApplication.activeModalWidget() is None:
                self._give_back_the_keyboard()
            self._waited_ms += 10
            if self._waited_ms > WAIT_FOR_FOCUS_MS:
                self.error = f"no window took the keyboard for {WAIT_FOR_FOCUS_MS} ms; {len(self._queue)} keys left"
                if not self._queue:
                    self.error = None  # after the last key: nothing more to type anywhere
                self._queue.clear()
                self._running = False
                return
            QTimer.singleShot(10, self._next)
            return
        self._waited_ms = 0
        if QApplication.activePopupWidget() is None and target.window() not in self._windows[-1:]:
            self._windows.append(target.window())
        step = self._queue.popleft()
        QTimer.singleShot(KEY_PAUSE_MS, self._next)  # queued first: a key that opens a dialog blocks in exec()
        if callable(step):
            try:
                step()
            except AssertionError as error:  # raised inside Qt's event loop it would be lost: report it at the end
                self.error = f"{getattr(step, '__name__', step)}: {error}"
                self._queue.clear()
                dialog = QApplication.activeModalWidget()
                if isinstance(dialog, QDialog):
                    dialog.reject()  # or the test would wait for it for ever
            return
        key, modifiers, text = step
        self.typed_into.append(target)
        if text:
            press_character(target, text)
        else:
            QTest.keyClick(target, key, modifiers)


def _characters(text: str) -> list[tuple[Qt.Key, Qt.KeyboardModifier, str]]:
    return [(Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, ch) for ch in text]


def press_character(widget: QWidget, ch: str) -> None:
    """One typed character: ASCII with its key code (check boxes and spin boxes look at it), others as text."""
    if ch == " ":
        QTest.keyClick(widget, Qt.Key.Key_Space, Qt.KeyboardModifier.NoModifier)
    elif ch.isascii() and ch.isprintable():
        QTest.keyClick(widget, ch)
    else:
        QTest.sendKeyEvent(QTest.KeyAction.Click, widget, Qt.Key.Key_unknown, ch, Qt.KeyboardModifier.NoModifier)
