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


def test_pdf_drops_running_headers_joins_lines_and_keeps_notes_apart() -> None:
    data = _pdf(
        [
            [(760, "1. In 2022, 1,130 early marriages were registered by State-", 10), (748, "owned offices.", 10)],
            [(760, "2. In 2023 there were 1,012.", 10), (100, "1 Data of the Ministry of Justice.", 8)],
        ]
    )
    report = read(Path("r.pdf"), data)
    assert report.text.splitlines() == [
        "1.\tIn 2022, 1,130 early marriages were registered by State-owned offices.",  # the hyphen is kept
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


# Found by an adversarial review: each case once published a wrong value or a wrong paragraph number.


def _observations(path: Path) -> set[tuple]:
    """What would be published from one report file: (indicator, sex, start, value, paragraph)."""
    from indicators.catalogue import load
    from indicators.documents import load as load_document
    from indicators.extract import extract
    from schemas.validation import split

    obs = extract(load_document(path), load()).observations
    valid, _ = split(obs, "observation", load()) if len(obs) else (obs, obs)
    return {
        (r.indicator_code, r.sex, r.period_start, r.obs_value, None if r.paragraph != r.paragraph else r.paragraph)
        for r in valid.itertuples()
    }


def _word(tmp_path: Path, body: list[str], tables: list[tuple[str | None, list[list[str]], bool]] = ()) -> Path:
    """A Word file: numbered paragraphs (raw run XML allowed), then tables (caption, rows, merge two cells)."""
    import docx
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    doc = docx.Document()
    for xml in body:  # plain text, or the paragraph's runs as Word writes them
        p = doc.add_paragraph(style="List Number")
        runs = parse_xml(f"<w:p {nsdecls('w')}>{xml}</w:p>") if xml.startswith("<") else [p.add_run(xml)._r]
        for run in list(runs):
            p._p.append(run)
    for caption, rows, merge in tables:
        if caption:
            doc.add_paragraph(caption)
        t = doc.add_table(rows=len(rows), cols=len(rows[0]))
        for r, row in enumerate(rows):
            for c, value in enumerate(row):
                t.cell(r, c).text = value
        if merge:
            t.cell(1, 1).merge(t.cell(1, 2))
    path = tmp_path / "r.docx"
    doc.save(path)
    return path


def test_word_reference_marks_and_hyphens_are_never_part_of_a_number(tmp_path: Path) -> None:
    path = _word(
        tmp_path,
        [
            '<w:r><w:t xml:space="preserve">In 2019, 1,052</w:t></w:r><w:r><w:rPr><w:vertAlign w:val="superscript"/>'
            '</w:rPr><w:t>3</w:t></w:r><w:r><w:t xml:space="preserve"> early marriages were registered.</w:t></w:r>',
            '<w:r><w:t xml:space="preserve">In 2020, 64</w:t><w:noBreakHyphen/><w:t xml:space="preserve">70 child '
            "suicides were recorded.</w:t></w:r>",
        ],
    )
    assert _observations(path) == {("EARLY_MARRIAGES", "_T", 2019, 1052.0, 1)}  # "64-70" is a range: no value


def test_word_tables_without_a_title_with_a_breakdown_column_or_merged_cells_are_not_read(tmp_path: Path) -> None:
    head = ["Indicator", "2019", "2020"]
    path = _word(
        tmp_path,
        ["Statistics follow."],
        [
            (None, [head, ["Private kindergartens", "45", "52"]], False),  # what unit? no title says
            (
                "Table 2. Suicides",
                [["Indicator", "Sex", "2019", "2020"], ["Child suicides", "Girls", "12", "14"]],
                False,
            ),
            ("Table 3. Marriages", [head, ["Early marriages", "2,100", "2,100"]], True),  # one cell over two years
            (
                "Table 4. Marriages",
                [[*head, "2020 as % of 2019"], ["Early marriages", "1,052", "1,075", "102.2"]],
                False,
            ),
        ],
    )
    assert _observations(path) == {  # only table 4, as counts: its "%" is one column's
        ("EARLY_MARRIAGES", "_T", 2019, 1052.0, None),
        ("EARLY_MARRIAGES", "_T", 2020, 1075.0, None),
    }


def _numbering(tmp_path: Path, lists: list[tuple[int, str | None]], restart: int | None) -> Path:
    """Paragraphs numbered by lists of one definition: (list id, text) each; list id 2 may restart at `restart`."""
    import docx
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    doc = docx.Document()
    numbering = doc.part.numbering_part.element
    override = f'<w:lvlOverride w:ilvl="0"><w:startOverride w:val="{restart}"/></w:lvlOverride>' if restart else ""
    for num_id in (101, 102):
        numbering.append(
            parse_xml(
                f'<w:num {nsdecls("w")} w:numId="{num_id}"><w:abstractNumId w:val="7"/>'
                f"{override if num_id == 102 else ''}</w:num>"
            )
        )
    for num_id, text in lists:
        p = doc.add_paragraph(text)
        p._p.get_or_add_pPr().append(
            parse_xml(f'<w:numPr {nsdecls("w")}><w:ilvl w:val="0"/><w:numId w:val="{num_id}"/></w:numPr>')
        )
    path = tmp_path / "n.docx"
    doc.save(path)
    return path


def test_word_lists_count_per_definition_and_restart_where_the_file_says(tmp_path: Path) -> None:
    shared = _numbering(tmp_path, [(101, "First."), (101, "Second."), (102, "In 2019, 1,052 early marriages.")], None)
    assert read(shared, shared.read_bytes()).text.splitlines()[2].startswith("3.\t")  # Word continues the count
    restarted = _numbering(tmp_path, [(102, "In 2019, 1,052 early marriages."), (102, "Next.")], 153)
    assert [line[:4] for line in read(restarted, restarted.read_bytes()).text.splitlines()] == ["153.", "154."]


def test_pdf_in_two_columns_is_refused_and_wrapped_years_are_not_paragraph_numbers(tmp_path: Path) -> None:
    left = [(760 - 12 * i, f"{i + 1}. In 2019, {1000 + i} early marriages were registered here") for i in range(6)]
    buffer = io.BytesIO()
    page = canvas.Canvas(buffer, pagesize=A4)
    page.setFont("Times-Roman", 10)
    for y, line in left:
        page.drawString(56, y, line)
        page.drawString(320, y, line.replace("early marriages", "child suicides"))
    page.showPage()
    page.save()
    with pytest.raises(DocumentError, match="two columns"):
        read(Path("two.pdf"), buffer.getvalue())
    data = _pdf(
        [
            [
                (760, "1. The number of early marriages fell from 1,200 in 2018 to 1,052 in", 11),
                (746, "2019. In 2020, 1,075 early marriages were registered.", 11),
                (732, "2. Child suicides decreased.", 11),
                (100, "1 Footnotes in Word's default 10-point print under an 11-point body.", 10),
            ]
        ]
    )
    text = read(Path("w.pdf"), data).text
    lines = [line for line in text.splitlines() if not line.startswith("\t")]
    assert lines[0].startswith("1.\t") and lines[0].endswith("were registered.") and lines[1].startswith("2.\t")
    assert text.endswith("\tNotes\n\t\t[1] Footnotes in Word's default 10-point print under an 11-point body.\n")


@pytest.mark.parametrize(
    "data",
    [
        REPORT.replace("\n", "\r").encode("utf-8"),  # old Mac line ends
        REPORT.replace("\n2.", "\n\f2.").encode("utf-8"),  # a page break from pdftotext
        REPORT.encode("utf-16-le"),  # UTF-16 without its byte-order mark
    ],
)
def test_text_line_ends_and_unmarked_utf16_are_read(data: bytes) -> None:
    lines = [line for line in read(Path("r.txt"), data).text.splitlines() if line.strip()]
    assert lines == REPORT.splitlines()
