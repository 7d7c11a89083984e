"""A new clinic, question by question, in the order a supervisor asks them when the clinic is taken on:
the clinic and its lines, address and how to get there, parking, hours, specialists and the ages they
accept, visit length, preparation, prices, and the greeting. Each page checks its own answers; the
last one creates a complete card."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from datetime import datetime
from decimal import Decimal

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QSpinBox, QVBoxLayout, QWidget, QWizard, QWizardPage

from ...domain.card_records import EditableCard
from ...domain.card_rules import CardValidationError, FieldError, parse_price
from ...domain.clinic import PhoneLine, Service, Specialist
from ...domain.people import Person
from ...services.card_editor import NEW_CLINIC, CardEditor
from .. import formatting as fmt
from ..fields import FieldForm, line_edit, text_edit
from ..window_place import WindowPlace
from .card_tabs import new_specialist_key
from .clinic_tab import LANGUAGE_NAMES, GreetingForm
from .item_forms import NOT_A_PRICE, LineForm, ServiceForm, SpecialistForm
from .items import ItemsEditor


class Page(QWizardPage):
    """One question of the onboarding list; `owns` says which error paths are its own."""

    owns = re.compile(r"^$")

    def __init__(self, wizard: ClinicWizard, title: str, subtitle: str) -> None:
        super().__init__()
        self.wizard_ = wizard
        self.setTitle(title)
        self.setSubTitle(subtitle)
        self.column = QVBoxLayout(self)

    def show_draft(self, draft: EditableCard) -> None: ...

    def store(self, draft: EditableCard) -> EditableCard:
        return draft

    def show_errors(self, errors: list[FieldError]) -> None: ...

    def initializePage(self) -> None:
        self.show_draft(self.wizard_.draft)

    def validatePage(self) -> bool:
        self.wizard_.draft = self.store(self.wizard_.draft)
        errors = [e for e in self.wizard_.problems() if self.owns.match(e.path)]
        self.show_errors(errors)
        return not errors


class TextPage(Page):
    """Plain questions answered in fields of the card itself."""

    def __init__(self, wizard: ClinicWizard, title: str, subtitle: str, fields: list[tuple[str, str, int]]) -> None:
        super().__init__(wizard, title, subtitle)
        self.form = FieldForm()
        for name, caption, height in fields:
            self.form.add(name, caption, text_edit(height) if height else line_edit())
        self.owns = re.compile("^(" + "|".join(re.escape(n) for n, _c, _h in fields) + ")$")
        self.column.addWidget(self.form)
        self.column.addStretch(1)

    def show_draft(self, draft: EditableCard) -> None:
        for name, widget in self.form.widgets.items():
            value = getattr(draft.card, name)
            widget.setPlainText(value) if hasattr(widget, "setPlainText") else widget.setText(value)  # type: ignore[attr-defined]

    def store(self, draft: EditableCard) -> EditableCard:
        values = {
            name: (w.toPlainText() if hasattr(w, "toPlainText") else w.text()).strip()  # type: ignore[attr-defined]
            for name, w in self.form.widgets.items()
        }
        return draft.with_card(**values)

    def show_errors(self, errors: list[FieldError]) -> None:
        self.form.show_errors({e.path: e for e in errors})


class ClinicPage(TextPage):
    def __init__(self, wizard: ClinicWizard) -> None:
        super().__init__(
            wizard,
            self.tr("The clinic"),
            self.tr("Its name as said in the greeting, the language of its patients and the numbers they dial."),
            [("name", self.tr("Name"), 0)],
        )
        self.language = self.form.add("language", self.tr("Language"), QComboBox())
        for code, name in LANGUAGE_NAMES.items():
            self.language.addItem(name, code)
        self.lines = ItemsEditor(
            "phone_lines",
            LineForm.columns(),
            LineForm(wizard.region),
            lambda: PhoneLine(""),
            add_text=self.tr("Add line"),
            title=self.tr("Phone lines"),
            movable=False,
        )
        self.column.insertWidget(1, QLabel(self.tr("Phone lines")))
        self.column.insertWidget(2, self.lines, 1)
        self.owns = re.compile(r"^(name|language|phone_lines.*)$")

    def show_draft(self, draft: EditableCard) -> None:
        self.form.widgets["name"].setText(draft.card.name)  # type: ignore[attr-defined]
        self.language.setCurrentIndex(max(0, self.language.findData(draft.card.language)))
        self.lines.load(draft.card.phone_lines or (PhoneLine(""),))

    def store(self, draft: EditableCard) -> EditableCard:
        language = self.language.currentData()
        timezone, currency, greeting = NEW_CLINIC[language]
        if language != draft.card.language:
            draft = draft.with_card(language=language, timezone=timezone, currency=currency, greeting_template=greeting)
        name = self.form.widgets["name"].text().strip()  # type: ignore[attr-defined]
        return draft.with_card(name=name, phone_lines=tuple(self.lines.items()))

    def show_errors(self, errors: list[FieldError]) -> None:
        super().show_errors(errors)
        self.lines.show_errors(errors)


class ListPage(Page):
    """Specialists (with ages) or services (with preparation): a list with the page's fields of each."""

    def __init__(self, wizard: ClinicWizard, title: str, subtitle: str, editor: ItemsEditor, owns: str) -> None:
        super().__init__(wizard, title, subtitle)
        self.editor = editor
        self.owns = re.compile(owns)
        self.column.addWidget(editor, 1)

    def show_draft(self, draft: EditableCard) -> None:
        if isinstance(self.editor.form, ServiceForm):  # first: the form of the service shown names its specialist
            self.editor.form.set_specialists(draft.card.specialists)
        self.editor.load(getattr(draft.card, self.editor.list_name))

    def store(self, draft: EditableCard) -> EditableCard:
        return draft.with_card(**{self.editor.list_name: tuple(self.editor.items())})

    def show_errors(self, errors: list[FieldError]) -> None:
        self.editor.show_errors(errors)


class PerItemPage(Page):
    """One value for each specialist (visit length) or each service (price)."""

    def __init__(self, wizard: ClinicWizard, title: str, subtitle: str, list_name: str, field: str) -> None:
        super().__init__(wizard, title, subtitle)
        self.list_name, self.field = list_name, field
        self.owns = re.compile(rf"^{list_name}\[\d+\]\.{field}$")
        self.holder = QWidget()
        self.column.addWidget(self.holder, 1)
        self.form = FieldForm()

    def show_draft(self, draft: EditableCard) -> None:
        self.form.deleteLater()
        self.form = FieldForm()
        for i, item in enumerate(getattr(draft.card, self.list_name)):
            if self.field == "price":
                edit = line_edit(fmt.amount_for_editing(Decimal("180.00")))
                edit.setText(fmt.amount_for_editing(item.price) if item.price.is_finite() else "")
                self.form.add(str(i), item.name, edit)
            else:
                spin = QSpinBox()
                spin.setRange(1, 1440)
                spin.setSuffix(self.tr(" min"))
                spin.setValue(item.visit_minutes)
                self.form.add(str(i), item.name, spin)
        layout = self.holder.layout() or QVBoxLayout(self.holder)
        layout.addWidget(self.form)

    def store(self, draft: EditableCard) -> EditableCard:
        items = list(getattr(draft.card, self.list_name))
        for i, item in enumerate(items):
            widget = self.form.widgets[str(i)]
            if isinstance(widget, QLineEdit):
                try:
                    price = parse_price(widget.text())
                except ValueError:
                    price = None
                items[i] = replace(item, price=NOT_A_PRICE if price is None else price)
            elif isinstance(widget, QSpinBox):
                items[i] = replace(item, visit_minutes=widget.value())
        return draft.with_card(**{self.list_name: tuple(items)})

    def show_errors(self, errors: list[FieldError]) -> None:
        self.form.show_errors({e.path.split("[")[1].split("]")[0]: e for e in errors})


class GreetingPage(Page):
    owns = re.compile(r".*")

    def __init__(self, wizard: ClinicWizard) -> None:
        super().__init__(
            wizard,
            self.tr("The greeting"),
            self.tr("What the receptionist says when she picks up. Check it, then create the clinic."),
        )
        self.greeting = GreetingForm(wizard.person.display_name, wizard.clock)
        self.greeting.changed.connect(lambda: self.greeting.show_preview(self.wizard_.draft))
        self.problems = QLabel()
        self.problems.setObjectName("error")
        self.problems.setWordWrap(True)
        self.column.addWidget(self.greeting, 1)
        self.column.addWidget(self.problems)

    def show_draft(self, draft: EditableCard) -> None:
        self.greeting.load(draft)

    def store(self, draft: EditableCard) -> EditableCard:
        return self.greeting.apply(draft)

    def show_errors(self, errors: list[FieldError]) -> None:
        self.greeting.show_errors(errors)
        self.problems.setText("\n".join(str(e) for e in errors if e.path not in GreetingForm.FIELDS))

    def validatePage(self) -> bool:
        if not super().validatePage():
            return False
        try:
            self.wizard_.created = self.wizard_.editor.create(self.wizard_.person, self.wizard_.draft)
        except CardValidationError as error:
            self.show_errors(error.errors)
            return False
        return True


class ClinicWizard(QWizard):
    def __init__(
        self,
        editor: CardEditor,
        person: Person,
        region: str,
        clock: Callable[[], datetime],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.editor, self.person, self.region, self.clock = editor, person, region, clock
        self.draft = editor.blank("pl" if region == "PL" else "ru" if region == "RU" else "en")
        self.created: EditableCard | None = None
        self.setWindowTitle(self.tr("New clinic"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.place = WindowPlace(self, "wizard", QSize(900, 620))
        specialists = ItemsEditor(
            "specialists",
            SpecialistForm.columns()[:3],
            SpecialistForm(("name", "specialty", "age_min_months", "age_max_months")),
            lambda: Specialist(new_specialist_key(specialists.items()), "", "", visit_minutes=20),
            add_text=self.tr("Add specialist"),
        )
        services = ItemsEditor(
            "services",
            ServiceForm.columns(lambda: self.draft.card.currency, self._who)[:2],
            ServiceForm(("name", "specialist", "specialty", "duration_minutes", "preparation")),
            lambda: Service("", Decimal("NaN")),
            add_text=self.tr("Add service"),
        )
        self.pages = [
            ClinicPage(self),
            TextPage(
                self,
                self.tr("Address and how to get there"),
                self.tr("Street address; public transport, landmarks, which entrance, which floor."),
                [("address", self.tr("Address"), 50), ("directions", self.tr("How to get there"), 160)],
            ),
            TextPage(
                self,
                self.tr("Parking"),
                self.tr("Where patients park, whether it is free, how to get in."),
                [("parking", self.tr("Parking"), 120)],
            ),
            TextPage(
                self,
                self.tr("Opening hours"),
                self.tr("One line per group of days, e.g. Mon–Fri 8:00–20:00."),
                [("opening_hours", self.tr("Opening hours"), 120)],
            ),
            ListPage(
                self,
                self.tr("Specialists and the ages they accept"),
                self.tr("Who sees patients, and from what age up to what age (in years or months)."),
                specialists,
                r"^specialists\[\d+\]\.(?!visit_minutes).*$|^specialists$",
            ),
            PerItemPage(
                self,
                self.tr("Visit length"),
                self.tr("How long one visit with each specialist takes."),
                "specialists",
                "visit_minutes",
            ),
            ListPage(
                self,
                self.tr("Services and preparation"),
                self.tr("What patients book, who performs it, and what they must do before the visit."),
                services,
                r"^services\[\d+\]\.(?!price).*$",
            ),
            PerItemPage(self, self.tr("Prices"), self.tr("The price of each service."), "services", "price"),
            GreetingPage(self),
        ]
        for step, page in enumerate(self.pages, 1):
            page.setTitle(f"{step}/{len(self.pages)}  {page.title()}")
            self.addPage(page)
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("Create clinic"))

    def _who(self, key: str | None) -> str:
        found = next((s for s in self.draft.card.specialists if s.key == key), None) if key else None
        return found.name if found else ""

    def problems(self) -> list[FieldError]:
        return self.editor.check(self.editor.prepared(self.draft))
