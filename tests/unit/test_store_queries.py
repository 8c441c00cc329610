"""The indexed reads (recent_sessions, sessions by exercise and range, session) answer what a
plain scan of the whole history answers, as the history changes here and in another process."""

from __future__ import annotations

import gc
import random
import weakref
from datetime import date, timedelta
from pathlib import Path

from store_factory import a_set

from legtui.core.model import CheckIn, Session
from legtui.store import Store
from legtui.store.parsed import KEEP_PARSED

EXERCISES = ("rdl", "squat", "hip-thrust")
START = date(2024, 1, 1)


def some_day(rng: random.Random) -> str:
    return (START + timedelta(days=rng.randrange(60))).isoformat()


def scan(store: Store, exercise: str | None, since: str, until: str) -> list[Session]:
    return [s for s in store.sessions()
            if since <= s.date <= until
            and (exercise is None or any(e.exercise == exercise for e in s.sets))]


def test_indexed_reads_match_a_scan_of_the_history(tmp_path: Path) -> None:
    rng = random.Random(5)
    db = tmp_path / "legtui.json"
    mine, other = Store(db), Store(db)
    for n in range(120):
        writer = other if n % 5 == 0 else mine
        if n % 7 == 3 and writer.sessions():
            victim = rng.choice([e for s in writer.sessions() for e in s.sets])
            writer.delete_set(victim.id)
        else:
            writer.log_sets(some_day(rng), [a_set(60 + n % 9, exercise=rng.choice(EXERCISES))])

        exercise = rng.choice(EXERCISES)
        before = some_day(rng)
        earlier = [s for s in scan(mine, exercise, "0000", "9999") if s.date < before]
        assert mine.recent_sessions(exercise, before=before, limit=4) == earlier[-4:]
        since, until = sorted((some_day(rng), some_day(rng)))
        assert mine.sessions(since=since, until=until) == scan(mine, None, since, until)
        assert mine.sessions(exercise, since=since) == scan(mine, exercise, since, "9999")
        assert list(mine.each_session(exercise, until=until)) == scan(mine, exercise, "0", until)
        day = some_day(rng)
        assert mine.session(day) == next((s for s in mine.sessions() if s.date == day), None)
        assert mine.first_day() == min((s.date for s in mine.sessions()), default=None)
        assert mine.session_dates(exercise) == [s.date for s in scan(mine, exercise, "0", "9")]
        assert mine.logged_exercises() == {e.exercise for s in mine.sessions() for e in s.sets}
    assert mine.sessions() == Store(db).sessions()
    assert len(mine.sessions()) > 20


def test_check_ins_are_parsed_once_and_follow_every_change_here_and_elsewhere(
    tmp_path: Path
) -> None:
    rng = random.Random(8)
    db = tmp_path / "legtui.json"
    mine, other = Store(db), Store(db)
    for n in range(80):
        writer = other if n % 4 == 0 else mine
        writer.put_checkin(CheckIn(date=some_day(rng), weight=70 + n % 5, sleep_h=6 + n % 3))
        since, until = sorted((some_day(rng), some_day(rng)))
        fresh = [c for c in Store(db).checkins() if since <= c.date <= until]
        assert mine.checkins(since=since, until=until) == fresh
        assert mine.checkin(until) == next((c for c in fresh if c.date == until), None)
    first, again = mine.checkins(), mine.checkins()
    assert all(a is b for a, b in zip(first, again, strict=True))  # parsed once
    changed = first[0].date
    mine.put_checkin(CheckIn(date=changed, stress=4))
    after = {c.date: c for c in mine.checkins()}
    assert after[changed].stress == 4 and after[changed].weight == first[0].weight
    assert [after[c.date] is c for c in first] == [c.date != changed for c in first]


def test_old_days_stay_parsed_only_while_held_and_a_pass_over_the_history_reads_the_same(
    tmp_path: Path
) -> None:
    db = tmp_path / "legtui.json"
    days = [(START + timedelta(days=2 * n)).isoformat() for n in range(KEEP_PARSED + 30)]
    Store(db).merge([Session(day, (a_set(60), a_set(62.5, exercise="squat"))) for day in days])
    store = Store(db)
    first = store.sessions()
    assert first == list(store.each_session())
    assert all(a is b for a, b in zip(first, store.sessions(), strict=True))  # held: reused
    store.log_set(days[0], a_set(70))  # an old day changes: only it is parsed again
    after = store.sessions()
    assert [a is b for a, b in zip(first, after, strict=True)] == [False] + [True] * (
        KEEP_PARSED + 29)
    alive = [weakref.ref(s) for s in after]
    del first, after
    gc.collect()
    kept = [ref() is not None for ref in alive]
    assert kept == [False] * 30 + [True] * KEEP_PARSED  # older days are not kept by the store
    first = store.sessions()
    assert list(store.each_session("squat", since=days[-5])) == first[-5:]
    assert first[0].sets[0].exercise is first[-1].sets[0].exercise  # one string, not one a set
    assert store.first_day() == days[0]


def test_a_day_that_only_names_an_exercise_in_a_note_is_not_one_of_its_days(
    tmp_path: Path
) -> None:
    store = Store(tmp_path / "legtui.json")
    store.log_sets("2024-01-02", [a_set(60, exercise="squat")])
    store.set_note("2024-01-02", "rdl", "skipped rdl: back tight")  # names rdl, no rdl set
    store.log_sets("2024-01-04", [a_set(60, exercise="rdl")])
    assert store.session_dates("rdl") == ["2024-01-04"]
    assert [s.date for s in store.sessions("rdl")] == ["2024-01-04"]
    assert [s.date for s in store.recent_sessions("rdl", before="2024-02-01")] == ["2024-01-04"]
    assert store.session_dates() == ["2024-01-02", "2024-01-04"]
    assert store.logged_exercises() == {"squat", "rdl"}
