"""Safety points 4, 5 and 7: daily backups, schema versions and migrations, stray temps."""

from __future__ import annotations

import gc
from datetime import date, timedelta
from pathlib import Path

import orjson
import pytest
from store_factory import a_set, set_ids, stray_temps

from legtui.paths import backups_dir
from legtui.store import Store, StoreCorruptError, StoreTooNewError, StoreWriteError
from legtui.store import backups as backups_module
from legtui.store.backups import KEEP_DAILY, keep_daily, list_backups
from legtui.store.integrity import read as read_json
from legtui.store.migrations import SCHEMA_VERSION


def write_json(path: Path, data: object) -> bytes:
    raw = orjson.dumps(data)
    path.write_bytes(raw)
    return raw


# -- schema versions --------------------------------------------------------------------------
def test_a_newer_schema_is_refused_and_left_alone(tmp_path: Path) -> None:
    db = tmp_path / "legtui.json"
    raw = write_json(db, {"meta": {"1": {"schema": SCHEMA_VERSION + 1}}, "sessions": {}})

    with pytest.raises(StoreTooNewError) as info:
        Store(db)

    assert f"schema version {SCHEMA_VERSION + 1}" in str(info.value)
    assert "upgrade legtui" in str(info.value)
    assert db.read_bytes() == raw
    assert not (tmp_path / "backups").exists()


def test_a_newer_schema_written_by_another_process_is_refused_on_reload(tmp_path: Path) -> None:
    db = tmp_path / "legtui.json"
    store = Store(db)
    store.log_set("2024-05-01", a_set())
    newer = orjson.loads(db.read_bytes())
    newer["meta"] = {"1": {"schema": SCHEMA_VERSION + 1}}
    raw = write_json(db, newer)

    with pytest.raises(StoreTooNewError):
        store.log_set("2024-05-01", a_set())
    assert db.read_bytes() == raw


@pytest.mark.parametrize("bad", ["one", 1.5, -1, None, True])
def test_a_schema_that_is_not_a_version_number_is_a_clear_error(
    tmp_path: Path, bad: object
) -> None:
    db = tmp_path / "legtui.json"
    raw = write_json(db, {"meta": {"1": {"schema": bad}}})
    with pytest.raises(StoreCorruptError, match="not a version number"):
        Store(db)
    assert db.read_bytes() == raw


def test_a_version_0_file_is_migrated_after_a_backup(tmp_path: Path) -> None:
    db = tmp_path / "legtui.json"
    v0 = {
        "sessions": {
            "738886": {
                "date": "2023-12-31",
                "sets": [
                    {"exercise": "rdl", "load": 60, "unit": "kg", "reps": 10},
                    {"exercise": "rdl", "load": 40, "unit": "kg", "reps": 8, "kind": "warmup"},
                ],
            }
        }
    }
    raw = write_json(db, v0)

    store = Store(db)

    saved = [p for p in list_backups(db) if p.name.startswith("pre-migration-v0-")]
    assert [p.read_bytes() for p in saved] == [raw]
    on_disk = orjson.loads(db.read_bytes())
    assert on_disk["meta"]["1"]["schema"] == SCHEMA_VERSION
    assert list(on_disk["sessions"]) == [str(date(2023, 12, 31).toordinal())]  # keyed by date
    session = store.session("2023-12-31")
    assert session is not None
    sets = session.sets
    assert [(s.load, s.kind) for s in sets] == [(60, "working"), (40, "warmup")]
    assert len({s.id for s in sets}) == 2 and all(s.id for s in sets)
    assert set_ids(Store(db)) == [s.id for s in sets]  # the ids were written, not re-made


def test_a_version_0_file_that_cannot_be_migrated_is_refused_untouched(tmp_path: Path) -> None:
    db = tmp_path / "legtui.json"
    raw = write_json(db, {"sessions": {"1": {"sets": []}}})  # no date
    with pytest.raises(StoreCorruptError, match="cannot migrate"):
        Store(db)
    assert db.read_bytes() == raw


def test_no_migration_without_its_backup(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    db = tmp_path / "legtui.json"
    raw = write_json(db, {"sessions": {}})

    def refuse(store: Path, payload: bytes, old_version: int) -> Path:
        raise StoreWriteError(store, OSError(28, "No space left on device"))

    monkeypatch.setattr(backups_module, "keep_before_migration", refuse)
    with pytest.raises(StoreWriteError):
        Store(db)
    assert db.read_bytes() == raw


# -- daily backups ----------------------------------------------------------------------------
def test_the_first_write_of_a_day_leaves_a_copy_of_the_new_file(tmp_path: Path) -> None:
    db = tmp_path / "legtui.json"
    store = Store(db)
    assert list_backups(db) == []  # creating the empty store is not a write of data

    store.log_set("2024-05-01", a_set())
    first = db.read_bytes()
    store.log_set("2024-05-01", a_set())

    daily = backups_dir(db) / f"daily-{date.today().isoformat()}.json"
    assert list_backups(db) == [daily]
    assert daily.read_bytes() == first
    assert daily.stat().st_mode & 0o777 == 0o600


def test_the_daily_backup_is_named_for_the_date_backup_day_gives(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = tmp_path / "legtui.json"
    store = Store(db)
    monkeypatch.setattr(backups_module, "backup_day", lambda: date(2031, 12, 31))
    store.log_set("2024-05-01", a_set())
    assert [p.name for p in list_backups(db)] == ["daily-2031-12-31.json"]
    monkeypatch.setattr(backups_module, "backup_day", lambda: date(2032, 1, 1))
    store.log_set("2024-05-01", a_set())
    assert sorted(p.name for p in list_backups(db)) == [
        "daily-2031-12-31.json", "daily-2032-01-01.json"]


def test_at_most_seven_daily_backups_are_kept(tmp_path: Path) -> None:
    db = tmp_path / "legtui.json"
    backups_dir(db).mkdir(parents=True)
    other = backups_dir(db) / "pre-migration-v0-20240101T000000000000Z.json"
    other.write_bytes(b"{}")
    start = date(2024, 1, 1)
    for n in range(10):
        keep_daily(db, f'{{"day": {n}}}'.encode(), start + timedelta(days=n))
        assert keep_daily(db, b"{}", start + timedelta(days=n)) is None  # one a day

    kept = sorted(p.name for p in backups_dir(db).glob("daily-*.json"))
    assert len(kept) == KEEP_DAILY == 7
    assert kept == [f"daily-{start + timedelta(days=n)}.json" for n in range(3, 10)]
    assert (backups_dir(db) / "daily-2024-01-10.json").read_bytes() == b'{"day": 9}'
    assert other.exists()


# -- stray temp files -------------------------------------------------------------------------
def test_stray_temps_from_a_crash_are_cleaned_at_the_next_open(tmp_path: Path) -> None:
    db = tmp_path / "legtui.json"
    Store(db).log_set("2024-05-01", a_set())
    strays = [
        tmp_path / ".legtui.json.tmp-abc123",
        backups_dir(db) / f".daily-{date.today()}.json.tmp-xyz",
    ]
    for stray in strays:
        stray.write_bytes(b'{"half": ')
    unrelated = tmp_path / ".notes.txt.tmp-1"
    unrelated.write_bytes(b"mine")

    Store(db)

    assert stray_temps(tmp_path) == [unrelated]


# -- the parse pauses the cyclic GC and gives it back as it found it ---------------------------
@pytest.mark.parametrize("was_enabled", [True, False])
def test_reading_the_file_leaves_the_gc_as_it_was(tmp_path: Path, was_enabled: bool) -> None:
    good, bad = tmp_path / "good.json", tmp_path / "bad.json"
    write_json(good, {"meta": {"1": {"schema": SCHEMA_VERSION}}})
    bad.write_bytes(b'{"sessions": {"1": ')
    try:
        (gc.enable if was_enabled else gc.disable)()
        assert read_json(good).tables["meta"]["1"]["schema"] == SCHEMA_VERSION
        assert gc.isenabled() is was_enabled
        with pytest.raises(StoreCorruptError):
            read_json(bad)
        assert gc.isenabled() is was_enabled
    finally:
        gc.enable()
