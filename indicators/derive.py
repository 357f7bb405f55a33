"""Levels the text implies but does not state, published with obs_status 'E' and the arithmetic written out.

* ``change_pct_from_level``: "In 2020, 144 ... a reduction of 17.7 per cent from the 2016 level"
  gives 2016 = 144 / (1 - 0.177).
* ``change_since_year``: "23,410 ... The number had decreased by 5,009 since 2016" gives
  2016 = 23,410 + 5,009.

A derivation needs a stated ('A') level of the same indicator for the sentence's year; a
percentage change of a percentage is ambiguous (points or per cent) and is never derived.
"""

from __future__ import annotations

import math
import re
from dataclasses import replace
from typing import TYPE_CHECKING

from indicators.catalogue import Catalogue
from indicators.mentions import YEAR

if TYPE_CHECKING:
    from indicators.rules import Observation, SentenceResult

_DOWN_WORDS = r"decreas\w*|reduc\w*|declin\w*|fell|fall\w*|drop\w*|lower\w*|fewer|less|(?:gone|went|goes|go) down"
_UP_WORDS = r"increas\w*|rose|risen|rise|grew|grown|growth|higher|more|greater|(?:gone|went|goes|go) up"
_DOWN = re.compile(rf"\b(?:{_DOWN_WORDS})\b[^,;]*$", re.IGNORECASE)
_UP = re.compile(rf"\b(?:{_UP_WORDS})\b[^,;]*$", re.IGNORECASE)
_COMPARED = re.compile(
    rf"^\s*(?:per\s?cent|%)\s+({_DOWN_WORDS}|{_UP_WORDS})\s+than\s+(?:in\s+)?(?:the\s+)?({YEAR})\b", re.IGNORECASE
)
_PCT_FROM_LEVEL = re.compile(
    rf"^\s*(?:per\s?cent|%)\s+(?:from|on|compared (?:with|to)|over|against|relative to)\s+(?:the\s+)?({YEAR})(?:\s+(?:level|figure))?\b",
    re.IGNORECASE,
)
_SINCE = re.compile(
    rf"^\s*(?:[a-z]+\s*){{0,3}}?(?:,\s*or\s+[\d.,]+\s*(?:per\s?cent|%)\s*,?\s*)?"
    rf"(?:since|from|compared (?:with|to))\s+(?:the\s+)?(?:levels?\s+(?:in|of)\s+)?({YEAR})\b",
    re.IGNORECASE,
)


def _direction(before: str) -> int | None:
    down, up = _DOWN.search(before), _UP.search(before)
    if down and (not up or down.start() > up.start()):
        return -1
    if up:
        return 1
    return None


def _fmt(x: float) -> str:
    return f"{x:,.0f}" if float(x).is_integer() else f"{x:,.2f}".rstrip("0").rstrip(".")


def _level(value: float, unit_kind: str) -> tuple[float, str]:
    """Round a derived count to whole units (a count cannot be fractional); keep rates to 2 decimals."""
    if unit_kind == "count":
        rounded = float(math.floor(value + 0.5))
        return rounded, f" = {value:,.2f}, rounded to {_fmt(rounded)}"
    rounded = round(value, 2)
    return rounded, f" = {_fmt(rounded)}"


def add_derived(res: SentenceResult, earlier: list[SentenceResult], catalogue: Catalogue, year: int | None) -> None:
    """Append 'E' observations implied by the change figures of `res`."""
    for i, m in enumerate(res.mentions):
        if m.role != "change":
            continue
        before = res.text[max(0, m.start - 80) : m.start]
        after = res.text[m.end : m.end + 80]
        compared = _COMPARED.match(after) if m.unit == "percent" else None
        sign = _direction(compared.group(1) if compared else before)
        if sign is None:
            continue
        pct = (compared or _PCT_FROM_LEVEL.match(after)) if m.unit == "percent" else None
        since = _SINCE.match(after) if m.unit == "count" else None
        if pct:
            ref = _stated(res.observations, lambda o: catalogue.indicators[o.indicator_code].kind != "percent")
            base = int(pct.group(pct.lastindex))
            if ref is None or ref.period_start == base:
                continue
            kind = catalogue.indicators[ref.indicator_code].kind
            value, tail = _level(ref.obs_value / (1 + sign * m.value / 100), kind)
            op = "-" if sign < 0 else "+"
            text = (
                f"{_fmt(ref.obs_value)} ({ref.period_start}, stated) / (1 {op} {_fmt(m.value)}/100)"
                f"{tail}: the text gives the {ref.period_start} level and its change from {base}"
            )
            rule = "change_pct_from_level"
        elif since and res.topic_at(m.start):
            code = catalogue.member(res.topic_at(m.start), "count")
            ref = _stated(
                res.observations, lambda o, code=code: o.indicator_code == code and o.period_start == o.period_end
            )
            if ref is None and year is not None:
                pool = [o for r in earlier for o in r.observations]
                ref = _stated(
                    pool,
                    lambda o, code=code, year=year: o.indicator_code == code and o.period_start == o.period_end == year,
                )
            base = int(since.group(1))
            if ref is None or base >= ref.period_start:
                continue
            year = ref.period_start
            value = ref.obs_value - sign * m.value
            op = "+" if sign < 0 else "-"
            what = "decrease" if sign < 0 else "increase"
            text = f"{_fmt(ref.obs_value)} ({year}, stated) {op} {_fmt(m.value)} (the {what} from {base} to {year}) = {_fmt(value)}"
            rule = "change_since_year"
        else:
            continue
        concept = catalogue.indicators[ref.indicator_code].concept
        if any(
            catalogue.indicators[o.indicator_code].concept == concept and o.period_start == o.period_end == base
            for r in [*earlier, res]
            for o in r.observations
        ):  # "18.2 per cent more than in 2016 (24.8 per cent)": the change is between two stated values
            m.reason = f"the {base} level of this subject is stated in the text; nothing to derive"
            continue
        derived_key = (ref.indicator_code, ref.ref_area, ref.sex, ref.age, ref.residence, ref.system, base, base)
        if any(
            o.obs_status == "A"
            and (o.indicator_code, o.ref_area, o.sex, o.age, o.residence, o.system, o.period_start, o.period_end)
            == derived_key
            for r in [*earlier, res]
            for o in r.observations
        ):
            m.reason = f"the {base} level is stated in the text; nothing to derive"
            continue
        res.observations.append(
            replace(
                ref,
                period_start=base,
                period_end=base,
                obs_value=value,
                obs_status="E",
                derivation=text,
                rule=rule,
                mention=i,
            )
        )
        m.reason = f"used to derive the {base} level ('E')"


def _stated(observations: list[Observation], keep) -> Observation | None:
    """The last stated, national-or-same-area total observation that passes `keep`."""
    found = [o for o in observations if o.obs_status == "A" and o.sex == "_T" and keep(o)]
    return found[-1] if found else None
