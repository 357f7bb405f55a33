"""Numbers that are never values, and the roles numbers get from their context."""

import pytest

from indicators.mentions import classify


def roles(text: str) -> dict[str, str]:
    return {m.token.text: m.role for m in classify(text)}


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "In April 2016, Act No. No. 501-V amending certain acts was adopted.",
            {"2016": "date", "501-V": "legal_reference"},
        ),
        ("Order No. 235 of 25 May 2021 was adopted.", {"235": "legal_reference", "25": "date", "2021": "date"}),
        ("Presidential Decree No. 384 of 6 December 2016 approved it.", {"384": "legal_reference", "6": "date"}),
        (
            "Offences under arts. 134, 135 and 139 of the Criminal Code.",
            {"134": "legal_reference", "135": "legal_reference", "139": "legal_reference"},
        ),
        (
            "See paragraphs 34 and 35 of the concluding observations.",
            {"34": "legal_reference", "35": "legal_reference"},
        ),
        ("Under art. 139, and article 114-1 of the Code.", {"139": "legal_reference", "114-1": "legal_reference"}),
        ("A hotline under the phone number 87172-742528 works.", {"87172-742528": "identifier"}),
        ("A national free helpline (11616) operates.", {"11616": "identifier"}),
        ("Psychologists at the LA-155/6 facility help.", {"LA-155/6": "identifier"}),
        (
            "The report (CRC/C/KAZ/CO/4) was considered at its 2030th meeting.",
            {"CRC/C/KAZ/CO/4": "identifier", "2030th": "identifier"},
        ),
        ("It was adopted on 9 April 2016.", {"9": "date", "2016": "date"}),
        ("The plan for the period 2020–2023 was adopted.", {"2020–2023": "year"}),
        (
            "Children between 5 and 17 years of age and those under 14 years of age.",
            {"5": "age", "17": "age", "14": "age"},
        ),
        ("It decreased by a factor of 4.3.", {"4.3": "change"}),
        ("It decreased by 5,009 since 2016.", {"5,009": "change", "2016": "year"}),
        ("The ratio ranges from 104.6 to 105.9 per cent.", {"104.6": "range_bound", "105.9": "range_bound"}),
        ("The payment came to 498,700 tenge.", {"498,700": "money"}),
        ("It is six times the monthly calculation index.", {"six": "context"}),
        ("The area is 18,311.4 km².", {"18,311.4": "context"}),
        (
            "Steps for: (1) education; (2) health; and (3) other bodies.",
            {"1": "identifier", "2": "identifier", "3": "identifier"},
        ),
        (
            "Textbooks for children in grades 0, 1, 2, 5, and 7.",
            {"0": "identifier", "5": "identifier", "7": "identifier"},
        ),
        ("The rate was 8.77 per 1,000 live births.", {"1,000": "context"}),
        # a person's age at an event, the youngest or oldest one's age, an average age
        ("Aigerim, who was married at 15, left school.", {"15": "age"}),
        ("Some 212 girls gave birth before reaching 16 in 2019.", {"16": "age", "212": "value"}),
        ("The youngest orphan placed in the centre that year was 3.", {"3": "age"}),
        ("The mean age of the juveniles detained in 2021 stood at 16.4.", {"16.4": "age"}),
        # yearly averages over a span are no one year's value; a year earlier is a year
        ("Over 2016-2020 the courts heard 9,870 adoption cases, about 1,970 a year.", {"1,970": "context"}),
        ("Roughly 340 children annually are placed with foster families.", {"340": "context"}),
        ("There were 1,052 early marriages, 23 fewer than a year earlier.", {"1,052": "value"}),
        # confidence levels and intervals, ratios to a non-population base
        ("Stunting was 8.1% (95% CI: 7.2-9.0%) in 2015.", {"95": "context", "8.1": "value"}),
        ("Nurses numbered 171,200, i.e. 2.2 per physician.", {"2.2": "context", "171,200": "value"}),
        ("The ratio of pupils to teachers, about 11.8, is low.", {"11.8": "context"}),
    ],
)
def test_roles(sentence: str, expected: dict[str, str]) -> None:
    got = roles(sentence)
    assert {k: got[k] for k in expected} == expected


def test_value_candidates_carry_unit_noun_and_year() -> None:
    ms = {
        m.token.text: m
        for m in classify("In 2023, 1 204 early marriages and 4.5% for girls (there were 1,310 in 2022).")
    }
    assert ms["1 204"].is_value and ms["1 204"].noun == "early marriages" and ms["1 204"].value == 1204
    assert ms["4.5"].unit == "percent"
    assert ms["1,310"].period_after == (2022, 2022)


def test_number_words_are_values() -> None:
    m = next(m for m in classify("The Commissioner received seven applications.") if m.token.text == "seven")
    assert m.is_value and m.value == 7 and m.noun == "applications"


def test_bounds_are_not_values_but_rounded_figures_are() -> None:
    ms = {
        m.token.text: m for m in classify("There are more than 75,000 groups; some 430,700 people received allowances.")
    }
    assert ms["75,000"].role == "range_bound" and "more than" in ms["75,000"].reason
    assert ms["430,700"].is_value and ms["430,700"].value == 430700


def test_rate_base_is_context() -> None:
    ms = {m.token.text: m for m in classify("The rate was 8.77 per 1,000 live births.")}
    assert ms["8.77"].unit == "per_1000_live_births" and ms["1,000"].role == "context"


def test_abbreviated_thousands_are_exact() -> None:
    """ "1,024.6 ths." is 1,024,600, a whole count (not 1,024,599.9999999999)."""
    assert [m.value for m in classify("TSA recipients: 1,024.6 ths. pers., 932.8 thsd children")] == [1024600, 932800]
