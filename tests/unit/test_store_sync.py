"""The store's side of sync: change stamps on every change, tombstones, the schema 3 migration,
and merging two stores by the later change (through `import legtui` and a sync file)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import orjson
import pytest
from store_factory import a_set

from legtui.core import hlc
from legtui.core.model import CheckIn, Profile
from legtui.services.sync import SyncError, sync_file
from legtui.store import Store
from legtui.store.backups import list_backups
from legtui.store.migrations import SCHEMA_VERSION
from legtui.store.replica import field_stamps, logged_stamp
from legtui.transfer import export, run_import

DAY = "2026-11-23"


class Clock:
    """A wall clock a test moves by hand (milliseconds)."""

    def __init__(self, ms: int = 1_764_000_000_000) -> None:
        self.ms = ms

    def __call__(self) -> int:
        return self.ms


def device(path: Path, clock: Clock | None = None) -> Store:
    store = Store(path)
    store.wall_ms = clock or Clock()
    return store


def on_disk(path: Path) -> Any:
    return orjson.loads(path.read_bytes())


def reps(store: Store) -> dict[str, int]:
    return {s.id: s.reps for session in store.sessions() for s in session.sets}


def pull(into: Store, other: Store, tmp_path: Path) -> None:
    """`import legtui` of the other store's export."""
    path = tmp_path / "export.json"
    path.write_text(export(other, "json"), encoding="utf-8")
    run_import(into, "legtui", path)


# -- stamps --------------------------------------------------------------------------------------
def test_every_change_is_stamped_after_the_last(tmp_path: Path) -> None:
    clock = Clock()
    store = device(tmp_path / "a.json", clock)
    entry = a_set()
    store.log_sets(DAY, [entry])
    clock.ms -= 60_000  # the wall clock steps back a minute: stamps still move on
    store.update_set(entry.id, a_set(reps=12))
    store.put_checkin(CheckIn(DAY, weight=80))
    store.set_profile(Profile(height_cm=180))
    store.delete_set(entry.id)
    data = on_disk(tmp_path / "a.json")
    meta = data["meta"]["1"]
    checkin = field_stamps(next(iter(data["checkins"].values())))
    stamps = [checkin["weight"], data["profile"]["1"]["changed"]["height_cm"],
              data["deleted"]["1"]["sets"][entry.id]]
    assert stamps == sorted(stamps) and len(set(stamps)) == 3
    assert checkin["unit"] == checkin["weight"]
    assert meta["clock"] == stamps[-1]
    assert all(hlc.parse(s).device == meta["device"] for s in stamps)
    assert entry.id not in reps(store)


def test_a_setting_left_at_its_default_loses_to_a_change_elsewhere(tmp_path: Path) -> None:
    fresh = device(tmp_path / "fresh.json")
    fresh.set_profile(Profile(height_cm=170))  # unit stays kg: the earliest stamp
    other = device(tmp_path / "other.json", Clock(1_000))  # an hour-old clock, still a change
    other.set_profile(Profile(unit="lb"))
    pull(fresh, other, tmp_path)
    assert (fresh.profile().unit, fresh.profile().height_cm) == ("lb", 170)


# -- migration -----------------------------------------------------------------------------------
def test_a_version_1_store_migrates_to_stamps_under_a_backup(tmp_path: Path) -> None:
    db = tmp_path / "legtui.json"
    v1 = {"meta": {"1": {"schema": 1}},
          "profile": {"1": {"unit": "lb"}},
          "sessions": {"739943": {"date": DAY, "notes": {"rdl": "easy"}, "sets": [
              {"id": "s1", "exercise": "rdl", "load": 60, "unit": "kg", "reps": 10,
               "logged_at": "2026-11-23T18:00:00.250000Z"}]}},
          "checkins": {"739943": {"date": DAY, "weight": 80, "unit": "kg"}}}
    raw = orjson.dumps(v1)
    db.write_bytes(raw)
    Store(db)
    (backup,) = list_backups(db)
    assert backup.name.startswith("pre-migration-v1-") and backup.read_bytes() == raw
    data = on_disk(db)
    device_id = data["meta"]["1"]["device"]
    assert data["meta"]["1"]["schema"] == SCHEMA_VERSION and hlc.is_device(device_id)
    session = data["sessions"]["739943"]
    assert "changed" not in session["sets"][0]  # a set's stamp is its logged_at's till an edit
    assert logged_stamp(session["sets"][0]) == hlc.at(
        hlc.iso_ms("2026-11-23T18:00:00.250000Z"), "00000000")
    assert session["noted"] == {"rdl": hlc.at(hlc.iso_ms(f"{DAY}T00:00:00Z"), device_id)}
    assert data["checkins"]["739943"]["changed"] == {
        hlc.at(hlc.iso_ms(f"{DAY}T00:00:00Z"), device_id): ["weight", "unit"]}
    assert data["profile"]["1"]["changed"] == {"unit": hlc.at(0, device_id)}


# -- merging two stores ----------------------------------------------------------------------
def test_a_deleted_set_stays_deleted_when_the_other_store_still_has_it(tmp_path: Path) -> None:
    laptop, server = device(tmp_path / "laptop.json"), device(tmp_path / "server.json")
    entry = a_set()
    laptop.log_sets(DAY, [entry])
    pull(server, laptop, tmp_path)
    laptop.delete_set(entry.id)
    pull(laptop, server, tmp_path)  # the server still has it: it does not come back
    assert reps(laptop) == {}
    pull(server, laptop, tmp_path)  # and the deletion travels
    assert reps(server) == {}


def test_an_old_export_without_stamps_does_not_bring_a_deleted_set_back(
    tmp_path: Path,
) -> None:
    store = device(tmp_path / "a.json")
    entry = a_set()
    store.log_sets(DAY, [entry])
    old = orjson.loads(export(store, "json"))
    old["version"] = 1  # as an older legtui wrote it: no stamps, no tombstones
    del old["deleted"]
    store.delete_set(entry.id)
    (tmp_path / "v1.json").write_bytes(orjson.dumps(old))
    summary = run_import(store, "legtui", tmp_path / "v1.json")
    assert reps(store) == {} and summary.added.sets_added == 0


def test_an_edit_travels_and_the_later_one_wins(tmp_path: Path) -> None:
    clock = Clock()
    laptop, server = device(tmp_path / "laptop.json", clock), device(tmp_path / "server.json")
    server.wall_ms = lambda: clock.ms - 300_000  # five minutes behind
    entry = a_set(reps=10)
    laptop.log_sets(DAY, [entry])
    pull(server, laptop, tmp_path)
    clock.ms += 1_000
    laptop.update_set(entry.id, a_set(reps=9))
    pull(server, laptop, tmp_path)
    server.update_set(entry.id, a_set(reps=11))  # after seeing the laptop's edit: it wins
    pull(laptop, server, tmp_path)
    assert reps(laptop) == reps(server) == {entry.id: 11}
    clock.ms += 1_000
    laptop.update_set(entry.id, a_set(reps=8))  # two edits that never saw each other: the
    server.update_set(entry.id, a_set(reps=7))  # later by the clocks wins (the laptop's)
    pull(laptop, server, tmp_path)
    pull(server, laptop, tmp_path)
    assert reps(laptop) == reps(server) == {entry.id: 8}


def test_check_in_fields_and_settings_merge_one_by_one(tmp_path: Path) -> None:
    clock = Clock()
    laptop, server = device(tmp_path / "laptop.json", clock), device(tmp_path / "server.json",
                                                                     clock)
    laptop.put_checkin(CheckIn(DAY, weight=80, sleep_h=7))
    clock.ms += 1
    server.put_checkin(CheckIn(DAY, sleep_h=6.5, stress=2))
    laptop.set_profile(Profile(height_cm=180))
    server.set_profile(Profile(deficit=300))
    pull(laptop, server, tmp_path)
    pull(server, laptop, tmp_path)
    for store in (laptop, server):
        got = store.checkin(DAY)
        assert got is not None and (got.weight, got.sleep_h, got.stress) == (80, 6.5, 2)
        assert (store.profile().height_cm, store.profile().deficit) == (180, 300)
    assert laptop.dump() == server.dump()


# -- the sync file -------------------------------------------------------------------------------
def test_the_first_sync_makes_the_file_and_a_second_changes_nothing(tmp_path: Path) -> None:
    store, shared = device(tmp_path / "a.json"), tmp_path / "sync.json"
    store.log_sets(DAY, [a_set()])
    first = sync_file(store, shared)
    assert first.result.theirs.added == 1 and first.other_written
    before = ((tmp_path / "a.json").read_bytes(), shared.read_bytes())
    again = sync_file(store, shared)
    assert not again.changed_anything and not again.other_written
    assert ((tmp_path / "a.json").read_bytes(), shared.read_bytes()) == before
    assert "both sides were already the same" in again.text()


@pytest.mark.parametrize(("content", "says"), [
    (b"{half a file", "not JSON"),
    (b'{"format": "legtui", "version": 3}', "newer than this legtui"),
    (b'{"format": "legtui", "version": 2, "deleted": {"s1": "yesterday"}}', "stamp"),
    (b'{"format": "legtui", "version": 2, "sessions": [{"sets": []}]}', "date is missing"),
    (b'{"format": "legtui", "version": 2, "sessions": [{"date": "2026-11-23", "sets": [{"id": '
     b'"s1", "exercise": "rdl", "reps": 5, "changed": "now"}]}]}', "not a change stamp"),
])
def test_a_newer_or_damaged_sync_file_is_refused_and_left_alone(
    tmp_path: Path, content: bytes, says: str
) -> None:
    db, shared = tmp_path / "a.json", tmp_path / "sync.json"
    store = device(db)
    store.log_sets(DAY, [a_set()])
    shared.write_bytes(content)
    before = db.read_bytes()
    with pytest.raises(SyncError, match=says) as info:
        sync_file(store, shared)
    assert "left untouched" in str(info.value)
    assert shared.read_bytes() == content and db.read_bytes() == before


def test_a_sync_file_that_cannot_be_written_leaves_it_whole(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from legtui.services import sync as sync_module
    from legtui.store.errors import StoreWriteError

    store, shared = device(tmp_path / "a.json"), tmp_path / "sync.json"
    store.log_sets(DAY, [a_set()])
    sync_file(store, shared)
    before = shared.read_bytes()
    store.log_sets(DAY, [a_set(reps=5)])

    def full_disk(path: Path, payload: bytes) -> None:
        raise StoreWriteError(path, OSError(28, "No space left on device"))

    monkeypatch.setattr(sync_module, "atomic_write", full_disk)
    with pytest.raises(SyncError, match=r"merged here, but .* could not be written"):
        sync_file(store, shared)
    assert shared.read_bytes() == before


def test_a_sync_reports_only_what_changed(tmp_path: Path) -> None:
    laptop, server = device(tmp_path / "laptop.json"), device(tmp_path / "server.json")
    laptop.put_checkin(CheckIn(DAY, sleep_h=7))  # no weight: its unit is not a change
    server.put_checkin(CheckIn("2026-11-24", stress=2))
    shared = tmp_path / "sync.json"
    sync_file(laptop, shared)
    report = sync_file(server, shared)
    assert (report.result.checkins_added, report.result.checkins_changed) == (1, 0)
    report = sync_file(laptop, shared)
    assert (report.result.checkins_added, report.result.checkins_changed) == (1, 0)
    assert not sync_file(server, shared).changed_anything


def test_import_says_what_a_later_edit_and_deletion_changed(tmp_path: Path) -> None:
    laptop, server = device(tmp_path / "laptop.json"), device(tmp_path / "server.json")
    kept, gone = a_set(reps=10), a_set(reps=8)
    laptop.log_sets(DAY, [kept, gone])
    pull(server, laptop, tmp_path)
    server.update_set(kept.id, a_set(reps=12))
    server.delete_set(gone.id)
    path = tmp_path / "server-export.json"
    path.write_text(export(server, "json"), encoding="utf-8")
    before = (tmp_path / "laptop.json").read_bytes()
    preview = run_import(laptop, "legtui", path, dry_run=True)
    assert "would change (a later change on the other side): 1 set, 1 deleted, 0 check-ins" \
        in preview.text()
    assert (tmp_path / "laptop.json").read_bytes() == before
    summary = run_import(laptop, "legtui", path)
    assert "changed (a later change on the other side): 1 set, 1 deleted" in summary.text()
    assert reps(laptop) == {kept.id: 12}


def test_every_field_of_a_check_in_travels(tmp_path: Path) -> None:
    laptop, server = device(tmp_path / "laptop.json"), device(tmp_path / "server.json")
    laptop.put_checkin(CheckIn(DAY, calories=900, partial=True, waist=33, length_unit="in",
                               note="travel day"))
    server.put_checkin(CheckIn(DAY, weight=176, unit="lb"))
    pull(server, laptop, tmp_path)
    pull(laptop, server, tmp_path)
    for store in (laptop, server):
        assert store.checkin(DAY) == CheckIn(DAY, weight=176, unit="lb", calories=900,
                                             waist=33, length_unit="in", note="travel day",
                                             partial=True)
