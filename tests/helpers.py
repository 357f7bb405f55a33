"""Test helpers: where the shipped reports are, and extraction from a few sentences written for a test."""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from indicators.catalogue import load
from indicators.documents import Document
from indicators.extract import extract

ROOT = Path(__file__).resolve().parents[1]
RAW = ROOT / "data" / "raw"
FIXTURES = Path(__file__).parent / "fixtures"
MAIN_REPORT = RAW / "CRC_C_KAZ_5-6.txt"


def document(text: str, reporting_period: tuple[int, int] | None = None, doc_id: str = "test_doc") -> Document:
    return Document(doc_id, f"{doc_id}.txt", text, "0" * 64, doc_id, "", "", "", "en", "KZ", reporting_period)


def observe(paragraphs: list[str], reporting_period: tuple[int, int] | None = None) -> pd.DataFrame:
    """Observations extracted from numbered paragraphs written for a test."""
    text = "\n".join(f"{i}.\t{p}" for i, p in enumerate(paragraphs, start=1))
    return extract(document(text, reporting_period), load()).observations


def values(obs: pd.DataFrame) -> set[tuple]:
    """(indicator, ref_area, sex, age, start, end, value, status) tuples, for exact comparisons."""
    if obs.empty:
        return set()
    cols = ["indicator_code", "ref_area", "sex", "age", "period_start", "period_end", "obs_value", "obs_status"]
    return {tuple(r) for r in obs[cols].itertuples(index=False)}
