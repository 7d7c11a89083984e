"""Couldn't answer: the receptionist passes on a question the card did not answer, during the call."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from ...domain.card_rules import CardValidationError
from ...domain.errors import StorageUnavailableError
from ...domain.knowledge_gaps import KnowledgeGap
from ...domain.people import Person
from ...services.knowledge_gaps import KnowledgeGapService
from ...services.permissions import PermissionDenied
from ..fields import FieldForm, text_edit


class GapDialog(QDialog):
    def __init__(
        self,
        gaps: KnowledgeGapService,
        person: Person,
        clinics: dict[int, str],
        clinic_id: int | None,
        call_id: str | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._gaps = gaps
        self._person = person
        self._call_id = call_id
        self.gap: KnowledgeGap | None = None
        self.setWindowTitle(self.tr("Couldn't answer"))
        self.setMinimumWidth(520)
        hint = QLabel(self.tr("Type the patient's question: your supervisor sees it and adds the answer to the card."))
        hint.setWordWrap(True)
        self.form = FieldForm()
        self.clinic = self.form.add("clinic", self.tr("Clinic"), QComboBox())
        self.clinic.addItem(self.tr("(no clinic)"), None)
        for key, name in sorted(clinics.items(), key=lambda kv: kv[1]):
            self.clinic.addItem(name, key)
        self.clinic.setCurrentIndex(max(0, self.clinic.findData(clinic_id)))
        self.question = self.form.add("question", self.tr("Question"), text_edit(80))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Pass it on"))
        buttons.accepted.connect(self.send)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addWidget(self.form)
        layout.addWidget(buttons)
        self.question.setFocus(Qt.FocusReason.OtherFocusReason)

    def send(self) -> None:
        try:
            self.gap = self._gaps.report(
                self._person, self.clinic.currentData(), self.question.toPlainText(), self._call_id
            )
        except CardValidationError as error:
            self.form.show_errors({e.path: e for e in error.errors})
            return
        except (PermissionDenied, StorageUnavailableError) as error:
            self.form.errors["question"].setText(str(error))
            self.form.errors["question"].show()
            return
        self.accept()
