"""Refreshes that never lose or corrupt data: readers, crashes, two refreshes at once.

Every test drives the real `bala refresh` command in its own process on a workspace of its own.
"""

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import dagster as dg
import duckdb
import pytest

from pipelines.definitions import defs
from tests.helpers import FIXTURES
from tests.operations.workspace import Workspace

READER = """
import json, os, sys, time, duckdb
path, out, stop, mode = sys.argv[1:5]  # read until the test creates the file `stop`
query = "SELECT (SELECT count(*) FROM observation), (SELECT count(*) FROM source_document)"
seen, errors = [], []
held = duckdb.connect(path, read_only=True) if mode == "held" else None
end = time.time() + 300
while not os.path.exists(stop) and time.time() < end:
    try:
        if held is not None:  # one connection held open through the whole refresh
            seen.append(list(held.execute(query).fetchone()))
        else:  # a new connection for every query
            with duckdb.connect(path, read_only=True) as con:
                seen.append(list(con.execute(query).fetchone()))
    except Exception as exc:
        errors.append(repr(exc))
    time.sleep(0.01)
json.dump({"seen": seen, "errors": errors}, open(out, "w"))
"""


def _state(ws: Workspace) -> list[int]:
    with duckdb.connect(str(ws.db), read_only=True) as con:
        return list(
            con.execute("SELECT (SELECT count(*) FROM observation), (SELECT count(*) FROM source_document)").fetchone()
        )


def test_readers_during_a_refresh_see_the_old_state_or_the_new_one(published: Workspace, tmp_path: Path) -> None:
    import json

    old = _state(published)
    stop = tmp_path / "stop"
    (published.raw / "KZ_next_report.txt").write_bytes((FIXTURES / "KZ_next_report.txt").read_bytes())
    readers = {
        mode: (
            tmp_path / f"{mode}.json",
            subprocess.Popen(
                [sys.executable, "-c", READER, str(published.db), str(tmp_path / f"{mode}.json"), str(stop), mode]
            ),
        )
        for mode in ("held", "fresh")
    }
    time.sleep(1)
    result = published.refresh()
    assert result.returncode == 0, result.stderr
    time.sleep(1)  # the readers see the new state for a while
    stop.touch()
    for _, process in readers.values():
        process.wait(timeout=60)
    new = _state(published)  # a new process after the refresh
    assert new != old
    held, fresh = (json.loads(readers[m][0].read_text()) for m in ("held", "fresh"))
    assert held["errors"] == [] and fresh["errors"] == []
    assert {tuple(s) for s in held["seen"]} == {tuple(old)}  # the held connection keeps its snapshot
    assert {tuple(s) for s in fresh["seen"]} == {
        tuple(old),
        tuple(new),
    }  # never a mix, and the new state once swapped in


def _kill_when(ws: Workspace, ready, timeout: float = 120) -> None:
    process = ws.start()
    deadline = time.time() + timeout
    while not ready() and process.poll() is None and time.time() < deadline:
        time.sleep(0.002)
    assert process.poll() is None, "the refresh finished before the kill point was reached"
    os.killpg(process.pid, signal.SIGKILL)
    process.wait()


def _building(ws: Workspace) -> bool:
    """A release folder is being written (it has no manifest yet)."""
    folder = ws.curated / "releases"
    return any(not (p / "release.json").exists() for p in folder.iterdir()) if folder.is_dir() else False


@pytest.mark.parametrize("kill_point", ["while extracting", "while building the release"])
def test_a_killed_refresh_leaves_the_published_file_and_the_next_one_succeeds(
    published: Workspace, kill_point: str
) -> None:
    before_sha, before = published.sha(), published.checksums()
    (published.raw / "KZ_report_2026.txt").write_bytes((FIXTURES / "KZ_report_2026.txt").read_bytes())
    start = time.time()
    ready = {
        "while extracting": lambda: time.time() - start > 3,
        "while building the release": lambda: _building(published),
    }[kill_point]
    _kill_when(published, ready)
    assert published.sha() == before_sha  # untouched, and it opens cleanly
    assert published.checksums() == before
    result = published.refresh()
    assert result.returncode == 0, result.stderr
    assert published.temporaries() == []
    assert "KZ_report_2026" in {
        r[0]
        for r in duckdb.connect(str(published.db), read_only=True)
        .execute("SELECT source_document FROM source_document")
        .fetchall()
    }


def test_a_second_refresh_while_one_runs_says_so_and_does_nothing(published: Workspace) -> None:
    lock = published.curated / ".bala-refresh.lock"
    lock.write_text("")  # no pid from an earlier refresh
    first = published.start("--full")
    deadline = time.time() + 120
    # wait until the first one holds the lock: it writes its pid there once it has it (testing the lock by
    # taking it could make the first one find it taken)
    while not (lock.exists() and lock.read_text().strip() == str(first.pid)) and time.time() < deadline:
        assert first.poll() is None, first.communicate()
        time.sleep(0.01)
    os.kill(first.pid, signal.SIGSTOP)  # held still while it holds the lock, however fast the machine is
    try:
        second = published.refresh()
    finally:
        os.kill(first.pid, signal.SIGCONT)
    assert second.returncode == 75, (second.stdout, second.stderr)
    assert "another bala refresh is already running" in second.stderr and str(first.pid) in second.stderr
    _, err = first.communicate(timeout=600)
    assert first.returncode == 0, err
    assert published.refresh().returncode == 0  # and then it runs


def test_the_duckdb_writer_is_a_pool_of_one_in_dagster(published: Workspace) -> None:
    node = defs.get_repository_def().assets_defs_by_key[dg.AssetKey("bala_duckdb")].node_def
    assert node.pool == "duckdb_writer"
    os.environ["BALA_STATE_DIR"] = str(published.curated / ".dagster")
    os.environ["DAGSTER_HOME"], previous = str(published.root), os.environ.get("DAGSTER_HOME")
    try:
        cwd = os.getcwd()
        os.chdir(published.root)
        with dg.DagsterInstance.get() as instance:
            assert instance.get_concurrency_config().pool_config.default_pool_limit == 1
    finally:
        os.chdir(cwd)
        del os.environ["BALA_STATE_DIR"]
        if previous is None:
            del os.environ["DAGSTER_HOME"]
        else:
            os.environ["DAGSTER_HOME"] = previous
