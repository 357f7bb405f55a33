"""Refreshes that repeat: the same input publishes identical tables, and only what changed is extracted again.

Every test drives the real `bala refresh` command on a copy of a published workspace.
"""

from tests.operations.workspace import Workspace


def test_refreshing_twice_publishes_identical_tables(published: Workspace) -> None:
    first = published.checksums()
    result = published.refresh("--full")
    assert result.returncode == 0, result.stderr
    assert "extracted 2, failed 0" in result.stdout  # really extracted and published again
    assert published.checksums() == first


def test_only_changed_documents_are_extracted_again(published: Workspace) -> None:
    first, sha = published.checksums(), published.sha()
    again = published.refresh()
    assert again.returncode == 0 and "extracted 0, failed 0, unchanged 2" in again.stdout
    assert "nothing changed since the last publish" in again.stdout
    assert published.sha() == sha and published.checksums() == first  # not even rewritten
    with (published.raw / "CRC_C_KAZ_CO_4.txt").open("a", encoding="utf-8") as f:
        f.write("70.\tA paragraph added to the report.\n")
    changed = published.refresh()
    assert changed.returncode == 0 and "extracted 1, failed 0, unchanged 1" in changed.stdout


def test_parallel_extraction_publishes_the_same_tables(published: Workspace) -> None:
    first = published.checksums()
    result = published.refresh("--full", "--jobs", "2")
    assert result.returncode == 0, result.stderr
    assert "extracted 2, failed 0, unchanged 0" in result.stdout
    assert published.checksums() == first
