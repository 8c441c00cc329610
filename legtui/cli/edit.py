"""`legtui edit SET_ID SET`: correct a logged set from the shell (ids from `legtui history --ids`
or `--json`)."""

from __future__ import annotations

import argparse
from typing import Any

from legtui.cli.common import CliError, add_db_option, emit, open_store
from legtui.core.model import SetEntry
from legtui.core.setspec import SetSyntaxError, entry_text
from legtui.services.gym import edited_set
from legtui.store import Store


def register(sub: Any) -> None:
    p: argparse.ArgumentParser = sub.add_parser(
        "edit", help="correct a logged set: legtui edit SET_ID 62.5x8@8",
        description="Replace a set's load, reps, RPE, kind and note with SET (as `legtui log` "
        "reads it, one set). It keeps its id, exercise, day and logged time, and its unit "
        "unless SET names one.")
    p.add_argument("set_id", metavar="SET_ID")
    p.add_argument("set", metavar="SET")
    add_db_option(p)
    p.set_defaults(run=run)


def find(store: Store, set_id: str) -> tuple[str, SetEntry]:
    """The set's day and the set; a CliError when there is none."""
    found = store.find_set(set_id)
    if found is None:
        raise CliError(f"no set with id {set_id!r} (see `legtui history --ids`)")
    return found


def run(args: argparse.Namespace) -> int:
    store = open_store(args, writes=True)
    day, old = find(store, args.set_id)
    try:
        new = edited_set(args.set, old)
    except SetSyntaxError as error:
        raise CliError(str(error)) from None
    kept = store.update_set(args.set_id, new)
    emit(f"edited {args.set_id} on {day}: {entry_text(kept, with_unit=True)}")
    return 0
