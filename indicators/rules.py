"""Phrasing rules: turn the classified numbers of a paragraph into observations.

Each observation names the rule that produced it. A rule is a phrasing, not a sentence:

* ``value_in_year``       "1,075 in 2019", "25.5 per cent in 2016", "in 2016 (24.8 per cent)"
* ``sentence_year``       "In 2020, 997 early marriages were registered"
* ``trend_span``          "From 2015 to 2020, the number ... decreased from 146 to 98"
* ``trend_reporting_period`` "rising from 98.1 to 99.9 per cent" in a sentence about the reporting period
* ``period_total``        "From 2016 to 2020, 843 suicides were recorded" (a total over the period)
* ``clause_year``         "There were 997 early marriages in 2020"
* ``context_year``        a figure with no year, in a paragraph that opened "As at 1 October 2020, ..."
* ``regions_list``        "reached 100 per cent across 12 regions: Akmola, ..."
* ``breakdown_of_total``  "4,100 libraries ... in 2022, including 3,500 in rural areas": the parts take the total's period
* ``change_pct_from_level`` / ``change_since_year``: derived ('E') levels, see `indicators.derive`.

Anything the rules cannot place is left out, with the reason kept on the figure.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from indicators import derive
from indicators.catalogue import Catalogue
from indicators.context import Anchor, age_code, anchor, has_non_year_anchor, region_list
from indicators.mentions import PERSON_NOUNS, Mention, classify

_ANAPHOR = re.compile(
    r"\b(?:this number|the number(?! of)|this figure|the figure(?! of)|this (?:share|proportion|rate|indicator|ratio)"
    r"|it (?:was|is|has|had|reached|increased|decreased|rose|fell|stood|amounted|grew|declined)|of these|th(?:at|is) was"
    r"|these (?:allowances|benefits|payments|cases)|such (?:allowances|benefits|payments)"
    r"|the (?:proportion|share|rate|figure) (?:was|stood|amounted|had been))\b",
    re.IGNORECASE,
)
_OTHER_SUBJECT = re.compile(r"\b(?:number|share|proportion|percentage|rate) of\b", re.IGNORECASE)
# a counted noun that is the unit of the subject's indicator: "from 2,107 in 2015 to 1,240 cases in 2020"
_UNIT_NOUNS = {
    "cases": {"cases"},
    "offences": {"offences", "crimes"},
    "institutions": {"institutions", "organizations"},
    "families": {"families"},
    "beds": {"beds"},
    "marriages": {"marriages"},
}
# "children with kandas status", "persons who ...": a population other than the sentence's subject
_QUALIFIED_POPULATION = re.compile(
    r"^\s*(?:children|persons|people|minors|adolescents)\s+(?:with|from|of|who|whose|born|attending|enrolled|receiving|on|at)\b",
    re.IGNORECASE,
)
_PERIOD_PHRASE = re.compile(r"\b(?:period under (?:consideration|review)|reporting period)", re.IGNORECASE)
_UNIT_KIND = {
    "duration": "duration",
    "per_100000_live_births": "rate",
    "count": "count",
    "percent": "percent",
    "per_1000_live_births": "rate",
    "per_100000": "rate",
    "per_1000": "rate",
}
_QUALIFIER_REASONS = {
    "attribute": "a figure in parentheses describing another figure",
    "denominator": "restates the total a share is taken of",
    "group": "a breakdown by disability group, which is not a catalogue dimension",
}


@dataclass
class Observation:
    """One published value with its provenance (offsets are into the cleaned sentence)."""

    indicator_code: str
    ref_area: str
    sex: str
    age: str
    period_start: int
    period_end: int
    obs_value: float
    unit_measure: str
    obs_status: str
    derivation: str
    rule: str
    mention: int  # index of the figure in its sentence
    residence: str = "_T"
    system: str = "_T"


@dataclass
class SentenceResult:
    """The figures of one sentence, the period each is linked to, and the observations made."""

    text: str
    mentions: list[Mention]
    periods: dict[int, tuple[int, int, str]] = field(default_factory=dict)
    observations: list[Observation] = field(default_factory=list)
    topic: str | None = None  # what the sentence is about (its first subject), for "this number" in the next one
    subjects: list[tuple[int, str]] = field(default_factory=list)  # (position, concept) of every subject named
    anchor: Anchor | None = None

    def topic_at(self, position: int) -> str | None:
        """The subject a figure belongs to: the nearest one named before it, else the first named after it.

        A subject outside the catalogue ("The number of children with special needs of school age was
        107,348") also counts as named before: the figure is then about that, not about what follows.
        """
        before = [c for p, c in self.subjects if p <= position]
        if before:
            return before[-1]
        if _OTHER_SUBJECT.search(self.text, 0, position):
            return None
        return self.subjects[0][1] if self.subjects else self.topic


@dataclass(frozen=True)
class DocumentContext:
    ref_area: str
    reporting_period: tuple[int, int] | None


def extract_paragraph(
    texts: list[str], catalogue: Catalogue, doc: DocumentContext, inherited: tuple[int, int] | None
) -> list[SentenceResult]:
    """Observations of one paragraph; `inherited` is the point in time the previous paragraph opened with."""
    results: list[SentenceResult] = []
    context = inherited
    topic: str | None = None
    for text in texts:
        res = SentenceResult(text=text, mentions=classify(text), anchor=anchor(text))
        res.topic = _topic(res, catalogue, topic)
        _bind_periods(res, doc, _sentence_period(res, context))
        _make_observations(res, catalogue, doc)
        if res.anchor and res.anchor.point:
            context = (res.anchor.start, res.anchor.end)
        derive.add_derived(
            res, results, catalogue, None if (res.anchor and not res.anchor.point) or context is None else context[0]
        )
        topic = res.topic or topic
        results.append(res)
    return results


def _topic(res: SentenceResult, catalogue: Catalogue, previous: str | None) -> str | None:
    """Name the sentence's subjects (phrasings and counted nouns); without any, "this number"/"it" continues the last one."""
    res.subjects = catalogue.subjects_in(res.text)
    for m in res.mentions:
        kind = _UNIT_KIND.get(m.unit)
        code = catalogue.noun_indicator(m.after_unit.lstrip(), kind) if m.is_value and kind else None
        if code:
            res.subjects.append((m.start, catalogue.indicators[code].concept))
    res.subjects.sort()
    if res.subjects:
        return res.subjects[0][1]
    return previous if _ANAPHOR.search(res.text) else None


def _sentence_period(res: SentenceResult, context: tuple[int, int] | None) -> tuple[int, int] | None:
    """The single year a sentence speaks of: its own anchor, else the context (unless it names other times)."""
    if res.anchor:
        return (res.anchor.start, res.anchor.end) if res.anchor.point else None
    if has_non_year_anchor(res.text) or any(m.role == "date" for m in res.mentions) or _free_years(res)[1]:
        return None
    return context


def _bind_periods(res: SentenceResult, doc: DocumentContext, context: tuple[int, int] | None) -> None:
    mentions = res.mentions
    for i, m in enumerate(mentions):  # "11,715 families with 17,163 children in 2016": the year is the pair's
        host = _host(res, i) if "attribute" in m.qualifiers and m.period_after else None
        if host is not None and mentions[host].period_after is None and mentions[host].partner is None:
            mentions[host].period_after = m.period_after
    free_years, unclaimed = _free_years(res)
    for i, m in enumerate(mentions):
        if not m.is_value:
            continue
        if m.period_after:
            res.periods[i] = (*m.period_after, "value_in_year")
        elif m.partner is not None:
            trend = _trend_period(res, i, doc)
            if trend:
                res.periods[i] = trend
            else:
                m.reason = "a change between two levels whose years the text does not give"
        elif res.anchor and res.anchor.point:
            res.periods[i] = (res.anchor.start, res.anchor.end, "sentence_year")
        elif res.anchor:
            if _UNIT_KIND.get(m.unit) == "count":
                res.periods[i] = (res.anchor.start, res.anchor.end, "period_total")
            else:
                m.reason = "a share or rate over a period is not a yearly value"
        elif len(free_years) == 1 and unclaimed == 1 and not _in_parentheses(res.text, m.start):
            res.periods[i] = (free_years[0], free_years[0], "clause_year")
        elif context is not None:
            res.periods[i] = (*context, "context_year")
        elif (host := _breakdown_host(res, i)) is not None:
            res.periods[i] = (*res.periods[host][:2], "breakdown_of_total")
        else:
            m.reason = "the text gives no single period for this figure"


_BREAKDOWN = re.compile(r"^[^.;()]*\b(?:including|of (?:which|whom)|among them)\b[^.;()]*$", re.IGNORECASE)


def _breakdown_host(res: SentenceResult, i: int) -> int | None:
    """For "4,100 libraries ... in 2022, including 3,500 in rural areas and 600 in cities": the dated total."""
    for j in range(i - 1, -1, -1):
        if j in res.periods and _BREAKDOWN.match(res.text[res.mentions[j].end : res.mentions[i].start]):
            return j
    return None


def _comparison_host(res: SentenceResult, i: int) -> int | None:
    """The figure a parenthesis follows: "48 were male children (compared with 44 in 2016 ...)"."""
    opening = res.text.rfind("(", 0, res.mentions[i].start)
    before = [j for j in range(i) if res.mentions[j].is_value and res.mentions[j].end <= opening]
    return before[-1] if before else None


def _free_years(res: SentenceResult) -> tuple[list[int], int]:
    """Years no figure has claimed: those written "in YEAR" (or "at the end of YEAR"), and how many there are in all."""
    claimed = {m.period_after[0] for m in res.mentions if m.period_after}
    if any(m.role == "change" for m in res.mentions):  # "an increase of 2,340 from 2016": 2016 is the change's base
        claimed |= {
            int(m.token.text)
            for m in res.mentions
            if m.role == "year" and _CHANGE_BASE.search(res.text, 0, m.start) and m.token.kind == "number"
        }
    unclaimed = [
        m for m in res.mentions if m.role == "year" and m.token.kind == "number" and int(m.token.text) not in claimed
    ]
    free = [
        int(m.token.text)
        for m in unclaimed
        if re.search(
            r"\b(?:in|at the end of|by the end of|as (?:at|of))\s*$",
            res.text[max(0, m.start - 30) : m.start],
            re.IGNORECASE,
        )
    ]
    return free, len(unclaimed)


_CHANGE_BASE = re.compile(
    r"\b(?:since|from|than(?: in)?|compared (?:with|to)(?: the)?(?: levels? (?:in|of))?)\s*$", re.IGNORECASE
)


def _in_parentheses(text: str, position: int) -> bool:
    return text.count("(", 0, position) > text.count(")", 0, position)


def _trend_period(res: SentenceResult, i: int, doc: DocumentContext) -> tuple[int, int, str] | None:
    m = res.mentions[i]
    first = min(i, m.partner)
    other = res.mentions[m.partner]
    if other.period_after:  # "from 7,236 to 4,254 in 2020": only one end is dated; the other is not
        return None
    if res.anchor and not res.anchor.point:
        year = res.anchor.start if i == first else res.anchor.end
        return year, year, "trend_span"
    rp = doc.reporting_period
    if rp and (_PERIOD_PHRASE.search(res.text) or (res.anchor and res.anchor.start == rp[1])):
        year = rp[0] if i == first else rp[1]
        return year, year, "trend_reporting_period"
    return None


_SYSTEM = re.compile(r"\bin the (education|health(?:care)?|social protection) system\b", re.IGNORECASE)
_SYSTEM_CODES = {"education": "EDU", "health": "HLTH", "healthcare": "HLTH", "social protection": "SOC"}


def _host(res: SentenceResult, i: int) -> int | None:
    """For a figure in "(with N children)", the figure it describes: the nearest value before it."""
    for j in range(i - 1, -1, -1):
        if res.mentions[j].is_value and "attribute" not in res.mentions[j].qualifiers:
            return j
    return None


def _system(res: SentenceResult, i: int) -> str:
    """The system named between a figure (or its host) and the next figure: "60 organizations ... in the education system"."""
    if "attribute" in res.mentions[i].qualifiers:
        host = _host(res, i)
        i = host if host is not None else i
    following = [m for m in res.mentions[i + 1 :] if m.is_value and "attribute" not in m.qualifiers]
    end = following[0].start if following else len(res.text)
    found = _SYSTEM.search(res.text, res.mentions[i].end, end)
    return _SYSTEM_CODES[found.group(1).lower()] if found else "_T"


def _resolve_indicator(
    i: int, res: SentenceResult, catalogue: Catalogue, resolved: dict[int, str], heads: dict[str, str]
) -> tuple[str | None, str]:
    m = res.mentions[i]
    kind = _UNIT_KIND.get(m.unit)
    if kind is None:
        return None, f"unit {m.unit} is not a statistic"
    head = m.noun.split()[0].lower() if m.noun else ""
    if "attribute" in m.qualifiers:
        host = _host(res, i)
        contains = catalogue.indicators[resolved[host]].contains if host in resolved else None
        if contains and head in PERSON_NOUNS:
            return contains, ""
    if m.qualifiers:
        return None, _QUALIFIER_REASONS[m.qualifiers[0]]
    if m.sex is None and m.residence is None and _in_parentheses(res.text, m.start):
        host = _comparison_host(res, i)
        if host is not None and (res.mentions[host].sex or res.mentions[host].residence):
            return None, "compared with a breakdown, but the text does not say whether this figure is that breakdown"
    code = catalogue.noun_indicator(m.after_unit.lstrip(), kind)
    if code:
        heads[head] = code
        return code, ""
    if head in heads:  # "60 organizations for orphans ..., 20 organizations ... and 18 organizations ..."
        return heads[head], ""
    if kind == "count" and head and head not in PERSON_NOUNS:
        counted = _subject_counting(res, catalogue, head, m.start)
        if counted is None:
            return None, f"no catalogue indicator counts '{m.noun}'"
        return counted, ""
    topic = res.topic_at(m.start)
    population = _QUALIFIED_POPULATION.match(m.after_unit)
    if kind == "count" and population and "attribute" not in m.qualifiers:
        return None, f"no catalogue indicator counts '{m.after_unit.strip()[:40]}'"
    if topic is None:
        return None, "the sentence names no catalogue indicator"
    code = catalogue.member(topic, kind)
    if code is None and kind == "count" and not head:  # a bare number in a sentence about a rate
        code = catalogue.member(topic, "rate")
    if code is None:
        return None, f"no {kind} indicator for {topic}"
    return code, ""


def _without_own_ages(res: SentenceResult) -> str:
    """The sentence with ages that belong to one figure ("84,900 under 16") blanked out."""
    text = res.text
    for m in res.mentions:
        if m.age_span:
            a, b = m.age_span
            text = text[:a] + " " * (b - a) + text[b:]
    return text


def _subject_counting(res: SentenceResult, catalogue: Catalogue, noun: str, position: int) -> str | None:
    """The indicator of a subject named in the sentence whose unit is this counted noun ("1,240 cases")."""
    matches = []
    for pos, concept in res.subjects:
        member = catalogue.member(concept, "count")
        if member and noun in _UNIT_NOUNS.get(catalogue.indicators[member].unit, set()):
            matches.append((pos > position, abs(pos - position), member))
    return min(matches)[2] if matches else None


def _make_observations(res: SentenceResult, catalogue: Catalogue, doc: DocumentContext) -> None:
    sentence_age, sentence_age_problem = age_code(_without_own_ages(res))
    regions = region_list(res.text, catalogue)
    resolved: dict[int, str] = {}
    heads: dict[str, str] = {}
    for i, m in enumerate(res.mentions):
        if not m.is_value or i not in res.periods:
            continue
        code, why = _resolve_indicator(i, res, catalogue, resolved, heads)
        if code is None:
            m.reason = why
            continue
        resolved[i] = code
        ind = catalogue.indicators[code]
        stated_age, age_problem = (m.age, "") if m.age else (sentence_age, sentence_age_problem)
        if age_problem:
            m.reason = age_problem
            continue
        if stated_age and stated_age != ind.age:
            m.reason = f"the sentence states age {stated_age}; {code} is defined for {ind.age}"
            continue
        if ind.age_required and not stated_age:
            m.reason = f"{code} needs the age stated in the sentence"
            continue
        start, end, rule = res.periods[i]
        areas, area_rule = [doc.ref_area], rule
        if regions is not None:
            codes, why = regions
            if not codes:
                m.reason = why
                continue
            areas, area_rule = codes, "regions_list"
        system = _system(res, i)
        for area in areas:
            res.observations.append(
                Observation(
                    code,
                    area,
                    m.sex or "_T",
                    ind.age,
                    start,
                    end,
                    m.value,
                    ind.unit,
                    "A",
                    "",
                    area_rule,
                    i,
                    residence=m.residence or "_T",
                    system=system,
                )
            )
