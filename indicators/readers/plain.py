"""Plain text: UTF-8 (with or without a byte-order mark) or Word's "Unicode text" (UTF-16 with its mark)."""

from __future__ import annotations

from pathlib import Path

from indicators.readers import DocumentError, ReportText

READER = "bala text"


def decode(name: str, data: bytes) -> str:
    if data[:2] in (b"\xff\xfe", b"\xfe\xff"):  # Word's "Unicode text": UTF-16 with its byte-order mark
        try:
            data = data.decode("utf-16").encode("utf-8")
        except UnicodeDecodeError as exc:
            raise DocumentError(f"{name}: starts as UTF-16 text but is not valid UTF-16 (byte {exc.start})") from exc
    if not data.strip():
        raise DocumentError(f"{name}: the file is empty")
    if b"\x00" in data[:8192]:
        raise DocumentError(f"{name}: binary file (contains NUL bytes), not a text report")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise DocumentError(
            f"{name}: not UTF-8 text (byte {exc.start}); save the report as UTF-8 and drop it in again"
        ) from exc


def read(name: str, data: bytes) -> ReportText:
    return ReportText(decode(name, data), "txt", READER)


def probe(path: Path) -> str | None:
    """A text file is cheap to read whole: the problem its reading would name."""
    from indicators.readers import read

    try:
        read(path, path.read_bytes())
    except DocumentError as exc:
        return str(exc).removeprefix(f"{path.name}: ")
    return None
