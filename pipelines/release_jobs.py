"""Approve and roll back releases from the UI: the same actions as `bala approve` and `bala rollback`."""

from collections.abc import Callable
from pathlib import Path

import dagster as dg

from pipelines.resources import BalaPaths
from publishing import releases
from publishing.publish import PUBLISH_LOCK
from publishing.tables import file_lock


class ReleaseChoice(dg.Config):
    """Which release: its id (or a unique prefix, see `bala releases`); empty for the default."""

    release: str = ""


def _switch(
    context: dg.OpExecutionContext,
    paths: BalaPaths,
    action: Callable[[Path, str | None], releases.Release],
    choice: str,
) -> None:
    with file_lock(paths.curated / PUBLISH_LOCK, wait=True):
        made = action(paths.curated, choice or None)
    context.log.info(f"release {made.id} is current")


@dg.op(description="Make the release waiting for approval current (empty: the newest one waiting).")
def approve(context: dg.OpExecutionContext, config: ReleaseChoice, paths: BalaPaths) -> None:
    _switch(context, paths, releases.approve, config.release)


@dg.op(description="Make an earlier release current again (empty: the one before the current one).")
def rollback(context: dg.OpExecutionContext, config: ReleaseChoice, paths: BalaPaths) -> None:
    _switch(context, paths, releases.rollback, config.release)


@dg.job(description="Approve a staged release: it becomes what bala.duckdb, the compendium and the exports show.")
def approve_release() -> None:
    approve()


@dg.job(description="Roll back to an earlier release (data/curated/releases keeps the last ones; see bala releases).")
def rollback_release() -> None:
    rollback()
