"""Publishing: the DuckDB file and Parquet files, and one compendium table per indicator family."""

import dagster as dg
import duckdb
import pandas as pd

from indicators import catalogue
from pipelines.metadata import markdown
from pipelines.resources import BalaPaths
from publishing.compendium_site import SITE
from publishing.compendium_site import build as build_site
from publishing.exports import write as write_exports
from publishing.tables import publish
from schemas.codelists import reference_tables

GROUP = "published"


@dg.asset(
    group_name=GROUP,
    kinds={"duckdb", "parquet"},
    pool="duckdb_writer",
    description=(
        "data/curated/bala.duckdb and data/curated/<table>.parquet: the validated tables, catalogue, code lists "
        "and compendium views, swapped in atomically (a failed refresh leaves the previous file)."
    ),
)
def bala_duckdb(
    paths: BalaPaths,
    source_document: pd.DataFrame,
    source_text: pd.DataFrame,
    rejected_file: pd.DataFrame,
    sentence: pd.DataFrame,
    figure: pd.DataFrame,
    observation: pd.DataFrame,
    quarantine: pd.DataFrame,
) -> dg.MaterializeResult:
    cat = catalogue.load()
    tables = {
        "source_document": source_document,
        "source_text": source_text,
        "rejected_file": rejected_file,
        "sentence": sentence,
        "figure": figure,
        "observation": observation,
        "quarantine": quarantine,
        **reference_tables(cat, sorted(observation["age"].unique())),
    }
    result = publish(tables, cat, paths.curated)
    return dg.MaterializeResult(
        metadata={
            "path": dg.MetadataValue.path(str(result.duckdb_path.resolve())),
            "row_counts": dg.MetadataValue.json(result.row_counts),
            "observations": result.row_counts["observation"],
            "quarantined": result.row_counts["quarantine"],
            "views": dg.MetadataValue.json(result.views),
        }
    )


@dg.asset(
    group_name=GROUP,
    deps=[bala_duckdb],
    kinds={"html", "svg"},
    description="data/curated/compendium/: the browsable compendium (index by section, a page and a trend chart per "
    "indicator family, sources on hover, quarantine and conflict lists), built from bala.duckdb; opens without a server.",
)
def compendium_site(paths: BalaPaths) -> dg.MaterializeResult:
    index = build_site(paths.duckdb_path, paths.curated)
    pages = sorted(p.name for p in index.parent.glob("*.html"))
    return dg.MaterializeResult(
        metadata={"index": dg.MetadataValue.path(str(index.resolve())), "pages": dg.MetadataValue.json(pages)}
    )


@dg.asset(
    group_name=GROUP,
    deps=[bala_duckdb],
    kinds={"csv", "excel"},
    description="data/curated/exports/: bala_observations.csv (every observation with names and sources) and "
    "bala_compendium.xlsx (a sheet per compendium table, plus sources, documents and quarantine sheets).",
)
def exports(paths: BalaPaths) -> dg.MaterializeResult:
    files = write_exports(paths.duckdb_path, paths.curated)
    return dg.MaterializeResult(metadata={k: dg.MetadataValue.path(str(v.resolve())) for k, v in files.items()})


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
            deps=[bala_duckdb, compendium_site],
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
    site = paths.curated / SITE
    with duckdb.connect(str(paths.duckdb_path), read_only=True) as con:
        for key in sorted(context.selected_asset_keys, key=lambda k: k.to_user_string()):
            family = key.path[-1]
            table = con.execute(f'SELECT * FROM "v_{family}"').df()
            yield dg.MaterializeResult(
                asset_key=key,
                metadata={
                    "dagster/row_count": len(table),
                    "compendium_table": dg.MetadataValue.md(markdown(table, 50)),
                    "page": dg.MetadataValue.path(str((site / f"{family}.html").resolve())),
                    "chart": dg.MetadataValue.path(str((site / "charts" / f"{family}.svg").resolve())),
                },
            )
