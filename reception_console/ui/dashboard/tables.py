"""The dashboard's tables: which columns each one has, worded for the supervisor."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QGuiApplication

from ...domain.kpis import GOAL_ANSWER_RATE, GOAL_SERVICE_LEVEL, GOAL_SHOW_RATE, ratio
from ...domain.reports import ReportRow
from ...domain.trends import WeekGrid
from ...services.exports import Table
from .. import formatting as fmt
from .. import theme
from ..delivery_text import delivery_text
from ..models.report_models import Column, ColumnTableModel, Kind
from ..models.tasks_model import recipient_text


def reason_text(reason: str) -> str:
    return {
        "too_expensive": QCoreApplication.translate("Dashboard", "Too expensive"),
        "will_think": QCoreApplication.translate("Dashboard", "Will think"),
        "no_suitable_time": QCoreApplication.translate("Dashboard", "No suitable time"),
        "location": QCoreApplication.translate("Dashboard", "Location"),
        "wants_specific_doctor": QCoreApplication.translate("Dashboard", "Wants a specific doctor"),
        "other": QCoreApplication.translate("Dashboard", "Other"),
    }.get(reason, reason)


def receptionists_model(goal: Decimal, parent: Any = None) -> ColumnTableModel:
    def fig(name: str) -> Callable[[ReportRow], Any]:
        return lambda r: getattr(r.figures, name)

    columns = [
        Column(
            QCoreApplication.translate("Dashboard", "Receptionist"),
            lambda r: r.label or QCoreApplication.translate("Dashboard", "(not signed in)"),
        ),
        Column(QCoreApplication.translate("Dashboard", "Offered"), fig("offered"), Kind.COUNT),
        Column(QCoreApplication.translate("Dashboard", "Answered"), fig("answered"), Kind.COUNT),
        Column(QCoreApplication.translate("Dashboard", "Missed"), fig("missed"), Kind.COUNT),
        Column(
            QCoreApplication.translate("Dashboard", "Answer rate"), fig("answer_rate"), Kind.RATIO, GOAL_ANSWER_RATE
        ),
        Column(
            QCoreApplication.translate("Dashboard", "Service level"),
            fig("service_level"),
            Kind.RATIO,
            GOAL_SERVICE_LEVEL,
        ),
        Column(QCoreApplication.translate("Dashboard", "Speed of answer"), fig("asa"), Kind.SECONDS),
        Column(QCoreApplication.translate("Dashboard", "Handle time"), fig("aht"), Kind.SECONDS),
        Column(QCoreApplication.translate("Dashboard", "Booked"), fig("booked"), Kind.COUNT),
        Column(QCoreApplication.translate("Dashboard", "Not booked"), fig("not_booked"), Kind.COUNT),
        Column(QCoreApplication.translate("Dashboard", "Conversion"), fig("booking_conversion"), Kind.RATIO, goal),
        Column(QCoreApplication.translate("Dashboard", "Line conversion"), fig("line_conversion"), Kind.RATIO),
        Column(QCoreApplication.translate("Dashboard", "Lost bookings"), fig("lost_bookings"), Kind.DECIMAL),
        Column(QCoreApplication.translate("Dashboard", "Follow-ups"), fig("follow_up_pool"), Kind.COUNT),
        Column(QCoreApplication.translate("Dashboard", "Recovered"), fig("follow_up_recovered"), Kind.COUNT),
        Column(QCoreApplication.translate("Dashboard", "Callback coverage"), fig("callback_coverage"), Kind.RATIO),
        Column(QCoreApplication.translate("Dashboard", "Show rate"), fig("show_rate"), Kind.RATIO, GOAL_SHOW_RATE),
    ]
    return ColumnTableModel(QCoreApplication.translate("Dashboard", "Receptionists"), columns, parent=parent)


@dataclass(frozen=True)
class ReasonRow:
    reason: str
    calls: int
    share: Any


def reason_rows(reasons: dict[str, int]) -> list[ReasonRow]:
    total = sum(reasons.values())
    return [ReasonRow(k, n, ratio(n, total)) for k, n in sorted(reasons.items(), key=lambda kv: -kv[1])]


def reasons_model(parent: Any = None) -> ColumnTableModel:
    columns = [
        Column(QCoreApplication.translate("Dashboard", "Reason"), lambda r: reason_text(r.reason)),
        Column(QCoreApplication.translate("Dashboard", "Calls"), lambda r: r.calls, Kind.COUNT),
        Column(QCoreApplication.translate("Dashboard", "Share"), lambda r: r.share, Kind.RATIO),
    ]
    return ColumnTableModel(QCoreApplication.translate("Dashboard", "Refusal reasons"), columns, parent=parent)


def targets_model(parent: Any = None) -> ColumnTableModel:
    columns = [
        Column(QCoreApplication.translate("Dashboard", "Receptionist"), lambda t: t.name),
        Column(
            QCoreApplication.translate("Dashboard", "Target bookings"),
            lambda t: t.target.bookings if t.target else None,
            Kind.COUNT,
        ),
        Column(QCoreApplication.translate("Dashboard", "Booked so far"), lambda t: t.booked, Kind.COUNT),
        Column(QCoreApplication.translate("Dashboard", "Progress"), lambda t: t.progress, Kind.RATIO),
        Column(
            QCoreApplication.translate("Dashboard", "Target conversion"),
            lambda t: t.target.conversion if t.target else None,
            Kind.RATIO,
        ),
        Column(QCoreApplication.translate("Dashboard", "Conversion"), lambda t: t.booking_conversion, Kind.RATIO),
    ]
    return ColumnTableModel(QCoreApplication.translate("Dashboard", "Monthly targets"), columns, parent=parent)


def trend_model(parent: Any = None) -> ColumnTableModel:
    columns = [
        Column(QCoreApplication.translate("Dashboard", "From"), lambda p: p.start, Kind.DATE),
        Column(QCoreApplication.translate("Dashboard", "Offered"), lambda p: p.offered, Kind.COUNT),
        Column(QCoreApplication.translate("Dashboard", "Answered"), lambda p: p.answered, Kind.COUNT),
        Column(QCoreApplication.translate("Dashboard", "Missed"), lambda p: p.missed, Kind.COUNT),
        Column(QCoreApplication.translate("Dashboard", "Answer rate"), lambda p: p.answer_rate, Kind.RATIO),
        Column(QCoreApplication.translate("Dashboard", "Booked"), lambda p: p.booked, Kind.COUNT),
        Column(QCoreApplication.translate("Dashboard", "Conversion"), lambda p: p.booking_conversion, Kind.RATIO),
    ]
    return ColumnTableModel(QCoreApplication.translate("Dashboard", "Trend"), columns, parent=parent)


def weekday_names() -> list[str]:
    return [
        QCoreApplication.translate("Dashboard", "Mon"),
        QCoreApplication.translate("Dashboard", "Tue"),
        QCoreApplication.translate("Dashboard", "Wed"),
        QCoreApplication.translate("Dashboard", "Thu"),
        QCoreApplication.translate("Dashboard", "Fri"),
        QCoreApplication.translate("Dashboard", "Sat"),
        QCoreApplication.translate("Dashboard", "Sun"),
    ]


class WeekGridModel(ColumnTableModel):
    """Rows: days of the week; columns: hours. A cell shows offered calls, shaded by the share missed."""

    def __init__(self, parent: Any = None) -> None:
        columns = [Column(QCoreApplication.translate("Dashboard", "Day"), lambda r: r[0])]
        columns += [Column(f"{h:02d}", (lambda r, h=h: r[1][h]), Kind.COUNT) for h in range(24)]
        super().__init__(QCoreApplication.translate("Dashboard", "Calls by hour"), columns, parent=parent)
        self.grid: WeekGrid | None = None

    def set_grid(self, grid: WeekGrid) -> None:
        self.grid = grid
        names = weekday_names()
        self.set_rows([(names[d], grid.offered[d], grid.missed[d]) for d in range(7)])

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or self.grid is None or index.column() == 0:
            return super().data(index, role)
        day, hour = index.row(), index.column() - 1
        offered, missed = self.grid.offered[day][hour], self.grid.missed[day][hour]
        if role == Qt.ItemDataRole.DisplayRole:
            return "" if not offered else str(offered)
        if role in (Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.ForegroundRole) and offered:
            shade = self._shade(day, hour)
            return QBrush(shade if role == Qt.ItemDataRole.BackgroundRole else theme.readable_on(shade))
        if role == Qt.ItemDataRole.ToolTipRole:
            return (
                QCoreApplication.translate("Dashboard", "%1 offered, %2 missed")
                .replace("%1", str(offered))
                .replace("%2", str(missed))
            )
        return super().data(index, role)

    def _shade(self, day: int, hour: int) -> QColor:
        """The table's own background, reddened by the share of calls missed and a little by the load, on a
        light or a dark palette alike."""
        assert self.grid is not None
        share = float(self.grid.missed_share(day, hour) or 0)
        busiest = max(max(row) for row in self.grid.offered) or 1
        weight = min(1.0, 0.75 * share + 0.2 * self.grid.offered[day][hour] / busiest)
        base, red = QGuiApplication.palette().base().color(), QColor(220, 53, 69)
        return QColor(*(round(b + (r - b) * weight) for b, r in zip(base.getRgb()[:3], red.getRgb()[:3], strict=True)))

    def table(self) -> Table:
        """Long form for other tools: one row per day and hour."""
        rows = []
        if self.grid is not None:
            names = weekday_names()
            for d in range(7):
                for h in range(24):
                    offered, missed = self.grid.offered[d][h], self.grid.missed[d][h]
                    rows.append([names[d], h, offered, missed])
        return Table(
            self.title,
            [
                QCoreApplication.translate("Dashboard", "Day"),
                QCoreApplication.translate("Dashboard", "Hour"),
                QCoreApplication.translate("Dashboard", "Offered"),
                QCoreApplication.translate("Dashboard", "Missed"),
            ],
            rows,
        )


def tasks_model(title: str, clinic_name: Callable[[int | None], str], *, message: bool, parent: Any = None):  # type: ignore[no-untyped-def]
    columns = [
        Column(QCoreApplication.translate("Dashboard", "Due"), lambda t: t.due_at, Kind.DATETIME),
        Column(QCoreApplication.translate("Dashboard", "Clinic"), lambda t: clinic_name(t.clinic_id)),
    ]
    if message:
        columns.append(Column(QCoreApplication.translate("Dashboard", "For"), lambda t: recipient_text(t.recipient)))
    columns += [
        Column(QCoreApplication.translate("Dashboard", "Patient"), lambda t: t.patient_name),
        Column(QCoreApplication.translate("Dashboard", "Phone"), lambda t: fmt.phone(t.phone) if t.phone else ""),
        Column(QCoreApplication.translate("Dashboard", "Call back when"), lambda t: t.call_back_time),
        Column(
            QCoreApplication.translate("Dashboard", "Message")
            if message
            else QCoreApplication.translate("Dashboard", "Notes"),
            lambda t: t.text,
        ),
    ]
    if message:
        columns.append(Column(QCoreApplication.translate("Dashboard", "Delivery"), delivery_text))
    return ColumnTableModel(title, columns, parent=parent)


def visits_model(clinic_name: Callable[[int | None], str], parent: Any = None) -> ColumnTableModel:
    columns = [
        Column(QCoreApplication.translate("Dashboard", "Visit"), lambda v: v.visit_at, Kind.DATETIME),
        Column(QCoreApplication.translate("Dashboard", "Clinic"), lambda v: clinic_name(v.clinic_id)),
        Column(QCoreApplication.translate("Dashboard", "Patient"), lambda v: v.patient_name),
        Column(QCoreApplication.translate("Dashboard", "Phone"), lambda v: fmt.phone(v.phone) if v.phone else ""),
        Column(QCoreApplication.translate("Dashboard", "Specialist"), lambda v: v.specialist_name),
        Column(QCoreApplication.translate("Dashboard", "Expected value"), lambda v: v.expected_value, Kind.DECIMAL),
    ]
    return ColumnTableModel(QCoreApplication.translate("Dashboard", "Visits to mark"), columns, parent=parent)
