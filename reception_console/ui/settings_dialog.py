"""Settings of this console for the person at it, kept in the user's config.toml: the language of the console
and its colours (as the system, light or dark).

A new language is used from the next start: every screen then comes up in it whole, never half translated. The
colours change at once.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QLocale
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QLabel,
    QMainWindow,
    QVBoxLayout,
    QWidget,
)

from ..platform.config_file import ConfigWriteError, set_value
from ..platform.i18n import LANGUAGES, choose_language
from .dialog_parts import error_line, save_cancel
from .theme import Theme
from .toolbar import add_to_toolbar


class SettingsDialog(QDialog):
    def __init__(
        self,
        config_file: Path,
        language: str,
        running: str,
        parent: QWidget | None = None,
        *,
        theme: Theme = Theme.SYSTEM,
    ) -> None:
        """`language` is the saved setting ("" follows the system), `running` the language on screen now,
        `theme` the saved colours."""
        super().__init__(parent)
        self._config_file = config_file
        self._running = running
        self.language = language if language in LANGUAGES else ""
        self.theme = theme
        self.setWindowTitle(self.tr("Settings"))
        self.setMinimumWidth(420)

        self.language_box = QComboBox()
        system = QLocale.system().name().split("_")[0]
        system_name = LANGUAGES.get(system, LANGUAGES["en"])
        self.language_box.addItem(self.tr("As the system (%1)").replace("%1", system_name), "")
        for code, name in LANGUAGES.items():  # each language in its own words
            self.language_box.addItem(name, code)
        self.language_box.setCurrentIndex(max(0, self.language_box.findData(self.language)))
        self.language_box.currentIndexChanged.connect(self._update_note)
        self.theme_box = QComboBox()
        for value, name in (
            (Theme.SYSTEM, self.tr("As the system")),
            (Theme.LIGHT, self.tr("Light")),
            (Theme.DARK, self.tr("Dark")),
        ):
            self.theme_box.addItem(name, value.value)
        self.theme_box.setCurrentIndex(max(0, self.theme_box.findData(theme.value)))
        form = QFormLayout()
        form.addRow(self.tr("&Language:"), self.language_box)
        form.addRow(self.tr("&Colours:"), self.theme_box)

        self.note = QLabel()
        self.note.setObjectName("settingsNote")
        self.note.setWordWrap(True)
        self.error = error_line()
        buttons = save_cancel(self, self.save)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.note)
        layout.addWidget(self.error)
        layout.addStretch(1)
        layout.addWidget(buttons)
        self._update_note()

    def chosen(self) -> str:
        return str(self.language_box.currentData())

    def chosen_theme(self) -> Theme:
        return Theme.of(str(self.theme_box.currentData()))

    def needs_restart(self) -> bool:
        """Whether the chosen language differs from the one the console is running in now."""
        return choose_language(self.chosen()) != self._running

    def _update_note(self) -> None:
        self.error.hide()
        if self.needs_restart():
            name = LANGUAGES[choose_language(self.chosen())]
            self.note.setText(
                self.tr(
                    "The console switches to %1 the next time it starts. Close it and start it again when "
                    "convenient: calls in progress and unsaved outcomes are kept."
                ).replace("%1", name)
            )
        else:
            self.note.setText(self.tr("A new language is used from the next start of the console."))

    def save(self) -> None:
        try:
            set_value(self._config_file, "ui", "language", self.chosen())
            if self.chosen_theme() is not self.theme:
                set_value(self._config_file, "ui", "theme", self.chosen_theme().value)
        except ConfigWriteError as error:
            self.error.setText(
                self.tr("The settings file could not be changed, so nothing was saved:\n%1").replace("%1", str(error))
            )
            self.error.show()
            return
        self.language = self.chosen()
        self.theme = self.chosen_theme()
        self.accept()


class SettingsAction(QAction):
    """'Settings…' on the window's toolbar (added by the composition root, which knows the config file)."""

    def __init__(
        self,
        window: QMainWindow,
        config_file: Path,
        language: str,
        *,
        theme: Theme = Theme.SYSTEM,
        apply_theme: Callable[[Theme], None] | None = None,
    ) -> None:
        """`apply_theme` puts the chosen colours on screen at once (the composition root knows how)."""
        super().__init__(window)
        self._window = window
        self._config_file = config_file
        self.language = language
        self.theme = theme
        self._apply_theme = apply_theme
        self.running = choose_language(language)  # the composition root started the console in this one
        self.setText(self.tr("Settings…"))
        self.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.triggered.connect(self.open)
        add_to_toolbar(window, self)

    def open(self) -> SettingsDialog:
        dialog = SettingsDialog(self._config_file, self.language, self.running, self._window, theme=self.theme)
        if dialog.exec():
            self.language = dialog.language
            if dialog.theme is not self.theme:
                self.theme = dialog.theme
                if self._apply_theme is not None:
                    self._apply_theme(dialog.theme)
            if dialog.needs_restart():
                self._window.statusBar().showMessage(
                    self.tr("Language saved: it applies from the next start of the console."), 15000
                )
        return dialog
