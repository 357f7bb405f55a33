"""Releases: every output switched in as one, history and rollback, the diff, and approval.

Every test drives the real `bala` command (or the Dagster job) on a published workspace of its own.
"""

import csv
import hashlib
import subprocess
import sys
from pathlib import Path

import dagster as dg
import duckdb
import pytest

from pipelines.assets.publish import STAGE_TAG, stages
from pipelines.definitions import defs
from pipelines.resources import BalaPaths
from pipelines.settings import load_settings
from publishing import releases
from tests.operations.workspace import BALA, Workspace

MAIN = "CRC_C_KAZ_5-6"
BEFORE, AFTER = "In 2020, 997 early marriages", "In 2020, 998 early marriages"

# `bala refresh` in a process that kills itself (SIGKILL) just before its N-th rename or link made by the
# publishing code; N = 0 counts them and prints the count instead.
KILLED_AT_SWAP = """
import os, signal, sys
from pipelines.cli import main
target, seen = int(sys.argv[1]), 0
def killing(swap):
    def wrapped(*args, **kwargs):
        global seen
        if sys._getframe(1).f_globals.get("__name__", "").startswith("publishing"):
            seen += 1
            if seen == target:
                os.kill(os.getpid(), signal.SIGKILL)
        return swap(*args, **kwargs)
    return wrapped
os.replace, os.rename, os.symlink = killing(os.replace), killing(os.rename), killing(os.symlink)
code = main(["refresh"])
print(f"swaps: {seen}")
sys.exit(code)
"""


def _edit(ws: Workspace, old: str, new: str) -> None:
    report = ws.raw / f"{MAIN}.txt"
    text = report.read_text(encoding="utf-8")
    assert text.count(old) == 1
    report.write_text(text.replace(old, new), encoding="utf-8")


def _early_marriages_2020(ws: Workspace) -> dict[str, float | str]:
    """The 2020 early-marriage count as each output a user opens shows it."""
    query = (
        "SELECT obs_value FROM {} WHERE indicator_code = 'EARLY_MARRIAGES' AND period_start = 2020 "
        f"AND period_end = 2020 AND source_document = '{MAIN}'"
    )
    with duckdb.connect(str(ws.db), read_only=True) as con:
        shown = {"bala.duckdb": con.execute(query.format("observation")).fetchone()[0]}
        shown["observation.parquet"] = con.execute(
            query.format(f"read_parquet('{ws.curated / 'observation.parquet'}')")
        ).fetchone()[0]
        shown["dataset"] = con.execute(
            query.format(f"read_parquet('{ws.curated / 'dataset/observation/*/*.parquet'}', hive_partitioning = true)")
        ).fetchone()[0]
    with (ws.curated / "exports" / "bala_observations.csv").open(encoding="utf-8") as handle:
        rows = [
            r
            for r in csv.DictReader(handle)
            if r["indicator_code"] == "EARLY_MARRIAGES" and r["period_start"] == r["period_end"] == "2020"
        ]
    shown["exports csv"] = float(rows[0]["obs_value"])
    page = (ws.curated / "compendium" / "early_marriages.html").read_text(encoding="utf-8")
    shown["compendium"] = "998" if ">998<" in page else "997" if ">997<" in page else "neither"
    return shown


def _agree(shown: dict[str, float | str]) -> float:
    values = {float(v) for v in shown.values()}
    assert len(values) == 1, shown
    return values.pop()


SWAPS = 3  # the manifest renamed into place, the new `current` link made, then renamed over the old one


@pytest.mark.parametrize("swap", range(1, SWAPS + 1))
def test_killed_just_before_a_swap_the_outputs_agree_and_the_next_refresh_makes_them_new(
    published: Workspace, swap: int
) -> None:
    planted = _plant_leftovers(published) if swap == 1 else []
    _edit(published, BEFORE, AFTER)
    killed = _killed_at(published, swap)
    assert killed.returncode == -9, (killed.stdout, killed.stderr)
    assert _agree(_early_marriages_2020(published)) == 997  # the release before: whole, every output agreeing
    result = published.refresh()
    assert result.returncode == 0, result.stderr
    assert _agree(_early_marriages_2020(published)) == 998
    assert published.temporaries() == [] and not any(p.exists() for p in planted)


def _plant_leftovers(ws: Workspace) -> list[Path]:
    """What killed publishes of other processes leave: a temporary in the curated folder, one in the exports
    of the current release, an unfinished release folder."""
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True)
    pid = int(dead.stdout)  # a process that has ended
    now = releases.current(ws.curated)
    planted = [
        ws.curated / f"current.tmp-{pid}",
        now.path / "exports" / f"bala_observations.csv.tmp-{pid}",
        ws.curated / "releases" / "20200101T000000Z-deadbeef",
    ]
    planted[0].write_text("half written")
    planted[1].write_text("half written")
    planted[2].mkdir()
    assert len(ws.temporaries()) == 3
    return planted


def _killed_at(ws: Workspace, target: int, wait: bool = True):
    """The refresh that kills itself before swap `target`: finished (a CompletedProcess), or running (Popen)."""
    process = subprocess.Popen(
        [sys.executable, "-c", KILLED_AT_SWAP, str(target)],
        cwd=ws.root,
        env=ws.env(),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    if not wait:
        return process
    out, err = process.communicate(timeout=600)
    return subprocess.CompletedProcess(process.args, process.returncode, out, err)


def test_a_changed_number_is_the_one_change_with_both_quotes_in_table_page_and_summary(published: Workspace) -> None:
    """Also: no path a user opens goes missing during the refresh, and it makes the swaps the kill tests cover."""
    _edit(published, BEFORE, AFTER)
    opened = [  # the paths users open never go missing while the refresh runs
        published.db,
        published.curated / "observation.parquet",
        published.curated / "dataset" / "observation",
        published.curated / "compendium" / "index.html",
        published.curated / "compendium" / "charts" / "child_suicides.svg",
        published.curated / "exports" / "bala_observations.csv",
    ]
    process, looks, missing = _killed_at(published, 0, wait=False), 0, []  # counts its swaps, kills nothing
    while process.poll() is None:
        missing += [str(p) for p in opened if not p.exists()]
        looks += 1
    out, err = process.communicate()
    result = subprocess.CompletedProcess(process.args, process.returncode, out, err)
    assert result.returncode == 0, result.stderr
    assert missing == [] and looks > 100
    assert int(result.stdout.rsplit("swaps: ", 1)[1]) == SWAPS  # another swap: add it to the kill tests
    assert f"changed: EARLY_MARRIAGES KZ 2020 ({MAIN}): 997 -> 998" in result.stdout
    assert "changes since " in result.stdout and ": 1 changed" in result.stdout
    assert f"before: {BEFORE} were registered" in result.stdout and f"now:    {AFTER} were registered" in result.stdout
    with duckdb.connect(str(published.db), read_only=True) as con:
        rows = con.execute(
            "SELECT change, indicator_code, period_start, old_value, new_value, old_quote, new_quote FROM release_change"
        ).fetchall()
        (previous,) = con.execute("SELECT DISTINCT previous_release FROM release_change").fetchone()
    assert len(rows) == 1
    change, code, year, old, new, old_quote, new_quote = rows[0]
    assert (change, code, year, old, new) == ("changed", "EARLY_MARRIAGES", 2020, 997, 998)
    assert old_quote.startswith(BEFORE) and new_quote.startswith(AFTER)
    assert previous == releases.history(published.curated)[1].id
    page = (published.curated / "compendium" / "changes.html").read_text(encoding="utf-8")
    assert "1 change(s)" in page and "<td>997</td><td>998</td>" in page
    assert BEFORE in page and AFTER in page
    assert 'href="changes.html"' in (published.curated / "compendium" / "index.html").read_text(encoding="utf-8")


def _user_files(ws: Workspace) -> dict[str, str]:
    """SHA-256 of every file a user reaches through the curated folder's paths (links followed)."""
    found = {}
    for path in sorted(ws.curated.iterdir()):
        if path.name.startswith(".") or path.name in ("releases", "current"):
            continue
        for file in [path] if path.is_file() else sorted(p for p in path.rglob("*") if p.is_file()):
            found[str(file.relative_to(ws.curated))] = hashlib.sha256(file.read_bytes()).hexdigest()
    return found


def _bala(ws: Workspace, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([BALA, *args], cwd=ws.root, env=ws.env(), capture_output=True, text=True, timeout=600)


def test_releases_lists_them_and_rollback_restores_byte_identical_files(published: Workspace) -> None:
    first, before = releases.current(published.curated), _user_files(published)
    assert first is not None and "bala.duckdb" in before and "compendium/index.html" in before
    _edit(published, BEFORE, AFTER)
    assert published.refresh().returncode == 0
    assert _user_files(published) != before
    listed = _bala(published, "releases")
    assert listed.returncode == 0
    lines = [line for line in listed.stdout.splitlines() if line[:1] in "* " and "T" in line[2:20]]
    second = releases.current(published.curated)
    assert lines[0].startswith(f"* {second.id}") and lines[1].startswith(f"  {first.id}")
    rolled = _bala(published, "rollback")
    assert rolled.returncode == 0, rolled.stderr
    assert f"release {first.id} is current" in rolled.stdout
    assert _user_files(published) == before  # byte for byte
    again = _bala(published, "rollback", second.id[:17])  # forward again, by a unique prefix
    assert again.returncode == 0 and _agree(_early_marriages_2020(published)) == 998
    wrong = _bala(published, "rollback", "19990101")
    assert wrong.returncode == 1 and "no release matches '19990101'" in wrong.stderr

    # the same from the UI: the list_releases and rollback_release jobs
    paths = BalaPaths(raw_dir=str(published.raw), curated_dir=str(published.curated))
    with dg.instance_for_test() as instance:
        listed_job = defs.get_job_def("list_releases").execute_in_process(instance=instance, resources={"paths": paths})
        rolled_job = defs.get_job_def("rollback_release").execute_in_process(
            instance=instance,
            resources={"paths": paths},
            run_config={"ops": {"rollback": {"config": {"release": first.id}}}},
        )
    table = next(
        e.event_specific_data.metadata["releases"].value
        for e in listed_job.all_events
        if e.event_type_value == "STEP_OUTPUT"
    )
    assert listed_job.success and f"* {second.id}" in table and f"  {first.id}" in table
    assert rolled_job.success and _user_files(published) == before


def test_staged_releases_wait_for_approval_and_are_approved_by_command_or_job(
    published: Workspace, tmp_path: Path
) -> None:
    settings = tmp_path / "bala.toml"
    settings.write_text('[releases]\nkeep = 3\napproval = "approve-automated"\n', encoding="utf-8")
    env = {**published.env(), "BALA_CONFIG": str(settings)}
    _edit(published, BEFORE, AFTER)
    staged = subprocess.run(
        [BALA, "refresh", "--stage"], cwd=published.root, env=env, capture_output=True, text=True, timeout=600
    )
    assert staged.returncode == 0, staged.stderr
    waiting = releases.waiting(published.curated)
    assert len(waiting) == 1 and f"staged: release {waiting[0].id} waits for approval" in staged.stdout
    assert _agree(_early_marriages_2020(published)) == 997  # users still see the current release
    listed = _bala(published, "releases")
    assert f"? {waiting[0].id}" in listed.stdout
    approved = _bala(published, "approve")
    assert approved.returncode == 0, approved.stderr
    assert _agree(_early_marriages_2020(published)) == 998 and releases.waiting(published.curated) == []
    assert _bala(published, "approve").stderr.strip() == "approve refused: no release is waiting for approval"

    # the approve job in the UI does the same
    _edit(published, AFTER, BEFORE)
    assert published.refresh("--stage").returncode == 0
    assert len(releases.waiting(published.curated)) == 1
    paths = BalaPaths(raw_dir=str(published.raw), curated_dir=str(published.curated))
    with dg.instance_for_test() as instance:
        result = defs.get_job_def("approve_release").execute_in_process(instance=instance, resources={"paths": paths})
    assert result.success
    assert releases.waiting(published.curated) == [] and _agree(_early_marriages_2020(published)) == 997


def test_runs_of_the_sensor_and_the_schedule_wait_for_approval_only_under_that_setting(tmp_path: Path) -> None:
    settings = tmp_path / "bala.toml"
    sensor, schedule, by_hand = {"dagster/sensor_name": "x"}, {"dagster/schedule_name": "x"}, {"bala/trigger": "cli"}
    settings.write_text('[releases]\napproval = "approve-automated"\n', encoding="utf-8")
    approving = load_settings(settings)
    assert stages(sensor, approving) and stages(schedule, approving) and not stages(by_hand, approving)
    assert stages({**by_hand, STAGE_TAG: "yes"}, approving)
    settings.write_text('[releases]\napproval = "publish"\n', encoding="utf-8")
    assert not stages(sensor, load_settings(settings)) and not stages(schedule, load_settings(settings))
