"""A key written twice in a YAML mapping is refused, in data files and sidecars alike."""

from pathlib import Path

import pytest

from indicators import documents
from indicators.catalogue import DATA
from indicators.readers import DocumentError
from indicators.yamlfile import DuplicateKeyError, parse_yaml, read_yaml


def test_a_key_written_twice_is_refused_with_its_line() -> None:
    text = "- code: A\n  terms: [x]\n  # a section comment\n  terms: [y]\n"
    with pytest.raises(DuplicateKeyError, match=r"key 'terms' is written twice") as caught:
        parse_yaml(text)
    assert "line 4" in str(caught.value)


def test_equal_keys_in_different_mappings_are_fine() -> None:
    assert parse_yaml("- terms: [x]\n- terms: [y]\n") == [{"terms": ["x"]}, {"terms": ["y"]}]


@pytest.mark.parametrize("name", sorted(p.name for p in DATA.glob("*.yaml")))
def test_every_data_file_reads_without_a_key_written_twice(name: str) -> None:
    assert read_yaml(DATA / name)


def test_a_sidecar_with_a_key_written_twice_is_refused_by_name(tmp_path: Path) -> None:
    report = tmp_path / "report.txt"
    report.write_text("1. In 2020, 997 early marriages were registered.\n", encoding="utf-8")
    (tmp_path / "report.yaml").write_text("ref_area: KZ\nref_area: KG\n", encoding="utf-8")
    with pytest.raises(
        DocumentError, match=r"(?s)report.yaml: malformed sidecar metadata: .*'ref_area' is written twice"
    ):
        documents.load(report)
