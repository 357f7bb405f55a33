from pathlib import Path

from indicators.rules import RULES
from schemas.docs import BEGIN, END, RULES_BEGIN, RULES_END, reference, rule_table
from schemas.tables import TABLES

README = Path(__file__).resolve().parents[2] / "README.md"


def test_readme_table_reference_is_generated_from_the_metadata() -> None:
    text = README.read_text(encoding="utf-8")
    block = text[text.index(BEGIN) : text.index(END) + len(END)]
    assert block == reference(), "run `make docs` after changing schemas/"
    for name, table in TABLES.items():
        assert f"### `{name}`" in block and table.description in block


def test_readme_rule_table_is_generated_from_the_registry() -> None:
    text = README.read_text(encoding="utf-8")
    block = text[text.index(RULES_BEGIN) : text.index(RULES_END) + len(RULES_END)]
    assert block == rule_table(), "run `make docs` after changing indicators/rules.py"
    assert [line.split("`")[1] for line in block.splitlines() if line.startswith("| `")] == [r.name for r in RULES]
