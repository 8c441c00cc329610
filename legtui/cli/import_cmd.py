"""`legtui import {strong,hevy,fitnotes,legtui} FILE [--unit kg|lb] [--dry-run]`."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from legtui.cli.common import CliError, add_db_option, emit, open_store
from legtui.core.model import UNITS
from legtui.transfer import APPS, TransferError, run_import


def register(sub: Any) -> None:
    p: argparse.ArgumentParser = sub.add_parser(
        "import",
        help="import history from Strong, Hevy, FitNotes or a legtui json export",
        description="Import a whole file, or nothing: a row that cannot be read stops the import "
        "with its line number. Re-importing the same file adds nothing.",
    )
    p.add_argument("app", choices=APPS, help="the app that wrote FILE")
    p.add_argument("file", help="the exported file; - reads standard input (how `legtui sync "
                   "--via` pushes)")
    p.add_argument("--unit", choices=UNITS,
                   help="the weights' unit, for files that do not say (Strong, FitNotes)")
    p.add_argument("--dry-run", action="store_true",
                   help="print what would be added; write nothing")
    add_db_option(p)
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    stdin = args.file == "-"
    path = Path("stdin") if stdin else Path(args.file).expanduser()
    if not stdin and not path.is_file():
        raise CliError(f"no file {path}")
    store = open_store(args, writes=not args.dry_run)
    try:
        summary = run_import(store, args.app, path, args.unit, args.dry_run,
                             sys.stdin.buffer if stdin else None)
    except TransferError as error:
        raise CliError(f"{path.name}: {error}; nothing was imported") from None
    emit(summary.text())
    return 0
