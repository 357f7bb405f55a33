"""Which entries of the raw folder are reports bala reads, and why each other one is not.

Each entry is judged alone, so one odd entry (a dangling link, a directory called `notes.txt`, a
name that collides with another's document id) never stops the other reports. Symbolic links are
followed only when they point at a file inside the raw folder: a link out of it is refused.
"""

from __future__ import annotations

import functools
import os
import stat
from dataclasses import dataclass, field
from pathlib import Path

from indicators import readers
from indicators.documents import DocumentError, document_id

SIDECAR_SUFFIXES = (".yaml", ".yml")


@dataclass(frozen=True)
class RawFolder:
    """The reports of a raw folder by document id, and the entries refused with their reasons."""

    reports: dict[str, Path] = field(default_factory=dict)
    rejected: dict[str, str] = field(default_factory=dict)  # entry name -> why it is not read


def is_report_name(path: Path) -> bool:
    """Whether an entry's name says it is a report bala reads (any case of .txt, .docx, .pdf)."""
    return not path.name.startswith(".") and path.suffix.lower() in readers.formats()


def survey(raw: Path) -> RawFolder:
    """Every entry of `raw`, judged alone, in name order: the reports, and every other entry with why it is not
    read (hidden files and the sidecars of reports are neither)."""
    if not raw.is_dir():
        raise FileNotFoundError(f"raw report folder {raw.resolve()} does not exist (set BALA_RAW_DIR)")
    root = raw.resolve()
    entries = sorted(raw.iterdir(), key=lambda p: p.name)
    stems = {p.stem for p in entries if is_report_name(p)}
    found = RawFolder()
    for entry in entries:
        if entry.name.startswith("."):
            continue
        if entry.suffix.lower() in SIDECAR_SUFFIXES:
            if entry.stem not in stems:
                found.rejected[entry.name] = "a sidecar (metadata) without its report: add the report or remove it"
            continue
        reason = _unusable(entry, root) or readers.not_read(entry)
        if reason is None:
            try:
                key = document_id(entry)
            except DocumentError:
                reason = "its name gives no usable document id; rename it with letters or digits"
            else:
                if key in found.reports:
                    reason = f"its document id {key!r} is already that of {found.reports[key].name}; rename one of them"
                else:
                    found.reports[key] = entry
                    continue
        found.rejected[entry.name] = reason
    return found


def rejected_files(folder: RawFolder) -> dict[str, str]:
    """Every entry not read, and every report that cannot be read (a password, no text layer, not UTF-8), by
    name: the reports are still attempted, so one read before keeps its last published rows."""
    problems = dict(folder.rejected)
    for path in folder.reports.values():
        try:
            st = path.stat()
        except OSError as exc:
            problems[path.name] = f"cannot be examined ({exc.strerror})"
            continue
        if why := _probe(str(path), st.st_size, st.st_mtime_ns):
            problems[path.name] = why
    return dict(sorted(problems.items()))


@functools.lru_cache(maxsize=1024)
def _probe(path: str, size: int, mtime_ns: int) -> str | None:
    """`readers.probe`, remembered while the file's size and modification time hold. Any failure of a reading
    library on a damaged file is that file's problem, never the survey's."""
    try:
        return readers.probe(Path(path))
    except Exception as exc:  # a damaged file may break a reading library in any way
        return f"cannot be read ({exc.__class__.__name__}: {exc}); open it and save it again"


def _unusable(entry: Path, root: Path) -> str | None:
    """Why an entry cannot be read as a report, or None."""
    if entry.is_symlink():
        target = Path(os.path.realpath(entry))
        if not target.exists():
            return "a symbolic link to nothing (its target is missing)"
        if not target.is_relative_to(root):
            return f"a symbolic link out of the raw folder (to {target}); bala follows links only inside it"
    try:
        mode = entry.stat().st_mode
    except OSError as exc:
        return f"cannot be examined ({exc.strerror})"
    if stat.S_ISDIR(mode):
        return "a directory, not a report file"
    if not stat.S_ISREG(mode):
        return "not a regular file (a pipe, socket or device)"
    if not os.access(entry, os.R_OK):
        return "not readable (check its permissions)"
    return None
