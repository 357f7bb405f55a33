"""Places named in a sentence: Kazakhstan's regions and cities, the country as a whole, and other countries.

A figure stated for a region is that region's (ref_area 'KZ-nn'); for another country or an
aggregate of countries it is never published; "the national average" is the country's. A name
that could be two places ("Almaty": the region or the city) is ambiguous and settles nothing.
A region list ("across 12 regions of the country: Akmola, ... Oblasts and Shymkent") becomes
ref_area codes only when every name resolves and the count agrees.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from indicators.catalogue import DATA, Catalogue
from indicators.numbers import parse_number
from indicators.patterns import PatternSet
from indicators.yamlfile import read_yaml


@dataclass(frozen=True)
class Place:
    """A place named at [start, end) of a sentence; `code` is the ref_area for kind 'region' or 'national'."""

    start: int
    end: int
    kind: str  # 'region' | 'national' | 'foreign' | 'ambiguous' | 'unnamed' | 'unknown'
    code: str | None = None


@dataclass(frozen=True)
class _Patterns:
    named: PatternSet[tuple[str, str | None]]  # (kind, code) of each name's pattern


@cache
def _patterns(catalogue: Catalogue, data_dir: Path = DATA) -> _Patterns:
    raw = read_yaml(data_dir / "places.yaml")
    named: list[tuple[re.Pattern[str], str, str | None]] = []
    bare: dict[str, set[str]] = {}
    for region in catalogue.regions.values():
        if region.level == "country":
            continue
        for alias in region.aliases:
            words = re.sub(r"\s+(?:city|region|oblast)$", "", alias, flags=re.IGNORECASE)
            words = re.sub(r"^city of\s+", "", words, flags=re.IGNORECASE)
            name = re.escape(words)
            if region.level == "city":
                named.append(
                    (re.compile(rf"\b(?:the\s+)?[Cc]ity of {name}\b|\b{name}\s+[Cc]ity\b"), "region", region.code)
                )
            else:
                named.append(
                    (re.compile(rf"\b{name}\s+(?:[Rr]egion|[Oo]blast|[Pp]rovince)s?\b"), "region", region.code)
                )
            bare.setdefault(words, set()).add(region.code)
    for words, codes in bare.items():
        kind, code = ("region", next(iter(codes))) if len(codes) == 1 else ("ambiguous", None)
        named.append((re.compile(rf"\b{re.escape(words)}\b(?![-–]\w)"), kind, code))
    for country in raw["countries"]:
        named.append((re.compile(rf"\b{re.escape(country)}\b"), "foreign", None))
    for aggregate in raw["aggregates"]:
        named.append((re.compile(rf"\b{aggregate}\b", re.IGNORECASE), "foreign", None))
    for unnamed in raw["unnamed"]:
        named.append((re.compile(rf"\b{unnamed}\b", re.IGNORECASE), "unnamed", None))
    for national in raw["national"]:
        named.append((re.compile(rf"\b{national}\b", re.IGNORECASE), "national", "KZ"))
    named.append((_UNKNOWN_PLACE, "unknown", None))  # last: a known name of the same length wins
    return _Patterns(PatternSet.of((pattern, (kind, code)) for pattern, kind, code in named))


# "South Kazakhstan region" (renamed in 2018), "Medeu district": a place, but no reference area of the code list
_UNKNOWN_PLACE = re.compile(
    r"\b(?:(?!(?:In|The|Each|Every|All|This|That|These|Our|Its|For|Of|And|Both|Whole|Entire|Other|Some|Several|Most|Many|"
    r"One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Southern|Northern|Western|Eastern|Central)\b)[A-Z][a-z][\w'’-]*\s+){1,3}"
    r"(?:[Rr]egion|[Oo]blast|[Pp]rovince|[Dd]istrict)s?\b"
    r"|\b(?:the\s+)?[Cc]ity of [A-Z][\w'’-]+\b"  # "the city of Kyzylorda": a regional centre, not its region
)


def places(text: str, catalogue: Catalogue) -> list[Place]:
    """Every place named in `text`, longest first where names overlap, in text order."""
    found = [Place(m.start(), m.end(), kind, code) for (kind, code), m in _patterns(catalogue).named.finditer(text)]
    kept: list[Place] = []
    for p in sorted(found, key=lambda p: (p.start - p.end, p.start)):
        if not any(p.start < k.end and k.start < p.end for k in kept):
            kept.append(p)
    return sorted(kept, key=lambda p: p.start)


_REGION_LIST = re.compile(
    r"\b(?:across|in|for)\s+(\d+|[a-z\-]+)\s+(?:regions|oblasts|provinces)(?: of the country)?\s*:\s*([^.;]+)",
    re.IGNORECASE,
)
_OBLAST_SUFFIX = re.compile(r"\s+(?:oblasts?|regions?|provinces?)$", re.IGNORECASE)
_CITY_SUFFIX = re.compile(r"^(?:the )?(?:city of )?(.+?)(?:\s+city)?$", re.IGNORECASE)


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
