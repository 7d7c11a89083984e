"""The Qt parts of `reception-console self-test`, each run in a child process of it (see self_test.py).

card      a clinic's card from the self-test's database drawn offscreen, in every language the console speaks
platform  the Qt platform plugin the window would use starts (xcb, wayland, windows …)
"""

from __future__ import annotations

import sys

PROBES = ("card", "platform")


def run_probe(name: str, database_url: str | None) -> int:
    if name == "platform":
        return _platform()
    if not database_url:
        print("the card probe needs --probe-db", file=sys.stderr)
        return 2
    return _card(database_url)


def _platform() -> int:
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication(sys.argv[:1])  # aborts the process when the plugin cannot be loaded
    print(f"the plugin {app.platformName()!r} starts")
    return 0


def _card(database_url: str) -> int:
    from PySide6.QtGui import QColor
    from PySide6.QtWidgets import QApplication

    from ..platform.i18n import LANGUAGES, install_translators
    from ..services.cards import CardService
    from ..storage.database import open_database
    from ..storage.repositories import SqlCallStore, SqlCardStore
    from ..ui.console.card_panel import CardPanel
    from ..ui.style import apply_style

    app = QApplication(sys.argv[:1])
    apply_style(app)
    db = open_database(database_url)
    try:
        cards = CardService(SqlCardStore(db.connections), SqlCallStore(db.connections))
        line = cards.lines()[0]
        view = cards.view(line.clinic_id)
        if view is None:
            print(f"the card of clinic {line.clinic_id} cannot be read", file=sys.stderr)
            return 1
        drawn = []
        for language in LANGUAGES:
            translators = install_translators(app, language)
            if not any("reception_console_" in translator.filePath() for translator in translators):
                print(f"the {language} translation is missing", file=sys.stderr)
                return 1
            panel = CardPanel()
            panel.resize(panel.sizeHint())
            panel.show_card(view, line.number)
            image = panel.grab().toImage()
            if panel.title.text() != view.card.name or image.isNull():
                print(f"the card was not drawn in {language}", file=sys.stderr)
                return 1
            colours = {QColor(image.pixel(x, y)).rgb() for x in range(0, image.width(), 7) for y in (20, 40, 200)}
            if len(colours) < 3:
                print(f"the card drawn in {language} is blank", file=sys.stderr)
                return 1
            drawn.append(language)
            panel.deleteLater()
            for translator in translators:
                app.removeTranslator(translator)
        size = image.size()
        print(f"{view.card.name!r} drawn offscreen ({size.width()}×{size.height()}) in {', '.join(drawn)}")
        return 0
    finally:
        db.dispose()
