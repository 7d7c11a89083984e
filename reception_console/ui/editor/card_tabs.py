"""The tabs of one card in the editor: what they show, what they hand back, where each error goes."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import datetime
from decimal import Decimal

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QTabWidget, QWidget

from ...domain.card_keys import PROVISIONAL
from ...domain.card_records import EditableCard
from ...domain.card_rules import FieldError
from ...domain.clinic import KnowledgeEntry, PhoneLine, Service, Specialist
from ...domain.people import Person
from ...services.console import ConsoleServices
from .clinic_tab import ClinicForm, GreetingForm
from .history_tab import HistoryTab
from .item_forms import KnowledgeForm, LineForm, ServiceForm, SpecialistForm
from .items import ItemsEditor
from .questions_tab import QuestionsTab
from .script_tab import ScriptTab


def new_specialist_key(specialists: list[Specialist]) -> str:
    used = {s.key for s in specialists}
    return next(f"{PROVISIONAL}{n}" for n in range(1, len(used) + 2) if f"{PROVISIONAL}{n}" not in used)


class CardTabs(QTabWidget):
    changed = Signal()
    CARD, GREETING, LINES, SPECIALISTS, SERVICES, KNOWLEDGE, SCRIPT, HISTORY, QUESTIONS = range(9)

    def __init__(self, services: ConsoleServices, person: Person, region: str, clock: Callable[[], datetime]) -> None:
        super().__init__()
        self.services = services
        self.person = person
        self.clinic = ClinicForm(region)
        self.greeting = GreetingForm(person.display_name, clock)
        self.lines = ItemsEditor(
            "phone_lines",
            LineForm.columns(),
            LineForm(region),
            lambda: PhoneLine(""),
            add_text=self.tr("Add line"),
            movable=False,
        )
        self.specialists = ItemsEditor(
            "specialists",
            SpecialistForm.columns(),
            SpecialistForm(region=region),
            lambda: Specialist(new_specialist_key(self.specialists.items()), "", "", visit_minutes=20),
            add_text=self.tr("Add specialist"),
        )
        self.service_form = ServiceForm()
        self.services_editor = ItemsEditor(
            "services",
            ServiceForm.columns(self._currency, self._who),
            self.service_form,
            lambda: Service("", Decimal("NaN")),
            add_text=self.tr("Add service"),
        )
        self.knowledge = ItemsEditor(
            "knowledge",
            KnowledgeForm.columns(),
            KnowledgeForm(),
            lambda: KnowledgeEntry("", ""),
            add_text=self.tr("Add entry"),
        )
        self.script = ScriptTab(clinic=True)
        self.history = HistoryTab()
        self.questions = QuestionsTab()
        self._titles = [
            self.tr("Clinic"),
            self.tr("Greeting"),
            self.tr("Phone lines"),
            self.tr("Specialists"),
            self.tr("Services"),
            self.tr("Knowledge"),
            self.tr("Prompts"),
            self.tr("History"),
            self.tr("Questions"),
        ]
        pages: list[QWidget] = [
            self.clinic,
            self.greeting,
            self.lines,
            self.specialists,
            self.services_editor,
            self.knowledge,
            self.script,
            self.history,
            self.questions,
        ]
        for page, title in zip(pages, self._titles, strict=True):
            self.addTab(page, title)
            if isinstance(page, ItemsEditor):
                page.table.setAccessibleName(title)
        self._errors: dict[int, int] = {}
        for editor in (self.clinic, self.greeting, self.lines, self.services_editor, self.knowledge, self.script):
            editor.changed.connect(self._edited)
        self.specialists.changed.connect(self._specialists_changed)
        self._base: EditableCard | None = None

    def _currency(self) -> str:
        return self.clinic.currency.currentText() or "PLN"

    def _who(self, key: str | None) -> str:
        found = next((s for s in self.specialists.items() if s.key == key), None) if key else None
        return found.name if found else ""

    def load(self, editable: EditableCard, base: EditableCard) -> None:
        self._base = base
        card = editable.card
        self.clinic.load(editable)
        self.greeting.load(editable)
        self.lines.load(card.phone_lines)
        self.specialists.load(card.specialists)
        self.service_form.set_specialists(card.specialists)
        self.services_editor.load(card.services)
        self.knowledge.load(card.knowledge)
        global_prompts = self.services.editor.global_script(self.person, card.language).prompts
        self.script.load(editable.prompts, editable.phrases, global_prompts)

    def apply(self, base: EditableCard) -> EditableCard:
        draft = self.greeting.apply(self.clinic.apply(base))
        draft = draft.with_card(
            phone_lines=tuple(self.lines.items()),
            specialists=tuple(self.specialists.items()),
            services=tuple(self.services_editor.items()),
            knowledge=tuple(self.knowledge.items()),
        )
        return replace(draft, prompts=self.script.prompts.prompts(), phrases=tuple(self.script.phrases.items()))

    def _edited(self) -> None:
        if self._base is not None:
            self.greeting.show_preview(self.apply(self._base))
        self.changed.emit()

    def _specialists_changed(self) -> None:
        self.service_form.set_specialists(self.specialists.items())
        self.services_editor.model.layoutChanged.emit()  # the "who" column names specialists
        self._edited()

    def show_errors(self, errors: list[FieldError]) -> int:
        self._errors = {
            self.CARD: self.clinic.show_errors(errors),
            self.GREETING: self.greeting.show_errors(errors),
            self.LINES: self.lines.show_errors(errors),
            self.SPECIALISTS: self.specialists.show_errors(errors),
            self.SERVICES: self.services_editor.show_errors(errors),
            self.KNOWLEDGE: self.knowledge.show_errors(errors),
            self.SCRIPT: self.script.show_errors(errors),
        }
        self.update_counts()
        return sum(self._errors.values())

    def update_counts(self) -> None:
        for index, title in enumerate(self._titles):
            text = title
            if self._errors.get(index):
                text += f"  ⚠{self._errors[index]}"
            if index == self.QUESTIONS and self.questions.model.rowCount():
                text += f" ({self.questions.model.rowCount()})"
            self.setTabText(index, text)

    def go_to_first_error(self) -> None:
        first = next((index for index, count in sorted(self._errors.items()) if count), None)
        if first is None:
            return
        self.setCurrentIndex(first)
        editor = {
            self.LINES: self.lines,
            self.SPECIALISTS: self.specialists,
            self.SERVICES: self.services_editor,
            self.KNOWLEDGE: self.knowledge,
        }.get(first)
        if editor is not None and editor.first_bad_row() >= 0:
            editor.select(editor.first_bad_row())
