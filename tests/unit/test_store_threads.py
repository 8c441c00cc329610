"""One Store shared by threads (the app's timer polls while an import runs in a worker)."""

from __future__ import annotations

import sys
import threading
from datetime import date, timedelta
from pathlib import Path

from store_factory import a_set

from legtui.core.model import Session, SetEntry
from legtui.store import Store, new_set_id
from legtui.store.parsed import KEEP_PARSED


def test_threads_writing_and_polling_one_store_lose_nothing(tmp_path: Path) -> None:
    store = Store(tmp_path / "s.json")
    errors: list[BaseException] = []
    stop = threading.Event()

    def writer(exercise: str) -> None:
        try:
            for _ in range(40):
                entry = SetEntry(new_set_id(), exercise, 60, "kg", 8, "2026-11-25T10:00:00Z")
                store.log_set("2026-11-25", entry)
        except BaseException as error:  # reported below
            errors.append(error)

    def poller() -> None:
        try:
            while not stop.is_set():
                store.refresh()
                store.sessions()
        except BaseException as error:
            errors.append(error)

    threads = [threading.Thread(target=writer, args=(ex,)) for ex in ("rdl", "hip-thrust")]
    polling = threading.Thread(target=poller)
    polling.start()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    stop.set()
    polling.join()
    assert errors == []
    session = Store(tmp_path / "s.json").session("2026-11-25")
    assert session is not None
    assert len(session.sets) == 80
    assert len({s.id for s in session.sets}) == 80


def test_reads_in_one_thread_while_another_writes_see_whole_days(tmp_path: Path) -> None:
    """The app's preparing thread reads the whole history while the lifter logs sets: the
    parsed-day caches are pruned and filled from both threads at once (switching threads as
    often as the interpreter can, to give a race its chance)."""
    db = tmp_path / "s.json"
    days = [(date(2024, 1, 1) + timedelta(days=n)).isoformat()
            for n in range(KEEP_PARSED + 40)]
    Store(db).merge([Session(day, (a_set(60),)) for day in days])
    store = Store(db)
    errors: list[BaseException] = []
    stop = threading.Event()

    def writer() -> None:
        try:
            for n in range(60):
                store.log_set(days[(n * 37) % len(days)], a_set(70 + n % 5))
        except BaseException as error:  # reported below
            errors.append(error)
        finally:
            stop.set()

    def reader() -> None:
        try:
            while not stop.is_set():
                assert all(s.sets for s in store.each_session())
                store.sessions("rdl", since=days[10])
                store.recent_sessions("rdl", before=days[-1])
                store.session_dates("rdl")
        except BaseException as error:
            errors.append(error)

    interval = sys.getswitchinterval()
    sys.setswitchinterval(1e-6)
    try:
        threads = [threading.Thread(target=writer), threading.Thread(target=reader),
                   threading.Thread(target=reader)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
    finally:
        sys.setswitchinterval(interval)
    assert errors == []
    assert sum(len(s.sets) for s in Store(db).sessions()) == len(days) + 60
