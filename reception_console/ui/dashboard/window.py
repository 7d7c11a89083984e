"""The supervisor's dashboard: headline figures against their goals, receptionists, reasons, trend, staffing
grid, monthly targets, loss points and work lists, for a period and a clinic.

Every query runs off the UI thread (ReportRunner); the window shows "Loading…" and stays responsive.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import date
from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import QDate, QSettings, QSize, Qt, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFileDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QScrollArea,
    QSpinBox,
    QSplitter,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ...domain.audit import AuditAction
from ...domain.kpis import DEFAULT_GOAL_CONVERSION, GOAL_ANSWER_RATE, GOAL_SERVICE_LEVEL, GOAL_SHOW_RATE
from ...domain.people import Person
from ...domain.periods import Period, Preset, zone
from ...domain.reports import ClinicInfo, MonthlyTarget, ReportQuery, TargetError
from ...domain.tasks import Task
from ...domain.trends import Step
from ...services.audit import AuditTrail
from ...services.exports import Table, write_csv, write_xlsx
from ...services.reports import Dashboard, ReportService
from ...services.training import TrainingService
from ...services.worklists import WorkLists, WorkListService
from .. import formatting as fmt
from .. import report_format as rf
from ..error_text import target_error
from ..models.report_models import ColumnTableModel
from ..window_place import WindowPlace
from .loss_calculator import LossCalculator
from .report_worker import ReportRunner
from .tables import WeekGridModel, reason_rows, reasons_model, receptionists_model, trend_model
from .targets_panel import TargetsPanel
from .training_panel import TrainingPanel
from .widgets import Tile, TrendChart, table_view, written
from .worklists_panel import WorkListsPanel

log = logging.getLogger(__name__)
CONVERSION_COLUMN = 10  # in the receptionists table: drawn against the clinic's goal


def scrolling(page: QWidget) -> QScrollArea:
    """A tab's page in a pane that scrolls on a small screen (a laptop at 125 %) rather than squeeze its figures."""
    area = QScrollArea()
    area.setWidget(page)
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    return area


class DashboardWindow(QMainWindow):
    loaded = Signal()  # a query's results are on screen

    def __init__(
        self,
        reports: ReportService,
        worklists: WorkListService,
        person: Person,
        *,
        call_back: Callable[[Task], None] | None = None,
        ui_state: QSettings | None = None,
        audit: AuditTrail | None = None,
        training: TrainingService | None = None,
        open_scenarios: Callable[[], None] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        """`training`: the Training tab (practice, the monthly test, assignments); `open_scenarios` opens the
        scenario editor from it."""
        super().__init__(parent)
        self.audit = audit  # every export is recorded: who wrote which tables to which file
        self.setWindowTitle(self.tr("Supervisor dashboard"))
        self.place = WindowPlace(self, "dashboard", QSize(1340, 740), ui_state=ui_state)
        self.reports = reports
        self.worklists_service = worklists
        self.person = person
        self.ui_state = ui_state
        self.data: Dashboard | None = None
        self.clinics: list[ClinicInfo] = reports.clinics()
        self.runner = ReportRunner(self)
        self.runner.finished.connect(self._show)
        self.runner.failed.connect(self._failed)
        self.runner.busy_changed.connect(self._busy)

        self._build_filters()
        self.tiles = self._build_tiles()
        self.people_model = receptionists_model(self._goal(), self)
        self.people_view = table_view(self.people_model, "receptionists")
        self.reasons_model = reasons_model(self)
        self.reasons_view = table_view(self.reasons_model, "reasons")
        self.targets = TargetsPanel()
        self.targets.set_requested.connect(self._set_target)
        reasons_box = QWidget()
        reasons_layout = QVBoxLayout(reasons_box)
        reasons_layout.setContentsMargins(0, 0, 0, 0)
        self.reasons_title = QLabel(self.tr("Why patients did not book"))
        self.reasons_title.setObjectName("sectionTitle")
        reasons_layout.addWidget(self.reasons_title)
        reasons_layout.addWidget(self.reasons_view, 1)
        below = QSplitter(Qt.Orientation.Horizontal)
        below.addWidget(reasons_box)
        below.addWidget(self.targets)
        below.setSizes([470, 830])
        tables = QSplitter(Qt.Orientation.Vertical)
        tables.addWidget(self.people_view)
        tables.addWidget(below)
        tables.setSizes([230, 260])
        overview = QWidget()
        overview_layout = QVBoxLayout(overview)
        overview_layout.setContentsMargins(4, 4, 4, 4)
        overview_layout.addLayout(self.tile_grid)
        overview_layout.addWidget(tables, 1)

        self.chart = TrendChart()
        self.trend_model = trend_model(self)
        self.grid_model = WeekGridModel(self)
        self.grid_view = table_view(self.grid_model, "weekGrid", sortable=False)
        self.grid_view.horizontalHeader().setMinimumSectionSize(30)
        self.grid_view.horizontalHeader().setStretchLastSection(False)
        for hour in range(1, 25):
            self.grid_view.horizontalHeader().setSectionResizeMode(hour, QHeaderView.ResizeMode.Stretch)
        trend = QSplitter(Qt.Orientation.Vertical)
        trend.addWidget(self.chart)
        grid_box = QWidget()
        grid_layout = QVBoxLayout(grid_box)
        grid_layout.setContentsMargins(0, 0, 0, 0)
        grid_title = QLabel(self.tr("Offered calls by day of the week and hour (local time); red: share missed"))
        grid_title.setObjectName("sectionTitle")
        grid_layout.addWidget(grid_title)
        grid_layout.addWidget(self.grid_view, 1)
        trend.addWidget(grid_box)
        trend.setSizes([330, 250])

        self.calculator = LossCalculator()
        self.calculator.save_requested.connect(self._save_goals)
        self.lists = WorkListsPanel(worklists, person, self.clinic_name, can_call=call_back is not None)
        if call_back is not None:
            self.lists.call_back.connect(call_back)
        self.lists.changed.connect(self.refresh)

        self.tabs = QTabWidget()
        for page, title in (
            (overview, self.tr("Overview")),
            (trend, self.tr("Trend and hours")),
            (self.calculator, self.tr("Loss points")),
            (self.lists, self.tr("Work lists")),
        ):
            self.tabs.addTab(scrolling(page), title)
        self.training: TrainingPanel | None = None
        if training is not None:
            self.training = TrainingPanel(training, self.clinics, reports.receptionists)
            self.training.exported.connect(self._exported)
            if open_scenarios is not None:
                self.training.open_scenarios.connect(open_scenarios)
            else:
                self.training.scenarios_button.hide()
            self.tabs.addTab(scrolling(self.training), self.tr("Training"))
            self.tabs.currentChanged.connect(self._tab_changed)
        container = QWidget()
        layout = QVBoxLayout(container)
        layout.setContentsMargins(6, 4, 6, 4)
        layout.addLayout(self.filters)
        layout.addWidget(self.tabs, 1)
        self.setCentralWidget(container)
        self.status = QLabel()
        self.statusBar().addPermanentWidget(self.status)
        QShortcut(QKeySequence("F5"), self, self.refresh)
        QShortcut(QKeySequence("Ctrl+W"), self, self.close)
        self._preset_changed()

    # --- building ---------------------------------------------------------------------------------------

    def _build_filters(self) -> None:
        self.preset = QComboBox()
        self.preset.setObjectName("period")
        for preset, text in (
            (Preset.TODAY, self.tr("Today")),
            (Preset.WEEK, self.tr("This week")),
            (Preset.MONTH, self.tr("This month")),
            (Preset.LAST_MONTH, self.tr("Last month")),
            (Preset.CUSTOM, self.tr("Custom…")),
        ):
            self.preset.addItem(text, preset.value)
        self.preset.setCurrentIndex(2)
        self.first = QDateEdit()
        self.last = QDateEdit()
        self.first.setAccessibleName(self.tr("First day"))
        self.last.setAccessibleName(self.tr("Last day"))
        for edit in (self.first, self.last):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat(fmt.date_format())
            edit.dateChanged.connect(self._dates_changed)
        self.clinic = QComboBox()
        self.clinic.setObjectName("clinicFilter")
        # a long clinic name must not widen the window past a laptop's screen: the list opens at full width
        self.clinic.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.clinic.setMinimumContentsLength(16)
        self.clinic.addItem(self.tr("All clinics"), None)
        for c in self.clinics:
            self.clinic.addItem(c.name, c.id)
        self.threshold = QSpinBox()
        self.threshold.setRange(1, 120)
        self.threshold.setPrefix(self.tr("answered within "))
        self.threshold.setSuffix(" " + self.tr("s", "unit: seconds"))
        saved = self.ui_state.value("dashboard/service_level_seconds", 9) if self.ui_state else 9
        self.threshold.setValue(int(saved or 9))
        self.step = QComboBox()
        self.step.addItem(self.tr("by day"), Step.DAY.value)
        self.step.addItem(self.tr("by week"), Step.WEEK.value)
        self.export = QToolButton()
        self.export.setText(self.tr("Export"))
        self.export.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.export_menu = QMenu(self.export)
        self.export.setMenu(self.export_menu)
        self.export_menu.aboutToShow.connect(self._fill_export_menu)
        # what is counted on the first line, how it is measured on the second: a laptop's screen holds both
        self.filters = QVBoxLayout()
        what, how = QHBoxLayout(), QHBoxLayout()
        for row, label, widget in (
            (what, self.tr("Period"), self.preset),
            (what, "", self.first),
            (what, "–", self.last),
            (what, self.tr("Clinic"), self.clinic),
            (how, self.tr("Service level"), self.threshold),
            (how, self.tr("Trend"), self.step),
        ):
            if label:
                caption = QLabel(label)
                caption.setBuddy(widget)
                row.addWidget(caption)
            row.addWidget(widget)
        what.addStretch(1)
        how.addStretch(1)  # "Loading…" goes to the status bar: a long word there never widens the window
        how.addWidget(self.export)
        self.filters.addLayout(what)
        self.filters.addLayout(how)
        self.preset.currentIndexChanged.connect(self._preset_changed)
        self.clinic.currentIndexChanged.connect(self._preset_changed)
        self.threshold.valueChanged.connect(self.refresh)
        self.step.currentIndexChanged.connect(self._show_trend)

    def _build_tiles(self) -> dict[str, Tile]:
        tiles = {
            "booking_conversion": Tile(self.tr("Booking conversion")),
            "answer_rate": Tile(self.tr("Answer rate")),
            "service_level": Tile(self.tr("Service level")),
            "show_rate": Tile(self.tr("Show rate")),
            "line_conversion": Tile(self.tr("Line conversion")),
            "offered": Tile(self.tr("Calls offered")),
            "asa": Tile(self.tr("Speed of answer")),
            "follow_up": Tile(self.tr("Follow-ups recovered")),
            "callback_coverage": Tile(self.tr("Missed calls called back")),
            "lost_revenue": Tile(self.tr("Lost revenue")),
        }
        self.tile_grid = QGridLayout()
        self.tile_grid.setSpacing(6)
        for n, tile in enumerate(tiles.values()):
            self.tile_grid.addWidget(tile, n // 5, n % 5)
        return tiles

    # --- the query ----------------------------------------------------------------------------------------

    def clinic_ids(self) -> tuple[int, ...]:
        chosen = self.clinic.currentData()
        return () if chosen is None else (int(chosen),)

    def clinic_name(self, clinic_id: int | None) -> str:
        return next((c.name for c in self.clinics if c.id == clinic_id), "")

    def _goal(self) -> Decimal:
        """The goal conversion of the clinics shown (the default when they differ)."""
        ids = self.clinic_ids()
        goals = {c.goal for c in self.clinics if not ids or c.id in ids}
        return goals.pop() if len(goals) == 1 else DEFAULT_GOAL_CONVERSION

    def today(self) -> date:
        ids = self.clinic_ids()
        chosen = next((c for c in self.clinics if c.id in ids), self.clinics[0] if self.clinics else None)
        return self.reports.now().astimezone(zone(chosen.timezone if chosen else None)).date()

    def _preset_changed(self) -> None:
        preset = Preset(self.preset.currentData())
        custom = preset is Preset.CUSTOM
        self.first.setEnabled(custom)
        self.last.setEnabled(custom)
        if not custom:
            period = Period.preset(preset, self.today())
            for edit, day in ((self.first, period.first), (self.last, period.last)):
                edit.blockSignals(True)
                edit.setDate(QDate(day.year, day.month, day.day))
                edit.blockSignals(False)
        self.people_model.set_goal(CONVERSION_COLUMN, self._goal())
        self.refresh()

    def _dates_changed(self) -> None:
        if Preset(self.preset.currentData()) is Preset.CUSTOM:
            self.refresh()

    def period(self) -> Period:
        first, last = self.first.date().toPython(), self.last.date().toPython()
        return Period(min(first, last), max(first, last))  # type: ignore[type-var]

    def query(self) -> ReportQuery:
        return ReportQuery(self.period(), self.clinic_ids(), service_level_seconds=self.threshold.value())

    def _tab_changed(self) -> None:
        if self.training is not None and self.tabs.currentWidget().widget() is self.training:  # type: ignore[attr-defined]
            self.training.refresh()

    def refresh(self) -> None:
        self._tab_changed()
        query = self.query()
        reports, lists = self.reports, self.worklists_service
        if self.ui_state is not None:
            self.ui_state.setValue("dashboard/service_level_seconds", query.service_level_seconds)
        self.runner.run(lambda: (reports.dashboard(query), lists.load(query.clinic_ids)))

    def _busy(self, busy: bool) -> None:
        if busy:
            self.statusBar().showMessage(self.tr("Loading…"))
        else:
            self.statusBar().clearMessage()

    def _failed(self, message: str) -> None:
        self.status.setText(self.tr("The figures could not be loaded: %1").replace("%1", message))

    # --- showing ------------------------------------------------------------------------------------------

    def _show(self, result: object) -> None:
        data, lists = result  # type: ignore[misc]
        assert isinstance(data, Dashboard) and isinstance(lists, WorkLists)
        self.data = data
        f = data.total
        t = self.tiles
        goal = data.clinic.goal if data.clinic else f.goal_conversion
        t["booking_conversion"].show_ratio(
            f.booking_conversion, goal, self.tr("goal %1").replace("%1", rf.percent(goal, 0))
        )
        t["answer_rate"].show_ratio(
            f.answer_rate, GOAL_ANSWER_RATE, self.tr("goal %1").replace("%1", rf.percent(GOAL_ANSWER_RATE, 0))
        )
        t["service_level"].show_ratio(
            f.service_level,
            GOAL_SERVICE_LEVEL,
            self.tr("within %1 s · goal %2")
            .replace("%1", str(data.query.service_level_seconds))
            .replace("%2", rf.percent(GOAL_SERVICE_LEVEL, 0)),
        )
        t["show_rate"].show_ratio(
            f.show_rate, GOAL_SHOW_RATE, self.tr("goal %1").replace("%1", rf.percent(GOAL_SHOW_RATE, 0))
        )
        t["line_conversion"].show_value(
            rf.percent(f.line_conversion),
            self.tr("%1 est. target calls").replace("%1", rf.number(f.estimated_target_calls, 0)),
        )
        t["offered"].show_value(
            rf.count(f.offered),
            self.tr("%1 answered · %2 missed").replace("%1", rf.count(f.answered)).replace("%2", rf.count(f.missed)),
        )
        t["asa"].show_value(rf.seconds(f.asa), self.tr("handle time %1").replace("%1", rf.seconds(f.aht)))
        t["follow_up"].show_value(
            f"{rf.count(f.follow_up_recovered)} / {rf.count(f.follow_up_pool)}",
            self.tr("booked within 30 days"),
        )
        t["callback_coverage"].show_value(
            rf.percent(f.callback_coverage),
            self.tr("within %1 h · median %2")
            .replace("%1", rf.number(data.query.callback_hours))
            .replace("%2", rf.seconds(f.callback_delay)),
        )
        lost = self.tr("%1 lost bookings").replace("%1", rf.number(f.lost_bookings, 0))
        if not data.currency:
            lost += " · " + self.tr("choose a clinic: currencies differ")
        t["lost_revenue"].show_value(rf.money(f.lost_revenue, data.currency), lost)
        self.people_model.set_rows(data.receptionists)
        self.reasons_model.set_rows(reason_rows(data.reasons))
        self.targets.set_targets(data.month, data.targets)
        self._show_trend()
        self.grid_model.set_grid(data.grid())
        self.calculator.show_steps(data.clinic, f.steps if data.clinic else None)
        self.lists.set_lists(lists)
        self.status.setText(
            self.tr("%1 – %2 · computed in %3 ms")
            .replace("%1", rf.day(data.query.period.first))
            .replace("%2", rf.day(data.query.period.last))
            .replace("%3", str(round(data.seconds * 1000)))
        )
        self.loaded.emit()

    def _show_trend(self) -> None:
        if self.data is None:
            return
        step = Step(self.step.currentData())
        points = self.data.trend(step)
        self.trend_model.set_rows(points)
        self.chart.show_points(points, step)

    # --- actions ------------------------------------------------------------------------------------------

    def _save_goals(self, clinic_id: int, goal: object, check: object) -> None:
        try:
            self.reports.set_goals(clinic_id, goal, check, self.person)  # type: ignore[arg-type]
        except TargetError:
            self.calculator.message.setText(self.tr("The goal conversion is above 0% and at most 100%."))
            return
        self.clinics = self.reports.clinics()
        self.statusBar().showMessage(self.tr("Goal and average check saved for the clinic."), 6000)
        self.refresh()

    def _set_target(self, target: MonthlyTarget) -> None:
        try:
            self.reports.set_target(target, self.person)
        except TargetError as error:
            QMessageBox.warning(self, self.tr("Monthly target"), target_error(error))
            return
        self.statusBar().showMessage(self.tr("Target saved."), 6000)
        self.refresh()

    def tables(self) -> list[ColumnTableModel]:
        fixed = [self.people_model, self.reasons_model, self.targets.model, self.trend_model, self.grid_model]
        return [*fixed, *self.lists.models()]

    def _fill_export_menu(self) -> None:
        self.export_menu.clear()
        xlsx = self.export_menu.addAction(self.tr("All tables to Excel (XLSX)…"))
        xlsx.triggered.connect(self._ask_xlsx)
        self.export_menu.addSeparator()
        for model in self.tables():
            action = self.export_menu.addAction(self.tr("%1 to CSV…").replace("%1", model.title))
            action.triggered.connect(lambda _=False, m=model: self._ask_csv(m))

    def export_tables(self) -> list[Table]:
        return [m.table() for m in self.tables()]

    def export_xlsx(self, path: Path) -> None:
        write_xlsx(path, self.export_tables())

    def _ask_xlsx(self) -> None:
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Export to Excel"), "dashboard.xlsx", "Excel (*.xlsx)")
        if name:
            self._write(lambda: self.export_xlsx(Path(name)), name, "dashboard (Excel)")

    def _ask_csv(self, model: ColumnTableModel) -> None:
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Export to CSV"), f"{model.title}.csv", "CSV (*.csv)")
        if name:
            self._write(lambda: write_csv(Path(name), model.table()), name, f"{model.title} (CSV)")

    def _write(self, write: Callable[[], None], name: str, what: str = "") -> None:
        if written(self, write, name):
            self._exported(name, what)

    def _exported(self, name: str, what: str) -> None:
        if self.audit is not None:
            self.audit.record(self.person, AuditAction.EXPORTED, subject=Path(name).name, details=what)
        self.statusBar().showMessage(self.tr("Exported to %1").replace("%1", name), 8000)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.runner.wait()
        super().closeEvent(event)
