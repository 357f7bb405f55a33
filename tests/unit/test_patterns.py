"""The needle test that rules patterns out never rules out a pattern that matches."""

import re

import pytest

from indicators.catalogue import load
from indicators.patterns import PatternSet, fold, needle
from indicators.places import _patterns
from tests.phrasings.bank import PARTS, load_bank


@pytest.mark.parametrize(
    ("pattern", "flags", "expected"),
    [
        (r"(?<![\w-])(?:early|child|under-?age)\s+marriages?(?![\w-])", re.IGNORECASE, ("marriage",)),
        (r"\bcity of Almaty\b", 0, ("city of Almaty",)),
        (r"(?:orphans|children without parental care)", re.IGNORECASE, ("orphans", "children without parental care")),
        (r"(?:orphans|of)\s+care", re.IGNORECASE, ("care",)),  # "of" is too short to rule anything out
        (r"(?:x)?\d+", 0, None),  # nothing every match contains
        (r"(?:abc)+def", 0, ("abc",)),  # a repeat at least once is required text
        (r"(?:abc)*de", 0, None),
        (r"(?i:Almaty)\s+region", 0, ("region",)),  # the group folds case, the pattern does not: its own text only
        (r"İstanbul", re.IGNORECASE, None),  # not ASCII: no needle
    ],
)
def test_a_needle_is_text_every_match_contains(pattern: str, flags: int, expected: tuple | None) -> None:
    assert needle(re.compile(pattern, flags)) == expected


def test_case_insensitive_matching_and_folding_agree_on_dotless_and_dotted_i() -> None:
    pattern = re.compile(r"orphans\s+in", re.IGNORECASE)
    for text in ("ORPHANS IN", "orphans ın", "orphans İn", "Orphans In"):
        assert pattern.search(text)
        assert [m.group() for _, m in PatternSet.of([(pattern, None)]).finditer(text)] == [text]
        assert "orphans" in fold(text)


def test_every_catalogue_and_place_pattern_finds_what_it_finds_alone_in_the_whole_bank() -> None:
    catalogue = load()
    concepts = [(p, i.code) for i in catalogue.indicators.values() for p in (*i.terms, *i.predicates)]
    places = [(p, payload) for p, _, _, payload in _patterns(catalogue).named.members]
    texts = [paragraph for item in load_bank(PARTS, catalogue) for paragraph in item.paragraphs][::5]  # 1 in 5: 2 s
    assert len(concepts) > 100 and len(places) > 100 and len(texts) > 250
    for members in (concepts, places):
        fast = PatternSet.of(members)
        assert sum(n is not None for _, n, _, _ in fast.members) > len(members) / 2  # most are ruled out cheaply
        for text in texts:
            alone = [(payload, m.span()) for p, payload in members for m in p.finditer(text)]
            assert [(payload, m.span()) for payload, m in fast.finditer(text)] == alone, text
