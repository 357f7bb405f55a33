"""Table metadata: which columns each table has, its key, and what it holds.

The asset that builds a table, its Pandera schema, its DuckDB DDL and its Parquet file
all use the table's name given here.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

import pandas as pd

from indicators.decisions import RECORDED
from indicators.dimensions import BREAKDOWN, KEY
from indicators.review_queue import QUEUE_COLUMNS
from schemas.fields import FIELDS, Field

_PANDAS_TYPES = {"string": "object", "integer": "Int64", "number": "float64"}


@dataclass(frozen=True)
class Table:
    name: str
    description: str
    columns: tuple[str, ...]
    primary_key: tuple[str, ...]
    overrides: tuple[tuple[str, dict], ...] = ()  # per-table changes to a field (nullable, description)

    def field(self, column: str) -> Field:
        base = FIELDS[column]
        changes = dict(self.overrides).get(column)
        return replace(base, **changes) if changes else base

    def fields(self) -> list[tuple[str, Field]]:
        return [(c, self.field(c)) for c in self.columns]


OBSERVATION_COLUMNS = (
    *KEY,
    "obs_value",
    "unit_measure",
    "obs_status",
    "derivation",
    "source_document",
    "paragraph",
    "sentence_index",
    "figure_index",
    "char_start",
    "char_end",
    "quote",
    "rule",
    "decided_by",
    "decided_on",
    "decision_note",
)
OBSERVATION_KEY = (*KEY, "source_document")
_NAMED = ("code", "name", "name_kk", "name_ru")  # a code list with names in English, Kazakh and Russian


def _loose(columns: tuple[str, ...]) -> tuple[tuple[str, dict], ...]:
    """Overrides that leave columns unconstrained beyond their type (a table that records what it was given)."""
    return tuple((c, {"nullable": True, "codelist": None, "min": None, "max": None, "pattern": None}) for c in columns)


_NULLABLE_TEXT_LOCATION = (("paragraph", {"nullable": True, "description": "Paragraph number; empty for headings."}),)
# In quarantine every column may hold what failed, so nothing is constrained beyond its type.
_LOOSE = _loose(OBSERVATION_COLUMNS)

# A change names the observation it is about; a removed one may carry codes the code lists no longer have.
_ANY_KEY = _loose(KEY)

TABLES: dict[str, Table] = {
    t.name: t
    for t in (
        Table(
            "source_document",
            "One row per report read from data/raw: file, metadata and the SHA-256 of the exact text used.",
            (
                "source_document",
                "file_name",
                "symbol",
                "title",
                "publisher",
                "date",
                "language",
                "ref_area",
                "reporting_period_start",
                "reporting_period_end",
                "reporting_period_source",
                "reporting_period_paragraph",
                "reporting_period_evidence",
                "sha256",
                "fingerprint",
                "n_chars",
                "format",
                "reader",
                "pages",
            ),
            ("source_document",),
            (
                (
                    "sha256",
                    {"description": "SHA-256 of the original file's bytes (the .txt, .docx or .pdf as dropped)."},
                ),
            ),
        ),
        Table(
            "source_text",
            "The text bala extracted from each report, as its reader gave it: every char_start and char_end points "
            "into it, so a quote can always be found again (for .docx and .pdf it is the reader's output).",
            ("source_document", "text"),
            ("source_document",),
            (("text", {"description": "The whole text, numbered paragraphs as 'N.<TAB>', headings indented."}),),
        ),
        Table(
            "rejected_file",
            "Every file in data/raw that is not read as a report, or that cannot be read, with why and what to do. "
            "The other reports are still published; a report read before keeps its last published rows.",
            ("file_name", "reason"),
            ("file_name",),
            (("reason", {"description": "Why the file is not read, and what to do about it."}),),
        ),
        Table(
            "sentence",
            "Every sentence of every report, with its paragraph number and heading path.",
            (
                "source_document",
                "paragraph",
                "sentence_index",
                "block_kind",
                "heading_path",
                "char_start",
                "char_end",
                "text",
            ),
            ("source_document", "char_start"),
            _NULLABLE_TEXT_LOCATION,
        ),
        Table(
            "figure",
            "Every numeric mention in every report and the role the pipeline gave it (observation, year, legal reference, ...).",
            (
                "source_document",
                "figure_index",
                "paragraph",
                "sentence_index",
                "char_start",
                "char_end",
                "text",
                "value",
                "unit",
                "role",
                "reason",
                "period_start",
                "period_end",
                "candidate_indicator",
                "candidate_age",
                "candidate_breakdown",
            ),
            ("source_document", "figure_index"),
            (
                *_NULLABLE_TEXT_LOCATION,
                ("value", {"min": None}),
                (
                    "period_start",
                    {"nullable": True, "description": "First year of the period the figure is linked to, if any."},
                ),
                (
                    "period_end",
                    {"nullable": True, "description": "Last year of the period the figure is linked to, if any."},
                ),
                ("text", {"description": "The number as written in the original file."}),
            ),
        ),
        Table(
            "observation",
            "Validated statistical observations, one per indicator, area, breakdown, period and source document, each traced to its sentence.",
            OBSERVATION_COLUMNS,
            OBSERVATION_KEY,
            (
                (
                    "paragraph",
                    {"nullable": True, "description": "Paragraph number; empty for a table cell (its quote names it)."},
                ),
            ),
        ),
        Table(
            "quarantine",
            "Observations that failed validation: never published in `observation`; kept with the failed check and why.",
            (*OBSERVATION_COLUMNS, "check_name", "reason"),
            (),
            _LOOSE,
        ),
        Table(
            "release_change",
            "What this release changed against the release current before it: observations added, removed and "
            "changed (old and new value, each with its quote), and documents added and removed.",
            (
                "change",
                *KEY,
                "source_document",
                "old_value",
                "new_value",
                "old_status",
                "new_status",
                "old_paragraph",
                "new_paragraph",
                "old_quote",
                "new_quote",
                "release",
                "previous_release",
            ),
            (),
            _ANY_KEY,
        ),
        Table(
            "review_queue",
            "What a statistician could place: every figure that looks like a statistic but is not published, every "
            "quarantined value and every published value of low certainty, with the pipeline's best guess and why; "
            "most useful first. "
            "Decide with `bala review` (data/review/decisions.csv).",
            QUEUE_COLUMNS,
            ("review_id",),
            (
                *_NULLABLE_TEXT_LOCATION,
                ("period_start", {"nullable": True, "description": "First year of the period the text gives, if any."}),
                ("period_end", {"nullable": True, "description": "Last year of the period the text gives, if any."}),
                ("value", {"min": None}),
                ("reason", {"description": "Why the rules did not publish it, or why its certainty is low."}),
            ),
        ),
        Table(
            "review_decision",
            "Every decision of data/review/decisions.csv and what became of it in this refresh (applied, noted, "
            "quarantined, stale or invalid, and why).",
            ("decision", *RECORDED, "decision_status", "reason", "review_id"),
            ("decision",),
            (
                *_loose(RECORDED),  # what the file says, right or wrong: its outcome says which
                ("reason", {"description": "Why the decision is stale, invalid or quarantined; empty when applied."}),
                ("review_id", {"nullable": True, "description": "The figure the decision matched; empty if none."}),
            ),
        ),
        Table(
            "indicator",
            "The indicator catalogue: code, compendium section, name, unit, age group and definition.",
            ("code", "section", "family", "name", "unit_measure", "age", "definition"),
            ("code",),
        ),
        Table(
            "section",
            "Sections of the Children of Kazakhstan compendium.",
            ("code", "sort_order", "name", "name_kk", "name_ru"),
            ("code",),
        ),
        Table(
            "ref_area",
            "Reference areas: the country and its regions, with KATO codes.",
            ("code", "kato", "name", "name_kk", "name_ru", "level"),
            ("code",),
        ),
        *(
            Table(b.dimension, f"Code list for {b.name[0].lower()}{b.name[1:]}.", _NAMED, ("code",))
            for b in BREAKDOWN.values()
            if b.codes
        ),
        Table("age", "Code list for the age groups used in `observation`.", _NAMED, ("code",)),
        Table(
            "unit_measure",
            "Code list for units: of published values and of figures as read (indicators/data/units.yaml).",
            ("code", "name", "kind"),
            ("code",),
        ),
        Table("obs_status", "Code list for observation status.", ("code", "name"), ("code",)),
        Table(
            "rule",
            "The phrasing rules of indicators/rules.py, in the order they are tried: what each reads.",
            ("code", "family", "kind", "description"),
            ("code",),
            (
                ("family", {"description": "The phrasing family the rule belongs to (tests/phrasings/README.md)."}),
                (
                    "kind",
                    {
                        "description": "'period' (gives a figure its period), 'dimension', 'derivation', 'table' or 'review'."
                    },
                ),
            ),
        ),
    )
}


def conform(df: pd.DataFrame, table: str) -> pd.DataFrame:
    """The table's columns, in order, with its pandas dtypes. A column the table does not have is an error (a
    misspelt name would otherwise become an empty column); of a non-empty frame, so is a missing one."""
    t = TABLES[table]
    unknown = [c for c in df.columns if c not in t.columns]
    missing = [c for c in t.columns if c not in df.columns] if len(df) else []
    if unknown or missing:
        raise ValueError(f"{table}: columns {unknown} are not in the table, columns {missing} are missing")
    out = df.reindex(columns=list(t.columns))
    return out.astype({c: _PANDAS_TYPES[f.type] for c, f in t.fields()})
