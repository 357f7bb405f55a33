"""The compendium site and the exports, as a statistician opens them: pages rendered by headless
Chromium from the file system (no server), and the CSV and workbook read back."""

import shutil
import subprocess
from pathlib import Path

import duckdb
import matplotlib.image
import openpyxl
import pandas as pd

from publishing import releases
from publishing.compendium_site import build
from tests.operations.workspace import Workspace

ARTIFACTS = Path(__file__).resolve().parents[1] / "artifacts"
CHROMIUM_FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def _chromium() -> str:
    path = shutil.which("chromium") or shutil.which("chromium-browser")
    assert path, "Chromium is not installed: `make test` installs Debian's chromium package"
    return path


def _browser(tmp: Path, *args: str) -> str:
    result = subprocess.run(
        [_chromium(), *CHROMIUM_FLAGS, f"--user-data-dir={tmp / 'profile'}", *args],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    return result.stdout


def test_index_lists_sections_and_links(published: Workspace, tmp_path: Path) -> None:
    index = published.curated / "compendium" / "index.html"
    dom = _browser(tmp_path, "--dump-dom", index.as_uri())
    assert "<title>bala compendium</title>" in dom
    for section in (
        "Demography",
        "Health and healthy lifestyles",
        "Education",
        "Social protection",
        "Children in the justice system",
    ):
        assert f"<h2>{section}</h2>" in dom
    assert 'href="child_suicides.html"' in dom and 'href="quarantine.html"' in dom
    ARTIFACTS.mkdir(exist_ok=True)
    shot = ARTIFACTS / "compendium_index.png"
    _browser(tmp_path, f"--screenshot={shot}", "--window-size=1280,1000", index.as_uri())
    assert shot.stat().st_size > 10_000


def test_indicator_page_shows_table_chart_sources_and_estimates(published: Workspace, tmp_path: Path) -> None:
    page = published.curated / "compendium" / "child_suicides.html"
    dom = _browser(tmp_path, "--dump-dom", page.as_uri())
    assert "<h1>Child suicides</h1>" in dom
    assert '<td title="CRC/C/KAZ/5-6, paragraph 306: From 2016 to 2020, 843 suicides were recorded' in dom  # its source
    assert ">843</td>" in dom and ">175<sup>E1</sup>" in dom  # the derived 2016 level, marked
    assert "E1: Suicides among children aged 5-17, 2016: 175, estimated — 144 (2020, stated) / (1 - 17.7/100)" in dom
    assert '<img class="chart" src="charts/child_suicides.svg"' in dom
    shot = ARTIFACTS / "compendium_child_suicides.png"
    ARTIFACTS.mkdir(exist_ok=True)
    _browser(tmp_path, f"--screenshot={shot}", "--window-size=1280,1400", page.as_uri())
    pixels = matplotlib.image.imread(shot)
    chart_area = pixels[500:1300, 50:900, :3]
    assert (chart_area < 0.9).mean() > 0.01  # the chart is drawn, not a blank box


def test_quarantine_and_conflict_pages(published: Workspace, tmp_path: Path) -> None:
    dom = _browser(tmp_path, "--dump-dom", (published.curated / "compendium" / "quarantine.html").as_uri())
    assert "LARGE_FAMILY_MOTHER_ALLOWANCE_RECIPIENTS" in dom and "count_is_whole" in dom
    dom = _browser(tmp_path, "--dump-dom", (published.curated / "compendium" / "conflicts.html").as_uri())
    assert "one value for different periods" in dom and "SCHOOLS_INCLUSIVE_SHARE" in dom


def test_exports_have_stable_names_and_every_table(published: Workspace) -> None:
    csv = published.curated / "exports" / "bala_observations.csv"
    book = published.curated / "exports" / "bala_compendium.xlsx"
    observations = pd.read_csv(csv)
    assert len(observations) == 156
    row = observations[(observations.indicator_code == "EARLY_MARRIAGES") & (observations.period_start == 2019)].iloc[0]
    assert (row.obs_value, row.paragraph, row.ref_area_name, row.source) == (
        1075.0,
        153,
        "Kazakhstan",
        "CRC/C/KAZ/5-6, paragraph 153",
    )
    sheets = openpyxl.load_workbook(book, read_only=True).sheetnames
    assert {
        "child_suicides",
        "enrolment",
        "children_without_parental_care",
        "observations",
        "documents",
        "quarantine",
    } <= set(sheets)
    suicides = pd.read_excel(book, sheet_name="child_suicides", header=3)  # under the title and units rows
    assert suicides.loc[suicides.Breakdown == "Total", "2016-2020"].item() == 843
    assert published.refresh().returncode == 0
    assert sorted(p.name for p in (published.curated / "exports").iterdir()) == [
        "bala_compendium.xlsx",
        "bala_observations.csv",
        "bala_observations_sdmx.csv",
        "bala_sdmx_structure.xml",
    ]


def test_a_chart_is_drawn_again_only_when_what_it_shows_changes(published: Workspace, tmp_path: Path) -> None:
    before = releases.current(published.curated)
    assert before is not None
    drawn = before.path / "compendium" / "charts" / "child_suicides.svg"
    drawn.write_text(drawn.read_text(encoding="utf-8") + "<!-- the previous release's file -->\n")
    build(before.path / "bala.duckdb", tmp_path / "same", before.path)
    kept = (tmp_path / "same" / "compendium" / "charts" / "child_suicides.svg").read_text(encoding="utf-8")
    assert kept.endswith("<!-- the previous release's file -->\n")  # the same values: copied, not drawn
    changed = tmp_path / "changed.duckdb"
    shutil.copy(before.path / "bala.duckdb", changed)
    with duckdb.connect(str(changed)) as con:
        con.execute(
            "UPDATE observation SET obs_value = obs_value + 1 WHERE indicator_code IN "
            "(SELECT code FROM indicator WHERE family = 'child_suicides')"
        )
    build(changed, tmp_path / "new", before.path)
    redrawn = (tmp_path / "new" / "compendium" / "charts" / "child_suicides.svg").read_text(encoding="utf-8")
    assert "previous release" not in redrawn and redrawn.count("bala-chart-") == 1  # new values: drawn again
