"""Column metadata: every column of every table is described once, here.

From these entries come the Pandera checks, the DuckDB column types and `COMMENT ON`s,
the Dagster column schemas and the README's column reference.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from indicators.dimensions import BREAKDOWN


@dataclass(frozen=True)
class Field:
    """One column: type ('string' | 'integer' | 'number'), description, and what values it may take."""

    type: str
    description: str
    nullable: bool = False
    codelist: str | None = None  # name of a code list in `schemas.codelists`
    min: float | None = None
    max: float | None = None
    pattern: str | None = None
    extra: dict = field(default_factory=dict)


YEAR_MIN, YEAR_MAX = 1990, 2035

FIELDS: dict[str, Field] = {
    # dimensions
    "indicator_code": Field(
        "string", "Indicator code from the bala catalogue (table `indicator`).", codelist="indicator"
    ),
    "ref_area": Field(
        "string", "Reference area: 'KZ' for the country, 'KZ-nn' for a region (table `ref_area`).", codelist="ref_area"
    ),
    **{  # the breakdowns of indicators/data/breakdowns.yaml, each coded by its own code list
        b.dimension: Field("string", b.description, codelist=b.dimension if b.codes else None, pattern=b.pattern)
        for b in BREAKDOWN.values()
    },
    "period_start": Field("integer", "First year of the period the value refers to.", min=YEAR_MIN, max=YEAR_MAX),
    "period_end": Field(
        "integer",
        "Last year of the period; equal to period_start for a yearly value, later for a total over a period.",
        min=YEAR_MIN,
        max=YEAR_MAX,
    ),
    # measures and attributes
    "obs_value": Field("number", "The value, in unit_measure.", min=0),
    "unit_measure": Field("string", "Unit of the value (table `unit_measure`).", codelist="unit_measure"),
    "obs_status": Field(
        "string", "'A' as stated in the report; 'E' derived by the pipeline (see derivation).", codelist="obs_status"
    ),
    "derivation": Field(
        "string", "For 'E' values, the arithmetic that produced the value from stated figures; empty for 'A'."
    ),
    "rule": Field(
        "string",
        "The phrasing rule that read the value (table `rule`): how its period, its breakdown or its derivation was found.",
        codelist="rule",
    ),
    # provenance
    "source_document": Field(
        "string", "Document id: the report's file name without extension (table `source_document`)."
    ),
    "paragraph": Field("integer", "Number of the report paragraph the value comes from.", min=0),
    "sentence_index": Field("integer", "Position of the sentence within its paragraph, from 0.", min=0),
    "figure_index": Field(
        "integer", "Position of the figure among all numeric mentions of the document (table `figure`).", min=0
    ),
    "char_start": Field(
        "integer", "Offset of the first character in the original report file (Python string index).", min=0
    ),
    "char_end": Field("integer", "Offset just past the last character in the original report file.", min=0),
    "quote": Field("string", "The sentence the value was read from, verbatim (Word artefacts removed)."),
    # quarantine
    "check_name": Field("string", "The validation check(s) the row failed, ';'-separated."),
    "reason": Field("string", "Why: the failed check's explanation, or for a figure why it is not an observation."),
    # source_document
    "file_name": Field("string", "File name in data/raw."),
    "symbol": Field("string", "UN document symbol, from the sidecar metadata or the file name."),
    "title": Field("string", "Document title from the sidecar metadata (may be empty)."),
    "publisher": Field("string", "Who issued the document, from the sidecar metadata (may be empty)."),
    "date": Field("string", "Document date as ISO text, from the sidecar metadata (may be empty)."),
    "language": Field("string", "Language of the text (ISO 639-1)."),
    "reporting_period_start": Field(
        "integer",
        "First year the report covers (see reporting_period_source); empty when unknown.",
        nullable=True,
        min=YEAR_MIN,
        max=YEAR_MAX,
    ),
    "reporting_period_end": Field(
        "integer",
        "Last year the report covers (see reporting_period_source); empty when unknown.",
        nullable=True,
        min=YEAR_MIN,
        max=YEAR_MAX,
    ),
    "reporting_period_source": Field(
        "string",
        "Where the reporting period comes from: 'sidecar' (the metadata file wins), 'text' (the report states it, "
        "or its period totals agree on it) or 'unknown' (the text is silent or ambiguous; nothing is guessed).",
        extra={"isin": ["sidecar", "text", "unknown"]},
    ),
    "reporting_period_paragraph": Field(
        "integer", "For source 'text': the paragraph the period is read from.", nullable=True, min=0
    ),
    "reporting_period_evidence": Field(
        "string",
        "How the reporting period was read: the sidecar's file name, or the statement or agreement in the text.",
    ),
    "sha256": Field(
        "string",
        "SHA-256 of the file's bytes: identifies the exact text the values came from.",
        pattern=r"^[0-9a-f]{64}$",
    ),
    "fingerprint": Field(
        "string",
        "SHA-256 over the report file and its sidecar: editing either re-extracts the document.",
        pattern=r"^[0-9a-f]{64}$",
    ),
    "n_chars": Field("integer", "Length of the text in characters.", min=0),
    "format": Field("string", "Format of the original file: 'txt', 'docx' or 'pdf'.", pattern=r"^(?:txt|docx|pdf)$"),
    "reader": Field("string", "What read the file into text, with its version ('pdfplumber 0.11.10', 'bala text')."),
    "pages": Field("integer", "Pages of a PDF; empty for other formats.", nullable=True, min=1),
    # sentence
    "block_kind": Field(
        "string",
        "'paragraph' for numbered paragraphs, 'heading' for headings and title lines, 'table_row' for a row of a "
        "Word table.",
        extra={"isin": ["paragraph", "heading", "table_row"]},
    ),
    "heading_path": Field("string", "The headings above the text, outermost first, joined by ' › '."),
    "text": Field("string", "Verbatim text from the original file (Word artefacts removed)."),
    # figure
    "value": Field(
        "number", "The parsed number, when the mention is a number (empty for codes such as '501-V').", nullable=True
    ),
    "unit": Field(
        "string",
        "Unit read next to the number (table `unit_measure`: count for a bare number, percent, per_1000, tenge, "
        "times, duration, ...); empty for non-measures.",
        nullable=True,
        codelist="unit_measure",
    ),
    "role": Field(
        "string",
        "What the number is: observation; change, share, range_bound (a bound or a range); year, date, age; legal_reference, identifier; money; context (not a statistic); uncatalogued (a dated statistic the catalogue does not cover yet); undated (a statistic the text gives no period for).",
        codelist="role",
    ),
    "candidate_indicator": Field(
        "string",
        "For a statistic not published: the catalogue indicator the pipeline would guess (its concept, or the "
        "paragraph's topic, in the figure's unit); a guess for review, never published by itself.",
        nullable=True,
        codelist="indicator",
    ),
    "candidate_age": Field("string", "For a statistic not published: the age group the text states.", nullable=True),
    "candidate_breakdown": Field(
        "string",
        "For a statistic not published: the breakdowns the text states, as 'dimension=code' ('sex=F'); empty for a "
        "total.",
        nullable=True,
    ),
    # review: the queue and the decisions of data/review/decisions.csv
    "decided_by": Field(
        "string",
        "Who placed, corrected or rejected the value (rule 'review'); empty for values the rules read.",
        nullable=True,
    ),
    "decided_on": Field(
        "string", "When that decision was made (YYYY-MM-DD).", nullable=True, pattern=r"^\d{4}-\d{2}-\d{2}$"
    ),
    "decision_note": Field("string", "Why, in the reviewer's words.", nullable=True),
    "review_id": Field(
        "string",
        "Short id of a figure, from its anchor (document, sentence hash, figure text, occurrence): what "
        "`bala review accept|reject|correct|note` takes.",
        pattern=r"^[0-9a-f]{10}$",
    ),
    "priority": Field("integer", "Rank in the queue: 1 first (a dated figure with a catalogue subject).", min=1),
    "figure_text": Field("string", "The number as written in the report (part of a decision's anchor)."),
    "occurrence": Field(
        "integer", "Which figure with that text in the sentence (1 = the first): part of the anchor.", min=1
    ),
    "sentence_hash": Field(
        "string",
        "First 10 hex digits of the SHA-256 of the sentence (whitespace collapsed): a decision made on a sentence "
        "that is edited no longer applies (it is stale).",
        pattern=r"^[0-9a-f]{10}$",
    ),
    "context_hash": Field(
        "string",
        "First 10 hex digits of the SHA-256 of the figure's paragraph (all its text) under its headings: the same "
        "sentence in another paragraph is never taken for it, and a renumbered paragraph is still found.",
        pattern=r"^[0-9a-f]{10}$",
    ),
    "in_context": Field("string", "The figure in its sentence, marked «like this», shortened around it."),
    "queue_status": Field(
        "string",
        "'unpublished' (a statistic the rules did not publish), 'quarantined' (read, but it failed validation: "
        "see reason) or 'low certainty' (published, with a period taken from outside its sentence, or derived 'E').",
        extra={"isin": ["unpublished", "quarantined", "low certainty"]},
    ),
    "decision": Field(
        "integer", "The decision's row in data/review/decisions.csv (1 = the first after the header).", min=1
    ),
    "action": Field(
        "string",
        "'accept' a figure as an observation, 'reject' a published observation, 'correct' its value or period, "
        "'note' only.",
    ),
    "breakdown": Field(
        "string",
        "The breakdowns a decision gives, as 'dimension=code' ('sex=F; residence=R'); empty for totals.",
        nullable=True,
    ),
    "decision_status": Field(
        "string",
        "What became of the decision in this refresh: 'applied', 'noted', 'quarantined' (its row failed "
        "validation; see quarantine), 'stale' (its anchor no longer matches the report: never applied) or "
        "'invalid' (the row itself is wrong).",
        extra={"isin": ["applied", "noted", "quarantined", "stale", "invalid"]},
    ),
    # catalogue and code lists
    "code": Field("string", "Code."),
    "name": Field("string", "Name in English."),
    "name_kk": Field("string", "Name in Kazakh, where the compendium has one.", nullable=True),
    "name_ru": Field("string", "Name in Russian, where the compendium has one.", nullable=True),
    "description": Field("string", "Longer description."),
    "section": Field("string", "Compendium section code (table `section`).", codelist="section"),
    "family": Field("string", "Compendium table the indicator belongs to; each family has a wide view v_<family>."),
    "definition": Field("string", "What the indicator counts or measures."),
    "kind": Field("string", "How values of the unit behave: count, percent, rate, duration, money, ratio, measure."),
    "sort_order": Field("integer", "Order of the section in the compendium.", min=1),
    "kato": Field("string", "9-digit KATO code of the territory.", pattern=r"^\d{9}$"),
    "level": Field("string", "country, region or city of republican significance."),
    # release_change
    "change": Field(
        "string",
        "What changed: an observation 'added', 'removed' or 'changed' (value or status), or a 'document added' "
        "or 'document removed'.",
        extra={"isin": ["added", "removed", "changed", "document added", "document removed"]},
    ),
    "old_value": Field("number", "The value in the previous release; empty for an added observation.", nullable=True),
    "new_value": Field("number", "The value in this release; empty for a removed observation.", nullable=True),
    "old_status": Field("string", "obs_status in the previous release.", nullable=True, codelist="obs_status"),
    "new_status": Field("string", "obs_status in this release.", nullable=True, codelist="obs_status"),
    "old_quote": Field("string", "The sentence the previous value was read from.", nullable=True),
    "new_quote": Field("string", "The sentence the new value was read from.", nullable=True),
    "old_paragraph": Field("integer", "Paragraph of the previous value.", nullable=True, min=0),
    "new_paragraph": Field("integer", "Paragraph of the new value.", nullable=True, min=0),
    "release": Field("string", "Id of the release (its folder under data/curated/releases)."),
    "previous_release": Field(
        "string", "Id of the release that was current when this one was made; empty for the first.", nullable=True
    ),
}
