"""What a person sees on a rendered window: the colours of a text and of what it is drawn on.

A text's colour is taken as the pixel that stands out most from the background (the most common colour under
it): glyph stems are drawn in the full colour, and anything lighter or blurred only lowers the figure, so a
text that passes here passes on screen.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from PySide6.QtCore import QMargins, QRect
from PySide6.QtGui import QColor, QFont, QImage
from PySide6.QtWidgets import QAbstractItemView, QLabel, QTableView, QWidget

from reception_console.ui.theme import contrast

BODY, LARGE = 4.5, 3.0  # WCAG 2 AA


@dataclass(frozen=True)
class Seen:
    what: str
    ratio: float
    needed: float
    text: QColor
    background: QColor

    def __str__(self) -> str:
        return (
            f"{self.what}: {self.ratio:.2f}:1 (needs {self.needed}:1), "
            f"text {self.text.name()} on {self.background.name()}"
        )


def is_large(font: QFont) -> bool:
    """WCAG's large text: 18 pt, or 14 pt bold."""
    size = font.pointSizeF()
    return size >= 18 or (size >= 14 and font.weight() >= QFont.Weight.DemiBold)


def measure(image: QImage, rect: QRect, what: str, large: bool) -> Seen | None:
    rect = rect.intersected(image.rect())
    if rect.width() < 2 or rect.height() < 2:
        return None
    pixels = [
        image.pixel(x, y) for y in range(rect.top(), rect.bottom() + 1) for x in range(rect.left(), rect.right() + 1)
    ]
    background = QColor.fromRgb(Counter(pixels).most_common(1)[0][0])
    text = max((QColor.fromRgb(p) for p in set(pixels)), key=lambda c: contrast(c, background))
    if contrast(text, background) < 1.05:
        return None  # nothing drawn here
    return Seen(what, contrast(text, background), LARGE if large else BODY, text, background)


def labels(window: QWidget, image: QImage) -> list[Seen]:
    """Every shown, enabled label with text in `window`."""
    seen = []
    for label in window.findChildren(QLabel):
        if not (label.isVisible() and label.isEnabled() and label.text().strip()):
            continue
        top_left = label.mapTo(window, label.contentsRect().topLeft())
        rect = QRect(top_left, label.contentsRect().size())
        name = label.objectName() or type(label).__name__
        found = measure(image, rect, f"label {name} {label.text()[:30]!r}", is_large(label.font()))
        if found is not None:
            seen.append(found)
    return seen


def rows(view: QAbstractItemView, window: QWidget, image: QImage, *, inset: int = 2, limit: int = 12) -> list[Seen]:
    """The first rows of a list or table in sight, each row as one stretch of text and background (`inset`
    pixels in from its edges: grid lines and selection frames are not text)."""
    seen = []
    model = view.model()
    viewport = view.viewport()
    for row in range(min(model.rowCount(), limit)):
        rect = QRect()
        columns = view.horizontalHeader().count() if isinstance(view, QTableView) else 1
        for column in range(columns):
            rect = rect.united(view.visualRect(model.index(row, column)))
        if rect.isEmpty() or not viewport.rect().contains(rect):
            continue  # a row cut by the view's edge shows only the tops of its letters
        inner = rect.marginsRemoved(QMargins(inset, inset, inset + 1, inset + 1))
        found = measure(
            image,
            QRect(viewport.mapTo(window, inner.topLeft()), inner.size()),
            f"{view.objectName() or type(view).__name__} row {row} {str(model.index(row, 0).data())[:30]!r}",
            False,
        )
        if found is not None:
            seen.append(found)
    return seen


def too_faint(seen: list[Seen]) -> list[str]:
    return [str(s) for s in seen if s.ratio < s.needed]
