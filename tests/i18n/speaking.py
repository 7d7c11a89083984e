"""Run a test in another language: the app's and Qt's translators installed, the locale set; undone after."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from PySide6.QtCore import QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from reception_console.platform.i18n import install_translators


@contextmanager
def speaking(app: QApplication, language: str, qm: Path | None = None) -> Iterator[None]:
    """`language` as the console would install it, or the translation file `qm` (the pseudo-language)."""
    if qm is not None:
        translator = QTranslator(app)
        assert translator.load(str(qm)), qm
        app.installTranslator(translator)
        translators = [translator]
    else:
        translators = install_translators(app, language)
        assert language == "en" or len(translators) == 2, "the app's and Qt's translations both load"
    try:
        yield
    finally:
        for translator in translators:
            app.removeTranslator(translator)
        QLocale.setDefault(QLocale("en"))
