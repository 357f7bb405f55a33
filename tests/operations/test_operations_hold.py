"""Operations that hold (issue 10): each finding of the operator's trial, reproduced with the real `bala`
command in real processes: shared state, odd raw entries, links out of the raw folder, hostile sidecars,
orphaned workers, an empty raw folder, and messages."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import time
from pathlib import Path

import dagster as dg
import duckdb
import pytest

from pipelines.automation import extract_job, publish_job, publish_when_extracted
from pipelines.partitions import documents
from pipelines.resources import BalaPaths
from tests.helpers import FIXTURES, RAW, ROOT
from tests.operations.workspace import BALA, Workspace, workspace

MAIN = "CRC_C_KAZ_5-6"
CO4 = "CRC_C_KAZ_CO_4"  # the short report: for the tests that need a publish, not the long report


def _count(ws: Workspace, sql: str) -> int:
    with duckdb.connect(str(ws.db), read_only=True) as con:
        return con.execute(sql).fetchone()[0]


def _documents(ws: Workspace) -> set[str]:
    with duckdb.connect(str(ws.db), read_only=True) as con:
        return {r[0] for r in con.execute("SELECT source_document FROM source_document").fetchall()}


def test_two_workspaces_never_share_state_even_with_one_dagster_home(tmp_path: Path) -> None:
    """Finding 1: both refreshes use the same DAGSTER_HOME (the repo's dagster.yaml); each keeps its data."""
    first, second = workspace(tmp_path / "a"), workspace(tmp_path / "b", reports=("CRC_C_KAZ_CO_4",))
    shared = {"DAGSTER_HOME": str(ROOT)}
    one = first.start("--full", env={**first.env(), **shared})
    time.sleep(3)
    two = subprocess.run([BALA, "refresh"], env={**second.env(), **shared}, capture_output=True, text=True)
    assert two.returncode == 0, two.stderr
    _, err = one.communicate(timeout=600)
    assert one.returncode == 0, err
    assert _documents(first) == {MAIN, "CRC_C_KAZ_CO_4"}
    assert _count(first, f"SELECT count(*) FROM observation WHERE source_document = '{MAIN}'") == 156
    assert _documents(second) == {"CRC_C_KAZ_CO_4"}
    assert (first.curated / ".dagster").is_dir() and (second.curated / ".dagster").is_dir()


def test_a_refresh_from_another_raw_folder_is_refused_unless_full(published: Workspace, tmp_path: Path) -> None:
    ws = published
    other = tmp_path / "other_raw"
    other.mkdir()
    (other / "KZ_next_report.txt").write_bytes((FIXTURES / "KZ_next_report.txt").read_bytes())
    env = {**ws.env(), "BALA_RAW_DIR": str(other)}
    refused = subprocess.run([BALA, "refresh"], env=env, capture_output=True, text=True)
    assert refused.returncode == 1
    assert f"was made from raw folder {ws.raw}, not {other}: run with --full" in refused.stderr
    assert _documents(ws) == {MAIN, CO4}  # untouched
    full = subprocess.run([BALA, "refresh", "--full"], env=env, capture_output=True, text=True)
    assert full.returncode == 0, full.stderr
    assert _documents(ws) == {"KZ_next_report"}


@pytest.fixture(scope="module")
def odd_entries(tmp_path_factory) -> tuple[Workspace, subprocess.CompletedProcess]:
    """Findings 2 and 3: one refresh over the shipped reports plus every kind of odd raw entry."""
    ws = workspace(tmp_path_factory.mktemp("odd"))
    outside = ws.root / "elsewhere.txt"
    outside.write_bytes((FIXTURES / "KZ_report_2026.txt").read_bytes())
    (ws.raw / "x.txt").symlink_to(ws.root / "missing.txt")
    (ws.raw / "notes.txt").mkdir()
    os.mkfifo(ws.raw / "pipe.txt")
    (ws.raw / "linked_out.txt").symlink_to(outside)
    (ws.raw / "отчёт.txt").write_bytes((FIXTURES / "KZ_next_report.txt").read_bytes())
    (ws.raw / "CRC C KAZ CO 4.txt").write_text("1.\tAnother file with the same document id.\n", encoding="utf-8")
    (ws.raw / "KZ_upper.TXT").write_bytes((FIXTURES / "KZ_report_2026.txt").read_bytes())
    replies = (FIXTURES / "KZ_replies_LOI_2026.txt").read_text(encoding="utf-8")
    (ws.raw / "KZ_replies_utf16.txt").write_bytes(replies.encode("utf-16"))  # with its byte-order mark
    return ws, ws.refresh()


@pytest.mark.parametrize(
    "message",
    [
        "x.txt: a symbolic link to nothing (its target is missing)",
        "notes.txt: a directory, not a report file",
        "pipe.txt: not a regular file",
        "linked_out.txt: a symbolic link out of the raw folder",
        "CRC_C_KAZ_CO_4.txt: its document id 'CRC_C_KAZ_CO_4' is already that of CRC C KAZ CO 4.txt",
    ],
)
def test_each_odd_entry_is_named_and_skipped(odd_entries, message: str) -> None:
    _, result = odd_entries
    assert result.returncode == 1
    assert message in result.stderr
    assert "Traceback" not in result.stderr


def test_the_other_reports_are_published_and_a_cyrillic_name_gets_an_id(odd_entries) -> None:
    ws, _ = odd_entries
    # 'CRC C KAZ CO 4.txt' sorts before 'CRC_C_KAZ_CO_4.txt' and keeps the id; Word's UTF-16 text is read
    assert _documents(ws) == {MAIN, "CRC_C_KAZ_CO_4", "otchet", "KZ_upper", "KZ_replies_utf16"}
    assert _count(ws, f"SELECT count(*) FROM observation WHERE source_document = '{MAIN}'") == 156
    assert _count(ws, "SELECT count(*) FROM observation WHERE source_document = 'otchet'") > 0
    assert _count(ws, "SELECT count(*) FROM observation WHERE source_document = 'KZ_replies_utf16'") > 0


def test_nothing_is_read_through_a_link_out_of_the_raw_folder(odd_entries) -> None:
    ws, _ = odd_entries
    assert _count(ws, "SELECT count(*) FROM source_document WHERE file_name = 'linked_out.txt'") == 0


def _alias_bomb(levels: int) -> str:
    """A sidecar whose aliases expand 9 ** levels times if anything expands them."""
    lines = ['a: &a ["x","x","x","x","x","x","x","x","x"]']
    for n in range(1, levels + 1):
        prev, name = chr(ord("a") + n - 1), chr(ord("a") + n)
        lines.append(f"{name}: &{name} [*{prev},*{prev},*{prev},*{prev},*{prev},*{prev},*{prev},*{prev},*{prev}]")
    lines.append(f"title: *{chr(ord('a') + len(lines) - 1)}")
    return "\n".join(lines) + "\n"


def test_an_alias_bomb_in_a_sidecar_is_refused_by_name(tmp_path: Path) -> None:
    """Finding 4: each sidecar is refused quickly with its name (and nothing of it is published)."""
    ws = workspace(tmp_path, reports=())
    for levels, report in ((8, RAW / f"{CO4}.txt"), (10, FIXTURES / "KZ_next_report.txt")):
        (ws.raw / f"bomb_{levels}.txt").write_bytes(report.read_bytes())
        (ws.raw / f"bomb_{levels}.yaml").write_text(_alias_bomb(levels), encoding="utf-8")
    started = time.time()
    result = ws.refresh()
    assert time.time() - started < 120
    assert result.returncode == 1
    for levels in (8, 10):
        assert f"bomb_{levels}.yaml: YAML anchors and aliases are not allowed in a sidecar" in result.stderr
    assert not ws.db.exists() or _documents(ws) == set()


def test_an_oversized_sidecar_is_refused_by_name(tmp_path: Path) -> None:
    ws = workspace(tmp_path, reports=(CO4,))
    (ws.raw / "CRC_C_KAZ_CO_4.yml").write_text("title: " + "x" * 200_000 + "\n", encoding="utf-8")
    both = ws.refresh()
    assert both.returncode == 1
    assert "CRC_C_KAZ_CO_4.yaml and CRC_C_KAZ_CO_4.yml: two sidecars for CRC_C_KAZ_CO_4.txt" in both.stderr
    (ws.raw / "CRC_C_KAZ_CO_4.yaml").unlink()
    result = ws.refresh()
    assert result.returncode == 1
    assert "CRC_C_KAZ_CO_4.yml: 200,008 bytes is over the 65,536-byte limit for a sidecar" in result.stderr


def _children(pid: int) -> set[int]:
    found = set()
    for status in Path("/proc").glob("[0-9]*/status"):
        try:
            fields = dict(line.split(":\t", 1) for line in status.read_text().splitlines() if ":\t" in line)
        except OSError:
            continue
        if fields.get("PPid", "").strip() == str(pid):
            found.add(int(status.parent.name))
    return found


def _alive(pid: int) -> bool:
    try:
        state = next(line for line in Path(f"/proc/{pid}/status").read_text().splitlines() if line.startswith("State"))
    except (OSError, StopIteration):
        return False
    return "zombie" not in state


def test_workers_die_with_a_killed_parent(tmp_path: Path) -> None:
    """Finding 5: `--jobs 2`, the parent killed with SIGKILL: its workers are gone within seconds."""
    ws = workspace(tmp_path)
    for name in ("KZ_next_report", "KZ_report_2026"):
        (ws.raw / f"{name}.txt").write_bytes((FIXTURES / f"{name}.txt").read_bytes())
    process = ws.start("--full", "--jobs", "2")
    deadline = time.time() + 120
    workers: set[int] = set()
    while time.time() < deadline and len(workers) < 2:
        workers = {c for c in _children(process.pid) if "spawn_main" in Path(f"/proc/{c}/cmdline").read_text()}
        time.sleep(0.2)
    assert len(workers) == 2, "the workers did not start"
    os.kill(process.pid, signal.SIGKILL)
    process.wait()
    deadline = time.time() + 15
    while time.time() < deadline and any(_alive(w) for w in workers):
        time.sleep(0.2)
    assert not any(_alive(w) for w in workers)


def test_an_empty_raw_folder_is_refused_and_keeps_what_is_published(published: Workspace) -> None:
    """Finding 7: an emptied (or unmounted) raw folder never erases the published tables."""
    ws = published
    before = ws.checksums()
    for path in ws.raw.iterdir():
        path.unlink()
    refused = ws.refresh()
    assert refused.returncode == 1
    assert "refresh refused: no report can be read in" in refused.stderr and "--allow-empty" in refused.stderr
    assert ws.checksums() == before
    allowed = ws.refresh("--allow-empty")
    assert allowed.returncode == 0, allowed.stderr
    assert _documents(ws) == set()


def _instance_with_documents(tmp_path: Path, keys: list[str]) -> dg.DagsterInstance:
    instance = dg.DagsterInstance.local_temp(str(tmp_path))
    instance.add_dynamic_partitions(documents.name, keys)
    return instance


def _evaluate(instance: dg.DagsterInstance, review: Path):
    paths = BalaPaths(review_dir=str(review))
    with dg.build_sensor_context(instance=instance, resources={"paths": paths}) as context:
        return publish_when_extracted(context)


def test_the_publish_sensor_waits_for_extractions_in_flight_and_publishes_each_state_once(tmp_path: Path) -> None:
    """Finding 6: with a real instance: no publish while an extraction runs, then exactly one per state; an edit
    of the reviewers' decisions alone is a new state."""
    from pipelines.definitions import defs

    instance = _instance_with_documents(tmp_path, [MAIN])
    job = defs.resolve_job_def(extract_job.name)
    run = instance.create_run_for_job(job, tags={"dagster/partition": MAIN}, status=dg.DagsterRunStatus.STARTED)
    waiting = _evaluate(instance, tmp_path / "review")
    assert isinstance(waiting, dg.SkipReason) and "in flight" in waiting.skip_message
    instance.report_run_failed(run)  # the extraction ended (here: failed, so there is nothing new to wait for)
    request = _evaluate(instance, tmp_path / "review")
    assert isinstance(request, dg.RunRequest)
    again = _evaluate(instance, tmp_path / "review")
    assert isinstance(again, dg.RunRequest) and again.run_key == request.run_key  # Dagster launches a key once
    publish = instance.create_run_for_job(
        defs.resolve_job_def(publish_job.name), tags=request.tags, status=dg.DagsterRunStatus.SUCCESS
    )
    assert publish.status == dg.DagsterRunStatus.SUCCESS
    done = _evaluate(instance, tmp_path / "review")
    assert isinstance(done, dg.SkipReason) and "made from the current extractions" in done.skip_message
    (tmp_path / "review").mkdir()
    (tmp_path / "review" / "decisions.csv").write_text("action,source_document,sentence_hash,figure_text\n")
    reviewed = _evaluate(instance, tmp_path / "review")
    assert isinstance(reviewed, dg.RunRequest) and reviewed.run_key != request.run_key


def test_failures_are_one_line_each_with_counts_that_add_up(tmp_path: Path) -> None:
    """Finding 8: no traceback, 'extracted N, failed M', absolute paths."""
    ws = workspace(tmp_path, reports=(CO4,))
    (ws.raw / "broken.txt").write_text("no numbered paragraphs here\n", encoding="utf-8")
    result = ws.refresh()
    assert result.returncode == 1
    assert "extracted 1, failed 1, unchanged 0" in result.stdout
    assert "Traceback" not in result.stderr and "dagster._core" not in result.stderr
    assert f"published: {ws.db}" in result.stdout


@pytest.mark.parametrize(
    ("home", "message"),
    [
        ("", "DAGSTER_HOME is set but empty"),
        ("relative/state", "DAGSTER_HOME='relative/state' is a relative path"),
        ("/nonexistent/bala/home", "DAGSTER_HOME=/nonexistent/bala/home does not exist"),
    ],
)
def test_a_bad_dagster_home_is_one_clear_line(tmp_path: Path, home: str, message: str) -> None:
    ws = workspace(tmp_path)
    result = subprocess.run([BALA, "refresh"], env={**ws.env(), "DAGSTER_HOME": home}, capture_output=True, text=True)
    assert result.returncode == 1
    assert message in result.stderr
    assert "Traceback" not in result.stderr and len(result.stderr.strip().splitlines()) == 1


def test_bala_works_from_any_directory_with_the_project_defaults(tmp_path: Path) -> None:
    """No DAGSTER_HOME, no BALA_* variables, run from elsewhere: the project's folders, absolute paths."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("DAGSTER_", "BALA_"))}
    result = subprocess.run([BALA, "refresh"], cwd=tmp_path, env=env, capture_output=True, text=True, timeout=900)
    assert result.returncode == 0, result.stderr
    assert f"published: {ROOT / 'data' / 'curated' / 'bala.duckdb'}" in result.stdout
    assert list(tmp_path.iterdir()) == []  # nothing written where it was run


def test_make_ui_on_a_busy_port_says_so_and_stops(tmp_path: Path) -> None:
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        result = subprocess.run(["make", "ui", f"PORT={port}"], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert result.returncode != 0
    assert f"port {port} on 127.0.0.1 is already in use" in result.stderr
