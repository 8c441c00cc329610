"""`legtui checkins [--since D] [--json]`: the check-ins, one a day, oldest first."""

from __future__ import annotations

import argparse
from typing import Any

from legtui.cli.checkin import describe
from legtui.cli.common import add_db_option, emit, open_store, parse_day, print_json
from legtui.core.model import CheckIn

JSON_KEYS = ("date", "weight", "unit", "calories", "protein_g", "fiber_g", "sleep_h", "stress",
             "water_l", "sodium_mg", "waist", "hips", "thigh", "length_unit", "note", "partial",
             "source")


def register(sub: Any) -> None:
    p: argparse.ArgumentParser = sub.add_parser("checkins", help="the check-ins, oldest first")
    p.add_argument("--since", help="from this date, YYYY-MM-DD")
    p.add_argument("--json", action="store_true", help="machine-readable output")
    add_db_option(p)
    p.set_defaults(run=run)


def checkin_json(day: CheckIn) -> dict[str, Any]:
    """Exactly the documented keys, in order; null where not given."""
    data = day.to_dict()
    return {key: data[key] for key in JSON_KEYS}


def run(args: argparse.Namespace) -> int:
    since = parse_day(args.since) if args.since else None
    days = open_store(args).checkins(since=since)
    if args.json:
        print_json([checkin_json(day) for day in days])
        return 0
    if not days:
        emit("no check-ins yet: legtui checkin --weight W --sleep H ...")
    for day in days:
        emit(f"{day.date}  {describe(day)}")
    return 0
