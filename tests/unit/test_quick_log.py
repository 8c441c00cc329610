"""`legtui log`'s quick path (cli/quicklog over store/append) writes the very bytes the full path
writes, prints what it prints, and hands every case it does not take to the full path with
nothing written."""

from __future__ import annotations

import itertools
import os
import stat
from collections.abc import Iterator
from pathlib import Path

import orjson
import pytest

from legtui.cli.main import main
from legtui.cli.quicklog import quick_log, read_argv
from legtui.core.model import CheckIn, Exercise, Profile, Session, SetEntry
from legtui.store import Store, layout

NOW = "2026-03-02T18:00:00Z"  # a Monday evening in UTC


@pytest.fixture(autouse=True)
def frozen(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """A frozen clock, and set ids from a counter both paths restart (see `run`)."""
    monkeypatch.setenv("LEGTUI_NOW", NOW)
    yield


def counted_ids(monkeypatch: pytest.MonkeyPatch) -> None:
    ids = itertools.count(1)
    monkeypatch.setattr("legtui.services.typed_sets.new_set_id", lambda: f"{next(ids):016x}")


def a_set(n: int, exercise: str = "rdl", load: float = 60) -> SetEntry:
    return SetEntry(f"old{n:013d}", exercise, load, "kg", 8 + n % 4, "2026-02-01T10:00:00.000000Z",
                    rpe=8 if n % 2 else None)


def history_store(path: Path, days: list[str], profile: Profile | None = None) -> Path:
    """A store as legtui writes it: a profile, these days' sessions (one with notes), check-ins."""
    store = Store(path)
    store.set_profile(profile or Profile(timezone="UTC"))
    sessions = [Session(day, (a_set(i), a_set(i + 100, "hip-thrust", 80)),
                        {"rdl": "slow"} if i == 0 else {}) for i, day in enumerate(days)]
    store.merge(sessions, [CheckIn(date=days[0], weight=70.5)])
    return path


def run(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, start: bytes, argv: list[str],
        capsys: pytest.CaptureFixture[str]) -> dict[str, tuple[bytes, str, str]]:
    """The same command on two copies of a store: the quick path and the full path (`main`)."""
    out = {}
    for name in ("quick", "full"):
        db = tmp_path / name / "legtui.json"
        db.parent.mkdir()
        db.write_bytes(start)
        counted_ids(monkeypatch)
        full = ["--db", str(db), *argv]
        status = quick_log(full) if name == "quick" else main(full)
        assert status is not None, "the quick path did not take it"
        printed = capsys.readouterr()
        out[name] = (db.read_bytes(), printed.out, f"{status} {printed.err}")
    return out


DAYS = ["2026-02-23", "2026-02-25", "2026-02-27"]


@pytest.mark.parametrize("argv", [
    ["log", "rdl", "60x10"],  # today: a new day, last in the table
    ["log", "hip-thrust", "100x8x3", "w40x8@8", "bwx12", "bw+10x8", "135lbx5@9.5"],
    ["log", "rdl", "62.5x8@8.5 # grip é \"q\" \\ \t end", "--date", "2026-02-25"],  # the middle
    ["log", "rdl", "60x10", "--date", "2026-02-27", "--note", "last line ✓ \u2028 😀"],
    ["log", "rdl", "61.25x9", "--date", "2026-02-23", "--note", "replaces 'slow'"],
    ["log", "--date", "2026-02-23", "Romanian Deadlift", "60x10", "--note", ""],
    ["log", "bss", "20x10/9", "w10x8/8@7", "--note", "single-leg"],  # sides
])
def test_the_quick_path_writes_the_full_paths_bytes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
    argv: list[str],
) -> None:
    start = history_store(tmp_path / "start.json", DAYS).read_bytes()
    both = run(tmp_path, monkeypatch, start, argv, capsys)
    assert both["quick"] == both["full"]
    written, said, _ = both["quick"]
    assert written != start and said.startswith("logged ")
    assert layout.cut(written) is not None and layout.cut(written).verified  # type: ignore[union-attr]


def test_a_store_with_a_profile_and_no_history_gets_its_sessions_table(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
) -> None:
    path = tmp_path / "start.json"
    Store(path).set_profile(Profile(unit="lb", timezone="Europe/London", day_start_hour=0))
    both = run(tmp_path, monkeypatch, path.read_bytes(), ["log", "bss", "40x8"], capsys)
    assert both["quick"] == both["full"]
    assert b'"sessions":{' in both["quick"][0] and "40lbx8" in both["quick"][1]


@pytest.mark.parametrize("days", [["2026-02-27"], []])
def test_a_day_alone_in_its_table_and_an_empty_table(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
    days: list[str],
) -> None:
    path = tmp_path / "start.json"
    if days:
        history_store(path, days)
    else:  # a sessions table with nothing in it
        data = layout.decode(history_store(path, ["2026-02-27"]).read_bytes())
        assert data is not None
        data["sessions"] = {}
        path.write_bytes(layout.encode(data))
        assert b'"sessions":{\n},' in path.read_bytes()
    both = run(tmp_path, monkeypatch, path.read_bytes(), ["log", "rdl", "60x10",
                                                          "--date", "2026-02-27"], capsys)
    assert both["quick"] == both["full"]


@pytest.mark.parametrize(("argv", "message"), [
    (["log", "rdl", "60y10"], "cannot read"),
    (["log", "rdl", "60x10", "--date", "2099-01-01"], "after today"),
    (["log", "rdl", "60x10", "--date", "March"], "not a date"),
    (["log", "rdl", "5000x10"], "typo"),
    (["log", "rdl", "bw+1500x5"], "load"),
    (["log", "rdl", "60x10/9"], "single-leg"),
])
def test_a_mistake_is_said_as_the_full_path_says_it_and_nothing_is_written(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
    argv: list[str], message: str,
) -> None:
    start = history_store(tmp_path / "start.json", DAYS).read_bytes()
    both = run(tmp_path, monkeypatch, start, argv, capsys)
    assert both["quick"] == both["full"]
    written, said, status = both["quick"]
    assert written == start and said == ""
    assert status.startswith("2 legtui: ") and message in status


def custom_exercise(path: Path) -> None:
    Store(path).add_exercise(Exercise("nordic-curl", "Nordic curl", "bodyweight", ("hamstrings",)))


def no_profile(path: Path) -> None:
    path.unlink()
    Store(path).merge([Session("2026-02-27", (a_set(1),))])


def laid_out_by_hand(path: Path) -> None:
    path.write_bytes(orjson.dumps(orjson.loads(path.read_bytes()), option=orjson.OPT_INDENT_2))


def older_schema(path: Path) -> None:
    data = orjson.loads(path.read_bytes())
    del data["meta"]
    path.write_bytes(orjson.dumps(data))


def newer_schema(path: Path) -> None:
    data = layout.decode(path.read_bytes())
    assert data is not None
    data["meta"] = {"1": {"schema": 99}}
    path.write_bytes(layout.encode(layout.parse_all(data)))


def damaged(path: Path) -> None:
    data = layout.decode(path.read_bytes())
    assert data is not None
    data["profile"]["1"]["unit"] = "stone"
    path.write_bytes(layout.encode(data))  # its check matches: damage legtui's own bytes hold


def edited(path: Path) -> None:
    path.write_bytes(path.read_bytes().replace(b'"reps":9', b'"reps":7', 1))


def meta_not_json(path: Path) -> None:
    raw = path.read_bytes()
    path.write_bytes(raw[:raw.rindex(b'"1":{')] + b'"1":{"schema":1,"check":"crc32:0"\n}\n}\n')


def unknown_zone(path: Path) -> None:
    Store(path).set_profile(Profile(timezone="Mars/Olympus_Mons"))


def read_only(path: Path) -> None:
    path.chmod(stat.S_IRUSR)


@pytest.mark.parametrize("change", [custom_exercise, no_profile, laid_out_by_hand, older_schema,
                                    newer_schema, damaged, edited, meta_not_json, unknown_zone,
                                    read_only])
def test_a_store_it_does_not_take_goes_to_the_full_path_untouched(
    tmp_path: Path, change: object,
) -> None:
    db = history_store(tmp_path / "legtui.json", DAYS)
    assert callable(change)
    change(db)
    before = db.read_bytes()
    assert quick_log(["--db", str(db), "log", "rdl", "60x10"]) is None
    assert db.read_bytes() == before


def test_no_store_yet_goes_to_the_full_path(tmp_path: Path) -> None:
    db = tmp_path / "legtui.json"
    assert quick_log(["--db", str(db), "log", "rdl", "60x10"]) is None
    assert not db.exists()
    assert main(["--db", str(db), "log", "rdl", "60x10"]) == 0


def test_an_unknown_exercise_is_the_full_paths_message(tmp_path: Path) -> None:
    db = history_store(tmp_path / "legtui.json", DAYS)
    assert quick_log(["--db", str(db), "log", "nordic", "60x10"]) is None


@pytest.mark.parametrize("argv", [
    ["log", "rdl"], ["log", "--help"], ["log", "rdl", "60x10", "--date=2026-03-01"],
    ["log", "rdl", "60x10", "--note", "a", "--note", "b"], ["log", "rdl", "60x10", "--no", "x"],
    ["log", "rdl", "-5x10"], ["log", "rdl", "60x10", "--note", "-x"], ["log", "rdl", "60x10", "--"],
    ["history"], ["--db"], [], ["--version"], ["-h"], ["--db", "x.json", "--help"],
    ["log", "rdl", "60x10", "--date"],
])
def test_an_argument_it_does_not_read_goes_to_the_full_path(argv: list[str]) -> None:
    assert read_argv(argv) is None


def test_the_db_option_as_argparse_reads_it() -> None:
    found = read_argv(["--db", "a.json", "log", "rdl", "60x10", "--db", "b.json", "w40x5"])
    assert found is not None
    assert (found.db, found.exercise, found.sets) == ("b.json", "rdl", ["60x10", "w40x5"])
    found = read_argv(["log", "--note", "n", "rdl", "60x10", "--date", "2026-03-01"])
    assert found is not None
    assert (found.db, found.note, found.date, found.sets) == (None, "n", "2026-03-01", ["60x10"])


def test_a_backup_is_made_on_the_days_first_write(tmp_path: Path) -> None:
    db = history_store(tmp_path / "legtui.json", DAYS)
    backups = tmp_path / "backups" / "legtui.json"
    for daily in backups.glob("daily-*.json"):
        daily.unlink()
    assert quick_log(["--db", str(db), "log", "rdl", "60x10"]) == 0
    (daily,) = backups.glob("daily-*.json")
    assert daily.read_bytes() == db.read_bytes()


def test_stray_temp_files_are_swept_and_none_is_left(tmp_path: Path) -> None:
    db = history_store(tmp_path / "legtui.json", DAYS)
    stray = tmp_path / ".legtui.json.tmp-deadbeef"
    stray.write_bytes(b"{")
    assert quick_log(["--db", str(db), "log", "rdl", "60x10"]) == 0
    assert sorted(p.name for p in tmp_path.iterdir() if ".tmp-" in p.name) == []
    assert [s.exercise for s in Store(db).sessions()[-1].sets] == ["rdl"]


def test_a_failed_write_changes_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                       capsys: pytest.CaptureFixture[str]) -> None:
    db = history_store(tmp_path / "legtui.json", DAYS)
    before = db.read_bytes()

    def full_disk(fd: int, data: object) -> int:
        raise OSError(28, os.strerror(28))

    monkeypatch.setattr("legtui.store.safefile.os.write", full_disk)
    assert quick_log(["--db", str(db), "log", "rdl", "60x10"]) == 1  # a system error
    assert "No space left" in capsys.readouterr().err
    assert db.read_bytes() == before
    assert [p for p in tmp_path.iterdir() if ".tmp-" in p.name] == []


@pytest.mark.parametrize("argv", [
    ["log", "rdl", "1000x5"],  # over twice last year's best estimated 1RM: asks for --force
    ["log", "rdl", "400lbx5"],  # the same, typed in the other unit (181 kg)
])
def test_a_load_that_looks_like_a_typo_goes_to_the_full_path_untouched(
    tmp_path: Path, argv: list[str],
) -> None:
    db = history_store(tmp_path / "legtui.json", DAYS)
    before = db.read_bytes()
    assert quick_log(["--db", str(db), *argv]) is None
    assert db.read_bytes() == before
    assert main(["--db", str(db), *argv]) == 2  # the full path asks: "a typo? ... --force"
    assert db.read_bytes() == before


def test_a_load_within_twice_the_heaviest_qualifying_set_is_taken(
    tmp_path: Path, capsys: pytest.CaptureFixture[str],
) -> None:
    db = history_store(tmp_path / "legtui.json", DAYS)  # rdl working sets at 60 kg
    assert quick_log(["--db", str(db), "log", "rdl", "120x5"]) == 0
    assert "120kgx5" in capsys.readouterr().out


def test_the_heaviest_qualifying_load_is_never_over_the_best_estimated_1rm(tmp_path: Path) -> None:
    """The guard's premise: sets an estimated 1RM cannot be told from (warm-ups, too many
    effective reps) do not count, and the other unit is converted."""
    from legtui.core.stats import best_e1rm
    from legtui.store.append import QuickStore

    db = tmp_path / "legtui.json"
    store = Store(db)
    store.set_profile(Profile(timezone="UTC"))
    sets = (SetEntry("a" * 16, "rdl", 200, "kg", 5, "2026-02-20T10:00:00.000000Z", kind="warmup"),
            SetEntry("b" * 16, "rdl", 150, "kg", 12, "2026-02-20T10:01:00.000000Z", rpe=8),
            SetEntry("c" * 16, "rdl", 132.5, "lb", 8, "2026-02-20T10:02:00.000000Z"),
            SetEntry("d" * 16, "rdl", 50, "kg", 10, "2026-02-20T10:03:00.000000Z", rpe=9))
    store.merge([Session("2026-02-20", sets)])
    heaviest = QuickStore(db, db.read_bytes()).heaviest_working("rdl", "2025-02-21", "2026-03-02",
                                                                 "kg")
    assert heaviest == pytest.approx(132.5 * 0.45359237)  # not the warm-up, not 12 + 2 RIR
    best = best_e1rm(sets, "kg")
    assert best is not None and heaviest <= best
