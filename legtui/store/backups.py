"""Rotating daily backups beside the store, and copies made before a migration."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime
from pathlib import Path

from legtui.paths import backups_dir
from legtui.store.safefile import atomic_write, ensure_folder

KEEP_DAILY = 7
_DAILY = re.compile(r"^daily-(\d{4}-\d{2}-\d{2})\.json$")


def backup_day() -> date:
    """The date a daily backup is named for: the local date of the write, as the system sees it
    (the backups protect the file, whoever's day it is in the profile)."""
    return date.today()


def daily_backup_path(store: Path, day: date) -> Path:
    return backups_dir(store) / f"daily-{day.isoformat()}.json"


def keep_daily(store: Path, payload: bytes, day: date) -> Path | None:
    """The first successful write of a day leaves a copy of the new file; the last 7 are kept."""
    target = daily_backup_path(store, day)
    if target.exists():
        return None
    ensure_folder(target.parent)
    atomic_write(target, payload)
    dailies = sorted(p for p in target.parent.iterdir() if _DAILY.match(p.name))
    for old in dailies[:-KEEP_DAILY]:
        old.unlink(missing_ok=True)
    return target


def keep_before_migration(store: Path, payload: bytes, old_version: int) -> Path:
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")
    target = backups_dir(store) / f"pre-migration-v{old_version}-{stamp}.json"
    ensure_folder(target.parent)
    atomic_write(target, payload)
    return target


def list_backups(store: Path) -> list[Path]:
    """Newest first (by modification time)."""
    folder = backups_dir(store)
    if not folder.is_dir():
        return []
    found = [p for p in folder.iterdir() if p.suffix == ".json" and p.is_file()]
    return sorted(found, key=lambda p: p.stat().st_mtime_ns, reverse=True)
