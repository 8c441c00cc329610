"""`legtui today [--json]`: today's workout (which one and why), each exercise's next target and
the working sets done so far."""

from __future__ import annotations

import argparse
from typing import Any

from legtui.cli.common import add_db_option, clock_for, open_store, print_json
from legtui.cli.suggest import line
from legtui.services.gym import TodayOverview, today_overview


def register(sub: Any) -> None:
    p: argparse.ArgumentParser = sub.add_parser(
        "today", help="today's workout, its targets and the sets done"
    )
    p.add_argument("--json", action="store_true", help="machine-readable output")
    add_db_option(p)
    p.set_defaults(run=run)


def today_json(overview: TodayOverview) -> dict[str, Any]:
    return {
        "date": overview.day.isoformat(),
        "training_day": overview.training_day,
        "workout": overview.workout.workout.name,
        "why": overview.workout.why,
        "exercises": [
            {"exercise": ex.item.exercise, "group": ex.item.group,
             "target": ex.suggestion.to_json(), "done_sets": ex.working_done}
            for ex in overview.exercises
        ],
    }


def run(args: argparse.Namespace) -> int:
    store = open_store(args)
    overview = today_overview(store, clock_for(store.profile()))
    if args.json:
        print_json(today_json(overview))
        return 0
    status = "training day" if overview.training_day else "rest day"
    print(f"{overview.day.isoformat()} · {status} · workout {overview.workout.line}")
    for ex in overview.exercises:
        group = f"[{ex.item.group}] " if ex.item.group else ""
        done = f" · {ex.working_done} done" if ex.working_done else ""
        print(f"  {group}{line(ex.exercise.name, ex.suggestion)}{done}")
    return 0
