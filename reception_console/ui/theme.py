"""Light and dark: every colour the console adds to the desktop's palette, as a pair, the one shown chosen by the
lightness of the palette in use. So the console reads on a dark desktop as on a light one, and Settings can
force either (System / Light / Dark).

The pairs keep WCAG's contrast against the background they are drawn on (4.5:1 for text, 3:1 for large titles);
tests/ui/test_contrast.py measures them on the rendered windows.
"""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtGui import QColor, QGuiApplication, QPalette


class Theme(StrEnum):
    SYSTEM = "system"
    LIGHT = "light"
    DARK = "dark"

    @classmethod
    def of(cls, text: str) -> Theme:
        return cls(text) if text in {t.value for t in cls} else cls.SYSTEM


# name: (on a light palette, on a dark palette)
PAIRS: dict[str, tuple[str, str]] = {
    "greeting_text": ("#0b3d2e", "#d1f0de"),
    "greeting_bg": ("#e8f5ee", "#163c2e"),
    "greeting_border": ("#b7dfc8", "#2f6b52"),
    "strong": ("#1a1d20", "#f1f3f5"),
    "muted": ("#495057", "#ced4da"),  # the line, the call's state, the browse hint
    "caption": ("#5c636a", "#adb5bd"),  # field captions, empty states, hints
    "section": ("#343a40", "#dee2e6"),
    "badge_text": ("#664d03", "#ffe69c"),
    "badge_bg": ("#fff3cd", "#4d3b00"),
    "error": ("#b02a37", "#ff9aa4"),
    "alert_text": ("#58151c", "#f8d7da"),
    "alert_bg": ("#f8d7da", "#5c1a21"),
    "alert_border": ("#f1aeb5", "#9e3a45"),
    "link": ("#0a58ca", "#8bb9fe"),
    "good": ("#146c43", "#75d1a3"),
    "bad": ("#b02a37", "#ff9aa4"),
    "warning": ("#664d03", "#ffda6a"),
    "accept_bg": ("#146c43", "#146c43"),  # the Answer button: white on green, on either desktop
    "accept_text": ("#ffffff", "#ffffff"),
    "checked_bg": ("#0b5ed7", "#0b5ed7"),
    "checked_text": ("#ffffff", "#ffffff"),
    "checked_border": ("#0a58ca", "#8bb9fe"),
    "disabled_bg": ("#e9ecef", "#343a40"),
    "disabled_text": ("#6c757d", "#8f969c"),
    "focus": ("#0b5ed7", "#8bb9fe"),
    "frame": ("#adb5bd", "#5c636a"),
    "scroll_bg": ("#f1f3f5", "#2b3035"),
    "scroll_handle": ("#adb5bd", "#5c636a"),
    "scroll_hover": ("#868e96", "#868e96"),
    # the calls list: a row's background by the call's state, the text on it from `strong`
    "ringing_bg": ("#fff3cd", "#4d3b00"),
    "answered_bg": ("#d1e7dd", "#123d2b"),
    "ended_bg": ("#e2e3e5", "#3a3f44"),
    "waiting_bg": ("#f8d7da", "#6a1a24"),
    # the dashboard's tiles
    "tile_bg": ("#f8f9fa", "#2b3035"),
    "tile_border": ("#dee2e6", "#495057"),
    "met_bg": ("#e8f5ee", "#163c2e"),
    "met_border": ("#a3cfbb", "#2f6b52"),
    "missed_bg": ("#fbeaec", "#4a1a20"),
    "missed_border": ("#f1aeb5", "#9e3a45"),
    # practice: the banner and the frame on every window while a receptionist practises
    "practice_bg": ("#e9dffc", "#2d1b55"),
    "practice_text": ("#3d0a91", "#eadffd"),
    "practice_frame": ("#6f42c1", "#a98eda"),
    # the chart
    "bar_answered": ("#6ea8fe", "#6ea8fe"),
    "bar_missed": ("#f1aeb5", "#e35d6a"),
}


def is_dark(palette: QPalette | None = None) -> bool:
    """A dark palette: its window colour is darker than middle grey."""
    palette = palette or QGuiApplication.palette()
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def hex_colour(name: str, palette: QPalette | None = None) -> str:
    light, dark = PAIRS[name]
    return dark if is_dark(palette) else light


def colour(name: str, palette: QPalette | None = None) -> QColor:
    return QColor(hex_colour(name, palette))


def readable_on(background: QColor) -> QColor:
    """Black or white text, whichever reads better on `background` (a shade computed from data)."""
    return QColor("#000000") if luminance(background) > 0.18 else QColor("#ffffff")


def luminance(c: QColor) -> float:
    """WCAG's relative luminance."""

    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF())


def contrast(a: QColor, b: QColor) -> float:
    """WCAG's contrast ratio, 1 to 21."""
    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def dark_palette() -> QPalette:
    """The console's own dark palette, for Settings → Dark on a light desktop."""
    p = QPalette()
    role, group = QPalette.ColorRole, QPalette.ColorGroup
    for r, value in (
        (role.Window, "#212529"),
        (role.WindowText, "#e9ecef"),
        (role.Base, "#1a1d20"),
        (role.AlternateBase, "#25292d"),
        (role.ToolTipBase, "#343a40"),
        (role.ToolTipText, "#f1f3f5"),
        (role.PlaceholderText, "#a1a8ae"),
        (role.Text, "#e9ecef"),
        (role.Button, "#343a40"),
        (role.ButtonText, "#e9ecef"),
        (role.BrightText, "#ff9aa4"),
        (role.Light, "#495057"),
        (role.Midlight, "#3d434a"),
        (role.Mid, "#2b3035"),
        (role.Dark, "#16181b"),
        (role.Shadow, "#000000"),
        (role.Highlight, "#2f6fd6"),
        (role.HighlightedText, "#ffffff"),
        (role.Link, "#8bb9fe"),
        (role.LinkVisited, "#c29ffa"),
    ):
        p.setColor(r, QColor(value))
    for r, value in (
        (role.WindowText, "#8f969c"),
        (role.Text, "#8f969c"),
        (role.ButtonText, "#8f969c"),
        (role.Highlight, "#3d434a"),
        (role.HighlightedText, "#adb5bd"),
    ):
        p.setColor(group.Disabled, r, QColor(value))
    return p
