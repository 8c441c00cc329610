"""`legtui profile [--unit ...] [--exercise rdl --sets 4 ...]`: show or change profile and plan.

Every value is checked by legtui.core.settings (shared with the Setup screen) before anything is
written; a bad one is one line on stderr and changes nothing.
"""

from __future__ import annotations

import argparse
import shlex
from dataclasses import replace
from pathlib import Path
from typing import Any, cast

from legtui.cli.common import CliError, add_db_option, clock_for, emit, open_store, print_json
from legtui.core.catalog import MUSCLES, Catalog
from legtui.core.coach import FLOOR_WARNING, coached_targets
from legtui.core.inputs import InputError
from legtui.core.model import (
    ACTIVITIES,
    EQUIPMENT,
    Equipment,
    Exercise,
    Plan,
    Profile,
    Unit,
    from_kg,
)
from legtui.core.settings import (
    NearNameError,
    add_to_plan,
    choice,
    parse_days,
    parse_muscles,
    plan_item,
    remove_from_plan,
    update_plan_item,
    update_profile,
)
from legtui.core.sync_target import SyncTarget
from legtui.store import Store

# option dest -> Profile field
PROFILE_OPTIONS: dict[str, tuple[str, str, str]] = {
    "unit": ("unit", "kg|lb", "load and bodyweight unit"),
    "length_unit": ("length_unit", "cm|in", "unit for waist, hips, thigh"),
    "sex": ("sex", "male|female", "for BMR"),
    "height": ("height_cm", "CM", "height in cm"),
    "birth_year": ("birth_year", "Y", "birth year (age = this year − Y)"),
    "activity": ("activity", "LEVEL", ", ".join(ACTIVITIES)),
    "deficit": ("deficit", "KCAL", "daily deficit, 250-500"),
    "timezone": ("timezone", "TZ", "IANA zone, e.g. Europe/Berlin"),
    "day_start": ("day_start_hour", "H", "hour a training day starts (0-12)"),
    "water": ("water_target_l", "L", "daily water target in litres"),
    "rest_alert": ("rest_alert", "KIND", "when rest is over: both (bell and a notification), "
                   "bell, notification or off"),
    "goal_weight": ("goal_weight", "W", "goal weight in the profile's unit (none: no goal)"),
    "checkin_day": ("checkin_day", "DAY", "weekday the coached calorie target moves (mon)"),
}
# option dest -> PlanItem field (as legtui.core.settings names it)
PLAN_OPTIONS: dict[str, tuple[str, str, str]] = {
    "sets": ("sets", "N", "working sets (1-10)"),
    "reps": ("reps", "LOW-HIGH", "rep range, e.g. 8-12"),
    "scheme": ("scheme", "double|linear", "progression scheme"),
    "increment": ("increment", "LOAD", "smallest load step (none: the equipment's default)"),
    "start_load": ("start_load", "LOAD", "load of the first session"),
    "rest": ("rest_s", "SECONDS", "rest between sets"),
    "max_load": ("max_load", "LOAD", "heaviest load available (none: no limit)"),
    "equipment": ("equipment", "KIND", ", ".join(EQUIPMENT)),
    "bar": ("bar", "LOAD", "bar weight"),
    "plates": ("plates", "25,20,...", "plates at hand"),
    "step": ("step", "LOAD", "dumbbell step"),
    "rpe": ("target_rpe", "RPE", "target effort, 6-10"),
}


def register(sub: Any) -> None:
    p: argparse.ArgumentParser = sub.add_parser(
        "profile",
        help="show or set units, body data, deficit, training days, time zone and the plan",
        description="Without options it shows the profile and the plan. Plan options "
        "(--sets, --reps, ...) change the exercise named by --exercise (or --add-exercise); "
        "loads are in that exercise's unit.",
    )
    for dest, (_, metavar, text) in PROFILE_OPTIONS.items():
        p.add_argument(f"--{dest.replace('_', '-')}", dest=dest, metavar=metavar, help=text)
    p.add_argument("--days", metavar="mon,wed,fri", help="training days")
    p.add_argument("--bell", action=argparse.BooleanOptionalAction, default=None,
                   help="--no-bell is --rest-alert off; --bell is --rest-alert both")
    p.add_argument("--exercise", metavar="NAME", help="the plan exercise the plan options change")
    p.add_argument("--add-exercise", metavar="NAME",
                   help="add an exercise to the plan (a new name makes a custom exercise)")
    p.add_argument("--new", action="store_true",
                   help="with --add-exercise: make a new exercise even if the name is close to a "
                   "known one (otherwise: did you mean ...?)")
    p.add_argument("--muscles", metavar="glutes,hamstrings",
                   help=f"the primary muscles of an exercise of your own ({', '.join(MUSCLES)}); "
                   "they count in weekly volume")
    p.add_argument("--remove-exercise", metavar="NAME", help="take an exercise out of the plan")
    for dest, (_, metavar, text) in PLAN_OPTIONS.items():
        p.add_argument(f"--{dest.replace('_', '-')}", dest=dest, metavar=metavar, help=text)
    p.add_argument("--sync", metavar="FILE", help="this device syncs with FILE (`legtui sync`, "
                   "the app's Sync now)")
    p.add_argument("--sync-via", metavar="CMD", help='this device syncs through CMD, e.g. '
                   '"ssh gymbox legtui"')
    p.add_argument("--sync-auto", action=argparse.BooleanOptionalAction, default=None,
                   help="the app syncs on start and on quit")
    p.add_argument("--no-sync", action="store_true", help="forget this device's sync target")
    p.add_argument("--json", action="store_true", help="print the profile and plan as JSON")
    add_db_option(p)
    p.set_defaults(run=run)


def given(args: argparse.Namespace, options: dict[str, tuple[str, str, str]]) -> dict[str, str]:
    """field -> raw text for each option on the command line."""
    return {field: getattr(args, dest) for dest, (field, _, _) in options.items()
            if getattr(args, dest) is not None}


def changed_plan(
    store: Store, plan: Plan, args: argparse.Namespace, unit: Unit
) -> tuple[Plan, Exercise | None]:
    """The plan after --days, --add/--remove-exercise and the plan options; nothing written."""
    if args.days is not None:
        plan = replace(plan, days=parse_days(args.days))
    catalog, custom = store.catalog(), None
    muscles = parse_muscles(args.muscles) if args.muscles is not None else ()
    if args.add_exercise:
        equipment = cast(Equipment, choice("equipment", args.equipment)) if args.equipment else None
        plan, custom = add_to_plan(plan, catalog, args.add_exercise, unit, equipment,
                                   muscles=muscles, new=args.new)
        if custom is not None:
            catalog = Catalog([*store.custom_exercises(), custom])
    if args.remove_exercise:
        plan = remove_from_plan(plan, catalog, args.remove_exercise)
    fields = given(args, PLAN_OPTIONS)
    target = args.exercise or args.add_exercise
    if fields and not target:
        raise InputError("plan options (--sets, --reps, ...) need --exercise NAME")
    if target and (fields or args.exercise):
        plan = plan.with_item(update_plan_item(plan_item(plan, catalog, target), fields))
    return plan, custom


def muscles_of_own(
    catalog: Catalog, args: argparse.Namespace
) -> tuple[str, tuple[str, ...]] | None:
    """`--muscles` for an exercise of the user's own already stored: (its id, the muscles)."""
    if args.muscles is None:
        return None
    name = args.exercise or args.add_exercise
    found = catalog.resolve(name) if name else None
    if found is None or not found.custom:
        raise InputError("--muscles goes with --add-exercise NAME or --exercise NAME, "
                         "for an exercise of your own")
    return found.id, parse_muscles(args.muscles)


def changed_sync(old: SyncTarget, args: argparse.Namespace) -> SyncTarget:
    """This device's sync target after --sync, --sync-via, --sync-auto and --no-sync."""
    if sum(bool(x) for x in (args.sync, args.sync_via, args.no_sync)) > 1:
        raise InputError("give one of --sync FILE, --sync-via CMD and --no-sync")
    target = SyncTarget(auto=old.auto) if args.no_sync else old
    if args.sync:
        target = SyncTarget(file=str(Path(args.sync).expanduser().absolute()), auto=old.auto)
    if args.sync_via:
        try:
            if not shlex.split(args.sync_via):
                raise ValueError("it is empty")
        except ValueError as error:
            raise InputError(f"cannot read the sync command {args.sync_via!r}: {error}") from None
        target = SyncTarget(via=args.sync_via, auto=old.auto)
    if args.sync_auto is not None:
        target = replace(target, auto=args.sync_auto)
    return target


def run(args: argparse.Namespace) -> int:
    shown_only = ("json", "db", "command", "run")
    store = open_store(args, writes=any(v not in (None, False) for k, v in vars(args).items()
                                        if k not in shown_only))
    old_profile, old_plan = store.profile(), store.plan()
    this_year = clock_for(old_profile).today().year
    raw = given(args, PROFILE_OPTIONS)
    if args.bell is not None:
        raw.setdefault("rest_alert", "both" if args.bell else "off")
    try:
        profile = update_profile(old_profile, raw, this_year)
        plan, custom = changed_plan(store, old_plan, args, profile.unit)
        retrained = muscles_of_own(store.catalog(), args) if custom is None else None
        old_sync = store.sync_target()
        sync = changed_sync(old_sync, args)
    except NearNameError as error:
        raise CliError(f"{error}: add --new to make it") from None
    except InputError as error:
        raise CliError(str(error)) from None
    if custom is not None:
        store.add_exercise(custom)
    if retrained is not None:
        store.set_muscles(*retrained)
    if profile != old_profile or not store.has_profile():
        store.set_profile(profile)
    if plan != old_plan:
        store.set_plan(plan)
    if sync != old_sync:
        store.set_sync(sync)
    show(profile.to_dict(), plan, store.catalog(), args.json, sync)
    if not args.json and {"deficit", "goal_weight"} & set(raw):
        for line in coach_lines(store, profile):
            emit(line)
    return 0


def coach_lines(store: Store, profile: Profile) -> list[str]:
    """After a new deficit or goal: the calorie target it gives, the floor, the goal's date."""
    today = clock_for(profile).today()
    targets = coached_targets(profile, store.checkins(until=today.isoformat()), today)
    lines = [] if targets.calories is None else [
        f"calorie target {round(targets.calories.target)} kcal ({targets.calories.reason})"]
    lines += [f"warning: {w}" for w in targets.warnings if w.startswith(FLOOR_WARNING)]
    goal = targets.goal
    if goal is not None:
        data = goal.to_json()
        when = "" if data["date"] is None else f" by {data['date']}"
        lines.append(f"goal {data['weight']:g} {data['unit']}{when}: {data['reason']}")
    return lines


def show(
    profile: dict[str, Any], plan: Plan, catalog: Catalog, as_json: bool, sync: SyncTarget
) -> None:
    if as_json:
        print_json({**profile, "days": list(plan.days),
                    "plan": [item.to_dict() for item in plan.items], "sync": sync.to_dict()})
        return
    for key, value in profile.items():
        if key == "goal_weight" and value is not None:
            value = f"{from_kg(value, profile['unit']):g} {profile['unit']}"
        emit(f"{key:<15} {'-' if value is None else value}")
    auto = ", on start and quit" if sync.auto and sync.is_set else ""
    emit(f"{'sync':<15} {sync.describe()}{auto}")
    emit(f"{'days':<15} {','.join(plan.days)}")
    for item in plan.items:
        extra = f", max {item.max_load:g}" if item.max_load is not None else ""
        emit(f"  {catalog.name(item.exercise):<24} {item.sets}×{item.rep_low}-{item.rep_high} "
              f"{item.scheme}, start {item.start_load:g} {item.unit}, rest {item.rest_s} s{extra}")
