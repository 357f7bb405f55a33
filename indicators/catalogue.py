"""The indicator catalogue, the reference-area list and the code lists, loaded from `indicators/data/`.

The YAML files are the single place to add an indicator or a region; this module only
compiles their patterns and answers "which indicator is this sentence about?".
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache, cached_property
from pathlib import Path

from indicators.dimensions import LANGUAGES
from indicators.patterns import PatternSet
from indicators.units import UNITS, Unit
from indicators.yamlfile import read_yaml

DATA = Path(__file__).parent / "data"

OBS_STATUS_CODES = {"A": "Normal value, as stated in the source", "E": "Estimated value, derived by the pipeline"}


@dataclass(frozen=True)
class Indicator:
    """One catalogue entry; `concept` names the indicator whose terms it shares."""

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
    terms: tuple[re.Pattern[str], ...] = field(default=(), repr=False)
    predicates: tuple[re.Pattern[str], ...] = field(default=(), repr=False)
    requires: re.Pattern[str] | None = field(default=None, repr=False)
    excludes: re.Pattern[str] | None = field(default=None, repr=False)
    nouns: frozenset[str] = frozenset()
    population_sex: str | None = None  # 'F' for an indicator of girls or women only: "girls" restates it
    population: str | None = None  # 'children' (only children: "people" are not it) or 'adults' ("children" are not it)
    stock: bool = False  # counts what exists at a moment; what is new ("newly identified") is not it
    part_of: str | None = None  # the indicator whose population this count is a part of
    whole: re.Pattern[str] | None = field(default=None, repr=False)  # what "per cent of ..." may name as its whole


@dataclass(frozen=True)
class ConceptMention:
    """Where a sentence names what an indicator counts: a term ("early marriages") or a predicate
    ("were raised in families under guardianship"); `concept` is the indicator's concept."""

    start: int
    end: int
    code: str
    concept: str
    kind: str  # 'term' | 'predicate'


@dataclass(frozen=True)
class Region:
    code: str
    kato: str
    name: str
    level: str
    aliases: tuple[str, ...]
    translations: dict[str, str] = field(default_factory=dict, compare=False)  # 'kk' and 'ru' names


@dataclass(frozen=True, eq=False)
class Catalogue:
    sections: tuple[dict, ...]
    units: dict[str, Unit]
    indicators: dict[str, Indicator]
    regions: dict[str, Region]

    def mentions(self, text: str, context: str | None = None, conditions: bool = True) -> list[ConceptMention]:
        """Every place `text` names a catalogue concept, longest first where they overlap, in text order.

        `context` (the paragraph) is what an indicator's `requires` and `excludes` patterns are looked for in;
        without `conditions` every term counts (where a population is named, whatever the paragraph says).
        """
        context = text if context is None else context
        holds: dict[str, bool] = {}  # indicator -> its conditions hold in `context`

        def applies(ind: Indicator) -> bool:
            if ind.code not in holds:
                holds[ind.code] = not conditions or (
                    (ind.requires is None or bool(ind.requires.search(context)))
                    and (ind.excludes is None or not ind.excludes.search(context))
                )
            return holds[ind.code]

        found = [
            ConceptMention(m.start(), m.end(), ind.code, ind.concept, kind)
            for (ind, kind), m in self._concept_patterns.finditer(text)
            if applies(ind)
        ]
        kept: list[ConceptMention] = []
        for c in sorted(found, key=lambda c: (c.start - c.end, c.start, c.kind)):
            if not any(c.start < k.end and k.start < c.end for k in kept):
                kept.append(c)
        return sorted(kept, key=lambda c: c.start)

    @cached_property
    def _concept_patterns(self) -> PatternSet[tuple[Indicator, str]]:
        """Every indicator's terms and predicates, in catalogue order."""
        return PatternSet.of(
            (pattern, (ind, kind))
            for ind in self.indicators.values()
            for kind, patterns in (("term", ind.terms), ("predicate", ind.predicates))
            for pattern in patterns
        )

    def member(self, concept: str, kind: str) -> str | None:
        """The indicator of `concept` measured in `kind` (a count or its share)."""
        for ind in self.indicators.values():
            if ind.concept == concept and ind.kind == kind:
                return ind.code
        return None

    def wholes_of(self, concept: str) -> frozenset[str]:
        """The concepts the catalogue breaks into `concept` ("raised in families" is a part of "orphans and children
        left without parental care")."""
        return frozenset(
            self.indicators[ind.part_of].concept
            for ind in self.indicators.values()
            if ind.concept == concept and ind.part_of
        )

    def counted_nouns(self, code: str) -> frozenset[str]:
        """What a count of the indicator may be called right after its number: its unit's nouns and its own."""
        ind = self.indicators[code]
        return self.units[ind.unit].nouns | ind.nouns

    @cached_property
    def all_counted_nouns(self) -> frozenset[str]:
        """Every noun some count indicator may be called by."""
        return frozenset().union(*(self.counted_nouns(c) for c, i in self.indicators.items() if i.kind == "count"))

    def value_range(self, code: str) -> tuple[float, float]:
        ind = self.indicators[code]
        if ind.value_range:
            return ind.value_range
        unit = self.units[ind.unit]
        return unit.min, unit.max


def _population(entry: dict) -> str | None:
    """An indicator's `population`: 'children' or absent."""
    population = entry.get("population")
    if population not in (None, "children", "adults"):
        raise ValueError(
            f"catalogue: indicator {entry['code']} has population {population!r}; allowed: children, adults"
        )
    return population


def _compile(
    patterns: list[str] | None, vocabulary: dict[str, str], whole_words: bool = True
) -> tuple[re.Pattern[str], ...]:
    """Case-insensitive patterns with the vocabulary's {names} filled in, matching whole words (or word starts)."""
    compiled = []
    for p in patterns or []:
        expanded = re.sub(r"\{(\w+)\}", lambda m: vocabulary[m.group(1)], p)
        expanded = re.sub(r"\{(\w+)\}", lambda m: vocabulary[m.group(1)], expanded)  # a vocabulary word's words
        expanded = re.sub(r"\b(rate|ratio)$", r"\1s?", expanded)  # "adolescent birth rates remain higher in ..."
        # "orphans & children left w/o parental care": the abbreviations of briefing notes and slides
        expanded = expanded.replace(" and ", " (?:and|&) ").replace("without", "(?:without|w/o)")
        expanded = re.sub(r"organi\[sz\]ations|organizations", r"(?:organi[sz]ations|orgs\.?)", expanded)
        expanded = expanded.replace(" ?", r"\s*").replace(" ", r"\s+")  # any whitespace: see bind._read
        end = r"(?![\w-])(?!['’]s?\s)" if whole_words else ""  # "doctors' posts": a modifier, not the name
        compiled.append(re.compile(rf"(?<![\w-])(?:{expanded}){end}", re.IGNORECASE))
    return tuple(compiled)


@cache
def load(data_dir: Path = DATA) -> Catalogue:
    """Read and compile the catalogue files (cached: they are code, not data that changes per run)."""
    raw = read_yaml(data_dir / "catalogue.yaml")
    vocabulary = raw.get("vocabulary", {})
    indicators: dict[str, Indicator] = {}
    for entry in raw["indicators"]:
        if not getattr(UNITS.get(entry["unit"]), "indicators", False):
            raise ValueError(f"catalogue: indicator {entry['code']} has unit {entry['unit']!r}, not an indicator unit")
        indicators[entry["code"]] = Indicator(
            code=entry["code"],
            section=entry["section"],
            family=entry["family"],
            name=entry["name"],
            unit=entry["unit"],
            kind=UNITS[entry["unit"]].kind,
            age=entry.get("age", "_T"),
            definition=entry["definition"].strip(),
            concept=entry.get("concept", entry["code"]),
            share_of=entry.get("share_of"),
            contains=entry.get("contains"),
            age_required=bool(entry.get("age_required", False)),
            value_range=tuple(entry["value_range"]) if entry.get("value_range") else None,
            terms=_compile(entry.get("terms"), vocabulary),
            predicates=_compile(entry.get("predicates"), vocabulary),
            requires=re.compile(entry["requires"], re.IGNORECASE) if entry.get("requires") else None,
            excludes=re.compile(entry["excludes"], re.IGNORECASE) if entry.get("excludes") else None,
            nouns=frozenset(n.lower() for n in entry.get("nouns", [])),
            population_sex=entry.get("population_sex"),
            population=_population(entry),
            stock=bool(entry.get("stock", False)),
            part_of=entry.get("part_of"),
            whole=_compile([entry["whole"]], vocabulary, whole_words=False)[0] if entry.get("whole") else None,
        )
    for ind in indicators.values():
        for ref in (ind.concept, ind.share_of, ind.contains, ind.part_of):
            if ref is not None and ref not in indicators:
                raise ValueError(f"catalogue: indicator {ind.code} refers to unknown indicator {ref}")
    regions_raw = read_yaml(data_dir / "regions.yaml")
    regions = {
        r["code"]: Region(
            r["code"],
            r["kato"],
            r["name"],
            r["level"],
            tuple(r.get("aliases", [])),
            {lang: r[lang] for lang in LANGUAGES if lang in r},
        )
        for r in regions_raw
    }
    return Catalogue(tuple(raw["sections"]), UNITS, indicators, regions)
