"""Dates and times as food and scale exports write them, read as the wall clock shows them.

A reading belongs to the date written in the file; no time zone is applied. Times become
`HH:MM:SS` (24-hour) so that a day's readings sort by them.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from legtui.transfer.errors import TransferError

ISO_OR_US = ("%Y-%m-%d", "%m/%d/%Y")  # `1/27/2026` after a spreadsheet re-save
TIME_FORMATS = ("%H:%M:%S", "%H:%M", "%I:%M:%S %p", "%I:%M %p")


def parse_day(text: str, formats: Sequence[str], what: str, line: int | None) -> str:
    """The date as `YYYY-MM-DD`, read by the first of `formats` that fits."""
    for fmt in formats:
        try:
            return datetime.strptime(text.strip(), fmt).date().isoformat()
        except ValueError:
            continue
    raise TransferError(f"{what}: {text!r} is not a date", line)


def parse_time(text: str, what: str, line: int | None) -> str:
    """`7:13 AM`, `19:05`, `09:34:26` as `HH:MM:SS`; "" stays "" (no time written)."""
    text = " ".join(text.upper().split())
    if not text:
        return ""
    for fmt in TIME_FORMATS:
        try:
            return datetime.strptime(text, fmt).time().isoformat()
        except ValueError:
            continue
    raise TransferError(f"{what}: {text!r} is not a time of day", line)


def parse_moment(text: str, formats: Sequence[str], what: str, line: int | None) -> tuple[str, str]:
    """A date and time written together, as (`YYYY-MM-DD`, `HH:MM:SS`)."""
    for fmt in formats:
        try:
            moment = datetime.strptime(" ".join(text.split()), fmt)
        except ValueError:
            continue
        return moment.date().isoformat(), moment.time().isoformat()
    raise TransferError(f"{what}: {text!r} is not a date and time", line)
