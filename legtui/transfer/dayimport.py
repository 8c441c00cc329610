"""`run_day_import`: a food or scale export read whole, then written as check-ins, or nothing.

Imported values fill a day's empty fields and never overwrite a hand-typed one; `replace`
overwrites the values an earlier import wrote (see provenance.py). Weights are written in the
profile's unit.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from pathlib import Path

from legtui.core.model import Unit
from legtui.store import Store
from legtui.transfer import (
    applehealth,
    cronometer,
    fitbit,
    garmin,
    myfitnesspal,
    renpho,
    withings,
)
from legtui.transfer.day_summary import DaySummary
from legtui.transfer.daybook import DayBook
from legtui.transfer.provenance import FIELDS, plan

Reader = Callable[[Path, Unit | None], DayBook]
DAY_READERS: dict[str, tuple[str, Reader]] = {
    "cronometer": (cronometer.APP, cronometer.read),
    "myfitnesspal": (myfitnesspal.APP, myfitnesspal.read),
    "applehealth": (applehealth.APP, applehealth.read),
    "withings": (withings.APP, withings.read),
    "garmin": (garmin.APP, garmin.read),
    "renpho": (renpho.APP, renpho.read),
    "fitbit": (fitbit.APP, fitbit.read),
}

CHECKIN_APPS: tuple[str, ...] = tuple(DAY_READERS)


def run_day_import(
    store: Store, app: str, path: Path, unit: Unit | None = None, dry_run: bool = False,
    replace: bool = False,
) -> DaySummary:
    """Import a food or scale export into check-ins; all or nothing."""
    label, reader = DAY_READERS[app]
    read = reader(path, unit).result(store.profile().unit)
    days = [c.date for c in read.checkins]
    stored = {c.date: c for c in store.checkins(days[0], days[-1])} if days else {}
    changes = plan(stored, read.checkins, replace)
    if changes.checkins and not dry_run:
        store.put_checkins(changes.checkins)
    values: Counter[str] = Counter(  # partial: the days marked partial
        name for c in read.checkins for name in FIELDS if getattr(c, name) not in (None, False)
    )
    return DaySummary(
        app=label, source=path.name, days=len(days),
        first=days[0] if days else None, last=days[-1] if days else None,
        values={name: values[name] for name in FIELDS if values[name]},
        decisions=dict(changes.counts), days_written=len(changes.checkins),
        new_days=changes.new_days, dry_run=dry_run, skipped=dict(read.skipped),
        out_of_bounds=tuple(read.out_of_bounds), implausible=tuple(read.implausible),
    )
