from pathlib import Path

from schemas.docs import BEGIN, END, reference
from schemas.tables import TABLES

README = Path(__file__).resolve().parents[2] / "README.md"


def test_readme_table_reference_is_generated_from_the_metadata() -> None:
    text = README.read_text(encoding="utf-8")
    block = text[text.index(BEGIN) : text.index(END) + len(END)]
    assert block == reference(), "run `make docs` after changing schemas/"
    for name, table in TABLES.items():
        assert f"### `{name}`" in block and table.description in block
