"""Shared fixtures."""

import pytest

from indicators.catalogue import Catalogue, load


@pytest.fixture(scope="session")
def catalogue() -> Catalogue:
    return load()
