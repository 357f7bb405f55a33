"""Plain text: UTF-8 (with or without a byte-order mark) or Word's "Unicode text" (UTF-16 with its mark)."""

from __future__ import annotations

import re
from pathlib import Path

from indicators.readers import DocumentError, ReportText

READER = "bala text"


_LINE_BREAKS = re.compile(r"\r\n?|[\f\v\x85\u2028\u2029]")  # old Mac and Windows ends, page breaks, Unicode's


def _utf16_without_mark(data: bytes) -> str | None:
    """'utf-16-le' or 'utf-16-be' when every other byte is NUL, as in UTF-16 text of Latin letters."""
    sample = data[:4096]
    if len(sample) < 4:
        return None
    for codec, zeros in (("utf-16-le", sample[1::2]), ("utf-16-be", sample[0::2])):
        if zeros.count(0) >= 0.9 * len(zeros):
            return codec
    return None


def decode(name: str, data: bytes) -> str:
    """The text of a text file, its line ends made '\\n' (a page break or a Mac line end separates lines too)."""
    return _LINE_BREAKS.sub("\n", _decode(name, data))


def _decode(name: str, data: bytes) -> str:
    if (codec := _utf16_without_mark(data)) and data[:2] not in (b"\xff\xfe", b"\xfe\xff"):
        try:
            return data.decode(codec)
        except UnicodeDecodeError:
            pass
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
