"""Which entries of the raw folder are reports bala reads, and why each other one is not.

Each entry is judged alone, so one odd entry (a dangling link, a directory called `notes.txt`, a
name that collides with another's document id) never stops the other reports. Symbolic links are
followed only when they point at a file inside the raw folder: a link out of it is refused.
"""

from __future__ import annotations

import os
import stat
from dataclasses import dataclass, field
from pathlib import Path

from indicators.documents import DocumentError, document_id

REPORT_SUFFIXES = (".txt",)  # compared in lower case: 'KZ_upper.TXT' is a report


@dataclass(frozen=True)
class RawFolder:
    """The reports of a raw folder by document id, and the entries refused with their reasons."""

    reports: dict[str, Path] = field(default_factory=dict)
    rejected: dict[str, str] = field(default_factory=dict)  # entry name -> why it is not read


def is_report_name(path: Path) -> bool:
    """Whether an entry's name says it is a report (hidden files and sidecars are not)."""
    return not path.name.startswith(".") and path.suffix.lower() in REPORT_SUFFIXES


def survey(raw: Path) -> RawFolder:
    """Every report-named entry of `raw`, judged alone, in name order."""
    if not raw.is_dir():
        raise FileNotFoundError(f"raw report folder {raw.resolve()} does not exist (set BALA_RAW_DIR)")
    root = raw.resolve()
    found = RawFolder()
    for entry in sorted(raw.iterdir(), key=lambda p: p.name):
        if not is_report_name(entry):
            continue
        reason = _unusable(entry, root)
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
