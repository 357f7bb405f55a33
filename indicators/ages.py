"""Ages stated in a sentence, as SDMX-style age codes ('Y5T17', 'Y_LT18').

An age group that is part of how a concept is named ("pregnancies among girls under 18",
"mortality of children under five") defines the concept and is not a stated age; the caller
blanks those spans out before asking.
"""

from __future__ import annotations

import re

_WORDS = (
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen "
    "eighteen nineteen twenty"
).split()
# an age as written: "6", "six"
AGE_NUMBER = r"(?:\d{1,2}|" + "|".join(sorted(_WORDS, key=len, reverse=True)) + r")"
_N = AGE_NUMBER
_AGE_RANGE = re.compile(
    rf"\b(?:aged|ages? of|between the ages of|between|from)\s+({_N})\s*(?:and|to|through|-|–)\s*({_N})\s*years?(?: of age| old)?"
    rf"|\b(?:aged|ages|ages? of|between the ages of) (?:between |from )?({_N})\s*(?:and|to|through|-|–)\s*({_N})\b"
    rf"|\b({_N})-?\s*(?:to|-|–)\s*-?({_N})[- ]year[- ]olds?\b"  # "3-to-6-year-olds", "three- to six-year-olds"
    rf"|\b({_N})\s*(?:to|-|–)\s*({_N})\s+age\s+(?:group|bracket|cohort)\b|\bage\s+group\s+(?:of\s+)?({_N})\s*(?:to|-|–)\s*({_N})\b"
    rf"|(?:(?<=children )|(?<=children of )|(?<=girls )|(?<=adolescents )|(?<=\())({_N})\s*(?:-|–|to)\s*({_N})\s+years\b"  # "children 3–6 years"
    rf"|(?<=children )({_N})\s*(?:-|–)\s*({_N})(?![\d.,/–-]|\s*(?:per\s?cent|%))",  # "children 6-15 used"
    re.IGNORECASE,
)
_AGE_UNDER = re.compile(
    rf"\b(?:under|below|(?:at the age )?(?:till|until)|up to the age of) (?:the age of )?({_N})(?: years?(?: of age)?)?\b(?!\s*(?:per\s?cent|percent|%|[.,]\d))",
    re.IGNORECASE,
)  # "below 70 per cent of the subsistence minimum" is no age


def age_number(text: str) -> int:
    """An age written in digits or words."""
    word = text.lower()
    return _WORDS.index(word) if word in _WORDS else int(word)


THAT_AGE = re.compile(
    r"\b(?:of (?:that|the same|this) age|(?:in|among|of|for) (?:that|the same|this) age group|such children)\b",
    re.IGNORECASE,
)


def age_codes(text: str) -> list[tuple[int, str]]:
    """(position, code) of every age group stated in `text`, in order."""
    found = [  # each alternative of the pattern has its own (from, to) pair of groups
        (m.start(), f"Y{age_number(low)}T{age_number(high)}")
        for m in _AGE_RANGE.finditer(text)
        for low, high in [[g for g in m.groups() if g][:2]]
    ]
    found += [(m.start(), f"Y_LT{age_number(m.group(1))}") for m in _AGE_UNDER.finditer(text)]
    return sorted(found)


def age_spans(text: str) -> list[tuple[int, int]]:
    """Where an age group is stated in `text`: its numbers are ages, never counts ("aged 3 through 6")."""
    return [m.span() for pattern in (_AGE_RANGE, _AGE_UNDER) for m in pattern.finditer(text)]


def age_code(text: str) -> tuple[str | None, str]:
    """The one age group stated in `text`, or None; the second item explains an ambiguity."""
    codes = {code for _, code in age_codes(text)}
    if len(codes) > 1:
        return None, "several ages stated: " + ", ".join(sorted(codes))
    return (codes.pop() if codes else None), ""
