"""The indicator catalogue, the reference-area list and the code lists, loaded from `indicators/data/`.

The YAML files are the single place to add an indicator or a region; this module only
compiles their patterns and answers "which indicator is this sentence about?".
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

import yaml

DATA = Path(__file__).parent / "data"

SEX_CODES = {"_T": "Total", "M": "Male", "F": "Female"}
RESIDENCE_CODES = {"_T": "Total", "U": "Urban", "R": "Rural"}
SYSTEM_CODES = {
    "_T": "All systems",
    "EDU": "Education system",
    "HLTH": "Health system",
    "SOC": "Social protection system",
}
OBS_STATUS_CODES = {"A": "Normal value, as stated in the source", "E": "Estimated value, derived by the pipeline"}


@dataclass(frozen=True)
class Indicator:
    """One catalogue entry; `concept` names the indicator whose subject phrasings it shares."""

    code: str
    section: str
    family: str
    name: str
    unit: str
    kind: str
    age: str
    definition: str
    concept: str
    share_of: str | None = None
    contains: str | None = None
    age_required: bool = False
    value_range: tuple[float, float] | None = None
    subjects: tuple[re.Pattern[str], ...] = field(default=(), repr=False)
    nouns: tuple[re.Pattern[str], ...] = field(default=(), repr=False)


@dataclass(frozen=True)
class Region:
    code: str
    kato: str
    name: str
    level: str
    aliases: tuple[str, ...]


@dataclass(frozen=True)
class Catalogue:
    sections: tuple[dict, ...]
    units: dict[str, dict]
    indicators: dict[str, Indicator]
    regions: dict[str, Region]

    def subjects_in(self, text: str) -> list[tuple[int, str]]:
        """Every (position, concept code) where a subject phrasing occurs in `text`, in text order."""
        return sorted(
            (m.start(), ind.concept)
            for ind in self.indicators.values()
            for pattern in ind.subjects
            for m in pattern.finditer(text)
        )

    def noun_indicator(self, following: str, kind: str) -> str | None:
        """The indicator named by the counted noun right after a number ("997 early marriages")."""
        for ind in self.indicators.values():
            if ind.kind == kind and any(p.match(following) for p in ind.nouns):
                return ind.code
        return None

    def member(self, concept: str, kind: str) -> str | None:
        """The indicator of `concept` measured in `kind` (a count or its share)."""
        for ind in self.indicators.values():
            if ind.concept == concept and ind.kind == kind:
                return ind.code
        return None

    def value_range(self, code: str) -> tuple[float, float]:
        ind = self.indicators[code]
        if ind.value_range:
            return ind.value_range
        unit = self.units[ind.unit]
        return float(unit.get("min", 0)), float(unit.get("max", float("inf")))


def _compile(patterns: list[str] | None) -> tuple[re.Pattern[str], ...]:
    return tuple(re.compile(p, re.IGNORECASE) for p in patterns or [])


@cache
def load(data_dir: Path = DATA) -> Catalogue:
    """Read and compile the catalogue files (cached: they are code, not data that changes per run)."""
    raw = yaml.safe_load((data_dir / "catalogue.yaml").read_text(encoding="utf-8"))
    units = {u["code"]: u for u in raw["units"]}
    indicators: dict[str, Indicator] = {}
    for entry in raw["indicators"]:
        if entry["unit"] not in units:
            raise ValueError(f"catalogue: indicator {entry['code']} has unknown unit {entry['unit']!r}")
        indicators[entry["code"]] = Indicator(
            code=entry["code"],
            section=entry["section"],
            family=entry["family"],
            name=entry["name"],
            unit=entry["unit"],
            kind=units[entry["unit"]]["kind"],
            age=entry.get("age", "_T"),
            definition=entry["definition"].strip(),
            concept=entry.get("concept", entry["code"]),
            share_of=entry.get("share_of"),
            contains=entry.get("contains"),
            age_required=bool(entry.get("age_required", False)),
            value_range=tuple(entry["value_range"]) if entry.get("value_range") else None,
            subjects=_compile(entry.get("subjects")),
            nouns=_compile(entry.get("nouns")),
        )
    for ind in indicators.values():
        for ref in (ind.concept, ind.share_of, ind.contains):
            if ref is not None and ref not in indicators:
                raise ValueError(f"catalogue: indicator {ind.code} refers to unknown indicator {ref}")
    regions_raw = yaml.safe_load((data_dir / "regions.yaml").read_text(encoding="utf-8"))
    regions = {
        r["code"]: Region(r["code"], r["kato"], r["name"], r["level"], tuple(r.get("aliases", []))) for r in regions_raw
    }
    return Catalogue(tuple(raw["sections"]), units, indicators, regions)
