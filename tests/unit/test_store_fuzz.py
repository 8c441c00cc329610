"""A real store damaged in random ways (byte flips, truncation, type swaps, duplicate ids,
re-layout): never a traceback, never an overwrite of a damaged file, `store check` finds every
change that breaks the schema, and a re-laid-out valid file reads back identical."""

from __future__ import annotations

import contextlib
import io
import json
import tempfile
from pathlib import Path
from typing import Any

import orjson
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from legtui.cli.main import main
from legtui.core.model import CheckIn, Exercise, Plan, PlanItem, Profile, SetEntry, Workout
from legtui.paths import backups_dir
from legtui.store import Store

DAYS = ["2024-05-01", "2024-05-03", "2024-05-06"]


def a_real_store(folder: Path) -> tuple[Path, bytes]:
    db = folder / "legtui.json"
    store = Store(db)
    store.set_profile(Profile(unit="kg", timezone="Europe/Berlin", height_cm=180))
    store.set_plan(Plan(workouts=(Workout("A", (  # fixed ids: every store made here is alike
        PlanItem("rdl", id="e1"), PlanItem("hip-thrust", rep_low=10, id="e2")), id="w1"),)))
    store.add_exercise(Exercise("nordic-curl", "Nordic curl", "bodyweight", ("hamstrings",),
                                custom=True))
    for n, day in enumerate(DAYS):
        store.log_sets(day, [
            SetEntry(f"{n}a{'0' * 14}", "rdl", 60 + n, "kg", 10, f"{day}T17:00:00.000000Z",
                     rpe=8),
            SetEntry(f"{n}b{'0' * 14}", "hip-thrust", 80, "kg", 12, f"{day}T17:10:00.000000Z",
                     kind="warmup", note="easy"),
        ], note="felt good")
        store.put_checkin(CheckIn(day, weight=80 - n, sleep_h=7.5, stress=2))
    # an edited set carries its change stamp; a deleted one leaves a tombstone (docs/sync.md)
    store.update_set(f"0a{'0' * 14}", SetEntry("", "rdl", 62.5, "kg", 9, "", rpe=8.5))
    store.log_set(DAYS[0], SetEntry("gone" + "0" * 12, "rdl", 40, "kg", 5, f"{DAYS[0]}T17:20:00Z"))
    store.delete_set("gone" + "0" * 12)
    return db, db.read_bytes()


with tempfile.TemporaryDirectory() as _folder:
    _, BASE = a_real_store(Path(_folder))
LINES = BASE.split(b"\n")
HISTORY = [i for i, line in enumerate(LINES) if line[:2] == b'"7']  # the days' documents


def quietly(*args: str) -> int:
    """`legtui ARGS...` in this process, its output swallowed; any exception escapes (that
    would be the traceback a lifter sees)."""
    with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
        return main(list(args))


def document(line: bytes) -> tuple[bytes, dict[str, Any], bool]:
    key, _, rest = line.partition(b":")
    comma = rest.endswith(b",")
    return key, orjson.loads(rest[:-1] if comma else rest), comma


def with_document(index: int, doc: dict[str, Any]) -> bytes:
    key, _, comma = document(LINES[index])
    lines = list(LINES)
    text = json.dumps(doc, separators=(",", ":")).encode()  # (orjson refuses 10**30)
    lines[index] = key + b":" + text + (b"," if comma else b"")
    return b"\n".join(lines)


REQUIRED = ("id", "exercise", "reps", "date")
WRONG = st.sampled_from(["ten", -5, 10**30, 1e308, None, [], {}, True, "", "x" * 70_000])


@st.composite
def type_swaps(draw: st.DrawFn) -> bytes:
    """A field of a day's document given a value of the wrong type or out of its bounds."""
    index = draw(st.sampled_from(HISTORY))
    _, doc, _ = document(LINES[index])
    if "sets" in doc:
        target = doc["sets"][draw(st.integers(0, len(doc["sets"]) - 1))]
        field = draw(st.sampled_from(["id", "exercise", "load", "unit", "reps", "rpe", "kind",
                                      "logged_at"]))
    else:
        target = doc
        field = draw(st.sampled_from(["date", "weight", "unit", "sleep_h", "stress"]))
    value = draw(WRONG)
    if value is None and field not in REQUIRED:
        value = "ten"  # null is "not given" there, a valid value
    if field in ("id", "exercise") and isinstance(value, str) and 0 < len(value) <= 200:
        value = 7  # any short text is an id (a custom exercise's too)
    if field == "logged_at" and value == "":
        value = "yesterday"  # "": an old set whose time is not known, a valid value
    target[field] = value
    return with_document(index, doc)


@st.composite
def duplicate_ids(draw: st.DrawFn) -> bytes:
    """A set given the id of another set, on the same day or another."""
    sessions = [i for i in HISTORY if b'"sets"' in LINES[i]]
    source, target = draw(st.sampled_from(sessions)), draw(st.sampled_from(sessions))
    taken = document(LINES[source])[1]["sets"][0]["id"]
    _, doc, _ = document(LINES[target])
    doc["sets"][-1]["id"] = taken
    if source == target and len(doc["sets"]) == 1:
        doc["sets"].append(dict(doc["sets"][0]))
    return with_document(target, doc)


flips = st.builds(lambda at, byte: BASE[:at] + bytes([byte]) + BASE[at + 1:],
                  st.integers(0, len(BASE) - 1), st.integers(0, 255))
truncations = st.builds(lambda at: BASE[:at], st.integers(0, len(BASE) - 1))
relaid_swaps = type_swaps().map(lambda raw: json.dumps(json.loads(raw), indent=1).encode())
DAMAGE = st.one_of(flips, truncations, type_swaps(), duplicate_ids(), relaid_swaps)
BREAKS_THE_SCHEMA = st.one_of(type_swaps(), duplicate_ids(), relaid_swaps)


def relaid(indent: bool, sort: bool, spaced: bool) -> bytes:
    data = json.loads(BASE)
    return json.dumps(data, indent=2 if indent else None, sort_keys=sort,
                      separators=(", ", ": ") if spaced else (",", ":")).encode()


FUZZ = settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def attempt_everything(db: Path) -> tuple[int, bytes]:
    """Read every way, check, try to write; returns `store check`'s status and the file as it
    was before the write."""
    for args in (["history", "--json"], ["checkins"], ["export", "json"], ["suggest"],
                 ["profile", "--json"], ["targets"]):
        assert quietly("--db", str(db), *args) in (0, 1, 2), args  # 2: a bad name
    checked = quietly("--db", str(db), "store", "check")
    before = db.read_bytes()
    wrote = quietly("--db", str(db), "log", "rdl", "60x5", "--date", DAYS[0])
    if checked != 0:
        assert wrote == 1
        migrated = list(backups_dir(db).glob("pre-migration-*"))
        assert db.read_bytes() == before or [p.read_bytes() for p in migrated] == [before], \
            "a damaged file was overwritten"
    return checked, before


@FUZZ
@given(DAMAGE)
def test_random_damage_is_never_a_traceback_nor_overwritten(damaged: bytes) -> None:
    with tempfile.TemporaryDirectory() as folder:
        db = Path(folder) / "legtui.json"
        db.write_bytes(damaged)
        checked, _ = attempt_everything(db)
        if checked == 0:  # what check calls healthy is: JSON, every document readable
            data = json.loads(damaged.decode("utf-8"))
            assert isinstance(data, dict)
            Store(db).dump()


@FUZZ
@given(BREAKS_THE_SCHEMA)
def test_store_check_finds_each_change_that_breaks_the_schema(damaged: bytes) -> None:
    with tempfile.TemporaryDirectory() as folder:
        db = Path(folder) / "legtui.json"
        db.write_bytes(damaged)
        checked, before = attempt_everything(db)
        assert checked == 1
        assert db.read_bytes() == before == damaged


@FUZZ
@given(st.booleans(), st.booleans(), st.booleans())
def test_a_re_laid_out_valid_file_reads_back_identical(
    indent: bool, sort: bool, spaced: bool
) -> None:
    with tempfile.TemporaryDirectory() as folder:
        db = Path(folder) / "legtui.json"
        db.write_bytes(BASE)  # the store the re-laid copies are of (its own stamps and device)
        expected = Store(db).dump()
        db.write_bytes(relaid(indent, sort, spaced))
        assert Store(db).dump() == expected
        assert quietly("--db", str(db), "store", "check") == 0
        assert quietly("--db", str(db), "log", "rdl", "60x5", "--date", DAYS[0]) == 0
        after = Store(db).dump()
        assert after["checkins"] == expected["checkins"]
        assert len(after["sessions"][0]["sets"]) == len(expected["sessions"][0]["sets"]) + 1
        assert db.read_bytes() != BASE
