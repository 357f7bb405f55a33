"""Validation with the reviewers' decisions applied: what is published, what is quarantined, and what became of
each decision.

A decision is judged by what it does to the published table. One whose row fails validation is withheld
entirely (reported 'quarantined', its row shown in quarantine) and the table is validated again without it, so
a wrong decision never takes down a value the rules read correctly (a key clash, a cross-check). A value the
pipeline derived ('E') is withdrawn when the stated value it was derived from, in its paragraph, is no longer
published as read (rejected, corrected or quarantined): its arithmetic would no longer hold.
"""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from indicators import decisions
from indicators.catalogue import Catalogue
from indicators.dimensions import SERIES
from schemas.tables import conform
from schemas.validation import split

DERIVED_CHECK = "derived_base_withdrawn"


@dataclass(frozen=True)
class Reviewed:
    observation: pd.DataFrame
    quarantine: pd.DataFrame
    review_decision: pd.DataFrame


def _withdraw_derived(valid: pd.DataFrame) -> tuple[pd.DataFrame, pd.DataFrame]:
    """The rows kept, and the 'E' rows whose stated base (same series, document and paragraph, read by the
    rules) is gone."""
    at = [*SERIES, "source_document", "paragraph"]
    bases = valid[(valid["obs_status"] == "A") & (valid["rule"] != decisions.REVIEW_RULE)][at].drop_duplicates()
    derived = valid[valid["obs_status"] == "E"]
    based = derived.reset_index().merge(bases, on=at, how="inner")["index"]
    orphans = derived.drop(index=based)
    why = "derived from a stated value that is no longer published as read (rejected, corrected or quarantined)"
    return valid.drop(index=orphans.index), orphans.assign(check_name=DERIVED_CHECK, reason=why)


def validate(
    candidates: pd.DataFrame,
    decided: pd.DataFrame,
    figures: pd.DataFrame,
    documents: pd.DataFrame,
    catalogue: Catalogue,
) -> Reviewed:
    """Apply `decided` (decisions.read) to the extracted `candidates` and validate; `figures` as anchors.anchored."""
    candidates = conform(candidates, "observation")
    withheld: dict[int, str] = {}
    held: list[pd.DataFrame] = []
    while True:
        applied = decisions.apply(candidates, decided, figures, documents, catalogue, withheld)
        valid, failed = split(conform(applied.observations, "observation"), "observation", catalogue)
        made_rows = failed[failed["rule"] == decisions.REVIEW_RULE]
        keys = [decisions.made_key(r) for _, r in made_rows.iterrows()]
        failing = {n: key for n, key in applied.made.items() if key in keys}
        if not failing:
            break
        for n, key in failing.items():
            rows = made_rows[[k == key for k in keys]]
            withheld[n] = "; ".join(dict.fromkeys(rows["reason"]))
            held.append(rows)
    valid, orphans = _withdraw_derived(valid)
    parts = [f for f in (failed, applied.rejected, *held, orphans) if len(f)]
    quarantine = pd.concat(parts, ignore_index=True) if parts else failed
    return Reviewed(
        valid.reset_index(drop=True),
        conform(quarantine, "quarantine"),
        conform(applied.decisions, "review_decision"),
    )
