"""The `bala` command: `bala refresh` runs the same assets as the UI, in-process, for every report."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

import dagster as dg
import duckdb

from pipelines.checks import all_checks
from pipelines.definitions import ASSETS, EXTRACTION
from pipelines.partitions import sync
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


def refresh(paths: BalaPaths, instance: dg.DagsterInstance) -> int:
    """Extract every report, then validate and publish; returns a process exit code.

    One refresh at a time per curated folder: a second one exits at once with EX_TEMPFAIL.
    """
    lock = paths.curated / REFRESH_LOCK
    try:
        with file_lock(lock, wait=False):
            return _refresh(paths, instance)
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


def _refresh(paths: BalaPaths, instance: dg.DagsterInstance) -> int:
    _recover_crashed_runs(instance)
    added, removed = sync(instance, paths)
    keys = sorted(instance.get_dynamic_partitions("documents"))
    resources = {"paths": paths}
    for key in removed:
        print(f"removed: {key} (no longer in {paths.raw}); its rows leave the published tables")
    failed: list[str] = []
    for key in keys:
        result = dg.materialize(
            ASSETS,
            selection=EXTRACTION,
            partition_key=key,
            instance=instance,
            resources=resources,
            raise_on_error=False,
            run_config=_QUIET,
            tags=_TAGS,
        )
        if not result.success:
            failed += [f"{key}: {m}" for m in _errors(result)]
    result = dg.materialize(
        [*ASSETS, *all_checks],
        selection=dg.AssetSelection.all() - EXTRACTION,
        instance=instance,
        resources=resources,
        raise_on_error=False,
        run_config=_QUIET,
        tags=_TAGS,
    )
    if not result.success or _errors(result):
        print("refresh failed; nothing was published (the previous bala.duckdb is unchanged):", file=sys.stderr)
        print("\n".join(f"  {m}" for m in failed + _errors(result)), file=sys.stderr)
        return 1
    print(_summary(paths, added, removed))
    if failed:
        print(
            f"{len(failed)} document(s) could not be read; the others were published, and a document read "
            "before keeps its last published rows:",
            file=sys.stderr,
        )
        print("\n".join(f"  {m}" for m in failed), file=sys.stderr)
        return 1
    return 0


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
    sub.add_parser("refresh", help="extract every report in BALA_RAW_DIR and publish BALA_CURATED_DIR/bala.duckdb")
    args = parser.parse_args(argv)
    if args.command == "refresh":
        try:
            return refresh(paths_from_env(), _instance())
        except (OSError, ValueError) as exc:
            print(f"refresh failed: {exc}", file=sys.stderr)
            return 1
    return 2


if __name__ == "__main__":
    sys.exit(main())
