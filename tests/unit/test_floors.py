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


def test_the_extraction_stages_import_each_other_without_a_cycle() -> None:
    """indicators/ is a line of stages (text → segment → numbers → mentions → timex → labels → rules → bind →
    derive): no module reaches back to one that imports it."""

    def stages(path: Path) -> set[str]:
        found = set()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.module == "indicators":
                found |= {a.name for a in node.names}  # from indicators import derive
            elif isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("indicators."):
                found.add(node.module.split(".")[1])
        return found

    graph = {path.stem: stages(path) for path in (ROOT / "indicators").glob("*.py")}

    def reaches(start: str, target: str, seen: set[str]) -> bool:
        return any(d == target or (d not in seen and reaches(d, target, seen | {d})) for d in graph.get(start, ()))

    assert [m for m in graph if reaches(m, m, {m})] == []
    assert {"bind", "derive"} <= graph["extract"] | graph["bind"]  # the chain runs through bind to derive
