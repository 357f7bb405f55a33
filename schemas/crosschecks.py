"""Row checks that look at more than one column or row of `observation`.

Each function takes the observation frame and returns a boolean Series (True = the row
passes). Where parts and totals disagree every row involved fails: the text does not
say which number is wrong, so none of them is published.
"""

from __future__ import annotations

import pandas as pd

from indicators.catalogue import Catalogue
from indicators.dimensions import BREAKDOWN, KEY, PARTS, SERIES

SHARE_TOLERANCE = 0.15  # percentage points between a stated share and part / whole
_STATED = [*KEY, "source_document"]  # one statement of one value


def _counts(df: pd.DataFrame, cat: Catalogue) -> pd.DataFrame:
    """The rows whose indicator is a count (an empty frame stays an empty frame)."""
    is_count = [c in cat.indicators and cat.indicators[c].kind == "count" for c in df["indicator_code"]]
    return df[pd.Series(is_count, index=df.index, dtype=bool)]


def unit_matches_indicator(df: pd.DataFrame, cat: Catalogue) -> pd.Series:
    expected = df["indicator_code"].map(lambda c: cat.indicators[c].unit if c in cat.indicators else None)
    return df["unit_measure"] == expected


def value_in_indicator_range(df: pd.DataFrame, cat: Catalogue) -> pd.Series:
    bounds = df["indicator_code"].map(lambda c: cat.value_range(c) if c in cat.indicators else (0.0, float("inf")))
    low = bounds.map(lambda b: b[0])
    high = bounds.map(lambda b: b[1])
    return (df["obs_value"] >= low) & (df["obs_value"] <= high)


def count_is_whole(df: pd.DataFrame, cat: Catalogue) -> pd.Series:
    return ~df.index.isin(_counts(df, cat).index) | (df["obs_value"] % 1 == 0)


def period_ordered(df: pd.DataFrame, cat: Catalogue) -> pd.Series:
    return df["period_start"] <= df["period_end"]


def derivation_matches_status(df: pd.DataFrame, cat: Catalogue) -> pd.Series:
    has = df["derivation"].fillna("").str.len() > 0
    return (df["obs_status"] == "E") == has


def parts_sum_to_total(df: pd.DataFrame, cat: Catalogue) -> pd.Series:
    """For counts, where a total and every part of a breakdown are stated: the parts must add up to the total.

    The breakdowns are those whose parts add up (`parts_add_up` in breakdowns.yaml: sex M + F, ...).
    """
    ok = pd.Series(True, index=df.index)
    counts = _counts(df, cat)
    for dim, parts in PARTS.items():
        others = [d for d in _STATED if d != dim]
        for _, group in counts.groupby(others, dropna=False):
            by_code = group.groupby(dim)["obs_value"].agg(list)
            complete = all(c in by_code.index and len(by_code[c]) == 1 for c in ("_T", *parts))
            if complete and abs(sum(by_code[c][0] for c in parts) - by_code["_T"][0]) > 1e-9:
                ok[group.index] = False
    return ok


def years_sum_to_period_total(df: pd.DataFrame, cat: Catalogue) -> pd.Series:
    """For counts, where a total over a period and a value for every year of it are stated: they must agree."""
    ok = pd.Series(True, index=df.index)
    counts = _counts(df, cat)
    others = [*SERIES, "source_document"]
    for _, group in counts.groupby(others, dropna=False):
        yearly = group[group["period_start"] == group["period_end"]].groupby("period_start")["obs_value"].agg(list)
        for idx, total in group[group["period_start"] < group["period_end"]].iterrows():
            years = range(int(total["period_start"]), int(total["period_end"]) + 1)
            complete = all(y in yearly.index and len(yearly[y]) == 1 for y in years)
            if complete and abs(sum(yearly[y][0] for y in years) - total["obs_value"]) > 1e-9:
                in_span = group["period_start"].between(total["period_start"], total["period_end"])
                ok[group.index[in_span & (group["period_start"] == group["period_end"])]] = False
                ok[idx] = False
    return ok


def share_agrees_with_counts(df: pd.DataFrame, cat: Catalogue) -> pd.Series:
    """A share with a `share_of` whole must equal 100 * part / whole within SHARE_TOLERANCE points."""
    ok = pd.Series(True, index=df.index)
    key = [d for d in _STATED if d != "indicator_code"]
    for ind in cat.indicators.values():
        if not ind.share_of:
            continue
        share = df[df["indicator_code"] == ind.code]
        part = df[df["indicator_code"] == ind.concept]
        whole = df[df["indicator_code"] == ind.share_of]
        merged = (
            share.reset_index()
            .merge(part.reset_index(), on=key, suffixes=("", "_part"))
            .merge(whole.reset_index().rename(columns={"index": "index_whole"}), on=key, suffixes=("", "_whole"))
        )
        for _, row in merged.iterrows():
            if (
                row["obs_value_whole"]
                and abs(100 * row["obs_value_part"] / row["obs_value_whole"] - row["obs_value"]) > SHARE_TOLERANCE
            ):
                ok[[row["index"], row["index_part"], row["index_whole"]]] = False
    return ok


# name -> (function, explanation shown in quarantine)
OBSERVATION_CHECKS = {
    "unit_matches_indicator": (
        unit_matches_indicator,
        "unit_measure differs from the indicator's unit in the catalogue",
    ),
    "value_in_indicator_range": (
        value_in_indicator_range,
        "value outside the plausible range for the indicator's unit",
    ),
    "count_is_whole": (count_is_whole, "a count must be a whole number"),
    "period_ordered": (period_ordered, "period_start is after period_end"),
    "derivation_matches_status": (
        derivation_matches_status,
        "'E' values need a derivation and 'A' values must not have one",
    ),
    "parts_sum_to_total": (
        parts_sum_to_total,
        f"the parts of a breakdown ({', '.join(BREAKDOWN[d].name.lower() for d in PARTS)}) do not add up to the "
        "stated total",
    ),
    "years_sum_to_period_total": (
        years_sum_to_period_total,
        "the yearly values do not add up to the stated total for the period",
    ),
    "share_agrees_with_counts": (
        share_agrees_with_counts,
        f"share differs from part / whole by more than {SHARE_TOLERANCE} points",
    ),
}
