"""Word (.docx), read with docx2python: it renders Word's automatic numbering (the paragraph number is not
in the paragraph's text), exposes paragraph styles and returns footnotes and tables apart from the body.
What Word implies (numbering from a style, one count per list definition, restarts, reference marks) is
made explicit first (`word_xml.prepare`).

Numbered paragraphs of the first list level become "153.<TAB>..."; deeper levels are list items; heading
styles ("Heading 2") give the heading's level; footnote marks are taken out of the sentences and the
notes follow the body under a "Notes" heading; each table row is a line of its own under its caption
("[Table 1]<TAB>Early marriages | 1,052 | 1,075"), which `indicators.tables` reads cell by cell.
"""

from __future__ import annotations

import io
import re
import zipfile
from collections import Counter
from pathlib import Path

from docx2python import docx2python
from docx2python.iterators import iter_paragraphs

from indicators.readers import DocumentError, ReportText, library
from indicators.readers.word_xml import prepare
from indicators.segment import TABLE_WORD, table_row

_RENDERED_NUMBER = re.compile(r"^(\d+)\)\t")  # docx2python renders a decimal list number as "153)<TAB>"
_RENDERED_ITEM = re.compile(r"^\t*(?:[a-zA-Z]{1,4}\)|[ivxlcIVXLC]+\)|--|\d+\))\t")
_FOOTNOTE_MARK = re.compile(r"----(?:foot|end)note\d+----")
_NOTE_NUMBER = re.compile(r"^(?:foot|end)note(\d+)\)\s*")
_LINK = re.compile(r"<a href=\"[^\"]*\">(.*?)</a>", re.DOTALL)
_TABLE_TITLE = re.compile(rf"^{TABLE_WORD}\s*\d+\b", re.IGNORECASE)
_HEADING_STYLE = re.compile(r"^(?:Heading|heading)\s?(\d)$|^H(\d)G$")  # Word's and the UN template's (H1G, H23G)


def _text(par) -> str:
    """A paragraph's text: footnote marks out, hyperlinks as their words."""
    return _LINK.sub(r"\1", _FOOTNOTE_MARK.sub("", "".join(run.text for run in par.runs)))


def _heading_level(style: str) -> int | None:
    if m := _HEADING_STYLE.match(style or ""):
        return min(int(m.group(1) or m.group(2)[0]), 4)
    return 1 if style in ("Title", "HChG") else None


def _body_line(par, main: str | None) -> str | None:
    """One body paragraph as a line of bala's text, or None for an empty one."""
    text = _text(par).replace("\n", " ")
    if not text.strip():
        return None
    level = _heading_level(par.style)
    if level is not None:
        return "\t" * level + text.strip()
    numbered = _RENDERED_NUMBER.match(text)
    depth = len(par.list_position[1]) if par.list_position and par.list_position[1] else 0
    if numbered and depth == 1 and par.list_position[0] == main:
        return f"{int(numbered.group(1))}.\t{text[numbered.end() :].strip()}"
    if depth:  # a list item: "(a)", "-", or a number of a nested list
        return _RENDERED_ITEM.sub("", text).strip() and f"-\t{_RENDERED_ITEM.sub('', text).strip()}"
    return text.strip()


def _table_lines(table: list, number: int, caption: str) -> list[str]:
    """A table as lines: its caption as a heading, then each row as "[Table 3]<TAB>cell | cell | ...", the first
    row being its header (indicators.tables reads the cells, with the header of their column)."""
    rows = [[" ".join(_text(p) for p in cell).strip() for cell in row] for row in table]
    rows = [r for r in rows if any(r)]
    if not rows:
        return []
    title = caption or f"Table {number}"
    return [f"\t\t{title}", *(table_row(number, row) for row in rows)]


def _main_list(pars: list) -> str | None:
    """The list that numbers the report's paragraphs: the one with most first-level items (another numbered
    list, say "(1)", "(2)" inside paragraph 12, gives list items, not paragraph numbers)."""
    counts = Counter(
        p.list_position[0]
        for p in pars
        if p.list_position and len(p.list_position[1]) == 1 and _RENDERED_NUMBER.match(_text(p))
    )
    return counts.most_common(1)[0][0] if counts else None


def _lines(doc, merged: list[bool]) -> list[str]:
    """The body as bala's lines: paragraphs, headings, items, and tables (a title right before a table is
    its caption; a table that merges cells is kept as text, its cells not read one by one)."""
    blocks = [(block, list(iter_paragraphs([block]))) for block in doc.body_pars]
    main = _main_list([p for _, pars in blocks for p in pars if pars and pars[0].lineage[1] != "tbl"])
    lines: list[str] = []
    caption: str | None = None
    tables = 0
    for block, pars in blocks:
        if pars and pars[0].lineage[1] == "tbl":
            tables += 1
            rows = _table_lines(block, tables, caption or "")
            if tables <= len(merged) and merged[tables - 1]:
                rows = [rows[0], *(f"\t\t\t{r.split(chr(9), 1)[1]}" for r in rows[1:])]
            lines += rows
            caption = None
            continue
        for par in pars:
            if caption is not None:  # a title not followed by its table is a heading of its own
                lines.append(f"\t\t{caption}")
                caption = None
            text = _text(par).strip()
            if (par.style or "").lower() == "caption" or _TABLE_TITLE.match(text):
                caption = text
            elif (line := _body_line(par, main)) is not None:
                lines.append(line)
    if caption is not None:
        lines.append(f"\t\t{caption}")
    return lines


def read(name: str, data: bytes) -> ReportText:
    try:
        data, merged = prepare(name, data)
        with docx2python(io.BytesIO(data)) as doc:
            lines = _lines(doc, merged)
            notes = [_NOTE_NUMBER.sub(r"[\1] ", _text(p)).strip() for p in iter_paragraphs(doc.footnotes_pars)]
            notes += [_NOTE_NUMBER.sub(r"[\1] ", _text(p)).strip() for p in iter_paragraphs(doc.endnotes_pars)]
    except DocumentError:
        raise
    except Exception as exc:  # a damaged file may break the XML or docx2python in any way
        raise DocumentError(
            f"{name}: not a readable Word file ({exc.__class__.__name__}: {exc}); open it in Word and save it as .docx"
        ) from exc
    notes = [n for n in notes if n and n != "[0]"]
    if notes:
        lines += ["\tNotes", *(f"\t\t{n}" for n in notes)]
    return ReportText("\n".join(lines) + "\n", "docx", library("docx2python"))


def probe(path: Path) -> str | None:
    """A .docx is a zip with word/document.xml; a password-protected one is not a zip at all."""
    try:
        with zipfile.ZipFile(path) as z:
            if "word/document.xml" not in z.namelist():
                return "a zip file without a Word document inside; save the report from Word as .docx"
    except zipfile.BadZipFile:
        return (
            "not a readable .docx (password-protected, or damaged): remove the password or save it again "
            "from Word as .docx"
        )
    return None
