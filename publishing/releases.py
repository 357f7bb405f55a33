"""Releases: everything one publish writes, built in a folder of its own and made current in one step.

`<curated>/releases/<id>/` holds a complete publish (bala.duckdb, <table>.parquet, dataset/, compendium/,
exports/) and `release.json`, which says what it holds; a folder without it is unfinished. `<curated>/current`
is a symbolic link to the current release, and the paths users know (`bala.duckdb`, `compendium/`,
`exports/`, ...) are links through `current`: renaming a new `current` into place switches every output at
once. A reader that opened a file before the switch keeps the release it opened.
"""

from __future__ import annotations

import json
import os
import shutil
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import duckdb

from publishing.tables import DATABASE  # every release has it; a release without it is broken

RELEASES = "releases"
CURRENT = "current"
MANIFEST = "release.json"
SWITCHES = "switches.log"  # in releases/: "<time> <id>" for each release made current, in order
TMP_MARK = ".tmp-"  # <name>.tmp-<pid>: being written by process <pid>
OLD_MARK = ".old-"  # <name>.old-<pid>: replaced by process <pid>, to be removed


class ReleaseError(ValueError):
    """A release that is not there, or not in a state for what was asked; the message says which."""


@dataclass(frozen=True)
class Release:
    id: str
    path: Path
    manifest: dict

    @property
    def created(self) -> str:
        return self.manifest["created"]

    @property
    def staged(self) -> bool:
        """Made to wait for approval (whether or not it has been approved since: see `waiting`)."""
        return bool(self.manifest.get("waiting_for_approval"))


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="microseconds")


def _fsync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def temporary(target: Path) -> Path:
    """Where this process writes `target` before renaming it into place."""
    return target.with_name(f"{target.name}{TMP_MARK}{os.getpid()}")


def begin(curated: Path, run_id: str) -> Path:
    """A new, empty release folder for the run `run_id` (its id: UTC time and the run's first 8 characters)."""
    folder = curated / RELEASES / f"{datetime.now(UTC).strftime('%Y%m%dT%H%M%SZ')}-{run_id[:8]}"
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    return folder


def complete(folder: Path, manifest: dict) -> Release:
    """Write the release's manifest once every file is on disk: from now on it can be made current."""
    for root, _dirs, files in os.walk(folder):
        for name in files:
            _fsync(Path(root) / name)
    manifest = {"id": folder.name, "created": _now(), **manifest}
    _write_manifest(folder, manifest)
    return Release(folder.name, folder, manifest)


def _write_manifest(folder: Path, manifest: dict) -> None:
    tmp = temporary(folder / MANIFEST)
    tmp.write_text(json.dumps(manifest, indent=2, sort_keys=True) + "\n", encoding="utf-8")
    _fsync(tmp)
    os.replace(tmp, folder / MANIFEST)
    _fsync(folder)


def _marked(name: str) -> bool:
    return TMP_MARK in name or OLD_MARK in name


def _read(folder: Path) -> Release | None:
    """The release in `folder`, or None when it is not a whole one (no or a damaged manifest, no database)."""
    try:
        manifest = json.loads((folder / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    whole = isinstance(manifest, dict) and isinstance(manifest.get("created"), str) and (folder / DATABASE).is_file()
    return Release(folder.name, folder, manifest) if whole and not _marked(folder.name) else None


def switched(curated: Path) -> list[str]:
    """The ids of the releases made current, oldest first (a release may appear more than once)."""
    try:
        lines = (curated / RELEASES / SWITCHES).read_text(encoding="utf-8").splitlines()
    except OSError:
        return []
    return [line.split()[-1] for line in lines if line.strip()]


def _log_switch(curated: Path, release_id: str) -> None:
    with (curated / RELEASES / SWITCHES).open("a", encoding="utf-8") as log:
        log.write(f"{_now()} {release_id}\n")
        log.flush()
        os.fsync(log.fileno())


def history(curated: Path) -> list[Release]:
    """Every complete release, newest first."""
    folder = curated / RELEASES
    found = [r for p in folder.iterdir() if p.is_dir() and (r := _read(p))] if folder.is_dir() else []
    return sorted(found, key=lambda r: (r.created, r.id), reverse=True)


def current(curated: Path) -> Release | None:
    """The release the paths users know show now (None before the first release)."""
    try:
        target = os.readlink(curated / CURRENT)
    except OSError:
        return None
    return _read(curated / target)


def made_by(curated: Path, run_id: str) -> Release | None:
    """The release the run `run_id` made, if it made one."""
    return next((r for r in history(curated) if r.manifest.get("run_id") == run_id), None)


def find(curated: Path, release_id: str) -> Release:
    """The complete release `release_id` (a unique prefix will do)."""
    matches = [r for r in history(curated) if r.id.startswith(release_id)]
    if len(matches) != 1:
        known = ", ".join(r.id for r in history(curated)) or "none"
        raise ReleaseError(
            f"{'no' if not matches else 'more than one'} release matches {release_id!r} (releases: {known})"
        )
    return matches[0]


def switch(curated: Path, release: Release) -> None:
    """Make `release` current: one rename of the `current` link; then it is logged and the user paths are
    linked through `current` (a refresh killed before that finishes it: see `repair`)."""
    link = temporary(curated / CURRENT)
    link.unlink(missing_ok=True)
    os.symlink(Path(RELEASES) / release.id, link)
    os.replace(link, curated / CURRENT)
    _fsync(curated)
    _log_switch(curated, release.id)
    _link_user_paths(curated, release)


def _link_user_paths(curated: Path, release: Release) -> None:
    """`<curated>/<name>` -> `current/<name>` for each output of the release. A real file or folder left there
    by a bala before releases is replaced by its link (a file at once; a folder is moved aside first)."""
    names = {p.name for p in release.path.iterdir() if p.name != MANIFEST}
    for name in sorted(names):
        path, target = curated / name, Path(CURRENT) / name
        if path.is_symlink() and Path(os.readlink(path)) == target:
            continue
        link = temporary(path)
        link.unlink(missing_ok=True)
        os.symlink(target, link)
        if path.is_dir() and not path.is_symlink():
            old = path.with_name(f"{name}{OLD_MARK}{os.getpid()}")
            os.replace(path, old)
            os.replace(link, path)
            shutil.rmtree(old)
        else:
            os.replace(link, path)
    for path in curated.iterdir():  # a link to an output the current release does not have
        if path.is_symlink() and path.name not in names and os.readlink(path).startswith(f"{CURRENT}/"):
            path.unlink()


def _pid_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def repair(curated: Path) -> list[Path]:
    """Finish what a killed publish, switch or prune left, and bring an older curated folder into releases.
    Call it holding the publish lock; returns what it removed.

    - `current` that is a real folder (the curated folder was copied with links followed) is set aside;
    - outputs of a bala from before releases become a release of their own, made current;
    - the current release is in the switch log and every user path is linked through `current`;
    - unfinished or broken release folders, releases made complete but never switched in (a publish killed
      just before its switch) and temporaries of dead processes are removed, wherever they are.
    """
    removed = []
    here = curated / CURRENT
    if here.is_dir() and not here.is_symlink():
        aside = here.with_name(f"{CURRENT}{OLD_MARK}{os.getpid()}")
        os.replace(here, aside)
        removed.append(aside)
    (curated / RELEASES).mkdir(parents=True, exist_ok=True)
    if current(curated) is None and (curated / DATABASE).is_file() and not (curated / DATABASE).is_symlink():
        _import_unreleased(curated)
    if not (curated / RELEASES / SWITCHES).exists():  # releases made before the log: each counts as switched
        for release in reversed(history(curated)):
            if not release.staged:
                _log_switch(curated, release.id)
    now = current(curated)
    if now is not None:
        if now.id not in switched(curated):
            _log_switch(curated, now.id)  # killed between the switch and its log line
        _link_user_paths(curated, now)
    seen = set(switched(curated))
    for path in (curated / RELEASES).iterdir():
        if not path.is_dir() or _marked(path.name) or (now is not None and path.name == now.id):
            continue
        release = _read(path)
        if release is None or (not release.staged and release.id not in seen):
            shutil.rmtree(path, ignore_errors=True)
            removed.append(path)
    return removed + _remove_dead_temporaries(curated)


def _import_unreleased(curated: Path) -> None:
    """Outputs a bala before releases wrote into the curated folder become one release (hard links: no copy),
    made current; the user paths then become links to it, showing the same bytes."""
    folder = begin(curated, "imported")
    for path in curated.iterdir():
        if path.name.startswith(".") or path.is_symlink() or path.name in (RELEASES, CURRENT) or _marked(path.name):
            continue
        if path.is_dir():
            shutil.copytree(path, folder / path.name, copy_function=os.link)
        elif path.name == DATABASE or path.suffix == ".parquet":
            os.link(path, folder / path.name)
    release = complete(
        folder,
        {
            "imported": "published by a bala from before releases",
            "waiting_for_approval": False,
            **_contents(folder / DATABASE),
        },
    )
    switch(curated, release)
    (curated / ".bala-published").unlink(missing_ok=True)  # that bala's record of what it published


def _contents(db: Path) -> dict:
    """The documents and counts of a published file, for the manifest of an imported release."""
    try:
        with duckdb.connect(str(db), read_only=True) as con:
            documents = [d for (d,) in con.execute("SELECT source_document FROM source_document ORDER BY 1").fetchall()]
            counts = {
                t: con.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in ("observation", "quarantine")
            }
    except duckdb.Error:
        return {}
    return {"documents": documents, "counts": counts}


def _remove_dead_temporaries(curated: Path) -> list[Path]:
    removed = []
    for root, dirs, files in os.walk(curated):
        dirs[:] = [d for d in dirs if not d.startswith(".dagster")]
        for name in [*dirs, *files]:
            for mark in (TMP_MARK, OLD_MARK):
                pid = name.split(mark, 1)[1].split(".", 1)[0] if mark in name else ""
                if pid.isdigit() and (int(pid) == os.getpid() or not _pid_alive(int(pid))):
                    path = Path(root) / name
                    if path.is_dir() and not path.is_symlink():
                        shutil.rmtree(path, ignore_errors=True)
                    else:
                        path.unlink(missing_ok=True)
                    removed.append(path)
    return removed


def prune(curated: Path, keep: int) -> list[str]:
    """Remove all but the newest `keep` releases; the current one and one waiting are always kept. A release
    leaves in one rename (then its files are deleted), so a killed prune never leaves half a release listed."""
    now, pending = current(curated), waiting(curated)
    removed = []
    for release in history(curated)[keep:]:
        if (now is not None and release.id == now.id) or release in pending:
            continue
        _discard(release.path)
        removed.append(release.id)
    return removed


def _discard(folder: Path) -> None:
    aside = folder.with_name(f"{folder.name}{OLD_MARK}{os.getpid()}")
    os.replace(folder, aside)
    shutil.rmtree(aside, ignore_errors=True)


def waiting(curated: Path) -> list[Release]:
    """Releases staged for approval, never made current and newer than the current one, newest first."""
    now, seen = current(curated), set(switched(curated))
    return [r for r in history(curated) if r.staged and r.id not in seen and (now is None or r.created > now.created)]


def approve(curated: Path, release_id: str | None = None) -> Release:
    """Make a release waiting for approval current (by default the newest one waiting)."""
    pending = waiting(curated)
    if release_id is None:
        if not pending:
            raise ReleaseError("no release is waiting for approval")
        release = pending[0]
    else:
        release = find(curated, release_id)
        if release not in pending:
            raise ReleaseError(f"release {release.id} is not waiting for approval")
    switch(curated, release)
    return release


def rollback(curated: Path, release_id: str | None = None) -> Release:
    """Make an earlier release current again (by default the newest published one older than the current)."""
    now = current(curated)
    if release_id is not None:
        release = find(curated, release_id)
    else:  # the newest release made before the current one that was ever current (published)
        published = set(switched(curated))
        older = [r for r in history(curated) if r.id in published and (now is None or r.created < now.created)]
        if not older:
            raise ReleaseError("there is no earlier release to roll back to")
        release = older[0]
    if now is not None and release.id == now.id:
        raise ReleaseError(f"release {release.id} is already current")
    switch(curated, release)
    return release
