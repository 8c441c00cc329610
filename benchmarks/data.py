"""The data the cases run on: demo stores, stores and sqlite files of N sets, a Strong CSV."""

from __future__ import annotations

import csv
import random
import sqlite3
from collections.abc import Iterable
from datetime import date, timedelta
from pathlib import Path
from typing import NamedTuple

import orjson

from benchmarks.runner import CaseError, child_env, legtui_cli, run_child
from legtui.core.model import Session, SetEntry
from legtui.services.demo import generate
from legtui.store import Store

END = date(2026, 3, 2)
SETS_PER_YEAR = 2_000  # fewer than the demo lifter logs, so a history this long is enough


class Counts(NamedTuple):
    sets: int
    checkins: int

    def label(self) -> str:
        return f"{self.sets:,} sets, {self.checkins:,} check-ins"


def counts(store_path: Path) -> Counts:
    data = orjson.loads(store_path.read_bytes())
    sets = sum(len(doc.get("sets", ())) for doc in data.get("sessions", {}).values())
    return Counts(sets, len(data.get("checkins", {})))


def demo_store(folder: Path, years: float) -> Path:
    """`legtui --db PATH demo --years N --seed 1`, the way a user makes one."""
    path = folder / f"demo-{years:g}y.json"
    run_child(legtui_cli("--db", str(path), "demo", "--years", f"{years:g}", "--seed", "1"),
              child_env(folder))
    return path


def sessions_with(n_sets: int) -> list[Session]:
    """Demo sessions, oldest first, cut so they hold exactly `n_sets` sets."""
    years = n_sets / SETS_PER_YEAR + 0.1
    sessions, _ = generate(years, seed=1, end=END)
    out: list[Session] = []
    left = n_sets
    for session in reversed(sessions):
        if left <= 0:
            break
        kept = session.sets[:left]
        out.append(Session(session.date, kept, session.notes))
        left -= len(kept)
    if left > 0:
        raise CaseError(f"the demo generator gave fewer than {n_sets} sets")
    return out[::-1]


def store_with(path: Path, sessions: Iterable[Session]) -> Path:
    Store(path).merge(sessions)
    return path


SQLITE_SCHEMA = (
    "CREATE TABLE sets (id TEXT PRIMARY KEY, day TEXT, exercise TEXT, load REAL, unit TEXT, "
    "reps INTEGER, rpe REAL, kind TEXT, logged_at TEXT, note TEXT)"
)
SQLITE_INSERT = "INSERT INTO sets VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"


def sqlite_row(day: str, entry: SetEntry) -> tuple[object, ...]:
    return (entry.id, day, entry.exercise, entry.load, entry.unit, entry.reps, entry.rpe,
            entry.kind, entry.logged_at, entry.note)


def sqlite_with(path: Path, sessions: Iterable[Session]) -> Path:
    """A stdlib sqlite3 file holding the same sets, one row each."""
    path.unlink(missing_ok=True)
    with sqlite3.connect(path) as db:
        db.execute(SQLITE_SCHEMA)
        db.executemany(SQLITE_INSERT, (sqlite_row(s.date, e) for s in sessions for e in s.sets))
    db.close()
    return path


def sqlite_like_store(path: Path, store_path: Path) -> Path:
    return sqlite_with(path, Store(store_path).sessions())


STRONG_HEADER = ("Date", "Workout Name", "Duration", "Exercise Name", "Set Order", "Weight",
                 "Reps", "Distance", "Seconds", "Notes", "Workout Notes", "RPE")
STRONG_LIFTS = (
    ("Romanian Deadlift (Barbell)", 60.0), ("Hip Thrust (Barbell)", 80.0),
    ("Lying Leg Curl (Machine)", 35.0), ("Bulgarian Split Squat", 16.0),
    ("Bench Press (Barbell)", 50.0),
)


def strong_csv(path: Path, rows: int, seed: int = 1) -> Path:
    """A Strong export (the classic comma layout) of exactly `rows` set rows, warm-ups included."""
    rng = random.Random(seed)
    day = END - timedelta(days=rows // 8)  # about 20 rows a workout, one every 2 days
    with path.open("w", newline="", encoding="utf-8") as handle:
        out = csv.writer(handle)
        out.writerow(STRONG_HEADER)
        written = 0
        while written < rows:
            stamp = f"{day.isoformat()} 17:{rng.randrange(60):02d}:00"
            for name, load in STRONG_LIFTS:
                for order in ("W", "1", "2", "3"):
                    if written == rows:
                        break
                    weight = load / 2 if order == "W" else load + rng.choice((0, 2.5, 5))
                    rpe = f"{rng.choice((7, 7.5, 8, 8.5, 9))}" if rng.random() < 0.3 else ""
                    out.writerow((stamp, "Posterior chain", "55m", name, order, f"{weight:.1f}",
                                  f"{rng.randrange(6, 13)}.0", "0", "0", "", "", rpe))
                    written += 1
            day += timedelta(days=rng.choice((1, 2, 2, 3)))
    return path
