"""`legtui sync [FILE] [--via CMD]`: a two-way merge with another device (docs/sync.md)."""

from __future__ import annotations

import argparse
from typing import Any

from legtui.cli.common import CliError, add_db_option, emit, open_store


def register(sub: Any) -> None:
    p: argparse.ArgumentParser = sub.add_parser(
        "sync",
        help="merge with another device: a shared file, or legtui over ssh",
        description="Merge FILE (a legtui json export in a Syncthing or Dropbox folder; made "
        "when missing) into this store and write the merged state back to it; or, with --via, "
        "pull `CMD export json` and push `CMD import legtui -`. Per set and per check-in field "
        "the later change wins, deletions included. Without FILE or --via: the target set by "
        "`legtui profile --sync FILE` or `--sync-via CMD`.",
    )
    p.add_argument("file", nargs="?", metavar="FILE", help="the shared sync file")
    p.add_argument("--via", metavar="CMD", help='how to run legtui there: "ssh gymbox legtui"')
    add_db_option(p)
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from legtui.core.sync_target import SyncTarget
    from legtui.services.sync import SyncError, sync

    if args.file and args.via:
        raise CliError("give FILE or --via CMD, not both")
    store = open_store(args, writes=True)
    target = SyncTarget(args.file, args.via) if args.file or args.via else store.sync_target()
    try:
        report = sync(store, target)
    except SyncError as error:
        raise CliError(str(error)) from None
    emit(report.text())
    return 0
