"""What a sentence says about time, age and place for all of its figures.

* An *anchor* opens a sentence: "In 2020, ...", "At the end of 2020, ...", "As at 1 October
  2020, ..." (one year) or "From 2016 to 2020, ..." (a period). Single-year anchors also set
  the context year for later sentences that give none.
* An age expression ("between 5 and 17 years of age") becomes an SDMX age code.
* A region list ("across 12 regions of the country: Akmola, ... Oblasts and Shymkent")
  becomes ref_area codes, but only when every name resolves and the count agrees.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from indicators.catalogue import Catalogue
from indicators.mentions import MONTHS, YEAR
from indicators.numbers import parse_number

_CONNECTIVE = (
    r"(?:(?:thus|accordingly|overall|moreover|however|in addition|as a result|in total|in particular|meanwhile),?\s+)?"
)
_YEAR_ANCHOR = re.compile(
    rf"^{_CONNECTIVE}(?:in|during|for|by|on|at|as (?:at|of|on))\s+"
    rf"(?:(?:the\s+)?(?:end|beginning|start|close) of\s+(?:the\s+)?(?:year\s+)?)?"
    rf"(?:(?:\d{{1,2}}\s+)?(?:{MONTHS})\s+)?({YEAR})(?:\s+alone)?\s*,",
    re.IGNORECASE,
)
_SPAN_ANCHOR = re.compile(
    rf"^{_CONNECTIVE}(?:(?:in|during|over|for) (?:the period )?)?(?:from|between)?\s*({YEAR})\s*(?:to|and|-|–)\s*({YEAR})\s*,",
    re.IGNORECASE,
)
_SCHOOL_YEAR_ANCHOR = re.compile(
    rf"^{_CONNECTIVE}(?:in|during|at the (?:beginning|start|end) of|by the end of|as (?:at|of) the (?:beginning|start) of)\s+"
    rf"the\s+({YEAR})/\d\d(?:\d\d)?\s+(?:school|academic)\s+year\s*,",
    re.IGNORECASE,
)
_NON_YEAR_ANCHOR = re.compile(
    r"^(?:at independence|since independence|previously|in the past|formerly|before|in earlier years)\b", re.IGNORECASE
)
_AGE_RANGE = re.compile(
    r"\b(?:aged|ages? of|between the ages of|between|from)\s+(\d+)\s*(?:and|to|-|–)\s*(\d+)\s*years?(?: of age| old)?"
    r"|\baged (?:between )?(\d+)\s*(?:and|to|-|–)\s*(\d+)\b",
    re.IGNORECASE,
)
_AGE_UNDER = re.compile(r"\b(?:under|below) (?:the age of )?(\d+)(?: years(?: of age)?)?\b", re.IGNORECASE)
_REGION_LIST = re.compile(
    r"\b(?:across|in|for)\s+(\d+|[a-z\-]+)\s+(?:regions|oblasts|provinces)(?: of the country)?\s*:\s*([^.;]+)",
    re.IGNORECASE,
)
_OBLAST_SUFFIX = re.compile(r"\s+(?:oblasts?|regions?|provinces?)$", re.IGNORECASE)
_CITY_SUFFIX = re.compile(r"^(?:the )?(?:city of )?(.+?)(?:\s+city)?$", re.IGNORECASE)


@dataclass(frozen=True)
class Anchor:
    """The period a sentence opens with: a point in time (a year, a school year) or a span whose figures are totals."""

    start: int
    end: int
    text: str
    point: bool = True


def anchor(text: str) -> Anchor | None:
    """The leading time adverbial of a sentence, if any."""
    school = _SCHOOL_YEAR_ANCHOR.match(text)
    if school:
        start = int(school.group(1))
        return Anchor(start, start + 1, school.group(0))
    span = _SPAN_ANCHOR.match(text)
    if span:
        return Anchor(int(span.group(1)), int(span.group(2)), span.group(0), point=False)
    year = _YEAR_ANCHOR.match(text)
    if year:
        return Anchor(int(year.group(1)), int(year.group(1)), year.group(0))
    return None


def has_non_year_anchor(text: str) -> bool:
    """True when a sentence opens with a time that is not a year ("At independence, ...")."""
    return bool(_NON_YEAR_ANCHOR.match(text))


def age_code(text: str) -> tuple[str | None, str]:
    """The SDMX age code stated in a sentence ('Y5T17'), or None; the second item explains an ambiguity."""
    codes = {f"Y{int(a or c)}T{int(b or d)}" for a, b, c, d in _AGE_RANGE.findall(text)}
    codes |= {f"Y_LT{int(u)}" for u in _AGE_UNDER.findall(text)}
    if len(codes) > 1:
        return None, "several ages stated: " + ", ".join(sorted(codes))
    return (codes.pop() if codes else None), ""


def region_list(text: str, catalogue: Catalogue) -> tuple[list[str], str] | None:
    """Resolve "N regions ...: A, B ... Oblasts and C" to ref_area codes; (codes, '') or ([], why not)."""
    m = _REGION_LIST.search(text)
    if not m:
        return None
    try:
        stated = int(parse_number(m.group(1)))
    except (KeyError, ValueError):
        return [], f"region count {m.group(1)!r} is not a number"
    listed = re.split(r"\s[–—-]\s|\s\(", m.group(2))[0]
    items = [i.strip() for i in re.split(r",\s*|\s+and\s+", listed.strip()) if i.strip()]
    codes: list[str] = []
    pending: list[str] = []  # bare names waiting for an "Oblasts" suffix further on
    for item in items:
        if _OBLAST_SUFFIX.search(item):
            names = [*pending, _OBLAST_SUFFIX.sub("", item)]
            pending = []
            for name in names:
                code = resolve_region(name, catalogue, oblast=True)
                if code is None:
                    return [], f"region {name!r} not in the reference-area list"
                codes.append(code)
        else:
            pending.append(item)
    for name in pending:
        code = resolve_region(name, catalogue, oblast=False)
        if code is None:
            return [], f"region {name!r} not in the reference-area list"
        codes.append(code)
    if len(set(codes)) != stated or len(codes) != stated:
        return [], f"text says {stated} regions but lists {len(set(codes))}"
    return codes, ""


def resolve_region(name: str, catalogue: Catalogue, oblast: bool) -> str | None:
    """A region name as written to its ref_area code; bare 'Almaty' resolves only as an oblast."""
    key = _CITY_SUFFIX.match(name.strip()).group(1).lower()
    is_city = re.search(r"\bcity\b", name, re.IGNORECASE) is not None
    candidates = (
        [key + " oblast", key] if oblast else [key, name.strip().lower(), *([key + " city"] if is_city else [])]
    )
    for region in catalogue.regions.values():
        aliases = {a.lower() for a in region.aliases}
        if region.level != "country" and any(c in aliases for c in candidates):
            return region.code
    return None
