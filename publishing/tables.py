"""The curated tables of a release: one DuckDB file (tables, code lists, views), a Parquet file per table and
the per-document dataset; and the lock that keeps publishes one at a time."""

from __future__ import annotations

import contextlib
import fcntl
import os
from dataclasses import dataclass
from pathlib import Path

import duckdb
import pandas as pd

from indicators.catalogue import Catalogue
from schemas.ddl import (
    CONFLICT_VIEW,
    FIGURE_COVERAGE_VIEW,
    LABELLED_VIEW,
    RELEASE_CHANGE_VIEW,
    REVIEW_STALE_VIEW,
    VIEW_COMMENTS,
    comment_view,
    compendium_view,
    create_table,
)
from schemas.tables import TABLES

DATABASE = "bala.duckdb"
# The file format of bala.duckdb: one the DuckDB command line installed by the setup (duckdb-cli 1.5) and every
# later DuckDB can open (the Python package may be newer and would otherwise write a format the CLI refuses).
STORAGE_VERSION = "v1.5.0"
DATASET = "dataset"  # hive-partitioned Parquet: dataset/<table>/source_document=<id>/*.parquet
# the tables whose rows each belong to one document (review_decision's rows are the decisions file's)
PER_DOCUMENT = tuple(
    name
    for name, table in TABLES.items()
    if "source_document" in table.columns and name not in ("source_document", "review_decision")
)


@dataclass(frozen=True)
class Published:
    duckdb_path: Path
    parquet_paths: dict[str, Path]
    row_counts: dict[str, int]
    views: list[str]


@contextlib.contextmanager
def file_lock(path: Path, wait: bool):
    """An exclusive lock held for the block (released by the OS if the process dies); the file names the holder.

    With wait=False a held lock raises BlockingIOError at once.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("a+") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX | (0 if wait else fcntl.LOCK_NB))
        handle.seek(0)
        handle.truncate()
        handle.write(f"{os.getpid()}\n")
        handle.flush()
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def lock_holder(path: Path) -> str:
    """The pid written in a lock file, for messages."""
    try:
        return path.read_text().strip() or "unknown"
    except OSError:
        return "unknown"


def write(tables: dict[str, pd.DataFrame], catalogue: Catalogue, folder: Path) -> Published:
    """Write every table and view into a new DuckDB file, a Parquet file per table and the per-document dataset,
    in `folder` (a release being built: nobody reads it until it is made current)."""
    target = folder / DATABASE
    with duckdb.connect(str(target), config={"storage_compatibility_version": STORAGE_VERSION}) as con:
        counts = _load_tables(con, tables)
        views = _create_views(con, tables["observation"], catalogue)
        for name in TABLES:
            con.execute(f"COPY \"{name}\" TO '{_sql_path(folder / f'{name}.parquet')}' (FORMAT parquet)")
        _write_dataset(con, folder / DATASET)
        con.execute("CHECKPOINT")
    return Published(target, {n: folder / f"{n}.parquet" for n in TABLES}, counts, views)


def _sql_path(path: Path) -> str:
    """A path of ours as a SQL string literal body (paths come from configuration, never from documents)."""
    return str(path).replace("'", "''")


def _write_dataset(con: duckdb.DuckDBPyConnection, folder: Path) -> None:
    """The per-document tables as hive-partitioned Parquet, readable without the DuckDB file: the document is in
    the folder name only, so pandas (`pd.read_parquet('dataset/observation')`), DuckDB
    (`read_parquet('dataset/observation/*/*.parquet', hive_partitioning = true)`), Spark and Trino all read one
    schema. A table with no rows has no folder."""
    folder.mkdir()
    for name in PER_DOCUMENT:
        con.execute(f"COPY \"{name}\" TO '{_sql_path(folder / name)}' (FORMAT parquet, PARTITION_BY (source_document))")


def _load_tables(con: duckdb.DuckDBPyConnection, tables: dict[str, pd.DataFrame]) -> dict[str, int]:
    counts = {}
    for name, table in TABLES.items():
        for statement in create_table(name):
            con.execute(statement)
        df = tables[name].reindex(columns=list(table.columns))
        if table.primary_key and len(df):
            df = df.sort_values(list(table.primary_key), kind="stable")
        con.register("incoming", df)
        cols = ", ".join(f'"{c}"' for c in table.columns)
        con.execute(f'INSERT INTO "{name}" ({cols}) SELECT {cols} FROM incoming')
        con.unregister("incoming")
        counts[name] = len(df)
    return counts


def _create_views(con: duckdb.DuckDBPyConnection, observation: pd.DataFrame, catalogue: Catalogue) -> list[str]:
    families: dict[str, list[str]] = {}
    for ind in catalogue.indicators.values():
        families.setdefault(ind.family, []).append(f"{ind.code} ({ind.name})")
    family_of = {i.code: i.family for i in catalogue.indicators.values()}
    con.execute(LABELLED_VIEW)
    con.execute(f"COMMENT ON VIEW v_observation IS '{VIEW_COMMENTS['v_observation']}'")
    views = ["v_observation"]
    for family, names in families.items():
        rows = observation[observation["indicator_code"].map(family_of) == family]
        periods = sorted({(int(a), int(b)) for a, b in zip(rows["period_start"], rows["period_end"], strict=True)})
        con.execute(compendium_view(family, periods))
        con.execute(comment_view(family, names))
        views.append(f"v_{family}")
    for view, sql in (
        ("v_figure_coverage", FIGURE_COVERAGE_VIEW),
        ("v_conflict", CONFLICT_VIEW),
        ("v_release_change", RELEASE_CHANGE_VIEW),
        ("v_review_stale", REVIEW_STALE_VIEW),
    ):
        con.execute(sql)
        con.execute(f"COMMENT ON VIEW {view} IS '{VIEW_COMMENTS[view]}'")
        views.append(view)
    return views
