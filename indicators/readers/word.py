"""Word (.docx), read with docx2python: it renders Word's automatic numbering (the paragraph number is not
in the paragraph's text), exposes paragraph styles and returns footnotes and tables apart from the body.
Numbering a paragraph takes from its style (UN templates' "ParaNoG") is made explicit first.

Numbered paragraphs of the first list level become "153.<TAB>..."; deeper levels are list items; heading
styles ("Heading 2") give the heading's level; footnote marks are taken out of the sentences and the
notes follow the body under a "Notes" heading; each table row is a line of its own under its caption
("[Table 1]<TAB>Early marriages | 1,052 | 1,075"), which `indicators.tables` reads cell by cell.
"""

from __future__ import annotations

import copy
import io
import re
import zipfile
from pathlib import Path

from docx2python import docx2python
from docx2python.iterators import iter_paragraphs
from lxml import etree

from indicators.readers import DocumentError, ReportText, library

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
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


def _explicit_numbering(data: bytes) -> bytes:
    """The file with each paragraph numbered by its style's list carrying that numbering itself.

    Word numbers a paragraph by its paragraph style's list when the paragraph names none (UN templates number
    paragraphs this way, with a style such as "ParaNoG"); docx2python counts only a paragraph's own numbering,
    so the style's is written into each such paragraph first, as Word would apply it."""
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        names = z.namelist()
        if "word/styles.xml" not in names:
            return data
        styles = etree.fromstring(z.read("word/styles.xml"))
        numbered = _numbered_styles(styles)
        if not numbered:
            return data
        document = etree.fromstring(z.read("word/document.xml"))
        for p in document.iter(_W + "p"):
            ppr = p.find(_W + "pPr")
            style = ppr.find(_W + "pStyle") if ppr is not None else None
            if style is None or ppr.find(_W + "numPr") is not None:
                continue
            num_pr = numbered.get(style.get(_W + "val"))
            if num_pr is not None:
                ppr.insert(1, copy.deepcopy(num_pr))
        out = io.BytesIO()
        with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
            for item in z.infolist():
                content = z.read(item.filename)
                if item.filename == "word/document.xml":
                    content = etree.tostring(document, xml_declaration=True, encoding="UTF-8", standalone=True)
                target.writestr(item, content)
        return out.getvalue()


def _numbered_styles(styles) -> dict[str, object]:
    """Paragraph style id -> the numbering (<w:numPr>) it gives, following each style's `basedOn` chain."""
    own, based = {}, {}
    for style in styles.iter(_W + "style"):
        if style.get(_W + "type") != "paragraph":
            continue
        sid = style.get(_W + "styleId")
        num_pr = style.find(f"{_W}pPr/{_W}numPr")
        if num_pr is not None:
            own[sid] = num_pr
        if (parent := style.find(_W + "basedOn")) is not None:
            based[sid] = parent.get(_W + "val")
    found = {}
    for sid in {*own, *based}:
        seen, current = set(), sid
        while current is not None and current not in own and current not in seen:
            seen.add(current)
            current = based.get(current)
        num_pr = own.get(current) if current is not None else None
        num_id = num_pr.find(_W + "numId") if num_pr is not None else None
        if num_id is not None and num_id.get(_W + "val") != "0":  # numId 0: the style turns numbering off
            if num_pr.find(_W + "ilvl") is None:
                num_pr = copy.deepcopy(num_pr)
                level = etree.SubElement(num_pr, _W + "ilvl")
                level.set(_W + "val", "0")
                num_pr.insert(0, level)
            found[sid] = num_pr
    return found


def read(name: str, data: bytes) -> ReportText:
    try:
        data = _explicit_numbering(data)
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
    except (zipfile.BadZipFile, KeyError, ValueError, etree.XMLSyntaxError) as exc:
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
