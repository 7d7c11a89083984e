"""The score of a practice call, shown when its outcome is saved: every check, passed or not, with what was expected
and what she did."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...domain.training.scenarios import Scenario
from ...domain.training.scoring import Score
from .practice_texts import check_text, scenario_text


class ScoreDialog(QDialog):
    def __init__(self, scenario: Scenario, score: Score, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Practice score"))
        self.setMinimumWidth(620)
        title = QLabel(
            self.tr("%1 of %2 checks passed (%3 %)")
            .replace("%1", str(score.points))
            .replace("%2", str(score.total))
            .replace("%3", f"{score.percent:.0f}")
        )
        title.setObjectName("dialogTitle")
        what = QLabel(scenario_text(scenario))
        what.setWordWrap(True)
        self.table = QTableWidget(len(score.checks), 4)
        self.table.setHorizontalHeaderLabels([self.tr("Check"), "", self.tr("Expected"), self.tr("Done")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        for row, check in enumerate(score.checks):
            cells = (check_text(check), "✓" if check.passed else "✗", check.expected, check.actual)
            for column, text in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self.table.setMinimumHeight(min(420, 30 + 24 * len(score.checks)))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(what)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        buttons.button(QDialogButtonBox.StandardButton.Close).setDefault(True)
        buttons.button(QDialogButtonBox.StandardButton.Close).setFocus()
