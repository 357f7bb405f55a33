"""Approve and roll back releases from the UI: the same actions as `bala approve` and `bala rollback`."""

from collections.abc import Callable
from pathlib import Path

import dagster as dg

from pipelines.release_cli import release_table
from pipelines.resources import BalaPaths
from publishing import releases
from publishing.publish import switch_to


class ReleaseChoice(dg.Config):
    """Which release: its id (or a unique prefix, see `bala releases`); empty for the default."""

    release: str = ""


def _switch(
    context: dg.OpExecutionContext,
    paths: BalaPaths,
    action: Callable[[Path, str | None], releases.Release],
    choice: str,
) -> None:
    made = switch_to(paths.curated, action, choice or None)
    context.log.info(f"release {made.id} is current")


@dg.op(description="Make the release waiting for approval current (empty: the newest one waiting).")
def approve(context: dg.OpExecutionContext, config: ReleaseChoice, paths: BalaPaths) -> None:
    _switch(context, paths, releases.approve, config.release)


@dg.op(description="Make an earlier release current again (empty: the one before the current one).")
def rollback(context: dg.OpExecutionContext, config: ReleaseChoice, paths: BalaPaths) -> None:
    _switch(context, paths, releases.rollback, config.release)


@dg.op(description="List the kept releases, as `bala releases` does (see the run's log and output metadata).")
def list_kept(context: dg.OpExecutionContext, paths: BalaPaths):
    table = release_table(paths)
    context.log.info(table)
    yield dg.Output(None, metadata={"releases": dg.MetadataValue.md(f"```\n{table}\n```")})


@dg.job(
    description="List the kept releases: id, time, documents, counts, changes, code version; the current one marked."
)
def list_releases() -> None:
    list_kept()


@dg.job(description="Approve a staged release: it becomes what bala.duckdb, the compendium and the exports show.")
def approve_release() -> None:
    approve()


@dg.job(description="Roll back to an earlier release (data/curated/releases keeps the last ones; see bala releases).")
def rollback_release() -> None:
    rollback()
