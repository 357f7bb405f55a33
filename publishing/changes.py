"""What a release changes against the one current before it: the rows of `release_change`.

An observation is the same observation in both releases when its key (indicator, area, breakdowns, period
and source document) is the same; it changed when its value or its status did. A previous release made by
an older bala may lack a breakdown column: its observations are totals on that breakdown.
"""

from __future__ import annotations

from pathlib import Path

import duckdb
import pandas as pd

from indicators.dimensions import KEY, TOTAL
from schemas.tables import OBSERVATION_KEY, TABLES, conform

_KEPT = ("obs_value", "obs_status", "paragraph", "quote")


def _previous(db: Path) -> tuple[pd.DataFrame, set[str]]:
    """The observations and document ids of a published file (read-only)."""
    with duckdb.connect(str(db), read_only=True) as con:
        present = {
            c
            for (c,) in con.execute(
                "SELECT column_name FROM duckdb_columns() WHERE table_name = 'observation'"
            ).fetchall()
        }
        wanted = [c for c in (*OBSERVATION_KEY, *_KEPT) if c in present]
        observations = con.execute(f"SELECT {', '.join(wanted)} FROM observation").df()
        documents = {d for (d,) in con.execute("SELECT source_document FROM source_document").fetchall()}
    for column in OBSERVATION_KEY:
        if column not in observations.columns:
            observations[column] = TOTAL
    return observations, documents


def changes(
    observation: pd.DataFrame,
    documents: set[str],
    previous_db: Path | None,
    release: str,
    previous_release: str | None,
) -> pd.DataFrame:
    """Every difference between the new observations and documents and those of `previous_db` (none: all new)."""
    if previous_db is None:
        old, old_documents = pd.DataFrame(columns=[*OBSERVATION_KEY, *_KEPT]), set()
    else:
        old, old_documents = _previous(previous_db)
    new = observation[[*OBSERVATION_KEY, *_KEPT]]
    both = old.astype({c: "object" for c in OBSERVATION_KEY}).merge(
        new.astype({c: "object" for c in OBSERVATION_KEY}),
        on=list(OBSERVATION_KEY),
        how="outer",
        suffixes=("_old", "_new"),
        indicator=True,
    )
    differs = (both["obs_value_old"] != both["obs_value_new"]) | (both["obs_status_old"] != both["obs_status_new"])
    both["change"] = both["_merge"].map({"left_only": "removed", "right_only": "added", "both": "changed"})
    both = both[(both["_merge"] != "both") | differs]
    rows = pd.DataFrame(
        {
            "change": both["change"],
            **{c: both[c] for c in OBSERVATION_KEY},
            "old_value": both["obs_value_old"],
            "new_value": both["obs_value_new"],
            "old_status": both["obs_status_old"],
            "new_status": both["obs_status_new"],
            "old_paragraph": both["paragraph_old"],
            "new_paragraph": both["paragraph_new"],
            "old_quote": both["quote_old"],
            "new_quote": both["quote_new"],
        }
    )
    document_rows = pd.DataFrame(
        [{"change": "document added", "source_document": d} for d in sorted(documents - old_documents)]
        + [{"change": "document removed", "source_document": d} for d in sorted(old_documents - documents)]
    )
    rows = rows.sort_values(["change", *KEY, "source_document"], kind="stable")
    parts = [r for r in (document_rows, rows) if len(r)]  # documents first, as v_release_change lists them
    out = pd.concat(parts, ignore_index=True) if parts else pd.DataFrame(columns=["change"])
    out["release"] = release
    out["previous_release"] = previous_release
    return conform(out.reindex(columns=list(TABLES["release_change"].columns)), "release_change")
