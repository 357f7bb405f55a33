"""What extraction knows about one sentence while it reads a paragraph, and what it publishes from it.

The stages fill a `Reading` in order: the numbers and their roles (mentions), the clauses and
the time at their head (timex), the concepts named (catalogue), the labels of parts (labels),
then the rules of `indicators.rules` give each figure its period, `indicators.bind` its indicator
and `indicators.derive` the levels the text implies.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from indicators.catalogue import ConceptMention
from indicators.dimensions import CODES, KEY, TOTAL
from indicators.labels import Labels
from indicators.mentions import Mention
from indicators.timex import Anchor, Clause


@dataclass(frozen=True)
class DocumentContext:
    """What the document as a whole says: its country and its reporting period."""

    ref_area: str
    reporting_period: tuple[int, int] | None


@dataclass
class Observation:
    """One published value with its provenance (`mention` indexes the figure in its sentence)."""

    indicator_code: str
    ref_area: str
    age: str
    period_start: int
    period_end: int
    obs_value: float
    unit_measure: str
    obs_status: str
    derivation: str
    rule: str
    mention: int
    parts: dict[str, str] = field(default_factory=dict)  # the coded breakdowns stated ({'sex': 'F'}); others total

    def dimension(self, name: str) -> str | int:
        """The observation's value of one dimension of `KEY` (a coded breakdown not stated is its total)."""
        if name in CODES:
            return self.parts.get(name, TOTAL)
        return getattr(self, name)

    @property
    def key(self) -> tuple:
        return tuple(self.dimension(d) for d in KEY)


@dataclass(frozen=True)
class Guess:
    """The pipeline's best guess for a statistic it did not publish: never published, shown for review."""

    indicator: str | None
    age: str | None
    parts: dict[str, str]

    @property
    def breakdown(self) -> str:
        """The stated breakdowns as 'dimension=code' pairs ('sex=F; residence=R'); empty for totals."""
        return "; ".join(f"{d}={c}" for d, c in sorted(self.parts.items()))


@dataclass
class Reading:
    """One sentence as read: its figures and what each was bound to."""

    text: str
    mentions: list[Mention]
    clauses: list[Clause]
    concepts: list[ConceptMention]
    labels: Labels
    anchor: Anchor | None
    periods: dict[int, tuple[int, int, str]] = field(default_factory=dict)
    indicators: dict[int, str] = field(default_factory=dict)
    hosts: dict[int, int] = field(default_factory=dict)  # a part of a breakdown -> its total
    pairs: dict[int, int] = field(default_factory=dict)  # a count and the share it is restated as, both ways
    observations: list[Observation] = field(default_factory=list)
    topic: str | None = None  # the concept the sentence is about, for "it", "the figure", "of these" after it
    guesses: dict[int, Guess] = field(default_factory=dict)  # figures not published: what a reviewer starts from

    @property
    def values(self) -> list[int]:
        return [i for i, m in enumerate(self.mentions) if m.is_value]

    def clause_of(self, position: int) -> Clause:
        for clause in self.clauses:
            if clause.start <= position < clause.end:
                return clause
        return self.clauses[-1]

    def in_clause(self, i: int, pattern: re.Pattern[str]) -> re.Match[str] | None:
        """The first match of `pattern` in figure i's clause."""
        clause = self.clause_of(self.mentions[i].start)
        return pattern.search(self.text, clause.start, clause.end)

    def point_anchor(self, i: int) -> Anchor | None:
        """The point in time heading figure i's clause, else the sentence's."""
        clause = self.clause_of(self.mentions[i].start)
        found = clause.anchor or self.anchor
        return found if found is not None and found.point else None

    def span_anchor(self, i: int) -> Anchor | None:
        """The span heading figure i's clause, else the sentence's, unless the clause names a time of its own that
        is no span ("...; from July 2019 to June 2023 the courts considered 3,120 cases")."""
        clause = self.clause_of(self.mentions[i].start)
        own_time = any(m.role == "date" for m in self.mentions if clause.start <= m.start < self.mentions[i].start)
        found = clause.anchor or (None if clause.start > 0 and own_time else self.anchor)
        return found if found is not None and not found.point else None


@dataclass
class Context:
    """What the earlier sentences of the paragraph established."""

    doc: DocumentContext
    point: tuple[int, int] | None = None  # the last point in time set (for figures that give none)
    span: tuple[int, int] | None = None  # the last span named ("over the same period")
    last_year: int | None = None  # the last year named, for "that year", "a year earlier"
    last_period: tuple[int, int] | None = None  # the period of the last sentence's figures, when they share one
    topic: str | None = None
    earlier: list[Reading] = field(default_factory=list)
