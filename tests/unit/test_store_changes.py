"""Safety point 2, in one process: a change made through another handle (as another process
would) is noticed by size, mtime or inode, reloaded before the next write, and nothing is lost."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from store_factory import a_set, set_ids

from legtui.core.model import CheckIn
from legtui.store import Store, StoreCorruptError, StoreError


def test_refresh_reports_and_loads_a_change_made_elsewhere(tmp_path: Path) -> None:
    db = tmp_path / "legtui.json"
    mine, other = Store(db), Store(db)
    assert mine.refresh() is False

    entry = a_set()
    other.log_set("2024-05-01", entry)

    generation = mine.generation
    assert mine.refresh() is True
    assert mine.generation != generation
    assert mine.find_set(entry.id) is not None
    assert mine.refresh() is False


def test_reads_see_a_change_made_elsewhere_without_refresh(tmp_path: Path) -> None:
    db = tmp_path / "legtui.json"
    mine, other = Store(db), Store(db)
    assert mine.sessions() == []
    entry = a_set()
    other.log_set("2024-05-01", entry)
    assert set_ids(mine) == [entry.id]


def test_interleaved_writers_lose_no_update(tmp_path: Path) -> None:
    db = tmp_path / "legtui.json"
    a, b = Store(db), Store(db)
    logged = []
    for n in range(10):
        writer = (a, b)[n % 2]
        entry = a_set(60 + n)
        writer.log_set("2024-05-01", entry)  # same day document each time
        logged.append(entry.id)
    a.put_checkin(CheckIn(date="2024-05-01", weight=80))
    b.put_checkin(CheckIn(date="2024-05-01", sleep_h=7.5))

    for store in (a, b, Store(db)):
        assert set_ids(store) == logged
        merged = store.checkin("2024-05-01")
        assert merged is not None and (merged.weight, merged.sleep_h) == (80, 7.5)


def test_an_update_and_a_delete_from_two_handles_both_land(tmp_path: Path) -> None:
    db = tmp_path / "legtui.json"
    a, b = Store(db), Store(db)
    keep, drop = a_set(60), a_set(70)
    a.log_sets("2024-05-01", [keep, drop])
    b.refresh()
    a.update_set(keep.id, a_set(62.5))
    b.delete_set(drop.id)  # b's copy is stale: it must reload before writing

    sets = Store(db).sessions()[0].sets
    assert [(s.id, s.load) for s in sets] == [(keep.id, 62.5)]


def _same_size_rewrite(db: Path, new_inode: bool) -> None:
    """Change a value without changing the file's size, keeping its mtime."""
    stat = db.stat()
    raw = db.read_bytes().replace(b'"reps":8', b'"reps":9')  # the same length
    assert raw != db.read_bytes() and len(raw) == stat.st_size
    if new_inode:
        tmp = db.with_suffix(".new")
        tmp.write_bytes(raw)
        os.replace(tmp, db)
    else:
        with open(db, "r+b") as fh:
            fh.write(raw)
    os.utime(db, ns=(stat.st_atime_ns, stat.st_mtime_ns))


def test_a_new_inode_alone_is_noticed(tmp_path: Path) -> None:
    db = tmp_path / "legtui.json"
    store = Store(db)
    store.log_set("2024-05-01", a_set(reps=8))
    _same_size_rewrite(db, new_inode=True)
    assert store.refresh() is True
    assert store.sessions()[0].sets[0].reps == 9


def test_a_new_mtime_alone_is_noticed(tmp_path: Path) -> None:
    db = tmp_path / "legtui.json"
    store = Store(db)
    store.log_set("2024-05-01", a_set(reps=8))
    _same_size_rewrite(db, new_inode=False)  # same size, same inode, same mtime: not a change
    assert store.refresh() is False
    stat = db.stat()
    os.utime(db, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1_000_000))
    assert store.refresh() is True
    assert store.sessions()[0].sets[0].reps == 9


def test_two_quick_same_size_rewrites_elsewhere_are_noticed(tmp_path: Path) -> None:
    """File systems hand a freed inode number to the next file (ext4 alternates two numbers
    under atomic renames) and mtimes are coarse, so B's second rewrite could look exactly like
    the file A last saw. A keeps its file open, so its inode number cannot be reused."""
    db = tmp_path / "legtui.json"
    a, b = Store(db), Store(db)
    entry = a_set(reps=8)
    a.log_set("2024-05-01", entry)
    b.update_set(entry.id, a_set(reps=9))  # an edited set carries its stamp from now on
    assert a.refresh() is True
    seen = db.stat()
    b.update_set(entry.id, a_set(reps=7))
    b.update_set(entry.id, a_set(reps=6))
    os.utime(db, ns=(seen.st_atime_ns, seen.st_mtime_ns))  # as if all within one clock tick
    assert db.stat().st_size == seen.st_size

    assert a.refresh() is True
    assert a.sessions()[0].sets[0].reps == 6
    a.log_set("2024-05-01", a_set())  # and A's next write keeps B's update
    assert [s.reps for s in Store(db).sessions()[0].sets] == [6, 10]


def test_a_new_path_reads_as_an_empty_store_and_the_first_write_makes_the_file(
    tmp_path: Path,
) -> None:
    db = tmp_path / "new" / "legtui.json"
    store = Store(db)
    assert (store.sessions(), store.checkins(), store.is_empty(), store.has_profile()) == (
        [], [], True, False)
    assert not db.exists()  # reading makes nothing

    other = Store(db)
    entry = a_set()
    other.log_set("2024-05-01", entry)  # another handle makes the file
    assert store.refresh() is True
    assert set_ids(store) == [entry.id]
    assert (db.stat().st_mode & 0o777, db.parent.stat().st_mode & 0o777) == (0o600, 0o700)


def test_a_store_deleted_under_an_open_handle_is_an_error_not_an_empty_store(
    tmp_path: Path,
) -> None:
    db = tmp_path / "legtui.json"
    store = Store(db)
    store.log_set("2024-05-01", a_set())
    db.unlink()
    with pytest.raises(StoreError, match="cannot read the store"):
        store.refresh()
    with pytest.raises(StoreError, match="cannot read the store"):
        store.log_set("2024-05-02", a_set())
    assert not db.exists()


def test_a_file_broken_under_an_open_handle_is_never_overwritten(tmp_path: Path) -> None:
    db = tmp_path / "legtui.json"
    store = Store(db)
    entry = a_set()
    store.log_set("2024-05-01", entry)
    good = db.read_bytes()
    db.write_bytes(b'{"sessions": {"1": ')

    with pytest.raises(StoreCorruptError):
        store.log_set("2024-05-01", a_set())
    with pytest.raises(StoreCorruptError):
        store.refresh()
    with pytest.raises(StoreCorruptError):
        store.sessions()  # never an empty store
    assert db.read_bytes() == b'{"sessions": {"1": '

    db.write_bytes(good)  # as `legtui store restore` would
    later = a_set()
    store.log_set("2024-05-01", later)
    assert set_ids(Store(db)) == [entry.id, later.id]


def test_a_change_another_read_took_in_first_still_counts_as_read(tmp_path: Path) -> None:
    """The app's poll asks `reads`, not `refresh()` alone: Progression's preparing thread may
    read the new file before the poll does, and the screens must still re-render."""
    db = tmp_path / "legtui.json"
    mine, other = Store(db), Store(db)
    mine.log_set("2024-05-01", a_set(60))
    seen = mine.reads
    other.log_set("2024-05-02", a_set(65))
    assert len(mine.sessions()) == 2  # this read reloads the file
    assert mine.refresh() is False  # so the change is no longer news to refresh()
    assert mine.reads == seen + 1  # but it shows here
    mine.log_set("2024-05-03", a_set(70))
    assert mine.reads == seen + 1  # our own writes are not reads of another's change
