"""`legtui history [EXERCISE] [--since D] [--json]`."""

from __future__ import annotations

import argparse
from typing import Any

from legtui.commands.common import (
    add_db_option,
    open_store,
    parse_day,
    print_json,
    resolve_exercise,
)
from legtui.model import Session, SetEntry
from legtui.setspec import entry_text


def register(sub: Any) -> None:
    p: argparse.ArgumentParser = sub.add_parser("history", help="sessions, oldest first")
    p.add_argument("exercise", nargs="?", help="only this exercise")
    p.add_argument("--since", help="from this date, YYYY-MM-DD")
    p.add_argument("--json", action="store_true", help="machine-readable output")
    add_db_option(p)
    p.set_defaults(run=run)


def set_json(entry: SetEntry) -> dict[str, Any]:
    return {
        "id": entry.id,
        "exercise": entry.exercise,
        "load": entry.load,
        "unit": entry.unit,
        "reps": entry.reps,
        "rpe": entry.rpe,
        "kind": entry.kind,
        "logged_at": entry.logged_at,
        "note": entry.note,
    }


def run(args: argparse.Namespace) -> int:
    store = open_store(args)
    catalog = store.catalog()
    exercise = resolve_exercise(catalog, args.exercise).id if args.exercise else None
    since = parse_day(args.since) if args.since else None
    sessions = store.sessions(exercise=exercise, since=since)
    if exercise:
        sessions = [Session(s.date, s.sets_for(exercise), s.notes) for s in sessions]
    if args.json:
        print_json([{"date": s.date, "sets": [set_json(e) for e in s.sets]} for s in sessions])
        return 0
    if not sessions:
        print("no sessions yet: log one with `legtui log rdl 60x10`")
    for session in sessions:
        print(session.date)
        for ex in session.exercises:
            sets = "  ".join(entry_text(e) for e in session.sets_for(ex))
            print(f"  {catalog.name(ex):<24} {sets}")
    return 0

