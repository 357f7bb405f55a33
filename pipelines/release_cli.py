"""`bala releases`, `bala rollback` and `bala approve`, and the lines a refresh prints about what changed."""

from __future__ import annotations

import sys

import duckdb

from indicators.dimensions import BREAKDOWNS, TOTAL
from pipelines.resources import BalaPaths
from publishing import releases
from publishing.compendium_site import change_value
from publishing.publish import switch_to
from publishing.tables import DATABASE

SHOWN_CHANGES = 20  # a refresh lists this many changes; the rest are counted (all are in release_change)


def change_lines(release: releases.Release | None) -> str:
    """What the release changed against the previous one: counts, then one line per change."""
    if release is None:
        return ""
    counts = release.manifest.get("changes", {})
    since = release.manifest.get("previous_release") or "nothing (first release)"
    if not counts:
        return f"changes since {since}: none"
    lines = [f"changes since {since}: " + ", ".join(f"{n} {what}" for what, n in sorted(counts.items()))]
    if release.manifest.get("previous_release") is None:
        return lines[0]  # everything is new: the counts say it
    with duckdb.connect(str(release.path / DATABASE), read_only=True) as con:
        cursor = con.execute("SELECT * FROM v_release_change")
        names = [d[0] for d in cursor.description]
        rows = [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]
    for r in rows[:SHOWN_CHANGES]:
        if r["change"].startswith("document"):
            lines.append(f"  {r['change']}: {r['source_document']}")
            continue
        period = (
            str(r["period_start"]) if r["period_start"] == r["period_end"] else f"{r['period_start']}-{r['period_end']}"
        )
        parts = " ".join(r[d] for d in BREAKDOWNS if r[d] != TOTAL)
        what = f"  {r['change']}: {r['indicator_code']} {r['ref_area']} {parts + ' ' if parts else ''}{period} ({r['source_document']})"
        if r["change"] == "changed":
            lines += [
                f"{what}: {change_value(r['old_value'], r['old_status'], r['new_status'])} -> "
                f"{change_value(r['new_value'], r['new_status'], r['old_status'])}",
                f"      before: {r['old_quote']}",
                f"      now:    {r['new_quote']}",
            ]
        else:
            value = r["new_value"] if r["change"] == "added" else r["old_value"]
            lines.append(f"{what}: {change_value(value, None, None)}")
    if len(rows) > SHOWN_CHANGES:
        lines.append(f"  ... and {len(rows) - SHOWN_CHANGES} more: SELECT * FROM v_release_change")
    return "\n".join(lines)


def release_table(paths: BalaPaths) -> str:
    """One line per kept release, newest first; '*' marks the current one, '?' one waiting for approval."""
    now, pending = releases.current(paths.curated), releases.waiting(paths.curated)
    found = releases.history(paths.curated)
    if not found:
        return f"no releases in {paths.curated} yet: run bala refresh"
    lines = ["  id                        created (UTC)         documents  observations  quarantined  changes  code"]
    for r in found:
        mark = "*" if now and r.id == now.id else ("?" if r in pending else " ")
        counts = r.manifest.get("counts", {})
        lines.append(
            f"{mark} {r.id:<25} {r.created[:19]:<21} {len(r.manifest.get('documents', [])):>9}  "
            f"{counts.get('observation', 0):>12}  {counts.get('quarantine', 0):>11}  "
            f"{sum(r.manifest.get('changes', {}).values()):>7}  {r.manifest.get('code_version', '')}"
        )
    lines.append("* current   ? waiting for approval (bala approve ID)")
    return "\n".join(lines)


def list_releases(paths: BalaPaths) -> int:
    print(release_table(paths))
    return 0


def switch_command(paths: BalaPaths, action: str, release_id: str | None) -> int:
    """`bala rollback` / `bala approve`: make a release current, under the publish lock."""
    move = {"rollback": releases.rollback, "approve": releases.approve}[action]
    try:
        made = switch_to(paths.curated, move, release_id)
    except releases.ReleaseError as exc:
        print(f"{action} refused: {exc}", file=sys.stderr)
        return 1
    print(f"release {made.id} is current: {paths.duckdb_path}, the compendium and the exports show it")
    return 0
