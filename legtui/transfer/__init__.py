"""The transfer layer: import Strong, Hevy, FitNotes and legtui JSON, and food and weight from
Cronometer, MyFitnessPal, Apple Health, Withings, Garmin, Renpho and Fitbit into check-ins;
export csv, strong, json.

The API the CLI and the UI share:

    run_import(store, app, path, unit=None, dry_run=False, source=None, replace=False)
            -> ImportSummary | DaySummary
        app in APPS; raises TransferError (with the file's line number) and changes nothing
        when a row cannot be read; `summary.text()` is the report to show.
    export(store, fmt) -> str
        fmt in FORMATS.
    save_export(store, fmt, path) -> None
        the same, written to a file atomically.
"""

from legtui.transfer.day_summary import DaySummary
from legtui.transfer.dayimport import CHECKIN_APPS
from legtui.transfer.errors import TransferError
from legtui.transfer.export import FORMATS, export, save_export
from legtui.transfer.importer import APPS, run_import
from legtui.transfer.summary import ImportSummary

__all__ = [
    "APPS", "CHECKIN_APPS", "FORMATS", "DaySummary", "ImportSummary", "TransferError", "export",
    "run_import", "save_export",
]
