"""`bala review`: list the review queue of the current release, and write decisions to data/review/decisions.csv.

Decisions are applied by the next `bala refresh` (or by the sensor, which notices the file changed); this
command only writes the row, anchored to the figure as the current release read it.
"""

from __future__ import annotations

import argparse
import datetime
import getpass
import os
import subprocess
import sys

import duckdb
import pandas as pd

from indicators import catalogue, decisions
from indicators.anchors import anchored, paragraph_label
from pipelines.resources import BalaPaths
from publishing import releases
from publishing.tables import DATABASE
from schemas.fields import YEAR_MAX, YEAR_MIN

SHOWN = 20


def add_parser(sub: argparse._SubParsersAction) -> None:
    """The `review` command and its actions."""
    review = sub.add_parser("review", help="list figures to review; accept, reject, correct or note one")
    actions = review.add_subparsers(dest="action", required=True)
    listing = actions.add_parser("list", help="the review queue of the current release, most useful first")
    listing.add_argument("--document", help="only this document")
    listing.add_argument("--indicator", help="only figures guessed as this indicator")
    listing.add_argument("--limit", type=_count, default=SHOWN, help=f"how many to show (default {SHOWN}; 0: all)")
    show = actions.add_parser("show", help="every figure of a paragraph, with its id and what was published from it")
    show.add_argument("document", help="document id (table source_document)")
    show.add_argument("paragraph", type=int, help="paragraph number")
    actions.add_parser("decisions", help="every decision and what the last refresh made of it")
    for name, what in (
        ("accept", "publish a figure as an observation of an indicator"),
        ("reject", "withdraw what the rules published from a figure"),
        ("correct", "change the value or period of an observation read from a figure"),
        ("note", "record a remark about a figure (nothing changes)"),
    ):
        cmd = actions.add_parser(name, help=what)
        cmd.add_argument("review_id", help="the figure's id, from `bala review list` (a unique prefix is enough)")
        cmd.add_argument("--indicator", help="the indicator (accept), or which observation of the figure")
        cmd.add_argument("--period", help="the year or span, e.g. 2020 or 2016-2020 (accept, correct)")
        cmd.add_argument("--breakdown", default="", help="e.g. 'sex=F' or 'sex=M; residence=R'")
        cmd.add_argument("--age", default="", help="age group code, e.g. Y0T17 (default: the indicator's)")
        cmd.add_argument("--area", default="", help="reference area code (default: the document's)")
        cmd.add_argument("--value", help="the value (correct; accept: default the figure's)")
        cmd.add_argument("--by", help="who decides (default: $BALA_REVIEWER, git user.name or the login name)")
        cmd.add_argument("--note", default="", help="why")


def _count(text: str) -> int:
    if not text.isdigit():
        raise argparse.ArgumentTypeError(f"{text!r} is not 0 or a positive whole number")
    return int(text)


def run(args: argparse.Namespace, paths: BalaPaths) -> int:
    """Carry out one `bala review` action; returns the exit code."""
    now = releases.current(paths.curated)
    if now is None:
        print(f"nothing is published in {paths.curated} yet: run bala refresh first", file=sys.stderr)
        return 1
    with duckdb.connect(str(now.path / DATABASE), read_only=True) as con:
        tables = {name for (name,) in con.execute("SELECT table_name FROM duckdb_tables()").fetchall()}
        if not {"review_queue", "review_decision"} <= tables:
            print(f"release {now.id} was made before bala had a review queue: run bala refresh", file=sys.stderr)
            return 1
        if args.action == "list":
            return _list(con, args)
        if args.action == "decisions":
            return _decisions(con)
        if args.action == "show":
            return _show(con, args.document, args.paragraph)
        figures = anchored(con.table("figure").df(), con.table("sentence").df())
    found = figures[figures["review_id"].str.startswith(args.review_id)]
    if len(found) != 1:
        what = "no figure" if found.empty else f"{len(found)} figures"
        print(f"{what} with review id {args.review_id!r} in release {now.id}: see bala review list", file=sys.stderr)
        return 2
    try:
        row = _decision(args, found.iloc[0])
    except ValueError as exc:
        print(f"review {args.action}: {exc}", file=sys.stderr)
        return 2
    try:
        number = decisions.append(paths.decisions, row)
    except (decisions.DecisionsError, OSError) as exc:
        print(f"review {args.action}: {exc}", file=sys.stderr)
        return 1
    fig = found.iloc[0]
    print(
        f"decision {number} written to {paths.decisions}: {args.action} '{fig['text']}' "
        f"({fig['source_document']}, paragraph {paragraph_label(fig['paragraph'])}); run bala refresh to apply it"
    )
    return 0


def _period(text: str | None) -> tuple[str, str]:
    if not text:
        return "", ""
    start, _, end = (part.strip() for part in text.replace("–", "-").partition("-"))
    end = end or start
    if not (start.isdigit() and end.isdigit() and YEAR_MIN <= int(start) <= int(end) <= YEAR_MAX):
        raise ValueError(f"period {text!r} is not a year or a span like 2016-2020 between {YEAR_MIN} and {YEAR_MAX}")
    return start, end


def _reviewer(given: str | None) -> str:
    if given or os.environ.get("BALA_REVIEWER"):
        return given or os.environ["BALA_REVIEWER"]
    try:
        name = subprocess.run(["git", "config", "user.name"], capture_output=True, text=True, check=False).stdout
    except OSError:
        name = ""
    return name.strip() or getpass.getuser()


def _decision(args: argparse.Namespace, fig: pd.Series) -> dict[str, object]:
    """The file row for the action, anchored to the figure; obvious mistakes are refused here, the rest is
    validated (and quarantined if wrong) at the next refresh."""
    start, end = _period(args.period)
    decisions.parse_breakdown(args.breakdown)
    if args.indicator and args.indicator not in catalogue.load().indicators:
        raise ValueError(f"{args.indicator} is not a catalogue indicator (table `indicator`)")
    if args.action == "accept" and not args.indicator:
        raise ValueError("accept needs --indicator")
    if args.action == "correct" and not (args.value or args.period):
        raise ValueError("correct needs --value or --period")
    if args.action == "note" and not args.note:
        raise ValueError("note needs --note")
    if args.value is not None:
        decisions.number(args.value, "--value")
    return {
        "action": args.action,
        "source_document": fig["source_document"],
        "paragraph": "" if pd.isna(fig["paragraph"]) else int(fig["paragraph"]),
        "sentence_hash": fig["sentence_hash"],
        "context_hash": fig["context_hash"],
        "figure_text": fig["text"],
        "occurrence": int(fig["occurrence"]),
        "indicator_code": args.indicator or "",
        "ref_area": args.area,
        "breakdown": args.breakdown,
        "age": args.age,
        "period_start": start,
        "period_end": end,
        "obs_value": args.value or "",
        "decided_by": _reviewer(args.by),
        "decided_on": datetime.date.today().isoformat(),
        "note": args.note,
    }


def _list(con: duckdb.DuckDBPyConnection, args: argparse.Namespace) -> int:
    queue = con.table("review_queue").order("priority").df()
    if args.document:
        queue = queue[queue["source_document"] == args.document]
    if args.indicator:
        queue = queue[queue["candidate_indicator"] == args.indicator]
    total = len(queue)
    if args.limit:
        queue = queue.head(args.limit)
    for _, q in queue.iterrows():
        period = "" if pd.isna(q["period_start"]) else f" {int(q['period_start'])}"
        if period and q["period_end"] != q["period_start"]:
            period += f"-{int(q['period_end'])}"
        guess = q["candidate_indicator"] if pd.notna(q["candidate_indicator"]) else "no indicator"
        parts = f" {q['candidate_breakdown']}" if q["candidate_breakdown"] else ""
        print(
            f"{q['priority']:>4}  {q['review_id']}  {q['source_document']} ¶{paragraph_label(q['paragraph'])}  "
            f"[{q['queue_status']}] guess: {guess}{period}{parts}"
        )
        print(f"      {q['in_context']}")
        print(f"      why: {q['reason']}")
    print(f"{len(queue)} of {total} shown" + (" (--limit 0 shows all)" if len(queue) < total else ""))
    return 0


def _decisions(con: duckdb.DuckDBPyConnection) -> int:
    rows = con.table("review_decision").df()
    for _, d in rows.iterrows():
        why = f": {d['reason']}" if d["reason"] else ""
        print(
            f"{d['decision']:>4}  {d['action']:<7} {d['source_document']} ¶{paragraph_label(d['paragraph'])} "
            f"'{d['figure_text']}'  {d['decision_status']}{why}"
        )
    print(f"{len(rows)} decision(s) in the current release")
    return 0


def _show(con: duckdb.DuckDBPyConnection, document: str, paragraph: int) -> int:
    """The paragraph's sentences, and under each its figures: id, role, and the observations made from it."""
    where = "source_document = ? AND paragraph = ?"
    sentences = con.execute(f"SELECT * FROM sentence WHERE {where} ORDER BY char_start", [document, paragraph]).df()
    if sentences.empty:
        print(f"no paragraph {paragraph} in document {document}", file=sys.stderr)
        return 2
    figures = anchored(con.execute(f"SELECT * FROM figure WHERE {where}", [document, paragraph]).df(), sentences)
    published = con.execute(
        "SELECT figure_index, indicator_code, period_start, period_end, obs_value, obs_status, rule, 'published' AS s "
        f"FROM observation WHERE {where} UNION ALL "
        "SELECT figure_index, indicator_code, period_start, period_end, obs_value, obs_status, rule, check_name "
        f"FROM quarantine WHERE {where}",
        [document, paragraph, document, paragraph],
    ).df()
    for _, sent in sentences.iterrows():
        print(sent["text"])
        for _, f in figures[figures["sentence_start"] == sent["char_start"]].iterrows():
            if f["role"] in ("year", "date", "legal_reference", "identifier", "age"):
                continue
            print(f"  {f['review_id']}  '{f['text']}'  {f['role']}")
            for _, o in published[published["figure_index"] == f["figure_index"]].iterrows():
                period = str(o["period_start"]) + (
                    "" if o["period_start"] == o["period_end"] else f"-{o['period_end']}"
                )
                print(
                    f"      {o['s']}: {o['indicator_code']} {period} = {o['obs_value']:g} ({o['obs_status']}, {o['rule']})"
                )
    return 0
