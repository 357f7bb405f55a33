"""The `bala` command: `bala refresh` runs the same assets as the UI, in-process, for every report."""

from __future__ import annotations

import argparse
import concurrent.futures
import hashlib
import json
import multiprocessing
import os
import sys
import time
from pathlib import Path

import dagster as dg
import duckdb

from indicators.version import fingerprint
from pipelines.checks import all_checks
from pipelines.definitions import ASSETS, EXTRACTION
from pipelines.freshness import latest_extraction, up_to_date
from pipelines.partitions import file_for, sync
from pipelines.publish import file_lock, lock_holder
from pipelines.resources import BalaPaths, paths_from_env

_QUIET = {"loggers": {"console": {"config": {"log_level": "WARNING"}}}}
_TAGS = {"bala/trigger": "cli"}


def _instance() -> dg.DagsterInstance:
    """The project's instance (DAGSTER_HOME, or the repo root when run there); else a throwaway one."""
    if "DAGSTER_HOME" not in os.environ and Path("dagster.yaml").is_file():
        os.environ["DAGSTER_HOME"] = str(Path.cwd())
    if "DAGSTER_HOME" in os.environ:
        return dg.DagsterInstance.get()
    return dg.DagsterInstance.ephemeral()


def _errors(result: dg.ExecuteInProcessResult) -> list[str]:
    """The innermost message of each failed step (the user's error, not Dagster's wrapper)."""
    messages = []
    for event in result.all_events:
        if event.is_step_failure:
            error = event.step_failure_data.error
            while error.cause is not None:
                error = error.cause
            messages.append(f"{event.step_key}: {error.message.strip()}")
    for evaluation in result.get_asset_check_evaluations():
        if not evaluation.passed and evaluation.severity == dg.AssetCheckSeverity.ERROR:
            messages.append(f"check {evaluation.check_name} on {evaluation.asset_key.to_user_string()} failed")
    return messages


REFRESH_LOCK = ".bala-refresh.lock"
EX_TEMPFAIL = 75  # sysexits: try again later


def refresh(
    paths: BalaPaths, instance: dg.DagsterInstance, jobs: int = 1, full: bool = False, timings: bool = False
) -> int:
    """Extract the reports that changed, then validate and publish; returns a process exit code.

    One refresh at a time per curated folder: a second one exits at once with EX_TEMPFAIL.
    """
    lock = paths.curated / REFRESH_LOCK
    try:
        with file_lock(lock, wait=False):
            return _refresh(paths, instance, jobs, full, timings)
    except BlockingIOError:
        print(
            f"another bala refresh is already running on {paths.curated} (pid {lock_holder(lock)}); "
            "this one did nothing: run it again when that one has finished",
            file=sys.stderr,
        )
        return EX_TEMPFAIL


def _recover_crashed_runs(instance: dg.DagsterInstance) -> None:
    """Runs of an earlier `bala refresh` still marked as running died with it (we hold the lock): close them
    and give back their DuckDB-writer slot, so the next publish does not wait for a dead process."""
    alive = [dg.DagsterRunStatus.STARTED, dg.DagsterRunStatus.STARTING, dg.DagsterRunStatus.NOT_STARTED]
    for run in instance.get_runs(filters=dg.RunsFilter(statuses=alive, tags={"bala/trigger": "cli"})):
        instance.report_run_failed(run, message="left behind by a bala refresh that was killed")
        instance.event_log_storage.free_concurrency_slots_for_run(run.run_id)


PUBLISH_STATE = ".bala-published"
_PROJECT = Path(__file__).resolve().parents[1]


def _publish_state(instance: dg.DagsterInstance, keys: list[str]) -> str:
    """What a publish is made from: each document's latest extraction and the code that combines them."""
    latest = {key: getattr(latest_extraction(instance, key), "storage_id", None) for key in keys}
    code = fingerprint(_PROJECT, ("indicators/*.py", "indicators/data/*.yaml", "schemas/*.py", "pipelines/**/*.py"))
    return hashlib.sha256(json.dumps({"documents": latest, "code": code}, sort_keys=True).encode()).hexdigest()


def _read_state(paths: BalaPaths) -> str | None:
    try:
        return (paths.curated / PUBLISH_STATE).read_text().strip()
    except OSError:
        return None


def _write_state(paths: BalaPaths, state: str) -> None:
    """Remember what the published file was made from (written after the publish, replaced atomically)."""
    tmp = paths.curated / f"{PUBLISH_STATE}.tmp-{os.getpid()}"
    tmp.write_text(state)
    os.replace(tmp, paths.curated / PUBLISH_STATE)


def _extract_in_worker(key: str, raw_dir: str, curated_dir: str) -> list[str]:
    """A worker process's extraction run; the instance comes from DAGSTER_HOME (shared with the parent)."""
    with dg.DagsterInstance.get() as instance:
        return _extract(key, BalaPaths(raw_dir=raw_dir, curated_dir=curated_dir), instance)


def _extract(key: str, paths: BalaPaths, instance: dg.DagsterInstance) -> list[str]:
    """One document's extraction run."""
    result = dg.materialize(
        ASSETS,
        selection=EXTRACTION,
        partition_key=key,
        instance=instance,
        resources={"paths": paths},
        raise_on_error=False,
        run_config=_QUIET,
        tags=_TAGS,
    )
    return [] if result.success else [f"{key}: {m}" for m in _errors(result)]


def _extract_all(keys: list[str], paths: BalaPaths, instance: dg.DagsterInstance, jobs: int) -> list[str]:
    """Run the documents' extraction runs, `jobs` at a time (separate processes sharing the instance)."""
    if jobs <= 1 or not os.environ.get("DAGSTER_HOME") or len(keys) <= 1:
        return [m for key in keys for m in _extract(key, paths, instance)]
    context = multiprocessing.get_context("spawn")
    with concurrent.futures.ProcessPoolExecutor(max_workers=jobs, mp_context=context) as pool:
        n = len(keys)
        results = pool.map(_extract_in_worker, keys, [paths.raw_dir] * n, [paths.curated_dir] * n)
        return [m for messages in results for m in messages]


def _refresh(paths: BalaPaths, instance: dg.DagsterInstance, jobs: int, full: bool, timings: bool) -> int:
    clock = {"start": time.perf_counter()}
    _recover_crashed_runs(instance)
    added, removed = sync(instance, paths)
    keys = sorted(instance.get_dynamic_partitions("documents"))
    for key in removed:
        print(f"removed: {key} (no longer in {paths.raw}); its rows leave the published tables")
    stale = [k for k in keys if full or not up_to_date(instance, file_for(paths, k), k)]
    failed = _extract_all(stale, paths, instance, jobs)
    clock["extracted"] = time.perf_counter()
    state = _publish_state(instance, keys)
    if not (full or stale or added or removed) and paths.duckdb_path.exists() and _read_state(paths) == state:
        print(f"extracted: 0 document(s), unchanged: {len(keys)}; nothing changed since the last publish")
        print(_summary(paths, added, removed))
        return 0
    result = dg.materialize(
        [*ASSETS, *all_checks],
        selection=dg.AssetSelection.all() - EXTRACTION,
        instance=instance,
        resources={"paths": paths},
        raise_on_error=False,
        run_config=_QUIET,
        tags=_TAGS,
    )
    clock["published"] = time.perf_counter()
    if not result.success or _errors(result):
        published = any(
            e.event_type_value == "ASSET_MATERIALIZATION" and e.asset_key == dg.AssetKey("bala_duckdb")
            for e in result.all_events
        )
        headline = (
            f"refresh published {paths.duckdb_path}, but a step after it failed:"
            if published
            else "refresh failed; nothing was published (the previous bala.duckdb is unchanged):"
        )
        print(headline, file=sys.stderr)
        print("\n".join(f"  {m}" for m in failed + _errors(result)), file=sys.stderr)
        return 1
    _write_state(paths, state)
    print(f"extracted: {len(stale)} document(s), unchanged: {len(keys) - len(stale)}")
    print(_summary(paths, added, removed))
    if timings:
        print(_timings(clock, result))
    if failed:
        print(
            f"{len(failed)} document(s) could not be read; the others were published, and a document read "
            "before keeps its last published rows:",
            file=sys.stderr,
        )
        print("\n".join(f"  {m}" for m in failed), file=sys.stderr)
        return 1
    return 0


def _timings(clock: dict[str, float], result: dg.ExecuteInProcessResult) -> str:
    """Where the time went: extraction runs, then each step of the validate-and-publish run."""
    steps = {
        e.step_key: e.event_specific_data.duration_ms / 1000
        for e in result.all_events
        if e.event_type_value == "STEP_SUCCESS"
    }
    lines = [
        f"timings: extraction runs {clock['extracted'] - clock['start']:.2f}s, "
        f"validate and publish run {clock['published'] - clock['extracted']:.2f}s"
    ]
    lines += [f"  step {k}: {v:.2f}s" for k, v in sorted(steps.items(), key=lambda kv: -kv[1])]
    return "\n".join(lines)


def _summary(paths: BalaPaths, added: list[str], removed: list[str]) -> str:
    with duckdb.connect(str(paths.duckdb_path), read_only=True) as con:
        docs, figures, observations, quarantined = con.execute(
            "SELECT (SELECT count(*) FROM source_document), (SELECT count(*) FROM figure), "
            "(SELECT count(*) FROM observation), (SELECT count(*) FROM quarantine)"
        ).fetchone()
        by_check = con.execute(
            "SELECT source_document, check_name, count(*) FROM quarantine GROUP BY ALL ORDER BY ALL"
        ).fetchall()
    lines = [
        f"documents: {docs} (added {len(added)}, removed {len(removed)})  figures: {figures}  "
        f"observations: {observations}  quarantined: {quarantined}"
    ]
    lines += [f"  quarantined in {doc}: {n} failing {check}" for doc, check, n in by_check]
    lines.append(f"published: {paths.duckdb_path}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="bala", description="Child-statistics indicators from treaty-body reports.")
    sub = parser.add_subparsers(dest="command", required=True)
    cmd = sub.add_parser("refresh", help="extract the reports in BALA_RAW_DIR and publish BALA_CURATED_DIR/bala.duckdb")
    cmd.add_argument("--jobs", type=int, default=1, help="documents extracted at once, in separate processes")
    cmd.add_argument("--full", action="store_true", help="extract every document again, changed or not")
    cmd.add_argument("--timings", action="store_true", help="print where the time went")
    args = parser.parse_args(argv)
    if args.command == "refresh":
        try:
            return refresh(paths_from_env(), _instance(), jobs=args.jobs, full=args.full, timings=args.timings)
        except (OSError, ValueError) as exc:
            print(f"refresh failed: {exc}", file=sys.stderr)
            return 1
    return 2


if __name__ == "__main__":
    sys.exit(main())
