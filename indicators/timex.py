"""Time expressions: what a sentence or a clause says about when its figures hold.

* An *anchor* opens a sentence or a clause: "In 2020, ...", "At the end of 2020 the ...", "As at
  1 October 2020, ...", "In the 2019/20 school year, ..." (a point in time) or "From 2016 to
  2020, ...", "Over the period 2022-2025 ..." (a span, whose counts are totals and whose trends
  run from its first to its last year).
* *Relative* times refer to a year named before: "that year", "the same year", "a year earlier",
  "the previous year"; "over the same period" refers to a span named before; "during the
  reporting period" to the document's reporting period.
* *Clauses* are the parts of a sentence a time or a place at their head applies to.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass

# month names, and their abbreviations with a dot ("1 Sept. 2025", "1 Jan. 2026")
MONTHS = (
    r"january|february|march|april|may|june|july|august|september|october|november|december"
    r"|jan\.|feb\.|mar\.|apr\.|jun\.|jul\.|aug\.|sept?\.|oct\.|nov\.|dec\."
)
YEAR = r"(?:19|20)\d\d"
SCHOOL_YEAR = rf"({YEAR})\s*[/–-]\s*(?:19|20)?(\d\d)"
SCHOOL_WORD = r"(?:school|academic|educational|study)"  # "the 2019/20 school (academic, educational) year"

_CONNECTIVE = (
    r"(?:(?:thus|accordingly|overall|moreover|however|in addition|as a result|in total|in particular|meanwhile|"
    r"furthermore|also|similarly|consequently|by contrast|in contrast|for example|for instance|at the same time),?\s+)?"
)
# "Minister of Education: For the 2021–2022 academic year, we ...": a speaker's name before the words
_SPEAKER = r"(?:(?-i:[A-Z])[\w.'’ -]{0,50}:\s+)?"
# "As the Vice-Minister has just said, in 2022 ...", "I would like to note that, as at 1 January 2026, ...": words
# that report what follows, before the time that opens it
_REPORTED = (
    r"(?:(?:as\s+[^,;]{0,60}?\b(?:said|noted|stated|reported|mentioned|pointed out|emphasi[sz]ed)"
    r"|according to\s+[^,;\d]{0,60}|[^,;\d]{0,80}?\b(?:the fact that|(?:note|stress|recall|show|indicate|emphasi[sz]e|confirm|point out)s? that|said that|stated that"
    r"|explained that|reported that|added that|informed [^,;\d]{0,40}? that)),?\s+)?"
)
# "In Karaganda region as of 1 September 2023, ...": a place before the time that opens the sentence
_PLACE_LEAD = r"(?:(?:in|for)\s+(?:the\s+)?(?:(?-i:[A-Z])[\w'’-]*\s+){1,3}(?:region|oblast|city|province)?,?\s+)?"
# "during the 2023 summer holidays", "in the 2021 winter season": a season named after its year
_SEASON = r"(?:summer|autumn|spring|winter)(?:\s+(?:holidays?|vacations?|season|campaign|period|break))?"
# "at the end of 2020", "as at 1 October 2020", "by the end of 2025", "during the summer holidays of 2023"
_POINT_HEAD = (
    rf"(?:(?:in|during|for|by|on|at|as (?:at|of|on)|throughout|over)\s+|(?=(?:year-)?end-(?:19|20)\d\d))"  # "End-2024:"
    rf"(?:(?:year-)?end-?\s*(?=(?:19|20)\d\d))?"
    rf"(?:(?:the\s+)?(?:very\s+)?(?:end|beginning|start|close|middle|course|summer(?: holidays| period)?|"
    rf"summer|autumn|spring|winter)\s+of\s+(?:the\s+)?(?:year\s+)?|(?:the\s+)?(?:summer|autumn|spring|winter)(?:\s+(?:period|season))?\s+)?"
    rf"(?:(?:\d{{1,2}}\s+)?(?:{MONTHS})\s+|january\s*(?:[-–]|to)\s*december\s+)?(?:(?:the\s+)?(?:calendar\s+|fiscal\s+)?year\s+)?"
    rf"(?:the\s+(?={YEAR}\s+{_SEASON}))?({YEAR})(?:\s+{_SEASON})?(?:\s+alone)?"
)
_YEAR_ANCHOR = re.compile(
    rf"^{_SPEAKER}{_REPORTED}{_PLACE_LEAD}{_CONNECTIVE}{_POINT_HEAD}(?!\s*(?:[-–/]\s*\d|and\b|to\b|or\b|,\s*{YEAR}\b))"
    rf"\s*(?:,|(?=\s+[a-z])|(?<=alone)\s*[–—:]\s*(?=\d)|:\s+(?=[A-Za-z])"  # "End-2024: residential institutions –"
    r"|\s+[—–]\s+(?=[^—–.;\d]{1,100}\s[—–]\s))",  # "As at 1 September 2021 — the reference date used here — the ..."
    re.IGNORECASE,
)
_SPAN_HEAD = (
    rf"(?:(?:over|in|during) the (?:past|last|previous) (?:\w+ )?years,?\s+)?"
    rf"(?:(?:in|during|over|for|across|throughout|(?:in|over) the course of)\s+(?:the\s+)?(?:(?:\w+|\d+)[- ]years?\s+)?"
    rf"(?:(?:period|summers|winters|seasons)\s+)?(?:of\s+)?)?"
    rf"(?:between\s+({YEAR})\s+and\s+({YEAR})|(?:from\s+)?({YEAR})\s*(?:to|through|until|-|–|—)\s*({YEAR})"
    rf"|(?:the\s+)?(?:past\s+|last\s+)?\w+\s+years\s*\(\s*({YEAR})\s*[-–—]\s*({YEAR})\s*\)"  # "Over five years (2019–2023)"
    rf"|(?:from\s+)?(?:1\s+)?january\s+({YEAR})\s*(?:to|through|until|-|–|—)\s*(?:31\s+)?december\s+({YEAR}))"  # whole years
)
_NAMED_YEAR_ANCHOR = re.compile(
    rf"^{_SPEAKER}(?:last|this|that|the previous|the past) year\s*(?:[—–(,]\s*)(?:that is,?\s+|i\.e\.,?\s+|namely\s+)?({YEAR})\s*[—–),]\s*",
    re.IGNORECASE,
)
_SPAN_ANCHOR = re.compile(rf"^{_SPEAKER}{_REPORTED}{_CONNECTIVE}{_SPAN_HEAD}\s*(?:,|(?=\s+[a-z]))", re.IGNORECASE)
_SHORT_SCHOOL_YEAR_ANCHOR = re.compile(
    rf"^{_SPEAKER}(?:in|during|for)\s+(?:(?:the\s+)?{SCHOOL_WORD}\s+year\s+)?{SCHOOL_YEAR}\s*(?:,\s*|(?=\s+[a-z]))",
    re.IGNORECASE,
)
_SCHOOL_YEAR_ANCHOR = re.compile(
    rf"^{_SPEAKER}{_CONNECTIVE}(?:in|during|for|by|(?:at|by) the (?:beginning|start|end) of|as (?:at|of) the (?:beginning|start) of)\s+"
    rf"the\s+(?:(?:following|next|subsequent|previous|preceding)\s+|(?:current|present),?\s+)?{SCHOOL_YEAR},?\s+{SCHOOL_WORD}\s+year"
    rf"\s*(?:,|(?=\s+[a-z])|[–—:]\s*(?=\d))"  # "; in the 2021/2022 academic year – 98.7%"
    rf"|^{_SPEAKER}{_CONNECTIVE}(?:in\s+)?this\s+{SCHOOL_WORD}\s+year\s*\(\s*{SCHOOL_YEAR}\s*\)\s*,?",  # "This academic year (2025–2026),"
    re.IGNORECASE,
)
_NON_YEAR_ANCHOR = re.compile(
    r"^(?:at independence|since independence|previously|in the past|formerly|before|in earlier years|historically)\b",
    re.IGNORECASE,
)
BULLETS = "•▪●"  # the marks that start the items of a bulleted list written into a sentence
# where a clause begins inside a sentence: a semicolon, or a comma before a conjunction
_CLAUSE_BREAK = re.compile(
    r"(?:(?<!\d,\d)(?<!\d,\d\d);|;(?!\s*\d+,\d{1,2}\b))\s*"
    rf"|\s*[{BULLETS}]\s*"
    r"|:\s+(?=[a-z\d])|(?<=(?:19|20)\d\d):\s+|(?<=\)):\s+|(?<=%):\s+"
    r"|:\s+(?=[A-Z][\w'’-]+(?:\s+[\w'’-]+){0,2}\s*[–—]\s*\d)"  # "..., persons: Akmola – 1 312; Aktobe – 1 105"
    r"|,\s+(?=(?:while|whereas|but|although|though|yet)\b)|\s+(?=(?:whereas|while)\b)"
    r"|,\s+(?=and\s+(?![\d(]|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b))"
    r"|\s[–—]\s+(?=and\s+(?:the|its|their|this|these)\b)"  # "... in 2020 – that is, by a third – and the share"
)
_CLAUSE_LEAD = re.compile(r"^(?:while|whereas|but|although|though|yet|and)\s+", re.IGNORECASE)

RELATIVE_YEAR = re.compile(
    r"\b(?:(that same|that|the same) year|(a|one) year (?:earlier|before)|the (previous|preceding|prior) year"
    r"|the year before|(a|one) year later|the (following|next) year|in (the same) year)\b",
    re.IGNORECASE,
)
SAME_PERIOD = re.compile(
    r"\b(?:over|during|in|for|throughout) (?:the same|this|that) (?:(?:\w+ )?years|period|time|span|interval)\b",
    re.IGNORECASE,
)
# "... the figures for 2022 and 2023 were 399,870 and 384,215 respectively", "in 2024 the corresponding figures were ...":
# a list matched by order with one before it
CORRESPONDING = re.compile(
    r"\bthe (?:corresponding|respective) (?:figures|values|shares|rates|numbers)\b|\bin the (?:respective|corresponding) years\b",
    re.IGNORECASE,
)
RESPECTIVELY = re.compile(rf"\b(?:respectively|accordingly)\b|{CORRESPONDING.pattern}", re.IGNORECASE)
# a time the text gives only relative to another, which no rule resolves to a year ("last year", "five years
# earlier", "in the base year"), unless restated with its year ("a decade earlier, in 2013")
UNRESOLVED_TIME = re.compile(
    r"(?:(?<!\bthe )\b(?:last|this|past) year\b(?!s)|\b(?:two|three|four|five|six|seven|eight|nine|ten|\d{1,2}|several|a few) years"
    r" (?:earlier|before|later|ago|on)\b|\ba decade (?:earlier|ago|before|later)\b|\bin the base year\b"
    r"|\b(?:at|by) the (?:start|beginning|end) of the decade\b|\bthe previous (?:reporting )?period\b)"
    r"(?!\s*(?:[,–—-]\s*(?:in\s+|i\.e\.,?\s*|that is,?\s*|namely\s+)?|\(\s*)(?:19|20)\d\d)",  # "a decade earlier, in 2013"
    re.IGNORECASE,
)
REPORTING_PERIOD = re.compile(
    r"\b(?:reporting period|period under (?:review|consideration)|period covered by the (?:present )?report)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Anchor:
    """The period a sentence or clause opens with: a point (a year, a school year) or a span whose figures are totals."""

    start: int
    end: int
    text: str
    point: bool = True


def school_year_end(start: str, end_digits: str) -> int:
    """The year a school year written '2019/20' or '2019-2020' ends in."""
    return int(start[:2] + end_digits[-2:])


def anchor(text: str) -> Anchor | None:
    """The leading time adverbial of a sentence or clause, if any."""
    named = _NAMED_YEAR_ANCHOR.match(text)
    if named:  # "Last year — that is, 2022 — the allowance ..."
        return Anchor(int(named.group(1)), int(named.group(1)), named.group(0))
    school = _SCHOOL_YEAR_ANCHOR.match(text) or _SHORT_SCHOOL_YEAR_ANCHOR.match(text)  # "In 2017/18, ..."
    if school:
        start, end_digits = (
            (school.group(1), school.group(2)) if school.group(1) else (school.group(3), school.group(4))
        )
    if school and school_year_end(start, end_digits) == int(start) + 1:
        return Anchor(int(start), int(start) + 1, school.group(0))
    span = _SPAN_ANCHOR.match(text)
    if span:
        start = int(span.group(1) or span.group(3) or span.group(5) or span.group(7))
        end = int(span.group(2) or span.group(4) or span.group(6) or span.group(8))
        return Anchor(start, end, span.group(0), point=False) if start < end else None
    year = _YEAR_ANCHOR.match(text) or _YEAR_AS_SUBJECT.match(text)
    if year:
        return Anchor(int(year.group(1)), int(year.group(1)), year.group(0))
    return None


# "2022 saw 598 early marriages registered", "2019 brought ...": a year as the sentence's subject
_YEAR_AS_SUBJECT = re.compile(rf"^({YEAR})\s+(?=(?:saw|brought|recorded|witnessed|registered)\b)", re.IGNORECASE)


_CHANGE_BASE = re.compile(
    r"\b(?:since|from|than(?: in)?|compared (?:with|to)(?: the)?(?: levels? (?:in|of))?|on|against|over)\s*$",
    re.IGNORECASE,
)


_LEVEL_OF_YEAR = re.compile(r"\b(?:its|the|their|this)\s+(?:19|20)\d\d\s+(?:levels?|figures?|values?|baseline)\b", re.I)


def is_base_year(text: str, position: int) -> bool:
    """Whether the year at `position` is the base of a comparison ("11,300 more than in 2021", "since 2016",
    "1.35 points below its 2012 level")."""
    if _CHANGE_BASE.search(text, max(0, position - 40), position):
        return True
    level = _LEVEL_OF_YEAR.search(text, max(0, position - 6), position + 30)
    return level is not None and level.start() < position < level.end()


def has_non_year_anchor(text: str) -> bool:
    """True when a sentence opens with a time that is not a year ("At independence, ...")."""
    return bool(_NON_YEAR_ANCHOR.match(text))


@dataclass(frozen=True)
class Clause:
    """A stretch of a sentence [start, end) with the anchor it opens with (offsets into the sentence)."""

    start: int
    end: int
    anchor: Anchor | None
    follows_colon: bool = False  # "Libraries for children, end of 2020: total – 174, ...": a heading before it
    heading: int | None = None  # index of that heading clause, for every item of the list after it


def clauses(text: str) -> list[Clause]:
    """The sentence cut at semicolons and at commas before a conjunction; parentheses are never cut."""
    cuts = [0]
    depth = 0
    for i, ch in enumerate(text):
        depth += ch == "("
        depth -= ch == ")" and depth > 0
        if depth == 0 and (m := _CLAUSE_BREAK.match(text, i)) and m.end() > cuts[-1]:
            cuts.append(m.end())
    cuts.append(len(text))
    out = []
    for a, b in itertools.pairwise(cuts):
        if b <= a:
            continue
        body = text[a:b]
        lead = _CLAUSE_LEAD.match(body)
        offset = lead.end() if lead else 0
        found = anchor(body[offset:]) if a > 0 else anchor(body)
        contrast = lead is not None and lead.group().strip().lower() in ("while", "whereas")
        if found is None and contrast and out and out[-1].anchor is not None and out[-1].anchor.point:
            own_time = re.search(
                rf"{YEAR}|\b(?:earlier|before|ago|previous|preceding|later|since)\b", body, re.IGNORECASE
            )
            if not text[:a].rstrip().endswith(";") and not own_time:
                found = out[-1].anchor  # "in 2022 the rate was 7.9 ..., while maternal mortality stood at 13.9"
        colon = a > 0 and text[:a].rstrip().endswith(":")
        semicolon = a > 0 and text[:a].rstrip().endswith((";", *BULLETS))  # a list's items share its heading
        heading = len(out) - 1 if colon else (out[-1].heading if out and semicolon else None)
        out.append(Clause(a, b, found, follows_colon=heading is not None, heading=heading))
    return out


def relative_year(phrase: re.Match[str], reference: int) -> int:
    """The year a relative phrase ("a year earlier", "that year") names, given the year named before it."""
    if phrase.group(2) or phrase.group(3) or "year before" in phrase.group(0).lower():
        return reference - 1
    if phrase.group(4) or phrase.group(5):
        return reference + 1
    return reference
