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

RELEASES = "releases"
CURRENT = "current"
MANIFEST = "release.json"
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
    def waiting(self) -> bool:
        """Staged for approval and not yet approved."""
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


def _read(folder: Path) -> Release | None:
    try:
        manifest = json.loads((folder / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return Release(folder.name, folder, manifest)


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
    """Make `release` current: one rename of the `current` link; then the user paths are linked through it."""
    link = temporary(curated / CURRENT)
    link.unlink(missing_ok=True)
    os.symlink(Path(RELEASES) / release.id, link)
    os.replace(link, curated / CURRENT)
    _fsync(curated)
    _link_user_paths(curated, release)
    if release.waiting:
        _write_manifest(release.path, {**release.manifest, "waiting_for_approval": False, "approved": _now()})


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


def remove_leftovers(curated: Path) -> list[Path]:
    """Remove what killed publishes left: unfinished release folders and temporaries of dead processes,
    wherever they are. Call it holding the publish lock (no other publish is writing)."""
    removed = []
    folder = curated / RELEASES
    if folder.is_dir():
        for path in folder.iterdir():
            if path.is_dir() and not (path / MANIFEST).exists():
                shutil.rmtree(path, ignore_errors=True)
                removed.append(path)
    for root, dirs, files in os.walk(curated):
        dirs[:] = [d for d in dirs if not d.startswith(".dagster")]
        for name in [*dirs, *files]:
            for mark in (TMP_MARK, OLD_MARK):
                pid = name.split(mark, 1)[1].split(".", 1)[0] if mark in name else ""
                if pid.isdigit() and not _pid_alive(int(pid)):
                    path = Path(root) / name
                    if path.is_dir() and not path.is_symlink():
                        shutil.rmtree(path, ignore_errors=True)
                    else:
                        path.unlink(missing_ok=True)
                    removed.append(path)
    return removed


def prune(curated: Path, keep: int) -> list[str]:
    """Remove all but the newest `keep` releases; the current one and any newer one waiting are always kept."""
    now = current(curated)
    removed = []
    for release in history(curated)[keep:]:
        if now is not None and (release.id == now.id or (release.waiting and release.created > now.created)):
            continue
        shutil.rmtree(release.path, ignore_errors=True)
        removed.append(release.id)
    return removed


def waiting(curated: Path) -> list[Release]:
    """Releases staged for approval and newer than the current one, newest first."""
    now = current(curated)
    return [r for r in history(curated) if r.waiting and (now is None or r.created > now.created)]


def approve(curated: Path, release_id: str | None = None) -> Release:
    """Make a release waiting for approval current (by default the newest one waiting)."""
    pending = waiting(curated)
    if release_id is None:
        if not pending:
            raise ReleaseError("no release is waiting for approval")
        release = pending[0]
    else:
        release = find(curated, release_id)
        if not release.waiting:
            raise ReleaseError(f"release {release.id} is not waiting for approval")
    switch(curated, release)
    return release


def rollback(curated: Path, release_id: str | None = None) -> Release:
    """Make an earlier release current again (by default the one before the current one)."""
    now = current(curated)
    if release_id is not None:
        release = find(curated, release_id)
    else:
        older = [r for r in history(curated) if not r.waiting and (now is None or r.created < now.created)]
        if not older:
            raise ReleaseError("there is no earlier release to roll back to")
        release = older[0]
    if now is not None and release.id == now.id:
        raise ReleaseError(f"release {release.id} is already current")
    switch(curated, release)
    return release
