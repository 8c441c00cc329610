"""`legtui delete SET_ID`: delete a logged set from the shell; it stays deleted when this store
syncs with another (a tombstone is kept: docs/sync.md)."""

from __future__ import annotations

import argparse
from typing import Any

from legtui.cli.common import add_db_option, emit, open_store
from legtui.cli.edit import find
from legtui.core.setspec import entry_text


def register(sub: Any) -> None:
    p: argparse.ArgumentParser = sub.add_parser(
        "delete", help="delete a logged set by its id (see `legtui history --ids`)",
        description="Delete one set; it stays deleted when this store syncs with another.")
    p.add_argument("set_id", metavar="SET_ID")
    add_db_option(p)
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    store = open_store(args, writes=True)
    day, _ = find(store, args.set_id)
    old = store.delete_set(args.set_id)
    emit(f"deleted {args.set_id} on {day}: {entry_text(old, with_unit=True)}")
    return 0
