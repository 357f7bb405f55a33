"""Whether a document's stored extraction is current: one answer for `bala refresh` and the sensor.

An extraction is current when it was made from the same report file, the same sidecar and the
same extraction code (catalogue included) as now; anything else re-extracts the document.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import dagster as dg

from indicators.documents import fingerprint
from indicators.version import code_version
from indicators.version import fingerprint as code_fingerprint
from pipelines.resources import PROJECT

EXTRACTION_ASSET = dg.AssetKey("document_observations")


def stamp(path: Path) -> dict[str, str]:
    """What an extraction of `path` is made from, as recorded in its materialization metadata."""
    return {"input_fingerprint": fingerprint(path), "code_version": code_version()}


def latest_extraction(instance: dg.DagsterInstance, key: str) -> dg.EventLogRecord | None:
    """The last successful extraction of document `key` (its `document_observations` materialization)."""
    records = instance.fetch_materializations(
        dg.AssetRecordsFilter(asset_key=EXTRACTION_ASSET, asset_partitions=[key]), limit=1
    ).records
    return records[0] if records else None


def up_to_date(instance: dg.DagsterInstance, path: Path, key: str) -> bool:
    """True when the stored extraction of `key` was made from this file, its sidecar and this code."""
    record = latest_extraction(instance, key)
    if record is None:
        return False
    made_from = record.asset_materialization.metadata
    return all(name in made_from and made_from[name].value == value for name, value in stamp(path).items())


def publish_state(instance: dg.DagsterInstance, keys: list[str], decisions: Path) -> str:
    """What a publish is made from: each document's latest extraction, the reviewers' decisions and the code that
    combines them. The CLI and the publish sensor both compare it with the last publish's, so neither publishes
    the same state twice, and an edit of the decisions alone republishes without extracting anything."""
    latest = {key: getattr(latest_extraction(instance, key), "storage_id", None) for key in keys}
    code = code_fingerprint(
        PROJECT, ("indicators/*.py", "indicators/data/*.yaml", "schemas/*.py", "publishing/*.py", "pipelines/**/*.py")
    )
    if decisions.is_file():
        reviewed: str | None = hashlib.sha256(decisions.read_bytes()).hexdigest()
    else:  # none, or something that is not a file: the refresh reads it and says what is wrong
        reviewed = "not a file" if decisions.exists() else None
    made_from = {"documents": latest, "code": code, "decisions": reviewed}
    return hashlib.sha256(json.dumps(made_from, sort_keys=True).encode()).hexdigest()
