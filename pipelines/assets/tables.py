"""The curated tables: all documents combined; observations validated, failures quarantined."""

import dagster as dg
import pandas as pd

from indicators import catalogue, decisions
from indicators.anchors import anchored
from indicators.review_queue import queue
from pipelines.metadata import markdown, table_metadata
from pipelines.raw_folder import rejected_files, survey
from pipelines.resources import BalaPaths
from schemas import reviewed
from schemas.tables import TABLES, conform

GROUP = "curated"
# the tables the assets of this module make: what a release publishes (besides the code lists) and what the
# schema checks validate
CURATED = (
    "source_document",
    "source_text",
    "rejected_file",
    "sentence",
    "figure",
    "observation",
    "quarantine",
    "review_decision",
    "review_queue",
)
# A document whose file could not be read has no stored extraction: leave it out (and say so in the run)
# rather than fail the whole publish. A document read before keeps its last good extraction.
_SKIP_FAILED_DOCUMENTS = {"allow_missing_partitions": True}


def combine(parts: dict[str, pd.DataFrame] | pd.DataFrame | None, table: str) -> pd.DataFrame:
    """All partitions of a per-document stage as one frame with the table's columns, in document order (a stage
    may carry more columns than one table: the document's text goes to `source_text`, its metadata elsewhere)."""
    if parts is None:
        frames: list[pd.DataFrame] = []
    elif isinstance(parts, pd.DataFrame):
        frames = [parts]
    else:
        frames = [parts[k] for k in sorted(parts)]
    frames = [conform(f[[c for c in f.columns if c in TABLES[table].columns]], table) for f in frames if len(f)]
    if not frames:
        return conform(pd.DataFrame(), table)
    return pd.concat(frames, ignore_index=True)


def _combined_asset(table: str, upstream: str) -> dg.AssetsDefinition:
    @dg.asset(
        name=table,
        group_name=GROUP,
        ins={"parts": dg.AssetIn(upstream, metadata=_SKIP_FAILED_DOCUMENTS)},
        kinds={"pandas"},
        description=TABLES[table].description,
    )
    def _asset(parts) -> dg.Output[pd.DataFrame]:
        df = combine(parts, table)
        return dg.Output(df, metadata=table_metadata(table, df))

    return _asset


_DOCUMENT_TABLES = ("source_document", "source_text")


@dg.multi_asset(
    group_name=GROUP,
    ins={"parts": dg.AssetIn("document_text", metadata=_SKIP_FAILED_DOCUMENTS)},
    outs={name: dg.AssetOut(description=TABLES[name].description, kinds={"pandas"}) for name in _DOCUMENT_TABLES},
)
def source_documents(parts):
    """Each document's metadata and the text it was read into, in one step (one pass over the documents)."""
    for name in _DOCUMENT_TABLES:
        df = combine(parts, name)
        yield dg.Output(df, name, metadata=table_metadata(name, df))


sentence = _combined_asset("sentence", "document_sentences")
figure = _combined_asset("figure", "document_figures")


@dg.multi_asset(
    group_name=GROUP,
    ins={
        "parts": dg.AssetIn("document_observations", metadata=_SKIP_FAILED_DOCUMENTS),
        "figure": dg.AssetIn("figure"),
        "sentence": dg.AssetIn("sentence"),
        "source_document": dg.AssetIn("source_document"),
    },
    outs={
        name: dg.AssetOut(description=TABLES[name].description, kinds=kinds)
        for name, kinds in (
            ("observation", {"pandas", "pandera"}),
            ("quarantine", {"pandas", "pandera"}),
            ("review_decision", {"pandas", "csv"}),
        )
    },
)
def validated_observations(
    parts, figure: pd.DataFrame, sentence: pd.DataFrame, source_document: pd.DataFrame, paths: BalaPaths
):
    """Apply the reviewers' decisions to the extracted observations, then validate every candidate with the
    Pandera schema: failing rows go to quarantine, with the observations a reviewer rejected."""
    cat = catalogue.load()
    figures = anchored(figure, sentence)
    result = reviewed.validate(
        combine(parts, "observation"), decisions.read(paths.decisions), figures, source_document, cat
    )
    valid, rejected, outcomes = result.observation, result.quarantine, result.review_decision
    by_check = rejected["check_name"].str.split(";").explode().value_counts().to_dict() if len(rejected) else {}
    yield dg.Output(valid, "observation", metadata=table_metadata("observation", valid))
    yield dg.Output(
        rejected,
        "quarantine",
        metadata={
            **table_metadata("quarantine", rejected),
            "failed_checks": dg.MetadataValue.json(by_check),
            "preview": dg.MetadataValue.md(
                markdown(rejected[["indicator_code", "period_start", "obs_value", "check_name", "reason"]])
            ),
        },
    )
    yield dg.Output(
        outcomes,
        "review_decision",
        metadata={
            **table_metadata("review_decision", outcomes),
            "file": dg.MetadataValue.path(str(paths.decisions)),
            "by_status": dg.MetadataValue.json(outcomes["decision_status"].value_counts().to_dict()),
        },
    )


@dg.asset(
    group_name=GROUP,
    kinds={"pandas"},
    description=TABLES["review_queue"].description,
)
def review_queue(
    figure: pd.DataFrame,
    sentence: pd.DataFrame,
    observation: pd.DataFrame,
    quarantine: pd.DataFrame,
    review_decision: pd.DataFrame,
) -> dg.Output[pd.DataFrame]:
    """Most useful first; a figure with a decision applied or noted has left the queue."""
    seen = review_decision["decision_status"].isin(["applied", "noted"])  # a withheld decision leaves it queued
    df = conform(
        queue(anchored(figure, sentence), observation, quarantine, set(review_decision.loc[seen, "review_id"])),
        "review_queue",
    )
    shown = [
        "priority",
        "review_id",
        "source_document",
        "paragraph",
        "in_context",
        "candidate_indicator",
        "period_start",
        "reason",
    ]
    return dg.Output(
        df,
        metadata={
            **table_metadata("review_queue", df),
            "by_status": dg.MetadataValue.json(df["queue_status"].value_counts().to_dict()),
            "preview": dg.MetadataValue.md(markdown(df[shown], 25)),
        },
    )


@dg.asset(
    group_name=GROUP,
    kinds={"pandas"},
    description=TABLES["rejected_file"].description,
)
def rejected_file(paths: BalaPaths) -> dg.Output[pd.DataFrame]:
    """Surveyed at publish time: what the summary and the sensor name, as a table."""
    problems = rejected_files(survey(paths.raw))
    df = conform(pd.DataFrame({"file_name": list(problems), "reason": list(problems.values())}), "rejected_file")
    return dg.Output(df, metadata={**table_metadata("rejected_file", df), "preview": dg.MetadataValue.md(markdown(df))})
