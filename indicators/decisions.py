"""A statistician's decisions (data/review/decisions.csv), applied after extraction and before validation.

One row per decision, anchored to a figure by `indicators.anchors`: `accept` a figure the rules did not
publish as an observation, `reject` an observation the rules published, `correct` the value or period of
one, or only `note` something about a figure. A decision whose anchor no longer matches the report is
stale and is never applied; a row that cannot be read as a decision is invalid. Rows a decision makes go
through the same validation as the rules' rows, so a wrong decision is quarantined, not published.
"""

from __future__ import annotations

import csv
import math
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from indicators.catalogue import Catalogue
from indicators.dimensions import BREAKDOWNS, CODES, KEY, TOTAL

ACTIONS = ("accept", "reject", "correct", "note")
FILE_COLUMNS = (
    "action",
    "source_document",
    "paragraph",
    "sentence_hash",
    "figure_text",
    "occurrence",
    "indicator_code",
    "ref_area",
    "breakdown",
    "age",
    "period_start",
    "period_end",
    "obs_value",
    "decided_by",
    "decided_on",
    "note",
)
REQUIRED = ("action", "source_document", "sentence_hash", "figure_text")
REVIEW_RULE = "review"
REJECTED_CHECK = "review_rejected"
_INTEGERS = ("paragraph", "occurrence", "period_start", "period_end")


class DecisionsError(ValueError):
    """The decisions file as a whole cannot be read (not CSV, unknown or missing columns)."""


def read(path: Path) -> pd.DataFrame:
    """The decisions, all columns as text ('' when empty); no file means no decisions."""
    if not path.exists():
        return pd.DataFrame(columns=list(FILE_COLUMNS))
    try:
        df = pd.read_csv(path, dtype=str, keep_default_na=False, encoding="utf-8", skipinitialspace=True)
    except (pd.errors.ParserError, pd.errors.EmptyDataError, UnicodeDecodeError) as exc:
        if isinstance(exc, pd.errors.EmptyDataError):
            return pd.DataFrame(columns=list(FILE_COLUMNS))
        raise DecisionsError(f"{path}: not readable as UTF-8 CSV ({exc})") from exc
    unknown = [c for c in df.columns if c not in FILE_COLUMNS]
    missing = [c for c in REQUIRED if c not in df.columns]
    if unknown or missing:
        raise DecisionsError(
            f"{path}: unknown columns {unknown}, missing columns {missing}; the columns are: {', '.join(FILE_COLUMNS)}"
        )
    return df.reindex(columns=list(FILE_COLUMNS), fill_value="").map(str.strip)


def append(path: Path, row: dict[str, object]) -> int:
    """Add one decision at the end of the file (created with its header); returns its row number."""
    unknown = set(row) - set(FILE_COLUMNS)
    if unknown:
        raise DecisionsError(f"not columns of the decisions file: {sorted(unknown)}")
    before = len(read(path))
    path.parent.mkdir(parents=True, exist_ok=True)
    new = not path.exists() or path.stat().st_size == 0
    with path.open("a", encoding="utf-8", newline="") as out:
        writer = csv.DictWriter(out, fieldnames=list(FILE_COLUMNS), lineterminator="\n")
        if new:
            writer.writeheader()
        writer.writerow({c: "" if row.get(c) is None else row[c] for c in FILE_COLUMNS})
    return before + 1


def parse_breakdown(text: str) -> dict[str, str]:
    """'sex=F; residence=R' -> {'sex': 'F', 'residence': 'R'}; a dimension bala does not have is an error."""
    parts: dict[str, str] = {}
    for piece in filter(None, (p.strip() for p in text.replace(",", ";").split(";"))):
        name, eq, code = (s.strip() for s in piece.partition("="))
        if not eq or not code or name not in BREAKDOWNS:
            raise ValueError(f"breakdown {piece!r} is not 'dimension=code' with a dimension of {', '.join(BREAKDOWNS)}")
        parts[name] = code
    return parts


@dataclass
class Applied:
    """Candidates with the decisions applied; what reviewers rejected; and each decision's outcome."""

    observations: pd.DataFrame
    rejected: pd.DataFrame
    decisions: pd.DataFrame
    made: dict[int, tuple[str, int]] = field(default_factory=dict)  # decision -> (document, figure) of its row


class _Invalid(ValueError):
    pass


class _Stale(ValueError):
    pass


def _number(text: str, name: str, integer: bool) -> float | int | None:
    if text == "":
        return None
    try:
        value = float(text.replace(",", "")) if not integer else int(text)
    except ValueError as exc:
        raise _Invalid(f"{name} {text!r} is not a number") from exc
    if isinstance(value, float) and not math.isfinite(value):
        raise _Invalid(f"{name} {text!r} is not a number")
    return value


def _figure(figures: pd.DataFrame, d: dict) -> pd.Series:
    """The one figure a decision is anchored to (its paragraph may have been renumbered since)."""
    in_doc = figures[figures["source_document"] == d["source_document"]]
    if in_doc.empty:
        raise _Stale(f"document {d['source_document']} is not among the documents read")
    same = in_doc[
        (in_doc["sentence_hash"] == d["sentence_hash"])
        & (in_doc["text"] == d["figure_text"])
        & (in_doc["occurrence"] == (d["occurrence"] or 1))
    ]
    if same.empty:
        raise _Stale(
            f"no figure '{d['figure_text']}' in a sentence with hash {d['sentence_hash']} in {d['source_document']}: "
            "the sentence was edited or removed"
        )
    here = same[same["paragraph"] == d["paragraph"]] if d["paragraph"] is not None else same.iloc[0:0]
    if len(here) == 1:
        return here.iloc[0]
    if len(same) == 1:
        return same.iloc[0]
    raise _Invalid(f"the sentence occurs {len(same)} times in {d['source_document']}: give the paragraph")


def _chosen(candidates: pd.DataFrame, fig: pd.Series, d: dict, by_period: bool) -> pd.Index:
    """The observations made from the figure that the decision names (all of them when it names none)."""
    rows = candidates[
        (candidates["source_document"] == fig["source_document"]) & (candidates["figure_index"] == fig["figure_index"])
    ]
    if d["indicator_code"]:
        rows = rows[rows["indicator_code"] == d["indicator_code"]]
    if d["ref_area"]:
        rows = rows[rows["ref_area"] == d["ref_area"]]
    for name, code in d["parts"].items():
        rows = rows[rows[name] == code]
    if by_period and d["period_start"] is not None:
        rows = rows[rows["period_start"] == d["period_start"]]
    if by_period and d["period_end"] is not None:
        rows = rows[rows["period_end"] == d["period_end"]]
    if rows.empty:
        raise _Stale("nothing is published from this figure (with what the decision names)")
    return rows.index


def _provenance(d: dict) -> dict:
    return {
        "rule": REVIEW_RULE,
        "decided_by": d["decided_by"] or None,
        "decided_on": d["decided_on"] or None,
        "decision_note": d["note"] or None,
    }


def _accepted(fig: pd.Series, d: dict, documents: pd.DataFrame, catalogue: Catalogue) -> dict:
    """The observation an `accept` makes: the figure's value and place, the reviewer's indicator and period."""
    code = d["indicator_code"]
    if not code:
        raise _Invalid("accept needs indicator_code")
    ind = catalogue.indicators.get(code)
    start = d["period_start"] if d["period_start"] is not None else _whole(fig["period_start"])
    end = (
        d["period_end"]
        if d["period_end"] is not None
        else (start if d["period_start"] is not None else _whole(fig["period_end"]))
    )
    if start is None or end is None:
        raise _Invalid("accept needs period_start: the text gives no period for this figure")
    value = d["obs_value"] if d["obs_value"] is not None else fig["value"]
    if value is None or pd.isna(value):
        raise _Invalid(f"figure '{fig['text']}' has no numeric value: give obs_value")
    area = documents.loc[documents["source_document"] == fig["source_document"], "ref_area"]
    dims = {
        name: d["parts"].get(name, TOTAL)
        if name in CODES
        else d["parts"].get(name) or d["age"] or (ind.age if ind else TOTAL)
        for name in BREAKDOWNS
    }
    return {
        "indicator_code": code,
        "ref_area": d["ref_area"] or (area.iloc[0] if len(area) else None),
        **dims,
        "period_start": start,
        "period_end": end,
        "obs_value": float(value),
        "unit_measure": ind.unit if ind else fig["unit"],
        "obs_status": "A",
        "derivation": "",
        "source_document": fig["source_document"],
        "paragraph": fig["paragraph"],
        "sentence_index": fig["sentence_index"],
        "figure_index": fig["figure_index"],
        "char_start": fig["char_start"],
        "char_end": fig["char_end"],
        "quote": fig["quote"],
        **_provenance(d),
    }


def _same_key(obs: pd.DataFrame, row: dict) -> pd.Series:
    same = pd.Series(True, index=obs.index)
    for k in KEY:
        same &= obs[k] == row[k]
    return same


def _where(paragraph: object) -> str:
    return "–" if paragraph is None or pd.isna(paragraph) else str(int(paragraph))  # type: ignore[arg-type]


def _whole(value: object) -> int | None:
    return None if value is None or pd.isna(value) else int(value)  # type: ignore[arg-type]


def _parsed(row: pd.Series) -> dict:
    d = {c: row[c] for c in FILE_COLUMNS}
    for name in _INTEGERS:
        d[name] = _number(row[name], name, integer=True)
    d["obs_value"] = _number(row["obs_value"], "obs_value", integer=False)
    if d["action"] not in ACTIONS:
        raise _Invalid(f"action {d['action']!r} is not one of {', '.join(ACTIONS)}")
    missing = [c for c in REQUIRED if not row[c]]
    if missing:
        raise _Invalid(f"empty {', '.join(missing)}")
    try:
        d["parts"] = parse_breakdown(row["breakdown"])
    except ValueError as exc:
        raise _Invalid(str(exc)) from exc
    return d


def _record(number: int, row: pd.Series, status: str, reason: str) -> dict:
    typed: dict[str, object] = {}
    for name in (*_INTEGERS, "obs_value"):
        try:
            typed[name] = _number(row[name], name, integer=name != "obs_value")
        except _Invalid:
            typed[name] = None
    return {
        "decision": number,
        **{c: row[c] or None for c in FILE_COLUMNS if c not in typed and c != "note"},
        **typed,
        "decision_note": row["note"] or None,
        "decision_status": status,
        "reason": reason,
    }


def apply(
    candidates: pd.DataFrame,
    decisions: pd.DataFrame,
    figures: pd.DataFrame,
    documents: pd.DataFrame,
    catalogue: Catalogue,
) -> Applied:
    """Apply the decisions in file order to the candidate observations (`figures` as `anchors.anchored` gives)."""
    obs = candidates.reset_index(drop=True).copy()
    rejected: list[pd.DataFrame] = []
    records: list[dict] = []
    made: dict[int, tuple[str, int]] = {}
    for number, (_, row) in enumerate(decisions.iterrows(), start=1):
        status, reason, matched = "applied", "", None
        try:
            d = _parsed(row)
            fig = _figure(figures, d)
            matched = fig["review_id"]
            if d["action"] == "note":
                status = "noted"
            elif d["action"] == "accept":
                new = _accepted(fig, d, documents, catalogue)
                same = obs[
                    (obs["source_document"] == new["source_document"]) & (obs["figure_index"] == new["figure_index"])
                ]
                if any(tuple(r[k] for k in KEY) == tuple(new[k] for k in KEY) for _, r in same.iterrows()):
                    raise _Stale(
                        f"the rules already publish this figure as {new['indicator_code']} (rule "
                        f"{same['rule'].iloc[0]}): the decision is no longer needed"
                    )
                taken = obs[(obs["source_document"] == new["source_document"]) & _same_key(obs, new)]
                if len(taken):
                    raise _Invalid(
                        f"{new['indicator_code']} {new['period_start']} already has the value "
                        f"{taken['obs_value'].iloc[0]:g} from paragraph {_where(taken['paragraph'].iloc[0])}: to replace "
                        "it, correct or reject that one"
                    )
                obs = pd.concat([obs, pd.DataFrame([new])], ignore_index=True)
                made[number] = (new["source_document"], int(new["figure_index"]))
            elif d["action"] == "reject":
                chosen = _chosen(obs, fig, d, by_period=True)
                note = f": {d['note']}" if d["note"] else ""
                why = f"rejected by {d['decided_by'] or 'a reviewer'} on {d['decided_on'] or 'an unstated date'}{note}"
                rejected.append(obs.loc[chosen].assign(check_name=REJECTED_CHECK, reason=why))
                obs = obs.drop(index=chosen).reset_index(drop=True)
            else:
                status = _correct(obs, fig, d)
                made[number] = (fig["source_document"], int(fig["figure_index"]))
        except _Stale as exc:
            status, reason = "stale", str(exc)
        except _Invalid as exc:
            status, reason = "invalid", str(exc)
        records.append({**_record(number, row, status, reason), "review_id": matched})
    columns = [*candidates.columns, "check_name", "reason"]
    out_rejected = pd.concat(rejected, ignore_index=True) if rejected else pd.DataFrame(columns=columns)
    return Applied(obs, out_rejected, pd.DataFrame(records), made)


def _correct(obs: pd.DataFrame, fig: pd.Series, d: dict) -> str:
    """Change the value or period of the one observation the decision names, in place."""
    if d["obs_value"] is None and d["period_start"] is None and d["period_end"] is None:
        raise _Invalid("correct needs obs_value, period_start or period_end")
    chosen = _chosen(obs, fig, d, by_period=False)
    chosen = chosen[obs.loc[chosen, "obs_status"] == "A"]
    if len(chosen) != 1:
        raise _Invalid(
            f"the figure gives {len(chosen)} stated observations: name the one to correct (indicator_code, ref_area, "
            "breakdown)"
        )
    at = chosen[0]
    if d["obs_value"] is not None:
        obs.loc[at, "obs_value"] = float(d["obs_value"])
    if d["period_start"] is not None:
        obs.loc[at, "period_start"] = d["period_start"]
        obs.loc[at, "period_end"] = d["period_end"] if d["period_end"] is not None else d["period_start"]
    elif d["period_end"] is not None:
        obs.loc[at, "period_end"] = d["period_end"]
    for name, value in _provenance(d).items():
        obs.loc[at, name] = value
    return "applied"


def settle(applied: Applied, quarantine: pd.DataFrame) -> pd.DataFrame:
    """The decisions' outcomes once validated: one whose row was quarantined says so, with the reason."""
    out = applied.decisions.copy()
    if out.empty or quarantine.empty:
        return out
    review = quarantine[quarantine["rule"] == REVIEW_RULE]
    for number, (document, figure) in applied.made.items():
        hit = review[(review["source_document"] == document) & (review["figure_index"] == figure)]
        if len(hit):
            at = out.index[out["decision"] == number]
            out.loc[at, "decision_status"] = "quarantined"
            out.loc[at, "reason"] = "; ".join(dict.fromkeys(hit["reason"]))
    return out
