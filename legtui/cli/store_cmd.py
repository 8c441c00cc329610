"""`legtui store {check,backups,restore,repair}`: verify the file, list or restore its backups,
set damaged documents aside (docs/store-format.md, "Damage" and "Backups")."""

from __future__ import annotations

import argparse
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from legtui.cli.common import CliError, add_db_option, emit
from legtui.core.text import count
from legtui.paths import (
    backups_dir,
    lock_path,
    resolve_store_path,
    shared_backups_dir,
    through_link,
)
from legtui.store import Store, StoreError, backups, integrity, layout, migrations
from legtui.store.safefile import (
    atomic_write,
    check_writable,
    ensure_folder,
    exclusive_lock,
    refuse_special,
    refuse_store_target,
)

MENDING = ("the store is read-only until it is mended: `legtui store repair` sets the damaged "
           "documents aside and keeps every healthy day; `legtui store restore` brings back a "
           "backup")


def register(sub: Any) -> None:
    p: argparse.ArgumentParser = sub.add_parser(
        "store", help="check the store, list or restore backups, repair damage"
    )
    actions = p.add_subparsers(dest="action", metavar="ACTION", required=True)
    check = actions.add_parser("check", help="check every document; exit 1 on damage")
    add_db_option(check)
    listing = actions.add_parser("backups", help="list this store's backups, newest first")
    add_db_option(listing)
    restore = actions.add_parser(
        "restore", help="replace the store with a backup (default: its newest)"
    )
    restore.add_argument("backup", nargs="?", help="a backup's file name or path")
    add_db_option(restore)
    repair = actions.add_parser(
        "repair", help="back the file up, set damaged documents aside, keep every healthy day"
    )
    add_db_option(repair)
    add_db_option(p)
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    path = through_link(resolve_store_path(getattr(args, "db", None)))
    if args.action == "check":
        return _check(path)
    if args.action == "backups":
        return _list(path)
    if args.action == "repair":
        return _repair(path)
    return _restore(path, args.backup)


def _check(path: Path) -> int:
    if not path.exists():
        raise CliError(f"no store at {path} yet")
    try:
        notice = Store(path).migration_notice  # a newer version is refused, an older migrated
        mended = migrations.record()  # an older file that is damaged is not migrated on disk
        loaded = integrity.read(path, prepare=lambda data: migrations.up_to_date(data, mended))
    except StoreError as error:
        emit(f"legtui: {error}", err=True)
        return 1
    if notice:
        emit(f"legtui: warning: {notice}", err=True)
    sessions = [layout.document(d) for d in loaded.tables.get("sessions", {}).values()]
    sets = sum(len(s.get("sets", ())) for s in sessions)
    counts = (f"{count(len(sessions), 'session')}, {count(sets, 'set')}, "
              f"{count(len(loaded.tables.get('checkins', {})), 'check-in')}, "
              f"{count(len(backups.list_backups(path)), 'backup')}")
    if not loaded.damage:
        emit(f"ok: {path}")
        emit(f"  {counts}")
        return 0
    many = len(loaded.damage)
    emit(f"damaged: {path}: {many} damaged document{'s' if many != 1 else ''}")
    for damage in loaded.damage:
        emit(f"  {damage.line()}")
    emit(f"  healthy: {counts}")
    if summary := mended.summary():
        emit(f"  from an earlier legtui, `legtui store repair` also mends: {summary}")
    emit(f"  {MENDING}")
    return 1


def _list(path: Path) -> int:
    own, shared = backups.list_backups(path), backups.unattributed(path)
    if not own and not shared:
        emit(f"no backups yet in {backups_dir(path)}")
    for backup in own:
        emit(_listed(backup))
    for backup in shared:
        emit(_listed(backup, "  not attributed (an older legtui's; restore it by name)"))
    return 0


def _listed(backup: Path, note: str = "") -> str:
    when = datetime.fromtimestamp(backup.stat().st_mtime, UTC)
    return f"{backup.name:<48} {backup.stat().st_size:>10} bytes  {when:%Y-%m-%d %H:%M} UTC{note}"


def _chosen(path: Path, name: str | None) -> Path:
    """The backup to restore: by name (this store's, then an unattributed one, then a path), or
    this store's newest that is not a file a restore or repair replaced."""
    if name is None:
        found = backups.restorable(path)
        if not found:
            raise CliError(f"no backups in {backups_dir(path)} to restore")
        return found[0]
    for candidate in (backups_dir(path) / name, shared_backups_dir(path) / name, Path(name)):
        if candidate.name and candidate.exists():
            break
    else:
        raise CliError(f"no backup {name!r}; see `legtui store backups`")
    if candidate.resolve() == path.resolve():
        raise CliError(f"{name} is the live store itself, not a backup")
    try:
        refuse_special(candidate)
    except StoreError as error:
        raise CliError(str(error)) from None
    return candidate


def _restore(path: Path, name: str | None) -> int:
    chosen = _chosen(path, name)
    try:
        loaded = integrity.read(chosen, prepare=migrations.up_to_date)  # an older one migrates
    except StoreError as error:
        raise CliError(f"the backup {chosen.name} does not parse either: {error}") from None
    if loaded.damage:
        raise CliError(f"the backup {chosen.name} is damaged too "
                       f"({loaded.damage[0].line()}); choose another")
    refuse_special(path)
    ensure_folder(path.parent)
    check_writable(path)
    with exclusive_lock(lock_path(path)):
        if path.exists():
            kept = backups.keep_stamped(path, path.read_bytes(), "replaced-")
            emit(f"the replaced file is kept as {kept}")
        atomic_write(path, chosen.read_bytes())
    emit(f"restored {chosen.name} to {path}")
    return 0


def _repair(path: Path) -> int:
    if not path.exists():
        raise CliError(f"no store at {path} yet")
    store = Store(path)
    if not store.damage:
        emit(f"nothing to repair: {path} is healthy")
        return 0
    aside = backups.set_aside_path(path)
    refuse_store_target(path, aside)
    check_writable(path)
    kept = backups.keep_before_repair(path, path.read_bytes())
    emit(f"the whole damaged file is kept as {kept}")
    moved = store.repair(aside)
    emit(f"set {len(moved)} damaged document{'s' if len(moved) != 1 else ''} aside in {aside}:")
    for damage in moved:
        emit(f"  {damage.line()}")
    if store.migration_notice:
        emit(store.migration_notice)
    emit(f"repaired {path}: every healthy day is kept")
    return 0
