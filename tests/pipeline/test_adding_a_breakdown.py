"""Adding a breakdown dimension is a data change: one entry in indicators/data/breakdowns.yaml.

The test copies the project's code, adds a breakdown by language of instruction to the copy's
breakdowns.yaml (nothing else changes), and runs the real `bala refresh` of the copy on a report written
for the test: the new column is read from the text, validated against its code list and its parts-add-up
check, published with its code-list table, and shown in the views, the compendium and the export.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import duckdb
import pandas as pd

from tests.helpers import ROOT

LANGUAGE = """
  - dimension: language
    name: Language of instruction
    description: "Language of instruction: '_T' all, 'KK' Kazakh, 'RU' Russian."
    kind: population
    parts_add_up: true
    forms: ['\\b{word}[- ](?:language|medium)\\b']
    codes:
      _T: {name: All languages}
      KK: {name: Kazakh, spelled: {word: Kazakh}}
      RU: {name: Russian, spelled: {word: Russian}}
"""
REPORT = (
    "1.\tIn 2023, 862,400 children were enrolled in preschool organizations: 610,100 in Kazakh-language groups "
    "and 252,300 in Russian-language groups.\n"
    "2.\tIn 2022, 841,000 children were enrolled in preschool organizations: 600,000 in Kazakh-language groups "
    "and 200,000 in Russian-language groups.\n"
)


def test_a_breakdown_added_to_the_data_file_is_read_validated_and_published(tmp_path: Path) -> None:
    project = tmp_path / "project"
    for folder in ("indicators", "schemas", "publishing", "pipelines"):
        shutil.copytree(ROOT / folder, project / folder, ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy(ROOT / "dagster.yaml", project / "dagster.yaml")
    breakdowns = project / "indicators" / "data" / "breakdowns.yaml"
    breakdowns.write_text(breakdowns.read_text(encoding="utf-8") + LANGUAGE, encoding="utf-8")
    (tmp_path / "raw").mkdir()
    (tmp_path / "raw" / "KZ_preschool_2023.txt").write_text(REPORT, encoding="utf-8")
    env = {
        **{k: v for k, v in os.environ.items() if k != "BALA_STATE_DIR"},
        "PYTHONPATH": str(project),
        "DAGSTER_HOME": str(project),
        "BALA_RAW_DIR": str(tmp_path / "raw"),
        "BALA_CURATED_DIR": str(tmp_path / "curated"),
    }
    run = subprocess.run(
        [sys.executable, "-c", "import sys; from pipelines.cli import main; sys.exit(main())", "refresh"],
        cwd=project,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert run.returncode == 0, run.stdout + run.stderr

    with duckdb.connect(str(tmp_path / "curated" / "bala.duckdb"), read_only=True) as con:
        published = con.execute(
            "SELECT period_start, language, obs_value FROM observation WHERE indicator_code = 'PRESCHOOL_ENROLLED'"
        ).fetchall()
        quarantined = con.execute(
            "SELECT DISTINCT period_start, language, check_name FROM quarantine ORDER BY language"
        ).fetchall()
        codes = con.execute("SELECT code, name FROM language ORDER BY code").fetchall()
        view = [c[0] for c in con.execute("DESCRIBE v_preschool").fetchall()]
    assert sorted(published) == [(2023, "KK", 610100.0), (2023, "RU", 252300.0), (2023, "_T", 862400.0)]
    # 600,000 + 200,000 is not 841,000: none of the three is published
    assert quarantined == [(2022, code, "parts_sum_to_total") for code in ("KK", "RU", "_T")]
    assert codes == [("KK", "Kazakh"), ("RU", "Russian"), ("_T", "All languages")]
    assert "language" in view
    exported = pd.read_csv(tmp_path / "curated" / "exports" / "bala_observations.csv")
    assert set(exported["language"]) == {"KK", "RU", "_T"}
    page = (tmp_path / "curated" / "compendium" / "preschool.html").read_text(encoding="utf-8")
    assert ">Kazakh<" in page and ">Russian<" in page  # the breakdown by its names, not its codes
