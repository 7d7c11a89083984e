"""The card editor window: clinics on the left, the chosen card's tabs, save with conflict handling."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from ...domain.calls import utcnow
from ...domain.card_records import EditableCard
from ...domain.card_rules import CardValidationError, FieldError
from ...domain.errors import StorageUnavailableError
from ...domain.people import Person, Role
from ...services.card_editor import CardConflict, RevertError
from ...services.console import ConsoleServices
from ...services.permissions import PermissionDenied
from ..fields import error_text
from ..window_place import WindowPlace
from . import files
from .card_tabs import CardTabs
from .conflict_dialog import Choice, ConflictDialog

CHECK_DELAY_MS = 250


class CardEditorWindow(QMainWindow):
    card_saved = Signal(int)  # clinic id

    def __init__(
        self,
        services: ConsoleServices,
        person: Person,
        *,
        region: str = "PL",
        clock: Callable[[], datetime] = utcnow,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.person = person
        self.region = region
        self.clock = clock
        self.base: EditableCard | None = None
        self.dirty = False
        self.setWindowTitle(self.tr("Clinic cards — Reception Console"))
        self.place = WindowPlace(self, "editor", QSize(1320, 700))

        self.clinic_list = QListWidget()
        self.clinic_list.setObjectName("clinicList")
        self.clinic_list.setAccessibleName(self.tr("Clinics"))
        self.clinic_list.setWordWrap(True)
        self.clinic_list.setSpacing(1)
        self.clinic_list.currentItemChanged.connect(self._clinic_chosen)
        self.show_archived = QCheckBox(self.tr("Show archived"))
        self.show_archived.toggled.connect(lambda _checked: self.refresh_clinics())
        self.new_button = QPushButton(self.tr("New clinic…"))
        self.archive_button = QPushButton(self.tr("Archive"))
        self.new_button.clicked.connect(self.new_clinic)
        self.archive_button.clicked.connect(self.toggle_archived)
        left = QWidget()
        left.setFixedWidth(250)
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 0, 0)
        heading = QLabel(self.tr("Clinics"))
        heading.setObjectName("sectionTitle")
        column.addWidget(heading)
        column.addWidget(self.clinic_list, 1)
        column.addWidget(self.show_archived)
        row = QHBoxLayout()
        row.addWidget(self.new_button)
        row.addWidget(self.archive_button)
        column.addLayout(row)

        self.title = QLabel()
        self.title.setObjectName("clinicName")
        self.state = QLabel()
        self.state.setObjectName("lineLabel")
        self.tabs = CardTabs(services, person, region, clock)
        self.tabs.changed.connect(self._edited)
        self.tabs.history.revert_requested.connect(self.revert)
        self.tabs.questions.answer_requested.connect(self.answer_question)
        self.tabs.questions.close_requested.connect(self.close_question)
        self.problems = QLabel()
        self.problems.setObjectName("error")
        self.problems.setWordWrap(True)
        self.save_button = QPushButton(self.tr("Save  Ctrl+S"))
        self.save_button.setObjectName("saveButton")
        self.discard_button = QPushButton(self.tr("Discard changes"))
        self.save_button.clicked.connect(self.save)
        self.discard_button.clicked.connect(self.discard)
        bottom = QHBoxLayout()
        bottom.addWidget(self.problems, 1)
        bottom.addWidget(self.discard_button)
        bottom.addWidget(self.save_button)
        middle = QWidget()
        middle_column = QVBoxLayout(middle)
        middle_column.setContentsMargins(0, 0, 0, 0)
        head = QHBoxLayout()
        head.addWidget(self.title, 1)
        head.addWidget(self.state)
        middle_column.addLayout(head)
        middle_column.addWidget(self.tabs, 1)
        middle_column.addLayout(bottom)

        container = QWidget()
        outer = QHBoxLayout(container)
        outer.setContentsMargins(6, 4, 6, 4)
        outer.addWidget(left)
        outer.addWidget(middle, 1)
        self.setCentralWidget(container)
        self._build_actions()
        self._check_timer = QTimer(self)
        self._check_timer.setSingleShot(True)
        self._check_timer.setInterval(CHECK_DELAY_MS)
        self._check_timer.timeout.connect(self.check)
        self.refresh_clinics()

    def _build_actions(self) -> None:
        bar = QToolBar(self.tr("Cards"))
        bar.setMovable(False)
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.addToolBar(bar)

        def action(text: str, keys: str, slot: Callable[[], object]) -> QAction:
            act = QAction(text, self)
            if keys:
                act.setShortcut(QKeySequence(keys))
            act.triggered.connect(slot)
            bar.addAction(act)
            return act

        self.save_action = action(self.tr("Save"), "Ctrl+S", self.save)
        self.new_action = action(self.tr("New clinic…"), "Ctrl+Shift+N", self.new_clinic)
        bar.addSeparator()
        self.scripts_action = action(self.tr("Global prompts…"), "", self.edit_global_scripts)
        bar.addSeparator()
        self.import_action = action(self.tr("Import…"), "Ctrl+I", lambda: files.import_cards(self))
        self.export_action = action(self.tr("Export all…"), "Ctrl+Shift+E", lambda: files.export_cards(self, None))
        self.export_one_action = action(self.tr("Export this clinic…"), "", self._export_one)
        if self.person.role is Role.ADMIN:
            bar.addSeparator()
            self.people_action = action(self.tr("People…"), "", self.manage_people)
            self.audit_action = action(self.tr("Audit trail…"), "", self.show_audit_trail)

    # --- the clinic list ---------------------------------------------------------------------------------

    def refresh_clinics(self, select: int | None = None) -> None:
        chosen = select if select is not None else (self.base.id if self.base else None)
        counts = self.services.gaps.counts(self.person)
        self.clinic_list.blockSignals(True)
        self.clinic_list.clear()
        for clinic in self.services.editor.clinics(self.person, include_archived=self.show_archived.isChecked()):
            text = clinic.name
            if clinic.archived:
                text += "  " + self.tr("(archived)")
            if counts.get(clinic.id):
                text += "\n    " + self.tr("%n open question(s)", "", counts[clinic.id])
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, clinic.id)
            self.clinic_list.addItem(item)
            if clinic.id == chosen:
                self.clinic_list.setCurrentItem(item)
        self.clinic_list.blockSignals(False)
        if self.clinic_list.currentItem() is None and self.clinic_list.count():
            self.clinic_list.setCurrentRow(0)
        elif self.clinic_list.currentItem() is not None and (self.base is None or self.base.id != chosen):
            self.open_clinic(self.clinic_list.currentItem().data(Qt.ItemDataRole.UserRole))

    def _clinic_chosen(self, current: QListWidgetItem | None, previous: QListWidgetItem | None) -> None:
        if current is None:
            return
        clinic_id = current.data(Qt.ItemDataRole.UserRole)
        if self.base is not None and clinic_id == self.base.id:
            return
        if not self.may_leave():
            self.clinic_list.blockSignals(True)
            self.clinic_list.setCurrentItem(previous)
            self.clinic_list.blockSignals(False)
            return
        self.open_clinic(clinic_id)

    def open_clinic(self, clinic_id: int) -> None:
        self.load(self.services.editor.load(self.person, clinic_id))

    # --- editing ---------------------------------------------------------------------------------------

    def load(self, editable: EditableCard, *, base: EditableCard | None = None) -> None:
        """Show a card; with `base`, `editable` is an unsaved draft made from it (a merge)."""
        self.base = base or editable
        self.tabs.load(editable, self.base)
        self.dirty = base is not None
        self.archive_button.setText(self.tr("Restore") if self.base.archived else self.tr("Archive"))
        self.tabs.questions.set_groups(self.services.gaps.open_questions(self.person, self.base.id))
        self.tabs.history.set_changes(self.services.editor.history(self.person, self.base.id))
        self.tabs.update_counts()
        self._show_state()
        self.check()

    def draft(self) -> EditableCard:
        assert self.base is not None
        return self.tabs.apply(self.base)

    def _edited(self) -> None:
        self.dirty = True
        self._show_state()
        self._check_timer.start()

    def _show_state(self) -> None:
        card = self.base.card if self.base else None
        self.title.setText(card.name if card else "")
        state = self.tr("unsaved changes") if self.dirty else self.tr("saved")
        self.state.setText(
            self.tr("version %1 · %2").replace("%1", str(card.version if card else 0)).replace("%2", state)
        )
        self.save_button.setEnabled(self.dirty)
        self.discard_button.setEnabled(self.dirty)

    def check(self) -> list[FieldError]:
        """Show every problem of the draft inline (as the save would find them)."""
        if self.base is None:
            return []
        draft = self.draft()
        errors = self.services.editor.check(self.services.editor.prepared(draft))
        self._show_errors(errors)
        return errors

    def _show_errors(self, errors: list[FieldError]) -> None:
        count = self.tabs.show_errors(errors)
        if not errors:
            self.problems.setText("")
            return
        first = error_text(errors[0])
        self.problems.setText(self.tr("%n problem(s) to fix before saving. First: %1", "", count).replace("%1", first))

    def save(self) -> bool:
        if self.base is None or not self.dirty:
            return True
        self._check_timer.stop()
        try:
            saved = self.services.editor.save(self.person, self.base, self.draft())
        except CardValidationError as error:
            self._show_errors(error.errors)
            self.tabs.go_to_first_error()
            return False
        except CardConflict as conflict:
            return self._resolve(conflict)
        except PermissionDenied as error:
            QMessageBox.warning(self, self.windowTitle(), str(error))
            return False
        except StorageUnavailableError as error:
            QMessageBox.warning(
                self,
                self.windowTitle(),
                self.tr(
                    "The database cannot be reached; nothing was saved and your edits are still here. (%1)"
                ).replace("%1", str(error)[:160]),
            )
            return False
        self.load(saved)
        self.statusBar().showMessage(self.tr("Saved. Consoles showing this card update within 2 seconds."), 8000)
        self.refresh_clinics(saved.id)
        if saved.id is not None:
            self.card_saved.emit(saved.id)
        return True

    def _resolve(self, conflict: CardConflict) -> bool:
        dialog = ConflictDialog(conflict, self)
        dialog.exec()
        if dialog.choice is Choice.MERGE:
            self.load(conflict.merged(), base=conflict.theirs)
            self.statusBar().showMessage(self.tr("Your changes are on top of theirs: check and save."), 10000)
        elif dialog.choice is Choice.RELOAD:
            self.load(conflict.theirs)
        return False

    def discard(self) -> None:
        if self.base is not None and self.base.id is not None:
            self.open_clinic(self.base.id)

    def may_leave(self) -> bool:
        """True when there is nothing unsaved, or the person saved or discarded it."""
        if not self.dirty:
            return True
        answer = QMessageBox.question(
            self,
            self.windowTitle(),
            self.tr("Save the changes to %1?").replace("%1", self.base.card.name if self.base else ""),
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
        )
        if answer == QMessageBox.StandardButton.Save:
            return self.save()
        if answer == QMessageBox.StandardButton.Discard:
            self.dirty = False
            return True
        return False

    def toggle_archived(self) -> None:
        if self.base is None or not self.may_leave():
            return
        try:
            changed = self.services.editor.set_archived(self.person, self.base, not self.base.archived)
        except CardConflict as conflict:
            self.load(conflict.theirs)
            return
        self.load(changed)
        self.refresh_clinics(changed.id)

    def revert(self, change: object) -> None:
        if self.base is None or not self.may_leave():
            return
        change_id = getattr(change, "id", None)
        try:
            result = self.services.editor.revert(self.person, change_id)
        except RevertError as error:
            message = {
                "gone": self.tr("The item this change was about has been removed from the card since."),
                "present": self.tr("The item is on the card already."),
            }.get(error.code, str(error))
            QMessageBox.information(self, self.tr("Revert"), message)
            return
        except (CardValidationError, CardConflict) as error:
            detail = (
                "\n".join(error_text(e) for e in error.errors) if isinstance(error, CardValidationError) else str(error)
            )
            QMessageBox.warning(self, self.tr("Revert"), self.tr("This change cannot be reverted now:") + "\n" + detail)
            self.open_clinic(self.base.id or 0)
            return
        if isinstance(result, EditableCard):
            self.load(result)
            if result.id is not None:
                self.card_saved.emit(result.id)

    # --- questions ---------------------------------------------------------------------------------------

    def answer_question(self, group: object) -> None:
        from .questions_tab import AnswerDialog

        if self.base is None or not self.may_leave():
            return
        dialog = AnswerDialog(group, self)  # type: ignore[arg-type]
        if not dialog.exec():
            return
        try:
            saved = self.services.gaps.answer(
                self.person,
                group,  # type: ignore[arg-type]
                dialog.question.toPlainText(),
                dialog.answer.toPlainText(),
                dialog.tag_list(),
            )
        except CardValidationError as error:
            QMessageBox.warning(self, dialog.windowTitle(), "\n".join(error_text(e) for e in error.errors))
            return
        except CardConflict as conflict:
            self.load(conflict.theirs)
            QMessageBox.information(self, dialog.windowTitle(), self.tr("The card changed meanwhile; try again."))
            return
        self.load(saved)
        self.refresh_clinics(saved.id)
        self.statusBar().showMessage(self.tr("The answer is on the card; the question is closed."), 8000)
        if saved.id is not None:
            self.card_saved.emit(saved.id)

    def close_question(self, group: object) -> None:
        self.services.gaps.close(self.person, group)  # type: ignore[arg-type]
        if self.base is not None:
            self.tabs.questions.set_groups(self.services.gaps.open_questions(self.person, self.base.id))
            self.tabs.update_counts()
        self.refresh_clinics()

    # --- other windows -----------------------------------------------------------------------------------

    def new_clinic(self) -> None:
        from .wizard import ClinicWizard

        if not self.may_leave():
            return
        wizard = ClinicWizard(self.services.editor, self.person, self.region, self.clock, self)
        if wizard.exec() and wizard.created is not None:
            self.refresh_clinics(wizard.created.id)
            self.load(wizard.created)
            self.statusBar().showMessage(self.tr("%1 created.").replace("%1", wizard.created.card.name), 8000)

    def edit_global_scripts(self) -> None:
        from .global_scripts import GlobalScriptsDialog

        language = self.base.card.language if self.base is not None else None
        GlobalScriptsDialog(self.services.editor, self.person, self, language=language).exec()
        if self.base is not None and not self.dirty and self.base.id is not None:
            self.open_clinic(self.base.id)

    def manage_people(self) -> None:
        from .people_dialog import PeopleDialog

        PeopleDialog(self.services.people, self.person, self).exec()

    def show_audit_trail(self) -> None:
        from .audit_dialog import AuditDialog

        AuditDialog(self.services.audit, self.services.auth, self.person, self).exec()

    def _export_one(self) -> None:
        if self.base is not None:
            files.export_cards(self, self.base.card.key)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.may_leave():
            event.accept()
        else:
            event.ignore()
