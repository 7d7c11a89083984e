"""The forms of a card's items: phone line, specialist, service, knowledge entry, phrase."""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Sequence
from dataclasses import replace
from decimal import Decimal

from PySide6.QtCore import QCoreApplication, QSignalBlocker, Qt
from PySide6.QtWidgets import QComboBox, QSpinBox, QWidget

from ...domain.card_rules import parse_price
from ...domain.clinic import KnowledgeEntry, PhoneLine, Service, Specialist
from ...domain.messages import Channel
from ...domain.script import Phrase
from ...services.phones import InvalidNumberError, normalize
from .. import formatting as fmt
from ..fields import AgeLimit, channel_combo, connect_edits, line_edit, text_edit
from ..models.items_model import Column
from .items import ItemForm

NOT_A_PRICE = Decimal("NaN")  # what was typed is no amount: the card rules say so under the field


def _words(text: str) -> tuple[str, ...]:
    return tuple(w.strip() for w in text.split(",") if w.strip())


def _connect(form: ItemForm) -> None:
    connect_edits(form.widgets.values(), form.changed)


def _blocked(form: ItemForm) -> list[QSignalBlocker]:
    return [QSignalBlocker(w) for w in form.widgets.values()] + [QSignalBlocker(form)]


class LineForm(ItemForm):
    SHORT_COLUMNS = (0,)  # the number

    def __init__(self, region: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.region = region
        self.number = self.add("number", self.tr("Number"), line_edit("+48 22 843 12 00"))
        self.label = self.add("label", self.tr("Label"), line_edit(self.tr("Registration, children…")))
        _connect(self)

    def load(self, item: PhoneLine) -> None:
        self.current = item
        blockers = _blocked(self)  # noqa: F841
        self.number.setText(fmt.phone(item.number) if item.number.startswith("+") else item.number)
        self.label.setText(item.label)

    def item(self) -> PhoneLine:
        text = self.number.text().strip()
        try:
            number = normalize(text, self.region)
        except InvalidNumberError:
            number = text
        return replace(self.current, number=number, label=self.label.text().strip())

    @staticmethod
    def columns() -> list[Column]:
        return [
            (
                QCoreApplication.translate("CardLists", "Number"),
                lambda x: fmt.phone(x.number) if x.number.startswith("+") else x.number,
            ),
            (QCoreApplication.translate("CardLists", "Label"), lambda x: x.label),
        ]


class SpecialistForm(ItemForm):
    SHORT_COLUMNS = (2, 3)  # ages, visit length
    ALL = (
        *("name", "specialty", "age_min_months", "age_max_months", "visit_minutes", "languages", "notes"),
        *("email", "mobile", "channel"),
    )

    def __init__(self, fields: Sequence[str] = ALL, parent: QWidget | None = None, region: str = "PL") -> None:
        super().__init__(parent)
        shown = set(fields)
        self.region = region
        self.name = self.add("name", self.tr("Name"), line_edit("dr n. med. Anna Nowak"))
        self.specialty = self.add("specialty", self.tr("Specialty"), line_edit(self.tr("Pediatrician")))
        self.age_min = self.add("age_min_months", self.tr("Patients from"), AgeLimit(upper=False))
        self.age_max = self.add("age_max_months", self.tr("up to"), AgeLimit(upper=True))
        visit = QSpinBox()
        visit.setRange(1, 1440)
        visit.setSuffix(self.tr(" min"))
        self.visit = self.add("visit_minutes", self.tr("Visit length"), visit)
        self.languages = self.add("languages", self.tr("Languages"), line_edit("pl, en"))
        self.notes = self.add("notes", self.tr("Notes"), text_edit(70))
        self.email = self.add("email", self.tr("E-mail"), line_edit("a.nowak@example.com"))
        self.mobile = self.add("mobile", self.tr("Mobile"), line_edit("+48 601 482 390"))
        self.channel = self.add("channel", self.tr("Messages"), channel_combo())
        for name, widget in self.widgets.items():
            if name not in shown:
                self.layout_.setRowVisible(widget.parentWidget(), False)
        _connect(self)

    def load(self, item: Specialist) -> None:
        self.current = item
        blockers = _blocked(self)  # noqa: F841
        self.name.setText(item.name)
        self.specialty.setText(item.specialty)
        self.age_min.set_months(item.age_min_months)
        self.age_max.set_months(item.age_max_months)
        self.visit.setValue(item.visit_minutes)
        self.languages.setText(", ".join(item.languages))
        if self.notes.toPlainText() != item.notes:
            self.notes.setPlainText(item.notes)
        self.email.setText(item.email)
        self.mobile.setText(fmt.phone(item.mobile) if item.mobile.startswith("+") else item.mobile)
        self.channel.setCurrentIndex(max(0, self.channel.findData(item.channel.value)))

    def item(self) -> Specialist:
        mobile = self.mobile.text().strip()
        with contextlib.suppress(InvalidNumberError):
            mobile = normalize(mobile, self.region) if mobile else ""
        return replace(
            self.current,
            name=self.name.text().strip(),
            specialty=self.specialty.text().strip(),
            age_min_months=self.age_min.months() or 0,
            age_max_months=self.age_max.months(),
            visit_minutes=self.visit.value(),
            languages=_words(self.languages.text()),
            notes=self.notes.toPlainText(),
            email=self.email.text().strip(),
            mobile=mobile,
            channel=Channel(self.channel.currentData()),
        )

    @staticmethod
    def columns() -> list[Column]:
        return [
            (QCoreApplication.translate("CardLists", "Specialist"), lambda x: x.name),
            (QCoreApplication.translate("CardLists", "Specialty"), lambda x: x.specialty),
            (
                QCoreApplication.translate("CardLists", "Ages"),
                lambda x: fmt.age_limits(x.age_min_months, x.age_max_months),
            ),
            (QCoreApplication.translate("CardLists", "Visit"), lambda x: fmt.minutes(x.visit_minutes)),
        ]


class ServiceForm(ItemForm):
    SHORT_COLUMNS = (2, 3)  # price, duration
    ALL = ("name", "specialist", "specialty", "price", "duration_minutes", "preparation")

    def __init__(self, fields: Sequence[str] = ALL, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        shown = set(fields)
        self.name = self.add("name", self.tr("Service"), line_edit(self.tr("First consultation")))
        self.specialist = self.add("specialist", self.tr("Who"), QComboBox())
        self.specialist.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.specialty = self.add("specialty", self.tr("or any specialist of"), line_edit(self.tr("Specialty")))
        self.price = self.add("price", self.tr("Price"), line_edit(fmt.amount_for_editing(Decimal("180.00"))))
        duration = QSpinBox()
        duration.setRange(0, 1440)
        duration.setSuffix(self.tr(" min"))
        duration.setSpecialValueText("—")
        self.duration = self.add("duration_minutes", self.tr("Duration"), duration)
        self.preparation = self.add("preparation", self.tr("Preparation"), text_edit(80))
        for name, widget in self.widgets.items():
            if name not in shown:
                self.layout_.setRowVisible(widget.parentWidget(), False)
        _connect(self)
        self.set_specialists([])

    def set_specialists(self, specialists: Sequence[Specialist]) -> None:
        blockers = _blocked(self)  # noqa: F841
        key = self.specialist.currentData()
        self.specialist.clear()
        self.specialist.addItem("—", None)
        for sp in specialists:  # the name, as the list beside says it; the specialty on hover
            self.specialist.addItem(sp.name, sp.key)
            self.specialist.setItemData(self.specialist.count() - 1, sp.specialty, Qt.ItemDataRole.ToolTipRole)
        self.specialist.setCurrentIndex(max(0, self.specialist.findData(key)))
        self.specialist.setMinimumWidth(self.specialist.sizeHint().width())  # a name is never cut

    def load(self, item: Service) -> None:
        self.current = item
        blockers = _blocked(self)  # noqa: F841
        self.name.setText(item.name)
        found = self.specialist.findData(item.specialist_key)
        self.specialist.setCurrentIndex(found if found >= 0 else 0)
        self.specialty.setText(item.specialty or "")
        self.price.setText(fmt.amount_for_editing(item.price) if item.price.is_finite() else "")
        self.duration.setValue(item.duration_minutes or 0)
        if self.preparation.toPlainText() != item.preparation:
            self.preparation.setPlainText(item.preparation)

    def item(self) -> Service:
        try:
            price = parse_price(self.price.text())
        except ValueError:
            price = None
        return replace(
            self.current,
            name=self.name.text().strip(),
            specialist_key=self.specialist.currentData(),
            specialty=self.specialty.text().strip() or None,
            price=NOT_A_PRICE if price is None else price,
            duration_minutes=self.duration.value() or None,
            preparation=self.preparation.toPlainText(),
        )

    @staticmethod
    def columns(currency: Callable[[], str], who: Callable[[str | None], str]) -> list[Column]:
        return [
            (QCoreApplication.translate("CardLists", "Service"), lambda x: x.name),
            (QCoreApplication.translate("CardLists", "Who"), lambda x: who(x.specialist_key) or (x.specialty or "")),
            (
                QCoreApplication.translate("CardLists", "Price"),
                lambda x: fmt.money(x.price, currency()) if x.price.is_finite() else "?",
            ),
            (QCoreApplication.translate("CardLists", "Time"), lambda x: fmt.minutes(x.duration_minutes)),
        ]


class KnowledgeForm(ItemForm):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.question = self.add("question", self.tr("Question or situation"), text_edit(54))
        self.answer = self.add("answer", self.tr("Answer or steps"), text_edit(150))
        self.tags = self.add("tags", self.tr("Tags"), line_edit(self.tr("payment, card, parking")))
        _connect(self)

    def load(self, item: KnowledgeEntry) -> None:
        self.current = item
        blockers = _blocked(self)  # noqa: F841
        if self.question.toPlainText() != item.question:
            self.question.setPlainText(item.question)
        if self.answer.toPlainText() != item.answer:
            self.answer.setPlainText(item.answer)
        self.tags.setText(", ".join(item.tags))

    def item(self) -> KnowledgeEntry:
        return replace(
            self.current,
            question=self.question.toPlainText().strip(),
            answer=self.answer.toPlainText().strip(),
            tags=_words(self.tags.text()),
        )

    @staticmethod
    def columns() -> list[Column]:
        return [
            (QCoreApplication.translate("CardLists", "Question"), lambda x: x.question.replace("\n", " ")),
            (QCoreApplication.translate("CardLists", "Tags"), lambda x: ", ".join(x.tags)),
        ]


class PhraseForm(ItemForm):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = self.add("title", self.tr("Title"), line_edit())
        self.text = self.add("text", self.tr("Words to say"), text_edit(110))
        _connect(self)

    def load(self, item: Phrase) -> None:
        self.current = item
        blockers = _blocked(self)  # noqa: F841
        self.title.setText(item.title)
        if self.text.toPlainText() != item.text:
            self.text.setPlainText(item.text)

    def item(self) -> Phrase:
        return replace(self.current, title=self.title.text().strip(), text=self.text.toPlainText().strip())

    @staticmethod
    def columns() -> list[Column]:
        return [
            (QCoreApplication.translate("CardLists", "Phrase"), lambda x: x.title),
        ]
