"""What every subcommand shares: opening the store, dates, exercise names, output."""

from __future__ import annotations

import argparse
import sys
from datetime import date
from typing import Any

import orjson

from legtui.core.bounds import FIRST_YEAR
from legtui.core.catalog import Catalog
from legtui.core.clock import Clock
from legtui.core.inputs import quoted, read_date
from legtui.core.model import Exercise, Profile
from legtui.core.text import json_escaped, shown
from legtui.paths import resolve_store_path
from legtui.store import Store


class CliError(Exception):
    """A user error: printed as one line on stderr, exit status 2."""




Subparsers = "argparse._SubParsersAction[argparse.ArgumentParser]"


def open_store(args: argparse.Namespace, *, writes: bool = False) -> Store:
    """The store; one warning line when opening it mended values an earlier legtui kept, one
    when the profile's time zone is not known here (the system's is used), and one when it
    holds damaged documents and the command only reads (the healthy days are shown; a write is
    refused with its own line)."""
    store = Store(resolve_store_path(getattr(args, "db", None)))
    for warning in (store.migration_notice, clock_for(store.profile()).warning):
        if warning:
            warn(warning)
    damage = store.damage
    if damage and not writes:
        more = f" and {len(damage) - 1} more" if len(damage) > 1 else ""
        warn(f"the store is damaged ({damage[0].line()}{more}); showing the healthy days. "
             f"Run `legtui store check`, then `legtui store repair` or `legtui store restore`")
    return store


def clock_for(profile: Profile) -> Clock:
    """The lifter's clock (`open_store` said if its zone is not known here)."""
    return Clock(profile.timezone, profile.day_start_hour)


def warn(message: str) -> None:
    """One line on stderr; the command goes on."""
    emit(f"legtui: warning: {message}", err=True)


def parse_day(text: str) -> str:
    """A `YYYY-MM-DD` date, checked."""
    return read_date(text)


def training_day(text: str, today: date) -> str:
    """A day to log on: a date from 1900 up to today in the lifter's zone (a set logged in the
    future would skew every suggestion until that day)."""
    day = parse_day(text)
    if day > today.isoformat():
        raise CliError(f"{day} is after today ({today.isoformat()}): log a day that has been")
    if day < f"{FIRST_YEAR}-01-01":
        raise CliError(f"{day} is before {FIRST_YEAR}")
    return day


def resolve_exercise(catalog: Catalog, text: str) -> Exercise:
    found = catalog.resolve(text)
    if found is None:
        near = catalog.near(text)
        if near is not None:
            raise CliError(f"unknown exercise {quoted(text)}: did you mean {near.name} "
                           f"({near.id})?")
        known = ", ".join(e.id for e in catalog.exercises)
        raise CliError(f"unknown exercise {quoted(text)}; known: {known}")
    return found


def print_json(data: Any) -> None:
    """JSON, exact: orjson escapes C0 control characters; C1 ones are escaped here too."""
    text = orjson.dumps(data, option=orjson.OPT_INDENT_2).decode()
    sys.stdout.write(json_escaped(text) + "\n")


def emit(text: str = "", *, err: bool = False) -> None:
    """A line for a person, on stdout (or stderr): no control character reaches the terminal
    (they are shown as `\\xNN`, see legtui.core.text.shown)."""
    print(shown(text), file=sys.stderr if err else sys.stdout)


def add_db_option(parser: argparse.ArgumentParser) -> None:
    """`--db` after the subcommand too (`legtui log --db x.json ...`)."""
    parser.add_argument("--db", metavar="PATH", default=argparse.SUPPRESS,
                        help="the store file (default: $LEGTUI_DB, else the user data dir)")
