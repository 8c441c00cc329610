"""What every subcommand shares: opening the store, dates, exercise names, output."""

from __future__ import annotations

import argparse
import sys
from datetime import date
from typing import Any

import orjson

from legtui.core.catalog import Catalog
from legtui.core.clock import Clock
from legtui.core.model import Exercise, Profile
from legtui.paths import resolve_store_path
from legtui.store import Store


class CliError(Exception):
    """A user error: printed as one line on stderr, exit status 2."""


Subparsers = "argparse._SubParsersAction[argparse.ArgumentParser]"


def open_store(args: argparse.Namespace, *, writes: bool = False) -> Store:
    """The store; one warning line when it holds damaged documents and the command only reads
    (the healthy days are shown; a write is refused with its own line)."""
    store = Store(resolve_store_path(getattr(args, "db", None)))
    damage = store.damage
    if damage and not writes:
        more = f" and {len(damage) - 1} more" if len(damage) > 1 else ""
        warn(f"the store is damaged ({damage[0].line()}{more}); showing the healthy days. "
             f"Run `legtui store check`, then `legtui store repair` or `legtui store restore`")
    return store


def clock_for(profile: Profile) -> Clock:
    """The lifter's clock; its warning (a time zone this machine does not know) on stderr."""
    clock = Clock(profile.timezone, profile.day_start_hour)
    if clock.warning:
        warn(clock.warning)
    return clock


def warn(message: str) -> None:
    """One line on stderr; the command goes on."""
    print(f"legtui: warning: {message}", file=sys.stderr)


def parse_day(text: str) -> str:
    """A `YYYY-MM-DD` date, checked."""
    try:
        return date.fromisoformat(text).isoformat()
    except ValueError:
        raise CliError(f"not a date: {text!r} (write YYYY-MM-DD)") from None


def resolve_exercise(catalog: Catalog, text: str) -> Exercise:
    found = catalog.resolve(text)
    if found is None:
        known = ", ".join(e.id for e in catalog.exercises)
        raise CliError(f"unknown exercise {text!r}; known: {known}")
    return found


def print_json(data: Any) -> None:
    sys.stdout.write(orjson.dumps(data, option=orjson.OPT_INDENT_2).decode() + "\n")


def add_db_option(parser: argparse.ArgumentParser) -> None:
    """`--db` after the subcommand too (`legtui log --db x.json ...`)."""
    parser.add_argument("--db", metavar="PATH", default=argparse.SUPPRESS,
                        help="the store file (default: $LEGTUI_DB, else the user data dir)")
