"""The rule registry: one place, explicit order, and every rule's example extracts exactly what it says."""

import pytest

from indicators.catalogue import Catalogue
from indicators.rules import PERIOD_RULES, RULES
from tests.phrasings.bank import FAMILIES, Item, parse_expectation, score


def test_rules_are_named_once_and_period_rules_are_tried_in_registry_order() -> None:
    names = [r.name for r in RULES]
    assert len(names) == len(set(names))
    assert [r.name for r in PERIOD_RULES] == [r.name for r in RULES if r.kind == "period"]
    assert all(r.find is not None for r in PERIOD_RULES)
    assert {r.family for r in RULES} <= set(FAMILIES)
    assert all(r.examples for r in RULES)


@pytest.mark.parametrize("rule", RULES, ids=[r.name for r in RULES])
def test_each_example_yields_exactly_its_observations(rule, catalogue: Catalogue) -> None:
    for text, expected in rule.examples:
        item = Item(
            id=rule.name,
            part="rules",
            family=rule.family,
            section="DEMOGRAPHY",
            paragraphs=(text,),
            reporting_period=rule.reporting_period,
            expect=tuple(parse_expectation(e, catalogue) for e in expected),
        )
        result = score(item, catalogue)
        assert not result.missed and not result.extra, (
            f"missed {[str(e) for e in result.missed]}, extra {[str(e) for e in result.extra]}"
        )


def test_the_example_of_each_period_rule_is_read_by_that_rule(catalogue: Catalogue) -> None:
    from tests.helpers import observe

    for rule in PERIOD_RULES:
        text, _ = rule.examples[0]
        obs = observe([text], rule.reporting_period)
        assert rule.name in set(obs["rule"]), f"{rule.name}: read by {sorted(set(obs['rule']))}"
