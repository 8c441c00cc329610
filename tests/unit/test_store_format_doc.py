"""docs/store-format.md cannot drift: every table and field the store writes is documented there,
and nothing is documented that the store does not write."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date
from pathlib import Path

import orjson
import pytest

from legtui.core.model import CheckIn, Exercise, Plan, PlanItem, Profile, Session, SetEntry
from legtui.core.sync_target import SyncTarget
from legtui.paths import backups_dir, lock_path
from legtui.store import Store
from legtui.store.backups import daily_backup_path
from legtui.store.migrations import SCHEMA_VERSION
from legtui.store.safefile import temp_prefix

DOC = Path(__file__).resolve().parents[2] / "docs" / "store-format.md"
DAY = "2026-11-25"

SET = SetEntry("0123456789abcdef", "rdl", 60, "kg", 10, "2026-11-25T10:00:00.000000Z", rpe=8,
               note="n", tempo="3-0-1-0", tut_s=40, sides=(10, 11))
ITEM = PlanItem("rdl", plates=(20, 10))
EXERCISE = Exercise("nordic-curl", "Nordic Curl", "bodyweight", ("hamstrings",))
CHECKIN = CheckIn(DAY, weight=71.4, calories=1900, waist=80)

# table -> every key its documents hold, from the model's own to_dict
# (and the change stamps and sync settings the store adds: see docs/sync.md)
MODEL_FIELDS: dict[str, set[str]] = {
    "meta": {"schema", "check", "device", "clock", "sync"},
    "profile": set(Profile().to_dict()) | {"changed"},
    "plan": set(Plan(items=(ITEM,)).to_dict()) | set(ITEM.to_dict()) | {"changed"},
    "exercises": set(EXERCISE.to_dict()),
    "sessions": set(Session(DAY, (SET,)).to_dict()) | set(SET.to_dict()) | {"changed", "noted"},
    "checkins": set(CHECKIN.to_dict()) | {"changed"},
    "deleted": {"sets"},
}


def doc_sections() -> dict[str, str]:
    """`## \\`table\\`` heading -> the text under it."""
    parts = re.split(r"^## `(\w+)`.*$", DOC.read_text(encoding="utf-8"), flags=re.M)
    return dict(zip(parts[1::2], parts[2::2], strict=True))


def documented_fields(section: str) -> set[str]:
    """The first column of every table row in a section: | `field` | ..."""
    return set(re.findall(r"^\| `(\w+)` \|", section, flags=re.M))


def test_every_table_has_a_section() -> None:
    assert set(doc_sections()) == set(MODEL_FIELDS)


@pytest.mark.parametrize("table", sorted(MODEL_FIELDS))
def test_each_tables_fields_are_documented_exactly(table: str) -> None:
    documented = documented_fields(doc_sections()[table])
    assert MODEL_FIELDS[table] - documented == set(), "written by the model, not documented"
    assert documented - MODEL_FIELDS[table] == set(), "documented, not written by the model"


def test_a_real_store_file_holds_only_documented_tables_and_fields(tmp_path: Path) -> None:
    path = tmp_path / "legtui.json"
    store = Store(path)
    store.set_profile(Profile(unit="lb"))
    store.set_plan(Plan(items=(ITEM,)))
    store.add_exercise(EXERCISE)
    store.log_sets(DAY, [SET, replace(SET, id="fedcba9876543210")], note="felt strong")
    store.delete_set("fedcba9876543210")
    store.set_sync(SyncTarget(file="/tmp/sync.json", auto=True))
    store.put_checkin(CHECKIN)
    data = orjson.loads(path.read_bytes())
    assert set(data) == set(MODEL_FIELDS)
    for table, docs in data.items():
        for doc in docs.values():
            sets = doc.get("sets") if table == "sessions" else ()
            keys = set(doc) | {k for s in sets for k in s}
            keys |= {k for item in doc.get("items", ()) for k in item}
            assert keys <= MODEL_FIELDS[table], table
    # the ids the page promises: meta/profile/plan are document 1, a day is its date's ordinal
    assert set(data["meta"]) == set(data["profile"]) == set(data["plan"]) == {"1"}
    assert set(data["deleted"]) == {"1"}
    ordinal = str(date.fromisoformat(DAY).toordinal())
    assert set(data["sessions"]) == set(data["checkins"]) == {ordinal}
    assert f"{DAY} is {ordinal}" in DOC.read_text(encoding="utf-8")


def test_version_and_files_beside_the_store_are_as_documented(tmp_path: Path) -> None:
    text = DOC.read_text(encoding="utf-8")
    assert f"currently `{SCHEMA_VERSION}`" in text
    store = tmp_path / "legtui.json"
    assert f"`{lock_path(store).name}`" in text
    assert f"`{temp_prefix(store)}XXXXXXXX`" in text
    daily = daily_backup_path(store, date(2026, 11, 25)).relative_to(backups_dir(store).parent)
    assert str(daily).replace("2026-11-25", "YYYY-MM-DD") in text
