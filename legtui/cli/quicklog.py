"""`legtui log` on its quick path: plain arguments, a store legtui wrote, a built-in exercise.

Whole-process `legtui log` was about 3.6 × a stdlib sqlite3 script, and most of it was loading
what the rest of legtui needs (argparse, TinyDB, orjson, the dataclass model); this path loads
none of them (docs/benchmarks.md, "`legtui log`"). It reads only the common shape of the command
line, `legtui [--db PATH] log EXERCISE SET... [--date D] [--note TEXT] [--db PATH]`, and writes
through `legtui.store.append`. Anything else returns None before anything is written, and the
console script runs the full path (`legtui.cli.main`), which prints help, a message or a
warning, migrates or refuses: an option it does not read (`--help`, `--date=D`, an abbreviation,
one given twice), an unknown exercise or a store with exercises of its own, a store without a
profile or whose zone this machine does not know, or one `append` does not take.
"""

from __future__ import annotations

import sys
from datetime import date
from types import SimpleNamespace

from legtui.cli.basics import CliError, guarded, parse_day, training_day
from legtui.cli.logsets import logged_line, read_sets
from legtui.core.bounds import BEST_OVER_DAYS, LOAD_OVER_BEST, MAX_PLAUSIBLE_REPS
from legtui.core.builtin import ROWS, name_index, slug
from legtui.core.clock import Clock
from legtui.core.inputs import InputError
from legtui.core.plain import LB_IN_KG, sides_from
from legtui.core.setspec import SetSyntaxError
from legtui.core.text import clean_note
from legtui.paths import resolve_store_path
from legtui.services.typed_sets import set_documents
from legtui.store.append import QuickStore, Unsupported, appending

TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Sequence
    from typing import Any

OPTIONS = ("--date", "--note", "--db")


class Args:
    def __init__(self, db: str | None, words: list[str], options: dict[str, str]) -> None:
        self.db = options.get("--db", db)
        self.exercise, self.sets = words[0], words[1:]
        self.date = options.get("--date")
        self.note = options.get("--note")


def read_argv(argv: Sequence[str]) -> Args | None:
    """The arguments, when they are `log`'s in the plain shape this path reads; else None."""
    tokens = list(argv)
    db = None
    if tokens[:1] == ["--db"] and len(tokens) > 1:
        db, tokens = tokens[1], tokens[2:]
    if tokens[:1] != ["log"]:
        return None
    words: list[str] = []
    options: dict[str, str] = {}
    rest = iter(tokens[1:])
    for token in rest:
        if not token.startswith("-"):
            words.append(token)
            continue
        value = next(rest, None)
        if token not in OPTIONS or token in options or value is None or value.startswith("-"):
            return None
        options[token] = value
    return Args(db, words, options) if len(words) > 1 else None


def quick_log(argv: Sequence[str]) -> int | None:
    """The exit status of `legtui log` run on the quick path; None when it does not take this
    command or store (nothing was written: run the full path)."""
    args = read_argv(argv)
    if args is None:
        return None
    try:
        return guarded(lambda: _log(args))
    except Unsupported:
        return None


def _log(args: Args) -> int:
    specs = read_sets(args.sets)
    if any(spec.reps > MAX_PLAUSIBLE_REPS or (spec.load == 0 and not spec.bodyweight)
           for spec in specs) or not _clean(args.note):
        raise Unsupported  # the full path asks about these (legtui.core.plausible), cleans notes
    if args.date:
        parse_day(args.date)  # a bad date is said before the store is opened
    with appending(resolve_store_path(args.db)) as store:
        exercise, name, unilateral = _exercise(store, args.exercise)
        profile = store.single("profile") or {}
        if profile.get("unit") is None or profile.get("day_start_hour") is None or (
                "timezone" not in profile):
            raise Unsupported  # the Profile's defaults apply: the full path reads them
        clock = Clock(profile["timezone"], profile["day_start_hour"])
        if clock.warning:
            raise Unsupported  # the full path warns first
        day = training_day(args.date, clock.today()) if args.date else clock.today_iso()
        now = clock.now_iso()
        try:
            sets = [doc for spec in specs
                    for doc in set_documents(spec, exercise, profile["unit"], now,
                                             unilateral=unilateral)]
        except SetSyntaxError as error:
            raise CliError(str(error)) from None
        _plausible(store, exercise, day, sets, profile["unit"])
        store.log_sets(day, sets, args.note)
    if store.backup_error:
        print(f"legtui: warning: {store.backup_error}", file=sys.stderr)
    shown = [SimpleNamespace(**{"rpe": None, **doc, "sides": sides_from(doc.get("sides"))})
             for doc in sets]  # a stored set has no null fields, and its sides as an object
    print(logged_line(shown, name, day))
    return 0


def _plausible(store: QuickStore, exercise: str, day: str, sets: list[dict[str, Any]],
               unit: str) -> None:
    """Unsupported when a load may be a typo (over twice last year's best estimated 1RM): the
    full path works the 1RM out and asks. Within twice the heaviest qualifying load it cannot
    be (that load is at most the 1RM); without history there is no such check."""
    since = date.fromordinal(date.fromisoformat(day).toordinal() - BEST_OVER_DAYS).isoformat()
    heaviest = store.heaviest_working(exercise, since, day, unit)
    if heaviest is None:
        return
    for doc in sets:
        load = doc["load"] if doc["unit"] == unit else (
            doc["load"] * LB_IN_KG if unit == "kg" else doc["load"] / LB_IN_KG)
        if load > LOAD_OVER_BEST * heaviest:
            raise Unsupported


def _clean(note: str | None) -> bool:
    """The note is as the full path would store it (no control characters, not too long)."""
    try:
        return note is None or (clean_note(note) or "") == note
    except InputError:
        return False


def _exercise(store: QuickStore, text: str) -> tuple[str, str, bool]:
    """A built-in exercise's id, name and whether it is single-leg (a store with exercises of its
    own, or a name that is not built in, is the full path's: its catalog, or its message listing
    the names)."""
    if store.tables.get("exercises"):
        raise Unsupported
    found = name_index((row[0], row[1], row[6]) for row in ROWS).get(slug(text))
    if found is None:
        raise Unsupported
    row = next(row for row in ROWS if row[0] == found)
    return found, row[1], row[5]
