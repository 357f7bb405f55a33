"""Asset checks generated from the Pandera schemas: one blocking check per curated table.

A failed check names every failing row (as metadata and a markdown sample) and, being
blocking, stops the DuckDB publish in the same run, so the published file keeps its last
good state. The quarantine table gets one more, non-blocking check that warns when
anything was rejected, so a statistician sees it in the UI; the reviewers' decisions get one that warns when
a decision was not applied (stale or invalid).
"""

import dagster as dg
import pandas as pd

from indicators import catalogue
from indicators.dimensions import KEY
from pipelines.assets.tables import CURATED
from pipelines.metadata import markdown
from schemas.validation import failures


def schema_check(table: str) -> dg.AssetChecksDefinition:
    """A blocking check that validates the table against its generated Pandera schema."""

    @dg.asset_check(
        asset=table,
        name=f"{table}_matches_schema",
        blocking=True,
        description=f"Validates `{table}` against its Pandera schema (types, code lists, ranges, key, cross-checks).",
    )
    def _check(asset_value: pd.DataFrame) -> dg.AssetCheckResult:
        fc = failures(asset_value, table, catalogue.load())
        by_check = fc["check"].astype(str).value_counts().to_dict() if len(fc) else {}
        return dg.AssetCheckResult(
            passed=fc.empty,
            metadata={
                "rows": len(asset_value),
                "failure_cases": len(fc),
                "failures_by_check": dg.MetadataValue.json(by_check),
                "failing_rows_sample": dg.MetadataValue.md(
                    markdown(fc[["column", "check", "failure_case", "index"]]) if len(fc) else "none"
                ),
            },
        )

    return _check


@dg.asset_check(
    asset="quarantine",
    name="quarantine_is_empty",
    blocking=False,
    description="Warns when candidate observations were rejected; the metadata lists them with the failed check.",
)
def quarantine_is_empty(asset_value: pd.DataFrame) -> dg.AssetCheckResult:
    cols = [
        *KEY,
        "obs_value",
        "source_document",
        "paragraph",
        "check_name",
        "reason",
    ]
    return dg.AssetCheckResult(
        passed=asset_value.empty,
        severity=dg.AssetCheckSeverity.WARN,
        metadata={
            "quarantined_rows": len(asset_value),
            "rows": dg.MetadataValue.md(markdown(asset_value[cols], 50) if len(asset_value) else "none"),
        },
    )


@dg.asset_check(
    asset="review_decision",
    name="decisions_all_apply",
    blocking=False,
    description="Warns when a decision of data/review/decisions.csv was not applied: stale (its sentence changed "
    "or is gone, or the rules now publish the figure) or invalid. Such a decision is never applied silently; "
    "the view v_review_stale lists them.",
)
def decisions_all_apply(asset_value: pd.DataFrame) -> dg.AssetCheckResult:
    unapplied = asset_value[asset_value["decision_status"].isin(["stale", "invalid"])]
    cols = ["decision", "decision_status", "reason", "action", "source_document", "paragraph", "figure_text"]
    return dg.AssetCheckResult(
        passed=unapplied.empty,
        severity=dg.AssetCheckSeverity.WARN,
        metadata={
            "decisions": len(asset_value),
            "not_applied": len(unapplied),
            "rows": dg.MetadataValue.md(markdown(unapplied[cols], 50) if len(unapplied) else "none"),
        },
    )


schema_checks = [schema_check(t) for t in CURATED]
all_checks = [*schema_checks, quarantine_is_empty, decisions_all_apply]
