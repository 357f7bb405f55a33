"""Read one report file (any format of `indicators.readers`) and its optional sidecar, with clear errors."""

from __future__ import annotations

import datetime as dt
import functools
import hashlib
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path

import yaml
from anyascii import anyascii

from indicators import readers, reporting_period
from indicators.readers import DocumentError
from indicators.yamlfile import parse_yaml

# A periodic report is a few hundred kB; a file over this is refused unread (memory stays bounded).
MAX_BYTES = 50 * 1024 * 1024
# A sidecar holds a few short keys; anything larger is refused unread, and YAML aliases never expand.
MAX_SIDECAR_BYTES = 64 * 1024
_SIDECAR_KEYS = {"symbol", "title", "publisher", "date", "language", "ref_area", "reporting_period"}
_ID_CHARS = re.compile(r"[^A-Za-z0-9_.-]+")


@dataclass(frozen=True)
class Document:
    document_id: str
    file_name: str
    text: str
    sha256: str
    symbol: str
    title: str
    publisher: str
    date: str
    language: str
    ref_area: str
    reporting_period: tuple[int, int] | None
    fingerprint: str = ""  # SHA-256 over the report and its sidecar (see `fingerprint`)
    reporting_period_source: str = "unknown"  # 'sidecar', 'text' or 'unknown'
    reporting_period_paragraph: int | None = None  # where the text states it (source 'text')
    reporting_period_evidence: str = ""  # how it was read, in words
    format: str = "txt"  # of the original file: 'txt', 'docx' or 'pdf'
    reader: str = ""  # what read it, with its version
    pages: int | None = None  # of a PDF


def document_id(path: Path) -> str:
    """A safe partition key from a file name: ASCII letters, digits, '_', '-', '.'; at most 64 characters.
    Other scripts are transliterated ('отчёт.txt' -> 'otchet'), as file names in Kazakh and Russian are normal."""
    stem = anyascii(unicodedata.normalize("NFC", path.stem))
    key = _ID_CHARS.sub("_", stem).strip("._-")[:64]
    if not key:
        raise DocumentError(f"{path.name}: the file name gives no usable document id")
    return key


def sidecar_path(path: Path) -> Path | None:
    """The report's optional sidecar, `<name>.yaml` or `<name>.yml` (not both: which one would be meant?)."""
    found = [side for side in (path.with_suffix(".yaml"), path.with_suffix(".yml")) if side.exists()]
    if len(found) > 1:
        raise DocumentError(f"{found[0].name} and {found[1].name}: two sidecars for {path.name}; keep one of them")
    return found[0] if found else None


def content_sha256(path: Path) -> str:
    """SHA-256 of a file's bytes; remembered while the file's size and modification time stay the same (the raw
    folder is hashed for duplicates by every document's run)."""
    st = path.stat()
    return _sha256_of(str(path), st.st_size, st.st_mtime_ns)


@functools.lru_cache(maxsize=4096)
def _sha256_of(path: str, size: int, mtime_ns: int) -> str:
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


def _digest(data: bytes, sidecar: tuple[str, bytes] | None) -> str:
    digest = hashlib.sha256(data)
    if sidecar is not None:
        name, content = sidecar
        digest.update(b"\0sidecar\0" + name.encode() + b"\0" + content)
    return digest.hexdigest()


def fingerprint(path: Path) -> str:
    """SHA-256 of everything a document is read from: the report's bytes and its sidecar's, if any.

    The one test of "changed" for `bala refresh` and the sensor: editing only a sidecar re-extracts.
    """
    side = sidecar_path(path)
    return _digest(path.read_bytes(), (side.name, side.read_bytes()) if side else None)


def _sidecar(path: Path) -> tuple[dict, tuple[str, bytes] | None]:
    """The sidecar's metadata and (name, bytes) as read, or ({}, None) without one."""
    side = sidecar_path(path)
    if side is None:
        return {}, None
    size = side.stat().st_size
    if size > MAX_SIDECAR_BYTES:
        raise DocumentError(f"{side.name}: {size:,} bytes is over the {MAX_SIDECAR_BYTES:,}-byte limit for a sidecar")
    content = side.read_bytes()
    try:
        text = content.decode("utf-8")
        if any(isinstance(e, yaml.AliasEvent) or getattr(e, "anchor", None) for e in yaml.parse(text, yaml.SafeLoader)):
            raise DocumentError(f"{side.name}: YAML anchors and aliases are not allowed in a sidecar")
        meta = parse_yaml(text) or {}
    except (yaml.YAMLError, UnicodeDecodeError) as exc:
        raise DocumentError(f"{side.name}: malformed sidecar metadata: {exc}") from exc
    if not isinstance(meta, dict):
        raise DocumentError(f"{side.name}: sidecar metadata must be a mapping of keys to values")
    unknown = set(meta) - _SIDECAR_KEYS
    if unknown:
        raise DocumentError(f"{side.name}: unknown sidecar keys {sorted(unknown)}; allowed: {sorted(_SIDECAR_KEYS)}")
    return meta, (side.name, content)


def _period(meta: dict, name: str) -> tuple[int, int] | None:
    rp = meta.get("reporting_period")
    if rp is None:
        return None
    try:
        start, end = int(rp["start"]), int(rp["end"])
    except (TypeError, KeyError, ValueError) as exc:
        raise DocumentError(f"{name}: reporting_period needs integer 'start' and 'end' years") from exc
    if not 1990 <= start <= end <= 2035:
        raise DocumentError(f"{name}: reporting_period {start}-{end} is not a span of years within 1990-2035")
    return start, end


def load(path: Path) -> Document:
    """Read, decode and describe one report; raises DocumentError with the file name on bad input."""
    size = path.stat().st_size
    if size > MAX_BYTES:
        raise DocumentError(f"{path.name}: {size:,} bytes is over the {MAX_BYTES:,}-byte limit for one report")
    data = path.read_bytes()
    report = readers.read(path, data)
    text = report.text
    meta, sidecar = _sidecar(path)
    date = meta.get("date", "")
    if isinstance(date, dt.date):
        date = date.isoformat()
    doc_id = document_id(path)
    period = _period(meta, sidecar[0] if sidecar else path.name)
    if period is not None:
        how = {"reporting_period_source": "sidecar", "reporting_period_evidence": f"{sidecar[0]}"}
    elif (found := reporting_period.infer(text)) is not None:
        period = found.period
        how = {
            "reporting_period_source": "text",
            "reporting_period_paragraph": found.paragraph,
            "reporting_period_evidence": found.evidence,
        }
    else:
        how = {"reporting_period_source": "unknown"}
    return Document(
        document_id=doc_id,
        file_name=path.name,
        text=text,
        sha256=hashlib.sha256(data).hexdigest(),
        fingerprint=_digest(data, sidecar),
        symbol=str(meta.get("symbol") or doc_id.replace("_", "/")),
        title=str(meta.get("title", "")),
        publisher=str(meta.get("publisher", "")),
        date=str(date),
        language=str(meta.get("language", "en")),
        ref_area=str(meta.get("ref_area", "KZ")),
        reporting_period=period,
        format=report.format,
        reader=report.reader,
        pages=report.pages,
        **how,
    )
