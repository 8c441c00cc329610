"""`legtui import APP FILE [--unit kg|lb] [--dry-run] [--replace]`.

APP: strong, hevy, fitnotes, legtui (history) or cronometer, myfitnesspal, applehealth,
withings, garmin, renpho, fitbit (check-ins)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from legtui.cli.common import CliError, add_db_option, emit, open_store
from legtui.core.model import UNITS
from legtui.transfer import APPS, CHECKIN_APPS, TransferError, run_import


def register(sub: Any) -> None:
    p: argparse.ArgumentParser = sub.add_parser(
        "import",
        help="import history (Strong, Hevy, FitNotes, legtui json) or food and weight "
        "(Cronometer, MyFitnessPal, Apple Health, Withings, Garmin, Renpho, Fitbit)",
        description="Import a whole file, or nothing: a row that cannot be read stops the import "
        "with its line number. Re-importing the same file adds nothing. Food and weight fill "
        "a day's empty check-in fields and never overwrite a value typed by hand.",
    )
    p.add_argument("app", choices=APPS, help="the app that wrote FILE")
    p.add_argument("file", help="the exported file (fitbit: also a folder of weight-*.json); - "
                   "reads standard input (how `legtui sync --via` pushes)")
    p.add_argument("--unit", choices=UNITS,
                   help="the weights' unit, for files that do not say (Strong, FitNotes, "
                   "MyFitnessPal's Measurement Summary, Fitbit)")
    p.add_argument("--dry-run", action="store_true",
                   help="print what would be added; write nothing")
    p.add_argument("--replace", action="store_true",
                   help="food and weight: overwrite values an earlier import wrote "
                   "(never values typed by hand)")
    add_db_option(p)
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    stdin = args.file == "-"
    path = Path("stdin") if stdin else Path(args.file).expanduser()
    if not stdin and not path.is_file() and not (args.app == "fitbit" and path.is_dir()):
        raise CliError(f"no file {path}")
    if args.replace and args.app not in CHECKIN_APPS:
        raise CliError(f"--replace is for food and weight imports; {args.app} adds history, "
                       "which it never overwrites")
    store = open_store(args, writes=not args.dry_run)
    try:
        summary = run_import(store, args.app, path, args.unit, args.dry_run,
                             sys.stdin.buffer if stdin else None, replace=args.replace)
    except TransferError as error:
        raise CliError(f"{path.name}: {error}; nothing was imported") from None
    emit(summary.text())
    return 0
