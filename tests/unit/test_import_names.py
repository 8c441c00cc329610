"""Names from other apps map to the catalog; any other name becomes a custom exercise."""

from __future__ import annotations

import pytest

from legtui.core.catalog import Catalog
from legtui.core.model import Exercise
from legtui.transfer.names import APP_NAMES, NameMapper, guess_equipment, strong_name


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Romanian Deadlift (Barbell)", "rdl"),
        ("Hip Thrust (Barbell)", "hip-thrust"),
        ("Bulgarian Split Squat", "bulgarian-split-squat"),
        ("Step Up", "step-up"),
        ("Glute Bridge", "glute-bridge"),
        ("Squat (Barbell)", "squat"),
        ("Deadlift (Barbell)", "deadlift"),
        ("Lying Leg Curl (Machine)", "leg-curl"),
        ("Seated Leg Curl (Machine)", "leg-curl"),
        ("Good Morning (Barbell)", "good-morning"),
        ("Barbell Hip Thrust", "hip-thrust"),  # FitNotes' word order
        ("Romanian Deadlift", "rdl"),
        ("Walking Lunge (Dumbbell)", "lunge"),
        ("Single Leg Romanian Deadlift (Dumbbell)", "single-leg-rdl"),
        ("Glute Kickback (Cable)", "cable-kickback"),
        ("Back Extension (Hyperextension)", "back-extension"),
        ("  hip thrust (barbell) ", "hip-thrust"),
    ],
)
def test_known_names(name: str, expected: str) -> None:
    mapper = NameMapper(Catalog())
    assert mapper(name) == expected
    assert mapper.new == {}


@pytest.mark.parametrize(
    ("name", "exercise_id", "equipment"),
    [
        ("Romanian Deadlift (Dumbbell)", "romanian-deadlift-dumbbell", "dumbbell"),
        ("Bench Press (Barbell)", "bench-press-barbell", "barbell"),
        ("Face Pull (Cable)", "face-pull-cable", "cable"),
        ("Leg Extension (Machine)", "leg-extension-machine", "machine"),
        ("Goblet Squat (Kettlebell)", "goblet-squat-kettlebell", "kettlebell"),
        ("Dumbbell Fly", "dumbbell-fly", "dumbbell"),
        ("Wood Choppers", "wood-choppers", "machine"),
        ("💪", "custom-", "machine"),
    ],
)
def test_other_names_become_custom_exercises(name: str, exercise_id: str, equipment: str) -> None:
    mapper = NameMapper(Catalog())
    found = mapper(name)
    assert found.startswith(exercise_id) and found == mapper(name)
    made = mapper.new[found]
    assert (made.name, made.equipment, made.custom) == (name, equipment, True)
    assert guess_equipment(name) == equipment


def test_a_custom_exercise_already_in_the_store_is_reused() -> None:
    mine = Exercise("bench-press-barbell", "Bench Press (Barbell)", "barbell", (), custom=True)
    mapper = NameMapper(Catalog([mine]))
    assert mapper("Bench Press (Barbell)") == "bench-press-barbell"
    assert mapper.new == {}


def test_every_table_entry_is_a_catalog_exercise_and_strong_names_map_back() -> None:
    catalog = Catalog()
    mapper = NameMapper(catalog)
    for exercise_id in APP_NAMES:
        assert exercise_id in catalog
        assert mapper(strong_name(exercise_id, catalog)) == exercise_id
