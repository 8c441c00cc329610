"""`run_import`: read a whole file first, then add it to the store in one merge, or nothing."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

from legtui.core.clock import Clock
from legtui.core.model import Unit
from legtui.store import MergeResult, Store
from legtui.transfer import fitnotes, hevy, native, strong
from legtui.transfer.builder import Parsed, SessionBuilder
from legtui.transfer.csvread import read_text, text_lines
from legtui.transfer.summary import ImportSummary

Reader = Callable[[Iterator[str], SessionBuilder, Unit | None], Parsed]
CSV_READERS: dict[str, tuple[str, Reader]] = {
    "strong": (strong.APP, strong.read),
    "hevy": (hevy.APP, hevy.read),
    "fitnotes": (fitnotes.APP, fitnotes.read),
}
APPS: tuple[str, ...] = (*CSV_READERS, "legtui")


def parse(store: Store, app: str, path: Path, unit: Unit | None = None) -> Parsed:
    """Read and check the whole file, a line at a time; raises TransferError (with the line)
    on a bad row."""
    if app == "legtui":
        return native.read(read_text(path), store.catalog())
    label, reader = CSV_READERS[app]
    profile = store.profile()
    clock = Clock(profile.timezone, profile.day_start_hour)
    builder = SessionBuilder(label, store.catalog(), clock)
    with text_lines(path) as lines:
        return reader(lines, builder, unit)


def preview(store: Store, parsed: Parsed) -> MergeResult:
    """What Store.merge would add, without writing."""
    existing = store.sessions()
    known = {s.id for session in existing for s in session.sets}
    days = {session.date for session in existing}
    sessions = sets = skipped = 0
    for session in parsed.sessions:
        fresh = [s for s in session.sets if s.id not in known]
        known.update(s.id for s in fresh)
        skipped += len(session.sets) - len(fresh)
        sets += len(fresh)
        sessions += bool(fresh) and session.date not in days
    checkin_days = {c.date for c in store.checkins()}
    checkins = sum(c.date not in checkin_days for c in parsed.checkins)
    return MergeResult(sessions, sets, skipped, checkins, len(_new_exercises(store, parsed)))


def _new_exercises(store: Store, parsed: Parsed) -> list[str]:
    catalog = store.catalog()
    return [e.name for e in parsed.exercises if e.id not in catalog]


def run_import(
    store: Store, app: str, path: Path | str, unit: Unit | None = None, dry_run: bool = False
) -> ImportSummary:
    """Import a file (app: strong, hevy, fitnotes or legtui); all or nothing."""
    if app not in APPS:
        raise ValueError(f"unknown app {app!r}; one of {', '.join(APPS)}")
    path = Path(path)
    parsed = parse(store, app, path, unit)
    new_exercises = tuple(_new_exercises(store, parsed))
    profile = parsed.profile if parsed.profile and not store.has_profile() else None
    plan = parsed.plan if parsed.plan and not store.has_plan() else None
    restored = tuple(name for name, item in (("profile", profile), ("plan", plan)) if item)
    if dry_run:
        added = preview(store, parsed)
    else:
        added = store.merge(parsed.sessions, parsed.checkins, parsed.exercises, profile, plan)
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
        restored=restored,
    )
