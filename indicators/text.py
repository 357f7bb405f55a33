"""Clean a Word-exported report while keeping offsets into the original text.

Extraction works on the cleaned text, but provenance must point at the file a
statistician can open, so every cleaned character remembers where it came from.
"""

from __future__ import annotations

import re
from array import array
from dataclasses import dataclass

# Word export artefacts: bookmarks, footnote anchors and inline footnote bodies.
_ARTEFACT = re.compile(
    r"\[bookmark:[^\]]*\]"
    r"|\[footnoteRef:\d+\]\*?"
    r"|\[\d+:[^\]]*\]"
    r"|\r(?=\n)"  # CRLF line ends become LF
    r"|(?<=\S)[¹²³⁴⁵⁶⁷⁸⁹⁰]+"  # footnote marks on a figure or a word: "23,118²", "2021¹"
    r"|(?<=[a-z])-[ \n](?=[a-z])(?!(?:and|or|to|as|nor)\b)"  # a word hyphenated at a lost line break: "mor- tality"
)
# Characters folded to their plain equivalent (same length, so offsets hold).
_FOLD = str.maketrans(
    {
        "\u00a0": " ",  # no-break space
        "\u202f": " ",  # narrow no-break space
        "\u2009": " ",  # thin space
        "\u2011": "-",  # non-breaking hyphen
        "\u2010": "-",
        "\u2019": "'",
        "\u2018": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u0406": "I",  # Cyrillic capital I used in act numbers ("292-VІ")
    }
)


@dataclass(frozen=True)
class CleanText:
    """Cleaned text plus, for each of its characters, the offset in the original."""

    original: str
    text: str
    offsets: array

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Map a [start, end) span of the cleaned text to the original text."""
        if start >= end:
            pos = self.offsets[start] if start < len(self.offsets) else len(self.original)
            return pos, pos
        return self.offsets[start], self.offsets[end - 1] + 1


def clean(original: str) -> CleanText:
    """Remove Word artefacts and fold typographic characters, keeping an offset map."""
    kept: list[str] = []
    offsets = array("q")
    pos = 0
    for match in _ARTEFACT.finditer(original):
        kept.append(original[pos : match.start()])
        offsets.extend(range(pos, match.start()))
        pos = match.end()
    kept.append(original[pos:])
    offsets.extend(range(pos, len(original)))
    text = "".join(kept).translate(_FOLD)
    return CleanText(original=original, text=text, offsets=offsets)
