"""Tables out of the console: CSV and XLSX files (openpyxl), and JSON for scripts.

A `Table` holds raw values (numbers, Decimals, dates, text, None); each format writes them so they read back
as the same values: CSV as plain text (a Decimal as written, None as empty), XLSX as typed cells.

Text comes from callers and receptionists, so no text cell may become a formula when the file is opened: a text
that begins with `=`, `+`, `-`, `@`, a tab or a carriage return is written as a text cell in XLSX and with a
leading `'` in CSV (OWASP's advice against CSV injection). Files are written for the user alone (0600).
"""

from __future__ import annotations

import csv
import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

from ..domain.kpis import FIGURE_NAMES
from ..domain.reports import ReportRow
from ..platform.private_files import private_file

Value = int | float | Decimal | str | date | datetime | None


@dataclass(frozen=True)
class Table:
    title: str
    columns: Sequence[str]
    rows: Sequence[Sequence[Value]] = field(default_factory=list)


def figures_table(rows: Sequence[ReportRow], title: str = "figures") -> Table:
    """Report rows with the DOMAIN.md names as column names: key, label, then every figure."""
    return Table(
        title,
        ("key", "label", *FIGURE_NAMES),
        [[r.key, r.label, *(getattr(r.figures, name) for name in FIGURE_NAMES)] for r in rows],
    )


FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def is_formula_like(value: object) -> bool:
    """A text a spreadsheet would run as a formula (or turn into one) when the file is opened."""
    return isinstance(value, str) and value.startswith(FORMULA_STARTS)


def _csv_text(value: Value) -> str:
    text = _text(value)
    return "'" + text if is_formula_like(value) else text


def _text(value: Value) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.isoformat()
    return str(value)


def write_csv(target: Path | Any, table: Table, *, line_end: str = "\n") -> None:
    """To a path (RFC 4180's CRLF line ends, so that a carriage return inside a text is quoted too), or to an
    open text stream (stdout)."""
    if isinstance(target, Path):
        with target.open("w", encoding="utf-8", newline="") as f:
            private_file(target)
            write_csv(f, table, line_end="\r\n")
        return
    writer = csv.writer(target, lineterminator=line_end)
    writer.writerow([_csv_text(c) for c in table.columns])
    for row in table.rows:
        writer.writerow([_csv_text(v) for v in row])


def _cell(value: Value) -> Any:
    if isinstance(value, Decimal):
        return int(value) if value == value.to_integral_value() else float(value)
    if isinstance(value, datetime) and value.tzinfo is not None:
        return value.replace(tzinfo=None)  # Excel has no time zones: written as UTC
    return value


def write_xlsx(path: Path, tables: Sequence[Table]) -> None:
    """One sheet per table, the header in bold and frozen."""
    from openpyxl import Workbook
    from openpyxl.styles import Font

    book = Workbook()
    book.remove(book.active)  # type: ignore[arg-type]
    used: set[str] = set()
    for table in tables:
        name = _sheet_name(table.title, used)
        sheet = book.create_sheet(name)
        sheet.append([_cell(c) for c in table.columns])
        for cell in sheet[1]:
            cell.font = Font(bold=True)
        for row in table.rows:
            sheet.append([_cell(v) for v in row])
        _as_text(sheet)
        sheet.freeze_panes = "A2"
        for index, column in enumerate(table.columns, start=1):
            width = max([len(str(column))] + [len(_text(r[index - 1])) for r in table.rows[:200]])
            sheet.column_dimensions[sheet.cell(1, index).column_letter].width = min(60, max(8, width + 2))
    book.save(path)
    private_file(path)


def _as_text(sheet: Any) -> None:
    """openpyxl makes a formula of any string that begins with `=`: such cells become plain text cells, marked
    with Excel's quote prefix so that editing them keeps them text."""
    for row in sheet.iter_rows():
        for cell in row:
            if is_formula_like(cell.value):
                cell.data_type = "s"
                cell.quotePrefix = True


def _sheet_name(title: str, used: set[str]) -> str:
    base = "".join("_" if ch in "[]:*?/\\" else ch for ch in title)[:31] or "Sheet"
    name, n = base, 2
    while name.lower() in used:
        name = f"{base[:28]}-{n}"
        n += 1
    used.add(name.lower())
    return name


def json_value(value: Value) -> Any:
    if isinstance(value, Decimal):
        return int(value) if value == value.to_integral_value() else float(value)
    if isinstance(value, date | datetime):
        return value.isoformat()
    return value


def write_json(stream: Any, table: Table, **meta: Any) -> None:
    rows = [{c: json_value(v) for c, v in zip(table.columns, row, strict=True)} for row in table.rows]
    json.dump({**meta, "rows": rows}, stream, ensure_ascii=False, indent=2)
    stream.write("\n")
