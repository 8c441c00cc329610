"""Store integrity: each way found to lose, corrupt or brick the lifter's file, reproduced
(docs/store-format.md, "The schema", "Damage", "Backups")."""

from __future__ import annotations

import os
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

import orjson
import pytest
from store_factory import a_set, set_ids

from legtui.cli.main import main
from legtui.core.model import CheckIn, Profile
from legtui.paths import backups_dir, lock_path, shared_backups_dir
from legtui.store import Store, StoreDamagedError, StoreError, StoreWriteError, integrity
from legtui.store import backups as backups_module
from legtui.store import safefile as safefile_module
from legtui.transfer import save_export

Run = Callable[..., tuple[int, str, str]]
DAY = "2024-05-01"


@pytest.fixture
def run(capsys: pytest.CaptureFixture[str]) -> Run:
    """`legtui ARGS...` in this process: (status, stdout, stderr)."""

    def call(*args: str) -> tuple[int, str, str]:
        status = main(list(args))
        out, err = capsys.readouterr()
        return status, out, err

    return call


def ordinal(day: str) -> int:
    return date.fromisoformat(day).toordinal()


def two_days(db: Path) -> bytes:
    store = Store(db)
    store.log_set(DAY, a_set(60))
    store.log_set("2024-05-02", a_set(65))
    return db.read_bytes()


# -- 1. any valid JSON layout reads; every save is valid JSON -------------------------------
def test_a_trailing_space_after_a_comma_reads_and_the_next_save_is_valid_json(
    tmp_path: Path, run: Run
) -> None:
    db = tmp_path / "legtui.json"
    raw = two_days(db)
    spaced = raw.replace(b"},\n", b"}, \n", 1)  # one trailing space after a day line's comma
    orjson.loads(spaced)  # still valid JSON
    db.write_bytes(spaced)
    status, out, _ = run("--db", str(db), "store", "check")
    assert status == 0 and out.startswith("ok:")
    assert run("--db", str(db), "log", "rdl", "70x5", "--date", DAY)[0] == 0
    after = db.read_bytes()
    assert b", ," not in after
    assert orjson.loads(after)["sessions"]  # valid JSON
    assert integrity.load(after).verified  # and back in the fast layout


def test_a_re_laid_out_file_reads_as_written_and_is_rewritten_in_the_fast_layout(
    tmp_path: Path
) -> None:
    db = tmp_path / "legtui.json"
    two_days(db)
    before = Store(db).dump()
    db.write_bytes(orjson.dumps(orjson.loads(db.read_bytes()),
                                option=orjson.OPT_INDENT_2 | orjson.OPT_SORT_KEYS))
    assert Store(db).dump() == before
    Store(db).put_checkin(CheckIn(DAY, stress=2))
    assert integrity.load(db.read_bytes()).verified
    assert Store(db).dump()["sessions"] == before["sessions"]


# -- 2. one schema, checked on every read ---------------------------------------------------
def set_line(db: Path, old: bytes, new: bytes) -> bytes:
    raw = db.read_bytes()
    assert old in raw
    damaged = raw.replace(old, new, 1)
    db.write_bytes(damaged)
    return damaged


@pytest.mark.parametrize(
    ("old", "new", "what"),
    [
        (b'"reps":10', b'"reps":"ten"', "sets[0].reps is 'ten', not a number"),
        (b'"reps":10', b'"reps":-3', "sets[0].reps is 0 to 1000, not -3"),
        (b'"reps":10', b'"reps":1e30', "sets[0].reps is 0 to 1000, not 1e+30"),
        (b'"load":60', b'"load":1e308', "sets[0].load is 0 to 1000 kg, not 1e+308"),
        (b'"kind":"working"', b'"kind":"heroic"',
         "sets[0].kind is 'heroic', not one of working, warmup, drop, failure"),
        (b'"unit":"kg"', b'"unit":"stone"', "sets[0].unit is 'stone', not one of kg, lb"),
        (b'{"id":', b'{"ident":', "sets[0].id is missing"),
        (b'"date":"2024-05-01"', b'"date":"2024-05-03"',
         "is dated 2024-05-03 but filed under 2024-05-01"),
    ],
)
def test_store_check_names_each_damaged_document_and_exits_1(
    tmp_path: Path, run: Run, old: bytes, new: bytes, what: str
) -> None:
    db = tmp_path / "legtui.json"
    two_days(db)
    damaged = set_line(db, old, new)
    status, out, _ = run("--db", str(db), "store", "check")
    assert status == 1
    assert f"  sessions {ordinal(DAY)} ({DAY}): {what}\n" in out
    assert "legtui store repair" in out
    # the other commands read the healthy day, with one warning line, and crash nowhere
    for args in (["history", "--json"], ["export", "json"], ["export", "csv"]):
        status, out, err = run("--db", str(db), *args)
        assert status == 0, args
        assert "2024-05-02" in out and err.count("\n") == 1 and "damaged" in err
    assert db.read_bytes() == damaged


def test_a_check_in_weight_that_is_not_a_number_is_damage_not_a_crash(
    tmp_path: Path, run: Run
) -> None:
    db = tmp_path / "legtui.json"
    Store(db).put_checkin(CheckIn(DAY, weight=80))
    Store(db).put_checkin(CheckIn("2024-05-02", weight=79.5))
    set_line(db, b'"weight":80', b'"weight":"heavy"')
    status, out, err = run("--db", str(db), "checkins", "--json")
    assert status == 0 and [c["date"] for c in orjson.loads(out)] == ["2024-05-02"]
    assert f"checkins {ordinal(DAY)} ({DAY}): weight is 'heavy', not a number" in err


def test_a_set_id_on_two_days_is_damage_so_a_delete_never_removes_two(
    tmp_path: Path, run: Run
) -> None:
    db = tmp_path / "legtui.json"
    two_days(db)
    first, second = set_ids(Store(db))
    set_line(db, second.encode(), first.encode())
    status, out, _ = run("--db", str(db), "store", "check")
    assert status == 1
    assert f"sessions {ordinal('2024-05-02')} (2024-05-02): the set id {first} is also on " \
           f"{DAY}" in out
    with pytest.raises(StoreDamagedError):
        Store(db).delete_set(first)


def test_a_set_id_twice_in_one_day_and_a_day_key_twice_are_damage(
    tmp_path: Path, run: Run
) -> None:
    db = tmp_path / "legtui.json"
    store = Store(db)
    twin = a_set()
    store.log_sets(DAY, [twin])
    store.log_set("2024-05-02", a_set())
    lines = db.read_bytes().split(b"\n")
    day = next(i for i, line in enumerate(lines) if line.startswith(f'"{ordinal(DAY)}":'.encode()))
    doc = orjson.loads(lines[day].split(b":", 1)[1].rstrip(b","))
    doc["sets"] = doc["sets"] * 2
    lines[day] = f'"{ordinal(DAY)}":'.encode() + orjson.dumps(doc) + b","
    lines.insert(day, lines[day])  # and the day's key twice
    db.write_bytes(b"\n".join(lines))
    orjson.loads(db.read_bytes())  # valid JSON, all the same
    status, out, _ = run("--db", str(db), "store", "check")
    assert status == 1
    assert f"sessions {ordinal(DAY)} ({DAY}): its key is in the table twice" in out
    assert f"sets hold the id {twin.id!r} twice" in out


def test_a_damaged_store_refuses_every_write_in_one_line_and_changes_nothing(
    tmp_path: Path, run: Run
) -> None:
    db = tmp_path / "legtui.json"
    two_days(db)
    damaged = set_line(db, b'"reps":10', b'"reps":"ten"')
    for args in (["log", "rdl", "60x5", "--date", "2024-05-02"], ["checkin", "--stress", "2"],
                 ["profile", "--unit", "lb"]):
        status, _, err = run("--db", str(db), *args)
        assert status == 1, args  # a store error, not bad input
        assert err.count("\n") == 1 and "legtui store check" in err
        assert "legtui store restore" in err
    assert db.read_bytes() == damaged


# -- 3. damage never reaches a backup; repair ------------------------------------------------
def test_eight_days_of_logging_on_a_damaged_store_leave_every_backup_clean(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = tmp_path / "legtui.json"
    start = date(2024, 5, 1)
    monkeypatch.setattr(backups_module, "backup_day", lambda: start)
    two_days(db)
    set_line(db, b'"reps":10', b'"reps":"ten"')
    for n in range(1, 9):
        monkeypatch.setattr(backups_module, "backup_day", lambda n=n: start + timedelta(days=n))
        with pytest.raises(StoreDamagedError):
            Store(db).log_set((start + timedelta(days=n)).isoformat(), a_set())
    kept = backups_module.list_backups(db)
    assert [p.name for p in kept] == ["daily-2024-05-01.json"]
    assert all(not integrity.read(p).damage for p in kept)


def test_repair_backs_up_the_file_sets_the_damage_aside_and_keeps_every_healthy_day(
    tmp_path: Path, run: Run
) -> None:
    db = tmp_path / "legtui.json"
    two_days(db)
    damaged = set_line(db, b'"reps":10', b'"reps":"ten"')
    status, out, _ = run("--db", str(db), "store", "repair")
    assert status == 0
    assert [s.date for s in Store(db).sessions()] == ["2024-05-02"]
    assert run("--db", str(db), "store", "check")[0] == 0
    whole = [p for p in backups_module.list_backups(db) if p.name.startswith("damaged-")]
    assert [p.read_bytes() for p in whole] == [damaged]
    aside = list(tmp_path.glob("legtui.json.damaged-*.json"))
    assert len(aside) == 1 and str(aside[0]) in out
    held = orjson.loads(aside[0].read_bytes())["damaged"]
    assert [(d["table"], d["key"]) for d in held] == [("sessions", str(ordinal(DAY)))]
    assert '"reps":"ten"' in held[0]["text"]
    assert run("--db", str(db), "log", "rdl", "60x5", "--date", DAY)[0] == 0  # writable again
    assert run("--db", str(db), "store", "restore")[2] == ""  # a damaged- file is not picked
    assert not integrity.read(db).damage


# -- 4. backups belong to their store ----------------------------------------------------------
def test_two_stores_in_one_folder_keep_and_restore_their_own_backups(
    tmp_path: Path, run: Run
) -> None:
    laptop, server = tmp_path / "laptop.json", tmp_path / "server.json"
    Store(laptop).log_set(DAY, a_set(60))
    Store(server).log_set(DAY, a_set(99))
    server_bytes = server.read_bytes()
    server.write_bytes(b"{ broken")
    status, out, _ = run("--db", str(server), "store", "backups")
    assert status == 0 and out.count("daily-") == 1
    assert run("--db", str(server), "store", "restore")[0] == 0
    assert server.read_bytes() == server_bytes
    assert [s.load for s in Store(server).sessions()[0].sets] == [99]


def test_old_shared_backups_are_listed_as_not_attributed_and_restored_only_by_name(
    tmp_path: Path, run: Run
) -> None:
    db = tmp_path / "legtui.json"
    Store(db).log_set(DAY, a_set(60))
    old = shared_backups_dir(db) / "daily-2020-01-01.json"
    old.write_bytes(b'{"meta": {"1": {"schema": 1}}}')
    _, out, _ = run("--db", str(db), "store", "backups")
    assert "daily-2020-01-01.json" in out and "not attributed" in out
    db.write_bytes(b"{ broken")
    run("--db", str(db), "store", "restore")
    assert Store(db).sessions()  # its own newest, not the shared one
    assert run("--db", str(db), "store", "restore", "daily-2020-01-01.json")[0] == 0
    assert Store(db).sessions() == []


def test_a_failing_migration_leaves_no_backup_and_migration_backups_rotate(
    tmp_path: Path
) -> None:
    db = tmp_path / "legtui.json"
    db.write_bytes(b'{"sessions": {"1": {"date": "not a date", "sets": []}}}')
    for _ in range(3):
        with pytest.raises(StoreError, match="cannot migrate"):
            Store(db)
    assert not backups_dir(db).exists()
    for n in range(5):
        db.write_bytes(b'{"sessions": {"1": {"date": "2024-05-0%d", "sets": []}}}' % (n + 1))
        Store(db)
    kept = [p for p in backups_module.list_backups(db) if p.name.startswith("pre-migration")]
    assert len(kept) == backups_module.KEEP_MIGRATION == 3


def test_two_check_ins_of_one_day_migrate_to_the_later_one(tmp_path: Path) -> None:
    db = tmp_path / "legtui.json"
    db.write_bytes(b'{"checkins": {"2": {"date": "2024-05-01", "weight": 81, "stress": 2},'
                   b' "1": {"date": "2024-05-01", "weight": 80, "sleep_h": 7}}}')
    checkin = Store(db).checkin(DAY)
    assert checkin is not None
    assert (checkin.weight, checkin.stress, checkin.sleep_h) == (81, 2, 7)


# -- 5. paths ------------------------------------------------------------------------------
def test_export_never_writes_over_the_live_store_its_backups_or_a_link_to_them(
    tmp_path: Path, run: Run
) -> None:
    db = tmp_path / "legtui.json"
    raw = two_days(db)
    link = tmp_path / "link.json"
    link.symlink_to(db)
    daily = backups_module.list_backups(db)[0]
    for target in (db, link, daily, lock_path(db), tmp_path):
        status, _, err = run("--db", str(db), "export", "json", "-o", str(target))
        assert status == 2 and ("will not write" in err or "not a store file" in err), target
        with pytest.raises(StoreError):  # what the app's Export dialog calls
            save_export(Store(db), "json", target)
    assert db.read_bytes() == raw and link.is_symlink()


def test_a_symlinked_store_is_written_through_to_its_target(tmp_path: Path, run: Run) -> None:
    synced = tmp_path / "sync"
    synced.mkdir()
    target = synced / "legtui.json"
    Store(target).log_set(DAY, a_set(60))
    link = tmp_path / "legtui.json"
    link.symlink_to(target)
    assert run("--db", str(link), "log", "rdl", "70x5", "--date", DAY)[0] == 0
    assert link.is_symlink()
    assert len(Store(target).sessions()[0].sets) == 2
    assert lock_path(target).exists() and not lock_path(link).exists()
    assert not (tmp_path / "backups").exists() and backups_dir(target).exists()


@pytest.mark.parametrize("kind", ["fifo", "folder", "device"])
def test_a_fifo_a_folder_or_a_device_is_refused_at_once(
    tmp_path: Path, run: Run, kind: str
) -> None:
    db = tmp_path / "store"
    if kind == "fifo":
        os.mkfifo(db)
    elif kind == "folder":
        db.mkdir()
    else:
        db = Path("/dev/null")
    for args in (["history"], ["store", "check"], ["log", "rdl", "60x5"]):
        status, _, err = run("--db", str(db), *args)
        assert status in (1, 2) and "not a store file" in err, (kind, args)


def test_a_store_in_a_read_only_folder_reads_and_creates_nothing(
    tmp_path: Path, run: Run, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = tmp_path / "legtui.json"
    two_days(db)
    lock_path(db).unlink()
    before = sorted(tmp_path.rglob("*"))
    real_open = os.open

    def read_only_folder(path: str | Path, flags: int, *args: int) -> int:
        if flags & os.O_CREAT and Path(path).parent == tmp_path:
            raise PermissionError(13, "Permission denied", str(path))
        return real_open(path, flags, *args)

    monkeypatch.setattr(safefile_module.os, "open", read_only_folder)
    for args in (["store", "check"], ["history"], ["export", "json"]):
        assert run("--db", str(db), *args)[0] == 0, args
    status, _, err = run("--db", str(db), "log", "rdl", "60x5", "--date", DAY)
    assert status == 1 and "read-only" in err and err.count("\n") == 1
    assert sorted(tmp_path.rglob("*")) == before


def test_a_read_only_store_file_is_never_silently_replaced(tmp_path: Path, run: Run) -> None:
    db = tmp_path / "legtui.json"
    raw = two_days(db)
    db.chmod(0o400)
    status, _, err = run("--db", str(db), "log", "rdl", "60x5", "--date", DAY)
    assert status == 1 and "the store is read-only (mode 0400)" in err
    with pytest.raises(StoreWriteError):
        Store(db).log_set(DAY, a_set())
    assert db.read_bytes() == raw and (db.stat().st_mode & 0o777) == 0o400
    assert run("--db", str(db), "store", "check")[0] == 0


# -- 6. the time zone never bricks the store ----------------------------------------------------
def test_an_unknown_time_zone_is_kept_and_every_command_goes_on_with_a_warning(
    tmp_path: Path, run: Run
) -> None:
    db = tmp_path / "legtui.json"
    Store(db).set_profile(Profile(timezone="Mars/Olympus_Mons"))
    for args in (["log", "rdl", "60x5"], ["suggest"], ["targets"], ["checkin", "--stress", "2"],
                 ["profile"], ["export", "strong"]):
        status, _, err = run("--db", str(db), *args)
        assert status == 0, (args, err)
        assert "Mars/Olympus_Mons" in err and "legtui profile --timezone" in err
    assert Store(db).profile().timezone == "Mars/Olympus_Mons"  # kept as written
    status, _, err = run("--db", str(db), "profile", "--timezone", "Venus/Maxwell")
    assert status == 2 and "unknown time zone 'Venus/Maxwell'" in err
    assert run("--db", str(db), "profile", "--timezone", "Europe/Berlin")[0] == 0
    assert Store(db).profile().timezone == "Europe/Berlin"


# -- 7, 9. bounds and dates on the command line -----------------------------------------------
@pytest.mark.parametrize(
    ("args", "words"),
    [
        (["log", "rdl", "60x5", "--date", "9999-12-31"], "is after today"),
        (["log", "rdl", "60x5", "--date", "1899-12-31"], "is before 1900"),
        (["log", "rdl", "1001kgx5"], "more than 1000 kg"),
        (["log", "rdl", "60x1001"], "reps is 1 to 1000, not 1001"),
        (["log", "rdl", "60x5@5"], "RPE is 6 to 10"),
        (["checkin", "--weight", "401"], "weight is 20 to 400 kg, not 401"),
    ],
)
def test_numbers_and_dates_outside_their_bounds_are_one_line_and_nothing_is_written(
    tmp_path: Path, run: Run, args: list[str], words: str
) -> None:
    db = tmp_path / "legtui.json"
    raw = two_days(db)
    status, _, err = run("--db", str(db), *args)
    assert status == 2 and words in err and err.count("\n") == 1
    assert db.read_bytes() == raw


def test_a_load_past_its_bound_in_the_profile_unit_is_refused(tmp_path: Path, run: Run) -> None:
    db = tmp_path / "legtui.json"
    Store(db).set_profile(Profile(unit="kg"))
    status, _, err = run("--db", str(db), "log", "rdl", "1500x5")
    assert status == 2 and "load is 0 to 1000 kg, not 1500" in err
    assert Store(db).sessions() == []


def test_a_pre_migration_backup_can_be_restored_and_is_migrated_again(
    tmp_path: Path, run: Run
) -> None:
    db = tmp_path / "legtui.json"
    v0 = b'{"sessions": {"1": {"date": "2024-05-01", "sets": [{"exercise": "rdl", "load": 60, ' \
         b'"unit": "kg", "reps": 10}]}}}'
    db.write_bytes(v0)
    Store(db).log_set("2024-05-02", a_set())
    saved = next(p for p in backups_module.list_backups(db) if p.name.startswith("pre-migr"))
    assert saved.read_bytes() == v0
    status, _, err = run("--db", str(db), "store", "restore", saved.name)
    assert status == 0, err
    assert [s.date for s in Store(db).sessions()] == [DAY]
