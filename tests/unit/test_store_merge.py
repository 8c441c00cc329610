"""Store.merge: one write for everything an import brings, profile and plan only where none."""

from __future__ import annotations

from pathlib import Path

from store_factory import a_set, set_ids

from legtui.core.catalog import default_plan
from legtui.core.model import CheckIn, Profile, Session
from legtui.store import Store


def test_merge_sets_the_profile_and_plan_of_a_new_store_in_the_same_write(tmp_path: Path) -> None:
    db = tmp_path / "legtui.json"
    store = Store(db)
    entry = a_set()
    plan = default_plan("lb")
    before = store.generation

    result = store.merge([Session("2024-05-01", (entry,))], [CheckIn(date="2024-05-01", stress=2)],
                         profile=Profile(unit="lb", height_cm=181), plan=plan)

    assert store.generation == before + 1  # one save
    assert (result.sets_added, result.checkins_added) == (1, 1)
    again = Store(db)
    assert (again.profile().unit, again.profile().height_cm, again.plan()) == ("lb", 181, plan)
    assert set_ids(again) == [entry.id]


def test_merge_keeps_the_profile_and_plan_a_store_already_has(tmp_path: Path) -> None:
    db = tmp_path / "legtui.json"
    store = Store(db)
    store.set_profile(Profile(unit="kg", height_cm=170))
    store.set_plan(default_plan("kg"))

    store.merge([Session("2024-05-01", (a_set(),))], profile=Profile(unit="lb", height_cm=190),
                plan=default_plan("lb"))

    again = Store(db)
    assert (again.profile().unit, again.profile().height_cm) == ("kg", 170)
    assert again.plan() == default_plan("kg")
