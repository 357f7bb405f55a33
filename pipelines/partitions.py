"""Documents are dynamic partitions: one per report file, keyed by its sanitised document id."""

from __future__ import annotations

import hashlib
from pathlib import Path

import dagster as dg

from indicators.documents import MAX_BYTES, document_id
from pipelines.resources import BalaPaths

documents = dg.DynamicPartitionsDefinition(name="documents")


def wanted_keys(paths: BalaPaths) -> dict[str, str]:
    """Partition key -> file name for every report in the raw folder; two files may not share a key."""
    keys: dict[str, str] = {}
    for path in paths.reports():
        key = document_id(path)
        if key in keys:
            raise ValueError(f"{path.name} and {keys[key]} both map to document id {key!r}; rename one of them")
        keys[key] = path.name
    return keys


def sync(instance: dg.DagsterInstance, paths: BalaPaths) -> tuple[list[str], list[str]]:
    """Make the partitions match the raw folder; returns (added, removed) keys."""
    wanted = set(wanted_keys(paths))
    existing = set(instance.get_dynamic_partitions(documents.name))
    added, removed = sorted(wanted - existing), sorted(existing - wanted)
    if added:
        instance.add_dynamic_partitions(documents.name, added)
    for key in removed:
        instance.delete_dynamic_partition(documents.name, key)
    return added, removed


def content_duplicates(paths: BalaPaths) -> dict[str, str]:
    """Document id -> the earlier file (in name order) with the same bytes, for every later copy."""
    first: dict[str, str] = {}
    copies: dict[str, str] = {}
    for path in paths.reports():
        if path.stat().st_size > MAX_BYTES:  # refused on reading; not worth hashing
            continue
        digest = hashlib.sha256(path.read_bytes()).hexdigest()
        if digest in first:
            copies[document_id(path)] = first[digest]
        else:
            first[digest] = path.name
    return copies


def file_for(paths: BalaPaths, key: str) -> Path:
    """The report file behind a partition key."""
    for path in paths.reports():
        if document_id(path) == key:
            return path
    raise FileNotFoundError(f"no report in {paths.raw} has document id {key!r} (was it removed?)")
