from indicators.segment import blocks, sentences
from indicators.text import clean
from tests.helpers import MAIN_REPORT

WORD_EXPORT = (
    "\tI.\tGeneral measures\n"
    "\t\tLegislation\n"
    "[bookmark: _Hlk1]153.\tIn 2020, 997 early marriages were registered[footnoteRef:3] in Kazakhstan. "
    "Act No. 5 was adopted.\n"
    "(a)\tFirst item;\n"
    "(b)\tSecond item.\n"
    "154.\tNext paragraph.\n"
)


def test_artefacts_removed_and_offsets_point_into_original() -> None:
    ct = clean(WORD_EXPORT)
    assert "[bookmark" not in ct.text and "footnoteRef" not in ct.text
    i = ct.text.index("997")
    start, end = ct.span(i, i + 3)
    assert WORD_EXPORT[start:end] == "997"


def test_a_word_hyphenated_at_a_lost_line_break_is_joined_and_keeps_its_offsets() -> None:
    original = "the under-five mor- tality rate and pre- and post-natal care; kinder-\ngartens numbered 6 384"
    ct = clean(original)
    assert ct.text == "the under-five mortality rate and pre- and post-natal care; kindergartens numbered 6 384"
    i = ct.text.index("6 384")
    start, end = ct.span(i, i + 5)
    assert original[start:end] == "6 384"


def test_paragraphs_headings_and_items() -> None:
    ct = clean(WORD_EXPORT)
    bs = blocks(ct.text)
    paragraphs = [b for b in bs if b.kind == "paragraph"]
    assert [b.number for b in paragraphs] == [153, 154]
    assert paragraphs[0].heading_path == "I. General measures › Legislation"
    sents = [s.text for s in sentences(ct.text, paragraphs[0])]
    assert sents == [
        "In 2020, 997 early marriages were registered in Kazakhstan.",
        "Act No. 5 was adopted.",
        "(a)\tFirst item;",
        "(b)\tSecond item.",
    ]


def test_real_report_paragraphs_are_consecutive() -> None:
    ct = clean(MAIN_REPORT.read_text(encoding="utf-8"))
    numbers = [b.number for b in blocks(ct.text) if b.kind == "paragraph"]
    assert numbers == list(range(1, 497))


def test_real_report_heading_path() -> None:
    ct = clean(MAIN_REPORT.read_text(encoding="utf-8"))
    para = next(b for b in blocks(ct.text) if b.number == 379)
    assert para.heading_path == "VIII. Education, leisure and cultural activities › Preschool care and education"


def test_a_footnote_body_is_its_own_sentence() -> None:
    """ "early marriages* — 2,214. *at least one spouse under 18.": the footnote's age is not the figure's."""
    text = (
        "4.\tEarly marriages* registered — 2,214. *at least one spouse under 18. Villages — 9 (2022)* *incl. 2 new.\n"
    )
    found = [s.text for b in blocks(text) for s in sentences(text, b)]
    assert found == [
        "Early marriages* registered — 2,214.",
        "*at least one spouse under 18.",
        "Villages — 9 (2022)*",
        "*incl. 2 new.",
    ]
