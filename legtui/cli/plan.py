"""`legtui plan [--json]`, `legtui plan set FILE`, `legtui plan swap OLD NEW`: the workouts (A/B
days), their supersets, and swapping one exercise for another (docs/programs.md)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

import orjson

from legtui.cli.common import CliError, add_db_option, open_store, print_json
from legtui.core.catalog import Catalog
from legtui.core.inputs import InputError
from legtui.core.model import Plan, PlanItem, fmt_load
from legtui.core.plan_json import plan_json
from legtui.services.plan import set_plan_json, swap_exercise


def register(sub: Any) -> None:
    p: argparse.ArgumentParser = sub.add_parser(
        "plan", help="the workouts (A/B days), supersets and swaps",
        description="Without an action, print the plan. `set FILE` replaces it from the JSON "
        "that `plan --json` prints (FILE - reads stdin); `swap OLD NEW` puts NEW in OLD's "
        "place in every workout, each keeping its own history.",
    )
    p.add_argument("--json", action="store_true", help="machine-readable output")
    add_db_option(p)
    p.set_defaults(run=run, action=None)
    actions = p.add_subparsers(dest="action", metavar="ACTION")
    set_p = actions.add_parser("set", help="set the whole plan from a JSON file")
    set_p.add_argument("file", metavar="FILE", help="the plan as `plan --json` prints it")
    add_db_option(set_p)
    swap_p = actions.add_parser("swap", help="replace an exercise in every workout")
    swap_p.add_argument("old", metavar="OLD", help="the exercise to take out")
    swap_p.add_argument("new", metavar="NEW", help="the exercise to put in its place")
    add_db_option(swap_p)


def _read(path: str) -> object:
    try:
        raw = sys.stdin.buffer.read() if path == "-" else Path(path).read_bytes()
    except OSError as error:
        raise CliError(f"cannot read {path}: {error.strerror or error}") from None
    try:
        return orjson.loads(raw)
    except orjson.JSONDecodeError as error:
        raise CliError(f"{path} is not valid JSON: {error}") from None


def item_line(item: PlanItem, catalog: Catalog) -> str:
    group = f"[{item.group}] " if item.group else ""
    return (f"  {group}{catalog.name(item.exercise)}: {item.sets}×{item.rep_low}-{item.rep_high}"
            f" {item.scheme}, start {fmt_load(item.start_load)} {item.unit},"
            f" rest {item.rest_s} s")


def show(plan: Plan, catalog: Catalog) -> None:
    print(f"training days: {','.join(plan.days)}")
    for workout in plan.workouts:
        print(f"{workout.name}:")
        for item in workout.items:
            print(item_line(item, catalog))
        if not workout.items:
            print("  (no exercises yet)")


def run(args: argparse.Namespace) -> int:
    store = open_store(args)
    try:
        if args.action == "set":
            plan = set_plan_json(store, _read(args.file))
            print(f"plan set: {len(plan.workouts)} workout{'s' * (len(plan.workouts) != 1)}, "
                  f"{sum(len(w.items) for w in plan.workouts)} exercises")
            return 0
        if args.action == "swap":
            old, new = swap_exercise(store, args.old, args.new)
            print(f"swapped {old.name} for {new.name} in every workout; "
                  f"each keeps its own history")
            return 0
    except InputError as error:
        raise CliError(str(error)) from None
    plan = store.plan()
    if args.json:
        print_json(plan_json(plan))
    else:
        show(plan, store.catalog())
    return 0
