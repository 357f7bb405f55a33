"""PDF, read with pdfplumber: every character with its position, size and font, from which the page's
running header and footer, the footnotes and the paragraphs are told apart.

- Running headers and footers (the document symbol, page numbers, "GE.21-…" job numbers) are the lines
  in the top or bottom margin band that repeat on other pages once digits are ignored, or are page numbers.
- Footnotes are the lines below the body in a smaller font; superscript reference marks (small characters
  inside a body line) are dropped, so "boys.1" never reads as a number.
- Lines are joined into paragraphs: a line starting "153." at the left edge starts a paragraph, a bold line
  is a heading, a wider gap than the line spacing starts a new line of the text, a hyphen at a line's end
  before a lower-case letter joins the word.
"""

from __future__ import annotations

import io
import itertools
import re
import statistics
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import pdfplumber
from pdfminer.pdfdocument import PDFPasswordIncorrect

from indicators.readers import DocumentError, ReportText, library

_PARAGRAPH_START = re.compile(r"^(\d{1,4})\.\s+(?=\S)")
_PAGE_NUMBER = re.compile(r"^(?:page\s+)?\d{1,4}(?:\s*(?:/|of)\s*\d{1,4})?$", re.IGNORECASE)
_JOB_NUMBER = re.compile(r"^GE\.\d{2}-\d{4,6}", re.IGNORECASE)
_SMALLER = 0.4  # points: print this much smaller than the body is small print (footnotes, reference marks)
_NUMBER_INDENT = 12  # points: a paragraph number starts this close to the left edge (right-aligned numbers too)
_EMPHASIS = re.compile(r"bold|italic|oblique", re.IGNORECASE)  # a line all in such a font is a heading
_MARGIN_BAND = 0.09  # the top and bottom share of a page where running headers and footers sit
_NO_TEXT = "no text layer (a scanned PDF): OCR it first (e.g. ocrmypdf) and drop the searchable PDF in again"


@dataclass
class _Line:
    text: str
    x0: float
    top: float
    bottom: float
    size: float
    bold: bool


def _lines(page, body_size: float) -> list[_Line]:
    """The page's text lines, superscript marks dropped (characters much smaller than the line's own)."""
    rows: list[tuple[float, float, list[dict]]] = []  # (top, bottom, chars) of each line
    small = []
    for ch in sorted(page.chars, key=lambda c: (round(c["bottom"]), c["x0"])):
        if ch["size"] < body_size - _SMALLER:
            small.append(ch)  # placed below: a superscript mark is dropped from the line it is raised in
        else:
            _place(rows, ch)
    body = list(rows)
    for ch in small:
        middle = (ch["top"] + ch["bottom"]) / 2
        if not any(top <= middle <= bottom for top, bottom, _ in body):
            _place(rows, ch)  # small print of its own: a footnote, a footer
    lines = []
    for _, _, chars in rows:
        size = statistics.median(c["size"] for c in chars)
        kept = sorted(chars, key=lambda c: c["x0"])
        text, last = "", None
        for c in kept:
            if last is not None and c["x0"] - last["x1"] > 0.2 * c["size"] and not text.endswith(" "):
                text += " "
            text += c["text"]
            last = c
        if text.strip():
            lines.append(
                _Line(
                    text=re.sub(r"\s+", " ", text).strip(),
                    x0=kept[0]["x0"],
                    top=min(c["top"] for c in kept),
                    bottom=max(c["bottom"] for c in kept),
                    size=size,
                    bold=all(_EMPHASIS.search(c["fontname"]) for c in kept if c["text"].strip()),
                )
            )
    return sorted(lines, key=lambda line: line.top)


def _place(rows: list[tuple[float, float, list[dict]]], ch: dict) -> None:
    """Put a character on the line of its baseline, or start a line."""
    row = next((r for r in rows if abs(r[1] - ch["bottom"]) <= 2.5), None)
    if row is None:
        rows.append((ch["top"], ch["bottom"], [ch]))
    else:
        row[2].append(ch)


def _running(pages: list[tuple[float, list[_Line]]]) -> set[tuple[int, int]]:
    """(page, line) of each running header or footer line."""

    def shape(text: str) -> str:
        return re.sub(r"\d+", "#", text)

    banded = [
        (p, i, line)
        for p, (height, lines) in enumerate(pages)
        for i, line in enumerate(lines)
        if line.top < _MARGIN_BAND * height or line.bottom > (1 - _MARGIN_BAND) * height
    ]
    repeats = Counter(shape(line.text) for _, _, line in banded)
    needed = max(2, len(pages) // 3)
    return {
        (p, i)
        for p, i, line in banded
        if repeats[shape(line.text)] >= needed or _PAGE_NUMBER.match(line.text) or _JOB_NUMBER.match(line.text)
    }


def _join(previous: str, line: str) -> str:
    """Two lines of one paragraph: a hyphen at the break is kept ("State-owned", "twenty-four"; a word split
    by hyphenation keeps its hyphen, which never changes a number)."""
    if previous.endswith("-") and previous[-2:-1].isalpha():
        return previous + line
    return f"{previous} {line}"


def _next_number(number: int, last: int | None) -> bool:
    """Whether a number at a line's start continues the paragraph numbering (UN reports number 1, 2, 3, ...)."""
    return 0 < number < 1900 if last is None else last < number <= last + 3


def _columns(page) -> str:
    """'' for a page of one column; why not, for a page whose lines share a wide gap near the middle with text
    on both sides (two columns: read line by line, they would interleave)."""
    rows: dict[int, list[dict]] = {}
    for ch in page.chars:
        if ch["text"].strip():
            rows.setdefault(round(ch["bottom"]), []).append(ch)
    split = 0
    for chars in rows.values():
        chars.sort(key=lambda c: c["x0"])
        for k, (a, b) in enumerate(itertools.pairwise(chars), start=1):
            middle = (a["x1"] + b["x0"]) / 2
            wide = b["x0"] - a["x1"] > 3 * max(a["size"], 1)
            if wide and 0.35 * page.width < middle < 0.65 * page.width and min(k, len(chars) - k) >= 15:
                split += 1
                break
    return "two columns of text" if rows and split >= max(3, len(rows) // 4) else ""


def read(name: str, data: bytes) -> ReportText:
    try:
        with pdfplumber.open(io.BytesIO(data)) as pdf:
            sizes = Counter(round(c["size"], 1) for page in pdf.pages for c in page.chars if c["text"].strip())
            if sum(sizes.values()) < 20 * max(1, len(pdf.pages)) // 4:
                raise DocumentError(f"{name}: {_NO_TEXT}")
            body_size = sizes.most_common(1)[0][0]
            for n, page in enumerate(pdf.pages, start=1):
                if layout := _columns(page):
                    raise DocumentError(
                        f"{name}: page {n} is set in {layout}, which bala does not read in order; use the .docx "
                        "or a one-column PDF"
                    )
            pages = [(page.height, _lines(page, body_size)) for page in pdf.pages]
            count = len(pdf.pages)
    except DocumentError:
        raise
    except Exception as exc:  # a damaged file may break pdfminer in any way
        raise DocumentError(f"{name}: not a readable PDF ({_reason(exc)})") from exc
    running = _running(pages)
    last_number: int | None = None
    out: list[str] = []
    notes: list[str] = []
    for p, (height, lines) in enumerate(pages):
        body = [line for i, line in enumerate(lines) if (p, i) not in running]
        left = min((line.x0 for line in body if line.size >= body_size - _SMALLER), default=0.0)
        previous: _Line | None = None
        for line in body:
            if line.size < body_size - _SMALLER and line.top > 0.5 * height:  # a footnote below the body
                if re.match(r"^\d{1,3}\s", line.text) or not notes:
                    notes.append(line.text)
                else:
                    notes[-1] = _join(notes[-1], line.text)
                continue
            gap = previous is not None and line.top - previous.bottom > 0.6 * (line.bottom - line.top)
            starts = _PARAGRAPH_START.match(line.text) if line.x0 - left < _NUMBER_INDENT else None
            if starts and not _next_number(int(starts.group(1)), last_number):
                starts = None  # "2019. In 2020, ..." wrapped to the margin: not paragraph 2019
            if starts:
                last_number = int(starts.group(1))
            if line.bold:
                if out and previous is not None and previous.bold and not gap:
                    out[-1] = _join(out[-1], line.text)
                else:
                    out.append(f"\t{line.text}")
            elif starts:
                out.append(f"{starts.group(1)}.\t{line.text[starts.end() :]}")
            elif out and previous is not None and not gap and not previous.bold:
                out[-1] = _join(out[-1], line.text)
            elif out and previous is None and not out[-1].startswith("\t"):
                out[-1] = _join(out[-1], line.text)  # a paragraph running on from the previous page
            else:
                out.append(line.text)
            previous = line
    if notes:
        out += ["\tNotes", *(f"\t\t[{n.split(' ', 1)[0]}] {n.split(' ', 1)[-1]}" for n in notes)]
    return ReportText("\n".join(out) + "\n", "pdf", library("pdfplumber"), pages=count)


def _reason(exc: Exception) -> str:
    if isinstance(exc, PDFPasswordIncorrect) or "password" in repr(exc).lower():
        return "password-protected: save a copy without the password"
    return f"damaged or not a PDF: {exc.__class__.__name__}; open it and save it again"


def probe(path: Path) -> str | None:
    """A password, a damaged file or a scan without text, found from the first pages."""
    try:
        with pdfplumber.open(path) as pdf:
            first = pdf.pages[: min(3, len(pdf.pages))]
            if not any(c["text"].strip() for page in first for c in page.chars):
                return _NO_TEXT
    except Exception as exc:  # a damaged file may break pdfminer in any way
        return f"not a readable PDF ({_reason(exc)})"
    return None
