"""A report's reporting period read from its own text, for documents without (or silent) sidecars.

Two kinds of evidence, in this order:

1. a statement: "The present report covers the period 2021–2024", "during the reporting period
   (2016–2020)", "the period under review, 2019 to 2023";
2. failing any, the span that the report's own period-total sentences agree on: "From 2016 to 2020,
   …" opening at least three sentences, and at least twice as often as any other span.

Statements that disagree, or no clear majority, leave the period unknown: a gap, not a guess.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from indicators.segment import blocks, sentences
from indicators.text import clean
from indicators.timex import YEAR, anchor

_SPAN = rf"(?:from\s+|the years\s+|between\s+)?({YEAR})\s*(?:to|and|-|–|—)\s*({YEAR})"
_STATEMENTS = (
    re.compile(
        r"\b(?:the present|present|this|these|the) (?:combined )?(?:periodic |mid-term |midterm )?"
        r"(?:reports?|replies|document|update|information|data|review|figures|statistics)"
        r"(?: (?:below|above|herein|provided|presented|given))?\b"
        rf"[^.;]{{0,120}}?\b(?:covers?|covering|reflects?|describes?|relates? to|refers? to|presents?|"
        rf"contains? information (?:on|about|for))\b[^.;]{{0,60}}?\b(?:period|years)\s*(?:of\s+)?{_SPAN}",
        re.IGNORECASE,
    ),
    re.compile(
        r"\b(?:reporting period|period under (?:review|consideration)|period covered by the (?:present )?report)"
        rf"\s*(?:\(\s*|,\s*|:\s*|[-–—]\s*|\bis\s+|\bwas\s+|\bof\s+)?{_SPAN}",
        re.IGNORECASE,
    ),
)
_MIN_AGREEING = 3


@dataclass(frozen=True)
class Finding:
    """A reporting period found in the text, with the paragraph it is read from and how."""

    period: tuple[int, int]
    paragraph: int | None
    evidence: str


def _plausible(start: int, end: int) -> bool:
    return 1990 <= start < end <= 2035


def infer(text: str) -> Finding | None:
    """The reporting period a report states or its period totals agree on; None when unclear."""
    ct = clean(text)
    stated: list[tuple[tuple[int, int], int | None, str]] = []
    spans: Counter[tuple[int, int]] = Counter()
    first_at: dict[tuple[int, int], int | None] = {}
    for block in blocks(ct.text):
        if block.kind != "paragraph":
            continue
        for sent in sentences(ct.text, block):
            for pattern in _STATEMENTS:
                for m in pattern.finditer(sent.text):
                    span = (int(m.group(1)), int(m.group(2)))
                    if _plausible(*span):
                        stated.append((span, block.number, m.group(0)))
            a = anchor(sent.text)
            if a is not None and not a.point and _plausible(a.start, a.end):
                spans[(a.start, a.end)] += 1
                first_at.setdefault((a.start, a.end), block.number)
    if stated:
        distinct = {s for s, _, _ in stated}
        if len(distinct) > 1:
            return None
        span, paragraph, words = stated[0]
        return Finding(span, paragraph, f"stated in paragraph {paragraph}: '{words.strip()}'")
    ranked = spans.most_common(2)
    if not ranked or ranked[0][1] < _MIN_AGREEING:
        return None
    (span, n), runner_up = ranked[0], (ranked[1][1] if len(ranked) > 1 else 0)
    if n < 2 * runner_up:
        return None
    return Finding(
        span,
        first_at[span],
        f"{n} sentences give totals for {span[0]}-{span[1]} (first in paragraph {first_at[span]}); "
        f"no other span is given more than {runner_up} time(s)",
    )
