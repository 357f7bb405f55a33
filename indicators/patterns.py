"""Many patterns searched in one text, each only where the words it cannot match without are present.

The catalogue's terms and the place names are hundreds of small patterns, and a sentence names few of them.
Each pattern's needle is text that every match of it contains (its longest run of literal characters, or
one of a choice's runs); a substring test rules a pattern out before the regular-expression engine runs.
Results are every pattern's own matches, in the order the patterns were given, as if each were searched alone.
"""

from __future__ import annotations

import re
import re._constants as sre
import re._parser as sre_parse
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Generic, TypeVar

T = TypeVar("T")
Needle = tuple[str, ...]  # a match contains at least one of these
_ZERO_WIDTH = {sre.AT, sre.ASSERT, sre.ASSERT_NOT}
_SHORTEST = 3  # a shorter needle rules out too little to be worth testing


def fold(text: str) -> str:
    """Text as case-insensitive matching sees it: every character that matches 'i' (dotted and dotless) is 'i'."""
    return text.casefold().replace("i\u0307", "i").replace("\u0131", "i")


def _needle(items: list) -> Needle | None:
    """What every match of a parsed sequence contains: its longest literal run, or a choice between runs."""
    candidates: list[Needle] = []
    run: list[str] = []
    for op, arg in [*items, (None, None)]:
        if op is sre.LITERAL:
            run.append(chr(arg))
            continue
        if op in _ZERO_WIDTH:  # "\b", look-arounds: the characters either side are still adjacent
            continue
        candidates.append(("".join(run),))
        run = []
        if op is sre.BRANCH:
            choices = [_needle(list(branch)) for branch in arg[1]]
            if all(choices):
                candidates.append(tuple(n for choice in choices for n in choice))
        elif op is sre.SUBPATTERN and not (arg[1] or arg[2]):  # a group with no flags of its own
            candidates.append(_needle(list(arg[3])) or ("",))
        elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT) and arg[0] >= 1:
            candidates.append(_needle(list(arg[2])) or ("",))
    best = max(candidates, key=lambda n: min(len(s) for s in n))
    return best if min(len(s) for s in best) >= _SHORTEST and all(s.isascii() for s in best) else None


def needle(pattern: re.Pattern[str]) -> Needle | None:
    """Text every match of `pattern` contains (case-folded for a case-insensitive pattern); None: no such text."""
    try:
        found = _needle(list(sre_parse.parse(pattern.pattern, pattern.flags)))
    except (re.error, TypeError, ValueError, IndexError):
        return None
    if found and pattern.flags & re.IGNORECASE:
        return tuple(fold(s) for s in found)
    return found


@dataclass(frozen=True)
class PatternSet(Generic[T]):
    members: tuple[tuple[re.Pattern[str], Needle | None, bool, T], ...]  # pattern, needle, folded?, payload

    @classmethod
    def of(cls, patterns: Iterable[tuple[re.Pattern[str], T]]) -> PatternSet[T]:
        return cls(tuple((p, needle(p), bool(p.flags & re.IGNORECASE), payload) for p, payload in patterns))

    def finditer(self, text: str) -> Iterator[tuple[T, re.Match[str]]]:
        """Each pattern's matches in `text` with its payload, patterns in the order they were given."""
        folded = fold(text)
        for pattern, needle_, insensitive, payload in self.members:
            if needle_ is not None and not any(n in (folded if insensitive else text) for n in needle_):
                continue
            for m in pattern.finditer(text):
                yield payload, m
