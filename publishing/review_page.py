"""The compendium's review page: the review queue, most useful first, and what became of each decision."""

from __future__ import annotations

import html

import duckdb

from publishing.pages import page, where
from schemas.ddl import period_label

REVIEW_PAGE = "review.html"


def _cell(value: object) -> str:
    return "" if value is None else html.escape(str(value))


def review_page(con: duckdb.DuckDBPyConnection) -> str:
    queue = con.execute(
        "SELECT q.priority, q.review_id, q.queue_status, q.source_document, q.paragraph, q.in_context, i.name, "
        "q.candidate_indicator, q.period_start, q.period_end, q.candidate_breakdown, q.reason, q.quote "
        "FROM review_queue q LEFT JOIN indicator i ON i.code = q.candidate_indicator ORDER BY q.priority"
    ).fetchall()
    decided = con.execute(
        "SELECT decision, action, source_document, paragraph, figure_text, decision_status, reason, decided_by, "
        "decided_on, decision_note FROM review_decision ORDER BY decision"
    ).fetchall()
    body = [
        '<p><a href="index.html">Compendium</a></p><h1>Figures to review</h1>',
        f"<p>{len(queue)} figures look like statistics but are not published, or are published with low "
        "certainty. The guess is the pipeline's, never published by itself: a statistician decides with "
        "<code>bala review accept|reject|correct|note ID</code>, which writes data/review/decisions.csv; the next "
        "refresh applies it.</p>",
        "<table><tr><th>#</th><th class='label'>Id</th><th class='label'>Where · status</th>"
        "<th class='label'>The figure in its sentence</th><th class='label'>Guess</th><th>Period</th>"
        "<th class='label'>Why it is here</th></tr>",
    ]
    for n, rid, status, doc, paragraph, context, name, code, start, end, parts, reason, quote in queue:
        period = period_label(start, end) if start is not None else ""
        guessed = " · ".join(p for p in (name, parts) if p)
        body.append(
            f"<tr><td>{n}</td><td class='label'><code>{rid}</code></td>"
            f"<td class='label' title='{html.escape(quote)}'>{html.escape(where(doc, paragraph))}<br>"
            f"<span class='note'>{_cell(status)}</span></td>"
            f"<td class='label wide'>{_cell(context)}</td><td class='label' title='{_cell(code)}'>{_cell(guessed)}</td>"
            f"<td>{period}</td>"
            f"<td class='label'>{_cell(reason)}</td></tr>"
        )
    body.append("</table>")
    body.append(f"<h2>Decisions ({len(decided)})</h2>")
    if not decided:
        body.append("<p>No decisions yet.</p>")
        return page("Figures to review", "\n".join(body))
    body.append(
        "<table><tr><th>#</th><th class='label'>Action</th><th class='label'>Where</th><th class='label'>Figure</th>"
        "<th class='label'>Outcome</th><th class='label'>Decided by</th><th class='label'>Note</th></tr>"
    )
    for n, action, doc, paragraph, figure, status, reason, by, on, note in decided:
        outcome = status + (f": {reason}" if reason else "")
        body.append(
            f"<tr><td>{n}</td><td class='label'>{_cell(action)}</td>"
            f"<td class='label'>{html.escape(where(doc or '', paragraph))}</td><td class='label'>{_cell(figure)}</td>"
            f"<td class='label'>{_cell(outcome)}</td><td class='label'>{_cell(by)} {_cell(on)}</td>"
            f"<td class='label'>{_cell(note)}</td></tr>"
        )
    body.append("</table>")
    return page("Figures to review", "\n".join(body))
