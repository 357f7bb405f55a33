"""A fingerprint of the extraction code and catalogue: when it changes, every document is extracted again."""

from __future__ import annotations

import hashlib
from functools import cache
from pathlib import Path

_PACKAGE = Path(__file__).parent


@cache
def code_version() -> str:
    """SHA-256 (first 16 hex digits) over the sources and data files of `indicators`."""
    digest = hashlib.sha256()
    for path in sorted([*_PACKAGE.glob("*.py"), *_PACKAGE.glob("data/*.yaml")]):
        digest.update(path.relative_to(_PACKAGE).as_posix().encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]
