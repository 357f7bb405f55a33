"""The `bala` command: `bala refresh` runs the same assets as the UI, in-process, for every report."""

from __future__ import annotations

import argparse
import concurrent.futures
import logging
import multiprocessing
import os
import sys
import threading
import time
import warnings

import dagster as dg
import duckdb

from pipelines import review_cli
from pipelines.assets.publish import STAGE_TAG
from pipelines.automation import STATE_TAG
from pipelines.checks import all_checks
from pipelines.definitions import ASSETS, EXTRACTION
from pipelines.freshness import publish_state, up_to_date
from pipelines.instance import SetupError, check_raw_folder, open_instance, record_raw_folder
from pipelines.partitions import sync
from pipelines.raw_folder import RawFolder, survey
from pipelines.release_cli import change_lines, list_releases, switch_command
from pipelines.resources import BalaPaths, paths_from_env
from pipelines.settings import load_settings
from publishing import releases
from publishing.publish import tidy
from publishing.tables import DATABASE, file_lock, lock_holder

_TAGS = {"bala/trigger": "cli"}


def _run_config(debug: bool) -> dict:
    """Dagster's own console log: its step tracebacks only with --debug (the summary names every problem)."""
    return {"loggers": {"console": {"config": {"log_level": "DEBUG" if debug else "CRITICAL"}}}}


def _errors(result: dg.ExecuteInProcessResult) -> list[str]:
    """The innermost message of each failed step (the user's error, not Dagster's wrapper)."""
    messages = []
    for event in result.all_events:
        if event.is_step_failure:
            error = event.step_failure_data.error
            while error.cause is not None and (error.cls_name or "").startswith("Dagster"):
                error = error.cause  # the user's error, not Dagster's wrapper, nor what the user's error wraps
            message = error.message.strip()
            named = f"{error.cls_name}: "
            if named in message:  # "indicators.documents.DocumentError: x.txt: ..." -> "x.txt: ..."
                message = message.split(named, 1)[1]
            messages.append(f"{event.step_key}: {message}")
    for evaluation in result.get_asset_check_evaluations():
        if not evaluation.passed and evaluation.severity == dg.AssetCheckSeverity.ERROR:
            messages.append(f"check {evaluation.check_name} on {evaluation.asset_key.to_user_string()} failed")
    return messages


REFRESH_LOCK = ".bala-refresh.lock"
EX_TEMPFAIL = 75  # sysexits: try again later


def refresh(
    paths: BalaPaths,
    instance: dg.DagsterInstance,
    jobs: int = 1,
    full: bool = False,
    timings: bool = False,
    allow_empty: bool = False,
    stage: bool = False,
    debug: bool = False,
) -> int:
    """Extract the reports that changed, then validate and publish; returns a process exit code.

    One refresh at a time per curated folder: a second one exits at once with EX_TEMPFAIL.
    """
    lock = paths.curated / REFRESH_LOCK
    try:
        with file_lock(lock, wait=False):
            refusal = check_raw_folder(paths, full)
            if refusal:
                print(f"refresh refused: {refusal}", file=sys.stderr)
                return 1
            return _refresh(paths, instance, jobs, full, timings, allow_empty, stage, debug)
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


def _published_state(paths: BalaPaths) -> str | None:
    """What the current release was made from (documents, extractions and code), as its run was tagged."""
    now = releases.current(paths.curated)
    return now.manifest.get("publish_state") if now else None


def _die_with_parent(parent: int) -> None:
    """In a worker: exit as soon as the `bala refresh` that started it (pid `parent`) is gone, killed even with
    SIGKILL, and before or after this worker started, so no extraction outlives its refresh."""

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(0.5)
        os._exit(1)

    threading.Thread(target=watch, name="bala-parent-watch", daemon=True).start()


def _extract_in_worker(key: str, raw_dir: str, curated_dir: str, debug: bool) -> list[str]:
    """A worker process's extraction run; the instance comes from DAGSTER_HOME (shared with the parent)."""
    _quiet(debug)
    with dg.DagsterInstance.get() as instance:
        return _extract(key, BalaPaths(raw_dir=raw_dir, curated_dir=curated_dir), instance, debug)


def _extract(key: str, paths: BalaPaths, instance: dg.DagsterInstance, debug: bool) -> list[str]:
    """One document's extraction run."""
    result = dg.materialize(
        ASSETS,
        selection=EXTRACTION,
        partition_key=key,
        instance=instance,
        resources={"paths": paths},
        raise_on_error=False,
        run_config=_run_config(debug),
        tags=_TAGS,
    )
    return [] if result.success else [f"{key}: {m}" for m in _errors(result)]


def _extract_all(keys: list[str], paths: BalaPaths, instance: dg.DagsterInstance, jobs: int, debug: bool) -> dict:
    """Each document's problems (empty when it was extracted), `jobs` at a time in separate processes that
    share the instance and die with this one."""
    if jobs <= 1 or len(keys) <= 1:
        return {key: _extract(key, paths, instance, debug) for key in keys}
    context = multiprocessing.get_context("spawn")
    with concurrent.futures.ProcessPoolExecutor(
        max_workers=jobs, mp_context=context, initializer=_die_with_parent, initargs=(os.getpid(),)
    ) as pool:
        n = len(keys)
        results = pool.map(_extract_in_worker, keys, [paths.raw_dir] * n, [paths.curated_dir] * n, [debug] * n)
        return dict(zip(keys, results, strict=True))


def _quiet(debug: bool) -> None:
    """Without --debug, Dagster's own warnings and log lines stay out of the way of bala's one-line messages."""
    if not debug:
        warnings.filterwarnings("ignore")
        logging.getLogger("dagster").setLevel(logging.CRITICAL)


def _refresh(
    paths: BalaPaths,
    instance: dg.DagsterInstance,
    jobs: int,
    full: bool,
    timings: bool,
    allow_empty: bool,
    stage: bool,
    debug: bool,
) -> int:
    clock = {"start": time.perf_counter()}
    load_settings()  # a wrong settings file stops the refresh before any work
    tidy(paths.curated)  # whatever a killed refresh left, even if nothing changed since
    _recover_crashed_runs(instance)
    folder = survey(paths.raw)
    if not folder.reports and not allow_empty:
        print(
            f"refresh refused: no report can be read in {paths.raw}, so publishing would remove every published "
            "document; the last publish is kept. If the folder is meant to be empty, run bala refresh --allow-empty",
            file=sys.stderr,
        )
        _print_rejected(folder)
        return 1
    added, removed = sync(instance, folder)
    keys = sorted(folder.reports)
    for key in removed:
        print(f"removed: {key} (no longer in {paths.raw}); its rows leave the published tables")
    stale = [k for k in keys if full or not up_to_date(instance, folder.reports[k], k)]
    failed = {k: m for k, m in _extract_all(stale, paths, instance, jobs, debug).items() if m}
    problems = "\n".join(f"  {m}" for ms in failed.values() for m in ms)
    clock["extracted"] = time.perf_counter()
    state = publish_state(instance, keys, paths.decisions)
    counts = f"extracted {len(stale) - len(failed)}, failed {len(failed)}, unchanged {len(keys) - len(stale)}"
    if not (full or stale or added or removed or stage) and _published_state(paths) == state:
        print(f"{counts}: nothing changed since the last publish")
        print(_summary(paths, added, removed))
        return _print_rejected(folder)
    result = dg.materialize(
        [*ASSETS, *all_checks],
        selection=dg.AssetSelection.all() - EXTRACTION,
        instance=instance,
        resources={"paths": paths},
        raise_on_error=False,
        run_config=_run_config(debug),
        tags={**_TAGS, STATE_TAG: state, **({STAGE_TAG: "yes"} if stage else {})},
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
        print(problems, file=sys.stderr)
        print("\n".join(f"  {m}" for m in _errors(result)), file=sys.stderr)
        return 1
    record_raw_folder(paths)
    made = releases.made_by(paths.curated, result.run_id)
    print(counts)
    print(_summary(paths, added, removed, made))
    print(change_lines(made))
    if timings:
        print(_timings(clock, result))
    code = _print_rejected(folder)
    if failed:
        print(
            f"{len(failed)} document(s) could not be read; the others were published, and a document read "
            "before keeps its last published rows:",
            file=sys.stderr,
        )
        print(problems, file=sys.stderr)
        return 1
    return code


def _print_rejected(folder: RawFolder) -> int:
    """Name each raw entry that was not read, with its reason; 1 when there is any (the exit code)."""
    if not folder.rejected:
        return 0
    print(
        f"{len(folder.rejected)} entr{'y' if len(folder.rejected) == 1 else 'ies'} of the raw folder not read:",
        file=sys.stderr,
    )
    print("\n".join(f"  {name}: {why}" for name, why in folder.rejected.items()), file=sys.stderr)
    return 1


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


def _summary(paths: BalaPaths, added: list[str], removed: list[str], made: releases.Release | None = None) -> str:
    """Counts of the release just made (or of the current one), and where it is."""
    shown = made or releases.current(paths.curated)
    db = shown.path / DATABASE if shown else paths.duckdb_path
    with duckdb.connect(str(db), read_only=True) as con:
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
    if shown is not None and shown in releases.waiting(paths.curated):
        lines.append(
            f"staged: release {shown.id} waits for approval (bala approve {shown.id}); "
            f"{paths.duckdb_path} still shows the current release"
        )
    else:
        lines.append(f"published: {paths.duckdb_path}" + (f" (release {shown.id})" if shown else ""))
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="bala", description="Child-statistics indicators from treaty-body reports.")
    sub = parser.add_subparsers(dest="command", required=True)
    cmd = sub.add_parser("refresh", help="extract the reports in BALA_RAW_DIR and publish BALA_CURATED_DIR/bala.duckdb")
    cmd.add_argument("--jobs", type=int, default=1, help="documents extracted at once, in separate processes")
    cmd.add_argument("--full", action="store_true", help="extract every document again, changed or not")
    cmd.add_argument("--timings", action="store_true", help="print where the time went")
    cmd.add_argument(
        "--allow-empty", action="store_true", help="publish even when no report can be read (empty tables)"
    )
    cmd.add_argument("--stage", action="store_true", help="build the release but leave it waiting for `bala approve`")
    cmd.add_argument("--debug", action="store_true", help="show Dagster's log and full tracebacks")
    sub.add_parser("releases", help="list the kept releases (the current one marked)")
    for name, what in (
        ("rollback", "make an earlier release current (default: the one before the current one)"),
        ("approve", "make a release waiting for approval current (default: the newest one waiting)"),
    ):
        sub.add_parser(name, help=what).add_argument("release", nargs="?", help="release id, or a unique prefix")
    review_cli.add_parser(sub)
    args = parser.parse_args(argv)
    if args.command == "review":
        return review_cli.run(args, paths_from_env())
    if args.command == "releases":
        return list_releases(paths_from_env())
    if args.command in ("rollback", "approve"):
        return switch_command(paths_from_env(), args.command, args.release)
    _quiet(args.debug)
    try:
        paths = paths_from_env()
        return refresh(
            paths,
            open_instance(paths),
            jobs=args.jobs,
            full=args.full,
            timings=args.timings,
            allow_empty=args.allow_empty,
            stage=args.stage,
            debug=args.debug,
        )
    except (OSError, ValueError, SetupError, dg.DagsterError) as exc:
        if args.debug:
            raise
        print(f"refresh failed: {exc}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
