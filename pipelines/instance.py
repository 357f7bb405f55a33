"""The Dagster instance of a workspace: its state lives inside the curated folder it publishes.

The repository's `dagster.yaml` puts every store under `$BALA_STATE_DIR`; `bala` and `make ui` set it to
`<curated folder>/.dagster`, so two workspaces (two curated folders) never share runs, partitions or
materialisations unless DAGSTER_HOME and BALA_STATE_DIR are set to share them on purpose.
"""

from __future__ import annotations

import os
from pathlib import Path

import dagster as dg

from pipelines.resources import PROJECT, BalaPaths

STATE_FOLDER = ".dagster"
RAW_RECORD = ".bala-raw-folder"  # in the curated folder: the raw folder its state and tables were made from


class SetupError(RuntimeError):
    """The environment cannot give a usable instance; the message says what to change."""


def state_dir(paths: BalaPaths) -> Path:
    """Where a curated folder's Dagster state lives."""
    return paths.curated / STATE_FOLDER


def open_instance(paths: BalaPaths) -> dg.DagsterInstance:
    """The instance for `paths`: DAGSTER_HOME if set (it must be an existing absolute folder), else the project's
    dagster.yaml; its state under BALA_STATE_DIR, by default inside the curated folder."""
    home = os.environ.get("DAGSTER_HOME")
    if home is None:
        os.environ["DAGSTER_HOME"] = str(PROJECT)
    elif not home.strip():
        raise SetupError("DAGSTER_HOME is set but empty: unset it (bala keeps its state in the curated folder)")
    elif not os.path.isabs(home):
        raise SetupError(f"DAGSTER_HOME={home!r} is a relative path: give an absolute folder, or unset it")
    elif not Path(home).is_dir():
        raise SetupError(f"DAGSTER_HOME={home} does not exist: create the folder, or unset DAGSTER_HOME")
    state = Path(os.environ.setdefault("BALA_STATE_DIR", str(state_dir(paths))))
    if not state.is_absolute():
        raise SetupError(f"BALA_STATE_DIR={state} is a relative path: give an absolute folder, or unset it")
    state.mkdir(parents=True, exist_ok=True)
    return dg.DagsterInstance.get()


def check_raw_folder(paths: BalaPaths, full: bool) -> str | None:
    """Why this refresh may not use the state (it was made from another raw folder), or None; `--full` may."""
    record = paths.curated / RAW_RECORD
    try:
        before = record.read_text().strip()
    except OSError:
        return None
    if before == str(paths.raw) or full:
        return None
    return (
        f"the state of {paths.curated} was made from raw folder {before}, not {paths.raw}: run with --full to "
        f"publish {paths.raw} there instead, or set BALA_CURATED_DIR to another folder"
    )


def record_raw_folder(paths: BalaPaths) -> None:
    """Remember which raw folder the state is made from."""
    (paths.curated / RAW_RECORD).write_text(f"{paths.raw}\n")
