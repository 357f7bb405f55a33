"""A statistician's decisions (data/review/decisions.csv), applied after extraction and before validation.

One row per decision, anchored to a figure by `indicators.anchors`: `accept` a figure the rules did not
publish as an observation, `reject` an observation the rules published, `correct` the value or period of
one, or only `note` something about a figure. A decision whose anchor no longer matches the report is
stale and is never applied; a row that cannot be read as a decision is invalid and changes nothing; the
rest of the file still applies. Rows a decision makes go through the same validation as the rules' rows
(`schemas.reviewed`), and a decision whose row fails is withheld, never published.
"""

from __future__ import annotations

import csv
import io
import math
import re
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from indicators.anchors import paragraph_label
from indicators.catalogue import Catalogue
from indicators.dimensions import BREAKDOWNS, CODES, KEY, TOTAL

ACTIONS = ("accept", "reject", "correct", "note")
FILE_COLUMNS = (
    "action",
    "source_document",
    "paragraph",
    "sentence_hash",
    "context_hash",
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
# the file's columns as table `review_decision` records them (a reviewer's `note` is the rows' `decision_note`)
RECORDED = tuple("decision_note" if c == "note" else c for c in FILE_COLUMNS)
REVIEW_RULE = "review"
REJECTED_CHECK = "review_rejected"
_INTEGERS = ("paragraph", "occurrence", "period_start", "period_end")
_NUMBER = re.compile(r"[+-]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?:[eE][+-]?\d+)?")  # 1,234.5 or 1234.5, never 1,5
_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
PROBLEM = "problem"  # a column of `read`'s frame: why a row cannot be read, '' when it can


class DecisionsError(ValueError):
    """The decisions file as a whole cannot be read (not UTF-8 CSV, unknown or missing columns)."""


def _rows(path: Path) -> tuple[list[str], list[list[str]]]:
    if path.exists() and not path.is_file():
        raise DecisionsError(f"{path}: not a file")
    if not path.exists():
        return list(FILE_COLUMNS), []
    try:
        text = path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError as exc:
        raise DecisionsError(f"{path}: not UTF-8 text ({exc.reason} at byte {exc.start})") from exc
    try:
        rows = list(csv.reader(io.StringIO(text)))
    except csv.Error as exc:
        raise DecisionsError(f"{path}: not readable as CSV ({exc})") from exc
    return (rows[0], rows[1:]) if rows else (list(FILE_COLUMNS), [])


def header(path: Path) -> list[str]:
    """The file's columns in its own order (all of them for a file not written yet)."""
    return _rows(path)[0]


def read(path: Path) -> pd.DataFrame:
    """The decisions, one row per line after the header (blank lines skipped), every column as text ('' when
    empty), with `problem` naming what makes a row unreadable. No file means no decisions."""
    names, rows = _rows(path)
    names = [n.strip() for n in names]
    unknown = [c for c in names if c not in FILE_COLUMNS]
    missing = [c for c in REQUIRED if c not in names]
    if unknown or missing or len(set(names)) != len(names):
        raise DecisionsError(
            f"{path}: unknown columns {unknown}, missing columns {missing}"
            f"{', a column named twice' if len(set(names)) != len(names) else ''}; the columns are: "
            f"{', '.join(FILE_COLUMNS)}"
        )
    records = []
    for line, row in enumerate(rows, start=2):
        if not any(cell.strip() for cell in row):
            continue
        problem = "" if len(row) == len(names) else f"line {line} has {len(row)} fields, the header {len(names)}"
        cells = dict(zip(names, (c.strip() for c in row), strict=False))
        records.append({**{c: cells.get(c, "") for c in FILE_COLUMNS}, PROBLEM: problem})
    return pd.DataFrame(records, columns=[*FILE_COLUMNS, PROBLEM])


def append(path: Path, row: dict[str, object]) -> int:
    """Add one decision at the end of the file, in the file's own column order (created with the full header);
    returns its number. A column the file lacks but the row needs is an error, not a dropped value."""
    unknown = set(row) - set(FILE_COLUMNS)
    if unknown:
        raise DecisionsError(f"not columns of the decisions file: {sorted(unknown)}")
    columns = header(path)
    lacking = [c for c, v in row.items() if v not in ("", None) and c not in columns]
    if lacking:
        raise DecisionsError(f"{path}: the header lacks the columns {lacking}; add them to write this decision")
    before = len(read(path))
    path.parent.mkdir(parents=True, exist_ok=True)
    new = not path.exists() or path.stat().st_size == 0
    ends_open = not new and not path.read_bytes().endswith(b"\n")
    with path.open("a", encoding="utf-8", newline="") as out:
        if ends_open:
            out.write("\n")
        writer = csv.writer(out, lineterminator="\n")
        if new:
            writer.writerow(columns)
        writer.writerow(["" if row.get(c) is None else row[c] for c in columns])
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


def number(text: str, name: str) -> float:
    """A value as a reviewer writes it: '1,234.5' or '1234.5'; '1,5' (a decimal comma?) is refused."""
    if not _NUMBER.fullmatch(text.strip()):
        raise ValueError(f"{name} {text!r} is not a number (write 1234.5 or 1,234.5)")
    value = float(text.replace(",", ""))
    if not math.isfinite(value):
        raise ValueError(f"{name} {text!r} is not a finite number")
    return value


@dataclass
class Applied:
    """Candidates with the decisions applied; what reviewers rejected; each decision's outcome; and which
    decisions made or changed a row, for validation to judge."""

    observations: pd.DataFrame
    rejected: pd.DataFrame
    decisions: pd.DataFrame
    made: dict[int, tuple] = field(default_factory=dict)  # decision -> (document, figure index, key) of its row


class _Invalid(ValueError):
    pass


class _Stale(ValueError):
    pass


def _integer(text: str, name: str) -> int | None:
    if text == "":
        return None
    if not re.fullmatch(r"[+-]?\d+", text):
        raise _Invalid(f"{name} {text!r} is not a whole number")
    return int(text)


def _figure(figures: pd.DataFrame, d: dict) -> pd.Series:
    """The one figure a decision is anchored to: the same sentence, figure and occurrence, in a paragraph with
    the same text under the same headings (its number may have changed); without a context hash, in the same
    paragraph number."""
    in_doc = figures[figures["source_document"] == d["source_document"]]
    if in_doc.empty:
        raise _Stale(f"document {d['source_document']} is not among the documents read")
    same = in_doc[
        (in_doc["sentence_hash"] == d["sentence_hash"])
        & (in_doc["text"] == d["figure_text"])
        & (in_doc["occurrence"] == d["occurrence"])
    ]
    if same.empty:
        raise _Stale(
            f"no figure '{d['figure_text']}' in a sentence with hash {d['sentence_hash']} in {d['source_document']}: "
            "the sentence was edited or removed"
        )
    if d["context_hash"]:
        same = same[same["context_hash"] == d["context_hash"]]
        if same.empty:
            raise _Stale("the sentence is still there, but its paragraph or headings changed")
    here = same[same["paragraph"] == d["paragraph"]] if d["paragraph"] is not None else same.iloc[0:0]
    if len(here) == 1:
        return here.iloc[0]
    if not d["context_hash"]:
        raise _Stale(f"no figure '{d['figure_text']}' of that sentence in paragraph {d['paragraph']}")
    if len(same) == 1:
        return same.iloc[0]
    raise _Invalid(f"the paragraph occurs {len(same)} times under the same headings: give its paragraph number")


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
        "decided_by": d["decided_by"],
        "decided_on": d["decided_on"],
        "decision_note": d["note"] or None,
    }


def _same_key(obs: pd.DataFrame, row: dict) -> pd.Series:
    same = obs["source_document"] == row["source_document"]
    for k in KEY:
        same &= obs[k] == row[k]
    return same


def _key_free(obs: pd.DataFrame, row: dict, itself: object = None) -> None:
    """A decision never takes a key another value holds: that would withdraw both (a reviewer corrects or
    rejects the other one instead)."""
    taken = obs[_same_key(obs, row)]
    taken = taken.drop(index=itself) if itself is not None and itself in taken.index else taken
    if len(taken):
        raise _Invalid(
            f"{row['indicator_code']} {row['period_start']} already has the value {_shown(taken['obs_value'].iloc[0])} from "
            f"paragraph {paragraph_label(taken['paragraph'].iloc[0])} (rule {taken['rule'].iloc[0]}): to replace it, correct "
            "or reject that one"
        )


def _shown(value: float) -> str:
    """A value as a statistician reads it: 1,932,000 or 71.5."""
    return f"{value:,.0f}" if float(value).is_integer() else f"{value:,}"


def _whole(value: object) -> int | None:
    return None if value is None or pd.isna(value) else int(value)  # type: ignore[arg-type]


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


def _parsed(row: pd.Series) -> dict:
    if row[PROBLEM]:
        raise _Invalid(row[PROBLEM])
    d = {c: row[c] for c in FILE_COLUMNS}
    for name in _INTEGERS:
        d[name] = _integer(row[name], name)
    d["occurrence"] = 1 if d["occurrence"] is None else d["occurrence"]
    if d["occurrence"] < 1:
        raise _Invalid("occurrence counts from 1")
    try:
        d["obs_value"] = number(row["obs_value"], "obs_value") if row["obs_value"] else None
        d["parts"] = parse_breakdown(row["breakdown"])
    except ValueError as exc:
        raise _Invalid(str(exc)) from exc
    if d["action"] not in ACTIONS:
        raise _Invalid(f"action {d['action']!r} is not one of {', '.join(ACTIONS)}")
    missing = [c for c in REQUIRED if not row[c]]
    if missing:
        raise _Invalid(f"empty {', '.join(missing)}")
    if d["action"] != "note" and not (d["decided_by"] and _DATE.fullmatch(d["decided_on"])):
        raise _Invalid("a decision that changes what is published needs decided_by and decided_on (YYYY-MM-DD)")
    return d


def _record(decision: int, row: pd.Series, status: str, reason: str, matched: str | None) -> dict:
    typed: dict[str, object] = {}
    for name in _INTEGERS:
        try:
            typed[name] = _integer(row[name], name)
        except _Invalid:
            typed[name] = None
    try:
        typed["obs_value"] = number(row["obs_value"], "obs_value") if row["obs_value"] else None
    except ValueError:
        typed["obs_value"] = None
    return {
        "decision": decision,
        **{c: row[c] or None for c in FILE_COLUMNS if c not in typed and c != "note"},
        **typed,
        "decision_note": row["note"] or None,
        "decision_status": status,
        "reason": reason,
        "review_id": matched,
    }


def apply(
    candidates: pd.DataFrame,
    decisions: pd.DataFrame,
    figures: pd.DataFrame,
    documents: pd.DataFrame,
    catalogue: Catalogue,
    withheld: dict[int, str] | None = None,
) -> Applied:
    """Apply the decisions in file order to the candidate observations (`figures` as `anchors.anchored` gives);
    the decisions in `withheld` (number -> why) are not applied and are reported quarantined."""
    withheld = withheld or {}
    obs = candidates.reset_index(drop=True).copy()
    rejected: list[pd.DataFrame] = []
    records: list[dict] = []
    made: dict[int, tuple] = {}
    for n, (_, row) in enumerate(decisions.iterrows(), start=1):
        status, reason, matched = "applied", "", None
        try:
            d = _parsed(row)
            fig = _figure(figures, d)
            matched = fig["review_id"]
            if n in withheld:
                status, reason = "quarantined", withheld[n]
            elif d["action"] == "note":
                status = "noted"
            elif d["action"] == "accept":
                new = _accepted(fig, d, documents, catalogue)
                mine = obs[
                    (obs["source_document"] == new["source_document"]) & (obs["figure_index"] == new["figure_index"])
                ]
                if _same_key(mine, new).any():
                    raise _Stale(f"this figure is already published as {new['indicator_code']} {new['period_start']} "
                                 f"(rule {mine.loc[_same_key(mine, new), 'rule'].iloc[0]}): the decision is not needed")  # fmt: skip
                _key_free(obs, new)
                obs = pd.concat([obs, pd.DataFrame([new])], ignore_index=True)
                made[n] = made_key(new)
            elif d["action"] == "reject":
                chosen = _chosen(obs, fig, d, by_period=True)
                note = f": {d['note']}" if d["note"] else ""
                why = f"rejected by {d['decided_by']} on {d['decided_on']}{note}"
                rejected.append(obs.loc[chosen].assign(check_name=REJECTED_CHECK, reason=why))
                obs = obs.drop(index=chosen).reset_index(drop=True)
            else:
                made[n] = made_key(_correct(obs, fig, d))
        except _Stale as exc:
            status, reason = "stale", str(exc)
        except _Invalid as exc:
            status, reason = "invalid", str(exc)
        records.append(_record(n, row, status, reason, matched))
    columns = [*candidates.columns, "check_name", "reason"]
    out_rejected = pd.concat(rejected, ignore_index=True) if rejected else pd.DataFrame(columns=columns)
    return Applied(obs, out_rejected, pd.DataFrame(records), made)


def made_key(row: dict | pd.Series) -> tuple:
    """What identifies a row a decision made: its document, figure and key."""
    return (row["source_document"], int(row["figure_index"]), *(row[k] for k in KEY))


def _correct(obs: pd.DataFrame, fig: pd.Series, d: dict) -> dict:
    """Change the value or period of the one stated observation the decision names, in place; returns the row."""
    if d["obs_value"] is None and d["period_start"] is None and d["period_end"] is None:
        raise _Invalid("correct needs obs_value, period_start or period_end")
    chosen = _chosen(obs, fig, d, by_period=False)
    stated = chosen[obs.loc[chosen, "obs_status"] == "A"]
    if len(stated) != 1:
        what = "only derived (E) values: correct the stated value they come from" if stated.empty else (
            f"{len(stated)} stated observations: name the one to correct (indicator_code, ref_area, breakdown)"
        )  # fmt: skip
        raise _Invalid(f"the figure gives {what}")
    at = stated[0]
    row = obs.loc[at].to_dict()
    if d["obs_value"] is not None:
        row["obs_value"] = float(d["obs_value"])
    if d["period_start"] is not None:
        row["period_start"] = d["period_start"]
        row["period_end"] = d["period_end"] if d["period_end"] is not None else d["period_start"]
    elif d["period_end"] is not None:
        row["period_end"] = d["period_end"]
    _key_free(obs, row, itself=at)
    row |= _provenance(d)
    for name, value in row.items():
        obs.at[at, name] = value
    return row
