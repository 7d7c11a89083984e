"""The global objection prompts and phrases of each language (clinics override them one by one)."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QLocale, QSize
from PySide6.QtWidgets import QComboBox, QDialog, QHBoxLayout, QLabel, QMessageBox, QPushButton, QVBoxLayout, QWidget

from ...domain.card_records import GlobalScript
from ...domain.card_rules import CardValidationError
from ...domain.people import Person
from ...services.card_editor import CardEditor, ScriptConflict
from ..window_place import WindowPlace
from .clinic_tab import LANGUAGE_NAMES
from .script_tab import ScriptTab


class GlobalScriptsDialog(QDialog):
    def __init__(
        self, editor: CardEditor, person: Person, parent: QWidget | None = None, language: str | None = None
    ) -> None:
        """`language`: the one to open first (the clinic being edited; else the console's own language)."""
        super().__init__(parent)
        self._editor = editor
        self._person = person
        self.base: GlobalScript | None = None
        self.dirty = False
        self.setWindowTitle(self.tr("Global prompts and phrases"))
        self.place = WindowPlace(self, "globalScripts", QSize(1000, 640))
        self.language = QComboBox()
        for code, name in LANGUAGE_NAMES.items():
            self.language.addItem(name, code)
        first = self.language.findData(language or QLocale().name().split("_")[0])
        self.language.setCurrentIndex(max(0, first))
        self.script = ScriptTab(clinic=False)
        self.script.changed.connect(self._edited)
        self.problems = QLabel()
        self.problems.setObjectName("error")
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.setObjectName("saveButton")
        self.save_button.clicked.connect(self.save)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.reject)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Language:")))
        top.addWidget(self.language)
        top.addStretch(1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.problems, 1)
        bottom.addWidget(self.save_button)
        bottom.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.script, 1)
        layout.addLayout(bottom)
        self.language.currentIndexChanged.connect(lambda _i: self.open(self.language.currentData()))
        self.open(self.language.currentData())

    def open(self, language: str) -> None:
        self.base = self._editor.global_script(self._person, language)
        self.script.load(self.base.prompts, self.base.phrases)
        self.dirty = False
        self.save_button.setEnabled(False)
        self.problems.setText("")

    def _edited(self) -> None:
        self.dirty = True
        self.save_button.setEnabled(True)

    def save(self) -> None:
        assert self.base is not None
        mine = replace(self.base, prompts=self.script.prompts.prompts(), phrases=tuple(self.script.phrases.items()))
        try:
            self.base = self._editor.save_global_script(self._person, self.base, mine)
        except CardValidationError as error:
            count = self.script.show_errors(error.errors)
            self.problems.setText(self.tr("%n problem(s) to fix before saving.", "", count))
            return
        except ScriptConflict:
            QMessageBox.information(
                self, self.windowTitle(), self.tr("Someone else saved these prompts meanwhile; they are reloaded.")
            )
            self.open(self.base.language)
            return
        self.open(self.base.language)
