"""`legtui export {csv,strong,json} [-o FILE]`: to stdout, or written atomically to FILE."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from legtui.cli.common import CliError, add_db_option, emit, open_store
from legtui.core.text import shown
from legtui.store import StoreError
from legtui.store.errors import StoreWriteError
from legtui.transfer import FORMATS, export, save_export


def register(sub: Any) -> None:
    p: argparse.ArgumentParser = sub.add_parser(
        "export",
        help="export the history as csv, strong or json",
        description="csv: one row per set (columns in docs/import-export.md); strong: Strong's "
        "classic comma layout; json: everything, for `legtui import legtui`.",
    )
    p.add_argument("format", choices=FORMATS)
    p.add_argument("-o", "--output", metavar="FILE", help="write to FILE (default: stdout)")
    add_db_option(p)
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    store = open_store(args)
    if args.output is None:
        text = export(store, args.format)
        sys.stdout.write(shown(text) if sys.stdout.isatty() else text)  # a terminal: safe
        return 0
    target = Path(args.output).expanduser()
    try:
        save_export(store, args.format, target)
    except StoreWriteError:
        raise  # the disk or the folder failed: a system error
    except StoreError as error:  # -o names the store, a backup, a folder...: bad input
        raise CliError(str(error)) from None
    emit(f"wrote {args.format} export to {target}", err=True)
    return 0
