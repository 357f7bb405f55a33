"""Tables: each cell of a Word table read with the header of its column and the label of its row.

A table of a series by year is the richest statistic a report can hold. A cell is published when its
row's label names a catalogue indicator (its terms; the caption may say what the rows count), its
column's header is a year or a school year, and it holds one number. A unit named in the caption or the
headers ("%", "per 1,000") is the unit of bare numbers; a scale ("thousand", "mln") or a rate of another
base leaves the table unread: a gap, not a guess. The rule of every value is `table_cell`, and its quote
names the table, the row and the column.
"""

from __future__ import annotations

import itertools
import re

from indicators.catalogue import Catalogue
from indicators.dimensions import LABELLED
from indicators.labels import Labels
from indicators.mentions import classify
from indicators.places import places
from indicators.reading import DocumentContext, Observation, Reading
from indicators.segment import TABLE_WORD
from indicators.timex import YEAR, clauses, school_year_end
from indicators.units import UNITS, VALUE_KIND, named_pattern, named_unit

RULE = "table_cell"
_PERIOD = re.compile(rf"({YEAR})(?:\s*[/–-]\s*((?:19|20)?\d\d))?")
_UNTITLED = re.compile(rf"{TABLE_WORD}?\s*\d*\s*[.:]?", re.IGNORECASE)
_SCALE = re.compile(r"\b(?:thousands?|thous\.|millions?|mln|billions?|bn|'000)\b", re.IGNORECASE)
_UNIT = re.compile(named_pattern(), re.IGNORECASE)
# words a row's label may hold besides the indicator's name and a breakdown: anything else ("..., of whom
# orphans", "... by court decision") may make the row another population, so the row is left out
_PLAIN_WORDS = frozenset("number of the total all registered recorded a an in rate ratio level per cent and".split())


def _names_only(label: str, spans: list[tuple[int, int]]) -> bool:
    """Whether the label says nothing beyond the spans (the indicator's name, breakdown labels) and plain words."""
    rest = "".join(" " if any(a <= i < b for a, b in spans) else ch for i, ch in enumerate(label))
    return all(w.lower() in _PLAIN_WORDS for w in re.findall(r"[^\W\d_]+", rest))


def cells(text: str) -> list[tuple[int, int, str]]:
    """The cells of a row line, split at each '|' (an empty first cell may have lost its spaces): (start, end,
    text) each."""
    bounds = [-1, *(i for i, ch in enumerate(text) if ch == "|"), len(text)]
    return [(a + 1, b, text[a + 1 : b].strip()) for a, b in itertools.pairwise(bounds)]


def is_section(text: str) -> bool:
    """A row that only names a part ("Rural areas", merged across the table): the rows under it are that part's."""
    row = cells(text)
    return bool(row[0][2]) and not any(re.search(r"\d", cell) for _, _, cell in row[1:])


def _period(header: str) -> tuple[int, int] | None:
    """A column header that is a year ('2019') or a school year ('2019/20'); None for any other header."""
    m = _PERIOD.fullmatch(header.strip())
    if m is None:
        return None
    start = int(m.group(1))
    if m.group(2) is None:
        return start, start
    end = school_year_end(m.group(1), m.group(2))
    return (start, end) if end == start + 1 else None


def _leave(r: Reading, why: str) -> Reading:
    for m in r.mentions:
        if m.is_value:
            m.reason = why
    return r


def _unread(row: list[tuple[int, int, str]], header: list[str], caption: str, catalogue: Catalogue) -> str:
    """Why a table row is not read cell by cell, or ''."""
    if len(row) != len(header):
        return "the row's cells do not line up with the table's header"
    if _UNTITLED.fullmatch(caption.strip()):
        return "the table has no title saying what it holds (a title right above it: 'Table 3. ...')"
    if _SCALE.search(f"{caption} {' '.join(header)} {row[0][2]}"):
        return "the table states its values in thousands or millions"
    if any(
        _period(h) is None and re.search(r"[^\W\d_]", cell) for h, (_, _, cell) in zip(header[1:], row[1:], strict=True)
    ):
        return "a column that is not a year names something (a breakdown the cells depend on)"
    title = f"{caption} {header[0]}"
    if any(b.label.search(title) for b in LABELLED) or any(p.kind != "national" for p in places(title, catalogue)):
        return "the title names a part or a place the rows are for"
    return ""


def read_row(
    text: str, header: list[str], caption: str, catalogue: Catalogue, ctx: DocumentContext
) -> tuple[Reading, dict[int, str]]:
    """One data row: its figures classified, and the observations its cells give (with each one's place)."""
    r = Reading(text, classify(text), clauses(text), [], Labels(), None)
    row = cells(text)
    label = row[0][2]
    places: dict[int, str] = {}
    if why := _unread(row, header, caption, catalogue):
        return _leave(r, why), places
    concepts = catalogue.mentions(label, f"{caption} {label}")
    found = [(b, m) for b in LABELLED for m in b.label.finditer(label)]
    parts = {b.dimension: b.code_of(m) for b, m in found}
    if len(parts) != len(found):
        return _leave(r, "the row's label names two parts of one breakdown"), places
    if concepts and not _names_only(label, [(c.start, c.end) for c in concepts] + [m.span() for _, m in found]):
        concepts = []  # the label says more than the indicator and its breakdown
    for col, (start, end, _) in enumerate(row[1:], start=1):
        period = _period(header[col])
        figures = [i for i, m in enumerate(r.mentions) if start <= m.start < end and m.is_value]
        if period is None or len(figures) != 1 or not concepts:
            for i in figures:
                r.mentions[i].reason = (
                    "the column's header is not a year"
                    if period is None
                    else "the row's label names no catalogue indicator (or more than one)"
                    if not concepts
                    else "the cell holds more than one number"
                )
            continue
        i = figures[0]
        m = r.mentions[i]
        named = _UNIT.search(f"{caption} {header[col]} {label}")  # the table's, the column's or the row's unit
        if m.unit == "count" and named is not None:
            m.unit = named_unit(named)
        kind = VALUE_KIND.get(m.unit)
        concept = concepts[0]
        code = concept.code if catalogue.indicators[concept.code].kind == kind else None
        if code is None and named is not None:  # "Children with disabilities" under "..., %": their share
            code = catalogue.member(concept.concept, kind or "")
        if code is None:
            m.reason = f"the row names {concept.code}, not measured in {m.unit}"
            continue
        ind = catalogue.indicators[code]
        if kind == "rate" and UNITS[m.unit].per != UNITS[ind.unit].per:
            m.reason = f"a rate {UNITS[m.unit].name.lower()}, while {code} is {UNITS[ind.unit].name.lower()}"
            continue
        if ind.age_required:
            m.reason = f"{code} needs the age stated, and the table does not state it"
            continue
        dims = {d: c for d, c in parts.items() if not (d == "sex" and ind.population_sex)}
        r.periods[i] = (*period, RULE)
        r.observations.append(
            Observation(
                indicator_code=code,
                ref_area=ctx.ref_area,
                age=ind.age,
                period_start=period[0],
                period_end=period[1],
                obs_value=m.value,
                unit_measure=ind.unit,
                obs_status="A",
                derivation="",
                rule=RULE,
                mention=i,
                parts=dims,
            )
        )
        places[i] = f"row '{label}', column '{header[col]}'"
    return r, places
