"""Settings of this console for the person at it: the language of the console, kept in the user's config.toml.

A new language is used from the next start: every screen then comes up in it whole, never half translated.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLocale
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QMainWindow,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from ..platform.config_file import ConfigWriteError, set_value
from ..platform.i18n import LANGUAGES, choose_language


class SettingsDialog(QDialog):
    def __init__(self, config_file: Path, language: str, running: str, parent: QWidget | None = None) -> None:
        """`language` is the saved setting ("" follows the system), `running` the language on screen now."""
        super().__init__(parent)
        self._config_file = config_file
        self._running = running
        self.language = language if language in LANGUAGES else ""
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
        form = QFormLayout()
        form.addRow(self.tr("&Language:"), self.language_box)

        self.note = QLabel()
        self.note.setObjectName("settingsNote")
        self.note.setWordWrap(True)
        self.error = QLabel()
        self.error.setObjectName("error")
        self.error.setWordWrap(True)
        self.error.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.note)
        layout.addWidget(self.error)
        layout.addStretch(1)
        layout.addWidget(buttons)
        self._update_note()

    def chosen(self) -> str:
        return str(self.language_box.currentData())

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
        except ConfigWriteError as error:
            self.error.setText(
                self.tr("The settings file could not be changed, so nothing was saved:\n%1").replace("%1", str(error))
            )
            self.error.show()
            return
        self.language = self.chosen()
        self.accept()


class SettingsAction(QAction):
    """'Settings…' on the window's toolbar (added by the composition root, which knows the config file)."""

    def __init__(self, window: QMainWindow, config_file: Path, language: str) -> None:
        super().__init__(window)
        self._window = window
        self._config_file = config_file
        self.language = language
        self.running = choose_language(language)  # the composition root started the console in this one
        self.setText(self.tr("Settings…"))
        self.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.triggered.connect(self.open)
        toolbar = window.findChild(QToolBar, "mainToolbar")
        if toolbar is not None:
            toolbar.addAction(self)
        window.addAction(self)

    def open(self) -> SettingsDialog:
        dialog = SettingsDialog(self._config_file, self.language, self.running, self._window)
        if dialog.exec():
            self.language = dialog.language
            if dialog.needs_restart():
                self._window.statusBar().showMessage(
                    self.tr("Language saved: it applies from the next start of the console."), 15000
                )
        return dialog
