"""Units are data (indicators/data/units.yaml): how each is written, what kind of value it is, what fits what."""

from pathlib import Path

import pytest

from indicators.catalogue import load
from indicators.mentions import classify
from indicators.units import UNITS, VALUE_KIND, _load
from tests.helpers import observe, values


@pytest.mark.parametrize(
    ("sentence", "figure", "unit"),
    [
        ("Coverage reached 98.4 per cent in 2023.", "98.4", "percent"),
        ("Coverage reached 98.4% in 2023.", "98.4", "percent"),
        ("Infant mortality was 7.6 per 1,000 live births.", "7.6", "per_1000_live_births"),
        ("Maternal mortality was 13.7 per 100 000 live births.", "13.7", "per_100000_live_births"),
        ("Suicides stood at 4.9 per 100,000 minors of that age.", "4.9", "per_100000"),
        ("Doctors numbered 38.1 per 10,000 population.", "38.1", "per_10000"),
        ("The birth rate was 21.8 per 1,000 population.", "21.8", "per_1000"),
        ("The allowance is 45,000 tenge a month.", "45,000", "tenge"),
        ("The allowance is KZT 45,000 a month.", "45,000", "tenge"),
        ("The grant was US$ 120,000.", "120,000", "usd"),
        ("The number grew 2.4 times.", "2.4", "times"),
        ("Life expectancy was 73.2 years.", "73.2", "duration"),
        ("The region covers 2,724 km2.", "2,724", "measure"),
        ("There were 1,240 children.", "1,240", "count"),
    ],
)
def test_each_unit_is_read_from_how_it_is_written(sentence: str, figure: str, unit: str) -> None:
    assert {m.token.text: m.unit for m in classify(sentence)}[figure] == unit


def test_the_figure_and_the_published_value_share_one_code_list() -> None:
    """Every unit a figure can be read in, and every indicator's unit, is a code of units.yaml."""
    cat = load()
    assert {i.unit for i in cat.indicators.values()} <= set(UNITS)
    assert all(UNITS[i.unit].indicators and UNITS[i.unit].kind == i.kind for i in cat.indicators.values())
    assert VALUE_KIND["per_1000"] == "rate" and "tenge" not in VALUE_KIND and "times" not in VALUE_KIND


def test_a_rate_is_published_only_for_an_indicator_of_the_same_base() -> None:
    """A rate per 100,000 is never an indicator per 1,000, whatever the sentence calls it."""
    obs = observe(
        [
            "In 2022 the adolescent birth rate among girls aged 15-19 was 18.2 per 100,000, and in 2023 it was "
            "17.5 per 1,000.",
            "In 2021 infant mortality stood at 8.1 per 1,000, against 7.9 per 100,000 live births in 2022 and "
            "6.3 per 10,000 in 2023.",
        ]
    )
    assert values(obs) == {
        ("ADOLESCENT_BIRTH_RATE", "KZ", "_T", "Y15T19", 2023, 2023, 17.5, "A"),
        ("INFANT_MORTALITY", "KZ", "_T", "_T", 2021, 2021, 8.1, "A"),
    }


def test_a_heading_names_the_unit_of_the_bare_figures_under_it() -> None:
    obs = observe(["Life expectancy at birth, years: 2021 — 70.2; 2022 — 73.2."])
    assert {(r.period_start, r.obs_value, r.unit_measure) for r in obs.itertuples()} == {
        (2021, 70.2, "years"),
        (2022, 73.2, "years"),
    }


def test_units_file_refuses_an_unknown_kind(tmp_path: Path) -> None:
    bad = tmp_path / "units.yaml"
    bad.write_text("units:\n  - {code: litres, kind: volume, name: Litres}\n", encoding="utf-8")
    with pytest.raises(ValueError, match="unknown kind 'volume'"):
        _load(bad)


def test_a_unit_added_to_the_file_is_recognised_without_code(tmp_path: Path) -> None:
    """Adding a unit is a data change: a new entry is read with its patterns, kind and nouns."""
    added = tmp_path / "units.yaml"
    added.write_text(
        "units:\n  - {code: per_10_000_births, kind: rate, name: Per 10,000 births, per: 10000,"
        " written: ['per 10[, ]?000 births']}\n",
        encoding="utf-8",
    )
    unit = _load(added)["per_10_000_births"]
    assert unit.kind == "rate" and unit.per == 10000 and unit.written[0].match(" per 10 000 births")
