"""legtui's own JSON: `export json` then `import legtui` gives an identical store; stores merge."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import orjson
import pytest
from transfer_support import all_sets, new_store

from legtui.core.catalog import default_plan
from legtui.core.model import CheckIn, Exercise, PlanItem, Profile, Session, SetEntry
from legtui.services.demo import DEMO_PROFILE, generate
from legtui.store import Store
from legtui.transfer import TransferError, csvread, export, run_import


def filled(tmp_path: Path) -> Store:
    store = new_store(tmp_path, "source.json")
    store.set_profile(DEMO_PROFILE)
    store.set_plan(default_plan("kg").with_item(PlanItem("sumo-pull", 4, 5, 8, unit="lb")))
    store.add_exercise(Exercise("sumo-pull", "Sumo pull 🏋", "barbell", ("glutes",), custom=True))
    sessions, checkins = generate(0.25, seed=7, end=date(2026, 3, 1))
    noted = Session("2026-03-02", (SetEntry("s1", "sumo-pull", 225, "lb", 5, "2026-03-02T18:00:00Z",
                                            8.5, note="belt"),), {"sumo-pull": "new PR\nnext: 230"})
    store.merge([*sessions, noted], checkins)
    return store


def write_export(store: Store, path: Path) -> Path:
    path.write_text(export(store, "json"), encoding="utf-8")
    return path


def test_round_trip_gives_an_identical_store(tmp_path: Path) -> None:
    source = filled(tmp_path)
    dumped = write_export(source, tmp_path / "all.json")
    target = new_store(tmp_path, "target.json")
    summary = run_import(target, "legtui", dumped)
    assert summary.restored == ("profile", "plan")
    assert target.dump() == source.dump()
    assert export(target, "json") == dumped.read_text(encoding="utf-8")
    data = orjson.loads(dumped.read_bytes())
    assert (data["format"], data["version"]) == ("legtui", 2)
    sets = sum(len(s["sets"]) for s in data["sessions"])
    assert summary.added.sets_added == sets and summary.checkins == len(data["checkins"])


def test_the_partial_flag_travels_with_the_export(tmp_path: Path) -> None:
    source = new_store(tmp_path, "source.json")
    source.put_checkin(CheckIn("2026-03-01", calories=900, partial=True))
    source.put_checkin(CheckIn("2026-03-02", calories=2100, partial=False))
    source.put_checkin(CheckIn("2026-03-03", calories=2200))
    target = new_store(tmp_path, "target.json")
    run_import(target, "legtui", write_export(source, tmp_path / "all.json"))
    assert [c.partial for c in target.checkins()] == [True, False, None]


def test_two_stores_merge_by_set_id(tmp_path: Path) -> None:
    laptop = new_store(tmp_path, "laptop.json")
    server = new_store(tmp_path, "server.json")
    shared = SetEntry("same", "rdl", 60, "kg", 10, "2026-01-05T17:00:00Z")
    laptop_only = SetEntry("lap", "rdl", 60, "kg", 9, "2026-01-05T17:05:00Z")
    server_only = SetEntry("srv", "hip-thrust", 80, "kg", 12, "2026-01-07T17:00:00Z")
    laptop.log_sets("2026-01-05", [shared, laptop_only])
    server.log_sets("2026-01-05", [shared])
    server.log_sets("2026-01-07", [server_only])
    server.put_checkin(CheckIn("2026-01-07", weight=70.5))
    summary = run_import(laptop, "legtui", write_export(server, tmp_path / "server-export.json"))
    assert (summary.added.sets_added, summary.added.sets_skipped) == (1, 1)
    assert sorted(s.id for s in all_sets(laptop)) == ["lap", "same", "srv"]
    assert laptop.checkins() == server.checkins()
    assert summary.restored == ()  # neither store had a profile: nothing to restore


def test_a_store_with_its_own_profile_keeps_it(tmp_path: Path) -> None:
    source = filled(tmp_path)
    target = new_store(tmp_path, "target.json")
    target.set_profile(Profile(unit="lb"))
    run_import(target, "legtui", write_export(source, tmp_path / "all.json"))
    assert target.profile().unit == "lb"


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"{not json", "not JSON"),
        (b'{"sessions": []}', "not a legtui export"),
        (b'{"format": "legtui", "version": 99}', "newer than this legtui"),
        (b'{"format": "legtui", "version": 1, "sessions": [{"date": "2026-01-05", "sets": '
         b'[{"id": "x", "exercise": "rdl", "load": 60, "unit": "stone", "reps": 5}]}]}',
         r"sessions\[0\] cannot be read: sets\[0\].unit is 'stone', not one of kg, lb"),
        (b'{"format": "legtui", "version": 1, "sessions": [{"date": "2026-02-30"}]}',
         r"sessions\[0\] cannot be read"),
        (b'{"format": "legtui", "version": 1, "profile": {"unit": "st"}}',
         "profile cannot be read: unit is 'st', not one of kg, lb"),
        (b'{"format": "legtui", "version": 1, "checkins": [{"weight": 70}]}',
         r"checkins\[0\] cannot be read: date is missing"),
        (b'{"format": "legtui", "version": 1, "sessions": [{"date": "2026-01-05", "sets": '
         b'[{"id": "x", "exercise": "rdl", "load": 1e308, "unit": "kg", "reps": 5}]}]}',
         r"sessions\[0\] cannot be read: sets\[0\].load is 0 to 1000 kg, not 1e\+308"),
        (b'{"format": "legtui", "version": 1, "sessions": [{"date": "2026-01-05", "sets": '
         b'[{"id": "x", "exercise": "rdl", "load": 60, "unit": "kg", "reps": "ten"}]}]}',
         r"sessions\[0\] cannot be read: sets\[0\].reps is 'ten', not a number"),
        (b'{"format": "legtui", "version": 1, "checkins": [{"date": "2026-01-05", '
         b'"partial": "yes"}]}', r"checkins\[0\] cannot be read: partial is 'yes', not true"),
    ],
)
def test_a_broken_export_changes_nothing(tmp_path: Path, content: bytes, message: str) -> None:
    store = new_store(tmp_path)
    store.log_sets("2026-01-05", [SetEntry("a", "rdl", 60, "kg", 10, "2026-01-05T17:00:00Z")])
    before = store.path.read_bytes()
    bad = tmp_path / "bad.json"
    bad.write_bytes(content)
    with pytest.raises(TransferError, match=message):
        run_import(store, "legtui", bad)
    assert store.path.read_bytes() == before


def test_unknown_extra_keys_in_a_version_1_export_are_ignored(tmp_path: Path) -> None:
    """A version-1 export imports forever, whatever a newer legtui added beside the fields."""
    bad = tmp_path / "newer.json"
    bad.write_bytes(
        b'{"format": "legtui", "version": 1, "device": "phone", "sessions": [{"date": '
        b'"2026-01-05", "hlc": "x", "sets": [{"id": "x", "exercise": "rdl", "load": 60, '
        b'"unit": "kg", "reps": 5, "added_later": {"x": 1}}]}], "checkins": [{"date": '
        b'"2026-01-05", "weight": 70, "partial": true}], "profile": {"goal_weight": 65}}'
    )
    store = new_store(tmp_path)
    run_import(store, "legtui", bad)
    session = store.session("2026-01-05")
    assert session is not None and [(s.id, s.load, s.reps) for s in session.sets] == [
        ("x", 60, 5)]
    checkin = store.checkin("2026-01-05")
    assert checkin is not None and checkin.weight == 70


def test_an_export_too_large_to_read_whole_is_refused_before_it_is_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(csvread, "WHOLE_MAX", 100)
    big = tmp_path / "big.json"
    big.write_bytes(b'{"format": "legtui", "version": 1, "sessions": []}' + b" " * 100)
    store = new_store(tmp_path)
    with pytest.raises(TransferError, match="a legtui export is read whole, up to 0 MB"):
        run_import(store, "legtui", big)
    assert store.is_empty()
