"""The review loop on the real report, through real refreshes: the queue, the README's worked example, a bad
decision quarantined, a decisions-only change published without extraction, and stale decisions."""

import shutil
from pathlib import Path

import dagster as dg
import duckdb
import pandas as pd
import pytest

from indicators import decisions
from pipelines import cli
from pipelines.cli import refresh
from pipelines.freshness import EXTRACTION_ASSET
from pipelines.resources import BalaPaths
from tests.helpers import RAW

MAIN = "CRC_C_KAZ_5-6"


@pytest.fixture(scope="module")
def workspace(tmp_path_factory) -> BalaPaths:
    root = tmp_path_factory.mktemp("review")
    shutil.copytree(RAW, root / "raw")
    return BalaPaths(raw_dir=str(root / "raw"), curated_dir=str(root / "curated"), review_dir=str(root / "review"))


@pytest.fixture(scope="module")
def instance(tmp_path_factory):
    with dg.instance_for_test(temp_dir=str(tmp_path_factory.mktemp("home"))) as inst:
        yield inst


def _query(paths: BalaPaths, sql: str) -> pd.DataFrame:
    with duckdb.connect(str(paths.duckdb_path), read_only=True) as con:
        return con.execute(sql).df()


def _review(paths: BalaPaths, monkeypatch: pytest.MonkeyPatch, *args: str) -> int:
    """`bala review ...` as a user types it, against this workspace."""
    for name, value in (("BALA_CURATED_DIR", paths.curated), ("BALA_REVIEW_DIR", paths.decisions.parent)):
        monkeypatch.setenv(name, str(value))
    monkeypatch.setenv("BALA_REVIEWER", "A. Statistician")
    return cli.main(["review", *args])


def _id(paths: BalaPaths, paragraph: int, figure: str) -> str:
    queue = _query(paths, f"SELECT review_id, figure_text FROM review_queue WHERE paragraph = {paragraph}")
    return queue.loc[queue["figure_text"] == figure, "review_id"].iloc[0]


def _extractions(instance: dg.DagsterInstance) -> int:
    return len(instance.fetch_materializations(dg.AssetRecordsFilter(asset_key=EXTRACTION_ASSET), limit=100).records)


def test_the_review_loop(workspace: BalaPaths, instance, monkeypatch, capsys) -> None:
    paths = workspace
    assert refresh(paths, instance) == 0

    # the queue lists every statistic the rules did not publish, with the pipeline's guesses
    queue = _query(paths, "SELECT * FROM review_queue ORDER BY priority")
    unplaced = _query(paths, "SELECT count(*) AS n FROM figure WHERE role IN ('share', 'undated', 'uncatalogued')")
    assert (queue["queue_status"] == "unpublished").sum() == unplaced["n"].iloc[0] > 100
    waiting = queue[(queue["paragraph"] == 383) & (queue["figure_text"] == "364,206")].iloc[0]
    assert (waiting["candidate_indicator"], waiting["queue_status"]) == ("PRESCHOOL_WAITING_LIST", "unpublished")
    assert waiting["in_context"].startswith("There are «364,206» children on the waiting list for preschool")
    rural = queue[(queue["paragraph"] == 383) & (queue["figure_text"] == "76,051")].iloc[0]
    assert rural["candidate_breakdown"] == "residence=R"
    quarantined = queue[queue["queue_status"] == "quarantined"]
    assert set(quarantined["figure_text"]) == {"232.3", "176", "177"}
    assert set(queue.loc[queue["queue_status"] == "low certainty", "reason"].str.split(":| \\(").str[0]) == {
        "derived",
        "period from outside its sentence",
    }
    guessed = queue.dropna(subset=["candidate_indicator", "period_start"])
    assert guessed["priority"].max() < queue.loc[queue["candidate_indicator"].isna(), "priority"].min()

    # `bala review list` shows the same queue, filtered
    assert _review(paths, monkeypatch, "list", "--indicator", "PRESCHOOL_WAITING_LIST", "--limit", "0") == 0
    listed = capsys.readouterr().out
    assert "«364,206»" in listed and "«76,051»" in listed and "«1,075»" not in listed

    # the README's worked example: accept two, reject one, correct one; and a bad decision
    extracted = _extractions(instance)
    steps = [
        ("accept", _id(paths, 383, "364,206"), "--indicator", "PRESCHOOL_WAITING_LIST", "--period", "2020"),
        ("accept", _id(paths, 383, "76,051"), "--indicator", "PRESCHOOL_WAITING_LIST", "--period", "2020",
         "--breakdown", "residence=R"),
        ("reject", _id(paths, 256, "1.5"), "--note", "the sentence gives no year"),
        ("correct", _id(paths, 425, "176"), "--period", "2018", "--note", "the first '2019' is 2018"),
        ("accept", _id(paths, 410, "92.4"), "--indicator", "HEALTH_CAMPS_SHARE", "--period", "2021", "--value", "140"),
        ("accept", _id(paths, 410, "2,492,000"), "--indicator", "HEALTH_CAMPS", "--period", "2020"),
    ]  # fmt: skip
    for step in steps:
        assert _review(paths, monkeypatch, *step) == 0
    assert _review(paths, monkeypatch, "accept", "ffffffffff", "--indicator", "CHILD_SUICIDES") == 2
    assert _review(paths, monkeypatch, "accept", _id(paths, 383, "364,206"), "--indicator", "NO_SUCH_CODE") == 2
    assert len(decisions.read(paths.decisions)) == 6

    assert refresh(paths, instance) == 0
    assert _extractions(instance) == extracted  # the decisions alone changed: nothing was extracted again
    reviewed = _query(
        paths,
        "SELECT indicator_code, residence, period_start, obs_value, paragraph, decided_by, decision_note "
        "FROM observation WHERE rule = 'review' ORDER BY paragraph, obs_value",
    )
    assert reviewed[["indicator_code", "residence", "period_start", "obs_value", "paragraph"]].values.tolist() == [
        ["PRESCHOOL_WAITING_LIST", "R", 2020, 76051.0, 383],
        ["PRESCHOOL_WAITING_LIST", "_T", 2020, 364206.0, 383],
        ["REFUGEE_CHILDREN", "_T", 2018, 176.0, 425],
    ]
    assert set(reviewed["decided_by"]) == {"A. Statistician"}
    refugees = _query(
        paths, "SELECT period_start, obs_value FROM observation WHERE indicator_code = 'REFUGEE_CHILDREN'"
    )
    assert sorted(refugees.itertuples(index=False, name=None)) == [
        (2016, 206.0), (2017, 184.0), (2018, 176.0), (2019, 177.0), (2020, 144.0)
    ]  # fmt: skip
    gone = _query(paths, "SELECT * FROM quarantine WHERE check_name = 'review_rejected'")
    assert gone[["indicator_code", "obs_value"]].values.tolist() == [["CHILDREN_WITH_DISABILITIES_SHARE", 1.5]]
    assert gone["reason"].iloc[0].startswith("rejected by A. Statistician on ")
    bad = _query(paths, "SELECT * FROM quarantine WHERE rule = 'review'")
    assert bad[["indicator_code", "obs_value", "check_name"]].values.tolist() == [
        ["HEALTH_CAMPS_SHARE", 140.0, "value_in_indicator_range"]
    ]
    outcomes = _query(paths, "SELECT decision, decision_status FROM review_decision ORDER BY decision")
    assert outcomes["decision_status"].tolist() == [
        "applied",
        "applied",
        "applied",
        "applied",
        "quarantined",
        "invalid",
    ]
    clash = _query(paths, "SELECT reason FROM review_decision WHERE decision = 6")["reason"].iloc[0]
    assert (
        clash
        == "HEALTH_CAMPS 2020 already has the value 1,932,000 from paragraph 410 (rule sentence_year): to replace it, "
        "correct or reject that one"
    )
    left = set(_query(paths, "SELECT figure_text FROM review_queue WHERE paragraph IN (383, 256, 425)")["figure_text"])
    assert not left & {"364,206", "76,051", "1.5", "176"}

    # new extraction code (as a release of bala brings): every document is extracted again, the decisions hold
    for module in ("pipelines.freshness", "pipelines.assets.documents"):
        monkeypatch.setattr(f"{module}.code_version", lambda: "new-extraction-code")
    assert refresh(paths, instance) == 0
    assert _extractions(instance) == extracted + 2
    again = _query(paths, "SELECT indicator_code, residence, period_start, obs_value, paragraph, decided_by, "
                   "decision_note FROM observation WHERE rule = 'review' ORDER BY paragraph, obs_value")  # fmt: skip
    pd.testing.assert_frame_equal(again, reviewed)
    extracted += 2

    # the report changes: the decisions on the edited sentence are stale, never applied; the others still are
    report = Path(paths.raw_dir) / f"{MAIN}.txt"
    text = report.read_text(encoding="utf-8")
    edited = text.replace("There are 364,206 children on the waiting list", "There are 364,206 children in the queue")
    assert edited != text
    report.write_text(edited, encoding="utf-8")
    assert refresh(paths, instance) == 0
    assert _extractions(instance) == extracted + 1
    stale = _query(paths, "SELECT decision, decision_status, reason FROM v_review_stale ORDER BY decision")
    assert stale["decision_status"].tolist() == ["stale", "stale", "invalid"]
    stale = stale[stale["decision_status"] == "stale"]
    assert stale["decision"].tolist() == [1, 2] and stale["reason"].str.contains("edited or removed").all()
    assert _query(paths, "SELECT count(*) AS n FROM observation WHERE rule = 'review'")["n"].iloc[0] == 1
    record = instance.get_latest_asset_check_evaluation_record(
        dg.AssetCheckKey(dg.AssetKey("review_decision"), "decisions_all_apply")
    )
    evaluation = record.event.dagster_event.event_specific_data
    assert not evaluation.passed and evaluation.severity == dg.AssetCheckSeverity.WARN
