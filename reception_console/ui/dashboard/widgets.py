"""Pieces of the dashboard: a figure tile with its goal, the trend chart."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from decimal import Decimal

from PySide6.QtCharts import QBarCategoryAxis, QBarSeries, QBarSet, QChart, QChartView, QLineSeries, QValueAxis
from PySide6.QtCore import QAbstractItemModel, QCoreApplication, QMargins, QSortFilterProxyModel, Qt
from PySide6.QtGui import QFont, QPainter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHeaderView,
    QLabel,
    QMessageBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...domain.trends import Step, TrendPoint
from .. import report_format as rf
from .. import theme
from ..models.report_models import ROW_ROLE, SORT_ROLE
from ..style import TEXT_POINTS


class Tile(QFrame):
    """A headline figure, big, with its goal underneath; green when the goal is met, red when not."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("tile")
        self.title = QLabel(title)
        self.title.setObjectName("tileTitle")
        self.value = QLabel(rf.NONE)
        self.value.setObjectName("tileValue")
        self.note = QLabel("")
        self.note.setObjectName("tileNote")
        self.note.setWordWrap(True)  # the goal and its reasons, in any language, within the tile's width
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.setSpacing(0)
        layout.addWidget(self.title)
        layout.addWidget(self.value)
        layout.addWidget(self.note)
        for label in (self.title, self.value):  # in their style sheet's fonts, never squeezed by the wrapped note
            label.ensurePolished()
            label.setMinimumHeight(label.sizeHint().height())

    def show_value(self, text: str, note: str = "", met: bool | None = None) -> None:
        self.value.setText(text)
        self.note.setText(note)
        state = "" if met is None else ("met" if met else "missed")
        if self.property("goal") != state:
            self.setProperty("goal", state)
            self.style().unpolish(self)
            self.style().polish(self)

    def show_ratio(self, value: Decimal | None, goal: Decimal | None, goal_text: str) -> None:
        met = None if value is None or goal is None else value >= goal
        self.show_value(rf.percent(value), goal_text, met)


class TrendChart(QChartView):
    """Offered and missed calls as bars, booking conversion as a line on its own axis (0–100 %)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumHeight(220)
        self.points: list[TrendPoint] = []
        self.show_points([], Step.DAY)

    def show_points(self, points: Sequence[TrendPoint], step: Step) -> None:
        self.points = list(points)
        chart = themed_chart(self)
        answered = QBarSet(self.tr("Answered"))
        missed = QBarSet(self.tr("Missed"))
        answered.setColor(theme.colour("bar_answered"))
        missed.setColor(theme.colour("bar_missed"))
        conversion = QLineSeries()
        conversion.setName(self.tr("Conversion, %"))
        conversion.setColor(theme.colour("good"))
        labels = []
        every = max(1, len(points) // 16)
        for n, p in enumerate(points):
            answered.append(p.answered)
            missed.append(p.missed)
            share = p.booking_conversion
            if share is not None:
                conversion.append(n, float(share) * 100)
            text = rf.day(p.start) if step is Step.DAY else self.tr("wk %1").replace("%1", rf.day(p.start))
            labels.append(text if n % every == 0 else " " * (n % 7 + 1))
        bars = QBarSeries()
        bars.append(answered)
        bars.append(missed)
        bars.setBarWidth(0.8)
        chart.addSeries(bars)
        chart.addSeries(conversion)
        x = QBarCategoryAxis()
        x.append(labels or [""])
        x.setLabelsAngle(-45 if len(points) > 8 else 0)
        calls = QValueAxis()
        calls.setLabelFormat("%d")
        calls.setRange(0, max([p.offered for p in points] + [1]) * 1.1)
        calls.setTitleText(self.tr("calls"))
        percent = QValueAxis()
        percent.setRange(0, 100)
        percent.setLabelFormat("%d %%")
        chart.addAxis(x, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(calls, Qt.AlignmentFlag.AlignLeft)
        chart.addAxis(percent, Qt.AlignmentFlag.AlignRight)
        small = QFont(self.font())  # the axes' dates fit at a point under the window's text
        small.setPointSize(TEXT_POINTS - 1)
        for axis in (x, calls, percent):
            axis.setLabelsFont(small)
        title = calls.titleFont()
        title.setPointSize(small.pointSize())
        calls.setTitleFont(title)
        chart.legend().setFont(small)
        bars.attachAxis(x)
        bars.attachAxis(calls)
        conversion.attachAxis(x)
        conversion.attachAxis(percent)
        old = self.chart()
        self.setChart(chart)
        if old is not None:
            old.deleteLater()


def table_view(model: QAbstractItemModel, name: str, *, sortable: bool = True) -> QTableView:
    """A read-only table of a dashboard model, sorted by raw values through a proxy when sortable."""
    view = QTableView()
    view.setObjectName(name)
    view.setAccessibleName(str(getattr(model, "title", "") or name))  # the table's title, as exported
    view.setTabKeyNavigation(False)  # Tab leaves the table; the arrows move inside it
    if sortable:
        proxy = QSortFilterProxyModel(view)
        proxy.setSourceModel(model)
        proxy.setSortRole(SORT_ROLE)
        view.setModel(proxy)
        view.setSortingEnabled(True)
        view.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
    else:
        view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.verticalHeader().hide()
    view.verticalHeader().setDefaultSectionSize(24)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    view.horizontalHeader().setStretchLastSection(True)
    view.setAlternatingRowColors(True)
    return view


def current_row_object(view: QTableView) -> object | None:
    """The row object under the view's current index, through the sorting proxy."""
    index = view.currentIndex()
    return index.data(ROW_ROLE) if index.isValid() else None


def themed_chart(view: QWidget) -> QChart:
    """A chart in the palette's colours (light or dark), its legend below it."""
    chart = QChart()
    chart.setTheme(QChart.ChartTheme.ChartThemeDark if theme.is_dark() else QChart.ChartTheme.ChartThemeLight)
    chart.setBackgroundBrush(view.palette().base())
    chart.setMargins(QMargins(4, 4, 4, 4))
    chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
    return chart


def written(parent: QWidget, write: Callable[[], None], name: str) -> bool:
    """Write an export; when the file cannot be written, say so and return False."""
    try:
        write()
    except OSError as error:
        QMessageBox.warning(
            parent,
            QCoreApplication.translate("DashboardWindow", "Export"),
            QCoreApplication.translate("DashboardWindow", "Cannot write %1: %2")
            .replace("%1", name)
            .replace("%2", str(error)),
        )
        return False
    return True
