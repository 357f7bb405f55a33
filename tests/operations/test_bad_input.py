"""Bad input gets a clear message naming the file and the problem; the other reports are still published,
and nothing already published is lost. Each case runs the real `bala refresh` on files made for it."""

import stat
import subprocess
from pathlib import Path

import duckdb
import pytest

from indicators.documents import MAX_BYTES
from tests.helpers import FIXTURES, RAW
from tests.operations.workspace import BALA, Workspace, workspace
from tests.phrasings.bank import load_planted

NEXT_REPORT = len(load_planted(FIXTURES / "KZ_next_report.expected.yaml").expect)  # all it yields, every one planted

MAIN = "CRC_C_KAZ_5-6"


def _documents(ws: Workspace) -> set[str]:
    with duckdb.connect(str(ws.db), read_only=True) as con:
        return {r[0] for r in con.execute("SELECT DISTINCT source_document FROM observation").fetchall()} | {
            r[0] for r in con.execute("SELECT source_document FROM source_document").fetchall()
        }


def _observations(ws: Workspace, document: str) -> int:
    with duckdb.connect(str(ws.db), read_only=True) as con:
        return con.execute("SELECT count(*) FROM observation WHERE source_document = ?", [document]).fetchone()[0]


@pytest.fixture(scope="module")
def bad_inputs(tmp_path_factory) -> tuple[Workspace, subprocess.CompletedProcess]:
    """One refresh over the shipped reports plus one file of every kind of bad input."""
    ws = workspace(tmp_path_factory.mktemp("bad"))
    (ws.raw / "empty.txt").write_bytes(b"")
    (ws.raw / "binary.txt").write_bytes(bytes(range(256)) * 64)
    russian = "1.\tВ 2020 году зарегистрировано 997 ранних браков.\n".encode("cp1251")
    (ws.raw / "russian_cp1251.txt").write_bytes(russian)
    (ws.raw / "no_paragraphs.txt").write_text(
        "A letter without numbered paragraphs.\nIn 2020, 997 marriages.\n", encoding="utf-8"
    )
    with (ws.raw / "huge.txt").open("wb") as handle:  # 100 MB, sparse: refused before it is read
        handle.truncate(100 * 1024 * 1024)
    (ws.raw / "copy_of_main.txt").write_bytes((RAW / f"{MAIN}.txt").read_bytes())
    (ws.raw / "KZ_next_report.txt").write_bytes((FIXTURES / "KZ_next_report.txt").read_bytes())
    (ws.raw / "KZ_next_report.yaml").write_text("reporting_period: [2021\n  broken: yaml", encoding="utf-8")
    return ws, ws.refresh()


@pytest.mark.parametrize(
    "message",
    [
        "empty.txt: the file is empty",
        "binary.txt: binary file (contains NUL bytes), not a text report",
        "russian_cp1251.txt: not UTF-8 text",
        "no_paragraphs.txt: no numbered paragraphs",
        f"huge.txt: 104,857,600 bytes is over the {MAX_BYTES:,}-byte limit for one report",
        f"copy_of_main.txt: the same content as {MAIN}.txt (SHA-256); only {MAIN}.txt is read",
        "KZ_next_report.yaml: malformed sidecar metadata",
    ],
)
def test_each_bad_file_is_named_with_its_problem(bad_inputs, message: str) -> None:
    _, result = bad_inputs
    assert result.returncode == 1
    assert message in result.stderr


def test_the_good_reports_are_still_published(bad_inputs) -> None:
    ws, result = bad_inputs
    assert "7 document(s) could not be read; the others were published" in result.stderr
    assert _documents(ws) == {MAIN, "CRC_C_KAZ_CO_4"}
    assert _observations(ws, MAIN) == 156
    with duckdb.connect(str(ws.db), read_only=True) as con:  # no mojibake anywhere
        assert con.execute("SELECT count(*) FROM sentence WHERE text LIKE '%Ð%' OR text LIKE '%�%'").fetchone() == (0,)


def test_a_report_that_turns_bad_keeps_its_published_rows_and_a_removed_one_leaves(published: Workspace) -> None:
    ws = published
    for suffix in (".txt", ".yaml"):
        (ws.raw / f"KZ_next_report{suffix}").write_bytes((FIXTURES / f"KZ_next_report{suffix}").read_bytes())
    assert ws.refresh().returncode == 0
    assert _observations(ws, "KZ_next_report") == NEXT_REPORT

    (ws.raw / "KZ_next_report.txt").write_bytes(b"\x00\x01 corrupted")  # the file is overwritten with garbage
    result = ws.refresh()
    assert result.returncode == 1 and "KZ_next_report.txt: binary file" in result.stderr
    assert _observations(ws, "KZ_next_report") == NEXT_REPORT  # nothing already published is lost

    (ws.raw / "KZ_next_report.txt").unlink()  # the report is withdrawn (its sidecar forgotten)
    result = ws.refresh()
    assert result.returncode == 1
    assert "KZ_next_report.yaml: a sidecar (metadata) without its report" in result.stderr
    assert "removed: KZ_next_report" in result.stdout
    assert _observations(ws, "KZ_next_report") == 0
    assert _observations(ws, MAIN) == 156


def test_rows_that_fail_validation_are_reported_with_document_and_check(tmp_path: Path) -> None:
    ws = workspace(tmp_path, reports=())
    (ws.raw / "defective.txt").write_text(
        "1.\tFrom 2017 to 2019, 600 suicides were recorded among children between 5 and 17 years of age, "
        "including 300 boys and 200 girls.\n",
        encoding="utf-8",
    )
    result = ws.refresh()
    assert result.returncode == 0, result.stderr
    assert "quarantined in defective: 3 failing parts_sum_to_total" in result.stdout
    with duckdb.connect(str(ws.db), read_only=True) as con:
        assert con.execute("SELECT count(*) FROM observation").fetchone() == (0,)


def test_document_names_become_safe_partition_keys_and_text_is_never_sql(tmp_path: Path) -> None:
    ws = workspace(tmp_path, reports=())
    nasty = "Доклад\u0007 ..; DROP TABLE observation; --" + "x" * 200 + ".txt"
    (ws.raw / nasty).write_text(
        "1.\tIn 2020, 997 early marriages were registered'); DROP TABLE observation; -- in Kazakhstan.\n",
        encoding="utf-8",
    )
    result = ws.refresh()
    assert result.returncode == 0, result.stderr
    with duckdb.connect(str(ws.db), read_only=True) as con:
        (key,) = con.execute("SELECT source_document FROM source_document").fetchone()
        quote = con.execute("SELECT quote FROM observation").fetchone()[0]
    assert key == ("Doklad_.._DROP_TABLE_observation_--" + "x" * 200)[:64]  # transliterated, then made safe
    assert "DROP TABLE observation; --" in quote  # stored as text, executed nowhere


def test_published_files_follow_the_umask(tmp_path: Path) -> None:
    ws = workspace(tmp_path, reports=("CRC_C_KAZ_CO_4",))
    env = ws.env()
    result = subprocess.run(
        ["sh", "-c", f"umask 027 && exec {BALA} refresh"],
        cwd=ws.root,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert result.returncode == 0, result.stderr
    for path in [ws.db, *ws.curated.glob("*.parquet")]:
        mode = stat.S_IMODE(path.stat().st_mode)
        assert mode & 0o007 == 0, (path.name, oct(mode))  # nothing for others, never world-writable
