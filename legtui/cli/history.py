"""`legtui history [EXERCISE] [--since D] [--json]`."""

from __future__ import annotations

import argparse
from typing import Any

from legtui.cli.common import (
    add_db_option,
    emit,
    open_store,
    parse_day,
    print_json,
    resolve_exercise,
)
from legtui.core.model import Session, SetEntry, Unit, sides_json
from legtui.core.records import records_by_day
from legtui.core.setspec import set_label
from legtui.core.stats import session_e1rm


def register(sub: Any) -> None:
    p: argparse.ArgumentParser = sub.add_parser("history", help="sessions, oldest first")
    p.add_argument("exercise", nargs="?", help="only this exercise")
    p.add_argument("--since", help="from this date, YYYY-MM-DD")
    p.add_argument("--json", action="store_true", help="machine-readable output (with set ids)")
    p.add_argument("--ids", action="store_true",
                   help="one set a line with its id (for `legtui edit` and `legtui delete`)")
    add_db_option(p)
    p.set_defaults(run=run)


def set_json(entry: SetEntry) -> dict[str, Any]:
    return {
        "id": entry.id,
        "exercise": entry.exercise,
        "load": entry.load,
        "unit": entry.unit,
        "reps": entry.reps,
        "sides": sides_json(entry.sides),
        "rpe": entry.rpe,
        "kind": entry.kind,
        "logged_at": entry.logged_at,
        "note": entry.note,
    }


def sessions_json(
    sessions: list[Session], exercise: str | None, unit: Unit, since: str | None
) -> list[dict[str, Any]]:
    """Each session's sets and the records set that day (counted over the whole history, so
    `--since` does not make old bests look new); with an exercise, its best e1RM too."""
    records = records_by_day(sessions, unit, exercise)
    out = []
    for s in sessions:
        if since and s.date < since:
            continue
        item: dict[str, Any] = {"date": s.date, "sets": [set_json(e) for e in s.sets]}
        if exercise:
            best = session_e1rm(s, exercise, unit)
            item["best_e1rm"] = None if best is None else round(best, 1)
        item["records"] = [r.to_json() for r in records[s.date]]
        out.append(item)
    return out


def run(args: argparse.Namespace) -> int:
    store = open_store(args)
    catalog = store.catalog()
    exercise = resolve_exercise(catalog, args.exercise).id if args.exercise else None
    since = parse_day(args.since) if args.since else None
    sessions = store.sessions(exercise=exercise)
    if exercise:
        sessions = [Session(s.date, s.sets_for(exercise), s.notes) for s in sessions]
    if args.json:
        print_json(sessions_json(sessions, exercise, store.profile().unit, since))
        return 0
    sessions = [s for s in sessions if not since or s.date >= since]
    if not sessions:
        emit("no sessions yet: log one with `legtui log rdl 60x10`")
    for session in sessions:
        emit(session.date)
        if args.ids:
            for entry in session.sets:
                emit(f"  {entry.id}  {catalog.name(entry.exercise):<24} {set_label(entry)}")
            continue
        for ex in session.exercises:
            sets = "  ".join(set_label(e) for e in session.sets_for(ex))
            emit(f"  {catalog.name(ex):<24} {sets}")
    return 0

