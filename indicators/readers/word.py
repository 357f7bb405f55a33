"""Word (.docx), read with docx2python: it renders Word's automatic numbering (the paragraph number is not
in the paragraph's text), exposes paragraph styles and returns footnotes and tables apart from the body.

Numbered paragraphs of the first list level become "153.<TAB>..."; deeper levels are list items; heading
styles ("Heading 2") give the heading's level; footnote marks are taken out of the sentences and the
notes follow the body under a "Notes" heading; each table row is a line of its own under its caption
("[Table 1]<TAB>Early marriages | 1,052 | 1,075"), which `indicators.tables` reads cell by cell.
"""

from __future__ import annotations

import io
import re
import zipfile
from pathlib import Path

from docx2python import docx2python
from docx2python.iterators import iter_paragraphs

from indicators.readers import DocumentError, ReportText, library

_RENDERED_NUMBER = re.compile(r"^(\d+)\)\t")  # docx2python renders a decimal list number as "153)<TAB>"
_RENDERED_ITEM = re.compile(r"^\t*(?:[a-zA-Z]{1,4}\)|[ivxlcIVXLC]+\)|--|\d+\))\t")
_FOOTNOTE_MARK = re.compile(r"----(?:foot|end)note\d+----")
_NOTE_NUMBER = re.compile(r"^(?:foot|end)note(\d+)\)\s*")
_HEADING_STYLE = re.compile(r"^(?:Heading|heading)\s?(\d)$|^H(\d)G$")  # Word's and the UN template's (H1G, H23G)


def _text(par) -> str:
    return "".join(run.text for run in par.runs)


def _heading_level(style: str) -> int | None:
    if m := _HEADING_STYLE.match(style or ""):
        return min(int(m.group(1) or m.group(2)[0]), 4)
    return 1 if style in ("Title", "HChG") else None


def _body_line(par) -> str | None:
    """One body paragraph as a line of bala's text, or None for an empty one."""
    text = _FOOTNOTE_MARK.sub("", _text(par)).replace("\n", " ")
    if not text.strip():
        return None
    level = _heading_level(par.style)
    if level is not None:
        return "\t" * level + text.strip()
    numbered = _RENDERED_NUMBER.match(text)
    depth = len(par.list_position[1]) if par.list_position and par.list_position[1] else 0
    if numbered and depth == 1:
        return f"{int(numbered.group(1))}.\t{text[numbered.end() :].strip()}"
    if depth:  # a list item: "(a)", "-", or a number of a nested list
        return _RENDERED_ITEM.sub("", text).strip() and f"-\t{_RENDERED_ITEM.sub('', text).strip()}"
    return text.strip()


def _table_lines(table: list, number: int, caption: str) -> list[str]:
    """A table as lines: its caption as a heading, then each row as "[Table 3]<TAB>cell | cell | ...", the first
    row being its header (indicators.tables reads the cells, with the header of their column)."""
    rows = [[" ".join(_text(p) for p in cell).replace("|", "/").strip() for cell in row] for row in table]
    rows = [r for r in rows if any(r)]
    if not rows:
        return []
    title = caption or f"Table {number}"
    return [f"\t\t{title}", *(f"[Table {number}]\t{' | '.join(row)}" for row in rows)]


def read(name: str, data: bytes) -> ReportText:
    try:
        with docx2python(io.BytesIO(data)) as doc:
            lines: list[str] = []
            caption, tables = "", 0
            for block in doc.body_pars:
                pars = list(iter_paragraphs([block]))
                if pars and pars[0].lineage[1] == "tbl":
                    tables += 1
                    lines += _table_lines(block, tables, caption)
                    caption = ""
                    continue
                for par in pars:
                    if (par.style or "").lower() == "caption":
                        caption = _text(par).strip()
                    elif (line := _body_line(par)) is not None:
                        lines.append(line)
            notes = [_NOTE_NUMBER.sub(r"[\1] ", _text(p)).strip() for p in iter_paragraphs(doc.footnotes_pars)]
            notes += [_NOTE_NUMBER.sub(r"[\1] ", _text(p)).strip() for p in iter_paragraphs(doc.endnotes_pars)]
    except (zipfile.BadZipFile, KeyError, ValueError) as exc:
        raise DocumentError(f"{name}: not a readable Word file ({exc}); open it in Word and save it as .docx") from exc
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
