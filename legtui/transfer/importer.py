"""`run_import`: read a whole file first, then add it to the store in one merge, or nothing."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import BinaryIO

from legtui.core.clock import Clock
from legtui.core.model import Unit
from legtui.store import Store
from legtui.store.replica import Documents, to_replica
from legtui.transfer import fitnotes, hevy, native, strong
from legtui.transfer.builder import Parsed, SessionBuilder
from legtui.transfer.csvread import lines_of, read_stream, read_text, text_lines
from legtui.transfer.day_summary import DaySummary
from legtui.transfer.dayimport import CHECKIN_APPS, run_day_import
from legtui.transfer.dayimport import LABELS as DAY_LABELS
from legtui.transfer.detect import detect
from legtui.transfer.errors import TransferError
from legtui.transfer.summary import ImportSummary

Reader = Callable[[Iterator[str], SessionBuilder, Unit | None], Parsed]
CSV_READERS: dict[str, tuple[str, Reader]] = {
    "strong": (strong.APP, strong.read),
    "hevy": (hevy.APP, hevy.read),
    "fitnotes": (fitnotes.APP, fitnotes.read),
}
APPS: tuple[str, ...] = (*CSV_READERS, "legtui", *CHECKIN_APPS)
LABELS: dict[str, str] = {
    "legtui": "legtui", **{app: label for app, (label, _) in CSV_READERS.items()}, **DAY_LABELS
}


def parse(
    store: Store, app: str, path: Path, unit: Unit | None = None, source: BinaryIO | None = None
) -> Parsed:
    """Read and check the whole file (or `source`, standard input), a line at a time; raises
    TransferError (with the line) on a bad row."""
    if app == "legtui":
        text = read_text(path) if source is None else read_stream(source)
        return native.read(text, store.catalog())
    label, reader = CSV_READERS[app]
    profile = store.profile()
    clock = Clock(profile.timezone, profile.day_start_hour)
    builder = SessionBuilder(label, store.catalog(), clock)
    if source is not None:
        return reader(lines_of(source), builder, unit)
    with text_lines(path) as lines:
        return reader(lines, builder, unit)


def _new_exercises(store: Store, parsed: Parsed) -> list[str]:
    catalog = store.catalog()
    return [e.name for e in parsed.exercises if e.id not in catalog]


def run_import(
    store: Store,
    app: str,
    path: Path | str,
    unit: Unit | None = None,
    dry_run: bool = False,
    source: BinaryIO | None = None,
    replace: bool = False,
) -> ImportSummary | DaySummary:
    """Import a file (app: one of APPS; from `source`, standard input, when given); all or
    nothing. Records merge by the later change (Store.merge_replica); what another app's file
    holds only fills what the store lacks. `replace`: a food or scale import overwrites the
    values an earlier import wrote."""
    if app not in APPS:
        raise ValueError(f"unknown app {app!r}; one of {', '.join(APPS)}")
    path = Path(path)
    found = None if source is not None else detect(path)
    if found is not None and found != app:
        raise TransferError(f"this looks like a {LABELS[found]} export, not a {LABELS[app]} "
                            f"one: import it as {found}")
    if app in CHECKIN_APPS:
        if source is not None:
            raise TransferError(f"a {LABELS[app]} import reads a file, not standard input")
        return run_day_import(store, app, path, unit, dry_run, replace)
    parsed = parse(store, app, path, unit, source)
    new_exercises = tuple(_new_exercises(store, parsed))
    replica = parsed.replica or to_replica(Documents.of(
        parsed.sessions, parsed.checkins, parsed.exercises, parsed.profile, parsed.plan))
    added = store.merge_replica(replica, dry_run=dry_run)
    sets = [s for session in parsed.sessions for s in session.sets]
    warmups = sum(s.kind == "warmup" for s in sets)
    days = sorted({s.date for s in parsed.sessions} | {c.date for c in parsed.checkins})
    return ImportSummary(
        app=parsed.app,
        source=path.name,
        workouts=parsed.workouts,
        sessions=len(parsed.sessions),
        working_sets=len(sets) - warmups,
        warmups=warmups,
        checkins=len(parsed.checkins),
        first=days[0] if days else None,
        last=days[-1] if days else None,
        added=added,
        dry_run=dry_run,
        skipped=dict(parsed.skipped),
        new_exercises=new_exercises,
        suspicious=tuple(parsed.suspicious),
        notes_cut=tuple(parsed.notes_cut),
        as_text=tuple(parsed.as_text),
        restored=added.settings,
    )
