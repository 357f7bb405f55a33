"""Word and PDF versions of a plain-text report, made as the UN makes them, for the reader tests.

The Word file numbers its paragraphs with Word's automatic numbering (the number is not in the text),
marks headings with heading styles, carries a footnote and a table; the PDF has running headers with
the document symbol, footers with page numbers and a "GE." job number, footnotes at the foot of the
page in a smaller font, and paragraph numbers in the margin.
"""

from __future__ import annotations

import re
from pathlib import Path
from xml.sax.saxutils import escape

import docx
from docx.enum.style import WD_STYLE_TYPE
from docx.opc.constants import RELATIONSHIP_TYPE
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import nsdecls, qn
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate, Paragraph, Spacer

_PARAGRAPH = re.compile(r"^(?:\[[^\]\n]*\])*\s*(\d{1,4})\.\t(.*)$")
_HEADING = re.compile(r"^(\t+)(.*)$")
_NUMBERED = "5"  # the template's decimal list "%1." (List Number)


def structure(text: str) -> list[tuple[str, int, str]]:
    """The report's lines as (kind, level or number, text): 'heading', 'paragraph' or 'line' (a continuation)."""
    out = []
    for line in text.splitlines():
        if not line.strip():
            continue
        if m := _PARAGRAPH.match(line):
            out.append(("paragraph", int(m.group(1)), m.group(2).strip()))
        elif m := _HEADING.match(line):
            out.append(("heading", min(len(m.group(1)), 3), m.group(2).replace("\t", " ").strip()))
        else:
            out.append(("line", 0, line.strip()))
    return out


def _num_pr() -> OxmlElement:
    num_pr = OxmlElement("w:numPr")
    for tag, value in (("w:ilvl", "0"), ("w:numId", _NUMBERED)):
        el = OxmlElement(tag)
        el.set(qn("w:val"), value)
        num_pr.append(el)
    return num_pr


def _numbered(doc: docx.document.Document, text: str, by_style: bool) -> docx.text.paragraph.Paragraph:
    """A paragraph numbered by the list itself, or (`by_style`) by its paragraph style, as UN templates do."""
    if by_style:
        return doc.add_paragraph(text, style="ParaNoG")
    p = doc.add_paragraph(text)
    p._p.get_or_add_pPr().append(_num_pr())
    return p


def _footnotes_part(doc: docx.document.Document, notes: list[str]) -> None:
    body = "".join(
        f'<w:footnote w:id="{i}"><w:p><w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteRef/></w:r>'
        f'<w:r><w:t xml:space="preserve"> {escape(note)}</w:t></w:r></w:p></w:footnote>'
        for i, note in enumerate(notes, start=1)
    )
    xml = (
        f"<w:footnotes {nsdecls('w', 'r')}>"
        '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
        '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>'
        f"{body}</w:footnotes>"
    )
    part = Part(
        PackURI("/word/footnotes.xml"),
        "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml",
        xml.encode(),
        doc.part.package,
    )
    doc.part.relate_to(part, RELATIONSHIP_TYPE.FOOTNOTES)


def _footnote_reference(paragraph: docx.text.paragraph.Paragraph, note_id: int) -> None:
    paragraph._p.append(
        parse_xml(
            f'<w:r {nsdecls("w")}><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
            f'<w:footnoteReference w:id="{note_id}"/></w:r>'
        )
    )


def write_docx(
    text: str,
    path: Path,
    footnote: tuple[int, str],
    table: tuple[str, list[list[str]]] | None,
    by_style: bool = False,
) -> None:
    """`text` as a Word file: automatic paragraph numbers (given by the list, or by a numbered paragraph style
    "ParaNoG" based on another style), heading styles, a footnote on paragraph `footnote[0]` and, after the
    last paragraph, a captioned table."""
    doc = docx.Document()
    if by_style:
        base = doc.styles.add_style("SingleTxtG", WD_STYLE_TYPE.PARAGRAPH)
        base.element.get_or_add_pPr().append(_num_pr())
        doc.styles.add_style("ParaNoG", WD_STYLE_TYPE.PARAGRAPH).base_style = base
    for kind, level, line in structure(text):
        if kind == "heading":
            doc.add_heading(line, level=level)
        elif kind == "paragraph":
            p = _numbered(doc, line, by_style)
            if level == footnote[0]:
                _footnote_reference(p, 1)
        else:
            doc.add_paragraph(line)
    if table is not None:
        caption, rows = table
        doc.add_paragraph(caption, style="Caption")
        t = doc.add_table(rows=len(rows), cols=len(rows[0]))
        for r, row in enumerate(rows):
            for c, value in enumerate(row):
                t.cell(r, c).text = value
    _footnotes_part(doc, [footnote[1]])
    doc.save(path)


def write_pdf(text: str, path: Path, symbol: str, footnotes: dict[int, str]) -> None:
    """`text` as a UN-style PDF: numbers in the margin, bold headings, running header and footer, and each
    footnote (by paragraph number) at the foot of the page its paragraph ends on, in a smaller font, with a
    superscript reference mark at the end of the paragraph."""
    body = ParagraphStyle("body", fontName="Times-Roman", fontSize=10, leading=12, leftIndent=14 * mm)
    numbered = ParagraphStyle("numbered", parent=body, firstLineIndent=-14 * mm)
    heading = ParagraphStyle("heading", fontName="Times-Bold", fontSize=10, leading=12, spaceBefore=6, spaceAfter=3)
    page_notes: dict[int, list[str]] = {}

    class NoteAnchor(Flowable):
        """Nothing to see: records the page a footnoted paragraph ends on, so the note goes to its foot."""

        def __init__(self, note: str) -> None:
            super().__init__()
            self.note = note

        def wrap(self, *_) -> tuple[int, int]:
            return 0, 0

        def draw(self) -> None:
            page_notes.setdefault(self.canv.getPageNumber(), []).append(self.note)

    def header(canvas, doc) -> None:
        canvas.saveState()
        canvas.setFont("Times-Bold", 9)
        canvas.drawString(20 * mm, A4[1] - 12 * mm, symbol)
        canvas.setFont("Times-Roman", 9)
        canvas.drawString(20 * mm, 10 * mm, "GE.21-14597")
        canvas.drawRightString(A4[0] - 20 * mm, 10 * mm, str(doc.page))
        canvas.restoreState()

    def notes(canvas, doc) -> None:
        canvas.saveState()
        canvas.setFont("Times-Roman", 8)
        y = 24 * mm
        for n, note in enumerate(page_notes.get(doc.page, []), start=1):
            canvas.drawString(20 * mm, y, f"{n}  {note}")
            y -= 4 * mm
        canvas.restoreState()

    story = []
    text = text.replace("\u2011", "-")  # the PDF's standard fonts have no non-breaking hyphen (Word's would)
    for kind, level, line in structure(text):
        if kind == "heading":
            story.append(Paragraph(escape(line), heading))
        elif kind == "paragraph" and level in footnotes:
            mark = sum(map(len, page_notes.values())) + 1
            story.append(Paragraph(f"{level}.&nbsp;&nbsp;&nbsp;&nbsp;{escape(line)}<super>{mark}</super>", numbered))
            story.append(NoteAnchor(footnotes[level]))
        elif kind == "paragraph":
            story.append(Paragraph(f"{level}.&nbsp;&nbsp;&nbsp;&nbsp;{escape(line)}", numbered))
        else:
            story.append(Paragraph(escape(line), body))
        story.append(Spacer(1, 3))
    frame = Frame(20 * mm, 34 * mm, A4[0] - 40 * mm, A4[1] - 54 * mm, id="body")
    template = PageTemplate("page", frames=[frame], onPage=header, onPageEnd=notes)
    BaseDocTemplate(str(path), pagesize=A4, pageTemplates=[template]).build(story)
