"""`legtui targets [--json]`: BMR, TDEE, measured expenditure, the coached calorie band, the other
bands, trend, goal, hints and the 7-day summary."""

from __future__ import annotations

import argparse
from typing import Any

from legtui.cli.common import add_db_option, clock_for, emit, open_store, print_json
from legtui.core.checkin_review import week_lines, week_summary
from legtui.core.coach import coached_targets
from legtui.core.hints import hints_for
from legtui.core.nutrition import Targets


def register(sub: Any) -> None:
    p: argparse.ArgumentParser = sub.add_parser(
        "targets", help="BMR, TDEE, measured expenditure, the coached calorie target, bands, goal"
    )
    p.add_argument("--json", action="store_true", help="machine-readable output")
    add_db_option(p)
    p.set_defaults(run=run)


def _or_dash(value: Any, suffix: str = "") -> str:
    return "-" if value is None else f"{value}{suffix}"


def summary_lines(targets: Targets) -> list[str]:
    data = targets.to_json()
    cal, protein, trend, rate, spent, goal = (
        data[k] for k in ("calories", "protein_g", "trend_weight", "weekly_rate", "expenditure",
                          "goal"))
    lines = [
        f"BMR       {_or_dash(data['bmr'], ' kcal')}",
        f"TDEE      {_or_dash(data['tdee'], ' kcal')} (formula)",
        f"measured  {_or_dash(spent['kcal'], ' kcal')}"
        + ("" if spent["low"] is None else f" ({spent['low']}–{spent['high']})")
        + f", {spent['state']}: {spent['reason']}",
        "calories  -" if cal is None else
        f"calories  {cal['low']}–{cal['high']} kcal, target {cal['target']} ({cal['source']})",
        "protein   -" if protein is None else f"protein   {protein['low']}–{protein['high']} g",
        f"sleep     {data['sleep_h']['low']}–{data['sleep_h']['high']} h",
        f"fiber     {_or_dash(data['fiber_g'], ' g or more')}",
        f"sodium    under {data['sodium_mg_max']} mg",
        f"water     {_or_dash(data['water_l'], ' L')}",
        "trend     -" if trend is None else f"trend     {trend['value']:.1f} {trend['unit']}"
        + ("" if rate is None else f", {rate['value']:+.2f} {rate['unit']} a week"),
    ]
    if cal is not None:
        lines.insert(4, f"          {cal['reason']}")
    if goal is not None:
        lines.append(f"goal      {goal['weight']:g} {goal['unit']}"
                     + ("" if goal["date"] is None else f" by {goal['date']}")
                     + f": {goal['reason']}")
    return lines + [f"warning:  {w}" for w in targets.warnings]


def run(args: argparse.Namespace) -> int:
    store = open_store(args)
    profile = store.profile()
    today = clock_for(profile).today()
    checkins = store.checkins(until=today.isoformat())
    targets = coached_targets(profile, checkins, today)
    if args.json:
        print_json(targets.to_json())
        return 0
    for line in summary_lines(targets):
        emit(line)
    for hint in hints_for(checkins, targets, today):
        emit(f"hint:     {hint.text}")
    for line in week_lines(week_summary(checkins, targets, today), profile.unit):
        emit(line)
    return 0
