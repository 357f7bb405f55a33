"""The dimensions of an observation, defined once: which indicator, where, for whom, when.

The breakdowns, their code lists, how reports name their parts and how a label ties to a figure are data
(`data/breakdowns.yaml`); every list of dimensions elsewhere (the table key and columns, the code-list
tables, cross-checks, views, the compendium, exports, labels, tests) is built from these names.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from indicators.yamlfile import read_yaml

DATA = Path(__file__).parent / "data" / "breakdowns.yaml"
TOTAL = "_T"
LANGUAGES = ("kk", "ru")  # names besides English, where the compendium has them
KINDS = ("population", "place", "institutions")
_PIECE = re.compile(r"\{(any_)?(\w+)\}")


@dataclass(frozen=True)
class Breakdown:
    """One breakdown dimension: its code list and the pattern of its labels in a sentence."""

    dimension: str
    name: str
    description: str
    kind: str | None
    parts_add_up: bool
    codes: dict[str, str]  # code -> name; empty when the codes come from elsewhere (age)
    translations: dict[str, dict[str, str]]  # code -> {'kk': Kazakh name, 'ru': Russian name}
    pattern: str | None  # what a code of a breakdown without a code list looks like
    label: re.Pattern[str] | None  # every form, one group per code it can give
    groups: dict[str, str]  # group name of `label` -> code

    def code_of(self, found: re.Match[str]) -> str:
        """The code a match of `label` gives."""
        return next(self.groups[g] for g, text in found.groupdict().items() if text is not None and g in self.groups)


def _label(dimension: str, forms: list[str], spelled: dict[str, dict[str, str]]) -> tuple[re.Pattern[str], dict]:
    """One pattern of every form, with {piece} made one named group per code (which code the label gives)."""
    groups: dict[str, str] = {}
    compiled = []
    for f, form in enumerate(forms):
        own = [p for any_, p in _PIECE.findall(form) if not any_]
        if len(own) != 1:
            raise ValueError(f"breakdowns.yaml: a form of {dimension} needs one {{piece}} naming the code: {form!r}")

        def fill(m: re.Match[str], f: int = f) -> str:
            any_, piece = m.groups()
            alternatives = [(code, words[piece]) for code, words in spelled.items() if piece in words]
            if not alternatives:
                raise ValueError(f"breakdowns.yaml: no code of {dimension} spells {{{piece}}}")
            if any_:
                return "(?:" + "|".join(words for _, words in alternatives) + ")"
            named = []
            for k, (code, words) in enumerate(alternatives):
                groups[f"b{f}_{k}"] = code
                named.append(f"(?P<b{f}_{k}>{words})")
            return "(?:" + "|".join(named) + ")"

        compiled.append(_PIECE.sub(fill, form))
    return re.compile("|".join(compiled), re.IGNORECASE), groups


def _load(path: Path = DATA) -> dict[str, Breakdown]:
    out = {}
    for b in read_yaml(path)["breakdowns"]:
        codes = b.get("codes", {})
        if codes and TOTAL not in codes:
            raise ValueError(f"breakdowns.yaml: {b['dimension']} has no total code {TOTAL!r}")
        if b.get("kind") not in (None, *KINDS):
            raise ValueError(f"breakdowns.yaml: {b['dimension']} has unknown kind {b['kind']!r}")
        spelled = {code: c["spelled"] for code, c in codes.items() if c.get("spelled")}
        label, groups = _label(b["dimension"], b["forms"], spelled) if b.get("forms") else (None, {})
        out[b["dimension"]] = Breakdown(
            dimension=b["dimension"],
            name=b["name"],
            description=b["description"],
            kind=b.get("kind"),
            parts_add_up=bool(b.get("parts_add_up", False)),
            codes={code: c["name"] for code, c in codes.items()},
            translations={code: {lang: c[lang] for lang in LANGUAGES if lang in c} for code, c in codes.items()},
            pattern=b.get("pattern"),
            label=label,
            groups=groups,
        )
    return out


BREAKDOWN = _load()
BREAKDOWNS = tuple(BREAKDOWN)  # the breakdown columns, in order
CODES = {d: b.codes for d, b in BREAKDOWN.items() if b.codes}  # the breakdowns with a code list: code -> name
LABELLED = tuple(b for b in BREAKDOWN.values() if b.label is not None)  # the breakdowns reports name in words
PARTS = {d: tuple(c for c in b.codes if c != TOTAL) for d, b in BREAKDOWN.items() if b.parts_add_up}
SERIES = ("indicator_code", "ref_area", *BREAKDOWNS)  # one line of a compendium table
PERIOD = ("period_start", "period_end")
KEY = (*SERIES, *PERIOD)  # one value


def of_kind(*kinds: str) -> frozenset[str]:
    """The breakdowns whose labels tie to figures in these ways (see `kind` in breakdowns.yaml)."""
    return frozenset(b.dimension for b in BREAKDOWN.values() if b.kind in kinds)


def columns(names: tuple[str, ...], alias: str = "") -> str:
    """Column names for SQL, comma-separated, optionally qualified ('o.sex, o.age')."""
    return ", ".join(f"{alias}.{n}" if alias else n for n in names)
