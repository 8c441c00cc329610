"""`legtui checkin [--weight W] [--calories N] ... [--date D]`: record today's habits."""

from __future__ import annotations

import argparse
from typing import Any

from legtui.cli.common import CliError, add_db_option, clock_for, emit, open_store, parse_day
from legtui.core.checkin_input import checkin_from_raw
from legtui.core.inputs import InputError
from legtui.core.model import CheckIn
from legtui.core.text import amount

# option -> CheckIn field
OPTIONS: dict[str, str] = {
    "weight": "weight",
    "calories": "calories",
    "protein": "protein_g",
    "fiber": "fiber_g",
    "sleep": "sleep_h",
    "stress": "stress",
    "water": "water_l",
    "sodium": "sodium_mg",
    "waist": "waist",
    "hips": "hips",
    "thigh": "thigh",
    "note": "note",
}
METAVARS = {"weight": "W", "calories": "KCAL", "protein": "G", "fiber": "G", "sleep": "H",
            "stress": "1-5", "water": "L", "sodium": "MG", "waist": "LEN", "hips": "LEN",
            "thigh": "LEN", "note": "TEXT"}


def register(sub: Any) -> None:
    p: argparse.ArgumentParser = sub.add_parser(
        "checkin",
        help="record the day's weight, calories, protein, sleep, stress, water, sodium, tape",
        description="Every field is optional, at least one is needed. A later value of a field "
        "replaces the earlier one for that day; the other fields stay. Weight is in the "
        "profile's unit, waist/hips/thigh in its length unit.",
    )
    for option in OPTIONS:
        p.add_argument(f"--{option}", metavar=METAVARS[option])
    p.add_argument("--partial", action=argparse.BooleanOptionalAction, default=None,
                   help="the day's calories are incomplete (measured expenditure leaves the "
                   "day out); --no-partial clears it")
    p.add_argument("--date", help="the day, YYYY-MM-DD (default: today)")
    add_db_option(p)
    p.set_defaults(run=run)


def describe(entry: CheckIn) -> str:
    """`weight 80.2 kg, sleep 6.5 h, ...`: the fields a check-in holds."""
    units = {"weight": entry.unit, "calories": "kcal", "protein_g": "g", "fiber_g": "g",
             "sleep_h": "h", "water_l": "L", "sodium_mg": "mg", "waist": entry.length_unit,
             "hips": entry.length_unit, "thigh": entry.length_unit}
    shown = []
    for option, name in OPTIONS.items():
        value = getattr(entry, name)
        if value is not None and name != "note":
            unit = units.get(name)
            shown.append(f"{option} {amount(value, unit)}" if unit else f"{option} {value:g}")
    if entry.note:
        shown.append(f"note {entry.note!r}")
    if entry.partial is not None:
        shown.append("calories partial" if entry.partial else "calories complete")
    return ", ".join(shown)


def run(args: argparse.Namespace) -> int:
    raw = {name: getattr(args, option) for option, name in OPTIONS.items()}
    store = open_store(args, writes=True)
    profile = store.profile()
    today = clock_for(profile).today_iso()
    day = parse_day(args.date) if args.date else today
    if day > today:
        raise CliError(f"{day} is in the future; check in for today ({today}) or earlier")
    try:
        entry = checkin_from_raw(day, raw, profile, args.partial)
    except InputError as error:
        raise CliError(str(error)) from None
    saved = store.put_checkin(entry)
    emit(f"checked in {day}: {describe(saved)}")
    return 0
