"""Exports for spreadsheets and reports: one CSV of all observations (codes and names side by side, sources
as cited), the Excel workbook (publishing.workbook) and SDMX (publishing.sdmx). File names are the same on every
refresh."""

from __future__ import annotations

from pathlib import Path

import duckdb

from indicators.dimensions import KEY, columns

EXPORTS = "exports"
CSV = "bala_observations.csv"
WORKBOOK = "bala_compendium.xlsx"


def write(db_path: Path, release: Path) -> dict[str, Path]:
    """Write the CSV, the workbook and SDMX into the release folder being built."""
    from publishing import sdmx, workbook  # here: openpyxl and pysdmx cost every `bala` process 0.2 s to import

    folder = release / EXPORTS
    folder.mkdir()
    with duckdb.connect(str(db_path), read_only=True) as con:
        observations = con.execute(
            f"SELECT * EXCLUDE (family) FROM v_observation o ORDER BY o.section, {columns(KEY, 'o')}, o.source_document"
        ).df()
        observations.to_csv(folder / CSV, index=False)
        workbook.write(con, folder / WORKBOOK, observations)
        written = sdmx.write(con, folder)
    return {"csv": folder / CSV, "workbook": folder / WORKBOOK, **written}
