"""Pandera validation: broken rows go to quarantine with the check and the reason; good rows pass."""

import pandas as pd
import pytest

from schemas.ddl import create_table
from schemas.tables import TABLES, conform
from schemas.validation import split


def row(**changes) -> dict:
    base = {
        "indicator_code": "CHILD_SUICIDES",
        "ref_area": "KZ",
        "sex": "_T",
        "age": "Y5T17",
        "residence": "_T",
        "system": "_T",
        "period_start": 2020,
        "period_end": 2020,
        "obs_value": 144.0,
        "unit_measure": "persons",
        "obs_status": "A",
        "derivation": "",
        "source_document": "doc",
        "paragraph": 306,
        "sentence_index": 2,
        "figure_index": 10,
        "char_start": 100,
        "char_end": 103,
        "quote": "In 2020, 144 child suicides were recorded.",
        "rule": "sentence_year",
    }
    return base | changes


def check(rows: list[dict], catalogue) -> tuple[pd.DataFrame, pd.DataFrame]:
    return split(pd.DataFrame(rows), "observation", catalogue)


def test_valid_rows_pass(catalogue) -> None:
    good, bad = check([row(), row(sex="M", obs_value=90.0), row(sex="F", obs_value=54.0)], catalogue)
    assert len(good) == 3 and bad.empty


@pytest.mark.parametrize(
    ("change", "check_name"),
    [
        ({"indicator_code": "NOT_IN_CATALOGUE"}, "indicator_code_in_codelist"),
        ({"sex": "X"}, "sex_in_codelist"),
        ({"ref_area": "KZ-99"}, "ref_area_in_codelist"),
        ({"obs_status": "Q"}, "obs_status_in_codelist"),
        ({"obs_value": 232.3}, "count_is_whole"),
        ({"obs_value": -1.0}, "obs_value_greater_than_or_equal_to"),
        ({"period_start": 1890, "period_end": 1890}, "period_start_greater_than_or_equal_to"),
        ({"period_start": 2021}, "period_ordered"),
        ({"unit_measure": "percent"}, "unit_matches_indicator"),
        ({"obs_status": "E"}, "derivation_matches_status"),
        (
            {"indicator_code": "NER_PRIMARY", "unit_measure": "percent", "age": "_T", "obs_value": 104.0},
            "value_in_indicator_range",
        ),
    ],
)
def test_broken_row_is_quarantined_with_check_and_reason(catalogue, change: dict, check_name: str) -> None:
    second = row(figure_index=2, period_start=2019, period_end=2019) | change
    good, bad = check([row(figure_index=1), second], catalogue)
    assert len(good) == 1 and len(bad) == 1
    assert check_name in bad.loc[0, "check_name"].split(";")
    assert bad.loc[0, "reason"]


def test_gross_ratio_may_exceed_100(catalogue) -> None:
    good, bad = check(
        [row(indicator_code="GER_SECONDARY", unit_measure="percent", age="_T", obs_value=105.4)], catalogue
    )
    assert len(good) == 1 and bad.empty


def test_two_values_for_one_key_quarantine_both(catalogue) -> None:
    good, bad = check([row(obs_value=176.0, paragraph=425), row(obs_value=177.0, paragraph=425)], catalogue)
    assert good.empty
    assert bad["check_name"].tolist() == ["key_unique", "key_unique"]
    assert sorted(bad["obs_value"]) == [176.0, 177.0]


def test_parts_that_do_not_sum_to_the_total_are_all_quarantined(catalogue) -> None:
    good, bad = check([row(obs_value=843.0), row(sex="M", obs_value=543.0), row(sex="F", obs_value=301.0)], catalogue)
    assert good.empty
    assert set(bad["check_name"]) == {"parts_sum_to_total"}


def test_share_must_agree_with_part_and_whole(catalogue) -> None:
    def care(code: str, value: float, unit: str = "persons") -> dict:
        return row(indicator_code=code, age="_T", obs_value=value, unit_measure=unit)

    rows = [
        care("CHILDREN_WITHOUT_PARENTAL_CARE", 23410.0),
        care("CHILDREN_IN_FAMILY_CARE", 19156.0),
        care("CHILDREN_IN_FAMILY_CARE_SHARE", 81.8, "percent"),
    ]
    good, bad = check(rows, catalogue)
    assert len(good) == 3 and bad.empty
    rows[2] = care("CHILDREN_IN_FAMILY_CARE_SHARE", 71.8, "percent")
    good, bad = check(rows, catalogue)
    assert good.empty and set(bad["check_name"]) == {"share_agrees_with_counts"}


def test_ddl_has_a_comment_for_every_column() -> None:
    for name, table in TABLES.items():
        statements = create_table(name)
        comments = [s for s in statements if s.startswith("COMMENT ON COLUMN")]
        assert len(comments) == len(table.columns), name


def test_yearly_values_must_add_up_to_the_period_total(catalogue) -> None:
    def offence(start: int, end: int, value: float, figure: int) -> dict:
        return row(
            indicator_code="OFFENCES_CC_135",
            age="_T",
            unit_measure="offences",
            period_start=start,
            period_end=end,
            obs_value=value,
            figure_index=figure,
        )

    rows = [
        offence(2016, 2018, 20.0, 0),
        offence(2016, 2016, 9.0, 1),
        offence(2017, 2017, 6.0, 2),
        offence(2018, 2018, 5.0, 3),
    ]
    good, bad = check(rows, catalogue)
    assert len(good) == 4 and bad.empty
    rows[3] = offence(2018, 2018, 4.0, 3)
    good, bad = check(rows, catalogue)
    assert good.empty and set(bad["check_name"]) == {"years_sum_to_period_total"}


def test_urban_and_rural_must_add_up_to_the_total(catalogue) -> None:
    def libraries(residence: str, value: float) -> dict:
        return row(
            indicator_code="CHILDREN_LIBRARIES",
            age="_T",
            unit_measure="institutions",
            residence=residence,
            obs_value=value,
        )

    good, bad = check([libraries("_T", 3962.0), libraries("R", 3423.0), libraries("U", 539.0)], catalogue)
    assert len(good) == 3 and bad.empty
    good, bad = check([libraries("_T", 3962.0), libraries("R", 3423.0), libraries("U", 540.0)], catalogue)
    assert good.empty and set(bad["check_name"]) == {"parts_sum_to_total"}


def test_an_empty_table_is_valid(catalogue) -> None:
    from schemas.validation import failures

    assert failures(conform(pd.DataFrame(), "observation"), "observation", catalogue).empty


def test_a_misspelt_or_missing_column_is_an_error_not_an_empty_column() -> None:
    good = conform(pd.DataFrame(), "observation")
    row = {c: None for c in good.columns}
    with pytest.raises(ValueError, match=r"columns \['ref_aera'\] are not in the table"):
        conform(pd.DataFrame([{**row, "ref_aera": "KZ"}]), "observation")
    with pytest.raises(ValueError, match=r"columns \['quote'\] are missing"):
        conform(pd.DataFrame([{k: v for k, v in row.items() if k != "quote"}]), "observation")
