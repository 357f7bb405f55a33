"""Where bala reads reports and writes the curated layer (the only configuration a user sets)."""

from __future__ import annotations

import os
from pathlib import Path

import dagster as dg

REPORT_SUFFIX = ".txt"


class BalaPaths(dg.ConfigurableResource):
    """Input and output folders; default from BALA_RAW_DIR / BALA_CURATED_DIR, else data/raw and data/curated."""

    raw_dir: str = "data/raw"
    curated_dir: str = "data/curated"

    @property
    def raw(self) -> Path:
        return Path(self.raw_dir)

    @property
    def curated(self) -> Path:
        return Path(self.curated_dir)

    @property
    def duckdb_path(self) -> Path:
        return self.curated / "bala.duckdb"

    def reports(self) -> list[Path]:
        """Report files in the raw folder, in name order (hidden files ignored)."""
        if not self.raw.is_dir():
            raise FileNotFoundError(f"raw report folder {self.raw} does not exist (set BALA_RAW_DIR)")
        return sorted(p for p in self.raw.iterdir() if p.suffix == REPORT_SUFFIX and not p.name.startswith("."))


def paths_from_env() -> BalaPaths:
    """The resource as the environment configures it."""
    return BalaPaths(
        raw_dir=os.environ.get("BALA_RAW_DIR", "data/raw"),
        curated_dir=os.environ.get("BALA_CURATED_DIR", "data/curated"),
    )
