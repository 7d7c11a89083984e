"""The clinic card: who the clinic is, where, when; its specialists, services and algorithms, searchable."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QSplitter,
    QStyle,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...domain.clinic import ClinicCard
from ...domain.search import CardIndex, CardQuery
from ...services.cards import CardView
from .. import formatting as fmt
from ..elided_label import ElidedLabel
from ..models.card_models import CardFilterProxy, ServicesModel, SpecialistsModel
from ..steady_size import keep_text_height
from ..table_fit import FITTED_COLUMNS
from .clinic_facts import ClinicFacts
from .knowledge_view import KnowledgeView


def _table(model: CardFilterProxy, widths: dict[int, int], parent: QWidget) -> QTableView:
    view = QTableView(parent)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setTabKeyNavigation(False)  # Tab leaves the table; the arrows move inside it
    view.setWordWrap(False)
    view.verticalHeader().hide()
    view.verticalHeader().setDefaultSectionSize(22)
    # a scroll bar that comes and goes with the number of rows would re-lay and repaint the window on every call
    view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
    header = view.horizontalHeader()
    header.setStretchLastSection(True)
    header.setHighlightSections(False)
    for column, width in widths.items():
        header.resizeSection(column, width)
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    return view


SPECIALIST_FITTED = (SpecialistsModel.AGES, SpecialistsModel.VISIT)
SERVICE_FITTED = (ServicesModel.PRICE, ServicesModel.DURATION)
FITTED_CARDS = 64


def _fitted_widths(view: QTableView, widths: dict[int, int], columns: tuple[int, ...]) -> list[tuple[int, int]]:
    """Columns of short formatted values (ages, minutes, prices) are as wide as their longest text in any
    language; names and notes keep their widths and show the rest in the tooltip."""
    proxy = view.model()
    assert isinstance(proxy, CardFilterProxy)
    source = proxy.sourceModel()
    header = view.horizontalHeader()
    margin = 2 * (view.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, view) + 1)
    fitted = []
    for column in columns:
        texts = (str(source.index(row, column).data() or "") for row in range(source.rowCount()))
        cells = [view.fontMetrics().horizontalAdvance(text) + margin for text in texts]
        fitted.append((column, max(widths[column], header.sectionSizeHint(column), *cells)))
    return fitted


def _row_text(table: QTableView, row: int) -> str:
    """A table's row as one line of text: every column's value, the notes' too."""
    model = table.model()
    if row < 0:
        return ""
    texts = (str(model.index(row, column).data() or "").strip() for column in range(model.columnCount()))
    return " · ".join(text for text in texts if text)


def _value(max_lines: int) -> ElidedLabel:
    return ElidedLabel(max_lines)


class CardPanel(QWidget):
    query_changed = Signal(object)  # CardQuery

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.view: CardView | None = None
        self._fitted: dict[tuple[int | None, str, int, str], tuple[list[tuple[int, int]], ...]] = {}

        self.title = QLabel()
        self.title.setObjectName("clinicName")
        self.line = QLabel()
        self.line.setObjectName("lineLabel")
        self.facts = ClinicFacts()
        self.address, self.directions = self.facts.address, self.facts.directions
        self.parking, self.hours = self.facts.parking, self.facts.hours

        self.search = QLineEdit()
        self.search.setObjectName("cardSearch")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(
            self.tr("Search the card, or type an age: 5, 5 lat, 8 mies, 6 months…  (Ctrl+F)")
        )
        self.search.setAccessibleName(self.tr("Search the card"))
        self.found = QLabel()
        self.found.setObjectName("searchSummary")

        # Each container is in its place before it is filled: with the application's style sheet, a filled one
        # put into its parent would be polished again with everything in it.
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        head = QGridLayout()
        for label in (self.title, self.line):  # as tall empty (at start) as with a clinic in it
            keep_text_height(label)
        head.addWidget(self.title, 0, 0)
        head.addWidget(self.line, 0, 1, Qt.AlignmentFlag.AlignRight)
        layout.addLayout(head)
        layout.addWidget(self.facts)
        search_row = QGridLayout()
        search_row.addWidget(self.search, 0, 0)
        search_row.addWidget(self.found, 0, 1)
        search_row.setColumnStretch(0, 1)
        layout.addLayout(search_row)
        split = QSplitter(Qt.Orientation.Vertical)
        layout.addWidget(split, 1)
        self.split = split

        # the selected row in full, under its table: a long name, specialty or note is never only "…"
        self.specialist_detail, self.service_detail = _value(1), _value(1)  # (in full on hover)
        boxes = [
            self._box(split, self.tr("Specialists"), self.specialist_detail),
            self._box(split, self.tr("Services and prices"), self.service_detail),
            self._box(split, self.tr("Algorithms for hard questions"), None),
        ]
        self.specialists_model = SpecialistsModel(self)
        self.specialists_proxy = CardFilterProxy(CardIndex.specialist_visible, self)
        self.specialists_proxy.setSourceModel(self.specialists_model)
        self._specialist_widths = {0: 195, 1: 140, 2: 150, 3: 55}
        self.specialists = _table(self.specialists_proxy, self._specialist_widths, boxes[0])
        self.specialists.setMinimumHeight(4 * 22 + 28)  # a short screen scrolls the card rather than squeeze this
        self.services_model = ServicesModel(self)
        self.services_proxy = CardFilterProxy(CardIndex.service_visible, self)
        self.services_proxy.setSourceModel(self.services_model)
        self._service_widths = {0: 235, 1: 150, 2: 75, 3: 55}
        self.services = _table(self.services_proxy, self._service_widths, boxes[1])
        self.specialists.setProperty(FITTED_COLUMNS, list(SPECIALIST_FITTED))
        self.services.setProperty(FITTED_COLUMNS, list(SERVICE_FITTED))
        self.knowledge = KnowledgeView(boxes[2])
        for box, view, caption in (
            (boxes[0], self.specialists, self.tr("Specialists")),
            (boxes[1], self.services, self.tr("Services and prices")),
            (boxes[2], self.knowledge, self.tr("Algorithms for hard questions")),
        ):
            view.setAccessibleName(caption)
            box.layout().addWidget(view)
        for table, detail in ((self.specialists, self.specialist_detail), (self.services, self.service_detail)):
            detail.setObjectName("detailLine")
            table.selectionModel().currentRowChanged.connect(
                lambda current, _previous, table=table, detail=detail: detail.setText(_row_text(table, current.row()))
            )
        split.setSizes([400, 130, 60])  # the specialists first: who takes a 5-year-old is the commonest question
        for n, stretch in enumerate((3, 2, 1)):
            split.setStretchFactor(n, stretch)
        split.setChildrenCollapsible(False)

        self.search.textChanged.connect(self.apply_search)

    @staticmethod
    def _box(split: QSplitter, caption: str, detail: QWidget | None) -> QWidget:
        """A part of the card in the splitter: its heading (with the selected row in full beside it) over a list."""
        box = QWidget(split)
        box_layout = QVBoxLayout(box)
        box_layout.setContentsMargins(0, 2, 0, 0)
        box_layout.setSpacing(1)
        heading = QLabel(caption)
        heading.setObjectName("sectionTitle")
        title_row = QHBoxLayout()  # the selected row in full beside the title: no height taken from the rows
        title_row.setSpacing(12)
        title_row.addWidget(heading)
        if detail is not None:
            title_row.addWidget(detail, 1, Qt.AlignmentFlag.AlignBottom)
        else:
            title_row.addStretch(1)
        box_layout.addLayout(title_row)
        return box

    def sizeHint(self) -> QSize:
        return QSize(760, 640)

    def show_card(self, view: CardView | None, line_number: str | None = None) -> bool:
        """Show a card (None clears it). Keeps the search text: a new card is filtered the same way.

        The card already on screen (the same view: the same version) is not built again: only the line the call
        came in on changes, and the lists go back to their tops. True when the card was shown anew."""
        same = view is not None and view is self.view
        self.view = view
        card = view.card if view else None
        line = next((x for x in card.phone_lines if x.number == line_number), None) if card else None
        self.line.setText(
            (f"{line.label} · " if line and line.label else "") + fmt.phone(line_number) if line_number else ""
        )
        if same:
            for table in (self.specialists, self.services):
                table.scrollToTop()  # (no repaint when already there)
            self.knowledge.verticalScrollBar().setValue(0)
            return False
        self.title.setText(card.name if card else "")
        self.facts.set_texts(
            card.address if card else "",
            card.directions if card else "",
            card.parking if card else "",
            card.opening_hours if card else "",
        )
        self.specialists_model.set_card(card)
        self.services_model.set_card(card)
        if card is not None:  # an empty card keeps the widths: the next card of the clinic needs no re-layout
            self._fit(card)
        for detail in (self.specialist_detail, self.service_detail):
            detail.setText("")
        self.specialists_proxy.set_index(view.index if view else None)
        self.services_proxy.set_index(view.index if view else None)
        self.apply_search(self.search.text())
        return True

    def _fit(self, card: ClinicCard) -> None:
        """Size the short-value columns to the card, measured once per card version (a card rung again, or
        looked up again, measures nothing)."""
        key = (card.id, card.key, card.version, self.font().key())
        if key not in self._fitted:
            if len(self._fitted) >= FITTED_CARDS:
                self._fitted.pop(next(iter(self._fitted)))
            self._fitted[key] = (
                _fitted_widths(self.specialists, self._specialist_widths, SPECIALIST_FITTED),
                _fitted_widths(self.services, self._service_widths, SERVICE_FITTED),
            )
        for view, fitted in zip((self.specialists, self.services), self._fitted[key], strict=True):
            for column, width in fitted:
                view.horizontalHeader().resizeSection(column, width)

    def apply_search(self, text: str) -> None:
        query = CardQuery.parse(text)
        self.specialists_proxy.set_query(query)
        self.services_proxy.set_query(query)
        self._render_knowledge(query)
        self._summarise(query)
        self.query_changed.emit(query)

    def _summarise(self, query: CardQuery) -> None:
        if self.view is None or query.is_empty:
            self.found.setText("")
            return
        parts = []
        if query.age_months is not None:
            parts.append(self.tr("age %1").replace("%1", fmt.age(query.age_months)))
        parts.append(
            self.tr("%1 of %n specialist(s)", "", len(self.view.card.specialists)).replace(
                "%1", str(self.specialists_proxy.rowCount())
            )
        )
        self.found.setText(" · ".join(parts))

    def _render_knowledge(self, query: CardQuery) -> None:
        if self.view is None:
            self.knowledge.clear()
            return
        index = self.view.index
        entries = [
            k for row, k in enumerate(self.view.card.knowledge) if query.is_empty or index.knowledge_visible(row, query)
        ]
        if entries:
            self.knowledge.show_entries(entries)
        else:
            self.knowledge.show_note(self.tr("No algorithm matches the search."))
