"""`legtui suggest [EXERCISE] [--json]`: the next target and why, for one or every planned
exercise."""

from __future__ import annotations

import argparse
from typing import Any

from legtui.cli.common import (
    CliError,
    add_db_option,
    emit,
    open_store,
    print_json,
    resolve_exercise,
)
from legtui.core.catalog import Catalog
from legtui.core.model import Exercise, PlanItem
from legtui.core.overload import Suggestion, suggest
from legtui.store import Store


def register(sub: Any) -> None:
    p: argparse.ArgumentParser = sub.add_parser(
        "suggest", help="next target and its reason, for one or all planned exercises"
    )
    p.add_argument("exercise", nargs="?", help="only this exercise (default: every planned one)")
    p.add_argument("--json", action="store_true", help="machine-readable output")
    add_db_option(p)
    p.set_defaults(run=run)


def _suggestion(store: Store, item: PlanItem, exercise: Exercise) -> Suggestion:
    return suggest(item, exercise, store.sessions(exercise=exercise.id))


def _planned(catalog: Catalog, item: PlanItem) -> Exercise:
    if item.exercise not in catalog:
        raise CliError(f"the plan names {item.exercise!r}, which is not a known exercise")
    return catalog.get(item.exercise)


def line(name: str, sug: Suggestion) -> str:
    """`Romanian deadlift: 62.5 kg × 8/8/8 (add-load) — all 3 sets reached 12 reps at 60 kg...`"""
    return f"{name}: {sug.target_text()} ({sug.kind}) — {sug.reason}"


def run(args: argparse.Namespace) -> int:
    store = open_store(args)
    catalog = store.catalog()
    plan = store.plan()
    if args.exercise:
        exercise = resolve_exercise(catalog, args.exercise)
        item = plan.item(exercise.id) or PlanItem(exercise.id, unit=store.profile().unit)
        pairs = [(exercise, _suggestion(store, item, exercise))]
    else:
        pairs = [(ex, _suggestion(store, item, ex))
                 for item in plan.items for ex in [_planned(catalog, item)]]
    if args.json:
        found = [sug.to_json() for _, sug in pairs]
        print_json(found[0] if args.exercise else found)
        return 0
    if not pairs:
        emit("the plan is empty: add exercises in the app's Setup screen")
    for exercise, sug in pairs:
        emit(line(exercise.name, sug))
    return 0
