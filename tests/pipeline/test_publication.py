"""What a reader gets from a release of the shipped reports: the README's cookbook, names instead of codes, the
workbook, SDMX that its library reads back, and the Parquet dataset read by pandas and DuckDB alike."""

import re
import subprocess
import sys
from pathlib import Path

import dagster as dg
import duckdb
import pandas as pd
import pytest
from openpyxl import load_workbook
from pysdmx.io import get_datasets, read_sdmx

from pipelines.cli import refresh
from pipelines.resources import BalaPaths
from publishing import sdmx
from publishing.exports import EXPORTS, WORKBOOK
from publishing.tables import DATASET, PER_DOCUMENT
from tests.helpers import RAW, ROOT

MAIN = "CRC_C_KAZ_5-6"


@pytest.fixture(scope="module")
def root(tmp_path_factory) -> Path:
    """A project-like folder whose data/curated holds a release of the shipped reports."""
    root = tmp_path_factory.mktemp("publication")
    paths = BalaPaths(raw_dir=str(RAW), curated_dir=str(root / "data" / "curated"), review_dir=str(root / "review"))
    with dg.instance_for_test() as instance:
        assert refresh(paths, instance) == 0
    return root


@pytest.fixture(scope="module")
def db(root: Path):
    with duckdb.connect(str(root / "data" / "curated" / "bala.duckdb"), read_only=True) as con:
        yield con


def _cookbook() -> list[str]:
    """The statements of the README's SQL cookbook, in order, comments dropped."""
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    block = text.split("## SQL cookbook", 1)[1].split("```sql", 1)[1].split("```", 1)[0]
    code = "\n".join(line for line in block.splitlines() if not line.lstrip().startswith("--"))
    return [s.strip() for s in code.split(";") if s.strip()]


def test_every_cookbook_query_returns_what_its_comment_says(root: Path, db, monkeypatch) -> None:
    monkeypatch.chdir(root)  # the Parquet query names data/curated/dataset, as a user in the project would
    results = [db.execute(sql).fetchall() for sql in _cookbook()]
    assert len(results) == 13
    years, by_sex, regions, table, derived, quarantined, where, conflicts, roles, numbers, latest, named, parquet = (
        results
    )
    assert years == [(2018, 1052.0), (2019, 1075.0), (2020, 997.0)]
    assert by_sex == [
        ("F", 2016, 2020, 300.0),
        ("M", 2016, 2020, 543.0),
        ("_T", 2016, 2016, 175.0),
        ("_T", 2016, 2020, 843.0),
        ("_T", 2020, 2020, 144.0),
    ]
    assert len(regions) == 12 and {r[2] for r in regions} == {100.0}
    columns = [d[0] for d in db.execute("SELECT * FROM v_children_without_parental_care").description]
    assert len(table) == 15 and {"2015", "2016", "2020", "2016-2020", "breakdown", "indicator_name"} <= set(columns)
    assert [round(r[2]) for r in derived] == [28419, 175, 4748, 18559]
    assert [(r[1], r[4]) for r in quarantined] == [
        (176.0, "key_unique"),
        (177.0, "key_unique"),
        (232.3, "count_is_whole"),
    ]
    assert [r[0] for r in where] == [221]
    assert len(conflicts) == 3
    assert len([r for r in roles if r[0] == MAIN]) == 13
    assert len(numbers) == 9
    assert len(latest) == 12 and ("CHILD_SUICIDES", "Suicides among children aged 5-17", 144.0, 2020) in latest
    assert named[0][:6] == (
        "Registered marriages of minors",
        "Total",
        "2018",
        1052.0,
        "Marriages",
        "CRC/C/KAZ/5-6, paragraph 153",
    )
    assert named[0][6:] == ("Қазақстан", "Казахстан")
    assert parquet == [(MAIN, 156)]


def test_the_duckdb_command_line_the_setup_installs_opens_the_file(root: Path) -> None:
    """The README's `.venv/bin/duckdb -readonly data/curated/bala.duckdb`, run as a user would."""
    cli = Path(sys.executable).with_name("duckdb")
    run = subprocess.run(
        [str(cli), "-readonly", "-csv", "data/curated/bala.duckdb", "-c", "SELECT count(*) AS n FROM observation"],
        cwd=root,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert run.returncode == 0, run.stderr
    assert run.stdout.split() == ["n", "156"]


def test_names_not_codes_where_a_person_reads(root: Path, db) -> None:
    site = root / "data" / "curated" / "compendium"
    page = (site / "children_without_parental_care.html").read_text(encoding="utf-8")
    assert "Education system" in page and ">EDU<" not in page and "CRC/C/KAZ/5-6, paragraph 221" in page
    index = (site / "index.html").read_text(encoding="utf-8")
    families = re.findall(r'<li><a href="(\w+)\.html">', index)
    assert len(families) == len(set(families))  # a family whose indicators span sections is listed once
    csv = pd.read_csv(root / "data" / "curated" / EXPORTS / "bala_observations.csv")
    assert {"sex", "sex_name", "ref_area", "ref_area_name", "indicator_name", "source"} <= set(csv.columns)
    suicides = csv[(csv["indicator_code"] == "CHILD_SUICIDES") & (csv["sex"] == "F")].iloc[0]
    assert (suicides["sex_name"], suicides["breakdown"]) == ("Female", "Female")
    names = db.execute("SELECT name, name_kk, name_ru FROM sex WHERE code = 'F'").fetchone()
    assert names == ("Female", "Әйел", "Женский")
    assert db.execute("SELECT name_ru FROM age WHERE code = 'Y5T17'").fetchone() == ("5–17 лет",)
    assert db.execute("SELECT count(*) FROM ref_area WHERE name_kk IS NULL OR name_ru IS NULL").fetchone() == (0,)


def test_the_workbook_reads_back_formatted(root: Path) -> None:
    book = load_workbook(root / "data" / "curated" / EXPORTS / WORKBOOK)
    contents = book["contents"]
    listed = [row[0] for row in contents.iter_rows(min_row=5, values_only=True) if row[0]]
    assert len(listed) == len(set(listed)) and "early_marriages" in listed
    assert contents.cell(5, 1).hyperlink.location == f"'{listed[0]}'!A1"
    sheet = book["early_marriages"]
    assert sheet["A1"].value == "Early marriages" and sheet["A2"].value.startswith("Section: Demography. Units:")
    header = [c.value for c in sheet[4]]
    assert header[:4] == ["Indicator", "Area", "Breakdown", "Unit"] and {"2018", "2019", "2020"} <= set(header)
    row = next(r for r in sheet.iter_rows(min_row=5) if r[0].value == "Registered marriages of minors")
    value = row[header.index("2020")]
    assert (value.value, value.number_format) == (997, "#,##0")
    assert sheet.freeze_panes == "E5" and sheet.column_dimensions["A"].width == 48
    texts = [c.value for c in sheet["A"] if isinstance(c.value, str)]
    assert any(t.startswith("CRC/C/KAZ/5-6, paragraph 153: “In 2020, 997 early marriages") for t in texts)
    suicides = book["child_suicides"]
    header = [c.value for c in suicides[4]]
    estimated = next(r for r in suicides.iter_rows(min_row=5) if r[0].value and r[2].value == "Total")[
        header.index("2016")
    ]
    assert estimated.value == 175 and estimated.fill.fgColor.rgb.endswith("FFF4D6")
    assert any(
        str(c.value).startswith("E1. Suicides among children aged 5-17, Total, 2016: 175 = 144") for c in suicides["A"]
    )
    shares = book["preschool"]
    header = [c.value for c in shares[4]]
    share = next(r for r in shares.iter_rows(min_row=5) if r[3].value == "Per cent")[header.index("2020")]
    assert share.number_format == "0.0#"  # 25.95 shows as 25.95, 43 as 43.0
    assert "E1: derived by bala. 144 (2020, stated)" in estimated.comment.text


def test_sdmx_round_trips_through_its_library(root: Path, db) -> None:
    folder = root / "data" / "curated" / EXPORTS
    structure = read_sdmx(folder / sdmx.STRUCTURE)
    dsd = next(s for s in structure.structures if type(s).__name__ == "DataStructureDefinition")
    ids = [c.id for c in dsd.components]
    assert ids[:2] == ["INDICATOR", "REF_AREA"] and {"TIME_PERIOD", "OBS_VALUE", "OBS_STATUS", "UNIT_MEASURE"} <= set(
        ids
    )
    codelists = {s.id: {code.id for code in s.items} for s in structure.structures if type(s).__name__ == "Codelist"}
    expected = sdmx.observations(db)
    flows = [s for s in structure.structures if type(s).__name__ == "Dataflow"]
    assert [f.id for f in flows] == [sdmx.DATAFLOW_ID] and "DSD_CHILDREN_KZ" in str(flows[0].structure)
    assert (
        (folder / sdmx.DATA_CSV)
        .read_text(encoding="utf-8")
        .splitlines()[1]
        .startswith(f"dataflow,BALA:{sdmx.DATAFLOW_ID}(1.0),")
    )
    for data in (sdmx.DATA_CSV,):
        (dataset,) = get_datasets(folder / data, folder / sdmx.STRUCTURE)
        back = dataset.data[list(expected.columns)].sort_values(list(expected.columns[:8]), ignore_index=True)
        want = expected.sort_values(list(expected.columns[:8]), ignore_index=True)
        assert back["OBS_VALUE"].astype(float).tolist() == want["OBS_VALUE"].tolist()
        for column in ("INDICATOR", "REF_AREA", "SEX", "TIME_PERIOD", "OBS_STATUS", "SOURCE_REF"):
            assert back[column].astype(str).tolist() == want[column].tolist()
        for column in ("INDICATOR", "REF_AREA", "SEX", "AGE", "UNIT_MEASURE", "OBS_STATUS"):
            assert set(back[column]) <= codelists[f"CL_{column}"], column
    totals = expected[expected["INDICATOR"].eq("CHILD_SUICIDES") & expected["SEX"].eq("_T")]
    assert set(totals["TIME_PERIOD"]) == {"2016", "2020", "2016-01-01/P5Y"}


def test_the_dataset_reads_with_pandas_and_duckdb_alike(root: Path, db) -> None:
    folder = root / "data" / "curated" / DATASET
    for table in PER_DOCUMENT:
        rows = db.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0]
        if not rows:
            continue
        frame = pd.read_parquet(folder / table)
        hive = duckdb.sql(f"SELECT * FROM read_parquet('{folder / table}/*/*.parquet', hive_partitioning = true)").df()
        assert len(frame) == len(hive) == rows, table
        assert set(frame["source_document"].astype(str)) == set(hive["source_document"])
