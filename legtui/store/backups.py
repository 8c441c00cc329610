"""Rotating daily backups beside the store, and copies made before a migration."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime
from pathlib import Path

from legtui.paths import backups_dir, shared_backups_dir
from legtui.store.safefile import atomic_write, ensure_folder

KEEP_DAILY = 7
KEEP_MIGRATION = 3
KEEP_REPAIR = 3
_DAILY = re.compile(r"^daily-(\d{4}-\d{2}-\d{2})\.json$")
NOT_RESTORED_BY_DEFAULT = ("replaced-", "damaged-")  # the file a restore or repair replaced


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


def stamp() -> str:
    return datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")


def keep_stamped(store: Path, payload: bytes, prefix: str, keep: int | None = None) -> Path:
    """A copy named `<prefix><UTC stamp>.json` in the store's backups (the last `keep` of that
    prefix kept, when given)."""
    target = backups_dir(store) / f"{prefix}{stamp()}.json"
    ensure_folder(target.parent)
    atomic_write(target, payload)
    if keep is not None:
        same = sorted(p for p in target.parent.iterdir() if p.name.startswith(prefix))
        for old in same[:-keep]:
            old.unlink(missing_ok=True)
    return target


def keep_before_migration(store: Path, payload: bytes, old_version: int) -> Path:
    return keep_stamped(store, payload, f"pre-migration-v{old_version}-", KEEP_MIGRATION)


def set_aside_path(store: Path) -> Path:
    """The file beside the store that `store repair` (and a migration that moves impossible
    values aside) writes: `<store>.damaged-<UTC stamp>.json`."""
    return store.with_name(f"{store.name}.damaged-{stamp()}.json")


def keep_before_repair(store: Path, payload: bytes) -> Path:
    """The whole damaged file, as it was before `store repair` (the one backup damage may
    reach: named `damaged-`, never restored unless asked for by name)."""
    return keep_stamped(store, payload, "damaged-", KEEP_REPAIR)


def _newest_first(folder: Path) -> list[Path]:
    if not folder.is_dir():
        return []
    found = [p for p in folder.iterdir() if p.suffix == ".json" and p.is_file()]
    return sorted(found, key=lambda p: p.stat().st_mtime_ns, reverse=True)


def list_backups(store: Path) -> list[Path]:
    """This store's own backups, newest first (by modification time)."""
    return _newest_first(backups_dir(store))


def unattributed(store: Path) -> list[Path]:
    """Backups older legtui versions left in the shared `backups/` folder: whose store they
    copied is not known, so they are listed apart and restored only by name."""
    return _newest_first(shared_backups_dir(store))


def restorable(store: Path) -> list[Path]:
    """The backups `store restore` may pick by itself, newest first."""
    return [p for p in list_backups(store) if not p.name.startswith(NOT_RESTORED_BY_DEFAULT)]
