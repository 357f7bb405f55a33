"""Release folders, the `current` switch, history, pruning, the diff and the settings, on small made-up files."""

import os
from pathlib import Path

import pandas as pd
import pytest

from indicators.catalogue import load
from pipelines.settings import SettingsError, load_settings
from publishing import releases
from publishing.changes import changes
from publishing.compendium_site import change_value
from schemas.tables import OBSERVATION_COLUMNS
from schemas.validation import failures


def _release(curated: Path, run: str, text: str, **manifest) -> releases.Release:
    folder = releases.begin(curated, run)
    (folder / "bala.duckdb").write_text(text)
    (folder / "compendium").mkdir()
    (folder / "compendium" / "index.html").write_text(f"<p>{text}</p>")
    return releases.complete(folder, {"run_id": run, "waiting_for_approval": False, **manifest})


def test_switching_moves_every_user_path_at_once_and_replaces_an_old_layout(tmp_path: Path) -> None:
    (tmp_path / "bala.duckdb").write_text("published before releases")  # a bala without releases left these
    (tmp_path / "compendium").mkdir()
    (tmp_path / "compendium" / "index.html").write_text("old site")
    first = _release(tmp_path, "run00001", "one")
    releases.switch(tmp_path, first)
    assert os.readlink(tmp_path / "bala.duckdb") == "current/bala.duckdb"
    assert (tmp_path / "bala.duckdb").read_text() == "one"
    assert (tmp_path / "compendium" / "index.html").read_text() == "<p>one</p>"
    second = _release(tmp_path, "run00002", "two")
    assert (tmp_path / "bala.duckdb").read_text() == "one"  # complete, but not current until switched
    releases.switch(tmp_path, second)
    assert (tmp_path / "bala.duckdb").read_text() == "two" and releases.current(tmp_path).id == second.id
    assert [r.id for r in releases.history(tmp_path)] == [second.id, first.id]
    assert releases.rollback(tmp_path).id == first.id and (tmp_path / "bala.duckdb").read_text() == "one"
    with pytest.raises(releases.ReleaseError, match="no earlier release"):
        releases.rollback(tmp_path)
    assert not list(tmp_path.glob("*.old-*")) and not list(tmp_path.glob("*.tmp-*"))


def test_pruning_keeps_the_newest_the_current_and_a_waiting_one(tmp_path: Path) -> None:
    made = [_release(tmp_path, f"run{i:05d}", str(i)) for i in range(4)]
    releases.switch(tmp_path, made[0])  # an old one is current (rolled back to)
    waiting = _release(tmp_path, "run00009", "9", waiting_for_approval=True)
    assert releases.waiting(tmp_path) == [waiting]
    removed = releases.prune(tmp_path, keep=2)
    assert sorted(removed) == sorted([made[2].id, made[1].id])
    assert {r.id for r in releases.history(tmp_path)} == {waiting.id, made[3].id, made[0].id}
    assert releases.approve(tmp_path).id == waiting.id and releases.waiting(tmp_path) == []
    assert (tmp_path / "bala.duckdb").read_text() == "9"


def test_repair_removes_what_killed_publishes_left_and_keeps_what_is_live(tmp_path: Path) -> None:
    done = _release(tmp_path, "run00001", "one")
    releases.switch(tmp_path, done)
    unfinished = releases.begin(tmp_path, "run00002")
    never_switched = _release(tmp_path, "run00003", "three")  # killed between its manifest and its switch
    broken = _release(tmp_path, "run00004", "four")
    (broken.path / "bala.duckdb").unlink()  # a prune killed half-way through an older bala, or a hand
    half_pruned = tmp_path / "releases" / "20200101T000000Z-run00005.old-999999999"
    half_pruned.mkdir()
    (half_pruned / "release.json").write_text('{"created": "2020"}')
    dead = tmp_path / "current.tmp-999999999"
    alive = done.path / "compendium" / "index.html.tmp-1"  # pid 1 is alive
    dead.write_text("x")
    alive.write_text("x")
    (tmp_path / "bala.duckdb").unlink()  # killed before the user paths were linked
    removed = releases.repair(tmp_path)
    assert set(removed) == {unfinished, never_switched.path, broken.path, half_pruned, dead}
    assert alive.exists() and (tmp_path / "bala.duckdb").read_text() == "one"
    assert [r.id for r in releases.history(tmp_path)] == [done.id]


def test_rollback_never_goes_to_a_release_that_was_never_current(tmp_path: Path) -> None:
    first = _release(tmp_path, "run00001", "one")
    releases.switch(tmp_path, first)
    orphan = _release(tmp_path, "run00002", "two")  # never switched in
    third = _release(tmp_path, "run00003", "three")
    releases.switch(tmp_path, third)
    assert releases.rollback(tmp_path).id == first.id  # not the newer orphan
    assert orphan.path in releases.repair(tmp_path)


def test_an_approved_release_is_not_waiting_even_if_its_manifest_was_not_rewritten(tmp_path: Path) -> None:
    first = _release(tmp_path, "run00001", "one")
    releases.switch(tmp_path, first)
    staged = _release(tmp_path, "run00002", "two", waiting_for_approval=True)
    releases.switch(tmp_path, staged)  # approved, as a killed approve leaves it
    releases.rollback(tmp_path)
    assert releases.waiting(tmp_path) == []
    with pytest.raises(releases.ReleaseError, match="no release is waiting"):
        releases.approve(tmp_path)


def test_a_curated_folder_from_before_releases_becomes_the_first_release(tmp_path: Path) -> None:
    (tmp_path / "bala.duckdb").write_text("published before releases")
    (tmp_path / "observation.parquet").write_text("rows")
    (tmp_path / "compendium").mkdir()
    (tmp_path / "compendium" / "index.html").write_text("old site")
    (tmp_path / ".bala-published").write_text("state")
    releases.repair(tmp_path)
    imported = releases.current(tmp_path)
    assert imported is not None and "imported" in imported.manifest
    assert os.readlink(tmp_path / "compendium") == "current/compendium"
    assert (tmp_path / "bala.duckdb").read_text() == "published before releases"
    assert (tmp_path / "compendium" / "index.html").read_text() == "old site"
    assert not (tmp_path / ".bala-published").exists()


def test_a_current_that_is_a_real_folder_is_set_aside_and_the_next_switch_works(tmp_path: Path) -> None:
    first = _release(tmp_path, "run00001", "one")
    (tmp_path / "current").mkdir()  # the folder was copied with links followed (cp -rL)
    (tmp_path / "current" / "bala.duckdb").write_text("a copy")
    releases.repair(tmp_path)
    releases.switch(tmp_path, first)
    assert (tmp_path / "bala.duckdb").read_text() == "one"


def test_a_damaged_manifest_is_not_a_release(tmp_path: Path) -> None:
    damaged = _release(tmp_path, "run00001", "one")
    (damaged.path / "release.json").write_text("[]")
    assert releases.history(tmp_path) == []


def test_a_change_of_status_shows_both_statuses_and_every_digit() -> None:
    assert change_value(1932004.0, "A", "A") == "1,932,004"
    assert (change_value(1075.0, "A", "E"), change_value(1075.0, "E", "A")) == ("1,075 (A)", "1,075 (E)")
    assert change_value(81.825, "A", None) == "81.825" and change_value(None, None, "A") == ""


def _observation(value: float, quote: str, year: int = 2020, document: str = "doc") -> dict:
    row = dict.fromkeys(OBSERVATION_COLUMNS)
    row |= {"indicator_code": "EARLY_MARRIAGES", "ref_area": "KZ", "period_start": year, "period_end": year}
    row |= {"sex": "_T", "age": "_T", "residence": "_T", "system": "_T", "unit_measure": "NUMBER"}
    row |= {"obs_value": value, "obs_status": "A", "source_document": document, "paragraph": 7, "quote": quote}
    return row


def test_the_diff_names_each_added_removed_and_changed_observation_and_document(tmp_path: Path) -> None:
    import duckdb

    old_db = tmp_path / "old.duckdb"
    old = pd.DataFrame([_observation(997, "997 in 2020."), _observation(1075, "1,075 in 2019.", 2019)])
    with duckdb.connect(str(old_db)) as con:
        con.register("old", old)
        con.execute("CREATE TABLE observation AS SELECT * FROM old")
        con.execute("CREATE TABLE source_document AS SELECT 'doc' AS source_document UNION ALL SELECT 'gone'")
    new = pd.DataFrame([_observation(998, "998 in 2020."), _observation(1052, "1,052 in 2018.", 2018)])
    diff = changes(new, {"doc", "next"}, old_db, "r2", "r1")
    assert failures(diff, "release_change", load()).empty
    got = {(r.change, r.period_start if pd.notna(r.period_start) else r.source_document): r for r in diff.itertuples()}
    assert set(got) == {
        ("changed", 2020),
        ("added", 2018),
        ("removed", 2019),
        ("document added", "next"),
        ("document removed", "gone"),
    }
    changed = got[("changed", 2020)]
    assert (changed.old_value, changed.new_value, changed.old_quote, changed.new_quote) == (
        997,
        998,
        "997 in 2020.",
        "998 in 2020.",
    )
    assert set(diff["release"]) == {"r2"} and set(diff["previous_release"]) == {"r1"}
    assert changes(new, {"doc"}, None, "r1", None)["change"].tolist() == ["document added", "added", "added"]


@pytest.mark.parametrize(
    ("text", "error"),
    [
        ("[releases]\nkeep = 0\n", "releases.keep must be a whole number of at least 1, not 0"),
        ('[releases]\napproval = "sometimes"\n', "releases.approval must be one of publish, approve-automated"),
        ("[releases]\nkeeep = 3\n", "unknown setting(s) releases.keeep"),
        ("[releases\n", "Expected ']'"),
        ("releases = 5\n", "releases must be a table ([releases] with keep and approval), not 5"),
    ],
)
def test_a_wrong_setting_is_named_with_its_file(tmp_path: Path, text: str, error: str) -> None:
    path = tmp_path / "bala.toml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(SettingsError, match=str(path)) as raised:
        load_settings(path)
    assert error in str(raised.value)


def test_the_shipped_settings_publish_at_once_and_keep_five() -> None:
    shipped = load_settings(Path(__file__).resolve().parents[2] / "bala.toml")
    assert (shipped.keep_releases, shipped.approval) == (5, "publish")
