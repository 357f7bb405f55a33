"""All Dagster definitions of bala, assembled in one place (the code location `dagster dev` loads)."""

from __future__ import annotations

import dagster as dg

from pipelines.assets.documents import document_extraction, document_text
from pipelines.assets.publish import compendium_tables, release
from pipelines.assets.tables import (
    figure,
    rejected_file,
    review_queue,
    sentence,
    source_documents,
    validated_observations,
)
from pipelines.automation import daily_refresh, extract_job, publish_job, publish_when_extracted, raw_reports_sensor
from pipelines.checks import all_checks
from pipelines.release_jobs import approve_release, list_releases, rollback_release
from pipelines.resources import paths_from_env

OWNERS = ["team:child-statistics"]
ASSETS = dg.map_asset_specs(
    lambda spec: spec.replace_attributes(owners=OWNERS),
    [
        document_text,
        document_extraction,
        source_documents,
        rejected_file,
        sentence,
        figure,
        validated_observations,
        review_queue,
        release,
        compendium_tables,
    ],
)
EXTRACTION = dg.AssetSelection.groups("extraction")

# Every run executes its steps in one process: a step takes well under a second, while a fresh process per step
# costs ~2.5 s of imports (the publish job took 44 s under the multiprocess executor, 6 s in one process, as
# `bala refresh` does). Documents still extract in parallel: each is its own run.
defs = dg.Definitions(
    assets=ASSETS,
    executor=dg.in_process_executor,
    asset_checks=all_checks,
    jobs=[extract_job, publish_job, list_releases, approve_release, rollback_release],
    schedules=[daily_refresh],
    sensors=[raw_reports_sensor, publish_when_extracted],
    resources={"paths": paths_from_env()},
)
