"""Levels the text implies but does not state, published with obs_status 'E' and the arithmetic written out.

A change figure tied to a stated level of the same indicator gives the level of the year it is
measured from:

* ``change_since_year`` (absolute): "19,870 ..., 3,540 fewer than in 2020" gives 2020 = 19,870 + 3,540;
  "had decreased by 1,836 since 2021 to 2,728" gives 2021 = 2,728 + 1,836;
* ``change_pct_from_level`` (relative): "131 ..., 9 per cent fewer than in 2021" gives
  2021 = 131 / (1 - 0.09); "a reduction of 17.7 per cent from the 2016 level";
* ``change_points_from_level`` (percentage points): "96.8 per cent, up 7.5 percentage points on
  2021" gives 2021 = 96.8 - 7.5.

The year may be relative ("1.6% fewer than a year earlier"). The level is the one the change
leads to ("... to 2,728"), else the stated level the change follows in its sentence, else the level
an earlier sentence of the paragraph gave for the same subject. Never derived: a percentage
change of a percentage (points or per cent?), ratios ("twice as many"), a level the text states.
"""

from __future__ import annotations

import math
import re
from dataclasses import replace

from indicators.catalogue import Catalogue
from indicators.reading import Context, Observation, Reading
from indicators.timex import SCHOOL_WORD, YEAR
from indicators.units import POINTS, VALUE_KIND

_DOWN = (
    r"decreas\w*|reduc\w*|declin\w*|fell|fall\w*|drop\w*|lower\w*|fewer|less|down|shrank|shrunk|cut|shorter|smaller"
    r"|(?:gone|went|goes|go) down"
)
_UP = r"increas\w*|rose|risen|rise|grew|grown|growth|gain(?:ed|s)?|higher|more|greater|longer|larger|up|(?:gone|went|goes|go) up"
_DIRECTION_AFTER = re.compile(
    rf"^\s*(?:per\s?cent|%|{POINTS}|[a-z]+)?\s*({_DOWN}|{_UP}|below|under|above|over)\b",
    re.IGNORECASE,
)
_DIRECTION_BEFORE = re.compile(
    rf"\b({_DOWN}|{_UP})\b(?:\s+(?:by|of))?\s*(?:almost |nearly |about |some )?$|\(\s*([+−-])\s*$|[,;]\s+([+−])$",
    re.IGNORECASE,
)
_RELATIVE_BASE = r"a year (?:earlier|before)|the (?:previous|preceding|prior) year|the year before|last year"
_YEAR_ON_YEAR = re.compile(
    r"^\s*(?:per\s?cent|%)?\s*(?:[a-z]+\s+){0,2}?(?:year[- ]on[- ]year|y-o-y|y/y|yoy|on the previous year|over the previous year)(?!\w)",
    re.IGNORECASE,
)
_BASE = re.compile(
    rf"^\s*(?:per\s?cent|%|{POINTS})?\s*(?:[a-z]+,?\s+|or\s+[\d.,]+\s*(?:per\s?cent|%),?\s+){{0,3}}?"
    rf"(?:than|since|from|on|over|compared (?:with|to)|against|relative to|in comparison with|vs\.?|versus)\s+"
    rf"(?:(?:in|at the end of|the end of|the beginning of|as (?:at|of)(?: the end of)?)\s+)?(?:the\s+)?(?:levels?\s+(?:in|of)\s+)?"
    rf"(?:({YEAR})\s*[/–-]\s*(?:19|20)?\d\d\s+{SCHOOL_WORD}\s+year\b|({YEAR})(?:\s+(?:level|figure|value))?\b"
    rf"|({_RELATIVE_BASE})\b)"
    rf"|^\s*(?:per\s?cent|%|{POINTS})?\s*(?:below|above|under|over)\s+(?:its|the)\s+({YEAR})\s+(?:level|figure|value)\b",
    re.IGNORECASE,
)
_LEADS_TO = re.compile(
    rf"^\s*(?:per\s?cent|%|{POINTS})?\s*(?:year[- ]on[- ]year\s*)?(?:,\s*)?"
    r"(?:to|(?:and )?(?:stood at|reached|amounted to|totall?ed|came to|made up|was|numbered))\s*(?:some\s+|about\s+)?$",
    re.IGNORECASE,
)
# "...; the share was 12 per cent higher than a year earlier": a change of a share, not of the count before it
_SHARE_SUBJECT = re.compile(
    r"\b(?:the|this|its|their) (?:share|proportion|percentage|rate|ratio|coverage)\b", re.IGNORECASE
)
# ", when ...", "; in that year ...": a clause about another time between a level and a change
_OTHER_TIME_CLAUSE = re.compile(r",\s*(?:when|at which time|by which time)\b", re.IGNORECASE)
# "Compared with 2019, the number ... decreased by 300 and stood at 1,200": the base named before the change
_BASE_BEFORE = re.compile(
    rf"\b(?:compared (?:with|to)|in comparison with|relative to|against|since|as against)\s+(?:the\s+)?(?:end of\s+)?({YEAR})\b"
    rf"(?:(?!\b{YEAR}\b)[^.;])*$",
    re.IGNORECASE,
)


def _when(start: int, end: int) -> str:
    """A year, or a school year as '2020/21'."""
    return str(start) if start == end else f"{start}/{str(end)[-2:]}"


def _fmt(x: float) -> str:
    return f"{x:,.0f}" if float(x).is_integer() else f"{x:,.2f}".rstrip("0").rstrip(".")


def _rounded(value: float, kind: str) -> tuple[float, str]:
    """A derived count is whole (halves up); rates and percentages keep two decimals."""
    if kind == "count":
        whole = float(math.floor(value + 0.5))
        return whole, f" = {value:,.2f}, rounded to {_fmt(whole)}" if whole != value else f" = {_fmt(whole)}"
    kept = round(value, 2)
    return kept, f" = {_fmt(kept)}"


def _stated(observations: list[Observation], keep) -> Observation | None:
    found = [o for o in observations if o.obs_status == "A" and o.period_start == o.period_end and keep(o)]
    return found[-1] if found else None


class _Change:
    """One change figure of a sentence, read: its direction, base year and the level it is tied to."""

    def __init__(self, r: Reading, i: int, ctx: Context, catalogue: Catalogue) -> None:
        self.r, self.i, self.ctx, self.cat = r, i, ctx, catalogue
        self.m = r.mentions[i]
        text = r.text
        after = text[self.m.end : self.m.end + 100]
        past_unit = text[self.m.unit_end : self.m.unit_end + 100]  # "3.5 per 1,000 lower than in 2017"
        direction = (
            _DIRECTION_AFTER.match(after)
            or _DIRECTION_AFTER.match(past_unit)
            or _DIRECTION_BEFORE.search(text, max(0, self.m.start - 60), self.m.start)
        )
        word = None if direction is None else next((g for g in direction.groups() if g), None)
        down = word is not None and (word in "-−" or re.fullmatch(rf"{_DOWN}|below|under", word, re.IGNORECASE))
        self.sign = None if word is None else (-1 if down else 1)
        self.points = re.match(rf"\s*{POINTS}(?!\w)", after, re.IGNORECASE) is not None
        self.base_match = _BASE.match(after) or _BASE.match(past_unit)
        clause = r.clause_of(self.m.start)
        self.base_before = None if self.base_match else _BASE_BEFORE.search(text, clause.start, self.m.start)
        self.year_on_year = (
            _YEAR_ON_YEAR.match(after) is not None
            or re.match(r"\s*(?:per\s?cent|%)?\s*year[- ]on[- ]year", after, re.IGNORECASE) is not None
        )

    def level(self) -> Observation | None:
        r, m = self.r, self.m
        values = [j for j in r.values if r.mentions[j].start > m.end]
        if (
            values
            and _LEADS_TO.match(
                r.text[m.end + (self.base_match.end() if self.base_match else 0) : r.mentions[values[0]].start]
            )
            is not None
        ):
            target = values[0]
            found = [o for o in r.observations if o.mention == target and o.obs_status == "A"]
            return found[0] if found else None

        def open_before(j: int) -> bool:  # "98.9 per cent (urban: 99.4; rural: 98.2), up 2.4 points": not 98.2
            end = r.mentions[j].end
            return end <= m.start and r.text.count(")", end, m.start) <= r.text.count("(", end, m.start)

        clause = r.clause_of(m.start)
        before = [o for o in r.observations if o.obs_status == "A" and open_before(o.mention)]
        nearest = [j for j in r.values if open_before(j) and r.clause_of(r.mentions[j].start) is clause]
        if nearest and not any(o.mention == nearest[-1] for o in before):
            return None  # "...; of these, 804 were terminated, 197 fewer than in 2019": 804's change, even if 804 is left out
        if before and _OTHER_TIME_CLAUSE.search(r.text, r.mentions[before[-1].mention].end, m.start):
            return (
                None  # "1,900 ..., 400 fewer than in 2021, when 300 fewer were registered than in 2020": 2021's change
            )
        if before:
            same_clause = [o for o in before if r.clause_of(r.mentions[o.mention].start) is clause]
            named = {c.concept for c in r.concepts if clause.start <= c.start < m.start and c.kind == "term"}
            if not same_clause and named and self.cat.indicators[before[-1].indicator_code].concept not in named:
                return None  # "...; hospital beds for children, whose number had been cut by 2,300 since 2015": not the doctors'
            return (same_clause or before)[-1]
        topic = r.topic or self.ctx.topic
        if topic is None:
            return None
        pool = [o for earlier in self.ctx.earlier for o in earlier.observations]
        return _stated(pool, lambda o: self.cat.indicators[o.indicator_code].concept == topic and not o.parts)

    def base_period(self, level: Observation) -> tuple[int, int] | None:
        """The period the change is measured from: a year, or a school year for a school-year level."""
        length = level.period_end - level.period_start
        if self.base_match is None and self.base_before is not None:
            start = int(self.base_before.group(1)) if length == 0 else None
        elif self.base_match is None:
            start = level.period_start - 1 if self.year_on_year else None
        elif self.base_match.group(1):  # "more than in the 2020/21 school year"
            start = int(self.base_match.group(1)) if length == 1 else None
        elif self.base_match.group(2) or self.base_match.group(4):
            start = int(self.base_match.group(2) or self.base_match.group(4)) if length == 0 else None
        else:
            start = level.period_start - 1
        return None if start is None else (start, start + length)

    def derive(self) -> Observation | None:
        m = self.m
        if self.sign is None or (self.base_match is None and self.base_before is None and not self.year_on_year):
            return None
        level = self.level()
        if level is None or level.period_end - level.period_start > 1:
            return None
        period = self.base_period(level)
        if period is None or period[0] == level.period_start:
            return None
        base, stated = _when(*period), _when(level.period_start, level.period_end)
        ind = self.cat.indicators[level.indicator_code]
        clause = self.r.clause_of(m.start)
        if ind.kind == "count" and _SHARE_SUBJECT.search(self.r.text, clause.start, m.start):
            m.reason = "the change is of a share or rate, not of the count stated before it"
            return None
        op_sign = "-" if self.sign > 0 else "+"
        unit_kind = VALUE_KIND.get(m.unit)
        if self.points and ind.kind == "rate":  # "the under-five mortality rate ... decreased by 0.4 points"
            self.points, unit_kind = False, "rate"
        if self.points:
            if ind.kind != "percent":
                return None
            value, tail = _rounded(level.obs_value - self.sign * m.value, "percent")
            text = f"{_fmt(level.obs_value)} ({stated}, stated) {op_sign} {_fmt(m.value)} percentage points{tail}"
            rule = "change_points_from_level"
        elif unit_kind == "percent":
            if ind.kind == "percent":
                m.reason = "a percentage change of a percentage (points or per cent?) is not derived"
                return None
            value, tail = _rounded(level.obs_value / (1 + self.sign * m.value / 100), ind.kind)
            op = "+" if self.sign > 0 else "-"
            text = (
                f"{_fmt(level.obs_value)} ({stated}, stated) / (1 {op} {_fmt(m.value)}/100){tail}: "
                f"the text gives the {stated} level and its change from {base}"
            )
            rule = "change_pct_from_level"
        elif unit_kind == ind.kind in ("count", "rate", "duration") or (
            unit_kind == "count" and ind.kind == "rate" and not m.noun
        ):
            value, tail = _rounded(level.obs_value - self.sign * m.value, ind.kind)
            what = "decrease" if self.sign < 0 else "increase"
            text = (
                f"{_fmt(level.obs_value)} ({stated}, stated) {op_sign} {_fmt(m.value)} "
                f"(the {what} from {base} to {stated}){tail}"
            )
            rule = "change_since_year"
        else:
            return None
        if value < 0:
            return None
        return replace(
            level,
            period_start=period[0],
            period_end=period[1],
            obs_value=value,
            obs_status="E",
            derivation=text,
            rule=rule,
            mention=self.i,
        )


def add_derived(r: Reading, ctx: Context, catalogue: Catalogue) -> None:
    """Append to `r.observations` the 'E' levels its change figures imply."""
    for i, m in enumerate(r.mentions):
        if m.role != "change":
            continue
        derived = _Change(r, i, ctx, catalogue).derive()
        if derived is None:
            continue
        stated = [o for earlier in [*ctx.earlier, r] for o in earlier.observations if o.obs_status == "A"]
        if any(o.key == derived.key for o in stated):
            m.reason = f"the {derived.period_start} level is stated in the text; nothing to derive"
            continue
        concept = catalogue.indicators[derived.indicator_code].concept
        if any(
            catalogue.indicators[o.indicator_code].concept == concept
            and o.period_start == o.period_end == derived.period_start
            and o.parts == derived.parts
            for o in stated
        ):  # "18.2 per cent more than in 2016 (24.8 per cent)": the change is between two stated values
            m.reason = f"the {derived.period_start} level of this subject is stated in the text; nothing to derive"
            continue
        r.observations.append(derived)
        m.reason = f"used to derive the {derived.period_start} level ('E')"
