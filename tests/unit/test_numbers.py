import pytest

from indicators.numbers import parse_number, scan


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("1,075", 1075),
        ("23,410", 23410),
        ("99.8", 99.8),
        ("1 012", 1012),
        ("403,400", 403400),
        ("16,252.9", 16252.9),
        ("seven", 7),
        ("Forty-three", 43),
        ("twelve", 12),
    ],
)
def test_parse_number(text: str, value: float) -> None:
    assert parse_number(text) == value


def test_no_break_space_thousands_after_cleaning() -> None:
    from indicators.text import clean

    tokens = scan(clean("There were 1\u00a0012 children and 2\u202f345 adults.").text)
    assert [t.value for t in tokens] == [1012, 2345]


def test_compounds_are_not_plain_numbers() -> None:
    tokens = scan("Act No. 501-V, LA-155/6, CRC/C/58/Rev.3, COVID-19, the 2030th meeting, 2016/17 and 2020–2023.")
    assert [(t.text, t.kind) for t in tokens] == [
        ("501-V", "compound"),
        ("LA-155/6", "compound"),
        ("CRC/C/58/Rev.3", "compound"),
        ("COVID-19", "compound"),
        ("2030th", "compound"),
        ("2016/17", "compound"),
        ("2020–2023", "compound"),
    ]


def test_sentence_final_number_keeps_its_value() -> None:
    assert [t.value for t in scan("It decreased from 146 to 98.")] == [146, 98]


def test_a_year_after_end_or_mid_is_a_number() -> None:
    """ "end-2021", "mid-2022" date a figure; "COVID-19" stays a name."""
    assert [(t.text, t.kind) for t in scan("At end-2021 and mid-2022 (COVID-19): 12")] == [
        ("2021", "number"),
        ("2022", "number"),
        ("COVID-19", "compound"),
        ("12", "number"),
    ]
