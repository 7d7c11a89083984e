"""What a screen reader says for each control: its accessible name, as Qt's accessibility gives it (the widget's
accessibleName, a button's text, the label whose buddy it is)."""

from __future__ import annotations

from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QComboBox,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QScrollBar,
    QTabBar,
    QTextEdit,
    QWidget,
)

INTERACTIVE = (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QTextEdit,
    QPlainTextEdit,
    QAbstractSlider,
    QTabBar,
)


def spoken_name(widget: QWidget) -> str:
    interface = QAccessible.queryAccessibleInterface(widget)
    return interface.text(QAccessible.Text.Name).strip() if interface is not None else ""


def _part_of_another(widget: QWidget) -> bool:
    """Qt's inner parts of a control (a combo box's line edit and list, a spin box's editor, scroll bars, the
    toolbar's overflow arrow, a calendar's parts): announced as the control they belong to."""
    if isinstance(widget, (QScrollBar, QHeaderView)) or widget.objectName().startswith("qt_"):
        return True
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, (QComboBox, QAbstractSpinBox, QLineEdit)) or parent.objectName().startswith("qt_cal"):
            return True
        if type(parent).__name__ in ("QCalendarWidget", "QComboBoxPrivateContainer"):
            return True
        parent = parent.parentWidget()
    return False


def controls(root: QWidget) -> list[QWidget]:
    """Every interactive widget under `root`, shown or not (a hidden one shows with the next call)."""
    return [w for w in root.findChildren(QWidget) if isinstance(w, INTERACTIVE) and not _part_of_another(w)]


def unnamed(root: QWidget) -> list[str]:
    """The interactive widgets under `root` a screen reader would announce without a name."""
    return [
        f"{type(w).__name__}#{w.objectName() or '?'} in {type(w.parentWidget()).__name__}"
        for w in controls(root)
        if not spoken_name(w)
    ]
