"""Writing what users read: the DuckDB file and Parquet, the compendium site, the exports. No Dagster here:
the assets and the `bala` command both call it."""
