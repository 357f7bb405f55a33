"""Shared fixtures, and each test's tier (a marker named after its folder: unit, pipeline, operations)."""

from pathlib import Path

import pytest

from indicators.catalogue import Catalogue, load


@pytest.fixture(scope="session")
def catalogue() -> Catalogue:
    return load()


TIERS = ("unit", "pipeline", "operations")


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Mark every test with its tier, so `-m unit` (or `pipeline`, `operations`) chooses it."""
    here = Path(__file__).parent
    for item in items:
        tier = Path(item.fspath).relative_to(here).parts[0]
        if tier in TIERS:
            item.add_marker(tier)
