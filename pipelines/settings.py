"""bala's settings file (bala.toml, or the file BALA_CONFIG names): how many releases to keep, and whether
automated refreshes wait for approval. A missing file means the defaults; a wrong value is a clear error."""

from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass
from pathlib import Path

from pipelines.resources import PROJECT

APPROVALS = ("publish", "approve-automated")


class SettingsError(ValueError):
    """The settings file cannot be used; the message names the file and the setting."""


@dataclass(frozen=True)
class Settings:
    keep_releases: int = 5
    approval: str = "publish"


def settings_file() -> Path:
    return Path(os.environ.get("BALA_CONFIG") or PROJECT / "bala.toml")


def load_settings(path: Path | None = None) -> Settings:
    """The settings of `path` (default: BALA_CONFIG, else the project's bala.toml)."""
    path = path or settings_file()
    try:
        raw = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        if "BALA_CONFIG" in os.environ:
            raise SettingsError(f"BALA_CONFIG={path}: no such file") from None
        return Settings()
    except (OSError, tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise SettingsError(f"{path}: {exc}") from None
    releases = raw.get("releases", {})
    if not isinstance(releases, dict):
        raise SettingsError(f"{path}: releases must be a table ([releases] with keep and approval), not {releases!r}")
    unknown = sorted(set(raw) - {"releases"}) + sorted(f"releases.{k}" for k in set(releases) - {"keep", "approval"})
    if unknown:
        raise SettingsError(f"{path}: unknown setting(s) {', '.join(unknown)}")
    keep = releases.get("keep", Settings.keep_releases)
    if not isinstance(keep, int) or isinstance(keep, bool) or keep < 1:
        raise SettingsError(f"{path}: releases.keep must be a whole number of at least 1, not {keep!r}")
    approval = releases.get("approval", Settings.approval)
    if approval not in APPROVALS:
        raise SettingsError(f"{path}: releases.approval must be one of {', '.join(APPROVALS)}, not {approval!r}")
    return Settings(keep, approval)
