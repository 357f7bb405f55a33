"""The phrasing bank: sentences written for bala with the exact observations each must yield.

An item is a short text (one paragraph, or a list of paragraphs) with the document's reporting
period when the item needs one, and its expected observations written compactly:

    CODE PERIOD [sex=M|F] [age=CODE] [area=KZ-xx] [res=U|R] [sys=EDU|HLTH|SOC] VALUE [E]

PERIOD is a year (2020), a span whose figure is a total over it (2016-2020) or a school year
(2019/20). The age defaults to the indicator's own age group, every other dimension to its total.
`python -m tests.phrasings.bank check FILE...` validates the format of bank files.
"""

from __future__ import annotations

import concurrent.futures
import math
import multiprocessing
import os
import re
import sys
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd
import yaml

from indicators import dimensions
from indicators.catalogue import Catalogue, load
from indicators.documents import Document
from indicators.extract import extract
from indicators.yamlfile import read_yaml
from schemas.tables import conform
from schemas.validation import split

BANK = Path(__file__).parent
PARTS = ("dev", "heldback")
KEY = (*dimensions.KEY, "obs_status")
# a bank line names a dimension by its column, or by a short name kept from the bank's first files
_DIMENSIONS = {**{d: d for d in dimensions.BREAKDOWNS}, "area": "ref_area", "res": "residence", "sys": "system"}
_PERIOD = re.compile(r"(\d{4})(?:-(\d{4})|/(\d{2}))?")
FAMILIES = (
    "year_value",
    "sentence_year",
    "year_list",
    "trend_dated",
    "trend_reversed",
    "trend_period",
    "period_total",
    "labelled_breakdown",
    "share_and_count",
    "difference_from_year",
    "carried_subject",
    "carried_period",
    "rates_and_units",
    "regional",
    "school_year",
    "number_formats",
    "distractor_legal",
    "distractor_other",
    "distractor_nonvalue",
    "out_of_catalogue",
    "table",
)


class BankError(ValueError):
    """A bank item that does not follow the format; the message names the file and the item."""


@dataclass(frozen=True)
class Expected:
    """One observation an item must yield."""

    key: tuple
    value: float

    def __str__(self) -> str:
        code, area, sex, _age, res, sys_, start, end, status = self.key
        period = str(start) if start == end else f"{start}-{end}"
        dims = " ".join(
            f"{name}={v}"
            for name, v in (("sex", sex), ("area", area), ("res", res), ("sys", sys_))
            if v not in ("_T", "KZ")
        )
        return " ".join(p for p in (code, period, dims, f"{self.value:g}", "E" if status == "E" else "") if p)


@dataclass(frozen=True)
class Item:
    """One bank entry: its text as numbered paragraphs and what it must yield."""

    id: str
    part: str
    family: str
    section: str
    paragraphs: tuple[str, ...]
    reporting_period: tuple[int, int] | None
    expect: tuple[Expected, ...]
    note: str = ""

    @property
    def author(self) -> str:
        """The file (author) the item comes from: 'd7' for 'd7-012'."""
        return self.id.split("-")[0]

    def document(self) -> Document:
        text = "\n".join(f"{i}.\t{p}" for i, p in enumerate(self.paragraphs, start=1))
        return Document(
            self.id, f"{self.id}.txt", text, "0" * 64, self.id, "", "", "", "en", "KZ", self.reporting_period
        )


def parse_expectation(line: str, catalogue: Catalogue) -> Expected:
    """Read `CODE PERIOD [dims] VALUE [E]`; raises BankError on anything unknown."""
    parts = line.split()
    status = "A"
    if parts and parts[-1] == "E":
        status, parts = "E", parts[:-1]
    if len(parts) < 3:
        raise BankError(f"{line!r}: needs at least CODE PERIOD VALUE")
    code, period, *dims, value = parts
    if code not in catalogue.indicators:
        raise BankError(f"{line!r}: unknown indicator {code}")
    m = _PERIOD.fullmatch(period)
    if not m:
        raise BankError(f"{line!r}: period {period!r} is not YYYY, YYYY-YYYY or YYYY/YY")
    start = int(m.group(1))
    end = int(m.group(2)) if m.group(2) else (start + 1 if m.group(3) else start)
    if m.group(3) and int(m.group(3)) != (start + 1) % 100:
        raise BankError(f"{line!r}: school year {period} does not end the year after it starts")
    ind = catalogue.indicators[code]
    values = {**{d: dimensions.TOTAL for d in dimensions.CODES}, "age": ind.age, "ref_area": "KZ"}
    allowed = {
        **{d: set(codes) for d, codes in dimensions.CODES.items()},
        "age": {ind.age},
        "ref_area": set(catalogue.regions),
    }
    for dim in dims:
        name, _, v = dim.partition("=")
        if name not in _DIMENSIONS:
            raise BankError(f"{line!r}: unknown dimension {name!r} (use {', '.join(_DIMENSIONS)})")
        column = _DIMENSIONS[name]
        if v not in allowed[column]:
            raise BankError(f"{line!r}: {name}={v} is not one of {sorted(allowed[column])}")
        values[column] = v
    try:
        number = float(value)
    except ValueError as exc:
        raise BankError(f"{line!r}: value {value!r} is not a plain number (no thousands separators)") from exc
    key = (
        code,
        values["ref_area"],
        values["sex"],
        values["age"],
        values["residence"],
        values["system"],
        start,
        end,
        status,
    )
    return Expected(key, number)


def _period(raw: object, where: str) -> tuple[int, int] | None:
    if raw is None:
        return None
    m = re.fullmatch(r"(\d{4})-(\d{4})", str(raw))
    if not m:
        raise BankError(f"{where}: reporting_period must be written YYYY-YYYY")
    return int(m.group(1)), int(m.group(2))


def load_file(path: Path, part: str, catalogue: Catalogue) -> list[Item]:
    """Items of one bank file; every problem is reported with the file and item id."""
    raw = read_yaml(path) or []
    if not isinstance(raw, list):
        raise BankError(f"{path.name}: a bank file is a list of items")
    sections = {s["code"] for s in catalogue.sections}
    items = []
    for entry in raw:
        where = f"{path.name}: item {entry.get('id', '?') if isinstance(entry, dict) else entry!r}"
        if not isinstance(entry, dict) or not {"id", "family", "section", "text", "expect"} <= set(entry):
            raise BankError(f"{where}: needs id, family, section, text and expect")
        unknown = set(entry) - {"id", "family", "section", "text", "expect", "reporting_period", "note"}
        if unknown:
            raise BankError(f"{where}: unknown keys {sorted(unknown)}")
        if entry["family"] not in FAMILIES:
            raise BankError(f"{where}: unknown family {entry['family']!r} (see tests/phrasings/README.md)")
        if entry["section"] not in sections:
            raise BankError(f"{where}: unknown section {entry['section']!r}")
        text = entry["text"]
        paragraphs = (text,) if isinstance(text, str) else tuple(text)
        if not paragraphs or not all(isinstance(p, str) and p.strip() for p in paragraphs):
            raise BankError(f"{where}: text must be a string or a list of strings")
        try:
            expect = tuple(parse_expectation(str(e), catalogue) for e in entry["expect"] or [])
        except BankError as exc:
            raise BankError(f"{where}: {exc}") from exc
        keys = [e.key for e in expect]
        if len(keys) != len(set(keys)):
            raise BankError(f"{where}: the same observation is expected twice")
        items.append(
            Item(
                id=str(entry["id"]),
                part=part,
                family=str(entry["family"]),
                section=str(entry["section"]),
                paragraphs=tuple(p.strip() for p in paragraphs),
                reporting_period=_period(entry.get("reporting_period"), where),
                expect=expect,
                note=str(entry.get("note", "")),
            )
        )
    return items


def load_bank(parts: Iterable[str] = PARTS, catalogue: Catalogue | None = None) -> list[Item]:
    """Every item of the named parts, in file order; ids must be unique across the bank."""
    catalogue = catalogue or load()
    items = [
        item
        for part in parts
        for path in sorted((BANK / part).glob("*.yaml"))
        for item in load_file(path, part, catalogue)
    ]
    seen: set[str] = set()
    for item in items:
        if item.id in seen:
            raise BankError(f"item id {item.id} is used twice")
        seen.add(item.id)
    return items


@dataclass
class Score:
    """What extraction made of one item: the expected observations found, missed and the extra ones."""

    item: Item | None
    found: list[Expected] = field(default_factory=list)
    missed: list[Expected] = field(default_factory=list)
    extra: list[Expected] = field(default_factory=list)


def _same(a: float, b: float) -> bool:
    return math.isclose(a, b, rel_tol=1e-9, abs_tol=1e-6)


def observed(obs: pd.DataFrame) -> list[Expected]:
    """Observations of an extraction in the bank's terms."""
    if obs.empty:
        return []
    return [Expected(tuple(r[:-1]), float(r[-1])) for r in obs[[*KEY, "obs_value"]].itertuples(index=False)]


def published(obs: pd.DataFrame, catalogue: Catalogue) -> pd.DataFrame:
    """What of an extraction the pipeline would publish: rows that fail validation go to quarantine."""
    return split(conform(obs, "observation"), "observation", catalogue)[0] if len(obs) else obs


def _observations(item: Item) -> pd.DataFrame:
    """One item's extracted observations, with the project's catalogue (in a worker process)."""
    return extract(item.document(), load()).observations


def score_all(items: Iterable[Item], catalogue: Catalogue) -> dict[str, Score]:
    """`score` for many items at once: extracted one by one, validated together (one Pandera run instead of
    one per item; every cross-check is per document, and each item is its own document)."""
    items = list(items)
    if catalogue is load() and len(items) > 200 and (os.cpu_count() or 1) > 1:  # the bank: on every core
        context = multiprocessing.get_context("fork")
        with concurrent.futures.ProcessPoolExecutor(os.cpu_count(), mp_context=context) as pool:
            frames = list(pool.map(_observations, items, chunksize=64))
    else:
        frames = [extract(item.document(), catalogue).observations for item in items]
    frames = [f for f in frames if len(f)]
    kept = published(pd.concat(frames, ignore_index=True), catalogue) if frames else pd.DataFrame()
    by_item = dict(iter(kept.groupby("source_document"))) if len(kept) else {}
    results = {}
    for item in items:
        results[item.id] = compare(observed(by_item.get(item.id, pd.DataFrame())), item.expect)
        results[item.id].item = item
    return results


def score(item: Item, catalogue: Catalogue) -> Score:
    """Extract the item's text and compare what would be published with what it must yield (key and value)."""
    result = compare(observed(published(extract(item.document(), catalogue).observations, catalogue)), item.expect)
    result.item = item
    return result


@dataclass(frozen=True)
class Planted:
    """What a whole report must yield: `expect` exactly, for `indicators` (all when None)."""

    path: Path
    document: str
    reporting_period: tuple[int, int] | None
    indicators: frozenset[str] | None
    expect: tuple[Expected, ...]
    where: tuple[tuple[int, str], ...] = ()  # (position in the key, code): only observations with these codes count

    def scope(self, got: list[Expected]) -> list[Expected]:
        """The observations the planted set speaks for."""
        return [
            g
            for g in got
            if (self.indicators is None or g.key[0] in self.indicators) and all(g.key[p] == c for p, c in self.where)
        ]


def load_planted(path: Path, catalogue: Catalogue | None = None) -> Planted:
    """A report's planted set (tests/fixtures/*.expected.yaml)."""
    catalogue = catalogue or load()
    raw = read_yaml(path)
    indicators = frozenset(raw["indicators"]) if raw.get("indicators") else None
    return Planted(
        path=path,
        document=str(raw["document"]),
        reporting_period=_period(raw.get("reporting_period"), path.name),
        indicators=indicators,
        expect=tuple(parse_expectation(str(e), catalogue) for e in raw["expect"]),
        where=tuple((KEY.index(_DIMENSIONS.get(k, k)), str(v)) for k, v in (raw.get("where") or {}).items()),
    )


def compare(got: list[Expected], expect: Iterable[Expected], indicators: frozenset[str] | None = None) -> Score:
    """Expected observations found and missed, and the extra ones (of `indicators` only, when given)."""
    result = Score(item=None)
    unmatched = [g for g in got if indicators is None or g.key[0] in indicators]
    for e in expect:
        hit = next((g for g in unmatched if g.key == e.key and _same(g.value, e.value)), None)
        if hit is None:
            result.missed.append(e)
        else:
            unmatched.remove(hit)
            result.found.append(e)
    result.extra = unmatched
    return result


def main(argv: list[str]) -> int:
    """`check FILE...`: validate bank files (format and codes only; extraction is not run)."""
    if len(argv) < 2 or argv[0] != "check":
        print("usage: python -m tests.phrasings.bank check FILE...", file=sys.stderr)
        return 2
    catalogue = load()
    status = 0
    for name in argv[1:]:
        path = Path(name)
        try:
            items = load_file(path, path.parent.name, catalogue)
        except (BankError, yaml.YAMLError, OSError) as exc:
            print(f"error: {exc}", file=sys.stderr)
            status = 1
            continue
        families = sorted({i.family for i in items})
        n_expect = sum(len(i.expect) for i in items)
        print(f"{path}: {len(items)} items, {n_expect} expected observations, families: {', '.join(families)}")
    return status


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
