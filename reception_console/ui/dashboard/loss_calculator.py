"""The loss-point calculator: from calls to lost revenue, one line of arithmetic at a time.

calls answered → non-target measured → target calls → missed calls at the same mix → estimated target calls →
at the goal conversion → lost bookings → × average check → lost revenue. The goal and the average check are
the clinic's own and can be changed here (kept for the clinic with "Save").
"""

from __future__ import annotations

from decimal import Decimal, InvalidOperation
from fractions import Fraction

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDoubleSpinBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...domain.kpis import LossSteps, with_goals
from ...domain.reports import ClinicInfo
from .. import formatting as fmt
from .. import report_format as rf
from ..accessible import label_for


def _n(value: int | Fraction | None) -> str:
    return rf.number(value, 1)


class LossCalculator(QWidget):
    save_requested = Signal(int, object, object)  # clinic id, goal conversion, average check (or None)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.clinic: ClinicInfo | None = None
        self.base: LossSteps | None = None
        self.steps: LossSteps | None = None
        self.title = QLabel()
        self.title.setObjectName("dialogTitle")
        self.hint = QLabel(self.tr("Choose one clinic above to see its loss points."))
        self.hint.setObjectName("emptyState")
        self.goal = QDoubleSpinBox()
        self.goal.setRange(1, 100)
        self.goal.setDecimals(1)
        self.goal.setSuffix(" %")
        self.goal.setObjectName("goalConversion")
        self.check = QLineEdit()
        self.check.setObjectName("averageCheck")
        self.check.setPlaceholderText(self.tr("mean of the period's bookings"))
        self.check.ensurePolished()  # as wide as its hint, in any language
        self.check.setFixedWidth(self.check.fontMetrics().horizontalAdvance(self.check.placeholderText()) + 24)
        self.currency = QLabel()
        self.save = QPushButton(self.tr("Save for this clinic"))
        self.save.setObjectName("saveGoals")
        self.message = QLabel()
        self.message.setObjectName("error")
        inputs = QHBoxLayout()
        inputs.addWidget(label_for(self.goal, self.tr("Goal conversion")))
        inputs.addWidget(self.goal)
        inputs.addSpacing(16)
        inputs.addWidget(label_for(self.check, self.tr("Average check")))
        inputs.addWidget(self.check)
        inputs.addWidget(self.currency)
        inputs.addSpacing(16)
        inputs.addWidget(self.save)
        inputs.addWidget(self.message, 1)
        self.grid = QGridLayout()
        self.grid.setHorizontalSpacing(18)
        self.grid.setVerticalSpacing(6)
        self.lines: list[tuple[QLabel, QLabel, QLabel]] = []
        body = QWidget()
        body.setLayout(self.grid)
        self.body = body
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addLayout(inputs)
        row = QHBoxLayout()
        row.addWidget(body, 3)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addWidget(self.hint)
        layout.addStretch(1)
        self.goal.valueChanged.connect(self._recompute)
        self.check.textChanged.connect(self._recompute)
        self.save.clicked.connect(self._save)
        self.show_steps(None, None)

    def show_steps(self, clinic: ClinicInfo | None, steps: LossSteps | None) -> None:
        self.clinic, self.base = clinic, steps
        has = clinic is not None and steps is not None
        for widget in (self.body, self.goal, self.check, self.save, self.currency):
            widget.setEnabled(has)
        self.body.setVisible(has)
        self.hint.setVisible(not has)
        self.message.clear()
        if clinic is None or steps is None:
            self.title.setText(self.tr("Loss points"))
            return
        self.title.setText(self.tr("Loss points — %1").replace("%1", clinic.name))
        self.currency.setText(clinic.currency)
        for widget, value in ((self.goal, float(clinic.goal) * 100),):
            widget.blockSignals(True)
            widget.setValue(value)
            widget.blockSignals(False)
        self.check.blockSignals(True)
        self.check.setText("" if clinic.average_check is None else fmt.amount_for_editing(clinic.average_check))
        self.check.blockSignals(False)
        self._recompute()

    def entered_check(self) -> Decimal | None:
        """The typed average check; None when blank; raises InvalidOperation when not an amount."""
        text = self.check.text().strip().replace(" ", "").replace(",", ".")
        if not text:
            return None
        value = Decimal(text)
        if not value.is_finite() or value < 0:
            raise InvalidOperation(text)
        return value

    def entered_goal(self) -> Decimal:
        return (Decimal(str(self.goal.value())) / 100).quantize(Decimal("0.0001"))

    def _recompute(self) -> None:
        if self.base is None or self.clinic is None:
            return
        try:
            check = self.entered_check()
        except InvalidOperation:
            self.message.setText(self.tr("The average check is an amount, e.g. 3500 or 260.50."))
            self.save.setEnabled(False)
            return
        self.message.clear()
        self.save.setEnabled(True)
        self.steps = with_goals(self.base, self.entered_goal(), check)
        self._fill(self.steps)

    def _fill(self, s: LossSteps) -> None:
        currency = self.clinic.currency if self.clinic else ""
        share = rf.percent(s.target_share)
        goal = rf.percent(s.goal_conversion)
        check = rf.money(s.average_check, currency)
        if s.average_check_measured:
            check += " " + self.tr("(mean of the period's bookings)")
        rows = [
            (self.tr("Calls answered"), "", _n(s.answered)),
            (
                self.tr("Non-target, measured"),
                self.tr("information only + non-target"),
                "− " + _n(s.non_target_measured),
            ),
            (self.tr("Target calls answered"), self.tr("booked + not booked"), _n(s.target_answered)),
            (self.tr("Target share"), f"{_n(s.target_answered)} ÷ {_n(s.answered)}", share),
            (self.tr("Missed calls at the same mix"), f"{_n(s.missed)} × {share}", _n(s.missed_target)),
            (
                self.tr("Estimated target calls"),
                f"{_n(s.target_answered)} + {_n(s.missed_target)}",
                _n(s.estimated_target_calls),
            ),
            (self.tr("Bookings at the goal"), f"{_n(s.estimated_target_calls)} × {goal}", _n(s.at_goal)),
            (self.tr("Booked"), "", _n(s.booked)),
            (self.tr("Lost bookings"), f"max(0, {_n(s.at_goal)} − {_n(s.booked)})", _n(s.lost_bookings)),
            (self.tr("Lost revenue"), f"{_n(s.lost_bookings)} × {check}", rf.money(s.lost_revenue, currency)),
        ]
        while len(self.lines) < len(rows):
            n = len(self.lines)
            labels = (QLabel(), QLabel(), QLabel())
            labels[0].setObjectName("stepName")
            labels[1].setObjectName("stepArithmetic")
            labels[2].setObjectName("stepResult")
            for column, label in enumerate(labels):
                self.grid.addWidget(label, n, column)
            self.lines.append(labels)
        for (name, arithmetic, result), labels in zip(rows, self.lines, strict=False):
            labels[0].setText(name)
            labels[1].setText(arithmetic)
            labels[2].setText(result)
        self.lines[-1][2].setObjectName("stepTotal")

    def result_text(self) -> str:
        return self.lines[-1][2].text() if self.lines else ""

    def _save(self) -> None:
        if self.clinic is None:
            return
        try:
            check = self.entered_check()
        except InvalidOperation:
            return
        self.save_requested.emit(self.clinic.id, self.entered_goal(), check)
