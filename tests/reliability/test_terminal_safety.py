"""No control character a store or a file carries reaches the terminal: the bytes `history`,
`checkins`, `suggest`, `targets` and an import summary write hold no byte below 0x20 but the
newline, and no ESC (C1 controls included); `--json` escapes them and stays exact."""

from __future__ import annotations

import json
from pathlib import Path

from conftest import CliRunner

from legtui.core.model import CheckIn, Exercise, Plan, PlanItem, Profile, SetEntry, Workout
from legtui.store import Store

TITLE = "\x1b]0;pwned\x07"  # OSC 0: set the terminal's title
HOSTILE = f"Evil{TITLE}\x1b[2J\x9b31m\x08\r[/]"
AT = "2026-03-02T17:00:00.000000Z"


def unsafe_bytes(data: bytes) -> list[int]:
    text = data.decode("utf-8")
    return [ord(ch) for ch in text
            if (ord(ch) < 0x20 and ch != "\n") or 0x7f <= ord(ch) <= 0x9f]


def hostile_store(path: Path) -> None:
    """Text as an old store, a hand edit or another program could have left it (the typed and
    imported paths clean it first, so it is written here below them)."""
    store = Store(path)
    store.set_profile(Profile(unit="kg", sex="female", birth_year=1990, height_cm=170,
                              timezone="UTC"))
    store.add_exercise(Exercise("evil", HOSTILE, "machine", ("glutes",), custom=True))
    store.set_plan(Plan(workouts=(
        Workout("A", (PlanItem("evil", start_load=40), PlanItem("rdl", start_load=20))),)))
    store.log_sets("2026-03-02", [
        SetEntry("a", "evil", 40, "kg", 10, AT, note=HOSTILE),
        SetEntry("b", "rdl", 60, "kg", 8, AT, note=HOSTILE),
    ], note=HOSTILE)
    store.put_checkin(CheckIn("2026-03-02", weight=70, calories=1800, note=HOSTILE))


def test_commands_never_write_control_characters(cli: CliRunner, tmp_path: Path) -> None:
    db = tmp_path / "s.json"
    hostile_store(db)
    now = {"LEGTUI_NOW": "2026-03-02T18:00:00Z"}
    for args in (["history"], ["history", "evil"], ["checkins"], ["suggest"], ["targets"],
                 ["profile"]):
        done = cli("--db", str(db), *args, extra_env=now)
        assert done.returncode == 0, (args, done.stderr)
        assert "Evil" in done.stdout or args == ["targets"], args
        assert unsafe_bytes(done.stdout.encode()) == [], args
        assert unsafe_bytes(done.stderr.encode()) == [], args
    shown = cli("--db", str(db), "history", extra_env=now).stdout
    assert "Evil\\x1b]0;pwned\\x07" in shown  # visible, not acted on


def test_json_output_escapes_them_and_keeps_the_text_exact(cli: CliRunner, tmp_path: Path) -> None:
    db = tmp_path / "s.json"
    hostile_store(db)
    for args, note_of in ((["history", "--json"], lambda d: d[0]["sets"][0]["note"]),
                          (["checkins", "--json"], lambda d: d[0]["note"])):
        done = cli("--db", str(db), *args)
        assert done.returncode == 0, done.stderr
        assert unsafe_bytes(done.stdout.encode().replace(b"\n", b"")) == []
        assert note_of(json.loads(done.stdout)) == HOSTILE


def test_an_import_summary_and_its_errors_are_safe(cli: CliRunner, tmp_path: Path) -> None:
    name = f"strong{TITLE}.csv"
    source = tmp_path / name
    source.write_text(
        "Date,Workout Name,Exercise Name,Set Order,Weight,Reps,Distance,Seconds,Notes\n"
        f'2026-02-02 17:00:00,W,"{HOSTILE}",1,60,10,0,0,"{HOSTILE}"\n',
        encoding="utf-8", newline="")
    db = tmp_path / "s.json"
    done = cli("--db", str(db), "import", "strong", str(source), "--unit", "kg")
    assert done.returncode == 0, done.stderr
    assert "new custom exercises (1): Evil [/]" in done.stdout  # cleaned on the way in
    assert unsafe_bytes(done.stdout.encode()) == []
    stored = Store(db).custom_exercises()[0]
    assert stored.name == "Evil [/]"
    broken = tmp_path / f"bad{TITLE}.csv"
    broken.write_text("Date,Exercise Name\nnot a date,x\n", encoding="utf-8")
    failed = cli("--db", str(db), "import", "strong", str(broken), "--unit", "kg")
    assert failed.returncode == 2
    assert unsafe_bytes(failed.stderr.encode()) == []
    assert failed.stderr.strip().splitlines()[-1].startswith("legtui: bad\\x1b]0;pwned\\x07.csv")



def test_the_console_script_refuses_0x5_and_cleans_notes_on_its_quick_path(
    cli: CliRunner, tmp_path: Path
) -> None:
    """`legtui log` has a quick path; a set or note the full path must look at goes there."""
    db = tmp_path / "s.json"
    assert cli("--db", str(db), "profile", "--unit", "kg").returncode == 0
    assert cli("--db", str(db), "log", "rdl", "0x5").returncode == 2
    assert cli("--db", str(db), "log", "glute-bridge", "bwx51").returncode == 2
    noted = cli("--db", str(db), "log", "glute-bridge", "bwx12", "--note", f"ok{TITLE}")
    assert noted.returncode == 0
    assert Store(db).sessions()[-1].notes == {"glute-bridge": "ok"}  # cleaned on the way in
