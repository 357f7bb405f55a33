"""Exports for spreadsheets and reports: one CSV of all observations and one Excel workbook with a
sheet per compendium table and a sources sheet. File names are the same on every refresh."""

from __future__ import annotations

from pathlib import Path

import duckdb
import pandas as pd
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

from indicators.dimensions import BREAKDOWNS, KEY, PERIOD, columns

EXPORTS = "exports"
CSV = "bala_observations.csv"
WORKBOOK = "bala_compendium.xlsx"


def _for_excel(df: pd.DataFrame) -> pd.DataFrame:
    """Excel cannot hold control characters (a file name may have one): drop them from text cells."""
    return df.map(lambda v: ILLEGAL_CHARACTERS_RE.sub("", v) if isinstance(v, str) else v)


def write(db_path: Path, release: Path) -> dict[str, Path]:
    """Write the CSV and the workbook into the release folder being built."""
    folder = release / EXPORTS
    folder.mkdir()
    with duckdb.connect(str(db_path), read_only=True) as con:
        observations = con.execute(
            "SELECT o.indicator_code, i.name AS indicator_name, s.name AS section, o.ref_area, r.name AS area, "
            f"{columns(BREAKDOWNS + PERIOD, 'o')}, o.obs_value, o.unit_measure, "
            "o.obs_status, o.derivation, o.source_document, o.paragraph, o.quote, o.rule "
            "FROM observation o JOIN indicator i ON i.code = o.indicator_code JOIN section s ON s.code = i.section "
            "JOIN ref_area r ON r.code = o.ref_area "
            f"ORDER BY s.sort_order, {columns(KEY, 'o')}"
        ).df()
        views = [
            v
            for (v,) in con.execute(
                "SELECT view_name FROM duckdb_views() WHERE view_name LIKE 'v\\_%' ESCAPE '\\' AND NOT internal ORDER BY 1"
            ).fetchall()
        ]
        tables = {
            v: con.execute(f'SELECT * FROM "{v}"').df() for v in views if v not in ("v_figure_coverage", "v_conflict")
        }
        documents = con.execute("SELECT * FROM source_document ORDER BY 1").df()
        quarantine = con.execute("SELECT * FROM quarantine").df()
    observations.to_csv(folder / CSV, index=False)
    sheets = {view.removeprefix("v_")[:31]: df for view, df in tables.items()}
    sheets |= {"sources": observations, "documents": documents, "quarantine": quarantine}
    with pd.ExcelWriter(folder / WORKBOOK, engine="openpyxl") as book:
        for sheet, df in sheets.items():
            _for_excel(df).to_excel(book, sheet_name=sheet, index=False)
    return {"csv": folder / CSV, "workbook": folder / WORKBOOK}
