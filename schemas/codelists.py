"""Code lists, taken from the indicator catalogue so that validation and publishing agree with it."""

from __future__ import annotations

import re

import pandas as pd

from indicators.catalogue import OBS_STATUS_CODES, Catalogue
from indicators.decisions import REVIEW_RULE
from indicators.dimensions import BREAKDOWN, CODES, LANGUAGES
from indicators.rules import RULES

ROLES = (
    "observation",
    "change",
    "share",
    "range_bound",
    "year",
    "date",
    "age",
    "legal_reference",
    "identifier",
    "money",
    "context",
    "uncatalogued",
    "undated",
)


def codes(catalogue: Catalogue) -> dict[str, list[str]]:
    """Allowed values of each coded column."""
    return {
        "indicator": list(catalogue.indicators),
        "ref_area": list(catalogue.regions),
        **{dim: list(names) for dim, names in CODES.items()},
        "obs_status": list(OBS_STATUS_CODES),
        "unit_measure": list(catalogue.units),
        "section": [s["code"] for s in catalogue.sections],
        "role": list(ROLES),
        "rule": [*(r.name for r in RULES), REVIEW_RULE],
    }


_AGE_WORDS = {
    "en": ("All ages", "{a} to {b} years", "Under {n} years", "{n} years and over"),
    "kk": ("Барлық жас", "{a}–{b} жас", "{n} жасқа дейін", "{n} жас және одан жоғары"),
    "ru": ("Все возрасты", "{a}–{b} лет", "до {n} лет", "{n} лет и старше"),
}


def age_name(code: str, language: str = "en") -> str:
    """Readable name of an SDMX-style age code, in English, Kazakh ('kk') or Russian ('ru')."""
    total, span, under, over = _AGE_WORDS[language]
    if code == "_T":
        return total
    if m := re.fullmatch(r"Y(\d+)T(\d+)", code):
        return span.format(a=m.group(1), b=m.group(2))
    if m := re.fullmatch(r"Y_LT(\d+)", code):
        return under.format(n=m.group(1))
    if m := re.fullmatch(r"Y_GE(\d+)", code):
        return over.format(n=m.group(1))
    return code


def _translated(names: dict) -> dict[str, str | None]:
    """The name_kk and name_ru columns of a code list row."""
    return {f"name_{x}": names.get(x) for x in LANGUAGES}


def reference_tables(catalogue: Catalogue, ages: list[str]) -> dict[str, pd.DataFrame]:
    """The catalogue and code-list tables as published."""
    inds = catalogue.indicators.values()
    all_ages = sorted({"_T", *(i.age for i in inds), *ages})
    return {
        "indicator": pd.DataFrame(
            [
                {
                    "code": i.code,
                    "section": i.section,
                    "family": i.family,
                    "name": i.name,
                    "unit_measure": i.unit,
                    "age": i.age,
                    "definition": i.definition,
                }
                for i in inds
            ]
        ),
        "section": pd.DataFrame(
            [
                {"code": s["code"], "sort_order": int(s["order"]), "name": s["name"], **_translated(s)}
                for s in catalogue.sections
            ]
        ),
        "ref_area": pd.DataFrame(
            [
                {"code": r.code, "kato": r.kato, "name": r.name, **_translated(r.translations), "level": r.level}
                for r in catalogue.regions.values()
            ]
        ),
        **{
            dim: pd.DataFrame(
                [{"code": k, "name": v, **_translated(BREAKDOWN[dim].translations[k])} for k, v in names.items()]
            )
            for dim, names in CODES.items()
        },
        "age": pd.DataFrame(
            [{"code": a, "name": age_name(a), **{f"name_{x}": age_name(a, x) for x in LANGUAGES}} for a in all_ages]
        ),
        "unit_measure": pd.DataFrame(
            [{"code": u.code, "name": u.name, "kind": u.kind} for u in catalogue.units.values()]
        ),
        "obs_status": pd.DataFrame([{"code": k, "name": v} for k, v in OBS_STATUS_CODES.items()]),
        "rule": pd.DataFrame(
            [{"code": r.name, "family": r.family, "kind": r.kind, "description": r.description} for r in RULES]
            + [
                {
                    "code": REVIEW_RULE,
                    "family": "review",
                    "kind": "review",
                    "description": "A statistician's decision in data/review/decisions.csv placed or corrected the "
                    "value (decided_by, decided_on and decision_note say who, when and why).",
                }
            ]
        ),
    }
