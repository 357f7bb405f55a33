"""The real pipeline (Dagster assets, Pandera, DuckDB) on the shipped reports and on a report written for the test."""

import shutil
from pathlib import Path

import dagster as dg
import duckdb
import pandas as pd
import pytest

from pipelines.cli import refresh
from pipelines.resources import BalaPaths
from tests.helpers import FIXTURES, RAW
from tests.phrasings.bank import Expected, Planted, compare, load_planted, observed

MAIN = "CRC_C_KAZ_5-6"
MISSION_VALUES = load_planted(FIXTURES / "mission_values.expected.yaml")
MISSION = tuple(sorted(MISSION_VALUES.indicators))


def _observed(db: duckdb.DuckDBPyConnection, document: str) -> list[Expected]:
    """The document's published observations, in the phrasing bank's terms."""
    return observed(db.execute("SELECT * FROM observation WHERE source_document = ?", [document]).df())


def assert_planted(db: duckdb.DuckDBPyConnection, planted: Planted) -> None:
    """The document yields its planted set exactly (for the indicators and breakdowns the set speaks for)."""
    result = compare(planted.scope(_observed(db, Path(planted.document).stem)), planted.expect)
    assert not result.missed and not result.extra, (
        f"missed {[str(e) for e in result.missed]}, extra {[str(e) for e in result.extra]}"
    )


def _refresh(raw: Path, curated: Path) -> duckdb.DuckDBPyConnection:
    with dg.instance_for_test() as instance:
        code = refresh(BalaPaths(raw_dir=str(raw), curated_dir=str(curated)), instance)
    assert code == 0
    return duckdb.connect(str(curated / "bala.duckdb"), read_only=True)


@pytest.fixture(scope="module")
def db(tmp_path_factory) -> duckdb.DuckDBPyConnection:
    return _refresh(RAW, tmp_path_factory.mktemp("curated"))


def _mission(db: duckdb.DuckDBPyConnection) -> pd.DataFrame:
    return db.execute(
        "SELECT * FROM observation WHERE source_document = ? AND indicator_code IN (SELECT unnest(?))",
        [MAIN, list(MISSION)],
    ).df()


def test_mission_values_exactly(db) -> None:
    """The 40 mission values of issue 2 (tests/fixtures/mission_values.expected.yaml), and no others."""
    assert_planted(db, MISSION_VALUES)


def test_breakdown_by_system_adds_up(db) -> None:
    """Paragraph 224: 60 + 20 + 18 = 98 organizations with 3,336 + 272 + 646 = 4,254 children (paragraph 223)."""
    rows = db.execute(
        "SELECT indicator_code, system, obs_value FROM observation WHERE system <> '_T' ORDER BY 1, 2"
    ).fetchall()
    assert rows == [
        ("CHILDREN_IN_RESIDENTIAL_CARE", "EDU", 3336.0),
        ("CHILDREN_IN_RESIDENTIAL_CARE", "HLTH", 272.0),
        ("CHILDREN_IN_RESIDENTIAL_CARE", "SOC", 646.0),
        ("RESIDENTIAL_CARE_INSTITUTIONS", "EDU", 60.0),
        ("RESIDENTIAL_CARE_INSTITUTIONS", "HLTH", 20.0),
        ("RESIDENTIAL_CARE_INSTITUTIONS", "SOC", 18.0),
    ]
    checks = db.execute("SELECT DISTINCT check_name FROM quarantine").fetchall()
    assert ("parts_sum_to_total",) not in checks


def test_regional_preschool_rows(db) -> None:
    obs = _mission(db)
    regional = obs[obs["ref_area"] != "KZ"]
    assert set(obs.loc[obs["system"] != "_T", "paragraph"]) == {224}
    assert set(regional["indicator_code"]) == {"PRESCHOOL_COVERAGE_3_6"} and len(regional) == 12
    assert set(regional["obs_value"]) == {100.0}
    assert set(regional["period_start"]) == {2020} and set(regional["paragraph"]) == {379}


def test_every_value_traces_to_its_sentence(db) -> None:
    obs = db.execute("SELECT * FROM observation").df()
    text = (RAW / f"{MAIN}.txt").read_text(encoding="utf-8")
    main = obs[obs["source_document"] == MAIN]
    for r in main.itertuples():
        figure = text[r.char_start : r.char_end]
        assert figure in r.quote, (figure, r.quote)
        assert r.quote in text
    suicides_2020 = main[(main["indicator_code"] == "CHILD_SUICIDES") & (main["period_start"] == 2020)].iloc[0]
    assert suicides_2020["paragraph"] == 306
    assert (
        suicides_2020["quote"]
        == "In 2020, 144 child suicides were recorded, a reduction of 17.7 per cent from the 2016 level."
    )
    assert text[suicides_2020["char_start"] : suicides_2020["char_end"]] == "144"


def test_derived_values_say_how(db) -> None:
    derived = db.execute(
        "SELECT indicator_code, period_start, obs_value, derivation, rule FROM observation WHERE obs_status = 'E' ORDER BY 1"
    ).fetchall()
    assert derived == [
        (
            "CHILDREN_WITHOUT_PARENTAL_CARE",
            2016,
            28419.0,
            "23,410 (2020, stated) + 5,009 (the decrease from 2016 to 2020) = 28,419",
            "change_since_year",
        ),
        (
            "CHILD_SUICIDES",
            2016,
            175.0,
            "144 (2020, stated) / (1 - 17.7/100) = 174.97, rounded to 175: the text gives the 2020 level and its change from 2016",
            "change_pct_from_level",
        ),
        (
            "EARLY_PREGNANCIES",
            2017,
            4748.0,
            "3,162 (2020, stated) + 1,586 (the decrease from 2017 to 2020) = 4,748",
            "change_since_year",
        ),
        (
            "HOSPITAL_BEDS_CHILDREN",
            2016,
            18559.0,
            "20,899 (2020, stated) - 2,340 (the increase from 2016 to 2020) = 18,559",
            "change_since_year",
        ),
    ]


def test_compendium_views(db) -> None:
    row = db.execute(
        'SELECT "2016", "2020", "2016-2020", estimated_periods FROM v_child_suicides WHERE sex = \'_T\''
    ).fetchone()
    assert row == (175.0, 144.0, 843.0, "2016")
    ner = db.execute(
        'SELECT sex, "2016", "2020" FROM v_enrolment WHERE indicator_code = \'NER_PRIMARY\' ORDER BY sex'
    ).fetchall()
    assert ner == [("F", 98.1, 99.9), ("M", 99.5, 99.6), ("_T", None, 99.8)]
    assert db.execute("SELECT count(*) FROM v_children_without_parental_care").fetchone() == (15,)


def test_every_table_and_column_is_commented(db) -> None:
    missing = db.execute(
        "SELECT c.table_name, c.column_name FROM duckdb_columns() c JOIN duckdb_tables() t USING (table_name) "
        "WHERE coalesce(c.comment, '') = ''"
    ).fetchall()
    assert missing == []
    assert (
        db.execute("SELECT count(*) FROM duckdb_columns() c JOIN duckdb_tables() t USING (table_name)").fetchone()[0]
        > 80
    )
    tables = db.execute("SELECT table_name FROM duckdb_tables() WHERE coalesce(comment, '') = ''").fetchall()
    views = db.execute(
        "SELECT view_name FROM duckdb_views() WHERE NOT internal AND coalesce(comment, '') = ''"
    ).fetchall()
    assert tables == [] and views == []


def test_reference_tables(db) -> None:
    assert db.execute("SELECT kato, name FROM ref_area WHERE code = 'KZ-79'").fetchone() == (
        "790000000",
        "Shymkent city",
    )
    # the 17 regions and cities of the 2020 division and the three regions formed in 2022
    assert db.execute("SELECT count(*) FROM ref_area WHERE level <> 'country'").fetchone() == (20,)
    assert db.execute("SELECT name FROM ref_area WHERE code = 'KZ-10'").fetchone() == ("Abai region",)
    assert db.execute("SELECT section, unit_measure FROM indicator WHERE code = 'GER_SECONDARY'").fetchone() == (
        "EDUCATION",
        "percent",
    )
    docs = db.execute(
        "SELECT source_document, reporting_period_start, reporting_period_end, reporting_period_source "
        "FROM source_document ORDER BY 1"
    ).fetchall()
    assert docs == [("CRC_C_KAZ_5-6", 2016, 2020, "sidecar"), ("CRC_C_KAZ_CO_4", None, None, "unknown")]
    rules = db.execute("SELECT code, kind FROM rule").fetchall()
    assert ("sentence_year", "period") in rules and ("change_pct_from_level", "derivation") in rules
    unknown = db.execute("SELECT DISTINCT rule FROM observation WHERE rule NOT IN (SELECT code FROM rule)").fetchall()
    assert unknown == []


def test_figures_cover_every_number(db) -> None:
    roles = dict(
        db.execute("SELECT role, count(*) FROM figure WHERE source_document = ? GROUP BY role", [MAIN]).fetchall()
    )
    assert roles["observation"] == 144
    never = db.execute(
        "SELECT role FROM figure WHERE source_document = ? AND text IN ('501-V', 'LA-155/6', '87172‑742528')", [MAIN]
    ).fetchall()
    assert {r for (r,) in never} == {"legal_reference", "identifier"}


# A sample of the series across the compendium: (indicator, residence, system, start, end) -> value
CATALOGUE_SAMPLE = {
    ("OMBUDSMAN_APPEALS", "_T", "_T", 2018, 2018): 68.0,
    ("CHILDREN_LIBRARIES", "R", "_T", 2019, 2019): 3423.0,
    ("CHILDREN_LIBRARIES", "U", "_T", 2019, 2019): 539.0,
    ("INTERNET_USE_6_15_SHARE", "_T", "_T", 2016, 2016): 62.1,
    ("SCHOOLS_INTERNET_SHARE", "_T", "_T", 2019, 2019): 94.1,
    ("OFFENCES_CC_139", "_T", "_T", 2016, 2020): 1904.0,
    ("OFFENCES_CC_134", "_T", "_T", 2016, 2016): 12.0,
    ("OFFENCES_CC_135", "_T", "_T", 2016, 2020): 47.0,
    ("ADOPTION_CASES", "_T", "_T", 2020, 2020): 2234.0,
    ("CHILDREN_WITH_DISABILITIES", "_T", "_T", 2020, 2020): 94700.0,
    ("CHILDREN_WITH_DISABILITIES_SHARE", "_T", "_T", 2016, 2016): 1.41,
    ("SCHOOLS_INCLUSIVE_SHARE", "_T", "_T", 2016, 2017): 44.7,
    ("INFANT_MORTALITY", "_T", "_T", 2020, 2020): 7.77,
    ("MATERNAL_MORTALITY", "_T", "_T", 2020, 2020): 36.5,
    ("DOCTORS", "_T", "_T", 2016, 2016): 74611.0,
    ("ADOLESCENT_BIRTH_RATE", "_T", "_T", 2020, 2020): 23.17,
    ("SUBSTANCE_ABUSE_RATE_MINORS", "_T", "_T", 2020, 2020): 1.2,
    ("LARGE_FAMILY_ALLOWANCE_RECIPIENTS", "_T", "_T", 2020, 2020): 392400.0,
    ("PRESCHOOL_ORGANIZATIONS", "_T", "_T", 2015, 2015): 8834.0,
    ("REFUGEE_CHILDREN", "_T", "_T", 2016, 2016): 206.0,
    ("ILLEGAL_CHILD_LABOUR_CASES", "_T", "_T", 2018, 2018): 10.0,
    ("LIFE_EXPECTANCY", "_T", "_T", 2019, 2019): 73.19,
    ("PARENTAL_RIGHTS_TERMINATIONS", "_T", "_T", 2020, 2020): 1240.0,
    ("TSA_RECIPIENTS", "_T", "_T", 2020, 2020): 936200.0,
    ("HEALTH_CAMPS", "_T", "_T", 2016, 2016): 1510000.0,
    ("HEALTH_CAMPS_SHARE", "_T", "_T", 2020, 2020): 71.5,
    ("MINORS_IN_PRISONS", "_T", "_T", 2017, 2017): 52.0,
}


def test_series_across_the_compendium(db) -> None:
    rows = db.execute(
        "SELECT indicator_code, residence, system, period_start, period_end, obs_value FROM observation WHERE source_document = ?",
        [MAIN],
    ).fetchall()
    got = {r[:5]: r[5] for r in rows}
    assert {k: got.get(k) for k in CATALOGUE_SAMPLE} == CATALOGUE_SAMPLE
    sections = {
        s
        for (s,) in db.execute(
            "SELECT DISTINCT i.section FROM observation o JOIN indicator i ON i.code = o.indicator_code"
        ).fetchall()
    }
    assert sections == {"DEMOGRAPHY", "HEALTH", "EDUCATION", "LEISURE", "SOCIAL_PROTECTION", "JUSTICE", "WELFARE"}


def test_a_comparison_with_a_breakdown_is_left_out(db) -> None:
    """Paragraph 462: "of whom 48 were male children (compared with 44 in 2016 ...)": male or total? A gap."""
    rows = db.execute(
        "SELECT sex, period_start, obs_value FROM observation WHERE indicator_code = 'MINORS_IN_PRISONS' ORDER BY 2, 1"
    ).fetchall()
    assert rows == [("_T", 2017, 52.0), ("M", 2020, 48.0), ("_T", 2020, 51.0)]


def test_defects_in_the_source_are_quarantined_not_published(db) -> None:
    quarantined = db.execute(
        "SELECT indicator_code, period_start, obs_value, paragraph, check_name FROM quarantine ORDER BY obs_value"
    ).fetchall()
    assert quarantined == [
        ("REFUGEE_CHILDREN", 2019, 176.0, 425, "key_unique"),  # "176 in 2019 and 177 in 2019"
        ("REFUGEE_CHILDREN", 2019, 177.0, 425, "key_unique"),
        ("LARGE_FAMILY_MOTHER_ALLOWANCE_RECIPIENTS", 2020, 232.3, 349, "count_is_whole"),  # "some 232.3 people"
    ]
    leaked = db.execute("SELECT count(*) FROM observation WHERE obs_value IN (176, 177, 232.3)").fetchone()
    assert leaked == (0,)


def test_conflicting_statements_are_listed(db) -> None:
    rows = db.execute(
        "SELECT conflict, indicator_code, period_start_a, period_end_a, value_a, paragraph_a, period_start_b, value_b, paragraph_b "
        "FROM v_conflict ORDER BY indicator_code"
    ).fetchall()
    assert rows == [
        ("different values for one period", "REFUGEE_CHILDREN", 2019, 2019, 176.0, 425, 2019, 177.0, 425),
        ("one value for different periods", "SCHOOLS_INCLUSIVE_SHARE", 2016, 2017, 44.7, 274, 2015, 44.7, 396),
        ("one value for different periods", "SEN_PUPILS_INCLUSIVE_SHARE", 2016, 2017, 25.95, 275, 2015, 25.95, 396),
    ]


def test_every_number_is_accounted_for(db) -> None:
    coverage = db.execute("SELECT source_document, role, figures FROM v_figure_coverage").fetchall()
    assert {d for d, _, _ in coverage} == {"CRC_C_KAZ_5-6", "CRC_C_KAZ_CO_4"}
    assert sum(n for _, _, n in coverage) == db.execute("SELECT count(*) FROM figure").fetchone()[0]
    unexplained = db.execute(
        "SELECT count(*) FROM figure WHERE period_start IS NOT NULL AND role <> 'observation' AND coalesce(reason, '') = ''"
    ).fetchone()
    assert unexplained == (0,)


def test_parquet_matches_duckdb(db) -> None:
    curated = Path(db.execute("SELECT path FROM duckdb_databases() WHERE database_name = 'bala'").fetchone()[0]).parent
    for table in ("observation", "figure", "sentence", "quarantine", "indicator"):
        n_parquet = duckdb.sql(f"SELECT count(*) FROM read_parquet('{curated / (table + '.parquet')}')").fetchall()[0][
            0
        ]
        assert n_parquet == db.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0], table


@pytest.fixture(scope="module")
def fixtures_db(tmp_path_factory) -> duckdb.DuckDBPyConnection:
    """The reports written for the tests (tests/fixtures, with their sidecars), through the real pipeline."""
    raw = tmp_path_factory.mktemp("fixtures_raw")
    for report in FIXTURES.glob("*.txt"):
        for path in (report, report.with_suffix(".yaml")):
            if path.exists():
                shutil.copy(path, raw)
    return _refresh(raw, tmp_path_factory.mktemp("fixtures"))


def test_next_report_with_new_wording_and_years(fixtures_db) -> None:
    """KZ_next_report (2021-2024): other verbs, word order, "%", spaces as thousands separators, shares after counts."""
    assert_planted(fixtures_db, load_planted(FIXTURES / "KZ_next_report.expected.yaml"))
    db = fixtures_db
    distractors = dict(
        db.execute(
            "SELECT text, role FROM figure WHERE source_document = 'KZ_next_report' AND text IN ('118-VII', '412', '14', '134', 'CRC/C/KAZ/CO/5-6', '111', '7777', 'LA-155/6')"
        ).fetchall()
    )
    assert distractors == {
        "118-VII": "legal_reference",
        "412": "legal_reference",
        "14": "date",
        "134": "legal_reference",
        "CRC/C/KAZ/CO/5-6": "identifier",
        "111": "identifier",
        "7777": "identifier",
        "LA-155/6": "identifier",
    }


def test_report_with_other_phrasings_years_in_parentheses_and_totals_last(fixtures_db) -> None:
    """KZ_report_2026 (2022-2025): years in parentheses, no-break spaces, totals after breakdowns, ranges."""
    assert_planted(fixtures_db, load_planted(FIXTURES / "KZ_report_2026.expected.yaml"))
    roles = dict(
        fixtures_db.execute(
            "SELECT text, role FROM figure WHERE source_document = 'KZ_report_2026' "
            "AND text IN ('77-VIII', '318', '135-1', '41', '43', 'CRC/C/KAZ/CO/7', '2024–2026', '1111', 'LA-155/4', '103.2', '106')"
        ).fetchall()
    )
    assert roles == {
        "77-VIII": "legal_reference",
        "318": "legal_reference",
        "135-1": "legal_reference",
        "41": "legal_reference",
        "43": "legal_reference",
        "CRC/C/KAZ/CO/7": "identifier",
        "2024–2026": "year",
        "1111": "identifier",
        "LA-155/4": "identifier",
        "103.2": "range_bound",
        "106": "range_bound",
    }
    assert fixtures_db.execute("SELECT count(*) FROM quarantine").fetchone() == (0,)


@pytest.mark.parametrize(
    ("stem", "paragraph"),
    [
        ("KZ_replies_LOI_2026", 2),  # "The information below covers the period 2021–2025."
        ("KZ_midterm_review_2024", 4),  # no statement: seven sentences give totals "From 2021 to 2023, ..."
    ],
)
def test_reports_without_sidecars_yield_their_planted_sets(fixtures_db, stem: str, paragraph: int) -> None:
    """Replies to a list of issues and a mid-term review, written for the tests in wording of their own and
    shipped without sidecars: the reporting period comes from the text (and is recorded as such), and every
    planted value, the derived 'E' levels and the trend ends over "the reporting period" included, is
    published exactly, with nothing else."""
    planted = load_planted(FIXTURES / f"{stem}.expected.yaml")
    assert_planted(fixtures_db, planted)
    period = fixtures_db.execute(
        "SELECT reporting_period_start, reporting_period_end, reporting_period_source, reporting_period_paragraph "
        "FROM source_document WHERE source_document = ?",
        [stem],
    ).fetchone()
    assert period == (*planted.reporting_period, "text", paragraph)


def test_broken_rows_are_quarantined_not_published(tmp_path) -> None:
    """A report whose parts do not add up: the rows land in quarantine with the check, never in observation."""
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "defective.txt").write_text(
        "1.\tFrom 2017 to 2019, 600 suicides were recorded among children between 5 and 17 years of age, "
        "including 300 boys and 200 girls.\n"
        "2.\tIn 2019, 1,000 early marriages were registered (there were 900 in 2018).\n",
        encoding="utf-8",
    )
    db = _refresh(raw, tmp_path / "curated")
    published = db.execute("SELECT indicator_code, period_start, obs_value FROM observation ORDER BY 2").fetchall()
    assert published == [("EARLY_MARRIAGES", 2018, 900.0), ("EARLY_MARRIAGES", 2019, 1000.0)]
    quarantined = db.execute("SELECT sex, obs_value, check_name, paragraph FROM quarantine ORDER BY sex").fetchall()
    assert quarantined == [
        ("F", 200.0, "parts_sum_to_total", 1),
        ("M", 300.0, "parts_sum_to_total", 1),
        ("_T", 600.0, "parts_sum_to_total", 1),
    ]


def test_a_change_of_extraction_code_extracts_everything_again(tmp_path, monkeypatch, capsys) -> None:
    import pipelines.freshness

    raw = tmp_path / "raw"
    raw.mkdir()
    for suffix in (".txt", ".yaml"):
        shutil.copy(RAW / f"CRC_C_KAZ_CO_4{suffix}", raw)
    paths = BalaPaths(raw_dir=str(raw), curated_dir=str(tmp_path / "curated"))
    with dg.instance_for_test() as instance:
        assert refresh(paths, instance) == 0
        assert refresh(paths, instance) == 0
        assert "extracted 0, failed 0, unchanged 1" in capsys.readouterr().out
        monkeypatch.setattr(pipelines.freshness, "code_version", lambda: "another-version")
        assert refresh(paths, instance) == 0
        assert "extracted 1, failed 0, unchanged 0" in capsys.readouterr().out


def _reporting_period(curated: Path) -> tuple:
    with duckdb.connect(str(curated / "bala.duckdb"), read_only=True) as con:
        return con.execute(
            "SELECT reporting_period_start, reporting_period_end, reporting_period_source, reporting_period_paragraph "
            "FROM source_document WHERE source_document = ?",
            [MAIN],
        ).fetchone()


def test_a_sidecar_edit_extracts_that_document_again_and_the_text_gives_the_period(tmp_path, capsys) -> None:
    """Editing, then removing, only the sidecar re-extracts the report; without it the text's period totals
    (2016-2020, agreed on by nine sentences) give the period, and every mission value stays exactly the same."""
    raw, curated = tmp_path / "raw", tmp_path / "curated"
    shutil.copytree(RAW, raw)
    paths = BalaPaths(raw_dir=str(raw), curated_dir=str(curated))
    with dg.instance_for_test() as instance:
        assert refresh(paths, instance) == 0
        assert _reporting_period(curated) == (2016, 2020, "sidecar", None)
        capsys.readouterr()
        sidecar = raw / f"{MAIN}.yaml"
        sidecar.write_text(sidecar.read_text().replace("start: 2016", "start: 2017"), encoding="utf-8")
        assert refresh(paths, instance) == 0
        assert "extracted 1, failed 0, unchanged 1" in capsys.readouterr().out
        assert _reporting_period(curated) == (2017, 2020, "sidecar", None)
        sidecar.unlink()
        assert refresh(paths, instance) == 0
        assert "extracted 1, failed 0, unchanged 1" in capsys.readouterr().out
    assert _reporting_period(curated) == (2016, 2020, "text", 218)
    with duckdb.connect(str(curated / "bala.duckdb"), read_only=True) as db:
        test_mission_values_exactly(db)
        test_regional_preschool_rows(db)
