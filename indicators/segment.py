"""Split a cleaned report into headings, numbered paragraphs and sentences.

UN treaty-body reports number their paragraphs ("153.<TAB>...") and indent headings
with tabs; the depth of the indent gives the heading's level. Lines that are neither
(list items such as "(a)<TAB>...", or a line broken in the export) continue the
current paragraph.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

_PARAGRAPH = re.compile(r"[ \t]*(\d{1,4})\.[ \t]+(?=\S)")
TABLE_ROW = re.compile(r"\[Table (\d{1,3})\]\t")  # a row of a Word table, as `table_row` writes it
TABLE_WORD = r"(?:Table|Tableau|Таблица|Кесте)"  # how a report names its tables ("Table 3. ...")


def table_row(number: int, cells: list[str]) -> str:
    """A table row as a line of bala's text: TABLE_ROW finds it, indicators.tables splits its cells at '|'."""
    return f"[Table {number}]\t{' | '.join(cell.replace('|', '/') for cell in cells)}"


_HEADING = re.compile(r"(\t+| )(?=\S)")
_ITEM = re.compile(r"\(?[a-z]{1,4}\)[ \t]|[-•]\t")
# Abbreviations after which a full stop does not end a sentence.
_ABBREVIATIONS = frozenset(
    "no nos art arts para paras e.g i.e cf mr mrs ms dr st rev add vol p pp fig approx incl ibid km sq etc.al"
    " jan feb mar apr jun jul aug sep sept oct nov dec thous mln bn reg".split()  # "1 Sept. 2025", "76.4 thous. (2022)"
)
# ... or the body of a footnote begins: "... 83 (2022)* *incl. 9 children's villages", "... 2,214. *at least ..."
_SENTENCE_END = re.compile(r"[.!?][\"')\]]*(?=\s+[\"'(\[]?[A-Z0-9])|[;:]?\n|(?<=\S)(?=\s+\*+[A-Za-z])")
HEADING_SEPARATOR = " › "
_LAST_WORD = re.compile(r"([\w.]+)$")


@dataclass(frozen=True)
class Block:
    """A heading line or a numbered paragraph (with any unnumbered lines that continue it)."""

    kind: str  # 'paragraph' | 'heading' | 'table_row'
    number: int | None  # the paragraph's number; for a table row, the table's
    heading_path: str
    start: int  # offsets into the cleaned text, after the paragraph number
    end: int


@dataclass(frozen=True)
class Sentence:
    """A sentence (or list item) of a block, with offsets into the cleaned text."""

    block: Block
    index: int
    start: int
    end: int
    text: str


def _lines(text: str) -> Iterator[tuple[int, str]]:
    pos = 0
    for line in text.split("\n"):
        yield pos, line
        pos += len(line) + 1


def blocks(text: str) -> list[Block]:
    """Headings and numbered paragraphs in document order."""
    result: list[Block] = []
    headings: list[str] = []
    current: dict | None = None

    def close() -> None:
        nonlocal current
        if current is not None:
            result.append(Block(**current))
            current = None

    for pos, line in _lines(text):
        if not line.strip():
            continue
        para = _PARAGRAPH.match(line)
        heading = None if para else _HEADING.match(line)
        if row := TABLE_ROW.match(line):
            close()
            path = HEADING_SEPARATOR.join(h for h in headings if h)
            result.append(Block("table_row", int(row.group(1)), path, pos + row.end(), pos + len(line.rstrip())))
        elif para:
            close()
            current = {
                "kind": "paragraph",
                "number": int(para.group(1)),
                "heading_path": HEADING_SEPARATOR.join(h for h in headings if h),
                "start": pos + para.end(),
                "end": pos + len(line.rstrip()),
            }
        elif heading and (current is None or not _ITEM.match(line.lstrip())):
            close()
            depth = len(heading.group(1).replace(" ", "\t"))
            title = re.sub(r"\s+", " ", line.strip())
            headings = headings[: depth - 1] + [""] * (depth - 1 - len(headings)) + [title]
            result.append(
                Block(
                    "heading",
                    None,
                    HEADING_SEPARATOR.join(h for h in headings if h),
                    pos + heading.end(),
                    pos + len(line.rstrip()),
                )
            )
        elif current is not None:
            current["end"] = pos + len(line.rstrip())
        else:  # text before the first numbered paragraph: a title line
            result.append(Block("heading", None, HEADING_SEPARATOR.join(headings), pos, pos + len(line.rstrip())))
    close()
    return result


def _is_abbreviation(text: str, dot: int) -> bool:
    word = _LAST_WORD.search(text, max(0, dot - 24), dot)
    if not word:
        return False
    token = word.group(1).lower()
    return token in _ABBREVIATIONS or (len(token) == 1 and text[dot - 1].isupper())


def sentences(text: str, block: Block) -> list[Sentence]:
    """Split one block into sentences; line breaks end a sentence only after punctuation or before a list item.
    A table row is one sentence."""
    result: list[Sentence] = []
    if block.kind == "table_row":
        _append(result, text, block, block.start, block.end)
        return result
    start = block.start
    for m in _SENTENCE_END.finditer(text, block.start, block.end):
        if m.group().startswith(".") and _is_abbreviation(text, m.start()):
            continue
        if m.group().endswith("\n") and not (
            m.group().startswith((";", ":")) or _ITEM.match(text, m.end()) or text[m.start() - 1] in ".!?"
        ):
            continue
        _append(result, text, block, start, m.end())
        start = m.end()
    _append(result, text, block, start, block.end)
    return result


def _append(result: list[Sentence], text: str, block: Block, start: int, end: int) -> None:
    raw = text[start:end]
    lead = len(raw) - len(raw.lstrip())
    body = raw.strip()
    if body:
        s = start + lead
        result.append(Sentence(block, len(result), s, s + len(body), body))
