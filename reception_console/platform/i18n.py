"""Translations: the app's own `.qm` plus Qt's `qtbase_` for standard dialogs and buttons."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from .paths import resources_dir

log = logging.getLogger(__name__)
LANGUAGES = {"en": "English", "pl": "Polski", "ru": "Русский"}


def translations_dir() -> Path:
    return resources_dir() / "translations"


def choose_language(setting: str) -> str:
    """The language setting, or the system's when it is one we speak, else English."""
    if setting in LANGUAGES:
        return setting
    system = QLocale.system().name().split("_")[0]
    return system if system in LANGUAGES else "en"


def locale_for(language: str) -> QLocale:
    """The locale numbers, dates and times are written in: the system's when it speaks `language` (keeps
    its country: en_GB writes 23/11/2026), else the language's own (pl → pl_PL, ru → ru_RU, en → en_US)."""
    system = QLocale.system()
    wanted = QLocale(language)
    return system if system.language() == wanted.language() else wanted


def install_translators(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Load and install translators; returns them (they must outlive the app's use of them)."""
    QLocale.setDefault(locale_for(language))
    installed = []
    own = QTranslator(app)
    if own.load(str(translations_dir() / f"reception_console_{language}.qm")):
        app.installTranslator(own)
        installed.append(own)
    elif language != "en":
        log.warning("no translation file for %s in %s", language, translations_dir())
    qt = QTranslator(app)
    if language != "en" and qt.load(
        QLocale(language), "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    ):
        app.installTranslator(qt)
        installed.append(qt)
    return installed
