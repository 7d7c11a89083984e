"""Finds text that does not fit its widget: the check behind "no truncated text in any language".

A single-line label, button or check box needs at least its size hint — the width of its text by the widget's
font metrics plus its own margins, padding, indicator and icon; a table header section needs its header
text; a tab its tab text; a combo box its current text; an empty line edit its placeholder; a toolbar all of
its actions without the overflow arrow. Word-wrapped labels and data shown elided on purpose (ElidedLabel,
list delegates) are not checked.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import Qt as GuiQt
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QStyle,
    QStyleOptionComboBox,
    QTabBar,
    QTableView,
    QToolBar,
    QWidget,
)

from reception_console.ui.table_fit import FITTED_COLUMNS

SLACK = 1  # pixels of rounding


def _shown(widget: QWidget) -> bool:
    return widget.isVisibleTo(widget.window()) and widget.isVisible()


def _name(widget: QWidget) -> str:
    return f"{type(widget).__name__}#{widget.objectName()}" if widget.objectName() else type(widget).__name__


def clipped_texts(root: QWidget, *, placeholders: bool = True) -> list[str]:
    """Every text under `root` (shown widgets only) that is wider than the room it has.

    `placeholders=False` leaves out the grey hints in empty line edits (Qt ends a long one with "…").
    """
    problems: list[str] = []

    def report(widget: QWidget, text: str, need: int, have: int) -> None:
        if need > have + SLACK:
            problems.append(f"{_name(widget)} {text!r}: needs {need} px, has {have}")

    for label in root.findChildren(QLabel):
        if _shown(label) and label.text() and not label.wordWrap() and not GuiQt.mightBeRichText(label.text()):
            report(label, label.text(), label.sizeHint().width(), label.width())
    for button in root.findChildren(QAbstractButton):
        if _shown(button) and button.text() and type(button).__name__ != "QToolBarExtension":
            report(button, button.text(), button.sizeHint().width(), button.width())
    for bar in root.findChildren(QTabBar):
        if _shown(bar):
            for i in range(bar.count()):  # cut short, or pushed out of sight behind the scroll arrows
                report(bar, bar.tabText(i), bar.tabSizeHint(i).width(), bar.tabRect(i).width())
                report(bar, bar.tabText(i), bar.tabRect(i).right() + 1, bar.width())
    for header in root.findChildren(QHeaderView):
        if _shown(header) and header.orientation() == Qt.Orientation.Horizontal and header.model() is not None:
            for i in range(header.count()):  # sections in sight (Qt sizes the scrolled-off ones when they come in)
                position = header.sectionViewportPosition(i)
                if (
                    not header.isSectionHidden(i)
                    and position >= 0
                    and position + header.sectionSize(i) <= header.width()
                ):
                    text = str(header.model().headerData(i, Qt.Orientation.Horizontal) or "")
                    report(header, text, header.sectionSizeHint(i), header.sectionSize(i))
    for view in root.findChildren(QTableView):
        for column in view.property(FITTED_COLUMNS) or []:  # ages, minutes, prices: never cut
            model = view.model()
            for row in range(model.rowCount()):
                index = model.index(row, column)
                report(view, str(index.data()), view.sizeHintForIndex(index).width(), view.columnWidth(column))
    for combo in root.findChildren(QComboBox):
        if _shown(combo) and combo.currentText() and not combo.isEditable():
            option = QStyleOptionComboBox()
            combo.initStyleOption(option)
            # the ink of the text, as QComboBox itself sizes to its items (the advance adds the last letter's bearing)
            text = QSize(combo.fontMetrics().boundingRect(combo.currentText()).width(), combo.height())
            need = combo.style().sizeFromContents(QStyle.ContentsType.CT_ComboBox, option, text, combo).width()
            report(combo, combo.currentText(), need, combo.width())
    for edit in root.findChildren(QLineEdit):
        if placeholders and _shown(edit) and edit.placeholderText() and not edit.text():
            margins = edit.textMargins().left() + edit.textMargins().right() + 12  # frame and inner margin
            clear = edit.height() if edit.isClearButtonEnabled() else 0
            need = edit.fontMetrics().horizontalAdvance(edit.placeholderText()) + margins + clear
            report(edit, edit.placeholderText(), need, edit.width())
    for toolbar in root.findChildren(QToolBar):
        extension = toolbar.findChild(QAbstractButton, "qt_toolbar_ext_button")
        if _shown(toolbar) and extension is not None and extension.isVisible():
            problems.append(f"toolbar {toolbar.windowTitle()!r}: actions hidden behind the overflow arrow")
    window = root.window()
    screen = QSize(1366, 768)
    if window.isWindow() and (window.width() > screen.width() or window.height() > screen.height()):
        problems.append(f"window {window.windowTitle()!r} is {window.width()}×{window.height()}, larger than 1366×768")
    return problems
