"""Where bala reads reports and writes the curated layer (the only configuration a user sets)."""

from __future__ import annotations

import os
from pathlib import Path

import dagster as dg

from publishing.tables import DATABASE

DECISIONS = "decisions.csv"
PROJECT = Path(__file__).resolve().parents[1]


class BalaPaths(dg.ConfigurableResource):
    """Input and output folders; default from BALA_RAW_DIR / BALA_CURATED_DIR / BALA_REVIEW_DIR, else data/raw,
    data/curated and data/review (where the reviewers' decisions.csv lives, kept in git)."""

    raw_dir: str = "data/raw"
    curated_dir: str = "data/curated"
    review_dir: str = "data/review"

    @property
    def raw(self) -> Path:
        return Path(self.raw_dir).absolute()

    @property
    def curated(self) -> Path:
        return Path(self.curated_dir).absolute()

    @property
    def decisions(self) -> Path:
        return Path(self.review_dir).absolute() / DECISIONS

    @property
    def duckdb_path(self) -> Path:
        return self.curated / DATABASE


def paths_from_env() -> BalaPaths:
    """The resource as the environment configures it, as absolute paths: a variable's relative path is taken
    from the current directory, the defaults from the project (so `bala` works from any directory)."""
    return BalaPaths(
        raw_dir=str(Path(os.environ.get("BALA_RAW_DIR") or PROJECT / "data" / "raw").absolute()),
        curated_dir=str(Path(os.environ.get("BALA_CURATED_DIR") or PROJECT / "data" / "curated").absolute()),
        review_dir=str(Path(os.environ.get("BALA_REVIEW_DIR") or PROJECT / "data" / "review").absolute()),
    )
