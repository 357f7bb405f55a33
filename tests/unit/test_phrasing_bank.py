"""The phrasing bank: its shape, and the promise that nothing in it is ever published wrongly.

Recall is measured, not asserted: `make bench-accuracy` writes it to docs/accuracy.md.
"""

from collections import Counter

import pytest

from indicators.catalogue import Catalogue
from tests.phrasings.bank import FAMILIES, PARTS, Score, load_bank, score, score_all

BANK = load_bank()


@pytest.fixture(scope="session")
def scores(catalogue: Catalogue) -> dict[str, Score]:
    """Every item extracted once and validated together (as fast as one refresh of the whole bank)."""
    return score_all(BANK, catalogue)


def test_the_bank_is_large_varied_and_split_once() -> None:
    parts = Counter(item.part for item in BANK)
    assert len(BANK) >= 300
    assert set(parts) == set(PARTS)
    assert 0.25 <= parts["heldback"] / len(BANK) <= 0.4
    families = Counter(item.family for item in BANK)
    assert set(families) == set(FAMILIES) and len(families) >= 15
    assert all(families[f] >= 6 for f in FAMILIES)
    sections = {item.section for item in BANK}
    assert {"DEMOGRAPHY", "HEALTH", "EDUCATION", "LEISURE", "SOCIAL_PROTECTION", "JUSTICE", "WELFARE"} <= sections
    expects_nothing = sum(not item.expect for item in BANK)
    assert expects_nothing >= 0.2 * len(BANK)


@pytest.mark.parametrize("item", BANK, ids=[item.id for item in BANK])
def test_nothing_is_published_that_the_text_does_not_support(item, scores: dict[str, Score]) -> None:
    """Precision 100 %: every observation extracted from an item is one its author expected."""
    extra = scores[item.id].extra
    assert not extra, f"{item.id} published {[str(e) for e in extra]}"


def test_validating_items_together_scores_each_as_alone(scores: dict[str, Score], catalogue: Catalogue) -> None:
    """The batch validation above changes nothing: an item validated on its own scores the same."""
    sample = [item for item in BANK if item.expect][::40]
    for item in sample:
        alone, together = score(item, catalogue), scores[item.id]
        assert (alone.found, alone.missed, alone.extra) == (together.found, together.missed, together.extra), item.id
