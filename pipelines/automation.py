"""Jobs, the daily schedule and the sensors that notice new, changed or removed reports and publish them.

Extraction runs per document partition. Publishing is one run of the `publish` job, requested by
`publish_when_extracted` only when no extraction or publish run is in flight and what the published
tables would be made from (each document's latest extraction, the code) differs from the last publish:
one new report gives one extraction run and one publish run, and a publish never mixes states.
"""

import dagster as dg

from pipelines.freshness import publish_state, stamp, up_to_date
from pipelines.partitions import documents
from pipelines.raw_folder import rejected_files, survey
from pipelines.resources import BalaPaths

extract_job = dg.define_asset_job(
    "extract_documents",
    selection=dg.AssetSelection.groups("extraction"),
    description="Read and extract one report (one run per document partition).",
)
publish_job = dg.define_asset_job(
    "publish",
    selection=dg.AssetSelection.all() - dg.AssetSelection.groups("extraction"),
    description="Combine all documents, validate, quarantine and publish bala.duckdb and Parquet.",
)
IN_FLIGHT = [
    dg.DagsterRunStatus.QUEUED,
    dg.DagsterRunStatus.NOT_STARTED,
    dg.DagsterRunStatus.STARTING,
    dg.DagsterRunStatus.STARTED,
    dg.DagsterRunStatus.CANCELING,
]
STATE_TAG = "bala/state"


@dg.schedule(
    job=extract_job,
    cron_schedule="0 3 * * *",
    execution_timezone="UTC",
    default_status=dg.DefaultScheduleStatus.RUNNING,
)
def daily_refresh(context: dg.ScheduleEvaluationContext):
    """Every day at 03:00 UTC re-extract every registered report; publishing follows automatically."""
    keys = context.instance.get_dynamic_partitions(documents.name)
    if not keys:
        return dg.SkipReason("no documents registered yet; the data/raw sensor registers them")
    stamp_ = context.scheduled_execution_time.isoformat()
    return [dg.RunRequest(run_key=f"{key}@{stamp_}", partition_key=key) for key in keys]


@dg.sensor(
    job=extract_job,
    minimum_interval_seconds=30,
    default_status=dg.DefaultSensorStatus.RUNNING,
    description="Registers each new report in data/raw (.txt, .docx, .pdf) as a document partition and runs it; "
    "re-runs one whose file, sidecar or extraction code changed (the same test as `bala refresh`); drops removed "
    "ones. Files that are not read (other formats, scans without text, password-protected files) are named in "
    "its log with their reason and what to do.",
)
def raw_reports_sensor(context: dg.SensorEvaluationContext, paths: BalaPaths):
    try:
        folder = survey(paths.raw)
        registered = set(context.instance.get_dynamic_partitions(documents.name))
        current = folder.reports
        new = sorted(k for k in current if k not in registered)
        changed = sorted(k for k in current if k in registered and not up_to_date(context.instance, current[k], k))
        stamps = {k: stamp(current[k]) for k in new + changed}
    except OSError as exc:
        return dg.SkipReason(f"cannot read the raw folder: {exc}")
    for name, why in rejected_files(folder).items():
        context.log.warning(f"{name} is not read: {why}")
    removed = sorted(registered - set(current))
    if not current and registered:
        return dg.SkipReason(
            f"no report can be read in {paths.raw}; keeping what is published (an empty folder is published only "
            "by `bala refresh --allow-empty`)"
        )
    # the run key names what the run is made from: Dagster launches each (document, file, code) once
    requests = [
        dg.RunRequest(
            run_key=f"{k}:{stamps[k]['input_fingerprint'][:16]}:{stamps[k]['code_version']}",
            partition_key=k,
            job_name=extract_job.name,
        )
        for k in new + changed
    ]
    partition_requests = []
    if new:
        partition_requests.append(documents.build_add_request(new))
    if removed:
        partition_requests.append(documents.build_delete_request(removed))
    if not requests and not partition_requests:
        return dg.SkipReason("no new, changed or removed reports")
    return dg.SensorResult(run_requests=requests, dynamic_partitions_requests=partition_requests)


@dg.sensor(
    job=publish_job,
    minimum_interval_seconds=30,
    default_status=dg.DefaultSensorStatus.RUNNING,
    description="Publishes when no extraction or publish run is in flight and the documents' latest extractions, "
    "the reviewers' decisions (data/review/decisions.csv) or the code differ from those of the last publish (one publish per state; a document whose extraction "
    "failed keeps its last published rows, as in `bala refresh`).",
)
def publish_when_extracted(context: dg.SensorEvaluationContext, paths: BalaPaths):
    instance = context.instance
    busy = instance.get_runs_count(dg.RunsFilter(statuses=IN_FLIGHT, job_name=extract_job.name))
    busy += instance.get_runs_count(dg.RunsFilter(statuses=IN_FLIGHT, job_name=publish_job.name))
    if busy:
        return dg.SkipReason(f"waiting: {busy} extraction or publish run(s) in flight")
    keys = sorted(instance.get_dynamic_partitions(documents.name))
    if not keys:
        return dg.SkipReason("no documents registered")
    state = publish_state(instance, keys, paths.decisions)
    last = instance.get_runs(dg.RunsFilter(tags={STATE_TAG: state}), limit=1)
    if last and last[0].status == dg.DagsterRunStatus.SUCCESS:
        return dg.SkipReason("the published tables are made from the current extractions")
    return dg.RunRequest(run_key=state, tags={STATE_TAG: state})
