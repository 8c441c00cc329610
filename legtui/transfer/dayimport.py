"""`run_day_import`: a food or scale export read whole, then written as check-ins, or nothing.

Imported values fill a day's empty fields and never overwrite a hand-typed one; `replace`
overwrites the values an earlier import wrote (see checkin_merge.py). Weights are written in the
profile's unit.
"""

from __future__ import annotations

import zipfile
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
from legtui.transfer.checkin_merge import FIELDS, plan
from legtui.transfer.csvfile import csv_table
from legtui.transfer.csvread import Table
from legtui.transfer.day_summary import DaySummary
from legtui.transfer.daybook import DayBook

CsvReader = Callable[[Table, Unit | None], DayBook]
FileReader = Callable[[Path, Unit | None], DayBook]
CSV_DAY_READERS: dict[str, tuple[str, CsvReader]] = {
    "cronometer": (cronometer.APP, cronometer.read),
    "myfitnesspal": (myfitnesspal.APP, myfitnesspal.read),
    "withings": (withings.APP, withings.read),
    "garmin": (garmin.APP, garmin.read),
    "renpho": (renpho.APP, renpho.read),
}
FILE_DAY_READERS: dict[str, tuple[str, FileReader]] = {
    "applehealth": (applehealth.APP, applehealth.read),
    "fitbit": (fitbit.APP, fitbit.read),
}
ZIP_DAY_READERS: dict[str, FileReader] = {"myfitnesspal": myfitnesspal.read_zip}
LABELS: dict[str, str] = {
    app: label for app, (label, _) in (CSV_DAY_READERS | FILE_DAY_READERS).items()
}
CHECKIN_APPS: tuple[str, ...] = tuple(LABELS)


def read_days(app: str, path: Path, unit: Unit | None) -> DayBook:
    """The app's reader over the file: a CSV table, or the path (XML, a zip, JSON, a folder)."""
    if app in ZIP_DAY_READERS and zipfile.is_zipfile(path):
        return ZIP_DAY_READERS[app](path, unit)
    if app in CSV_DAY_READERS:
        with csv_table(path) as table:
            return CSV_DAY_READERS[app][1](table, unit)
    return FILE_DAY_READERS[app][1](path, unit)


def run_day_import(
    store: Store, app: str, path: Path, unit: Unit | None = None, dry_run: bool = False,
    replace: bool = False,
) -> DaySummary:
    """Import a food or scale export into check-ins; all or nothing."""
    read = read_days(app, path, unit).result(store.profile().unit)
    days = [c.date for c in read.checkins]
    stored = {c.date: c for c in store.checkins(days[0], days[-1])} if days else {}
    changes = plan(stored, read.checkins, replace)
    if changes.checkins and not dry_run:
        store.put_checkins(changes.checkins)
    values: Counter[str] = Counter(  # partial: the days marked partial (not those marked done)
        name for c in read.checkins for name in FIELDS
        if getattr(c, name) is not None and getattr(c, name) is not False
    )
    return DaySummary(
        app=LABELS[app], source=path.name, days=len(days),
        first=days[0] if days else None, last=days[-1] if days else None,
        values={name: values[name] for name in FIELDS if values[name]},
        decisions=dict(changes.counts), days_written=len(changes.checkins),
        new_days=changes.new_days, dry_run=dry_run, skipped=dict(read.skipped),
        out_of_bounds=tuple(read.out_of_bounds), implausible=tuple(read.implausible),
    )
