"""`legtui log EXERCISE SET... [--date D] [--note TEXT]`."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from legtui.cli.common import (
    CliError,
    add_db_option,
    clock_for,
    open_store,
    parse_day,
    resolve_exercise,
    training_day,
)
from legtui.cli.logsets import logged_line, read_sets
from legtui.core.setspec import SetSyntaxError
from legtui.services.sets import entries_from


def register(sub: Any) -> None:
    p: argparse.ArgumentParser = sub.add_parser(
        "log",
        help="log sets: legtui log rdl 60x10 62.5x8@8 60x10x3 w40x8 bwx12",
        description="Log one or more sets of an exercise. SET is LOADxREPS with optional "
        "xSETS, @RPE (6-10), a leading w (warm-up), d (drop) or f (failure), bw for bodyweight "
        "and a unit (kg, lb) after the load; LOADxLEFT/RIGHT (20x10/9) for a single-leg exercise.",
    )
    p.add_argument("exercise", help="id, alias or name (rdl, hip-thrust, bss, ...)")
    p.add_argument("sets", nargs="+", metavar="SET")
    p.add_argument("--date", help="the session's date, YYYY-MM-DD (default: today)")
    p.add_argument("--note", help="a note for this exercise in this session")
    add_db_option(p)
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    """The full path (the console script first tries the quick one: `quicklog`)."""
    specs = read_sets(args.sets)
    if args.date:
        parse_day(args.date)  # a bad date is said before the store is opened
    store = open_store(args, writes=True)
    exercise = resolve_exercise(store.catalog(), args.exercise)
    profile = store.profile()
    clock = clock_for(profile)
    day = training_day(args.date, clock.today()) if args.date else clock.today_iso()
    now = clock.now_iso()
    try:
        entries = [
            e
            for spec in specs
            for e in entries_from(spec, exercise.id, profile.unit, now,
                                  unilateral=exercise.unilateral)
        ]
    except SetSyntaxError as error:
        raise CliError(str(error)) from None
    store.log_sets(day, entries, note=args.note)
    if store.backup_error:
        print(f"legtui: warning: {store.backup_error}", file=sys.stderr)
    print(logged_line(entries, exercise.name, day))
    return 0
