"""The browsable compendium: static HTML pages and SVG charts built from the published DuckDB file.

data/curated/compendium/index.html lists the sections and their tables; each indicator family has a
page with its compendium table (rows: breakdowns, columns: periods), a trend chart, every value's
source on hover and in footnotes, and 'E' values marked with their derivation. Pages open from the
file system: no server, nothing fetched from the network.
"""

from __future__ import annotations

import html
from pathlib import Path

import duckdb

from indicators.dimensions import BREAKDOWNS, KEY, TOTAL, columns
from publishing.charts import chart
from publishing.pages import family_title, page, where
from publishing.review_page import REVIEW_PAGE, review_page
from schemas.ddl import period_label

SITE = "compendium"
CHANGES_PAGE = "changes.html"


def build(db_path: Path, release: Path, previous: Path | None) -> Path:
    """Write the whole site into the release folder being built; returns the index page. Charts the
    `previous` release drew from the same values are copied from it."""
    site = release / SITE
    (site / "charts").mkdir(parents=True)
    charts_before = previous / SITE / "charts" if previous else None
    with duckdb.connect(str(db_path), read_only=True) as con:
        families = con.execute(
            "SELECT i.family, arg_min(s.code, s.sort_order), arg_min(s.name, s.sort_order), min(s.sort_order) AS o, "
            "count(o.indicator_code) AS n FROM indicator i JOIN section s ON s.code = i.section "
            "LEFT JOIN observation o ON o.indicator_code = i.code "
            "GROUP BY i.family ORDER BY o, i.family"  # a family whose indicators span sections is listed once
        ).fetchall()
        pages = {}
        for family, *_ in families:
            if family not in pages:
                pages[family] = _family_page(con, family, site, charts_before)
        (site / "quarantine.html").write_text(_quarantine_page(con), encoding="utf-8")
        (site / "conflicts.html").write_text(_conflict_page(con), encoding="utf-8")
        (site / CHANGES_PAGE).write_text(_changes_page(con), encoding="utf-8")
        (site / REVIEW_PAGE).write_text(review_page(con), encoding="utf-8")
        (site / "index.html").write_text(_index(con, families), encoding="utf-8")
    for family, text in pages.items():
        (site / f"{family}.html").write_text(text, encoding="utf-8")
    return site / "index.html"


def _index(con: duckdb.DuckDBPyConnection, families: list[tuple]) -> str:
    docs = con.execute(
        "SELECT source_document, symbol, reporting_period_start, reporting_period_end FROM source_document ORDER BY 1"
    ).fetchall()
    n_obs, n_quarantine, n_conflicts, n_changes, n_review = con.execute(
        "SELECT (SELECT count(*) FROM observation), (SELECT count(*) FROM quarantine), "
        "(SELECT count(*) FROM v_conflict), (SELECT count(*) FROM release_change), (SELECT count(*) FROM review_queue)"
    ).fetchone()
    parts = [
        "<h1>Children of Kazakhstan: compendium from treaty-body reports</h1>",
        f'<p class="note">{n_obs} observations from {len(docs)} documents, published by bala. '
        f'<a href="quarantine.html">{n_quarantine} values quarantined</a>; '
        f'<a href="conflicts.html">{n_conflicts} conflicting statements</a>; '
        f'<a href="{CHANGES_PAGE}">what changed since the previous release ({n_changes})</a>; '
        f'<a href="{REVIEW_PAGE}">{n_review} figures to review</a>.</p>',
    ]
    current = None
    for family, _code, section_name, _order, n in families:
        if section_name != current:
            if current is not None:
                parts.append("</ul>")
            parts.append(f"<h2>{html.escape(section_name)}</h2><ul>")
            current = section_name
        parts.append(f'<li><a href="{family}.html">{html.escape(family_title(family))}</a> ({n} values)</li>')
    if current is not None:
        parts.append("</ul>")
    parts.append("<h2>Sources</h2><ul>")
    for doc, symbol, start, end in docs:
        period = f", reporting period {start}–{end}" if start else ""
        parts.append(f"<li>{html.escape(symbol)} ({html.escape(doc)}{period})</li>")
    parts.append("</ul>")
    return page("bala compendium", "\n".join(parts))


# the columns that make one row of a family's table (a series); the others are its cells
SERIES = ("indicator_code", "ref_area", *BREAKDOWNS, "unit_measure")
NATIONAL = "KZ"


def _family_page(con: duckdb.DuckDBPyConnection, family: str, site: Path, previous: Path | None) -> str:
    cursor = con.execute(
        "SELECT indicator_code, indicator_name AS name, ref_area, ref_area_name AS area, breakdown, unit_name, "
        f"{columns(BREAKDOWNS)}, unit_measure, period_start, period_end, obs_value, obs_status, derivation, "
        "source, paragraph, quote FROM v_observation "
        f"WHERE family = ? ORDER BY {columns(KEY)}",
        [family],
    )
    names = [d[0] for d in cursor.description]
    rows = [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]  # read by name, never by position
    section = con.execute(
        "SELECT s.name FROM indicator i JOIN section s ON s.code = i.section WHERE i.family = ? LIMIT 1", [family]
    ).fetchone()[0]
    title = family_title(family)
    parts = [f'<p><a href="index.html">Compendium</a> › {html.escape(section)}</p>', f"<h1>{html.escape(title)}</h1>"]
    if not rows:
        parts.append("<p>No values published yet.</p>")
        return page(title, "\n".join(parts))
    periods = sorted({(r["period_start"], r["period_end"]) for r in rows}, key=lambda p: (p[0] != p[1], p))
    series: dict[tuple, dict[tuple, dict]] = {}
    for r in rows:
        series.setdefault(tuple(r[c] for c in SERIES), {})[(r["period_start"], r["period_end"])] = r
    notes: list[str] = []
    head = "".join(f'<th scope="col">{period_label(*p)}</th>' for p in periods)
    parts.append(
        '<table><thead><tr><th class="label">Indicator</th><th class="label">Area</th><th class="label">Breakdown</th>'
        f'<th class="label">Unit</th>{head}</tr></thead><tbody>'
    )
    for cells in series.values():
        first = next(iter(cells.values()))
        code, name, area, breakdown, unit = (
            first[c] for c in ("indicator_code", "name", "area", "breakdown", "unit_name")
        )
        tds = []
        for p in periods:
            r = cells.get(p)
            if r is None:
                tds.append("<td></td>")
                continue
            source = f"{r['source']}: {r['quote']}"
            value = f"{r['obs_value']:,.2f}".rstrip("0").rstrip(".")
            if r["obs_status"] == "E":
                notes.append(
                    f"{html.escape(name)}, {period_label(*p)}: {value}, estimated — {html.escape(r['derivation'])}"
                )
                tds.append(f'<td class="estimated" title="{html.escape(source)}">{value}<sup>E{len(notes)}</sup></td>')
            else:
                tds.append(f'<td title="{html.escape(source)}">{value}</td>')
        parts.append(
            f'<tr><td class="label" title="{html.escape(code)}">{html.escape(name)}</td><td class="label">{html.escape(area)}</td>'
            f'<td class="label">{html.escape(breakdown)}</td><td class="label">{html.escape(unit)}</td>{"".join(tds)}</tr>'
        )
    parts.append("</tbody></table>")
    parts.append(
        '<p class="note">Hover a value for its source: document, paragraph and the sentence it was read from.</p>'
    )
    if notes:
        parts.append(
            "<h2>Estimated values</h2><ol>" + "".join(f"<li>E{i}: {n}</li>" for i, n in enumerate(notes, 1)) + "</ol>"
        )
    drawn = [
        {
            "label": " · ".join(
                [
                    first["name"],
                    *([first["area"]] if first["ref_area"] != NATIONAL else []),
                    *([first["breakdown"]] if first["breakdown"] != "Total" else []),
                ]
            ),
            "unit": first["unit_name"],
            "points": [[p[0], r["obs_value"], r["obs_status"]] for p, r in sorted(cells.items()) if p[0] == p[1]],
        }
        for cells in series.values()
        for first in [next(iter(cells.values()))]
    ]
    if chart(drawn, site / "charts" / f"{family}.svg", title, previous):
        parts.append(
            f'<h2>Trend</h2><img class="chart" src="charts/{family}.svg" alt="Trend chart: {html.escape(title)}">'
        )
    quoted = sorted({(r["paragraph"] or 0, r["source"], r["quote"]) for r in rows})  # every sentence once
    parts.append(
        "<h2>Sources</h2><ul>"
        + "".join(f"<li>{html.escape(source)}: “{html.escape(quote)}”</li>" for _, source, quote in quoted)
        + "</ul>"
    )
    return page(title, "\n".join(parts))


def _quarantine_page(con: duckdb.DuckDBPyConnection) -> str:
    rows = con.execute(
        "SELECT q.indicator_code, coalesce(i.name, q.indicator_code), q.period_start, q.period_end, q.obs_value, "
        "coalesce(d.symbol, q.source_document), q.paragraph, q.check_name, q.reason, q.quote FROM quarantine q "
        "LEFT JOIN indicator i ON i.code = q.indicator_code "
        "LEFT JOIN source_document d ON d.source_document = q.source_document ORDER BY q.source_document, q.paragraph"
    ).fetchall()
    body = [
        '<p><a href="index.html">Compendium</a></p><h1>Quarantined values</h1>',
        "<p>These values failed validation and are not published.</p>",
        "<table><tr><th class='label'>Indicator</th><th>Period</th><th>Value</th><th class='label'>Source</th>"
        "<th class='label'>Check</th><th class='label'>Reason</th></tr>",
    ]
    for code, name, start, end, value, symbol, paragraph, check, reason, quote in rows:
        body.append(
            f"<tr><td class='label' title='{html.escape(code)}'>{html.escape(name)}</td>"
            f"<td>{period_label(start, end)}</td><td>{value:,g}</td>"
            f"<td class='label' title='{html.escape(quote)}'>{html.escape(where(symbol, paragraph, short=False))}</td>"
            f"<td class='label'>{html.escape(check)}</td><td class='label'>{html.escape(reason)}</td></tr>"
        )
    body.append("</table>")
    return page("Quarantined values", "\n".join(body))


def _conflict_page(con: duckdb.DuckDBPyConnection) -> str:
    rows = con.execute(
        "SELECT c.conflict, coalesce(i.name, c.indicator_code), c.indicator_code, c.period_start_a, c.period_end_a, "
        "c.value_a, coalesce(da.symbol, c.document_a), c.paragraph_a, c.quote_a, c.period_start_b, c.period_end_b, "
        "c.value_b, coalesce(db.symbol, c.document_b), c.paragraph_b, c.quote_b FROM v_conflict c "
        "LEFT JOIN indicator i ON i.code = c.indicator_code "
        "LEFT JOIN source_document da ON da.source_document = c.document_a "
        "LEFT JOIN source_document db ON db.source_document = c.document_b"
    ).fetchall()
    body = [
        '<p><a href="index.html">Compendium</a></p><h1>Conflicting statements</h1>',
        "<p>Pairs of statements that cannot both be right.</p><table>"
        "<tr><th class='label'>Conflict</th><th class='label'>Indicator</th><th class='label'>First statement</th>"
        "<th class='label'>Second statement</th></tr>",
    ]
    for c, name, code, sa, ea, va, da, pa, qa, sb, eb, vb, db, pb, qb in rows:
        body.append(
            f"<tr><td class='label'>{html.escape(c)}</td><td class='label' title='{html.escape(code)}'>"
            f"{html.escape(name)}</td>"
            f"<td class='label'>{va:,g} for {period_label(sa, ea)} ({html.escape(where(da, pa, short=False))}): "
            f"“{html.escape(qa)}”</td>"
            f"<td class='label'>{vb:,g} for {period_label(sb, eb)} ({html.escape(where(db, pb, short=False))}): "
            f"“{html.escape(qb)}”</td></tr>"
        )
    body.append("</table>")
    return page("Conflicting statements", "\n".join(body))


def _code_names(con: duckdb.DuckDBPyConnection) -> dict[str, dict[str, str]]:
    """The name of every code a change may carry: each breakdown, the areas, the documents' symbols."""
    names = {d: dict(con.execute(f'SELECT code, name FROM "{d}"').fetchall()) for d in BREAKDOWNS}
    names["ref_area"] = dict(con.execute("SELECT code, name FROM ref_area").fetchall())
    names["source_document"] = dict(con.execute("SELECT source_document, symbol FROM source_document").fetchall())
    names["indicator_age"] = dict(con.execute("SELECT code, age FROM indicator").fetchall())
    return names


def _changes_page(con: duckdb.DuckDBPyConnection) -> str:
    """What changed since the previous release: documents, then each observation with its old and new value."""
    cursor = con.execute("SELECT * FROM v_release_change")
    names = [d[0] for d in cursor.description]
    rows = [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]
    release, previous = con.execute(
        "SELECT any_value(release), any_value(previous_release) FROM release_change"
    ).fetchone()
    names = _code_names(con)
    since = f"release {html.escape(previous)}" if previous else "nothing (this is the first release)"
    body = [
        '<p><a href="index.html">Compendium</a></p><h1>What changed</h1>',
        f"<p>{len(rows)} change(s) in release {html.escape(release or '')} since {since}.</p>"
        if rows
        else "<p>Nothing changed since the previous release.</p>",
    ]
    documents = [r for r in rows if r["change"].startswith("document")]
    if documents:
        body.append("<h2>Documents</h2><ul>")
        body += [
            f"<li>{html.escape(r['change'])}: {html.escape(names['source_document'].get(r['source_document'], r['source_document']))}</li>"
            for r in documents
        ]
        body.append("</ul>")
    observations = [r for r in rows if not r["change"].startswith("document")]
    if observations:
        body.append(
            "<h2>Observations</h2><table><tr><th class='label'>Change</th><th class='label'>Indicator</th>"
            "<th class='label'>Breakdown</th><th>Period</th><th>Before</th><th>Now</th>"
            "<th class='label'>Before, read from</th><th class='label'>Now, read from</th></tr>"
        )
        for r in observations:
            own_age = names["indicator_age"].get(r["indicator_code"])
            shown = [d for d in BREAKDOWNS if r[d] != TOTAL and not (d == "age" and r[d] == own_age)]
            breakdown = ", ".join(names[d].get(r[d], r[d]) for d in shown) or "Total"
            area = names["ref_area"].get(r["ref_area"], r["ref_area"])
            symbol = names["source_document"].get(r["source_document"], r["source_document"])
            cells = [
                html.escape(r["change"]),
                html.escape(f"{r['indicator_name'] or r['indicator_code']} · {area}"),
                html.escape(breakdown),
            ]
            body.append(
                "<tr>"
                + "".join(f"<td class='label'>{c}</td>" for c in cells)
                + f"<td>{period_label(r['period_start'], r['period_end'])}</td>"
                + f"<td>{change_value(r['old_value'], r['old_status'], r['new_status'])}</td>"
                + f"<td>{change_value(r['new_value'], r['new_status'], r['old_status'])}</td>"
                + f"<td class='label'>{_source(symbol, r['old_paragraph'], r['old_quote'])}</td>"
                + f"<td class='label'>{_source(symbol, r['new_paragraph'], r['new_quote'])}</td></tr>"
            )
        body.append("</table>")
    return page("What changed", "\n".join(body))


def change_value(value: float | None, status: str | None, other_status: str | None) -> str:
    """A value of a change, every digit kept; its status too when the change is of status ('1,075 (E)')."""
    if value is None or value != value:
        return ""
    shown = format(value, ",.15g")
    return f"{shown} ({status})" if other_status is not None and status != other_status else shown


def _source(document: str, paragraph: int | None, quote: str | None) -> str:
    if quote is None:
        return ""
    return f"{html.escape(where(document, paragraph, short=False))}: “{html.escape(quote)}”"
