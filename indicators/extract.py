"""One document in, three tables out: its sentences, every numeric mention, and the observations.

This is the whole extraction for one report, without Dagster: assets call it, tests call it.
Offsets in the tables point into the original file; quotes are the original characters of
the sentence with Word artefacts removed.
"""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from indicators import tables
from indicators.bind import extract_paragraph
from indicators.catalogue import Catalogue
from indicators.dimensions import KEY
from indicators.documents import Document
from indicators.labels import Labels
from indicators.mentions import Mention, classify
from indicators.reading import DocumentContext, Reading
from indicators.segment import HEADING_SEPARATOR, Block, Sentence, blocks, sentences
from indicators.text import CleanText, clean
from indicators.timex import clauses
from indicators.units import UNITS

NO_DECISION = {"decided_by": None, "decided_on": None, "decision_note": None}  # read by the rules, not a reviewer
_MEASURED_ROLES = {"observation", "uncatalogued", "undated", "change", "range_bound", "money", "context", "share"}


def _unpublished_role(m: Mention, period: tuple | None) -> str:
    """What a statistic that did not become an observation is: a share, or a count or rate without period or indicator."""
    if m.qualifiers or UNITS[m.unit].kind == "duration":  # "2 years" in a rule; a life expectancy is an observation
        return "context"
    if m.unit == "percent":
        return "share"
    return "uncatalogued" if period else "undated"


@dataclass(frozen=True)
class Extraction:
    sentences: pd.DataFrame
    figures: pd.DataFrame
    observations: pd.DataFrame


def _verbatim(ct: CleanText, start: int, end: int) -> str:
    """The original characters behind a cleaned span (artefacts dropped, typography kept)."""
    return "".join(ct.original[o] for o in ct.offsets[start:end])


def _heading_reading(text: str) -> Reading:
    return Reading(text, classify(text), clauses(text), [], Labels(), None)


def _paragraph(block: Block) -> int | None:
    """The paragraph number a block's figures are from (none for a heading or a table row)."""
    return block.number if block.kind == "paragraph" else None


def _paragraph_groups(ct: CleanText) -> list[tuple[Block, list[Sentence]]]:
    return [(b, sentences(ct.text, b)) for b in blocks(ct.text)]


def extract(doc: Document, catalogue: Catalogue) -> Extraction:
    """Segment, classify every number and map figures to catalogue indicators for one document."""
    ct = clean(doc.text)
    context = DocumentContext(doc.ref_area, doc.reporting_period)
    sentence_rows: list[dict] = []
    figure_rows: list[dict] = []
    observation_rows: list[dict] = []
    previous: tuple[str, tuple[int, int] | None] = ("", None)  # (heading path, point in time) of the last paragraph
    headers: dict[int, list[str]] = {}  # table number -> its header row's cells
    for block, sents in _paragraph_groups(ct):
        places: dict[int, str] = {}
        if block.kind == "table_row" and block.number in headers and tables.is_section(sents[0].text):
            headers[block.number] = []  # "Rural areas" over the rows below: they are not for the whole
            results = [_heading_reading(s.text) for s in sents]
        elif block.kind == "table_row" and block.number in headers:
            caption = block.heading_path.rsplit(HEADING_SEPARATOR, 1)[-1]
            reading, places = tables.read_row(sents[0].text, headers[block.number], caption, catalogue, context)
            results = [reading]
        elif block.kind == "table_row":  # the header row: what each column is
            headers[block.number] = [c[2] for c in tables.cells(sents[0].text)]
            results = [_heading_reading(s.text) for s in sents]
        elif block.kind == "paragraph":
            inherited = previous[1] if previous[0] == block.heading_path else None
            results = extract_paragraph([s.text for s in sents], catalogue, context, inherited)
            own = next(((r.anchor.start, r.anchor.end) for r in reversed(results) if r.anchor and r.anchor.point), None)
            previous = (block.heading_path, own)
        else:  # headings: numbers are classified (article numbers, years) but never observations
            results = [_heading_reading(s.text) for s in sents]
        for sent, res in zip(sents, results, strict=True):
            quote = _verbatim(ct, sent.start, sent.end)
            a, b = ct.span(sent.start, sent.end)
            sentence_rows.append(
                {
                    "source_document": doc.document_id,
                    "paragraph": _paragraph(block),
                    "sentence_index": sent.index,
                    "block_kind": block.kind,
                    "heading_path": block.heading_path,
                    "char_start": a,
                    "char_end": b,
                    "text": quote,
                }
            )
            used = {o.mention for o in res.observations if o.obs_status == "A"}
            figure_base = len(figure_rows)
            for i, m in enumerate(res.mentions):
                fa, fb = ct.span(sent.start + m.start, sent.start + m.end)
                period = res.periods.get(i)
                role = "observation" if i in used else (_unpublished_role(m, period) if m.is_value else m.role)
                guess = res.guesses.get(i) if role != "observation" else None
                figure_rows.append(
                    {
                        "source_document": doc.document_id,
                        "figure_index": figure_base + i,
                        "paragraph": _paragraph(block),
                        "sentence_index": sent.index,
                        "char_start": fa,
                        "char_end": fb,
                        "text": doc.text[fa:fb],
                        "value": m.value,
                        "unit": m.unit if role in _MEASURED_ROLES else None,
                        "role": role,
                        "reason": "" if role == "observation" else m.reason,
                        "period_start": period[0] if period else None,
                        "period_end": period[1] if period else None,
                        "candidate_indicator": guess.indicator if guess else None,
                        "candidate_age": guess.age if guess else None,
                        "candidate_breakdown": guess.breakdown if guess else None,
                    }
                )
            for o in res.observations:
                m = res.mentions[o.mention]
                fa, fb = ct.span(sent.start + m.start, sent.start + m.end)
                observation_rows.append(
                    {
                        **{d: o.dimension(d) for d in KEY},
                        "obs_value": o.obs_value,
                        "unit_measure": o.unit_measure,
                        "obs_status": o.obs_status,
                        "derivation": o.derivation,
                        "source_document": doc.document_id,
                        "paragraph": _paragraph(block),
                        "sentence_index": sent.index,
                        "figure_index": figure_base + o.mention,
                        "char_start": fa,
                        "char_end": fb,
                        "quote": f"Table {block.number}, {places[o.mention]}: {quote}"
                        if o.mention in places
                        else quote,
                        "rule": o.rule,
                        **NO_DECISION,
                    }
                )
    figures, observations = pd.DataFrame(figure_rows), pd.DataFrame(observation_rows)
    return Extraction(pd.DataFrame(sentence_rows), figures, _drop_restatements(observations, figures))


def _drop_restatements(observations: pd.DataFrame, figures: pd.DataFrame) -> pd.DataFrame:
    """A value stated again elsewhere in the same document is one observation (its first statement).

    A different value for the same key is kept: validation quarantines both as a key conflict.
    """
    if observations.empty:
        return observations
    key = [*KEY, "obs_value", "obs_status"]
    again = observations.duplicated(subset=key, keep="first")
    firsts = observations[~again].set_index(key)["paragraph"]
    for _, row in observations[again].iterrows():
        paragraph = firsts.loc[tuple(row[key])]
        at = figures.index[figures["figure_index"] == row["figure_index"]]
        where = "a table" if pd.isna(paragraph) else f"paragraph {int(paragraph)}"
        figures.loc[at, ["role", "reason"]] = ["context", f"restates the value stated in {where}"]
    return observations[~again].reset_index(drop=True)
