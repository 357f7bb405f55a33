"""Where a figure is, in words that survive re-extraction: document, paragraph, sentence hash, context hash
(the paragraph's whole text under its headings) and the figure as written.

A reviewer's decision is anchored this way rather than by figure number or character offset, which change
whenever the rules or an earlier part of the report change. Editing the sentence or its paragraph changes a
hash, so a decision about it stops applying (it is reported stale) instead of landing on another figure; a
paragraph that was only renumbered is found again by its context, and the same sentence elsewhere in the
report (another paragraph, another heading) is never taken for it.
"""

from __future__ import annotations

import hashlib

import pandas as pd

ANCHOR = ("source_document", "paragraph", "sentence_hash", "context_hash", "figure_text", "occurrence")


def paragraph_label(paragraph: object) -> str:
    """A paragraph number as messages show it; '–' for a heading or a table row, which have none."""
    return "–" if paragraph is None or pd.isna(paragraph) else str(int(paragraph))  # type: ignore[arg-type]


def sentence_hash(text: str) -> str:
    """First 10 hex digits of the SHA-256 of the sentence, whitespace collapsed."""
    return hashlib.sha256(" ".join(text.split()).encode("utf-8")).hexdigest()[:10]


def review_id(document: str, paragraph: object, hash_: str, figure_text: str, occurrence: int) -> str:
    """A short id for one anchored figure, for typing on the command line (the file stores the anchor)."""
    where = "" if pd.isna(paragraph) else str(int(paragraph))  # type: ignore[arg-type]
    return hashlib.sha256(f"{document}|{where}|{hash_}|{figure_text}|{occurrence}".encode()).hexdigest()[:10]


def _contexts(sentences: pd.DataFrame) -> pd.Series:
    """Each sentence's context hash: its headings and its paragraph's whole text (a heading or table row: itself)."""
    whole = sentences.groupby(["source_document", "paragraph"], dropna=False)["text"].transform(" ".join)
    own = sentences["paragraph"].isna()
    text = sentences["heading_path"].fillna("") + "\n" + whole.where(~own, sentences["text"])
    return text.map(sentence_hash)


def anchored(figures: pd.DataFrame, sentences: pd.DataFrame) -> pd.DataFrame:
    """Every figure with its sentence (`quote`, `sentence_start`), its anchor and its `review_id`."""
    columns = [*figures.columns, "quote", "sentence_start", "sentence_hash", "context_hash", "occurrence", "review_id"]
    if figures.empty or sentences.empty:
        return pd.DataFrame(columns=columns)
    spans = sentences.assign(context_hash=_contexts(sentences))[
        ["source_document", "char_start", "text", "context_hash"]
    ].rename(columns={"char_start": "sentence_start", "text": "quote"})
    out = pd.merge_asof(
        figures.sort_values("char_start"),
        spans.sort_values("sentence_start"),
        left_on="char_start",
        right_on="sentence_start",
        by="source_document",
    ).sort_values(["source_document", "figure_index"], ignore_index=True)
    out["sentence_hash"] = out["quote"].fillna("").map(sentence_hash)
    out["occurrence"] = out.groupby(["source_document", "sentence_start", "text"]).cumcount() + 1
    out["review_id"] = [
        review_id(d, p, h, t, o)
        for d, p, h, t, o in zip(
            out["source_document"], out["paragraph"], out["sentence_hash"], out["text"], out["occurrence"], strict=True
        )
    ]
    return out[columns]
