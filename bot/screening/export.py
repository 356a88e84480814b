"""Applications as a spreadsheet for HR: XLSX (openpyxl) or CSV that Excel opens in Russian.

One row per application, fixed columns (who, posting, status, source, dates) then one column per
question (by question id, headed by its text). Whatever people typed stays text: a cell that
starts with ``=``, ``+``, ``-`` or ``@`` is never a formula — in XLSX it is a string cell with
Excel's quote prefix, in CSV it gets a leading apostrophe (OWASP's advice for CSV injection).
The builders are plain functions of plain values; call them off the event loop.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from bot.locales import t

if TYPE_CHECKING:
    from bot.storage import ExportRow

Cell = str | int | dt.datetime | None
RISKY = ("=", "+", "-", "@", "\t", "\r")
WIDTH_MIN, WIDTH_MAX = 8, 60
FIXED = (
    "id",
    "posting",
    "slug",
    "name",
    "username",
    "user_id",
    "status",
    "flags",
    "source",
    "created",
    "submitted",
    "decided",
    "duration",
)
DATE_COLUMNS = frozenset({"created", "submitted", "decided"})


@dataclass(frozen=True)
class Table:
    """The spreadsheet's header and rows; dates are naive UTC (the header says so)."""

    header: list[str]
    rows: list[list[Cell]]


def build_table(rows: Sequence[ExportRow], lang: str) -> Table:
    """Fixed columns, then one per question id in the order questions first appear."""
    questions: dict[str, str] = {}
    for row in rows:
        for answer in row.answers:
            questions.setdefault(answer.question_id, answer.question_text)
    header = [
        t(lang, f"hr.export.column.{key}") + (" (UTC)" if key in DATE_COLUMNS else "")
        for key in FIXED
    ]
    header += list(questions.values())
    body: list[list[Cell]] = []
    for row in rows:
        answers = {answer.question_id: answer.answer_text for answer in row.answers}
        reasons = "; ".join(a.knockout_reason for a in row.answers if a.knockout_reason)
        cells: list[Cell] = [
            row.id,
            row.posting_title,
            row.posting_slug,
            row.name,
            f"@{row.username}" if row.username else None,
            row.user_id,
            t(lang, f"hr.status.{row.status.value}"),
            reasons or None,
            row.source,
            _naive(row.created_at),
            _naive(row.submitted_at),
            _naive(row.decided_at),
            round(row.duration_seconds / 60),
        ]
        cells += [answers.get(qid) for qid in questions]
        body.append(cells)
    return Table(header, body)


def _naive(moment: dt.datetime | None) -> dt.datetime | None:
    if moment is None:
        return None
    return moment.astimezone(dt.UTC).replace(tzinfo=None, microsecond=0)


def is_risky(value: object) -> bool:
    """Text a spreadsheet could take for a formula."""
    return isinstance(value, str) and value.startswith(RISKY)


def to_xlsx(table: Table, sheet_title: str) -> bytes:
    """The table as an XLSX workbook: bold frozen header, filter, widths fitted to the text."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font
    from openpyxl.utils import get_column_letter

    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.title = sheet_title[:31] or "applications"
    sheet.append(table.header)
    for cell in sheet[1]:
        cell.font = Font(bold=True)
        cell.alignment = Alignment(vertical="top", wrap_text=True)
    widths = [len(name) for name in table.header]
    for cells in table.rows:
        sheet.append([_xlsx_value(value) for value in cells])
        for index, value in enumerate(cells):
            if value is not None:
                widths[index] = max(widths[index], _width(value))
    for cells in sheet.iter_rows():
        for cell in cells:
            if is_risky(cell.value):
                cell.data_type = "s"  # openpyxl took a leading '=' for a formula
                cell.quotePrefix = True  # and Excel keeps it text when the cell is edited
            elif isinstance(cell.value, dt.datetime):
                cell.number_format = "yyyy-mm-dd hh:mm"
    for index, width in enumerate(widths, start=1):
        letter = get_column_letter(index)
        sheet.column_dimensions[letter].width = min(WIDTH_MAX, max(WIDTH_MIN, width + 2))
    sheet.freeze_panes = "A2"
    if table.rows:
        sheet.auto_filter.ref = sheet.dimensions
    out = io.BytesIO()
    workbook.save(out)
    return out.getvalue()


def _xlsx_value(value: Cell) -> Cell:
    if isinstance(value, str):
        # Control characters other than tab and newlines are not allowed in XML.
        return "".join(ch for ch in value if ch >= " " or ch in "\t\n\r")
    return value


def _width(value: Cell) -> int:
    if isinstance(value, dt.datetime):
        return 16
    text = str(value)
    return max((len(line) for line in text.splitlines()), default=0)


def to_csv(table: Table) -> bytes:
    """The table as CSV in UTF-8 with a BOM and ``;`` between fields: what Excel with Russian
    settings opens by double-click, Cyrillic intact."""
    out = io.StringIO()
    writer = csv.writer(out, delimiter=";", lineterminator="\r\n")
    writer.writerow([_csv_value(name) for name in table.header])
    for cells in table.rows:
        writer.writerow([_csv_value(value) for value in cells])
    return "\ufeff".encode() + out.getvalue().encode("utf-8")


def _csv_value(value: Cell) -> str:
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        return value.strftime("%Y-%m-%d %H:%M")
    text = str(value)
    return "'" + text if is_risky(text) else text
