"""Fitbit's weight logs: `weight-YYYY-MM-DD.json` from the account's data export, one file or
the folder that holds them (a file a month).

A JSON list of `{"logId", "weight", "bmi", "fat"?, "date": "MM/DD/YY", "time": "HH:MM:SS",
"source"?}`. The weight is in the account's display unit, which the file does not state, so
`--unit` is required.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from legtui.core.model import Unit
from legtui.transfer.csvread import number, read_text
from legtui.transfer.daybook import DayBook
from legtui.transfer.errors import TransferError
from legtui.transfer.wallclock import parse_day, parse_time

APP = "Fitbit"
DAYS = ("%m/%d/%y", "%m/%d/%Y", "%Y-%m-%d")
FILES = "weight-*.json"
NO_UNIT = (
    "a Fitbit weight log does not say whether its weights are kg or lb; "
    "run the import again with --unit kg or --unit lb"
)
NOT_FITBIT = f"not a {APP} weight log: expected a JSON list of readings with date, time and weight"


def _entries(text: str) -> list[Any]:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        raise TransferError(f"broken JSON: {error.msg}", error.lineno) from None
    if not isinstance(data, list):
        raise TransferError(NOT_FITBIT)
    return data


def read(path: Path, unit: Unit | None) -> DayBook:
    """One `weight-*.json` file, or a folder of them (the archive's monthly files)."""
    files = sorted(path.glob(FILES)) if path.is_dir() else [path]
    if not files:
        raise TransferError(f"not a {APP} export: no {FILES} files in the folder {path.name}")
    logs = [(file, _entries(read_text(file))) for file in files]
    if unit is None:
        raise TransferError(NO_UNIT)
    book = DayBook(APP)
    for file, entries in logs:
        for place, entry in enumerate(entries, 1):
            where = f"{file.name} reading {place}" if file != path else f"reading {place}"
            _reading(book, entry, unit, where)
    return book


def _reading(book: DayBook, entry: Any, unit: Unit, where: str) -> None:
    if not isinstance(entry, dict) or "date" not in entry or "weight" not in entry:
        raise TransferError(f"{where}: {NOT_FITBIT}")
    try:
        day = parse_day(str(entry["date"]), DAYS, "date", None)
        time = parse_time(str(entry.get("time") or ""), "time", None)
        weight = entry["weight"]
        value = number("" if weight is None else str(weight), "weight", None)
    except TransferError as error:
        raise TransferError(f"{where}: {error.reason}") from None
    if value is None:
        book.skipped["readings without a weight"] += 1
        return
    book.weight(day, time, value, unit, where)
