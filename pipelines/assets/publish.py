"""Publishing: the DuckDB file and Parquet files, and one compendium table per indicator family."""

import dagster as dg
import duckdb
import pandas as pd

from indicators import catalogue
from pipelines.metadata import markdown
from pipelines.publish import publish
from pipelines.resources import BalaPaths
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
    automation_condition=dg.AutomationCondition.eager(),
)
def bala_duckdb(
    paths: BalaPaths,
    source_document: pd.DataFrame,
    sentence: pd.DataFrame,
    figure: pd.DataFrame,
    observation: pd.DataFrame,
    quarantine: pd.DataFrame,
) -> dg.MaterializeResult:
    cat = catalogue.load()
    tables = {
        "source_document": source_document,
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


def _family_asset(family: str, section: str, names: list[str]) -> dg.AssetsDefinition:
    @dg.asset(
        name=family,
        group_name=section.lower(),
        deps=[bala_duckdb],
        kinds={"duckdb"},
        description=f"Compendium table v_{family} in bala.duckdb (rows: breakdowns; columns: periods). Indicators: "
        + "; ".join(names),
        automation_condition=dg.AutomationCondition.eager(),
    )
    def _asset(paths: BalaPaths) -> dg.MaterializeResult:
        with duckdb.connect(str(paths.duckdb_path), read_only=True) as con:
            table = con.execute(f'SELECT * FROM "v_{family}"').df()
        return dg.MaterializeResult(
            metadata={"dagster/row_count": len(table), "compendium_table": dg.MetadataValue.md(markdown(table, 50))}
        )

    return _asset


def family_assets() -> list[dg.AssetsDefinition]:
    """One asset per indicator family, grouped under the compendium section of its indicators."""
    families: dict[str, tuple[str, list[str]]] = {}
    for ind in catalogue.load().indicators.values():
        families.setdefault(ind.family, (ind.section, []))[1].append(ind.code)
    return [_family_asset(f, s, names) for f, (s, names) in families.items()]
