"""One Store shared by threads (the app's timer polls while an import runs in a worker)."""

from __future__ import annotations

import threading
from pathlib import Path

from legtui.model import SetEntry
from legtui.store import Store, new_set_id


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
