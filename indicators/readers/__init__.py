"""Readers: a report file in any format bala reads -> the text bala extracts from, and what read it.

Every reader gives the same shape of text as a plain-text export of a UN report: numbered paragraphs
("153.<TAB>..."), headings on their own lines indented with one tab per level, list items and
continuation lines as lines of their own, footnotes after the body under a "Notes" heading (their
figures are never glued into a sentence). The rest of the pipeline sees only that text; offsets
point into it, and it is stored with the document.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from importlib.metadata import version
from pathlib import Path

_NUMBERED_PARAGRAPH = re.compile(r"^[ \t]*(?:\[[^\]\n]*\])*\d{1,4}\.[ \t]+\S", re.MULTILINE)


class DocumentError(ValueError):
    """A report or its sidecar cannot be used; the message names the file and the problem."""


@dataclass(frozen=True)
class ReportText:
    text: str
    format: str  # 'txt' | 'docx' | 'pdf'
    reader: str  # the library that read it, and its version ('pdfplumber 0.11.10')
    pages: int | None = None  # of a PDF


def library(name: str) -> str:
    """A reading library with its installed version, as recorded in `source_document.reader`."""
    return f"{name} {version(name)}"


# formats bala does not read, with what to do instead
NOT_READ = {
    ".doc": "an old binary Word file: open it in Word or LibreOffice and save it as .docx",
    ".rtf": "a Rich Text file: open it in Word or LibreOffice and save it as .docx",
    ".odt": "an OpenDocument text: open it in LibreOffice and save it as .docx",
    ".html": "a web page: save the report as .docx or .pdf (or plain text)",
    ".htm": "a web page: save the report as .docx or .pdf (or plain text)",
    ".xlsx": "a spreadsheet, not a report: bala reads reports (.txt, .docx, .pdf)",
    ".xls": "a spreadsheet, not a report: bala reads reports (.txt, .docx, .pdf)",
    ".csv": "a table, not a report: bala reads reports (.txt, .docx, .pdf)",
    ".zip": "an archive: unpack it and drop the reports themselves into the folder",
    **{
        ext: "an image: bala reads text; OCR it into a searchable PDF or a text file first"
        for ext in (".png", ".jpg", ".jpeg", ".tif", ".tiff", ".gif", ".bmp", ".webp")
    },
}


def formats() -> dict[str, object]:
    """File extension (lower case) -> the module that reads it."""
    from indicators.readers import pdf, plain, word

    return {".txt": plain, ".docx": word, ".pdf": pdf}


def not_read(path: Path) -> str | None:
    """Why a file's format is not read, with what to do; None for a format bala reads."""
    if path.suffix.lower() in formats():
        return None
    return NOT_READ.get(path.suffix.lower()) or (
        f"not a format bala reads ({path.suffix or 'no extension'}); it reads .txt, .docx and .pdf"
    )


def read(path: Path, data: bytes) -> ReportText:
    """The text of one report file (its bytes already read and size-checked); DocumentError if it cannot be."""
    if why := not_read(path):
        raise DocumentError(f"{path.name}: {why}")
    report = formats()[path.suffix.lower()].read(path.name, data)
    if not _NUMBERED_PARAGRAPH.search(report.text):
        raise DocumentError(
            f"{path.name}: no numbered paragraphs ('1.<TAB>text'); bala reads treaty-body reports whose "
            "paragraphs are numbered"
        )
    return report


def probe(path: Path) -> str | None:
    """Why a report file cannot be read, found cheaply (not UTF-8, a password, no text layer), or None. Files
    whose format is read are still attempted: a report that turns bad keeps its last published rows."""
    if why := not_read(path):
        return why
    return formats()[path.suffix.lower()].probe(path)
