"""A fingerprint of the extraction code and catalogue: when it changes, every document is extracted again."""

from __future__ import annotations

import hashlib
from functools import cache
from pathlib import Path

_PACKAGE = Path(__file__).parent


def fingerprint(root: Path, patterns: tuple[str, ...]) -> str:
    """SHA-256 (first 16 hex digits) over the files under `root` matching `patterns`, names included."""
    digest = hashlib.sha256()
    for path in sorted({p for pattern in patterns for p in root.glob(pattern)}):
        digest.update(path.relative_to(root).as_posix().encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


@cache
def code_version() -> str:
    """The fingerprint of the sources and data files of `indicators`."""
    return fingerprint(_PACKAGE, ("*.py", "data/*.yaml"))
