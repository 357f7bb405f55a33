"""Publish the curated tables atomically: build a new DuckDB file and Parquet files beside the
targets, then rename them into place, so readers see the old state or the new one, never a mix,
and a failed refresh leaves the previous files untouched."""

from __future__ import annotations

import contextlib
import fcntl
import os
import shutil
from dataclasses import dataclass
from pathlib import Path

import duckdb
import pandas as pd

from indicators.catalogue import Catalogue
from schemas.ddl import CONFLICT_VIEW, FIGURE_COVERAGE_VIEW, VIEW_COMMENTS, comment_view, compendium_view, create_table
from schemas.tables import TABLES

TMP_MARK = ".tmp-"
OLD_MARK = ".old-"
DATASET = "dataset"  # hive-partitioned Parquet: dataset/<table>/source_document=<id>/*.parquet


@dataclass(frozen=True)
class Published:
    duckdb_path: Path
    parquet_paths: dict[str, Path]
    row_counts: dict[str, int]
    views: list[str]


def _pid_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def remove_stale_temporaries(folder: Path) -> list[Path]:
    """Delete temporaries left by a publish whose process died (their names carry its pid)."""
    removed = []
    for mark in (TMP_MARK, OLD_MARK):
        for path in folder.glob(f"*{mark}*"):
            pid = path.name.split(mark, 1)[1].split(".", 1)[0]
            if pid.isdigit() and not _pid_alive(int(pid)):
                _remove(path)
                removed.append(path)
    return removed


def _remove(path: Path) -> None:
    if path.is_dir():
        shutil.rmtree(path, ignore_errors=True)
    else:
        path.unlink(missing_ok=True)


def _temporary(target: Path) -> Path:
    return target.with_name(f"{target.name}{TMP_MARK}{os.getpid()}")


def _fsync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


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


def publish(tables: dict[str, pd.DataFrame], catalogue: Catalogue, curated: Path) -> Published:
    """Write every table and view into a new file and swap it in; one publisher at a time (file lock)."""
    with file_lock(curated / ".bala-publish.lock", wait=True):
        return _publish(tables, catalogue, curated)


def _publish(tables: dict[str, pd.DataFrame], catalogue: Catalogue, curated: Path) -> Published:
    curated.mkdir(parents=True, exist_ok=True)
    remove_stale_temporaries(curated)
    target = curated / "bala.duckdb"
    tmp_db = _temporary(target)
    pending: dict[Path, Path] = {}
    try:
        tmp_db.unlink(missing_ok=True)
        con = duckdb.connect(str(tmp_db))
        try:
            counts = _load_tables(con, tables)
            views = _create_views(con, tables["observation"], catalogue)
            for name in TABLES:
                parquet = curated / f"{name}.parquet"
                tmp_parquet = _temporary(parquet)
                con.execute(f"COPY \"{name}\" TO '{_sql_path(tmp_parquet)}' (FORMAT parquet)")
                pending[tmp_parquet] = parquet
            tmp_dataset = _temporary(curated / DATASET)
            _write_dataset(con, tmp_dataset)
            con.execute("CHECKPOINT")
        finally:
            con.close()
        pending[tmp_db] = target
        for tmp in pending:
            _fsync(tmp)
        swap_directory(tmp_dataset, curated / DATASET)
        for tmp, final in pending.items():  # the DuckDB file last: it is what most readers open
            os.replace(tmp, final)
        _fsync(curated)
    finally:
        for tmp in [tmp_db, Path(f"{tmp_db}.wal"), *pending, _temporary(curated / DATASET)]:
            with contextlib.suppress(FileNotFoundError):
                _remove(tmp)
    return Published(target, {n: curated / f"{n}.parquet" for n in TABLES}, counts, views)


def _sql_path(path: Path) -> str:
    """A path of ours as a SQL string literal body (paths come from configuration, never from documents)."""
    return str(path).replace("'", "''")


def _write_dataset(con: duckdb.DuckDBPyConnection, folder: Path) -> None:
    """The per-document tables as hive-partitioned Parquet, readable without the DuckDB file
    (DuckDB, Spark, Trino: read_parquet('dataset/observation/*/*.parquet', hive_partitioning = true))."""
    folder.mkdir()
    for name, table in TABLES.items():
        if "source_document" in table.columns and name != "source_document":
            con.execute(
                f"COPY \"{name}\" TO '{_sql_path(folder / name)}' "
                "(FORMAT parquet, PARTITION_BY (source_document), WRITE_PARTITION_COLUMNS true)"
            )


def swap_directory(new: Path, final: Path) -> None:
    """Put `new` where `final` is; the old one is removed after the swap."""
    old = final.with_name(f"{final.name}{OLD_MARK}{os.getpid()}")
    if final.exists():
        os.replace(final, old)
    os.replace(new, final)
    _remove(old)


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
    views = []
    for family, names in families.items():
        rows = observation[observation["indicator_code"].map(family_of) == family]
        periods = sorted({(int(a), int(b)) for a, b in zip(rows["period_start"], rows["period_end"], strict=True)})
        con.execute(compendium_view(family, periods))
        con.execute(comment_view(family, names))
        views.append(f"v_{family}")
    for view, sql in (("v_figure_coverage", FIGURE_COVERAGE_VIEW), ("v_conflict", CONFLICT_VIEW)):
        con.execute(sql)
        con.execute(f"COMMENT ON VIEW {view} IS '{VIEW_COMMENTS[view]}'")
        views.append(view)
    return views
