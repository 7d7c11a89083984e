"""Knowledge-test results per receptionist, clinic and month, exported to CSV and Excel."""

from __future__ import annotations

import csv
from datetime import UTC, datetime
from decimal import Decimal

from openpyxl import load_workbook

from reception_console.domain.training.results import KnowledgeTestRecord, monthly_results
from reception_console.services.exports import write_csv, write_xlsx
from reception_console.services.training_exports import RESULT_COLUMNS, results_table


def _records() -> list[KnowledgeTestRecord]:
    return [
        KnowledgeTestRecord("Anna", "med-centrum-mokotow", datetime(2026, 11, 3, 9, tzinfo=UTC), 20, 15, 600.0),
        KnowledgeTestRecord("Anna", "med-centrum-mokotow", datetime(2026, 11, 20, 9, tzinfo=UTC), 20, 17, 540.0),
        KnowledgeTestRecord("Anna", "med-centrum-mokotow", datetime(2026, 12, 1, 9, tzinfo=UTC), 20, 19, 480.0),
        KnowledgeTestRecord("=HYPERLINK(1)", "ulybka-dental", datetime(2026, 12, 2, 9, tzinfo=UTC), 10, 5, 300.0),
    ]


def test_results_are_summed_per_person_clinic_and_month():
    rows = monthly_results(_records())
    assert [(r.person, r.month, r.tests, r.asked, r.right) for r in rows] == [
        ("=HYPERLINK(1)", "2026-12", 1, 10, 5),
        ("Anna", "2026-11", 2, 40, 32),
        ("Anna", "2026-12", 1, 20, 19),
    ]
    assert rows[1].percent == 80.0


def test_results_export_to_csv_and_xlsx_with_safe_cells(tmp_path):
    table = results_table(monthly_results(_records()))
    write_csv(tmp_path / "tests.csv", table)
    with (tmp_path / "tests.csv").open(encoding="utf-8", newline="") as f:
        lines = list(csv.reader(f))
    assert tuple(lines[0]) == RESULT_COLUMNS
    assert lines[1][0] == "'=HYPERLINK(1)"
    assert lines[2] == ["Anna", "med-centrum-mokotow", "2026-11", "2", "40", "32", "80.0", "19.0"]
    write_xlsx(tmp_path / "tests.xlsx", [table])
    sheet = load_workbook(tmp_path / "tests.xlsx").active
    assert sheet.cell(2, 1).data_type == "s" and sheet.cell(2, 1).value == "=HYPERLINK(1)"
    assert Decimal(str(sheet.cell(3, 7).value)) == Decimal("80.0")
