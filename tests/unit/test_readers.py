"""The readers of indicators/readers: plain text in its encodings, Word, PDF, and the files bala does not read."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from indicators.readers import DocumentError, probe, read
from pipelines.raw_folder import rejected_files, survey
from tests.office import write_docx

REPORT = "\tI.\tGeneral measures\n1.\tIn 2020, 997 early marriages were registered.\n2.\tThere were 1,075 in 2019.\n"


@pytest.mark.parametrize(
    ("name", "data"),
    [
        ("a.txt", REPORT.encode("utf-8")),
        ("b.txt", b"\xef\xbb\xbf" + REPORT.encode("utf-8")),
        ("c.TXT", REPORT.encode("utf-8")),
        ("d.txt", REPORT.encode("utf-16")),  # Word's "Unicode text": UTF-16 with its byte-order mark
    ],
)
def test_plain_text_in_every_encoding_word_saves(name: str, data: bytes) -> None:
    report = read(Path(name), data)
    assert report.text == REPORT and report.format == "txt" and report.reader == "bala text"


def test_cp1251_is_refused_with_what_to_do() -> None:
    with pytest.raises(DocumentError, match=r"not UTF-8 text .*save the report as UTF-8"):
        read(Path("r.txt"), "1.\tВ 2020 году зарегистрировано 997 браков.".encode("cp1251"))


def test_word_numbering_headings_and_footnotes(tmp_path: Path) -> None:
    """Automatic numbers (not in the text) become "N.<TAB>"; the footnote mark leaves the sentence."""
    path = tmp_path / "r.docx"
    write_docx(REPORT, path, (2, "Ministry of Justice data (2 pages)."), None)
    text = read(path, path.read_bytes()).text
    assert text.splitlines() == [
        "\tI. General measures",
        "1.\tIn 2020, 997 early marriages were registered.",
        "2.\tThere were 1,075 in 2019.",
        "\tNotes",
        "\t\t[1] Ministry of Justice data (2 pages).",
    ]


def test_word_numbering_given_by_a_paragraph_style_is_counted_too(tmp_path: Path) -> None:
    """UN templates number paragraphs by their style ("ParaNoG", based on a numbered style): the same text."""
    direct, styled = tmp_path / "direct.docx", tmp_path / "styled.docx"
    write_docx(REPORT, direct, (2, "A note."), None)
    write_docx(REPORT, styled, (2, "A note."), None, by_style=True)
    assert "1.\tIn 2020" in read(styled, styled.read_bytes()).text
    assert read(styled, styled.read_bytes()).text == read(direct, direct.read_bytes()).text


def _pdf(pages: list[list[tuple[float, str, float]]]) -> bytes:
    """A PDF whose pages hold lines (y, text, font size), with a running header and a page number."""
    buffer = io.BytesIO()
    page = canvas.Canvas(buffer, pagesize=A4)
    for n, lines in enumerate(pages, start=1):
        page.setFont("Times-Bold", 9)
        page.drawString(56, A4[1] - 34, "CRC/C/KAZ/7")
        page.setFont("Times-Roman", 9)
        page.drawString(56, 28, f"GE.25-0{n}321")
        page.drawRightString(A4[0] - 56, 28, str(n))
        for y, line, size in lines:
            page.setFont("Times-Roman", size)
            page.drawString(56, y, line)
        page.showPage()
    page.save()
    return buffer.getvalue()


def test_pdf_drops_running_headers_joins_lines_and_words_and_keeps_notes_apart() -> None:
    data = _pdf(
        [
            [(760, "1. In 2022, 1,130 early marriages were regis-", 10), (748, "tered in the country.", 10)],
            [(760, "2. In 2023 there were 1,012.", 10), (100, "1 Data of the Ministry of Justice.", 8)],
        ]
    )
    report = read(Path("r.pdf"), data)
    assert report.text.splitlines() == [
        "1.\tIn 2022, 1,130 early marriages were registered in the country.",
        "2.\tIn 2023 there were 1,012.",
        "\tNotes",
        "\t\t[1] Data of the Ministry of Justice.",
    ]
    assert report.format == "pdf" and report.pages == 2 and report.reader.startswith("pdfplumber ")


def test_a_scan_and_a_damaged_pdf_are_named_with_what_to_do(tmp_path: Path) -> None:
    scan = tmp_path / "scan.pdf"
    blank = canvas.Canvas(str(scan), pagesize=A4)
    blank.rect(50, 50, 300, 300, fill=1)
    blank.save()
    assert "no text layer" in probe(scan) and "OCR it first" in probe(scan)
    broken = tmp_path / "broken.pdf"
    broken.write_bytes(b"%PDF-1.7 not really")
    assert "not a readable PDF" in probe(broken)
    with pytest.raises(DocumentError, match=r"broken\.pdf: not a readable PDF"):
        read(broken, broken.read_bytes())


def test_the_raw_folder_names_every_file_it_does_not_read(tmp_path: Path) -> None:
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "report.TXT").write_text(REPORT, encoding="utf-8")
    (raw / "report.yaml").write_text("symbol: CRC/C/KAZ/7\n", encoding="utf-8")
    (raw / "orphan.yaml").write_text("symbol: X\n", encoding="utf-8")
    (raw / "old.doc").write_bytes(b"\xd0\xcf\x11\xe0")
    (raw / "notes.md").write_text("# notes\n", encoding="utf-8")
    (raw / "locked.docx").write_bytes(b"\xd0\xcf\x11\xe0 encrypted")
    (raw / "empty.txt").write_bytes(b"")
    (raw / ".hidden").write_text("x", encoding="utf-8")
    folder = survey(raw)
    assert set(folder.reports) == {"report", "locked", "empty"}  # attempted: one read before keeps its rows
    problems = rejected_files(folder)
    assert set(problems) == {"orphan.yaml", "old.doc", "notes.md", "locked.docx", "empty.txt"}
    assert "without its report" in problems["orphan.yaml"]
    assert "save it as .docx" in problems["old.doc"]
    assert "not a format bala reads (.md)" in problems["notes.md"]
    assert "password-protected" in problems["locked.docx"]
    assert problems["empty.txt"] == "the file is empty"
