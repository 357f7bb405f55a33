"""The floors of the code (../shared/DESIGN.md): pipelines → publishing → schemas → indicators, imports only
downward, and Dagster only in pipelines/."""

import ast
from pathlib import Path

import pytest

from tests.helpers import ROOT

FLOORS = ["pipelines", "publishing", "schemas", "indicators"]


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names |= {a.name.split(".")[0] for a in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module.split(".")[0])
    return names


@pytest.mark.parametrize("floor", FLOORS[1:])
def test_a_floor_imports_only_the_floors_below_it_and_no_dagster(floor: str) -> None:
    above = set(FLOORS[: FLOORS.index(floor)]) | {"dagster", "dagster_webserver"}
    offending = {str(path.relative_to(ROOT)): sorted(_imports(path) & above) for path in (ROOT / floor).rglob("*.py")}
    assert {k: v for k, v in offending.items() if v} == {}
