"""The Training tab's tables: practice per receptionist and attempt by attempt, knowledge-test results per
receptionist or per clinic and month, and open assignments."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from PySide6.QtCharts import QCategoryAxis, QChartView, QLineSeries, QValueAxis
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QWidget

from ...domain.training.history import Assignment, AssignmentKind, PracticeByPerson, TrendPoint
from ...domain.training.results import MonthlyResult
from .. import theme
from ..models.report_models import Column, ColumnTableModel, Kind
from ..training_text import scenario_title
from .widgets import themed_chart


def share(percent: float | None) -> Decimal | None:
    """A percentage (0–100) as the tables' ratio (0–1)."""
    return None if percent is None else Decimal(f"{percent / 100:.4f}")


def trend_text(p: PracticeByPerson) -> str:
    """The day-by-day scores, newest last, e.g. "55 → 70 → 85 %"; the arrow says better or worse overall."""
    shown = [f"{round(t.percent)}" for t in p.trend[-5:]]
    arrow = "" if len(p.trend) < 2 else ("↑ " if p.change > 0 else "↓ " if p.change < 0 else "= ")
    return arrow + " → ".join(shown) + " %"


def practice_model(parent: Any = None) -> ColumnTableModel:
    return ColumnTableModel(
        QCoreApplication.translate("Training", "practice by receptionist"),
        [
            Column(QCoreApplication.translate("Training", "Receptionist"), lambda p: p.person),
            Column(QCoreApplication.translate("Training", "Attempts"), lambda p: p.attempts, Kind.COUNT),
            Column(QCoreApplication.translate("Training", "Average score"), lambda p: share(p.average), Kind.RATIO),
            Column(QCoreApplication.translate("Training", "Last score"), lambda p: share(p.last), Kind.RATIO),
            Column(
                QCoreApplication.translate("Training", "Trend by day"),
                trend_text,
                tooltip=QCoreApplication.translate("Training", "The average score of each day practised"),
            ),
            Column(QCoreApplication.translate("Training", "Last practised"), lambda p: p.last_at, Kind.DATETIME),
        ],
        parent=parent,
    )


def attempts_model(clinic_name: Any, parent: Any = None) -> ColumnTableModel:
    return ColumnTableModel(
        QCoreApplication.translate("Training", "practice attempts"),
        [
            Column(QCoreApplication.translate("Training", "Finished"), lambda a: a.finished_at, Kind.DATETIME),
            Column(QCoreApplication.translate("Training", "Clinic"), lambda a: clinic_name(a.clinic_id)),
            Column(
                QCoreApplication.translate("Training", "Scenario"), lambda a: scenario_title(a.scenario_title, a.topic)
            ),
            Column(QCoreApplication.translate("Training", "Points"), lambda a: f"{a.points} / {a.total}"),
            Column(QCoreApplication.translate("Training", "Score"), lambda a: share(a.percent), Kind.RATIO),
            Column(QCoreApplication.translate("Training", "Answered after"), lambda a: a.answered_after, Kind.SECONDS),
            Column(
                QCoreApplication.translate("Training", "Assigned"),
                lambda a: QCoreApplication.translate("Training", "yes") if a.assigned else "",
            ),
        ],
        parent=parent,
    )


def results_model(clinic_name: Any, parent: Any = None) -> ColumnTableModel:
    def person(r: MonthlyResult) -> str:
        return r.person or QCoreApplication.translate("Training", "(all receptionists)")

    return ColumnTableModel(
        QCoreApplication.translate("Training", "knowledge tests"),
        [
            Column(QCoreApplication.translate("Training", "Receptionist"), person),
            Column(QCoreApplication.translate("Training", "Clinic"), lambda r: clinic_name(r.clinic_key)),
            Column(QCoreApplication.translate("Training", "Month"), lambda r: r.month),
            Column(QCoreApplication.translate("Training", "Tests"), lambda r: r.tests, Kind.COUNT),
            Column(QCoreApplication.translate("Training", "Questions"), lambda r: r.asked, Kind.COUNT),
            Column(QCoreApplication.translate("Training", "Right"), lambda r: r.right, Kind.COUNT),
            Column(
                QCoreApplication.translate("Training", "Score"), lambda r: share(r.percent), Kind.RATIO, Decimal("0.8")
            ),
            Column(
                QCoreApplication.translate("Training", "Minutes"),
                lambda r: Decimal(f"{r.seconds / 60:.1f}"),
                Kind.DECIMAL,
            ),
        ],
        parent=parent,
    )


def assignment_what(a: Assignment, title: str = "") -> str:
    if a.kind is AssignmentKind.TEST:
        return QCoreApplication.translate("Training", "Monthly test")
    return QCoreApplication.translate("Training", "Practice: %1").replace(
        "%1", title or a.scenario_key or QCoreApplication.translate("Training", "any scenario")
    )


def assignments_model(person_name: Any, clinic_name: Any, title: Any, parent: Any = None) -> ColumnTableModel:
    return ColumnTableModel(
        QCoreApplication.translate("Training", "open assignments"),
        [
            Column(QCoreApplication.translate("Training", "Receptionist"), lambda a: person_name(a.person_id)),
            Column(
                QCoreApplication.translate("Training", "To do"), lambda a: assignment_what(a, title(a.scenario_key))
            ),
            Column(
                QCoreApplication.translate("Training", "Clinic"),
                lambda a: (
                    clinic_name(a.clinic_id) if a.clinic_id else QCoreApplication.translate("Training", "any clinic")
                ),
            ),
            Column(QCoreApplication.translate("Training", "Note"), lambda a: a.note),
            Column(QCoreApplication.translate("Training", "Assigned"), lambda a: a.assigned_at, Kind.DATETIME),
        ],
        parent=parent,
    )


class PracticeTrendChart(QChartView):
    """One receptionist's average practice score per day (0–100 %)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumHeight(160)
        self.setAccessibleName(QCoreApplication.translate("Training", "Practice score by day"))
        self.points: list[TrendPoint] = []
        self.show_points("", [])

    def show_points(self, person: str, points: list[TrendPoint]) -> None:
        self.points = list(points)
        chart = themed_chart(self)
        line = QLineSeries()
        line.setName(
            QCoreApplication.translate("Training", "%1: score by day, %").replace("%1", person)
            if person
            else QCoreApplication.translate("Training", "Score by day, %")
        )
        line.setColor(theme.colour("good"))
        line.setPointsVisible(True)
        x = QCategoryAxis()
        x.setLabelsPosition(QCategoryAxis.AxisLabelsPosition.AxisLabelsPositionOnValue)
        every = max(1, len(points) // 6)
        for n, p in enumerate(points):
            line.append(n, p.percent)
            if n % every == 0:
                day = _date(p.day)
                x.append(f"{day.day:02d}.{day.month:02d}", n)
        chart.addSeries(line)
        x.setRange(-0.2, max(len(points) - 1, 1) + 0.2)
        y = QValueAxis()
        y.setRange(0, 100)
        y.setLabelFormat("%d")
        chart.addAxis(x, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(y, Qt.AlignmentFlag.AlignLeft)
        line.attachAxis(x)
        line.attachAxis(y)
        self.setChart(chart)


def _date(text: str):  # type: ignore[no-untyped-def]
    from datetime import date

    return date.fromisoformat(text)
