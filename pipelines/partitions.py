"""Documents are dynamic partitions: one per report file, keyed by its sanitised document id."""

from __future__ import annotations

from pathlib import Path

import dagster as dg

from indicators.documents import MAX_BYTES, content_sha256
from pipelines.raw_folder import RawFolder, survey
from pipelines.resources import BalaPaths

documents = dg.DynamicPartitionsDefinition(name="documents")


def sync(instance: dg.DagsterInstance, folder: RawFolder) -> tuple[list[str], list[str]]:
    """Make the partitions match the raw folder's readable reports; returns (added, removed) keys."""
    wanted = set(folder.reports)
    existing = set(instance.get_dynamic_partitions(documents.name))
    added, removed = sorted(wanted - existing), sorted(existing - wanted)
    if added:
        instance.add_dynamic_partitions(documents.name, added)
    for key in removed:
        instance.delete_dynamic_partition(documents.name, key)
    return added, removed


def content_duplicates(paths: BalaPaths) -> dict[str, str]:
    """Document id -> the earlier file (in name order) with the same bytes, for every later copy.

    Only files that share their size with another are hashed: each document's run calls this, and hashing
    every report in every run would read the whole raw folder once per document."""
    by_size: dict[int, list[tuple[str, Path]]] = {}
    for key, path in survey(paths.raw).reports.items():
        size = path.stat().st_size
        if size <= MAX_BYTES:  # a larger one is refused on reading; not worth hashing
            by_size.setdefault(size, []).append((key, path))
    copies: dict[str, str] = {}
    for same_size in by_size.values():
        first: dict[str, str] = {}
        for key, path in same_size if len(same_size) > 1 else ():
            digest = content_sha256(path)
            if digest in first:
                copies[key] = first[digest]
            else:
                first[digest] = path.name
    return copies


def file_for(paths: BalaPaths, key: str) -> Path:
    """The report file behind a partition key."""
    folder = survey(paths.raw)
    if key in folder.reports:
        return folder.reports[key]
    raise FileNotFoundError(f"no readable report in {paths.raw} has document id {key!r} (was it removed?)")
