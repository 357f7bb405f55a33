"""Jobs, the daily schedule and the sensor that notices new, changed or removed reports.

Extraction runs per document partition; the curated tables, the DuckDB publish and the
compendium tables follow by declarative automation (eager) once every partition is done.
"""

import hashlib
import json

import dagster as dg

from pipelines.freshness import stamp, up_to_date
from pipelines.partitions import documents, wanted_keys
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


publish_automation = dg.AutomationConditionSensorDefinition(
    "publish_when_extracted",
    target=dg.AssetSelection.all() - dg.AssetSelection.groups("extraction"),
    default_status=dg.DefaultSensorStatus.RUNNING,
    minimum_interval_seconds=30,
    description="Materialises the curated tables, the DuckDB publish and the compendium tables once every "
    "document partition has been extracted (eager automation conditions).",
)


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
    stamp = context.scheduled_execution_time.isoformat()
    return [dg.RunRequest(run_key=f"{key}@{stamp}", partition_key=key) for key in keys]


@dg.sensor(
    jobs=[extract_job, publish_job],
    minimum_interval_seconds=30,
    default_status=dg.DefaultSensorStatus.RUNNING,
    description="Registers each new report in data/raw as a document partition and runs it; re-runs one whose "
    "file, sidecar or extraction code changed (the same test as `bala refresh`); drops removed ones and republishes.",
)
def raw_reports_sensor(context: dg.SensorEvaluationContext, paths: BalaPaths):
    try:
        current = {key: paths.raw / name for key, name in wanted_keys(paths).items()}
        registered = set(context.instance.get_dynamic_partitions(documents.name))
        new = sorted(k for k in current if k not in registered)
        changed = sorted(k for k in current if k in registered and not up_to_date(context.instance, current[k], k))
        stamps = {k: stamp(current[k]) for k in new + changed}
    except (OSError, ValueError) as exc:
        return dg.SkipReason(f"cannot read the raw folder: {exc}")
    removed = sorted(registered - set(current))
    # the run key names what the run is made from: Dagster launches each (document, file, code) once
    requests = [
        dg.RunRequest(
            run_key=f"{k}:{stamps[k]['input_fingerprint'][:16]}:{stamps[k]['code_version']}",
            partition_key=k,
            job_name=extract_job.name,
        )
        for k in new + changed
    ]
    if removed:
        state = hashlib.sha256(json.dumps(sorted(current)).encode()).hexdigest()[:16]
        requests.append(dg.RunRequest(run_key=f"removed:{','.join(removed)}@{state}", job_name=publish_job.name))
    partition_requests = []
    if new:
        partition_requests.append(documents.build_add_request(new))
    if removed:
        partition_requests.append(documents.build_delete_request(removed))
    if not requests:
        return dg.SkipReason("no new, changed or removed reports")
    return dg.SensorResult(run_requests=requests, dynamic_partitions_requests=partition_requests)
