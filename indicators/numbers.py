"""Find number tokens in text and parse them.

Handles "1,075", "23,410", "99.8", "1 012" (a space as thousands separator; no-break
spaces are folded to spaces by `indicators.text`), small number words ("seven",
"Forty-three") and compounds that carry digits but are not plain numbers ("501-V",
"CRC/C/58/Rev.3", "2020-2023"), which are returned so they can be classified.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_UNITS = "two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen".split()
_TENS = "twenty thirty forty fifty sixty seventy eighty ninety".split()
_WORD_VALUES: dict[str, int] = {w: i + 2 for i, w in enumerate(_UNITS)}
_WORD_VALUES.update({w: 20 + 10 * i for i, w in enumerate(_TENS)})
_ONES = {w: i + 2 for i, w in enumerate(_UNITS[:8])}
_ONES["one"] = 1
_SMALL = (
    r"(?:(?:" + "|".join(_TENS) + r")-(?:" + "|".join(_ONES) + r")"
    r"|" + "|".join(sorted(_WORD_VALUES, key=len, reverse=True)) + ")"
)
# "one hundred and twenty-one", "two thousand four hundred": a multiplier word needs a count before it.
_HUNDREDS = (
    r"(?:(?:one|"
    + _SMALL
    + r")\s+hundred(?:\s+(?:and\s+)?(?:"
    + _SMALL
    + r"|one)(?!\s+(?:hundred|thousand)))?|"
    + _SMALL
    + ")"
)
_WORD_PATTERN = (
    r"(?:(?:one|" + _SMALL + r")\s+thousand(?:,?\s+(?:and\s+)?(?:" + _HUNDREDS + r"|one))?|" + _HUNDREDS + ")"
)

TOKEN = re.compile(
    r"(?:(?<![\w/.\-–])|(?<=\bend-)|(?<=\bmid-))"  # "end-2021", "mid-2022": the year is a number of its own
    r"(?:"
    # "1,200-1,500", "1 200–1 500", "1,200/1,500": a range of grouped numbers is one compound, never "500"
    r"(?P<range>\d{1,3}(?:,\d{3})+(?:\.\d+)?(?:\s?[-–]\s?|/)\d{1,3}(?:,\d{3})+(?:\.\d+)?"
    r"|\d{1,3}(?: \d{3})+\s?[-–]\s?\d{1,3}(?: \d{3})+)(?![\w/\-–]|[.,]\d)"
    r"|(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d{1,3}(?: \d{3})+(?!\d)(?:[.,]\d{1,2}(?!\d))?"
    r"|\d+,\d{1,2}(?!\d|,\d)|\d+(?:\.\d+)?)"
    r"(?![\w/\-–]|[.,]\d)"
    r"|(?!(?:end|mid)-(?:19|20)\d\d\b)(?P<compound>[\w./\-–]*\d(?:[\w./\-–]*\w)?)"
    r"|(?P<word>\b(?:" + _WORD_PATTERN + r")\b)"
    r")",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Token:
    """One numeric mention: where it is, what it says, and its value if it is a plain number."""

    start: int
    end: int
    text: str
    kind: str  # 'number' | 'word' | 'compound' | 'range' ("1,200-1,500")
    value: float | None


def decimal_comma(text: str) -> bool:
    """Whether a number is written with a decimal comma: "8,43", "1 146,2" (thousands have three digits)."""
    return re.fullmatch(r"[\d ]+,\d{1,2}", text) is not None


def semicolon_list(gap: str, first: str, second: str) -> bool:
    """Whether two numbers are items of one list written with semicolons because of their decimal commas:
    "72,14; 72,58 and 73,01"."""
    return gap.strip() == ";" and decimal_comma(first) and decimal_comma(second)


def parse_number(text: str) -> float:
    """Parse '1,075', '1 012', '99.8' or a number word into a float."""
    words = re.findall(r"[a-z]+(?:-[a-z]+)?", text.lower())
    if words:
        return float(_word_value(words))
    if decimal_comma(text):
        return float(text.replace(" ", "").replace(",", "."))
    return float(text.replace(",", "").replace(" ", ""))


def _word_value(words: list[str]) -> int:
    """Value of number words already matched by TOKEN: small numbers scaled by 'hundred' and 'thousand'."""
    total = current = 0
    for word in words:
        if word == "hundred":
            current *= 100
        elif word == "thousand":
            total, current = (total + current) * 1000, 0
        elif word != "and":
            tens, _, ones = word.partition("-")
            current += _WORD_VALUES.get(tens, 1) + (_ONES[ones] if ones else 0)
    return total + current


def scan(text: str) -> list[Token]:
    """Every numeric mention in `text`, in order."""
    tokens: list[Token] = []
    for m in TOKEN.finditer(text):
        if m.group("num"):
            tokens.append(Token(m.start(), m.end(), m.group(), "number", parse_number(m.group())))
        elif m.group("range"):
            tokens.append(Token(m.start(), m.end(), m.group(), "range", None))
        elif m.group("word"):
            tokens.append(Token(m.start(), m.end(), m.group(), "word", parse_number(m.group())))
        else:
            tokens.append(Token(m.start(), m.end(), m.group(), "compound", None))
    return tokens
