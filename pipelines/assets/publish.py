"""Publishing: one release (DuckDB and Parquet files, compendium site, exports) per run, and one compendium
table per indicator family."""

from collections.abc import Mapping

import dagster as dg
import duckdb
import pandas as pd

from indicators import catalogue
from pipelines.assets.tables import CURATED
from pipelines.automation import STATE_TAG
from pipelines.metadata import markdown
from pipelines.resources import BalaPaths
from pipelines.settings import Settings, load_settings
from publishing import releases
from publishing.compendium_site import SITE
from publishing.publish import publish
from publishing.tables import DATABASE
from schemas.codelists import reference_tables
from schemas.ddl import HEADINGS, LABELS, period_label

GROUP = "published"
STAGE_TAG = "bala/stage"  # a run with this tag stages its release for approval (`bala refresh --stage`)
AUTOMATED = ("dagster/sensor_name", "dagster/schedule_name")  # tags of runs a sensor or a schedule launched


def stages(tags: Mapping[str, str], settings: Settings) -> bool:
    """Whether a run's release waits for approval: asked for, or made by automation under that setting."""
    automated = any(t in tags for t in AUTOMATED)
    return STAGE_TAG in tags or (settings.approval == "approve-automated" and automated)


# each output of a release: kinds, what it is made from, what it is
_OUTPUTS = {
    "bala_duckdb": (
        {"duckdb", "parquet"},
        CURATED,
        "`data/curated/bala.duckdb` and `data/curated/<table>.parquet`: the validated tables, catalogue, code lists, "
        "compendium views and what changed since the last release (release_change).",
    ),
    "compendium_site": (
        {"html", "svg"},
        ("bala_duckdb",),
        "`data/curated/compendium/`: the browsable compendium (index by section, a page and a trend chart per "
        "indicator family, sources on hover, quarantine, conflicts and what changed); no server needed.",
    ),
    "exports": (
        {"csv", "excel"},
        ("bala_duckdb",),
        "`data/curated/exports/`: `bala_observations.csv` (every observation with names and sources) and "
        "`bala_compendium.xlsx` (a sheet per compendium table, plus sources, documents and quarantine sheets).",
    ),
}


@dg.multi_asset(
    specs=[
        dg.AssetSpec(key, kinds=kinds, deps=list(deps), description=description)
        for key, (kinds, deps, description) in _OUTPUTS.items()
    ],
    group_name=GROUP,
    pool="duckdb_writer",
    ins={name: dg.AssetIn(name) for name in CURATED},
    description="One release: every output built complete in data/curated/releases/<id>/, then made current by one "
    "switch (or, for automated runs under releases.approval = approve-automated, left waiting for approval).",
)
def release(context: dg.AssetExecutionContext, paths: BalaPaths, **tables: pd.DataFrame):
    cat = catalogue.load()
    settings = load_settings()
    tags = context.run.tags
    outcome = publish(
        {**tables, **reference_tables(cat, sorted(tables["observation"]["age"].unique()))},
        cat,
        paths.curated,
        context.run.run_id,
        stage=stages(tags, settings),
        keep=settings.keep_releases,
        publish_state=tags.get(STATE_TAG),
    )
    rel = outcome.release
    status = f"waiting for approval: bala approve {rel.id}" if rel.staged else "current"
    counts = rel.manifest["changes"]
    yield dg.MaterializeResult(
        asset_key="bala_duckdb",
        metadata={
            "release": rel.id,
            "release_status": status,
            "changes": dg.MetadataValue.json(counts),
            "what_changed": dg.MetadataValue.md(markdown(_change_preview(outcome.change), 50) if counts else "nothing"),
            "path": dg.MetadataValue.path(str(outcome.tables.duckdb_path)),
            "row_counts": dg.MetadataValue.json(outcome.tables.row_counts),
            "observations": outcome.tables.row_counts["observation"],
            "quarantined": outcome.tables.row_counts["quarantine"],
            "views": dg.MetadataValue.json(outcome.tables.views),
            "releases_removed": dg.MetadataValue.json(outcome.pruned),
        },
    )
    pages = sorted(p.name for p in outcome.site_index.parent.glob("*.html"))
    yield dg.MaterializeResult(
        asset_key="compendium_site",
        metadata={"index": dg.MetadataValue.path(str(outcome.site_index)), "pages": dg.MetadataValue.json(pages)},
    )
    yield dg.MaterializeResult(
        asset_key="exports", metadata={k: dg.MetadataValue.path(str(v)) for k, v in outcome.exports.items()}
    )


def _figure(value: float | None) -> str:
    if value is None or pd.isna(value):
        return ""
    return f"{value:,.0f}" if float(value).is_integer() else f"{value:,g}"


def _change_preview(change: pd.DataFrame) -> pd.DataFrame:
    """The diff as the UI shows it: what changed, before and now, then where."""
    periods = [
        period_label(a, b) if pd.notna(a) else ""
        for a, b in zip(change["period_start"], change["period_end"], strict=True)
    ]
    return change.assign(period=periods)[
        ["change", "indicator_code", "ref_area", "period", "old_value", "new_value", "source_document"]
    ]


def _families() -> dict[str, tuple[str, list[str]]]:
    """Each indicator family with its compendium section and its indicators."""
    families: dict[str, tuple[str, list[str]]] = {}
    for ind in catalogue.load().indicators.values():
        families.setdefault(ind.family, (ind.section, []))[1].append(ind.code)
    return families


@dg.multi_asset(
    specs=[
        dg.AssetSpec(
            family,
            group_name=section.lower(),
            deps=["bala_duckdb", "compendium_site"],
            kinds={"duckdb"},
            description=f"Compendium table v_{family} in bala.duckdb (rows: breakdowns; columns: periods). "
            "Indicators: " + "; ".join(names),
        )
        for family, (section, names) in _families().items()
    ],
    can_subset=True,
)
def compendium_tables(context: dg.AssetExecutionContext, paths: BalaPaths):
    """Every compendium table in one step (one read of bala.duckdb), each still its own asset in the UI."""
    rel = releases.made_by(paths.curated, context.run.run_id) or releases.current(paths.curated)
    if rel is None:
        raise ValueError(f"nothing is published in {paths.curated} yet: materialise bala_duckdb first")
    site = rel.path / SITE
    with duckdb.connect(str(rel.path / DATABASE), read_only=True) as con:
        for key in sorted(context.selected_asset_keys, key=lambda k: k.to_user_string()):
            family = key.path[-1]
            table = con.execute(f'SELECT * FROM "v_{family}"').df()
            periods = [c for c in table.columns if c[:4].isdigit()]
            shown = table[[*LABELS, *periods]].rename(columns=HEADINGS)
            for period in periods:  # 2,234 and 81.8; an empty cell, not 'nan' or 'None'
                shown[period] = [_figure(v) for v in table[period]]
            yield dg.MaterializeResult(
                asset_key=key,
                metadata={
                    "dagster/row_count": len(table),
                    "release": rel.id,
                    "compendium_table": dg.MetadataValue.md(markdown(shown, 50)),
                    "page": dg.MetadataValue.path(str(site / f"{family}.html")),
                    "chart": dg.MetadataValue.path(str(site / "charts" / f"{family}.svg")),
                },
            )
