"""A throwaway bala workspace (raw, curated, Dagster instance) driven through the real `bala` command."""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

import duckdb

from indicators.dimensions import KEY, columns
from pipelines.instance import record_raw_folder
from pipelines.resources import BalaPaths
from tests.helpers import RAW, ROOT

BALA = str(Path(os.environ.get("VIRTUAL_ENV", ROOT / ".venv")) / "bin" / "bala")
# table -> columns that order it for a checksum
KEYS = {
    "observation": f"{columns(KEY)}, source_document",
    "quarantine": "source_document, figure_index, check_name",
    "figure": "source_document, figure_index",
    "sentence": "source_document, char_start",
    "source_document": "source_document",
}


@dataclass
class Workspace:
    root: Path

    @property
    def raw(self) -> Path:
        return self.root / "raw"

    @property
    def curated(self) -> Path:
        return self.root / "curated"

    @property
    def db(self) -> Path:
        return self.curated / "bala.duckdb"

    def env(self) -> dict[str, str]:
        return {
            **{k: v for k, v in os.environ.items() if k != "BALA_STATE_DIR"},  # bala puts it in the curated folder
            "DAGSTER_HOME": str(self.root),
            "BALA_RAW_DIR": str(self.raw),
            "BALA_CURATED_DIR": str(self.curated),
            "BALA_REVIEW_DIR": str(self.root / "review"),
        }

    def start(self, *args: str, env: dict[str, str] | None = None, **kwargs) -> subprocess.Popen:
        """`bala refresh` as its own process (and process group, so it can be killed whole)."""
        return subprocess.Popen(
            [BALA, "refresh", *args],
            cwd=self.root,
            env=env or self.env(),
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            start_new_session=True,
            **kwargs,
        )

    def refresh(self, *args: str) -> subprocess.CompletedProcess:
        return subprocess.run(
            [BALA, "refresh", *args], cwd=self.root, env=self.env(), capture_output=True, text=True, timeout=600
        )

    def checksums(self) -> dict[str, str]:
        """An MD5 of every curated table, rows in key order: equal checksums mean equal contents."""
        with duckdb.connect(str(self.db), read_only=True) as con:
            return {
                table: con.execute(
                    f"SELECT md5(coalesce(string_agg(t::VARCHAR, '|' ORDER BY {key}), '')) FROM {table} t"
                ).fetchone()[0]
                for table, key in KEYS.items()
            }

    def sha(self) -> str:
        return hashlib.sha256(self.db.read_bytes()).hexdigest()

    def temporaries(self) -> list[str]:
        """What killed publishes can leave: temporaries anywhere, and release folders without a manifest."""
        found = [p for p in self.curated.rglob("*") if ".tmp-" in p.name or ".old-" in p.name]
        releases = self.curated / "releases"
        found += (
            [p for p in releases.iterdir() if p.is_dir() and not (p / "release.json").exists()]
            if releases.is_dir()
            else []
        )
        return sorted(str(p.relative_to(self.curated)) for p in found)


def workspace(tmp_path: Path, reports: tuple[str, ...] = ("CRC_C_KAZ_5-6", "CRC_C_KAZ_CO_4")) -> Workspace:
    ws = Workspace(tmp_path)
    ws.raw.mkdir(parents=True)
    for name in reports:
        for suffix in (".txt", ".yaml"):
            if (RAW / f"{name}{suffix}").exists():
                shutil.copy(RAW / f"{name}{suffix}", ws.raw)
    shutil.copy(ROOT / "dagster.yaml", ws.root)
    return ws


def copy_of(template: Workspace, tmp_path: Path) -> Workspace:
    """A published workspace made by copying `template` (its reports, curated tables and Dagster state), as if it
    had been refreshed at `tmp_path`: one refresh serves every test that starts from the same published state."""
    shutil.copytree(template.root, tmp_path, symlinks=True, dirs_exist_ok=True)
    ws = Workspace(tmp_path)
    record_raw_folder(BalaPaths(raw_dir=str(ws.raw), curated_dir=str(ws.curated)))
    return ws
