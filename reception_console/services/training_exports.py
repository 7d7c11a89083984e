"""Knowledge-test results as an export table (CSV/XLSX through `exports`, which keeps text cells safe)."""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal

from ..domain.training.results import MonthlyResult
from .exports import Table

RESULT_COLUMNS = ("receptionist", "clinic", "month", "tests", "questions", "right", "percent", "minutes")


def results_table(rows: Sequence[MonthlyResult], title: str = "knowledge tests") -> Table:
    return Table(
        title,
        RESULT_COLUMNS,
        [
            [
                r.person,
                r.clinic_key,
                r.month,
                r.tests,
                r.asked,
                r.right,
                Decimal(f"{r.percent:.1f}"),
                Decimal(f"{r.seconds / 60:.1f}"),
            ]
            for r in rows
        ],
    )
