"""The phrasing rules, in one place: each a named unit with its family, what it reads and examples.

`observation.rule` names one of these. Period rules are tried in the order listed (the first that
gives a figure a period wins); dimension and derivation rules name how a value's breakdown or its
level was read. Every example is a test (tests/unit/test_rules.py): extraction of its text must
yield exactly the observations listed, in the phrasing bank's notation.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable
from dataclasses import dataclass

from indicators.reading import Context, Reading
from indicators.timex import (
    CORRESPONDING,
    MONTHS,
    RELATIVE_YEAR,
    REPORTING_PERIOD,
    SAME_PERIOD,
    SCHOOL_WORD,
    SCHOOL_YEAR,
    YEAR,
    anchor,
    has_non_year_anchor,
    is_base_year,
    relative_year,
    school_year_end,
)
from indicators.units import VALUE_KIND

Period = tuple[int, int]


@dataclass(frozen=True)
class Rule:
    """A phrasing rule: its name (as in `observation.rule`), family, kind, what it reads, and examples."""

    name: str
    family: str
    kind: str  # 'period' | 'dimension' | 'derivation' | 'table'
    description: str
    examples: tuple[tuple[str, tuple[str, ...]], ...]
    find: Callable[[Reading, int, Context], Period | None] | None = None
    reporting_period: tuple[int, int] | None = None  # the document's, for the examples


def _labelled(name: str) -> Callable[[Reading, int, Context], Period | None]:
    def find(r: Reading, i: int, ctx: Context) -> Period | None:
        found = r.labels.periods.get(i)
        return found[:2] if found and found[2] == name else None

    return find


def _respectively(r: Reading, i: int, ctx: Context) -> Period | None:
    found = r.labels.periods.get(i)
    if found and found[2] == "respectively":
        return found[:2]
    partner = r.labels.partners.get(i)
    clause = r.clause_of(r.mentions[i].start)
    corresponding = CORRESPONDING.search(r.text, clause.start, r.mentions[i].start)
    timed = corresponding is not None and any(
        x.role in ("year", "date") for x in r.mentions if clause.start <= x.start < corresponding.start()
    )
    if partner is not None and partner in r.periods and not timed:  # "...; in 2024 the corresponding figures were"
        return r.periods[partner][:2]
    return None


_LEVEL_OF_YEAR_BEFORE = re.compile(
    rf"\b(?:level|figure|value|rate|indicator)\s+(?:of|in|for)\s+({YEAR})\s*\(\s*$", re.IGNORECASE
)
_OWN_NAME_GAP = re.compile(r"\s*(?:[a-z'’-]+\s+){0,2}?(?:of\s+|under\s+)?", re.IGNORECASE)
_YEAR_AFTER_NAME = re.compile(
    rf"\s*(?:\([^()]*\)\s*|[—–][^—–]*[—–]\s*)?(?:(?:facilities|centres|centers|institutions|organi[sz]ations)\s+)?"
    rf"(?:(?:were|was)\s+)?(?:[a-z]+ed\s+)?(?:in|during|at the end of|as (?:at|of)(?: the end of)?)\s+({YEAR})\b(?!\s*[-–/]\d)",
    re.IGNORECASE,
)
_DEFINED_YEAR = re.compile(rf"\s+[—–]\s+[^.;\d]*(?:[\d,]+[^.;\d]*)?,\s*({YEAR})\s*\.?\s*$")
_COORDINATED = re.compile(r"\s*(?:[a-z'’-]+\s+){0,5}(?:and|or)\s+", re.IGNORECASE)


def _value_in_year(r: Reading, i: int, ctx: Context) -> Period | None:
    """The figure's own year; that of the figure it is coordinated with ("76,512 doctors and 181,340
    middle-level medical workers in 2022"); that of the figure describing it ("11,715 families with 17,163
    children in 2016")."""
    m = r.mentions[i]
    if m.period_after:
        return m.period_after
    level = _LEVEL_OF_YEAR_BEFORE.search(r.text, max(0, m.start - 40), m.start)
    if level:  # "exceeding the level of 2018 (101.3%)"
        return int(level.group(1)), int(level.group(1))
    named = next(
        (
            c
            for c in r.concepts
            if c.kind in ("term", "predicate")
            and c.start >= m.unit_end
            and _OWN_NAME_GAP.fullmatch(r.text, m.unit_end, c.start)
        ),
        None,
    )
    if named:  # "26 offences of trafficking in minors under article 135 of the Criminal Code": one name in two parts
        for c in r.concepts:
            if c.concept == named.concept and named.end <= c.start and not r.text[named.end : c.start].strip():
                named = c
    year = _YEAR_AFTER_NAME.match(r.text, named.end) if named else None
    if year:  # "46 cases of illegal child labour in 2021", "287 children were held in pre-trial detention facilities
        return int(year.group(1)), int(year.group(1))  # in 2015": the year after the figure's own name
    later = [j for j in r.values if j > i]
    if later:
        following = r.mentions[later[0]]
        if following.period_after and _COORDINATED.fullmatch(r.text, m.unit_end, following.start):
            return following.period_after
        if following.period_after and "attribute" in following.qualifiers:
            return following.period_after
    defined = _DEFINED_YEAR.match(r.text, m.unit_end)
    if defined:  # "8.4 — infant mortality per 1,000 live births, 2022."
        return int(defined.group(1)), int(defined.group(1))
    opening = r.text.rfind("(", 0, m.start)
    if opening >= 0 and ")" not in r.text[opening : m.start]:  # "(in 2021, when many ran online, by 40,300)"
        head = anchor(r.text[opening + 1 : m.start])
        if head is not None and head.point:  # "(in the 2019/20 school year, 4,106 schools, or 58.3 per cent)"
            return head.start, head.end
    return None


def _trend_ends(r: Reading, i: int, span: Period) -> Period:
    m = r.mentions[i]
    year = span[0] if i < m.partner else span[1]
    return year, year


def _trend_pair(r: Reading, i: int) -> bool:
    """A figure of a "from X to Y" pair whose other end has no year of its own."""
    m = r.mentions[i]
    return m.partner is not None and r.mentions[m.partner].period_after is None and m.period_after is None


def _trend_span(r: Reading, i: int, ctx: Context) -> Period | None:
    span = r.span_anchor(i)
    return _trend_ends(r, i, (span.start, span.end)) if _trend_pair(r, i) and span else None


def _trend_reporting_period(r: Reading, i: int, ctx: Context) -> Period | None:
    rp = ctx.doc.reporting_period
    if not (_trend_pair(r, i) and rp and REPORTING_PERIOD.search(r.text)):
        return None
    return _trend_ends(r, i, rp)


_PERIOD_END = re.compile(
    r"\b(?:(?:at|by) the (beginning|start|outset|end|close) of|(?:at the )?(?:beginning|start|end) of) the\s+"
    r"(?:reporting period|period under (?:review|consideration)|period covered by the (?:present )?report)\b",
    re.IGNORECASE,
)


def _reporting_period_end(r: Reading, i: int, ctx: Context) -> Period | None:
    """ "At the beginning of the period under review, 38.5 per cent ...; by the end of the period under review
    ... 70.1 per cent": the reporting period's first or last year, for a figure of that clause."""
    rp = ctx.doc.reporting_period
    clause = r.clause_of(r.mentions[i].start)
    said = list(_PERIOD_END.finditer(r.text, clause.start, r.mentions[i].start))
    if not rp or not said:
        return None
    first = re.search(r"beginning|start|outset", said[-1].group(0), re.IGNORECASE)
    year = rp[0] if first else rp[1]
    return year, year


def _trend_same_period(r: Reading, i: int, ctx: Context) -> Period | None:
    """ "... from 212 in 2013 to 127 in 2022, and the number of children living in them from 8,512 to 2,947 over the
    same period": the span named before, in this sentence (a dated trend's ends) or an earlier one."""
    if not (_trend_pair(r, i) and r.in_clause(i, SAME_PERIOD)):
        return None
    span = _same_span(r, i, ctx)
    return _trend_ends(r, i, span) if span else None


def _same_span(r: Reading, i: int, ctx: Context) -> Period | None:
    """The span "the same period" refers to: a dated trend's ends before the figure, or the span named earlier."""
    dated = [
        (r.mentions[j].period_after[0], r.mentions[r.mentions[j].partner].period_after[0])
        for j in range(i)
        if r.mentions[j].partner is not None
        and r.mentions[j].partner > j
        and r.mentions[j].period_after
        and r.mentions[r.mentions[j].partner].period_after
    ]
    if dated:
        return dated[-1]
    same = SAME_PERIOD.search(r.text, 0, r.mentions[i].start)
    named = [
        s
        for s in _SPAN_IN_CLAUSE.finditer(r.text, 0, same.start() if same else r.mentions[i].start)
        if int(s.group(1)) < int(s.group(2))
    ]
    if named:  # "... were registered over 2014–2018; over the same period, 41 offences ..."
        return int(named[-1].group(1)), int(named[-1].group(2))
    return ctx.span


_EARLIER = re.compile(r"\b(?:earlier|ago|before|previously|since|then|later)\b", re.IGNORECASE)


def _closed_parenthesis(text: str, at: int, position: int) -> bool:
    """Whether `at` lies in parentheses that close before `position`."""
    opened = text.rfind("(", 0, at)
    return opened > text.rfind(")", 0, at) and 0 <= text.find(")", at) < position


def _reference_year(r: Reading, position: int, ctx: Context) -> int | None:
    """The year a relative phrase at `position` refers back to: the last one named before it."""
    years = [
        int(m.token.text)
        for m in r.mentions
        if m.role == "year"
        and m.token.kind == "number"
        and m.end <= position
        and not is_base_year(r.text, m.start)
        and not _closed_parenthesis(r.text, m.start, position)  # "8.43 in 2019 (2018 – 8.99) and ... in the same year"
    ]
    if years:
        return years[-1]
    anchor = r.anchor
    if anchor is not None and anchor.point and anchor.start == anchor.end:
        return anchor.start
    return ctx.last_year


_NEAR_RELATIVE = re.compile(
    rf"\s*,?\s*(?:(?!(?:while|whereas|but|and|although|though)\b)[a-z]+\s+){{0,2}}?(?:{RELATIVE_YEAR.pattern})",
    re.IGNORECASE,
)


# "(a year earlier – 1,391)", "(the year before: 3,187)", "previous year: 2,904": a relative year labelling the figure after it
_RELATIVE_LABEL = re.compile(
    rf"(?:{RELATIVE_YEAR.pattern}|\b(?:previous|preceding|prior|last) year)\s*(?:[:–—]|\s-)\s*$", re.IGNORECASE
)


def _relative_label(r: Reading, i: int) -> re.Match[str] | None:
    """The relative year written as figure i's label, right before it."""
    return _RELATIVE_LABEL.search(r.text, max(0, r.mentions[i].start - 40), r.mentions[i].start)


def _relative_in_tail(r: Reading, i: int, ctx: Context) -> Period | None:
    """ "203,110 a year earlier", "5,340 the previous year": the phrase right after the figure; or before it as its
    label: "In 2017, 1,284 claims (a year earlier – 1,391)"."""
    m = r.mentions[i]
    label = _relative_label(r, i)
    if label:
        reference = _reference_year(r, label.start(), ctx)
        if reference is None:
            return None
        phrase = RELATIVE_YEAR.search(label.group(0))  # else a bare "previous year:", a year before
        year = relative_year(phrase, reference) if phrase else reference - 1
        return year, year
    near = _NEAR_RELATIVE.match(r.text, m.unit_end)
    reference = (_compared_year(r, i) or _reference_year(r, m.start, ctx)) if near else None
    if reference is None:
        return None
    year = relative_year(RELATIVE_YEAR.search(r.text, m.unit_end, near.end()), reference)
    return year, year


def _sentence_year(r: Reading, i: int, ctx: Context) -> Period | None:
    anchor = r.point_anchor(i)
    if anchor is None:
        return None
    m = r.mentions[i]
    pair = r.pairs.get(i)
    if pair is not None and r.mentions[pair].period_after not in (None, (anchor.start, anchor.end)):
        return None  # "against 2,940 (41.1 per cent) in the 2017/18 school year": the share holds when its count does
    clause = r.clause_of(m.start)
    if clause.start > 0 and clause.anchor is None and RELATIVE_YEAR.search(r.text, clause.start, m.start):
        return None  # "...; a year earlier the share had been 30.9 per cent": a time of the clause's own
    # "203,110 a year earlier" has a time of its own; "22,315 beds, 1.6% fewer than a year earlier" does not
    later = [j for j, x in enumerate(r.mentions) if x.start > m.start]
    tail_end = min([r.mentions[j].start for j in later] + [r.clause_of(m.start).end])
    label = _relative_label(r, later[0]) if later else None  # "1,284 (a year earlier – 1,391)": the next one's
    aside = _DASH_ASIDE.search(r.text, m.unit_end, tail_end)  # "... — the shortest it has been since the
    tail_end = aside.start() if aside else tail_end  # series began in 2010": an aside, not the figure's own time
    if _EARLIER.search(r.text, m.unit_end, label.start() if label and label.start() > m.unit_end else tail_end):
        return None
    return anchor.start, anchor.end


_DASH_ASIDE = re.compile(r"\s[—–]\s")  # an aside opened by a dash
_SPAN_IN_CLAUSE = re.compile(
    rf"\b(?:in|over|during|for|across|between|throughout|from)\s+(?:the\s+(?:\w+\s+)?(?:period|years)\s+(?:of\s+)?(?:from\s+)?)?"
    rf"({YEAR})\s*(?:to|through|until|-|–|—|(?<=between \d{{4}}) and)\s*({YEAR})\b",
    re.IGNORECASE,
)


# "appeals ... received from 2020 to 2022 totalled 7,415"
_TOTAL_CUE = re.compile(
    r"\b(?:in total|a total of|altogether|overall|in all|cumulatively|a cumulative)\b", re.IGNORECASE
)
_TOTALLED = re.compile(
    r"\b(?:totall?ed|amounted to|numbered|came to|(?:was|were) (?:a total of|in total))\s+(?:some\s+|about\s+)?$",
    re.IGNORECASE,
)


# "the three regions formed in 2022", "the law adopted in 2016": the year of another event
_EVENT_YEAR = re.compile(
    r"\b(?:formed|established|founded|created|set up|adopted|approved|introduced|launched|opened|born|built|signed|ratified"
    r"|began|begun|started|first compiled|first published)\s+in\s+$",  # "since the series began in 2010"
    re.IGNORECASE,
)


# "on 1 January 2021", "as of 31 December 2019", "at 1 September 2024": a date the figures of its clause hold at
_POINT_DATE_BEFORE = re.compile(
    rf"(?<!\bdated )(?<!\badopted )(?<!\bapproved )(?<!\bsigned )(?<!\bissued )(?<!\bfrom )\b(?:on|as (?:at|of|on)|at)\s+"
    rf"(?:\d{{1,2}}\s+(?:{MONTHS})|(?:{MONTHS})\s+\d{{1,2}},?)\s*$",
    re.IGNORECASE,
)


_EVENT_BEFORE_DATE = re.compile(
    r"\b(?:adopted|approved|signed|ratified|issued|dated|enacted|entered into force|established|founded|created"
    r"|launched|opened|born|published|amended)\b[^.;]*$",
    re.IGNORECASE,
)


def _point_date_year(r: Reading, clause, written: set) -> int | None:
    """The year of the one date in a clause, written as the time its figures hold ("... on 1 January 2021");
    a date of an event ("the law adopted on 1 July 2021") or more than one date gives none."""
    dates = [
        x
        for x in r.mentions
        if x.role == "date"
        and x.token.kind == "number"
        and clause.start <= x.start < clause.end
        and len(x.token.text) == 4
    ]
    if len(dates) != 1 or dates[0].start in written:
        return None
    x = dates[0]
    if (
        not _POINT_DATE_BEFORE.search(r.text, max(0, x.start - 40), x.start)
        or _EVENT_YEAR.search(r.text, max(0, x.start - 60), x.start)
        or _EVENT_BEFORE_DATE.search(r.text, max(clause.start, x.start - 100), x.start)
    ):
        return None  # "the Declaration ..., adopted by the General Assembly on 20 November 1959": an event's date
    return int(x.token.text)


def _in_aside(r: Reading, i: int, x) -> bool:
    """Whether a year after a figure is in an aside about something else: "123,000 children were on the waiting
    list, a queue the Government had promised in 2010 to clear"."""
    m = r.mentions[i]
    if x.start > m.end and bool(_ASIDE.search(r.text, m.unit_end, x.start)):
        return True
    # "812 units in 2021, of which 498 ... (2020 – 797 units in total)": the year of the figure in the parentheses
    opened, closed = r.text.rfind("(", 0, x.start), r.text.find(")", x.start)
    if opened < 0 or closed < 0 or r.text.rfind(")", 0, x.start) > opened or opened < m.start < closed:
        return False
    if not r.text[m.unit_end : opened].strip():  # "87.3% (2019; 95% CI 85.9–88.7)": the figure's own year
        return False
    return any(opened < r.mentions[j].start < closed for j in r.values)


_ASIDE = re.compile(
    r",\s+(?:a|an|which|who|whom|whose|when|where|the)\s+[^,;]*\b(?:had|has|have|was|were|is)\b", re.IGNORECASE
)


def _coordinated(r: Reading, figures: list) -> bool:
    """Whether figures are listed as one subject ("219 offences under article 134 ... and 64 crimes under ..."):
    all values, no verb between them, the last joined by "and"."""
    if not all(x.is_value for x in figures):
        return False
    gaps = [r.text[a.unit_end : b.start] for a, b in itertools.pairwise(figures)]
    return (
        bool(gaps)
        and all(not _VERB_IN_GAP.search(g) and re.search(r"(?:,|\band)\s*$", g) for g in gaps)
        and gaps[-1].rstrip().endswith("and")
    )


_VERB_IN_GAP = re.compile(r"\b(?:were|was|is|are|had|has|have|[a-z]+ed)\b|[;:]", re.IGNORECASE)


def _period_total(r: Reading, i: int, ctx: Context) -> Period | None:
    m = r.mentions[i]
    if VALUE_KIND.get(m.unit) != "count" or m.partner is not None:
        return None
    if _LEVEL_REACHED.search(r.text, r.clause_of(m.start).start, m.start):
        return None  # "From 2015 to 2022 the number of early marriages halved, to 1,900": the level at the end
    span = r.span_anchor(i)
    if span is not None:
        return span.start, span.end
    clause = r.clause_of(m.start)
    if r.point_anchor(i) is not None:
        return None
    same = SAME_PERIOD.search(r.text, clause.start, m.start)
    later = SAME_PERIOD.search(r.text, m.unit_end, clause.end)  # "... – 23 offences over the same period"
    if later and any(m.end < x.start < later.start() and (x.is_value or x.role == "year") for x in r.mentions):
        later = None
    own_from = (
        clause.start if same else m.start
    )  # "87 ... in 2018–2022, and 41 ... over the same period": 2018–2022 is 87's
    if (same or later) and not any(x.role in ("year", "date") for x in r.mentions if own_from <= x.start < clause.end):
        return _same_span(r, i, ctx)  # "Over the same period, the Office received a total of 11,482 appeals"
    found = _SPAN_IN_CLAUSE.search(r.text, m.end, clause.end)  # "612 suicides ... were registered in 2021-2024"
    if found and int(found.group(1)) < int(found.group(2)):
        between = [x for x in r.mentions if m.end <= x.start < found.start() and (x.is_value or x.role == "year")]
        if not between or _coordinated(r, [m, *between]):  # "219 offences under ... and 64 crimes ... were
            return int(found.group(1)), int(found.group(2))  # registered over 2014–2018"
    rp = ctx.doc.reporting_period
    total = REPORTING_PERIOD.search(r.text, clause.start, clause.end)
    dated = any(x.role in ("year", "date") for x in r.mentions if clause.start <= x.start < clause.end)
    if rp and total and not dated and (total.start() > m.end or _TOTAL_CUE.search(r.text, clause.start, m.start)):
        return rp  # "In total, during the period under review, they identified 412 cases"
    # "In the course of inspections carried out over 2019-2023, inspectors identified 214 cases"
    for lead in _SPAN_IN_CLAUSE.finditer(r.text, clause.start, m.start):
        follows = r.text[lead.end() : lead.end() + 2].startswith(",") or _TOTALLED.search(r.text, lead.end(), m.start)
        between = [x for x in r.mentions if clause.start <= x.start < m.start and x.is_value]
        between += [x for x in r.mentions if lead.end() <= x.start < m.start and x.role == "year"]
        if follows and not between and int(lead.group(1)) < int(lead.group(2)):
            return int(lead.group(1)), int(lead.group(2))
    return None


_FREE_YEAR_BEFORE = re.compile(
    r"(?:\b(?:in|at the end of|by the end of|as (?:at|of)|for|during|year-end"
    r"|(?:campaign|season|holidays|summer|winter) of)|\()\s*$",  # "The summer health campaign of 2025 covered"
    re.IGNORECASE,
)
_SEASON_AFTER_YEAR = re.compile(r"\s+(?:summer|autumn|spring|winter)\b", re.IGNORECASE)  # "the 2019 summer holidays"


_WHEN_YEAR = re.compile(rf"\b({YEAR}),?\s+when\b[^.;()\d]*$", re.IGNORECASE)


def _when_year(r: Reading, i: int, ctx: Context) -> Period | None:
    """ "... considerably more than in 2020, when the corresponding figure was 487,100": the year a 'when'
    clause describes is its figure's."""
    m = r.mentions[i]
    found = _WHEN_YEAR.search(r.text, max(0, m.start - 80), m.start)
    return (int(found.group(1)), int(found.group(1))) if found else None


_SCHOOL_YEAR_IN_CLAUSE = re.compile(
    rf"\b(?:in|for|during|over)\s+the\s+{SCHOOL_YEAR}\s+{SCHOOL_WORD}\s+year\b", re.IGNORECASE
)


def _clause_year(r: Reading, i: int, ctx: Context) -> Period | None:
    """The one year of the figure's clause that no other figure claims ("There were 997 ... in 2020")."""
    m = r.mentions[i]
    alone_in_parentheses = re.match(r"\s*\)", r.text[m.unit_end :]) and r.text[: m.start].rstrip().endswith("(")
    if r.text.count("(", 0, m.start) > r.text.count(")", 0, m.start) and not alone_in_parentheses:
        return None
    clause = r.clause_of(m.start)
    listed = {p[0] for j, p in r.periods.items() if j != i and p[2] in ("year_label", "respectively")}
    written = {x.period_at for x in r.mentions if x.period_at is not None and not x.qualifiers}
    written_unplaced = {x.period_after[0] for x in r.mentions if x.period_after and x.period_at is None}
    years = [  # "118,600 families ... received the allowance in 2022, ... 241,800 mothers in 2022": each its own
        x
        for x in r.mentions
        if x.role == "year"
        and x.token.kind == "number"
        and clause.start <= x.start < clause.end
        and int(x.token.text) not in listed | written_unplaced
        and x.start not in written
        and not is_base_year(r.text, x.start)
        and not _in_aside(r, i, x)
        and not _EVENT_YEAR.search(r.text, max(0, x.start - 40), x.start)
    ]
    free = {
        int(x.token.text)
        for x in years
        if _FREE_YEAR_BEFORE.search(r.text, max(0, x.start - 30), x.start)
        or (  # "spent part of the 2019 summer holidays at language and leadership schools"
            r.text[max(0, x.start - 4) : x.start].lower() == "the " and _SEASON_AFTER_YEAR.match(r.text, x.end)
        )
    }
    if len({int(x.token.text) for x in years}) == 1 and len(free) == 1:
        return (year := free.pop()), year
    school = _SCHOOL_YEAR_IN_CLAUSE.findall(r.text, clause.start, clause.end)
    if not years and len(set(school)) == 1:  # "68.2 per cent of schools had ... in the 2017–2018 school year"
        start = int(school[0][0])
        claimed_school = {
            x.period_after for x in r.mentions if x.period_after and x.period_after[0] != x.period_after[1]
        }
        if school_year_end(*school[0]) == start + 1 and (start, start + 1) not in claimed_school:
            return start, start + 1
    dated = _point_date_year(r, clause, written)
    if not years and dated is not None:  # "142 minors were held ... as of 31 December 2019"
        return dated, dated
    in_clause = [x for x in r.mentions if x.role in ("year", "date") and clause.start <= x.start < clause.end]
    own_time = (
        RELATIVE_YEAR.search(r.text, clause.start, clause.end)
        or SAME_PERIOD.search(r.text, clause.start, clause.end)
        or REPORTING_PERIOD.search(r.text, clause.start, clause.end)
        or _EARLIER.search(r.text, clause.start, clause.end)
    )
    written_for_others = (
        i not in r.pairs and i not in r.hosts and all(x.start in written for x in in_clause if x.role == "year")
    )
    if own_time or m.partner is not None or (in_clause and not written_for_others) or r.anchor is not None:
        return None
    # "life expectancy at birth in 2016 was 72.41 years ..., and the infant mortality rate was 9.14": the one year
    # of the sentence, which another figure of it holds as its period
    every = {int(x.token.text) for x in r.mentions if x.role == "year" and x.token.kind == "number"}
    dates = [x for x in r.mentions if x.role == "date"]
    held = {  # (a part's own year is not its total's: "620 ... over five years, including 140 in 2020")
        p[0]
        for j, p in r.periods.items()
        if j != i and r.hosts.get(j) != i and p[0] == p[1] and p[2] in ("clause_year", "value_in_year")
    }
    if _WORDED_SPAN.search(r.text):
        return None  # "In the last five years, 620 children ...": a span the text does not date
    spans = [x for x in r.mentions if x.role == "year" and x.token.kind != "number"]  # "…, 2021–2025: 11 640 in total"
    if len(every) == 1 and not dates and not spans and every <= held:
        return (year := every.pop()), year
    return None


# a level the series moved to: "halved, to 1,900", "fell to 1,900", "had risen to"
_LEVEL_REACHED = re.compile(
    r"\b(?:halved|doubled|tripled|fell|rose|grew|declined|decreased|increased|dropped|shrank|climbed|went (?:up|down)"
    r"|reduced|cut)\b[^.;\d]{0,30}?\bto\s+(?:some\s+|about\s+|around\s+|nearly\s+|almost\s+|just\s+)?$"
    r"|,\s*to\s+$",
    re.IGNORECASE,
)
_WORDED_SPAN = re.compile(
    r"\b(?:in|over|during|for|across|within)\s+(?:the\s+)?(?:(?:last|past|previous|preceding)\s+)?"
    r"(?:two|three|four|five|six|seven|eight|nine|ten|\d{1,2}|several|many)\s+years\b",
    re.IGNORECASE,
)
_CHANGE_BASE_BEFORE = re.compile(r"\b(?:than|compared (?:with|to)|on|from|since|over|against)\s+$", re.IGNORECASE)


def _heading_year(r: Reading, i: int, ctx: Context) -> Period | None:
    """ "Libraries for children, end of 2020: total – 174, ...": the one year of the heading before a colon."""
    clause = r.clause_of(r.mentions[i].start)
    totalled = clause.follows_colon and _TOTAL_AFTER.match(r.text, r.mentions[i].unit_end)
    if totalled and r.mentions[i].period_after is None:  # "Adoption cases heard by courts, 2021–2025: 11 640 in total,
        heading = r.clauses[clause.heading]  # of which 2 105 in 2025": the heading's span, whatever the parts' years
        spans = set(re.findall(rf"\b({YEAR})\s*[-–—]\s*({YEAR})\b", r.text[heading.start : heading.end]))
        if len(spans) == 1:
            start, end = spans.pop()
            return int(start), int(end)
    if not clause.follows_colon or any(
        x.role in ("year", "date") and clause.start <= x.start < clause.end for x in r.mentions
    ):
        return None
    heading = r.clauses[clause.heading]
    years = {  # "As of 1 Sept. 2023: preschool orgs. — 11,376": the year of a date counts too
        int(x.token.text)
        for x in r.mentions
        if x.role in ("year", "date")
        and x.token.kind == "number"
        and re.fullmatch(YEAR, x.token.text)
        and heading.start <= x.start < heading.end
    }
    if len(years) == 1:
        return (year := years.pop()), year
    spans = {
        (int(m.group(1) or m.group(3)), int(m.group(2) or m.group(4)))
        for m in _SPAN_TOTAL_HEADING.finditer(r.text, heading.start, heading.end)
    }
    if (
        len(spans) == 1 and not years and r.mentions[i].partner is None
    ):  # "Cumulative 2019–2023: • adoption cases — 9,418"
        return spans.pop()
    school = {m.groups() for m in _SCHOOL_YEAR_NAMED.finditer(r.text, heading.start, heading.end)}
    if not years and len(school) == 1:  # "Gross enrolment ratio ... for the 2018–2019 academic year: 103.6 per cent"
        start, end_digits = school.pop()
        if school_year_end(start, end_digits) == int(start) + 1:
            return int(start), int(start) + 1
    return None


_TOTAL_AFTER = re.compile(r"\s*(?:in total|altogether|in all|combined)\b", re.IGNORECASE)
_SPAN_TOTAL_HEADING = re.compile(
    rf"\b(?:cumulative(?:ly)?|in total|total|altogether)[,:]?\s+(?:for\s+|over\s+)?({YEAR})\s*[-–—]\s*({YEAR})\b"
    rf"|\b({YEAR})\s*[-–—]\s*({YEAR})\s+(?:combined|cumulative(?:ly)?|in total|total|altogether)\b",
    re.IGNORECASE,
)
_SCHOOL_YEAR_NAMED = re.compile(rf"\b{SCHOOL_YEAR}\s+{SCHOOL_WORD}\s+year\b", re.IGNORECASE)
_AGAINST = re.compile(
    r"\b(?:against|compared (?:with|to)|versus|than|(?:up|down) from|from|as opposed to)\b", re.IGNORECASE
)


def _relative_in_clause(r: Reading, i: int, ctx: Context) -> Period | None:
    """ "That year, 297,400 mothers ...", "In the same year ...": a year named before, in this or an earlier sentence.
    "... 1.6% fewer than a year earlier" names the base of a change, not the figure's year."""
    phrase = r.in_clause(i, RELATIVE_YEAR)
    clause = r.clause_of(r.mentions[i].start)
    opening = RELATIVE_YEAR.match(r.text, re.match(r"\W*(?:in\s+)?", r.text).end())
    own_time = any(
        x.role in ("year", "date") and not _in_aside(r, i, x)
        for x in r.mentions
        if clause.start <= x.start < clause.end
    )
    if phrase is None and opening and not own_time:  # "That year they enrolled ..., while 123,000 children ..."
        phrase = opening
    if phrase is None or _CHANGE_BASE_BEFORE.search(r.text, max(0, phrase.start() - 20), phrase.start()):
        return None
    if any(j != i and (x := _relative_label(r, j)) and x.start() == phrase.start() for j in r.values):
        return None  # "(a year earlier – 1,391)": the label of another figure
    m = r.mentions[i]
    if any(
        m.start < r.mentions[j].start < phrase.start() and _AGAINST.search(r.text, m.unit_end, r.mentions[j].start)
        for j in r.values
    ):
        return None  # "31.4 ... in 2022, against 36.9 a year earlier": the phrase is the later figure's
    reference = _compared_year(r, i) or _reference_year(r, phrase.start(), ctx)
    if reference is None:
        return None
    year = relative_year(phrase, reference)
    return year, year


_COMPARING = r"(?:against|compared with|compared to|versus|vs\.?|as against)"  # words that set a figure beside another
_COMPARED_GAP = re.compile(rf"[^.;\d]{{0,40}}?\b{_COMPARING}\s+$", re.IGNORECASE)


def _compared_year(r: Reading, i: int) -> int | None:
    """ "... took in 48,650 children, compared with 41,020 a year earlier": a year before the figure compared
    with (whose year is the sentence's), not before the last year named ("up from 1,188,200 in 2023")."""
    m = r.mentions[i]
    before = [j for j in r.values if j < i and r.mentions[j].unit == m.unit]
    if not before or not _COMPARED_GAP.fullmatch(r.text, r.mentions[before[-1]].unit_end, m.start):
        return None
    period = r.periods.get(before[-1])
    return period[0] if period is not None and period[0] == period[1] else None


def _restated(r: Reading, i: int, ctx: Context) -> Period | None:
    """ "108,430 at the end of 2024, representing 1.6 per cent": a count and its share hold for one period."""
    pair = r.pairs.get(i)
    return r.periods[pair][:2] if pair is not None and pair in r.periods else None


def _breakdown_of_total(r: Reading, i: int, ctx: Context) -> Period | None:
    host = r.hosts.get(i)
    if host is None or host not in r.periods:
        return None
    clause = r.clause_of(r.mentions[i].start)
    claimed = {r.mentions[k].period_after[0] for k in r.values if k != i and r.mentions[k].period_after}
    years = {  # "rural libraries made up 2,205 of them, against 2,266 in 2017": 2017 is 2,266's own year
        int(x.token.text)
        for x in r.mentions
        if x.role == "year" and x.token.kind == "number" and clause.start <= x.start < clause.end
    } - claimed
    start, end = r.periods[host][:2]
    if years and not years <= set(range(start, end + 1)) and clause is not r.clause_of(r.mentions[host].start):
        return None  # "...; 1,140 of the pregnancies registered in 2023": a year of its own, not its total's
    return start, end


_PLACE_COMPARED = re.compile(rf",?\s*{_COMPARING}\s+$", re.IGNORECASE)
_PLACE_AFTER = re.compile(  # "8.9 for Kazakhstan as a whole", "8.3 nationally", "8.9 in the republic;"
    r"\s*(?:for|in|across|on)?\s*(?:the\s+)?(?:Kazakhstan|country|republic|[A-Z][a-z]+ (?:region|oblast)|nationally"
    r"|nationwide)(?:\s+as a whole)?\s*(?:[;,.)]|$)"
)
_LABEL_OPENING = re.compile(r"\(\s*[^()\d;,]{2,40}?\s*(?:[–—:]|\s-)\s*$")  # "(republic – ", "(girls: "


def _labelled_aside(r: Reading, i: int, ctx: Context) -> Period | None:
    """ "9.64 ... in 2019 (republic – 8.36)": a labelled figure alone in parentheses right after a dated figure
    is the same measure for the same period."""
    m = r.mentions[i]
    compared = _PLACE_COMPARED.search(r.text, max(0, m.start - 30), m.start)
    if compared and i in r.labels.areas and _PLACE_AFTER.match(r.text, m.unit_end):
        before = [j for j in r.values if r.mentions[j].end <= compared.start()]  # "6.8 ... in 2017, against 8.9 for
        same_clause = before and r.clause_of(r.mentions[before[-1]].start) is r.clause_of(m.start)  # Kazakhstan as
        if same_clause and before[-1] in r.periods and r.mentions[before[-1]].unit == m.unit:  # a whole": that year
            return r.periods[before[-1]][:2]
    opened = r.text.rfind("(", 0, m.start)
    closed = r.text.find(")", m.end)
    if opened < 0 or closed < 0 or not _LABEL_OPENING.fullmatch(r.text, opened, m.start):
        return None
    if any(j != i and opened < r.mentions[j].start < closed for j in r.values):
        return None
    if not re.fullmatch(r"\s*(?:per\s?cent|%)?\s*", r.text[m.unit_end : closed]):
        return None
    before = [j for j in r.values if r.mentions[j].end <= opened]
    if not before or before[-1] not in r.periods or r.mentions[before[-1]].unit_end < opened - 40:
        return None
    if re.search(r"[;.]", r.text[r.mentions[before[-1]].unit_end : opened]):
        return None
    return r.periods[before[-1]][:2]


_LEADING_REFERENCE = re.compile(
    r"^(?:(?:out )?of (?:these|them|this number|those|the total)|among (?:them|these)|it|this|they|their|the figure|"
    r"this indicator|the indicator|(?:these|those|such|the said|the aforementioned|the above(?:-mentioned)?) [a-z-]+|"
    r"the (?:share|proportion|rate) of (?:them|these))\b",
    re.IGNORECASE,
)


_OF_THE_TOTAL = re.compile(r"\s*of (?:the|this|that) (?:total|number|figure)\b", re.IGNORECASE)


def _carried_year(r: Reading, i: int, ctx: Context) -> Period | None:
    """ "... 21,240 at the end of 2022. Of these, 83.9 per cent ...": a figure that refers back to figures
    of one point in time, in an earlier clause or sentence, and has no time of its own, takes theirs."""
    m = r.mentions[i]
    clause = r.clause_of(m.start)
    if any(x.role in ("year", "date") and clause.start <= x.start < clause.end for x in r.mentions):
        return None
    continued = _carried_in_sentence(r, i, ctx)
    if continued:
        return continued
    body = r.text[clause.start : m.start].lstrip(" ,")
    body = re.sub(r"^(?:and|while|whereas|but)\s+", "", body, flags=re.IGNORECASE)
    referring = _LEADING_REFERENCE.match(body) or re.search(r"\b(?:they|it|their|its)\b", body, re.IGNORECASE)
    if not referring and not _OF_THE_TOTAL.match(r.text, m.unit_end):  # "Boys accounted for 57,020 of the total"
        return None
    earlier = [p for j, p in r.periods.items() if r.mentions[j].start < clause.start and p[0] == p[1]]
    if clause.start > 0:
        return earlier[-1][:2] if earlier else None
    return ctx.last_period


def _carried_in_sentence(r: Reading, i: int, ctx: Context) -> Period | None:
    """ "Of these, 83.9 per cent were raised in ..., while 3,420 lived in ...": a later clause with no time of its
    own continues the period its sentence carried over."""
    m = r.mentions[i]
    clause = r.clause_of(m.start)
    if any(x.role in ("year", "date") and clause.start <= x.start < clause.end for x in r.mentions):
        return None
    carried = {p[:2] for j, p in r.periods.items() if j != i and p[2] == "carried_year"}
    return carried.pop() if len(carried) == 1 else None


def _context_year(r: Reading, i: int, ctx: Context) -> Period | None:
    if ctx.point is None or r.anchor is not None or has_non_year_anchor(r.text):
        return None
    attached = {x.period_after[0] for x in r.mentions if x.period_after}
    own_times = [
        m
        for m in r.mentions
        if m.role == "date" or (m.role == "year" and (m.token.kind != "number" or int(m.token.text) not in attached))
    ]
    if own_times:  # "(in 2016 it had stood at 1.41 per cent)": a year another figure holds is not the sentence's
        return None
    return ctx.point


RULES: tuple[Rule, ...] = (
    Rule(
        "year_label",
        "year_list",
        "period",
        "A year, then a colon or dash, then the figure: '(2022: 2,146; 2023: 3,058)', '2017 – 1,498'.",
        (
            (
                "Appeals concerning violations of the rights of minors grew (2021: 1,150; 2022: 1,420).",
                ("OMBUDSMAN_APPEALS 2021 1150", "OMBUDSMAN_APPEALS 2022 1420"),
            ),
        ),
        _labelled("year_label"),
    ),
    Rule(
        "respectively",
        "year_list",
        "period",
        "Figures and years (or labels) listed in the same order: '310, 295 and 280 early marriages in 2019, 2020 and "
        "2021 respectively'; without a list of years, a list pairs with an earlier list of figures.",
        (
            (
                "There were 310, 295 and 280 early marriages in 2019, 2020 and 2021 respectively.",
                ("EARLY_MARRIAGES 2019 310", "EARLY_MARRIAGES 2020 295", "EARLY_MARRIAGES 2021 280"),
            ),
        ),
        _respectively,
    ),
    Rule(
        "value_in_year",
        "year_value",
        "period",
        "The figure's own year, right after it or in parentheses: '1,075 in 2019', '997 (2020)', 'in 2016 (24.8 per cent)'.",
        (
            (
                "Early marriages numbered 1,075 in 2019 and 997 (2020).",
                ("EARLY_MARRIAGES 2019 1075", "EARLY_MARRIAGES 2020 997"),
            ),
        ),
        _value_in_year,
    ),
    Rule(
        "when_year",
        "year_value",
        "period",
        "A figure in a 'when' clause after a year has that year: '... than in 2020, when the corresponding figure "
        "was 487,100'.",
        (
            (
                "In 2024 the large family allowance was paid to 598,300 families, considerably more than in 2020, "
                "when the corresponding figure was 487,100.",
                ("LARGE_FAMILY_ALLOWANCE_RECIPIENTS 2024 598300", "LARGE_FAMILY_ALLOWANCE_RECIPIENTS 2020 487100"),
            ),
        ),
        _when_year,
    ),
    Rule(
        "trend_span",
        "trend_period",
        "period",
        "The ends of 'from X to Y' in a sentence or clause that opens with a span: 'Between 2017 and 2022, the number "
        "of orphanages went down from 150 to 101'.",
        (
            (
                "Between 2017 and 2022, the number of orphanages went down from 150 to 101.",
                ("RESIDENTIAL_CARE_INSTITUTIONS 2017 150", "RESIDENTIAL_CARE_INSTITUTIONS 2022 101"),
            ),
        ),
        _trend_span,
    ),
    Rule(
        "trend_reporting_period",
        "trend_period",
        "period",
        "The ends of 'from X to Y' during the reporting period: the document's first and last years.",
        (
            (
                "During the reporting period, the infant mortality rate fell from 9.1 to 7.4 per 1,000 live births.",
                ("INFANT_MORTALITY 2019 9.1", "INFANT_MORTALITY 2023 7.4"),
            ),
        ),
        _trend_reporting_period,
        reporting_period=(2019, 2023),
    ),
    Rule(
        "reporting_period_end",
        "trend_period",
        "period",
        "A figure at the beginning or end of the reporting period: the document's first or last year.",
        (
            (
                "At the beginning of the period under review, 38.5 per cent of general education schools had created "
                "conditions for inclusive education; by the end of the period the share had risen to 70.1 per cent.",
                ("SCHOOLS_INCLUSIVE_SHARE 2019 38.5",),
            ),
        ),
        _reporting_period_end,
        reporting_period=(2019, 2023),
    ),
    Rule(
        "trend_same_period",
        "carried_period",
        "period",
        "The ends of 'from X to Y' 'over the same period': the span named in an earlier sentence.",
        (
            (
                "Between 2019 and 2023, the number of orphanages fell from 120 to 87. Over the same period, the number of "
                "kindergartens grew from 5,900 to 6,700.",
                (
                    "RESIDENTIAL_CARE_INSTITUTIONS 2019 120",
                    "RESIDENTIAL_CARE_INSTITUTIONS 2023 87",
                    "KINDERGARTENS 2019 5900",
                    "KINDERGARTENS 2023 6700",
                ),
            ),
        ),
        _trend_same_period,
    ),
    Rule(
        "relative_year",
        "carried_period",
        "period",
        "A year named relative to another: '203,110 a year earlier', 'That year, ...', 'the previous year', "
        "'(the year before: 1,502)'.",
        (
            (
                "Childcare allowances were paid to 187,650 persons in 2024, against 203,110 a year earlier.",
                ("CHILDCARE_ALLOWANCE_RECIPIENTS 2024 187650", "CHILDCARE_ALLOWANCE_RECIPIENTS 2023 203110"),
            ),
            (
                "In 2019, 1,411 claims for the deprivation of parental rights were granted (the year before: 1,502).",
                ("PARENTAL_RIGHTS_TERMINATIONS 2019 1411", "PARENTAL_RIGHTS_TERMINATIONS 2018 1502"),
            ),
        ),
        _relative_in_tail,
    ),
    Rule(
        "sentence_year",
        "sentence_year",
        "period",
        "The point in time the sentence or clause opens with: 'In 2020, ...', 'As at 1 October 2020, ...', "
        "'At the end of 2023 the ...', 'In the 2019/20 school year, ...'.",
        (
            (
                "At the end of 2023, 19,870 orphans and children left without parental care were registered.",
                ("CHILDREN_WITHOUT_PARENTAL_CARE 2023 19870",),
            ),
        ),
        _sentence_year,
    ),
    Rule(
        "heading_year",
        "year_list",
        "period",
        "The one year of a heading before a colon dates the figures listed after it: 'Libraries for children, end of "
        "2020: total – 174, of which in urban areas – 103, in rural areas – 71'; a total span does too: 'Cumulative "
        "2016–2020: • adoption cases — 10,512'.",
        (
            (
                "Libraries for children, end of 2020: total – 174, of which in urban areas – 103, in rural areas – 71.",
                (
                    "CHILDREN_LIBRARIES 2020 174",
                    "CHILDREN_LIBRARIES 2020 res=U 103",
                    "CHILDREN_LIBRARIES 2020 res=R 71",
                ),
            ),
            (
                "Cumulative 2016–2020: • adoption cases considered by courts — 10,512 • early marriages — 4,980.",
                ("ADOPTION_CASES 2016-2020 10512", "EARLY_MARRIAGES 2016-2020 4980"),
            ),
        ),
        _heading_year,
    ),
    Rule(
        "relative_year_clause",
        "carried_period",
        "period",
        "A clause that refers to a year named before: 'That year, ...', 'In the same year, ...'.",
        (
            (
                "In 2022, 548,900 families received the large family allowance. That year, 291,340 mothers also "
                "received the allowance for mothers of large families.",
                (
                    "LARGE_FAMILY_ALLOWANCE_RECIPIENTS 2022 548900",
                    "LARGE_FAMILY_MOTHER_ALLOWANCE_RECIPIENTS 2022 291340",
                ),
            ),
        ),
        _relative_in_clause,
    ),
    Rule(
        "period_total",
        "period_total",
        "period",
        "A count over a span, the sentence's or the clause's: 'From 2016 to 2020, 843 suicides ...', 'a total of 612 "
        "over 2021-2024'. A percentage or rate over a span is never a yearly value.",
        (
            (
                "From 2021 to 2024, 612 suicides among children aged 5 to 17 were registered.",
                ("CHILD_SUICIDES 2021-2024 612",),
            ),
        ),
        _period_total,
    ),
    Rule(
        "clause_year",
        "year_value",
        "period",
        "The one year in the figure's clause that no other figure claims: 'There were 997 early marriages in 2020'.",
        (("Only 870 early marriages were registered in the country in 2022.", ("EARLY_MARRIAGES 2022 870",)),),
        _clause_year,
    ),
    Rule(
        "restated_share",
        "share_and_count",
        "period",
        "A count and the share it is restated as hold for one period: '108,430 at the end of 2024, representing 1.6 "
        "per cent of the child population'.",
        (
            (
                "Registered children with disabilities numbered 108,430 at the end of 2024, representing 1.6 per cent "
                "of the child population.",
                ("CHILDREN_WITH_DISABILITIES 2024 108430", "CHILDREN_WITH_DISABILITIES_SHARE 2024 1.6"),
            ),
        ),
        _restated,
    ),
    Rule(
        "breakdown_of_total",
        "labelled_breakdown",
        "period",
        "The parts of a total take its period: '4,100 libraries in 2022, including 3,500 in rural areas'.",
        (
            (
                "Libraries for children numbered 4,100 in 2022, including 3,500 in rural areas.",
                ("CHILDREN_LIBRARIES 2022 4100", "CHILDREN_LIBRARIES 2022 res=R 3500"),
            ),
        ),
        _breakdown_of_total,
    ),
    Rule(
        "labelled_aside",
        "labelled_breakdown",
        "period",
        "A labelled figure alone in parentheses right after a dated figure holds for its period: '9.64 per 1,000 "
        "live births in 2019 (republic – 8.36)'; so does a place's figure it is compared with: '6.8 in 2017, against "
        "8.9 for Kazakhstan as a whole'.",
        (
            (
                "The infant mortality rate in Kyzylorda region was 9.64 per 1,000 live births in 2019 (republic – 8.36).",
                ("INFANT_MORTALITY 2019 area=KZ-43 9.64", "INFANT_MORTALITY 2019 8.36"),
            ),
        ),
        _labelled_aside,
    ),
    Rule(
        "carried_year",
        "carried_period",
        "period",
        "A figure that refers back ('Of these', 'they', 'it') and has no time of its own takes the year of the "
        "figures it refers to.",
        (
            (
                "The number of orphans and children left without parental care stood at 21,240 at the end of 2022. Of these, "
                "83.9 per cent were raised in the families of guardians.",
                ("CHILDREN_WITHOUT_PARENTAL_CARE 2022 21240", "CHILDREN_IN_FAMILY_CARE_SHARE 2022 83.9"),
            ),
        ),
        _carried_year,
    ),
    Rule(
        "context_year",
        "carried_period",
        "period",
        "A figure with no time of its own takes the point in time an earlier sentence of its paragraph opened with.",
        (
            (
                "As of 1 January 2024, there were 9,800 preschools. Preschool education was provided to 96.1% of children "
                "aged 3-6.",
                ("PRESCHOOL_ORGANIZATIONS 2024 9800", "PRESCHOOL_COVERAGE_3_6 2024 96.1"),
            ),
        ),
        _context_year,
    ),
    Rule(
        "labelled_value",
        "labelled_breakdown",
        "dimension",
        "A part named by a label before or after it: '(girls: 99.8 per cent; boys: 99.6 per cent)', '53 by girls', "
        "'2,346 in rural areas', 'Turkistan region (14,320)'.",
        (
            (
                "In 2023, the net enrolment ratio in primary education was 99.7 per cent (girls: 99.8 per cent; boys: 99.6 "
                "per cent).",
                ("NER_PRIMARY 2023 99.7", "NER_PRIMARY 2023 sex=F 99.8", "NER_PRIMARY 2023 sex=M 99.6"),
            ),
        ),
    ),
    Rule(
        "regions_list",
        "regional",
        "dimension",
        "One value for a counted list of regions: 'reached 100 per cent across 3 regions: Pavlodar, Kostanay and "
        "Atyrau Oblasts'.",
        (
            (
                "In 2024, the preschool enrolment rate for children aged 3 to 6 reached 100 per cent in 3 regions: "
                "Pavlodar, Kostanay and Atyrau Oblasts.",
                (
                    "PRESCHOOL_COVERAGE_3_6 2024 area=KZ-55 100",
                    "PRESCHOOL_COVERAGE_3_6 2024 area=KZ-39 100",
                    "PRESCHOOL_COVERAGE_3_6 2024 area=KZ-23 100",
                ),
            ),
        ),
    ),
    Rule(
        "sentence_region",
        "regional",
        "dimension",
        "The one region a sentence is about, named before a figure with no place of its own, nothing national "
        "between: 'In 2019 in Turkistan oblast ... 1 046 kindergartens; the number of mini-centres made up 612'; a "
        "sentence that leans on it ('Of them ...') takes it too.",
        (
            (
                "At the end of 2021 in West Kazakhstan oblast 1 146 families in a crisis situation were registered; "
                "the number of children living in these families was 3 072.",
                ("FAMILIES_IN_CRISIS 2021 area=KZ-27 1146", "CHILDREN_IN_FAMILIES_IN_CRISIS 2021 area=KZ-27 3072"),
            ),
        ),
    ),
    Rule(
        "change_pct_from_level",
        "difference_from_year",
        "derivation",
        "A level and its percentage change from another year give that year's level ('E'): '131 ..., 9 per cent "
        "fewer than in 2021' -> 131 / (1 - 0.09).",
        (
            (
                "In 2024, 131 child suicides were recorded, 9 per cent fewer than in 2021.",
                ("CHILD_SUICIDES 2024 131", "CHILD_SUICIDES 2021 144 E"),
            ),
        ),
    ),
    Rule(
        "change_since_year",
        "difference_from_year",
        "derivation",
        "A level and its absolute change from another year give that year's level ('E'): '19,870 ..., 3,540 fewer "
        "than in 2020' -> 19,870 + 3,540.",
        (
            (
                "At the end of 2024, 19,870 orphans and children left without parental care were registered, 3,540 fewer "
                "than in 2020.",
                ("CHILDREN_WITHOUT_PARENTAL_CARE 2024 19870", "CHILDREN_WITHOUT_PARENTAL_CARE 2020 23410 E"),
            ),
        ),
    ),
    Rule(
        "change_points_from_level",
        "difference_from_year",
        "derivation",
        "A percentage and its change in percentage points from another year give that year's percentage ('E').",
        (
            (
                "In 2024, 96.8 per cent of schools had access to the Internet, up 7.5 percentage points on 2021.",
                ("SCHOOLS_INTERNET_SHARE 2024 96.8", "SCHOOLS_INTERNET_SHARE 2021 89.3 E"),
            ),
        ),
    ),
    Rule(
        "table_cell",
        "table",
        "table",
        "A cell of a Word table, read with its column's header (a year or school year) and its row's label (a "
        "catalogue indicator, with any breakdown it names); a unit in the caption or headers is the unit of bare "
        "numbers, a scale ('thousand') leaves the table unread. The quote names the table, row and column "
        "(indicators/tables.py).",
        (
            (
                "Early marriages kept falling.\n\t\tTable 1. Early marriages\n[Table 1]\tIndicator | 2019 | 2020\n"
                "[Table 1]\tEarly marriages | 1,075 | 997",
                ("EARLY_MARRIAGES 2019 1075", "EARLY_MARRIAGES 2020 997"),
            ),
        ),
    ),
)
PERIOD_RULES = tuple(r for r in RULES if r.kind == "period")
RULE_NAMES = tuple(r.name for r in RULES)
# Rules that take a figure's period from outside its sentence (an earlier sentence, the document's reporting
# period): right as the text is usually written, but worth a reviewer's look (listed in the review queue).
LOW_CERTAINTY = frozenset({"context_year", "reporting_period_end", "trend_reporting_period", "trend_same_period"})
