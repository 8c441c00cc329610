"""What every subcommand shares: opening the store, dates, exercise names, output."""

from __future__ import annotations

import argparse
import sys
from typing import Any

import orjson

from legtui.cli.basics import CliError as CliError
from legtui.cli.basics import parse_day as parse_day
from legtui.cli.basics import training_day as training_day
from legtui.cli.basics import warn
from legtui.core.catalog import Catalog
from legtui.core.clock import Clock
from legtui.core.inputs import quoted
from legtui.core.model import Exercise, Profile
from legtui.core.text import json_escaped, shown
from legtui.paths import resolve_store_path
from legtui.store import Store

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
