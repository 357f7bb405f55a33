"""One publish: a new release built complete (tables, diff, site, exports), then made current or staged.

Publishes take the publish lock one at a time; each first removes what a killed one left behind.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from indicators.catalogue import Catalogue
from indicators.version import code_version
from publishing import releases
from publishing.changes import changes
from publishing.compendium_site import build as build_site
from publishing.exports import write as write_exports
from publishing.tables import DATABASE, Published, file_lock
from publishing.tables import write as write_tables
from schemas.validation import failures

PUBLISH_LOCK = ".bala-publish.lock"
COUNTED = ("source_document", "figure", "observation", "quarantine", "release_change")


@dataclass(frozen=True)
class Outcome:
    release: releases.Release
    tables: Published
    site_index: Path
    exports: dict[str, Path]
    change: pd.DataFrame  # the release's `release_change` rows
    pruned: list[str]


@contextlib.contextmanager
def _repaired(curated: Path) -> Iterator[list[Path]]:
    """Hold the publish lock for the block, the folder first repaired (see `releases.repair`): what was removed."""
    curated.mkdir(parents=True, exist_ok=True)
    with file_lock(curated / PUBLISH_LOCK, wait=True):
        yield releases.repair(curated)


def tidy(curated: Path) -> list[Path]:
    """Repair the curated folder after killed publishes, under the publish lock."""
    with _repaired(curated) as removed:
        return removed


def switch_to(curated: Path, move: Callable[[Path, str | None], releases.Release], release_id: str | None):
    """Roll back or approve (`move`), after a repair, under the publish lock."""
    with _repaired(curated):
        return move(curated, release_id)


def publish(
    tables: dict[str, pd.DataFrame],
    catalogue: Catalogue,
    curated: Path,
    run_id: str,
    stage: bool,
    keep: int,
    publish_state: str | None,
) -> Outcome:
    """Build a release of `tables` and make it current (or, with `stage`, leave it waiting for approval)."""
    with _repaired(curated):
        before = releases.current(curated)
        folder = releases.begin(curated, run_id)
        change = changes(
            tables["observation"],
            set(tables["source_document"]["source_document"]),
            before.path / DATABASE if before else None,
            folder.name,
            before.id if before else None,
        )
        wrong = failures(change, "release_change", catalogue)
        if len(wrong):
            raise ValueError(f"release_change fails its schema: {wrong.head(5).to_dict('records')}")
        written = write_tables({**tables, "release_change": change}, catalogue, folder)
        index = build_site(written.duckdb_path, folder, before.path if before else None)
        files = write_exports(written.duckdb_path, folder)
        release = releases.complete(
            folder,
            {
                "run_id": run_id,
                "previous_release": before.id if before else None,
                "documents": sorted(tables["source_document"]["source_document"]),
                "counts": {t: written.row_counts[t] for t in COUNTED},
                "changes": change["change"].value_counts().sort_index().to_dict(),
                "code_version": code_version(),
                "publish_state": publish_state,
                "waiting_for_approval": stage,
            },
        )
        if not stage:
            releases.switch(curated, release)
        pruned = releases.prune(curated, keep)
    return Outcome(release, written, index, files, change, pruned)
