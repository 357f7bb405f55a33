"""`bala refresh` as a user runs it: a real process, real folders, a clear error on bad input."""

import os
import shutil
import subprocess
from pathlib import Path

import duckdb

from tests.helpers import RAW, ROOT

BALA = str(Path(os.environ.get("VIRTUAL_ENV", ROOT / ".venv")) / "bin" / "bala")


def _bala(raw: Path, curated: Path, cwd: Path) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k != "DAGSTER_HOME"}
    env |= {"BALA_RAW_DIR": str(raw), "BALA_CURATED_DIR": str(curated)}
    return subprocess.run([BALA, "refresh"], cwd=cwd, env=env, capture_output=True, text=True, timeout=600)


def _count(curated: Path) -> int:
    with duckdb.connect(str(curated / "bala.duckdb"), read_only=True) as con:
        return con.execute("SELECT count(*) FROM observation").fetchone()[0]


def test_refresh_then_bad_input_is_named_and_nothing_is_lost(tmp_path: Path) -> None:
    raw, curated = tmp_path / "raw", tmp_path / "curated"
    shutil.copytree(RAW, raw)
    ok = _bala(raw, curated, tmp_path)
    assert ok.returncode == 0, ok.stderr
    assert "documents: 2" in ok.stdout and "observations: 156" in ok.stdout and "quarantined: 3" in ok.stdout
    assert "quarantined in CRC_C_KAZ_5-6: 2 failing key_unique" in ok.stdout

    (raw / "empty_report.txt").write_text("", encoding="utf-8")
    failed = _bala(raw, curated, tmp_path)
    assert failed.returncode == 1
    assert "empty_report.txt: the file is empty" in failed.stderr
    assert _count(curated) == 156
    assert sorted(p.name for p in curated.iterdir() if ".tmp-" in p.name) == []
