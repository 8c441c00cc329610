"""`legtui log EXERCISE SET... [--date D] [--note TEXT]`."""

from __future__ import annotations

import argparse
from typing import Any

from legtui.cli.common import (
    CliError,
    add_db_option,
    clock_for,
    emit,
    open_store,
    parse_day,
    resolve_exercise,
    training_day,
)
from legtui.cli.logsets import logged_line, read_sets
from legtui.core.inputs import InputError
from legtui.core.plausible import check_zero_load
from legtui.core.setspec import SetSyntaxError
from legtui.core.text import clean_note
from legtui.services.sets import entries_from, set_doubts


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
    p.add_argument("--force", action="store_true",
                   help="log sets that look like typos (a load over twice the best estimated "
                   "1RM of the last year, more than 50 reps)")
    add_db_option(p)
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    """The full path (the console script first tries the quick one: `quicklog`)."""
    specs = read_sets(args.sets)
    try:
        note = clean_note(args.note)
    except InputError as error:
        raise CliError(str(error)) from None
    if args.date:
        parse_day(args.date)  # a bad date is said before the store is opened
    store = open_store(args, writes=True)
    exercise = resolve_exercise(store.catalog(), args.exercise)
    item = store.plan().item(exercise.id)
    try:
        for spec in specs:
            check_zero_load(spec, (item.equipment if item else None) or exercise.equipment)
    except SetSyntaxError as error:
        raise CliError(str(error)) from None
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
    doubts = [] if args.force else set_doubts(store, exercise.id, entries, day)
    if doubts:
        raise CliError(f"{'; '.join(doubts)}: a typo? Nothing logged; add --force to log it")
    store.log_sets(day, entries, note=note)
    if store.backup_error:
        emit(f"legtui: warning: {store.backup_error}", err=True)
    emit(logged_line(entries, exercise.name, day))
    return 0
