"""The units of `data/units.yaml`: how a figure's unit is written, what kind of value it is, what a count is called.

One code list serves `figure.unit` (read next to the number) and `unit_measure` (of a published value);
extraction, the catalogue and the reference tables all read it from here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from indicators.yamlfile import read_yaml

DATA = Path(__file__).parent / "data" / "units.yaml"
# The kinds whose figures can be statistics; money, ratios and physical measures never are.
VALUE_KINDS = frozenset({"count", "percent", "rate", "duration"})
# how a difference of two percentages is written: "7.5 percentage points", "0.8 pp", "1.2 p.p."
POINTS = r"(?:percentage[- ]points?|points?|p\.\s?p\.|ppts?|pp)"
_BEFORE_WINDOW = 8  # characters before a number in which a unit written before it ("KZT ", "US$") is looked for


@dataclass(frozen=True)
class Unit:
    code: str
    kind: str
    name: str
    named: tuple[str, ...] = ()  # how a heading names the unit (the `named` patterns, else the `written` ones)
    written: tuple[re.Pattern[str], ...] = ()
    written_before: tuple[re.Pattern[str], ...] = ()
    nouns: frozenset[str] = frozenset()
    adult_nouns: frozenset[str] = frozenset()  # those of `nouns` that do not say the persons are children

    @property
    def child_nouns(self) -> frozenset[str]:
        """Those of `nouns` that say the persons are children ("minors", "girls")."""
        return self.nouns - self.adult_nouns

    indicators: bool = True  # whether a catalogue indicator may be measured in it
    per: int | None = None  # a rate's base
    min: float = 0.0
    max: float = float("inf")


def _load(path: Path = DATA) -> dict[str, Unit]:
    units = {}
    for u in read_yaml(path)["units"]:
        if u["kind"] not in VALUE_KINDS | {"money", "ratio", "measure"}:
            raise ValueError(f"units.yaml: unit {u['code']} has unknown kind {u['kind']!r}")
        if not set(u.get("adult_nouns", [])) <= set(u.get("nouns", [])):
            raise ValueError(f"units.yaml: unit {u['code']} has adult_nouns that are not among its nouns")
        units[u["code"]] = Unit(
            code=u["code"],
            kind=u["kind"],
            name=u["name"],
            named=tuple(u.get("named", u.get("written", []))),
            written=tuple(re.compile(rf"^\s*(?:{p})", re.IGNORECASE) for p in u.get("written", [])),
            written_before=tuple(re.compile(p, re.IGNORECASE) for p in u.get("written_before", [])),
            nouns=frozenset(n.lower() for n in u.get("nouns", [])),
            adult_nouns=frozenset(n.lower() for n in u.get("adult_nouns", [])),
            indicators=bool(u.get("indicators", True)),
            per=u.get("per"),
            min=float(u.get("min", 0)),
            max=float(u.get("max", float("inf"))),
        )
    return units


UNITS = _load()
# The kind of each unit whose figures can be statistics ('rate' for 'per_1000'); absent for money and the like.
VALUE_KIND = {code: u.kind for code, u in UNITS.items() if u.kind in VALUE_KINDS}


def written_after(after: str) -> tuple[str, int] | None:
    """The unit written at the start of `after` (the text right after a number) and where it ends."""
    for unit in UNITS.values():
        for pattern in unit.written:
            if found := pattern.match(after):
                return unit.code, found.end()
    return None


def written_before(before: str) -> str | None:
    """The unit written right before a number ("KZT 1,200"), from the text before it."""
    window = before[-_BEFORE_WINDOW:]
    return next((u.code for u in UNITS.values() for p in u.written_before if p.search(window)), None)


def named_pattern() -> str:
    """A pattern naming every unit whose figures can be statistics, one group per unit ('u_percent'), in file
    order: for a unit written where a figure's description or a heading names it ("Net enrolment, per cent:")."""
    return "|".join(f"(?P<u_{u.code}>{'|'.join(u.named)})" for u in UNITS.values() if u.named and u.kind in VALUE_KINDS)


def named_unit(found: re.Match[str]) -> str:
    """The unit a match of `named_pattern` names."""
    return next(name[2:] for name, text in found.groupdict().items() if name.startswith("u_") and text is not None)
