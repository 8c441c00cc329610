"""A store an earlier legtui wrote (schema version 1, before the bounds) holds values the bounds
now refuse: opened, it is migrated under a backup, writable, and nothing is lost
(docs/store-format.md, "Upgrading a store an earlier legtui wrote"). Genuine damage in such a
file still makes the store read-only."""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import orjson
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from store_factory import a_set

from legtui.cli.main import main
from legtui.core import bounds
from legtui.paths import backups_dir
from legtui.services.demo import generate
from legtui.store import Store, StoreDamagedError, StoreWriteError, integrity
from legtui.store import backups as backups_module
from legtui.store.migrations import SCHEMA_VERSION

Run = Callable[..., tuple[int, str, str]]
DAY, OLD_DAY, EARLY = "2024-05-01", "2024-05-02", "1850-06-01"
LONG_NOTE = "squeeze at the top. " * 4000  # 80,000 characters: past the 64 KB text limit


@pytest.fixture
def run(capsys: pytest.CaptureFixture[str]) -> Run:
    def call(*args: str) -> tuple[int, str, str]:
        status = main(list(args))
        out, err = capsys.readouterr()
        return status, out, err

    return call


def key(day: str) -> str:
    return str(date.fromisoformat(day).toordinal())


def a_raw_set(set_id: str, **values: Any) -> dict[str, Any]:
    return {"id": set_id, "exercise": "rdl", "load": 60, "unit": "kg", "reps": 10,
            "kind": "working", "logged_at": f"{DAY}T17:00:00.000000Z", **values}


IMPOSSIBLE = [
    a_raw_set("reps-typo", reps=877777),  # a Strong typo the old importer kept and listed
    a_raw_set("too-heavy", load=1500),  # `log rdl 1500x5`: the old shell took loads to 2000
    a_raw_set("negative", load=-20, unit="lb", note="assisted"),
]


def legacy_v1() -> dict[str, Any]:
    """A version-1 file with each kind of value an earlier legtui kept past today's bounds."""
    return {
        "meta": {"1": {"schema": 1}},
        "profile": {"1": {"unit": "kg", "timezone": "Europe/Berlin"}},
        "sessions": {
            key(DAY): {"date": DAY, "notes": {"rdl": LONG_NOTE}, "sets": [
                a_raw_set("fine", rpe=8, note="easy"),
                a_raw_set("rpe-5", rpe=5),  # Strong and Hevy allow RPE 1-10
                a_raw_set("rpe-5.5", rpe=5.5, note="last set"),
                a_raw_set("rpe-11", rpe=11, tut_s=100_000),
                a_raw_set("long-note", note=LONG_NOTE),
                *IMPOSSIBLE,
            ]},
            key(OLD_DAY): {"date": OLD_DAY, "sets": [a_raw_set("only-typo", reps=-3)]},
            key(EARLY): {"date": EARLY, "sets": [a_raw_set("before-1900")]},
        },
        "checkins": {
            key(DAY): {"date": DAY, "weight": 900, "unit": "kg", "sleep_h": 7, "waist": 2,
                       "note": LONG_NOTE},
        },
    }


def write(db: Path, data: dict[str, Any]) -> bytes:
    raw = orjson.dumps(data)
    db.write_bytes(raw)
    return raw


def set_aside(db: Path) -> list[dict[str, Any]]:
    [found] = db.parent.glob(f"{db.name}.damaged-*.json")
    moved: list[dict[str, Any]] = orjson.loads(found.read_bytes())["damaged"]
    return moved


def pre_migration(db: Path) -> list[Path]:
    return [p for p in backups_module.list_backups(db) if p.name.startswith("pre-migration-v1-")]


def test_a_legacy_store_is_migrated_under_a_backup_and_is_writable(tmp_path: Path) -> None:
    db = tmp_path / "legtui.json"
    raw = write(db, legacy_v1())

    store = Store(db)

    assert [p.read_bytes() for p in pre_migration(db)] == [raw]  # the originals, byte for byte
    on_disk = orjson.loads(db.read_bytes())
    assert on_disk["meta"]["1"]["schema"] == SCHEMA_VERSION == 3
    assert store.damage == []
    store.log_set(DAY, a_set(62.5))  # the lifter can log at once
    assert len(Store(db).session(DAY).sets) == 6  # type: ignore[union-attr]


def test_an_out_of_range_rpe_or_time_is_kept_as_text_in_the_set_note(tmp_path: Path) -> None:
    db = tmp_path / "legtui.json"
    write(db, legacy_v1())
    session = Store(db).session(DAY)
    assert session is not None
    by_id = {s.id: s for s in session.sets}
    assert (by_id["fine"].rpe, by_id["fine"].note) == (8, "easy")  # inside the bounds: as is
    assert (by_id["rpe-5"].rpe, by_id["rpe-5"].note) == (None, "RPE 5 (out of range, kept as text)")
    assert by_id["rpe-5.5"].note == "last set; RPE 5.5 (out of range, kept as text)"
    assert (by_id["rpe-11"].rpe, by_id["rpe-11"].tut_s) == (None, None)
    assert by_id["rpe-11"].note == ("RPE 11 (out of range, kept as text); "
                                    "time 100000 s (out of range, kept as text)")


def test_a_long_note_is_cut_and_its_whole_text_is_in_the_backup(tmp_path: Path) -> None:
    db = tmp_path / "legtui.json"
    write(db, legacy_v1())
    store = Store(db)
    session, checkin = store.session(DAY), store.checkin(DAY)
    assert session is not None and checkin is not None
    cut = [session.notes["rdl"], checkin.note,
           next(s.note for s in session.sets if s.id == "long-note")]
    for note in cut:
        assert note is not None and len(note) == bounds.TEXT_MAX
        assert note.startswith(LONG_NOTE[:60_000])
        assert note.endswith("the whole text is in the pre-migration backup]")
    [backup] = pre_migration(db)
    assert backup.read_bytes().count(LONG_NOTE.encode()) == 3


def test_impossible_sets_are_moved_aside_and_the_rest_of_their_day_is_kept(
    tmp_path: Path
) -> None:
    db = tmp_path / "legtui.json"
    write(db, legacy_v1())
    store = Store(db)

    ids = [s.id for s in store.session(DAY).sets]  # type: ignore[union-attr]
    assert ids == ["fine", "rpe-5", "rpe-5.5", "rpe-11", "long-note"]
    assert store.session(OLD_DAY) is None  # its only set was impossible: nothing left
    assert store.session(EARLY) is None
    moved = {(m["table"], m["key"]): m for m in set_aside(db)}
    day = moved["sessions", key(DAY)]
    assert orjson.loads(day["text"]) == {"date": DAY, "sets": IMPOSSIBLE}  # exactly as they were
    assert day["what"] == ("3 sets past the bounds (an earlier legtui kept them): reps is 0 to "
                           "1000, not 877777; load is 0 to 1000 kg, not 1500; load is 0 to 2200 "
                           "lb, not -20")
    assert orjson.loads(moved["sessions", key(OLD_DAY)]["text"])["sets"][0]["reps"] == -3
    early = legacy_v1()["sessions"][key(EARLY)]
    assert orjson.loads(moved["sessions", key(EARLY)]["text"]) == early
    assert orjson.loads(moved["checkins", key(DAY)]["text"]) == {
        "date": DAY, "unit": "kg", "weight": 900, "waist": 2}
    checkin = store.checkin(DAY)
    assert checkin is not None
    assert (checkin.weight, checkin.waist, checkin.sleep_h) == (None, None, 7)


def test_the_lifter_is_told_in_one_line_what_was_done_and_where_the_originals_are(
    tmp_path: Path, run: Run
) -> None:
    db = tmp_path / "legtui.json"
    write(db, legacy_v1())
    status, out, err = run("--db", str(db), "log", "rdl", "60x8", "--date", DAY)
    assert status == 0 and "logged 1 set" in out
    [aside] = tmp_path.glob("legtui.json.damaged-*.json")
    [backup] = pre_migration(db)
    assert err == (
        "legtui: warning: the store was brought up from version 1: 4 values outside the bounds "
        "kept as text in their sets' notes, 3 notes cut to 65536 characters, 4 impossible sets, "
        f"1 day dated before 1900, 2 check-in values moved aside into {aside}; the file as it "
        f"was is kept as {backup}\n")
    assert run("--db", str(db), "log", "rdl", "60x8", "--date", DAY)[2] == ""  # said once
    status, out, _ = run("--db", str(db), "store", "check")
    assert status == 0 and out.startswith("ok:")


def test_a_version_1_file_with_nothing_to_mend_is_migrated_silently(tmp_path: Path) -> None:
    db = tmp_path / "legtui.json"
    data = legacy_v1()
    data["sessions"] = {key(DAY): {"date": DAY, "sets": [a_raw_set("fine", rpe=8)]}}
    del data["checkins"]
    write(db, data)
    store = Store(db)
    assert store.migration_notice is None
    assert list(tmp_path.glob("*.damaged-*")) == []
    assert [s.id for s in store.sessions()[0].sets] == ["fine"] and len(pre_migration(db)) == 1


# -- genuine damage in an older file: read-only, as in any file ---------------------------------
@pytest.mark.parametrize("damage", ["wrong type", "duplicate id"])
def test_a_damaged_legacy_store_is_read_only_and_repair_keeps_everything(
    tmp_path: Path, run: Run, damage: str
) -> None:
    db = tmp_path / "legtui.json"
    data = legacy_v1()
    broken = a_raw_set("fine", reps="ten") if damage == "wrong type" else a_raw_set("rpe-5")
    data["sessions"][key("2024-05-03")] = {"date": "2024-05-03", "sets": [broken]}
    raw = write(db, data)

    store = Store(db)
    assert len(store.damage) == 1 and store.damage[0].key == key("2024-05-03")
    with pytest.raises(StoreDamagedError):
        store.log_set(DAY, a_set())
    assert db.read_bytes() == raw and not backups_dir(db).exists()  # no backup of damage
    session = store.session(DAY)  # the healthy days read, mended in memory
    assert session is not None and session.sets[1].note == "RPE 5 (out of range, kept as text)"
    status, out, _ = run("--db", str(db), "store", "check")
    assert status == 1 and out.count("\n  sessions ") == 1  # the damage, not the legacy values
    assert ("  from an earlier legtui, `legtui store repair` also mends: 4 values outside the "
            "bounds kept as text") in out

    status, out, _ = run("--db", str(db), "store", "repair")
    assert status == 0, out
    assert "brought up from version 1" in out
    aside = {(m["table"], m["key"]) for m in set_aside(db)}
    assert aside == {("sessions", key("2024-05-03")), ("sessions", key(DAY)),
                     ("sessions", key(OLD_DAY)), ("sessions", key(EARLY)), ("checkins", key(DAY))}
    [whole] = [p for p in backups_module.list_backups(db) if p.name.startswith("damaged-")]
    assert whole.read_bytes() == raw
    Store(db).log_set(DAY, a_set())
    assert orjson.loads(db.read_bytes())["meta"]["1"]["schema"] == SCHEMA_VERSION


def test_a_read_only_legacy_store_reads_migrated_and_is_saved_by_the_first_write_that_can(
    tmp_path: Path
) -> None:
    db = tmp_path / "legtui.json"
    raw = write(db, legacy_v1())
    db.chmod(0o400)
    store = Store(db)
    assert db.read_bytes() == raw and store.damage == [] and pre_migration(db) == []
    assert store.session(DAY).sets[1].note.startswith("RPE 5")  # type: ignore[union-attr]
    with pytest.raises(StoreWriteError):
        store.log_set(DAY, a_set())
    assert db.read_bytes() == raw

    db.chmod(0o600)
    store.log_set(DAY, a_set())
    assert [p.read_bytes() for p in pre_migration(db)] == [raw]
    assert store.migration_notice is not None and len(set_aside(db)) == 4
    assert len(Store(db).session(DAY).sets) == 6  # type: ignore[union-attr]


def test_values_inside_the_bounds_come_through_the_migration_unchanged(tmp_path: Path) -> None:
    db = tmp_path / "legtui.json"
    store = Store(db)
    sessions, checkins = generate(0.5, seed=3, end=date(2026, 3, 1))
    store.merge(sessions, checkins)
    expected = unstamped(store.dump())
    data = orjson.loads(db.read_bytes())
    data["meta"] = {"1": {"schema": 1}}
    write(db, unstamped(data))  # as version 1 wrote it: without change stamps (docs/sync.md)
    upgraded = Store(db)
    assert upgraded.migration_notice is None and unstamped(upgraded.dump()) == expected


def unstamped(data: Any) -> Any:
    """Data without the change stamps a later step of the migration gives it."""
    if isinstance(data, dict):
        return {k: unstamped(v) for k, v in data.items() if k not in ("changed", "noted")}
    return [unstamped(v) for v in data] if isinstance(data, list) else data


LEGACY_SET = st.fixed_dictionaries({
    "reps": st.integers(-10, 2_000_000),
    "load": st.one_of(st.integers(-100, 5000), st.floats(-100, 5000, allow_nan=False)),
    "unit": st.sampled_from(["kg", "lb"]),
}, optional={
    "rpe": st.one_of(st.integers(0, 30).map(lambda n: n / 2), st.floats(-5, 30)),
    "tut_s": st.integers(-5, 200_000),
    "note": st.one_of(st.text(max_size=20), st.just(LONG_NOTE)),
})


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(LEGACY_SET, min_size=1, max_size=6))
def test_any_legacy_set_ends_in_the_store_or_set_aside_and_the_store_is_healthy(
    values: list[dict[str, Any]]
) -> None:
    sets = [a_raw_set(f"s{n}", **v) for n, v in enumerate(values)]
    with tempfile.TemporaryDirectory() as folder:
        db = Path(folder) / "legtui.json"
        data = legacy_v1()
        data["sessions"] = {key(DAY): {"date": DAY, "sets": sets}}
        del data["checkins"]
        write(db, data)
        store = Store(db)
        assert store.damage == [] and integrity.read(db).damage == []
        session = store.session(DAY)
        kept = {s.id: s for s in session.sets} if session else {}
        documents = set_aside(db) if list(db.parent.glob("*.damaged-*.json")) else []
        moved = [s for m in documents for s in orjson.loads(m["text"])["sets"]]
        assert sorted([*kept, *(s["id"] for s in moved)]) == sorted(s["id"] for s in sets)
        assert all(s in sets for s in moved)  # exactly as they were
        for original in sets:
            entry = kept.get(original["id"])
            if entry is None:
                continue
            assert (entry.reps, entry.load, entry.unit) == (
                original["reps"], original["load"], original["unit"])
            rpe = original.get("rpe")
            if rpe is not None and entry.rpe is None:
                assert f"RPE {rpe:g} (out of range, kept as text)" in (entry.note or "")
            else:
                assert entry.rpe == rpe
        store.log_set(DAY, a_set())  # writable
