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
from pipelines.resources import BalaPaths, paths_from_env

_QUIET = {"loggers": {"console": {"config": {"log_level": "WARNING"}}}}


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


def refresh(paths: BalaPaths, instance: dg.DagsterInstance) -> int:
    """Extract every report, then validate and publish; returns a process exit code."""
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
            tags={"bala/trigger": "cli"},
        )
        if not result.success:
            failed += [f"{key}: {m}" for m in _errors(result)]
    if failed:
        print("refresh failed; nothing was published (the previous bala.duckdb is unchanged):", file=sys.stderr)
        print("\n".join(f"  {m}" for m in failed), file=sys.stderr)
        return 1
    result = dg.materialize(
        [*ASSETS, *all_checks],
        selection=dg.AssetSelection.all() - EXTRACTION,
        instance=instance,
        resources=resources,
        raise_on_error=False,
        run_config=_QUIET,
        tags={"bala/trigger": "cli"},
    )
    if not result.success or _errors(result):
        print("refresh failed; the previous bala.duckdb is unchanged:", file=sys.stderr)
        print("\n".join(f"  {m}" for m in _errors(result)), file=sys.stderr)
        return 1
    with duckdb.connect(str(paths.duckdb_path), read_only=True) as con:
        docs, figures, observations, quarantined = con.execute(
            "SELECT (SELECT count(*) FROM source_document), (SELECT count(*) FROM figure), "
            "(SELECT count(*) FROM observation), (SELECT count(*) FROM quarantine)"
        ).fetchone()
    print(
        f"documents: {docs} (added {len(added)}, removed {len(removed)})  figures: {figures}  "
        f"observations: {observations}  quarantined: {quarantined}\npublished: {paths.duckdb_path}"
    )
    return 0


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
