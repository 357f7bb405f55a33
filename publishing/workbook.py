"""The Excel workbook as a statistician sends it: a contents sheet, then one sheet per compendium table with a
title, its section and units, a frozen header, widths, number formats by unit, E values marked and explained,
and the sources with their quotes; then the observations, documents and quarantine as lists."""

from __future__ import annotations

from pathlib import Path

import duckdb
import pandas as pd
from openpyxl import Workbook
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.comments import Comment
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.hyperlink import Hyperlink
from openpyxl.worksheet.worksheet import Worksheet

from indicators.dimensions import SERIES
from publishing.pages import family_title
from schemas.ddl import HEADINGS, LABELS

_WIDTHS = {"indicator_name": 48, "ref_area_name": 20, "breakdown": 22, "unit_name": 20}
# by unit kind: counts with thousands separators, percents with one decimal or two where the report gives two
# (25.95 must not show as 26.0); anything else keeps its decimals
FORMATS = {"count": "#,##0", "percent": "0.0#"}
_OTHER_FORMAT = "#,##0.0##"
HEADER_ROW = 4
_BOLD = Font(bold=True)
_ESTIMATED = PatternFill("solid", fgColor="FFF4D6")


def _note(ws: Worksheet, row: int, text: str, columns: int) -> None:
    """A line of notes across the table's width, wrapped (so printing does not shrink the table to fit it)."""
    ws.cell(row, 1, _text(text)).alignment = Alignment(wrap_text=True, vertical="top")
    ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=columns)
    width = sum(ws.column_dimensions[get_column_letter(c)].width or 11 for c in range(1, columns + 1))
    ws.row_dimensions[row].height = 15 * (1 + len(text) // max(int(width * 1.1), 40))


def _link(contents: Worksheet, row: int, sheet: str) -> None:
    """A contents line that opens its sheet."""
    link = contents.cell(row, 1, sheet)
    link.hyperlink = Hyperlink(ref=link.coordinate, location=f"'{sheet}'!A1")
    link.style = "Hyperlink"


def _printable(ws: Worksheet) -> None:
    """Printed (or saved as PDF) a sheet is one page wide, landscape, with its header repeated."""
    ws.page_setup.orientation = "landscape"
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True


def _text(value: object) -> object:
    """Excel cannot hold control characters (a file name may have one)."""
    return ILLEGAL_CHARACTERS_RE.sub("", value) if isinstance(value, str) else value


def _periods(table: pd.DataFrame) -> list[str]:
    fixed = {*SERIES, *LABELS, "unit_measure", "estimated_periods"}
    return [c for c in table.columns if c not in fixed]


def _table_sheet(ws: Worksheet, con: duckdb.DuckDBPyConnection, family: str, kinds: dict[str, str]) -> int:
    """One compendium table; returns how many values it holds."""
    table = con.execute(f'SELECT * FROM "v_{family}"').df()
    section = con.execute(
        "SELECT s.name FROM indicator i JOIN section s ON s.code = i.section WHERE i.family = ? "
        "ORDER BY s.sort_order LIMIT 1",
        [family],
    ).fetchone()[0]
    periods = _periods(table)
    ws["A1"] = family_title(family)
    ws["A1"].font = Font(bold=True, size=14)
    units = ", ".join(dict.fromkeys(table["unit_name"])) or "none"
    ws["A2"] = f"Section: {section}. Units: {units}. Source: UN treaty-body reports, read by bala."
    for col, name in enumerate([*LABELS, *periods], start=1):
        cell = ws.cell(HEADER_ROW, col, HEADINGS.get(name, name))
        cell.font = _BOLD
        longest = max((len(str(v)) for v in table[name]), default=0) + 2 if name in LABELS else 0
        ws.column_dimensions[get_column_letter(col)].width = min(max(_WIDTHS.get(name, 11), longest), 72)
    notes = con.execute(
        "SELECT indicator_name, breakdown, ref_area_name, period, obs_value, derivation, indicator_code, ref_area, "
        "period_start, period_end FROM v_observation WHERE family = ? AND obs_status = 'E' ORDER BY ALL",
        [family],
    ).df()
    marks: dict[tuple, int] = {}
    for n, note in enumerate(notes.itertuples(index=False), start=1):
        marks[(note.indicator_code, note.ref_area, note.breakdown, note.period)] = n
    values = 0
    for r, fields in enumerate(table.to_dict("records"), start=HEADER_ROW + 1):
        for c, name in enumerate(LABELS, start=1):
            ws.cell(r, c, _text(fields[name]))
        number_format = FORMATS.get(kinds.get(fields["unit_measure"], ""), _OTHER_FORMAT)
        for c, period in enumerate(periods, start=len(LABELS) + 1):
            value = fields[period]
            if pd.isna(value):
                continue
            cell = ws.cell(r, c, float(value))
            cell.number_format = number_format
            values += 1
            mark = marks.get((fields["indicator_code"], fields["ref_area"], fields["breakdown"], period))
            if mark:
                cell.fill = _ESTIMATED
                cell.font = Font(italic=True)
                note = notes.iloc[mark - 1]
                cell.comment = Comment(_text(f"E{mark}: derived by bala. {note['derivation']}"), "bala")
    ws.freeze_panes = ws.cell(HEADER_ROW + 1, len(LABELS) + 1)
    ws.print_title_rows = f"{HEADER_ROW}:{HEADER_ROW}"
    _printable(ws)
    below = HEADER_ROW + len(table) + 2
    width = len(LABELS) + len(periods)
    if len(notes):
        ws.cell(below, 1, "Estimated values (E, shaded): derived by bala from stated figures").font = _BOLD
        for n, note in enumerate(notes.itertuples(index=False), start=1):
            text = (
                f"E{n}. {note.indicator_name}, {note.breakdown}, {note.period}: {note.obs_value:,g} = {note.derivation}"
            )
            ws.cell(below + n, 1, _text(text))
        below += len(notes) + 2
    sources = con.execute(
        "SELECT source, quote FROM v_observation WHERE family = ? GROUP BY source, quote "
        "ORDER BY min(paragraph) NULLS LAST, source, min(char_start)",
        [family],
    ).fetchall()
    ws.cell(below, 1, "Sources").font = _BOLD
    for n, (source, quote) in enumerate(sources, start=1):
        _note(ws, below + n, f"{source}: “{quote}”", width)
    return values


def _list_sheet(ws: Worksheet, df: pd.DataFrame) -> None:
    """A plain list with a bold, frozen header and widths fitted to the content (within reason)."""
    ws.append(list(df.columns))
    for cell in ws[1]:
        cell.font = _BOLD
    for row in df.itertuples(index=False):
        ws.append([None if pd.isna(v) else _text(v) for v in row])
    ws.freeze_panes = "A2"
    for col, name in enumerate(df.columns, start=1):
        longest = max([len(str(name)), *(len(str(v)) for v in df[name].head(200))])
        ws.column_dimensions[get_column_letter(col)].width = min(max(longest + 2, 8), 60)


def write(con: duckdb.DuckDBPyConnection, path: Path, observations: pd.DataFrame) -> None:
    """Write the workbook to `path` from the release's DuckDB connection."""
    book = Workbook()
    contents = book.active
    contents.title = "contents"
    contents["A1"] = "Children of Kazakhstan: compendium tables from UN treaty-body reports (bala)"
    contents["A1"].font = Font(bold=True, size=14)
    contents["A2"] = "Each table is a sheet; derived (E) values are shaded, with a comment and a note under the table."
    for col, heading in enumerate(("Sheet", "Table", "Section", "Values"), start=1):
        contents.cell(4, col, heading).font = _BOLD
    kinds = dict(con.execute("SELECT code, kind FROM unit_measure").fetchall())
    families = con.execute(
        "SELECT i.family, arg_min(s.name, s.sort_order) FROM indicator i JOIN section s ON s.code = i.section "
        "GROUP BY i.family ORDER BY min(s.sort_order), i.family"
    ).fetchall()
    for row, (family, section) in enumerate(families, start=5):
        sheet = family[:31]
        values = _table_sheet(book.create_sheet(sheet), con, family, kinds)
        _link(contents, row, sheet)
        contents.cell(row, 2, family_title(family))
        contents.cell(row, 3, section)
        contents.cell(row, 4, values)
    for col, width in zip("ABCD", (28, 36, 34, 8), strict=True):
        contents.column_dimensions[col].width = width
    contents.freeze_panes = "A5"
    _printable(contents)
    lists = {
        "observations": observations,
        "documents": con.execute("SELECT * FROM source_document ORDER BY 1").df(),
        "quarantine": con.execute("SELECT * FROM quarantine").df(),
    }
    described = {
        "observations": "Every observation: codes beside names, the source and its quote",
        "documents": "The reports read, with their metadata",
        "quarantine": "Values that failed validation, never published, with why",
    }
    for row, (name, df) in enumerate(lists.items(), start=5 + len(families) + 1):
        _list_sheet(book.create_sheet(name), df)
        _link(contents, row, name)
        contents.cell(row, 2, described[name])
        contents.cell(row, 4, len(df))
    book.save(path)
