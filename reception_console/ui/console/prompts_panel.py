"""What to say: objection prompts one key away (F2–F8), ready phrases, and the caller's history."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QListView,
    QListWidget,
    QListWidgetItem,
    QTableView,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ...domain.calls import PastCall
from ...domain.clinic import ClinicCard
from ...domain.script import Objection, ObjectionPrompt, Phrase
from .. import theme
from ..models.history_model import HistoryModel
from ..objection_keys import OBJECTION_KEYS


class PromptsPanel(QTabWidget):
    objection_shown = Signal(object)  # Objection: its prompt is on screen
    OBJECTIONS, PHRASES, GETTING_HERE, HISTORY = range(4)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._prompts: dict[Objection, ObjectionPrompt] = {}
        self._html: dict[int, str] = {}  # what each text view shows, by id(view)
        # every tab always in sight, in any language: the panel widens rather than scroll or cut a tab
        self.tabBar().setUsesScrollButtons(False)
        self.tabBar().setElideMode(Qt.TextElideMode.ElideNone)

        objections = QWidget()
        self.objection_list = QListWidget()
        self.objection_list.setObjectName("objections")
        self.objection_list.setFlow(QListView.Flow.LeftToRight)
        self.objection_list.setWrapping(True)
        self.objection_list.setResizeMode(QListView.ResizeMode.Adjust)
        # Tab reaches it, a click leaves the focus where it was (in the form); Enter or Space shows the prompt
        self.objection_list.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.objection_list.setAccessibleName(self.tr("Objections"))
        self.objection_list.itemActivated.connect(
            lambda item: self.show_objection(Objection(item.data(Qt.ItemDataRole.UserRole)))
        )
        self.objection_list.setWordWrap(True)  # a long name over two lines, never cut ("Za drogo — Pakiet Ro…")
        self.objection_list.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.objection_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.objection_list.itemClicked.connect(
            lambda item: self.show_objection(Objection(item.data(Qt.ItemDataRole.UserRole)))
        )
        self._rows = (len(Objection) + 1) // 2
        self.objection_list.setFixedHeight(self._rows * 22 + 6)
        self.prompt_text = QTextBrowser()
        self.prompt_text.setObjectName("promptText")
        self.prompt_text.setAccessibleName(self.tr("What to say"))
        column = QVBoxLayout(objections)
        column.setContentsMargins(4, 4, 4, 4)
        column.setSpacing(4)
        column.addWidget(self.objection_list)
        column.addWidget(self.prompt_text, 1)

        self.phrases = QTextBrowser()
        self.phrases.setObjectName("phrases")
        self.getting_here = QTextBrowser()
        self.getting_here.setObjectName("gettingHere")
        self.history_model = HistoryModel(self)
        self.history = QTableView()
        self.history.setModel(self.history_model)
        self.history.setTabKeyNavigation(False)
        self.history.verticalHeader().hide()
        self.history.setWordWrap(False)
        self.history.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.history.horizontalHeader().setStretchLastSection(True)
        self.history.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)

        self.addTab(objections, self.tr("Objections"))
        self.addTab(self.phrases, self.tr("Phrases"))
        self.addTab(self.getting_here, self.tr("Directions"))
        self.addTab(self.history, self.tr("History"))
        self.phrases.setAccessibleName(self.tr("Phrases"))
        self.getting_here.setAccessibleName(self.tr("Directions"))
        self.history.setAccessibleName(self.tr("The caller's earlier calls"))
        self._reserve_tab_room()
        self.set_script((), ())

    def _reserve_tab_room(self) -> None:
        """As wide as all tabs with the longest history count: the splitter gives the room at the start,
        and a new title never pushes a tab out of sight later."""
        self.ensurePolished()
        self.tabBar().ensurePolished()
        self.setTabText(self.HISTORY, self.tr("History (%1)").replace("%1", "99"))
        self.setMinimumWidth(self.minimumSizeHint().width())
        self.setTabText(self.HISTORY, self.tr("History"))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._size_objections()

    def _size_objections(self) -> None:
        """Two columns; each row as tall as its longest name wrapped (most names take one line)."""
        width = max(120, (self.width() - 20) // 2)
        metrics = self.objection_list.fontMetrics()
        flags = int(Qt.TextFlag.TextWordWrap)
        lines = max(
            [1]
            + [
                round(
                    metrics.boundingRect(0, 0, width - 12, 1000, flags, self.objection_list.item(row).text()).height()
                    / metrics.lineSpacing()
                )
                for row in range(self.objection_list.count())
            ]
        )
        height = lines * metrics.lineSpacing() + 6
        self.objection_list.setGridSize(QSize(width, height))
        for row in range(self.objection_list.count()):
            self.objection_list.item(row).setSizeHint(QSize(width - 4, height - 2))
        self.objection_list.setFixedHeight(self._rows * height + 6)

    def set_script(self, prompts: tuple[ObjectionPrompt, ...], phrases: tuple[Phrase, ...]) -> bool:
        """The clinic's objection prompts and phrases; True when the list of objections was rebuilt."""
        rebuilt = prompts != tuple(self._prompts.values())
        if rebuilt:  # most clinics share most prompts: rebuild only on a change
            self._prompts = {p.objection: p for p in prompts}
            self.objection_list.clear()
            for objection in Objection:
                prompt = self._prompts.get(objection)
                if prompt is None:
                    continue
                item = QListWidgetItem(f"{OBJECTION_KEYS[objection]}  {prompt.title}")
                item.setData(Qt.ItemDataRole.UserRole, objection.value)
                item.setToolTip(prompt.text)
                self.objection_list.addItem(item)
            self._size_objections()
        self.objection_list.clearSelection()
        hint = self.tr("Press F2–F8 when the patient hesitates; the words to say appear here.")
        self._set_html(self.prompt_text, f"<p style='color:{theme.hex_colour('caption')}'>{escape(hint)}</p>")
        self._set_html(
            self.phrases,
            "".join(f"<p style='margin:0 0 6px 0'><b>{escape(p.title)}</b><br>{escape(p.text)}</p>" for p in phrases),
        )
        return rebuilt

    def set_card(self, card: ClinicCard | None) -> None:
        """The full address, directions, parking and hours, for when the patient asks how to get there."""
        if card is None:
            self._set_html(self.getting_here, "")
            return
        parts = [
            (self.tr("Address"), card.address),
            (self.tr("Directions"), card.directions),
            (self.tr("Parking"), card.parking),
            (self.tr("Opening hours"), card.opening_hours),
        ]
        self._set_html(
            self.getting_here,
            "".join(
                f"<p style='margin:0 0 6px 0'><b>{escape(title)}</b><br>{escape(text).replace(chr(10), '<br>')}</p>"
                for title, text in parts
                if text
            ),
        )

    def _set_html(self, view: QTextBrowser, html: str) -> None:
        """Parse and lay out the text only when it changed (the next call is often the same clinic's)."""
        if self._html.get(id(view)) != html:
            self._html[id(view)] = html
            view.setHtml(html)
        else:
            view.verticalScrollBar().setValue(0)  # a new call starts at the top, as a fresh text would

    def show_objection(self, objection: Objection) -> None:
        prompt = self._prompts.get(objection)
        if prompt is None:
            return
        self.setCurrentIndex(self.OBJECTIONS)
        for row in range(self.objection_list.count()):
            item = self.objection_list.item(row)
            item.setSelected(item.data(Qt.ItemDataRole.UserRole) == objection.value)
        text = escape(prompt.text).replace("\n", "<br>")
        self._set_html(self.prompt_text, f"<h3 style='margin:0 0 4px 0'>{escape(prompt.title)}</h3><p>{text}</p>")
        self.objection_shown.emit(objection)

    def shown_objection(self) -> Objection | None:
        selected = self.objection_list.selectedItems()
        return Objection(selected[0].data(Qt.ItemDataRole.UserRole)) if selected else None

    def set_history(self, calls: list[PastCall]) -> None:
        self.history_model.set_calls(calls)
        title = self.tr("History (%1)").replace("%1", str(len(calls))) if calls else self.tr("History")
        if self.tabText(self.HISTORY) != title:  # a new tab text lays out and repaints the whole tab bar
            self.setTabText(self.HISTORY, title)
