"""Metadata attached to materialisations: column schemas from `schemas`, row counts, markdown previews."""

from __future__ import annotations

import dagster as dg
import pandas as pd

from schemas.tables import TABLES

_DAGSTER_TYPES = {"string": "string", "integer": "int", "number": "float"}


def table_schema(table: str) -> dg.TableSchema:
    """The Dagster column schema of a table, from the same metadata as Pandera and DuckDB."""
    t = TABLES[table]
    return dg.TableSchema(
        columns=[
            dg.TableColumn(
                name=c,
                type=_DAGSTER_TYPES[f.type],
                description=f.description,
                constraints=dg.TableColumnConstraints(nullable=f.nullable, unique=t.primary_key == (c,)),
            )
            for c, f in t.fields()
        ]
    )


def markdown(df: pd.DataFrame, rows: int = 20) -> str:
    """A small markdown table (pipes escaped) for the Dagster UI."""
    head = df.head(rows)
    cells = [[str(v).replace("|", "\\|").replace("\n", " ")[:120] for v in row] for row in head.itertuples(index=False)]
    lines = ["| " + " | ".join(map(str, head.columns)) + " |", "|" + "---|" * len(head.columns)]
    lines += ["| " + " | ".join(r) + " |" for r in cells]
    if len(df) > rows:
        lines.append(f"\n… {len(df) - rows} more rows")
    return "\n".join(lines)


def table_metadata(table: str, df: pd.DataFrame, preview_rows: int = 10) -> dict:
    """Row count, column schema and a preview for a table-shaped output."""
    return {
        "dagster/row_count": len(df),
        "dagster/column_schema": table_schema(table),
        "preview": dg.MetadataValue.md(markdown(df, preview_rows)),
    }
