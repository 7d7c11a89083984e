"""What every screenshot script starts with: a private home, the app styled and translated, the demo database."""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

THEMES = ("system", "light", "dark")


def arguments(*, suffix: bool = False, theme: bool = False) -> argparse.ArgumentParser:
    """The options the screenshot scripts share: the folder, the language, and where asked a suffix for the file
    names and the theme. A script adds its own."""
    p = argparse.ArgumentParser()
    p.add_argument("folder", type=Path)
    p.add_argument("--language", default="en")
    if suffix:
        p.add_argument("--suffix", default="")
    if theme:
        p.add_argument("--theme", default="system", choices=THEMES)
    return p


@dataclass
class ShotSession:
    app: Any  # QApplication
    db: Any  # storage.database.Database
    services: Any  # services.console.ConsoleServices
    settings: Any
    translators: list[Any]


def start(language: str, prefix: str, theme: str = "system") -> ShotSession:
    os.environ["RECEPTION_CONSOLE_HOME"] = tempfile.mkdtemp(prefix=prefix)

    from PySide6.QtWidgets import QApplication

    from reception_console.app import build_services, open_prepared_database
    from reception_console.platform.i18n import install_translators
    from reception_console.platform.settings import load_settings
    from reception_console.ui.style import apply_style

    app = QApplication.instance() or QApplication(sys.argv[:1])
    from reception_console.ui.theme import Theme

    apply_style(app, Theme.of(theme))
    translators = install_translators(app, language)
    settings = load_settings()
    db = open_prepared_database(settings, load_demo=True)
    return ShotSession(app, db, build_services(db, settings), settings, translators)


def run(session: ShotSession, folder: Path) -> int:
    """Run the event loop until the script quits it, then close the database and say where the shots went."""
    session.app.exec()
    session.db.dispose()
    print(f"screenshots written to {folder}")
    return 0
