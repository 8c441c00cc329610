"""`legtui profile [--unit ...] ...`: show or change the profile and the training days."""

from __future__ import annotations

import argparse
from dataclasses import replace
from datetime import date
from typing import Any

from legtui.clock import valid_zone
from legtui.commands.common import CliError, add_db_option, open_store, print_json
from legtui.model import ACTIVITIES, WEEKDAYS, Profile


def register(sub: Any) -> None:
    p: argparse.ArgumentParser = sub.add_parser(
        "profile", help="show or set units, body data, deficit, training days, time zone"
    )
    p.add_argument("--unit", choices=("kg", "lb"), help="load and bodyweight unit")
    p.add_argument("--length-unit", choices=("cm", "in"), help="unit for waist, hips, thigh")
    p.add_argument("--sex", choices=("male", "female"))
    p.add_argument("--height", type=float, metavar="CM", help="height in cm")
    p.add_argument("--birth-year", type=int, metavar="Y")
    p.add_argument("--activity", choices=ACTIVITIES)
    p.add_argument("--deficit", type=int, metavar="KCAL", help="daily deficit, 250-500")
    p.add_argument("--days", metavar="mon,wed,fri", help="training days")
    p.add_argument("--timezone", metavar="TZ", help="IANA zone, e.g. Europe/Berlin")
    p.add_argument("--day-start", type=int, metavar="H", help="hour a training day starts (0-12)")
    p.add_argument("--water", type=float, metavar="L", help="daily water target in litres")
    p.add_argument("--bell", action=argparse.BooleanOptionalAction, default=None,
                   help="ring the terminal bell when rest is over")
    p.add_argument("--json", action="store_true", help="print the profile as JSON")
    add_db_option(p)
    p.set_defaults(run=run)


def parse_days(text: str) -> tuple[str, ...]:
    days = [d.strip().lower()[:3] for d in text.split(",") if d.strip()]
    bad = [d for d in days if d not in WEEKDAYS]
    if bad or not days:
        raise CliError(f"training days are a comma list of {','.join(WEEKDAYS)}, not {text!r}")
    return tuple(sorted(set(days), key=WEEKDAYS.index))


def updated_profile(profile: Profile, args: argparse.Namespace) -> Profile:
    """Apply and check every option given; raise CliError on the first bad one."""
    changes: dict[str, Any] = {}
    if args.unit:
        changes["unit"] = args.unit
    if args.length_unit:
        changes["length_unit"] = args.length_unit
    if args.sex:
        changes["sex"] = args.sex
    if args.height is not None:
        if not 100 <= args.height <= 250:
            raise CliError(f"height is in cm, 100 to 250, not {args.height:g}")
        changes["height_cm"] = args.height
    if args.birth_year is not None:
        this_year = date.today().year
        if not this_year - 100 <= args.birth_year <= this_year - 13:
            raise CliError(f"birth year {args.birth_year} is out of range")
        changes["birth_year"] = args.birth_year
    if args.activity:
        changes["activity"] = args.activity
    if args.deficit is not None:
        if not 250 <= args.deficit <= 500:
            raise CliError(f"the deficit is 250 to 500 kcal a day (the seed), not {args.deficit}")
        changes["deficit"] = args.deficit
    if args.timezone:
        if not valid_zone(args.timezone):
            raise CliError(f"unknown time zone {args.timezone!r} (e.g. Europe/Berlin)")
        changes["timezone"] = args.timezone
    if args.day_start is not None:
        if not 0 <= args.day_start <= 12:
            raise CliError(f"the day start hour is 0 to 12, not {args.day_start}")
        changes["day_start_hour"] = args.day_start
    if args.water is not None:
        if not 0 < args.water <= 10:
            raise CliError(f"the water target is in litres, above 0 and at most 10, not {args.water:g}")
        changes["water_target_l"] = args.water
    if args.bell is not None:
        changes["bell"] = args.bell
    return replace(profile, **changes)


def run(args: argparse.Namespace) -> int:
    store = open_store(args)
    old = store.profile()
    new = updated_profile(old, args)
    days = parse_days(args.days) if args.days else None
    if new != old or not store.has_profile():
        store.set_profile(new)
    if days is not None:
        store.set_plan(replace(store.plan(), days=days))
    plan = store.plan()
    if args.json:
        print_json({**new.to_dict(), "days": list(plan.days)})
        return 0
    for key, value in new.to_dict().items():
        print(f"{key:<15} {'-' if value is None else value}")
    print(f"{'days':<15} {','.join(plan.days)}")
    return 0
