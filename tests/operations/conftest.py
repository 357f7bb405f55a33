"""The published workspace that operations tests start from, refreshed once per test process."""

import pytest

from tests.operations.workspace import Workspace, copy_of, workspace


@pytest.fixture(scope="session")
def template(tmp_path_factory: pytest.TempPathFactory) -> Workspace:
    """Both shipped reports, published by a real `bala refresh`; tests take copies, never this one."""
    ws = workspace(tmp_path_factory.mktemp("template"))
    result = ws.refresh()
    assert result.returncode == 0, result.stderr
    return ws


@pytest.fixture
def published(template: Workspace, tmp_path_factory: pytest.TempPathFactory) -> Workspace:
    """A copy of the published template of the test's own."""
    return copy_of(template, tmp_path_factory.mktemp("published"))
