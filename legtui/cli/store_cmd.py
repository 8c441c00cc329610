"""`legtui store {check,backups,restore}`: verify the file, list backups, restore one."""

from __future__ import annotations

import argparse
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from legtui.cli.common import CliError, add_db_option, emit
from legtui.core.text import count
from legtui.paths import backups_dir, lock_path, resolve_store_path
from legtui.store import Store, StoreError
from legtui.store.backups import list_backups
from legtui.store.safefile import atomic_write, ensure_folder, exclusive_lock, read_json


def register(sub: Any) -> None:
    p: argparse.ArgumentParser = sub.add_parser(
        "store", help="check the store, list or restore backups"
    )
    actions = p.add_subparsers(dest="action", metavar="ACTION", required=True)
    check = actions.add_parser("check", help="verify the file parses; print what it holds")
    add_db_option(check)
    listing = actions.add_parser("backups", help="list backups, newest first")
    add_db_option(listing)
    restore = actions.add_parser(
        "restore", help="replace the store with a backup (default: newest)"
    )
    restore.add_argument("backup", nargs="?", help="a backup's file name or path")
    add_db_option(restore)
    add_db_option(p)
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    path = resolve_store_path(getattr(args, "db", None))
    if args.action == "check":
        return _check(path)
    if args.action == "backups":
        return _list(path)
    return _restore(path, args.backup)


def _check(path: Path) -> int:
    if not path.exists():
        raise CliError(f"no store at {path} yet")
    store = Store(path)
    sessions = store.sessions()
    sets = sum(len(s.sets) for s in sessions)
    emit(f"ok: {path}")
    emit(
        f"  {count(len(sessions), 'session')}, {count(sets, 'set')}, "
        f"{count(len(store.checkins()), 'check-in')}, {count(len(list_backups(path)), 'backup')}"
    )
    return 0


def _list(path: Path) -> int:
    found = list_backups(path)
    if not found:
        emit(f"no backups yet in {backups_dir(path)}")
    for backup in found:
        when = datetime.fromtimestamp(backup.stat().st_mtime, UTC)
        emit(f"{backup.name:<48} {backup.stat().st_size:>10} bytes  {when:%Y-%m-%d %H:%M} UTC")
    return 0


def _restore(path: Path, name: str | None) -> int:
    found = list_backups(path)
    if name:
        candidate = Path(name)
        chosen = candidate if candidate.is_file() else backups_dir(path) / name
        if not chosen.is_file():
            raise CliError(f"no backup {name!r}; see `legtui store backups`")
    elif restorable := [b for b in found if not b.name.startswith("replaced-")]:
        chosen = restorable[0]
    else:
        raise CliError(f"no backups in {backups_dir(path)} to restore")
    try:
        read_json(chosen, lazy=False)
    except StoreError as error:
        raise CliError(f"the backup {chosen.name} does not parse either: {error}") from None
    ensure_folder(path.parent)
    with exclusive_lock(lock_path(path)):
        if path.exists():
            stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")
            kept = backups_dir(path) / f"replaced-{stamp}.json"
            ensure_folder(kept.parent)
            atomic_write(kept, path.read_bytes())
            emit(f"the replaced file is kept as {kept}")
        atomic_write(path, chosen.read_bytes())
    emit(f"restored {chosen.name} to {path}")
    return 0
