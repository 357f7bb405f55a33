"""DuckDB DDL generated from the table metadata: CREATE TABLE, COMMENT ON, and the compendium views.

Only our own metadata (names, descriptions, catalogue families, integer years) enters this
SQL; values read from documents are loaded through DataFrames, never spliced into text.
"""

from __future__ import annotations

from indicators.dimensions import BREAKDOWNS, KEY, SERIES, columns
from schemas.tables import TABLES

_SQL_TYPES = {"string": "VARCHAR", "integer": "INTEGER", "number": "DOUBLE"}


def _literal(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def create_table(name: str) -> list[str]:
    """CREATE TABLE plus COMMENT ON TABLE/COLUMN statements for one table."""
    t = TABLES[name]
    cols = [f'"{c}" {_SQL_TYPES[f.type]}{"" if f.nullable else " NOT NULL"}' for c, f in t.fields()]
    if t.primary_key:
        cols.append("PRIMARY KEY (" + ", ".join(f'"{c}"' for c in t.primary_key) + ")")
    statements = [f'CREATE TABLE "{name}" (\n  ' + ",\n  ".join(cols) + "\n)"]
    statements.append(f'COMMENT ON TABLE "{name}" IS {_literal(t.description)}')
    statements += [f'COMMENT ON COLUMN "{name}"."{c}" IS {_literal(f.description)}' for c, f in t.fields()]
    return statements


def period_label(start: int, end: int) -> str:
    """'2020' for a year, '2016-2020' for a period."""
    return str(start) if start == end else f"{start}-{end}"


def _labelled_view() -> str:
    """Every observation with the name beside each code, its period as one label and its source as a reader
    cites it ('CRC/C/KAZ/5-6, paragraph 306'); the exports, the compendium and the family views read it."""
    names = ",\n  ".join(f'o.{d}, "{d}".name AS {d}_name' for d in BREAKDOWNS)
    joins = "\n".join(f'LEFT JOIN "{d}" ON "{d}".code = o.{d}' for d in BREAKDOWNS)
    # a breakdown the indicator is defined for (suicides among children aged 5-17) is in its name already
    own = set(TABLES["indicator"].columns)
    parts = " || ".join(
        f"CASE WHEN o.{d} <> '_T'{f' AND o.{d} <> i.{d}' if d in own else ''} THEN \"{d}\".name || ', ' ELSE '' END"
        for d in BREAKDOWNS
    )
    return f"""CREATE VIEW v_observation AS
SELECT
  o.indicator_code, i.name AS indicator_name, i.family, i.section, s.name AS section_name,
  o.ref_area, r.name AS ref_area_name,
  {names},
  coalesce(nullif(rtrim({parts}, ', '), ''), 'Total') AS breakdown,
  o.period_start, o.period_end,
  CASE WHEN o.period_start = o.period_end THEN o.period_start::VARCHAR
       ELSE o.period_start || '-' || o.period_end END AS period,
  o.obs_value, o.unit_measure, u.name AS unit_name, o.obs_status, st.name AS obs_status_name, o.derivation,
  o.source_document, d.symbol,
  d.symbol || CASE WHEN o.paragraph IS NULL THEN ', a table' ELSE ', paragraph ' || o.paragraph END AS source,
  o.paragraph, o.char_start, o.char_end, o.quote, o.rule, o.decided_by, o.decided_on, o.decision_note
FROM observation o
JOIN "indicator" i ON i.code = o.indicator_code
JOIN "section" s ON s.code = i.section
JOIN ref_area r ON r.code = o.ref_area
JOIN unit_measure u ON u.code = o.unit_measure
JOIN obs_status st ON st.code = o.obs_status
JOIN source_document d ON d.source_document = o.source_document
{joins}"""


LABELLED_VIEW = _labelled_view()
LABELS = ("indicator_name", "ref_area_name", "breakdown", "unit_name")  # what a reader sees of a series
HEADINGS = {"indicator_name": "Indicator", "ref_area_name": "Area", "breakdown": "Breakdown", "unit_name": "Unit"}


def compendium_view(family: str, periods: list[tuple[int, int]]) -> str:
    """A wide view for one indicator family: rows are series (names beside codes), columns are periods.

    A cell is empty when documents disagree about it (see the `quarantine` table and the
    source documents); 'E' periods are listed in `estimated_periods`.
    """
    cells = []
    for start, end in sorted(periods, key=lambda p: (p[0] != p[1], p)):
        where = f"o.period_start = {int(start)} AND o.period_end = {int(end)}"
        label = period_label(start, end)
        cells.append(
            f"CASE WHEN count(DISTINCT o.obs_value) FILTER (WHERE {where}) = 1 "
            f'THEN max(o.obs_value) FILTER (WHERE {where}) END AS "{label}"'
        )
    series = ", ".join(f"o.{c}" for c in SERIES)
    named = "o.indicator_name, o.ref_area_name, o.breakdown, o.unit_measure, o.unit_name"
    select = ",\n  ".join(
        [
            series,
            named,
            *cells,
            "string_agg(DISTINCT CASE WHEN o.obs_status = 'E' THEN o.period END, ', ') AS estimated_periods",
        ]
    )
    return (
        f'CREATE VIEW "v_{family}" AS\nSELECT\n  {select}\n'
        f"FROM v_observation o WHERE o.family = {_literal(family)}\n"
        f"GROUP BY {series}, {named}\n"
        f"ORDER BY {series}"
    )


def comment_view(family: str, indicator_names: list[str]) -> str:
    return f'COMMENT ON VIEW "v_{family}" IS ' + _literal(
        f"Compendium table '{family}' (columns: periods): " + "; ".join(indicator_names)
    )


FIGURE_COVERAGE_VIEW = """CREATE VIEW v_figure_coverage AS
SELECT source_document, role, count(*) AS figures
FROM figure GROUP BY source_document, role ORDER BY source_document, figures DESC"""

# Two statements that cannot both be right: the same series and period with different values, or
# the same value for the same series dated one or two years apart (in different paragraphs).
CONFLICT_VIEW = f"""CREATE VIEW v_conflict AS
WITH statements AS (
  SELECT {columns(KEY)}, obs_value,
         source_document, paragraph, char_start, quote, 'published' AS status FROM observation
  UNION ALL
  SELECT {columns(KEY)}, obs_value,
         source_document, paragraph, char_start, quote, 'quarantined' AS status FROM quarantine
)
SELECT CASE WHEN a.period_start = b.period_start AND a.period_end = b.period_end
            THEN 'different values for one period' ELSE 'one value for different periods' END AS conflict,
       {columns(SERIES, "a")},
       a.period_start AS period_start_a, a.period_end AS period_end_a, a.obs_value AS value_a,
       a.source_document AS document_a, a.paragraph AS paragraph_a, a.status AS status_a, a.quote AS quote_a,
       b.period_start AS period_start_b, b.period_end AS period_end_b, b.obs_value AS value_b,
       b.source_document AS document_b, b.paragraph AS paragraph_b, b.status AS status_b, b.quote AS quote_b
FROM statements a JOIN statements b
  ON {" AND ".join(f"a.{d} = b.{d}" for d in SERIES)}
 AND (a.source_document, coalesce(a.paragraph, 0), a.char_start) < (b.source_document, coalesce(b.paragraph, 0), b.char_start)
WHERE (a.period_start = b.period_start AND a.period_end = b.period_end AND a.obs_value <> b.obs_value)
   OR (a.obs_value = b.obs_value AND abs(a.period_start - b.period_start) BETWEEN 1 AND 2
       AND NOT (a.source_document = b.source_document AND a.paragraph IS NOT DISTINCT FROM b.paragraph))"""

RELEASE_CHANGE_VIEW = f"""CREATE VIEW v_release_change AS
SELECT c.change, i.name AS indicator_name, c.* EXCLUDE (change)
FROM release_change c LEFT JOIN indicator i ON i.code = c.indicator_code
ORDER BY c.change LIKE 'document%' DESC, c.change, {columns(KEY, "c")}, c.source_document"""

REVIEW_STALE_VIEW = """CREATE VIEW v_review_stale AS
SELECT decision, decision_status, reason, action, source_document, paragraph, figure_text, sentence_hash,
       indicator_code, period_start, period_end, decided_by, decided_on, decision_note
FROM review_decision WHERE decision_status IN ('stale', 'invalid') ORDER BY decision"""

VIEW_COMMENTS = {
    "v_observation": "Every observation with names beside its codes (indicator, section, area, each breakdown, unit, "
    "status), its period as one label and its source as cited: document symbol and paragraph, with the quote.",
    "v_figure_coverage": "Numeric mentions by document and role: what the pipeline made of every number.",
    "v_conflict": "Pairs of statements that cannot both be right: one series and period with two values, "
    "or one value given for different periods; each side with its document, paragraph and quote.",
    "v_review_stale": "Decisions of data/review/decisions.csv that were not applied: stale (the sentence they "
    "are anchored to changed or is gone, or the rules now publish the figure) or invalid, each with why.",
    "v_release_change": "What this release changed against the previous one, with indicator names: documents "
    "added and removed first, then observations added, changed and removed.",
}
