"""What every compendium page shares: the HTML frame and style, and how a source is named."""

from __future__ import annotations

import html

CSS = """
body { font-family: system-ui, sans-serif; margin: 2rem auto; max-width: 72rem; color: #1b1b1b; }
h1 { font-size: 1.6rem; } h2 { font-size: 1.25rem; margin-top: 2rem; }
table { border-collapse: collapse; margin: 1rem 0; font-size: 0.9rem; }
th, td { border: 1px solid #c8c8c8; padding: 0.3rem 0.6rem; text-align: right; }
th { background: #eef2f6; } td.label, th.label { text-align: left; }
td.estimated { background: #fff4d6; } sup { color: #8a5a00; }
td.wide { min-width: 24rem; } .note { color: #555; font-size: 0.85rem; } img.chart { max-width: 100%; border: 1px solid #ddd; }
"""


def page(title: str, body: str) -> str:
    return (
        f'<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8"><title>{html.escape(title)}</title>'
        f"<style>{CSS}</style></head>\n<body>\n{body}\n</body></html>\n"
    )


def where(document: str, paragraph: int | None, short: bool = True) -> str:
    """Where a value was read: a paragraph ('¶306' when short), or a table (its quote names table, row, column)."""
    if paragraph is None:
        return f"{document}, a table"
    return f"{document} ¶{paragraph}" if short else f"{document}, paragraph {paragraph}"


def family_title(family: str) -> str:
    """A compendium table's title from its family code: 'children_without_parental_care' -> 'Children without
    parental care' (the site and the workbook name tables alike)."""
    return family.replace("_", " ").capitalize()
