"""A synthetic corpus made from the shipped report: every copy has other years and other numbers,
so no cache or repeated work can make a bigger corpus look cheaper than it is."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

SOURCE = Path(__file__).resolve().parents[1] / "data" / "raw" / "CRC_C_KAZ_5-6.txt"
_YEAR = re.compile(r"\b(20[01]\d|202[0-5])\b")
_NUMBER = re.compile(r"(?<![\w.,/-])(\d{1,3}(?:,\d{3})+|\d{3,})(?![\w/-])")


def variant(text: str, i: int) -> str:
    """Copy `i`: years shifted by -3..+3, numbers of three digits or more scaled by 0.90..1.10."""
    shift = i % 7 - 3
    factor = 0.90 + (i % 97) / 485  # 7 and 97 are coprime: no two of the first 679 copies are alike

    def year(m: re.Match[str]) -> str:
        return str(int(m.group(1)) + shift)

    def number(m: re.Match[str]) -> str:
        raw = m.group(1)
        if len(raw) == 4 and raw.startswith(("19", "20")):
            return raw
        value = round(int(raw.replace(",", "")) * factor)
        return f"{value:,}" if "," in raw else str(value)

    return _YEAR.sub(year, _NUMBER.sub(number, text)) + f"\n9{i:04d}.\tSynthetic copy number {i}.\n"


def documents(n: int) -> Iterator[tuple[str, str]]:
    """(file name, text) for `n` copies, generated one at a time."""
    text = SOURCE.read_text(encoding="utf-8")
    for i in range(n):
        yield f"KAZ_synthetic_{i:04d}.txt", variant(text, i)


def write(folder: Path, n: int) -> int:
    """Write `n` copies (with the shipped sidecar's metadata) into `folder`; returns the bytes written."""
    folder.mkdir(parents=True, exist_ok=True)
    sidecar = SOURCE.with_suffix(".yaml").read_text(encoding="utf-8")
    total = 0
    for name, text in documents(n):
        total += (folder / name).write_text(text, encoding="utf-8")
        (folder / name).with_suffix(".yaml").write_text(sidecar, encoding="utf-8")
    return total
