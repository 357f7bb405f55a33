"""The shipped report as Word and as PDF, made as the UN makes them (tests/office.py), read by the real
pipeline: the same mission values from the same paragraphs as the plain text, footnotes apart, headers and
footers gone, the table read, and every file that cannot be read named in `rejected_file`."""

from __future__ import annotations

import shutil
from pathlib import Path

import duckdb
import pytest

from tests.helpers import FIXTURES, MAIN_REPORT, RAW
from tests.office import write_docx, write_pdf
from tests.phrasings.bank import compare, load_planted, observed

MISSION_VALUES = load_planted(FIXTURES / "mission_values.expected.yaml")
MISSION = tuple(sorted(MISSION_VALUES.indicators))
NOTE = "Statistical yearbook 2021, table 4.2 (1,234 entries)."
TABLE = (
    "Table 1. Early marriages registered, 2021–2023",
    [["Indicator", "2021", "2022", "2023"], ["Early marriages", "1,130", "1,064", "1,012"]],
)
TABLE_VALUES = {(2021, 1130.0), (2022, 1064.0), (2023, 1012.0)}


@pytest.fixture(scope="module")
def published(tmp_path_factory) -> tuple[duckdb.DuckDBPyConnection, Path]:
    """The text, the Word file and the PDF of the main report, each with the report's sidecar, in one refresh;
    beside them, files bala cannot read."""
    raw = tmp_path_factory.mktemp("raw")
    text = MAIN_REPORT.read_text(encoding="utf-8")
    shutil.copy(MAIN_REPORT, raw / "KZ_txt.txt")
    write_docx(text, raw / "KZ_word.docx", (385, NOTE), TABLE, by_style=True)  # numbered as UN templates do
    write_pdf(text, raw / "KZ_pdf.pdf", "CRC/C/KAZ/5-6", {385: NOTE})
    for stem in ("KZ_txt", "KZ_word", "KZ_pdf"):
        shutil.copy(RAW / "CRC_C_KAZ_5-6.yaml", raw / f"{stem}.yaml")
    (raw / "KZ_old.doc").write_bytes(b"\xd0\xcf\x11\xe0 an old Word file")
    (raw / "KZ_scan.pdf").write_bytes(_scanned_pdf())
    (raw / "KZ_locked.docx").write_bytes(b"\xd0\xcf\x11\xe0 an encrypted Word file is an OLE file, not a zip")
    (raw / "photo.png").write_bytes(b"\x89PNG\r\n")
    return _refresh_allowing_failures(raw, tmp_path_factory.mktemp("curated")), raw


def _scanned_pdf() -> bytes:
    """A PDF page holding only a picture, as a scanner makes it: no text layer."""
    import io

    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    buffer = io.BytesIO()
    page = canvas.Canvas(buffer, pagesize=A4)
    page.rect(50, 50, 400, 600, fill=1)
    page.showPage()
    page.save()
    return buffer.getvalue()


def _refresh_allowing_failures(raw: Path, curated: Path) -> duckdb.DuckDBPyConnection:
    import dagster as dg

    from pipelines.cli import refresh
    from pipelines.resources import BalaPaths

    with dg.instance_for_test() as instance:
        code = refresh(BalaPaths(raw_dir=str(raw), curated_dir=str(curated)), instance)
    assert code == 1  # the unreadable files are named, and make the exit code 1
    return duckdb.connect(str(curated / "bala.duckdb"), read_only=True)


def _mission(db: duckdb.DuckDBPyConnection, document: str) -> set:
    rows = db.execute(
        "SELECT * FROM observation WHERE source_document = ? AND indicator_code IN (SELECT unnest(?)) "
        "AND rule <> 'table_cell'",
        [document, list(MISSION)],
    ).df()
    return {(str(e), p) for e, p in zip(observed(rows), rows["paragraph"], strict=True)}


@pytest.mark.parametrize("document", ["KZ_word", "KZ_pdf"])
def test_word_and_pdf_give_the_mission_values_of_the_text_from_the_same_paragraphs(published, document) -> None:
    db, _ = published
    rows = db.execute("SELECT * FROM observation WHERE source_document = ? AND rule <> 'table_cell'", [document]).df()
    result = compare(MISSION_VALUES.scope(observed(rows)), MISSION_VALUES.expect)
    assert not result.missed and not result.extra, (result.missed, result.extra)
    assert _mission(db, document) == _mission(db, "KZ_txt")


@pytest.mark.parametrize("document", ["KZ_word", "KZ_pdf"])
def test_word_and_pdf_give_nearly_every_other_observation_of_the_text(published, document) -> None:
    db, _ = published
    key = "indicator_code, ref_area, sex, age, residence, system, period_start, period_end, obs_value, paragraph"
    text = set(db.execute(f"SELECT {key} FROM observation WHERE source_document = 'KZ_txt'").fetchall())
    other = set(db.execute(f"SELECT {key} FROM observation WHERE source_document = ?", [document]).fetchall())
    assert len(text & other) >= 0.95 * len(text)
    assert other - text <= {("EARLY_MARRIAGES", "KZ", "_T", "_T", "_T", "_T", y, y, v, None) for y, v in TABLE_VALUES}


def test_a_word_table_is_published_cell_by_cell_with_its_table_row_and_column(published) -> None:
    db, _ = published
    rows = db.execute(
        "SELECT period_start, obs_value, rule, paragraph, quote FROM observation "
        "WHERE source_document = 'KZ_word' AND rule = 'table_cell' ORDER BY period_start"
    ).fetchall()
    assert {(r[0], r[1]) for r in rows} == TABLE_VALUES
    assert all(r[3] is None for r in rows)
    assert rows[0][4] == "Table 1, row 'Early marriages', column '2021': Early marriages | 1,130 | 1,064 | 1,012"


def test_source_document_records_format_reader_pages_and_the_original_file(published) -> None:
    db, raw = published
    import hashlib

    rows = {
        r[0]: r[1:]
        for r in db.execute("SELECT source_document, format, reader, pages, sha256 FROM source_document").fetchall()
    }
    assert rows["KZ_txt"][:3] == ("txt", "bala text", None)
    assert rows["KZ_word"][0] == "docx" and rows["KZ_word"][1].startswith("docx2python ")
    assert rows["KZ_pdf"][0] == "pdf" and rows["KZ_pdf"][1].startswith("pdfplumber ") and rows["KZ_pdf"][2] >= 30
    assert rows["KZ_pdf"][3] == hashlib.sha256((raw / "KZ_pdf.pdf").read_bytes()).hexdigest()


def test_every_quote_is_found_again_in_the_stored_text(published) -> None:
    db, _ = published
    missing = db.execute(
        "SELECT count(*) FROM observation o JOIN source_text t USING (source_document) "
        "WHERE substr(t.text, o.char_start + 1, o.char_end - o.char_start) <> "
        "(SELECT f.text FROM figure f WHERE f.source_document = o.source_document AND f.figure_index = o.figure_index)"
    ).fetchone()[0]
    assert missing == 0
    assert db.execute("SELECT count(*) FROM observation WHERE source_document = 'KZ_pdf'").fetchone()[0] > 100


def test_footnotes_are_their_own_text_and_running_headers_are_gone(published) -> None:
    db, _ = published
    for document in ("KZ_word", "KZ_pdf"):
        paragraph = db.execute(
            "SELECT string_agg(text, ' ') FROM sentence WHERE source_document = ? AND paragraph = 385", [document]
        ).fetchone()[0]
        assert paragraph.endswith("105.5 per cent for boys.")  # no footnote mark glued to the last figure
        note = db.execute(
            "SELECT count(*) FROM sentence WHERE source_document = ? AND paragraph IS NULL AND text LIKE '%1,234%'",
            [document],
        ).fetchone()[0]
        assert note == 1
    stray = db.execute(
        "SELECT count(*) FROM sentence WHERE source_document = 'KZ_pdf' AND (text LIKE '%GE.21-14597%' "
        "OR text LIKE '%CRC/C/KAZ/5-6%')"
    ).fetchone()[0]
    text_mentions = db.execute(
        "SELECT count(*) FROM sentence WHERE source_document = 'KZ_txt' AND text LIKE '%CRC/C/KAZ/5-6%'"
    ).fetchone()[0]
    assert stray == text_mentions  # the running header is gone; the symbol stays where the text names it


def test_every_file_that_is_not_read_is_named_with_what_to_do(published) -> None:
    db, _ = published
    rejected = dict(db.execute("SELECT file_name, reason FROM rejected_file").fetchall())
    assert set(rejected) == {"KZ_old.doc", "KZ_scan.pdf", "KZ_locked.docx", "photo.png"}
    assert "save it as .docx" in rejected["KZ_old.doc"]
    assert "no text layer" in rejected["KZ_scan.pdf"] and "OCR it first" in rejected["KZ_scan.pdf"]
    assert "password-protected" in rejected["KZ_locked.docx"]
    assert "an image" in rejected["photo.png"]
