"""The review queue: what a statistician could place or check, most useful first.

Three kinds of entry: statistics the rules did not publish (a share, a count without a period, a dated
count the catalogue does not place), with the pipeline's guess; values validation quarantined, with the
check that failed; and published values of low certainty (a period taken from outside the sentence, or a
value derived 'E'). A figure with a decision leaves the
queue: accepted or corrected, it is published; rejected or noted, it has been seen.
"""

from __future__ import annotations

import pandas as pd

from indicators.bind import NO_INDICATOR
from indicators.rules import LOW_CERTAINTY

UNPUBLISHED_ROLES = ("share", "uncatalogued", "undated")
QUEUE_COLUMNS = (
    "priority",
    "review_id",
    "queue_status",
    "source_document",
    "paragraph",
    "sentence_index",
    "figure_index",
    "figure_text",
    "value",
    "unit",
    "in_context",
    "candidate_indicator",
    "period_start",
    "period_end",
    "candidate_age",
    "candidate_breakdown",
    "reason",
    "sentence_hash",
    "occurrence",
    "quote",
)  # the columns of table `review_queue`, in order
_UNREAD = "in a heading or a table row the rules do not read as statistics"
_WINDOW = 70  # characters of the sentence kept on each side of the figure


def in_context(quote: str, sentence_start: int, start: int, end: int, text: str) -> str:
    """The figure marked «like this» in its sentence, shortened to about _WINDOW characters each side."""
    if not text:
        return quote
    a, b = start - sentence_start, end - sentence_start
    before, figure, after = quote[max(0, a - _WINDOW) : a], quote[a:b], quote[b : b + _WINDOW]
    if figure != text:  # the quote is not character-aligned with the source (Word artefacts removed)
        return quote
    lead = "…" if a > _WINDOW else ""
    tail = "…" if b + _WINDOW < len(quote) else ""
    return f"{lead}{before}«{figure}»{after}{tail}"


def _score(row: pd.Series) -> int:
    """A dated figure with a catalogue subject first, then one or the other, then a bare number. A subject
    guessed from the paragraph's topic counts for less than one the sentence names, and one the reason
    contradicts ("counts 'families', which is not what TSA_RECIPIENTS counts") for least."""
    guess = row["candidate_indicator"]
    if pd.isna(guess):
        guessed = 0
    elif guess in row["reason"] and row["queue_status"] == "unpublished":
        guessed = 1
    else:
        guessed = 2 if row["reason"] == NO_INDICATOR else 4
    dated = 2 if pd.notna(row["period_start"]) else 0
    return guessed + dated + (1 if row["queue_status"] != "low certainty" else 0)


def queue(
    figures: pd.DataFrame, observations: pd.DataFrame, quarantine: pd.DataFrame, decided: set[str]
) -> pd.DataFrame:
    """The queue from `anchors.anchored` figures, the published observations and the quarantine; `decided`:
    review ids with a decision applied or noted."""
    if figures.empty:
        return pd.DataFrame(columns=list(QUEUE_COLUMNS))
    unpublished = figures[figures["role"].isin(UNPUBLISHED_ROLES)].assign(queue_status="unpublished")
    doubtful = observations[observations["rule"].isin(LOW_CERTAINTY) | (observations["obs_status"] == "E")]
    why = doubtful.assign(
        why=[
            f"derived: {d}" if s == "E" else f"period from outside its sentence (rule {r})"
            for s, d, r in zip(doubtful["obs_status"], doubtful["derivation"], doubtful["rule"], strict=True)
        ],
        guess=doubtful["indicator_code"],
    ).drop_duplicates(["source_document", "figure_index"])
    low = figures.merge(
        why[["source_document", "figure_index", "why", "guess", "period_start", "period_end"]],
        on=["source_document", "figure_index"],
        suffixes=("_figure", ""),
    )
    low = low.assign(queue_status="low certainty", reason=low["why"], candidate_indicator=low["guess"])
    failed = quarantine.assign(why=quarantine["reason"], guess=quarantine["indicator_code"]).drop_duplicates(
        ["source_document", "figure_index"]
    )
    held = figures.merge(
        failed[["source_document", "figure_index", "why", "guess", "period_start", "period_end"]],
        on=["source_document", "figure_index"],
        suffixes=("_figure", ""),
    )
    held = held.assign(queue_status="quarantined", reason=held["why"], candidate_indicator=held["guess"])
    keep = [*unpublished.columns.drop("queue_status"), "queue_status"]
    out = pd.concat([unpublished, low[keep], held[keep]], ignore_index=True)
    out = out[~out["review_id"].isin(decided)].drop_duplicates("review_id")
    if out.empty:
        return pd.DataFrame(columns=list(QUEUE_COLUMNS))
    out = out.assign(
        reason=out["reason"].where(out["reason"].fillna("") != "", _UNREAD),
        figure_text=out["text"],
        in_context=[
            in_context(q, s, a, b, t)
            for q, s, a, b, t in zip(
                out["quote"], out["sentence_start"], out["char_start"], out["char_end"], out["text"], strict=True
            )
        ],
    )
    out["score"] = out.apply(_score, axis=1)
    out = out.sort_values(["score", "source_document", "char_start"], ascending=[False, True, True], ignore_index=True)
    out["priority"] = range(1, len(out) + 1)
    return out[list(QUEUE_COLUMNS)]
