"""Exercise names as other apps spell them, mapped to catalog ids; the rest become custom.

Lookup order for a name: the table below (names whose words differ from ours), then the store's
catalog by id, alias or name (which also finds custom exercises made by an earlier import), then
the name without its equipment suffix when that equipment is the catalog exercise's own
(`Hip Thrust (Barbell)` → hip-thrust, but `Romanian Deadlift (Dumbbell)` stays its own exercise).
Anything else becomes a custom Exercise with id `catalog.slug(name)`; nothing is dropped.
"""

from __future__ import annotations

import hashlib
import re

from legtui.core.catalog import Catalog, slug
from legtui.core.model import EQUIPMENT, Equipment, Exercise

# catalog id -> the names other apps use for it; the first is Strong's (used by `export strong`)
APP_NAMES: dict[str, tuple[str, ...]] = {
    "rdl": ("Romanian Deadlift (Barbell)", "Barbell Romanian Deadlift", "RDL (Barbell)"),
    "hip-thrust": ("Hip Thrust (Barbell)", "Barbell Hip Thrust", "Hip Thrust"),
    "glute-bridge": ("Glute Bridge", "Glute Bridge (Bodyweight)", "Bodyweight Glute Bridge"),
    "step-up": ("Step Up", "Step Up (Dumbbell)", "Step-up (Dumbbell)", "Step Up (Bodyweight)",
                "Dumbbell Step Up", "Step-Ups"),
    "bulgarian-split-squat": ("Bulgarian Split Squat", "Bulgarian Split Squat (Dumbbell)",
                              "Dumbbell Bulgarian Split Squat", "Split Squat (Dumbbell)"),
    "squat": ("Squat (Barbell)", "Barbell Squat", "Back Squat (Barbell)", "Barbell Back Squat",
              "Full Squat"),
    "deadlift": ("Deadlift (Barbell)", "Barbell Deadlift", "Conventional Deadlift (Barbell)"),
    "single-leg-rdl": ("Single Leg Romanian Deadlift (Dumbbell)",
                       "Single Leg Romanian Deadlift (Barbell)", "Single Leg Deadlift (Dumbbell)",
                       "Dumbbell Single Leg Romanian Deadlift"),
    "lunge": ("Lunge (Dumbbell)", "Walking Lunge (Dumbbell)", "Dumbbell Lunge",
              "Dumbbell Walking Lunge", "Lunge (Bodyweight)", "Walking Lunge"),
    "leg-curl": ("Lying Leg Curl (Machine)", "Seated Leg Curl (Machine)", "Leg Curl (Machine)",
                 "Lying Leg Curl Machine", "Seated Leg Curl Machine"),
    "good-morning": ("Good Morning (Barbell)", "Barbell Good Morning", "Good Morning"),
    "back-extension": ("Back Extension", "Back Extension (Hyperextension)",
                       "Back Extension (Machine)", "Hyperextension", "Back Extensions"),
    "cable-kickback": ("Glute Kickback (Cable)", "Cable Glute Kickback", "Cable Kickback",
                       "Kickback (Cable)"),
}
KNOWN: dict[str, str] = {
    slug(name): exercise_id for exercise_id, names in APP_NAMES.items() for name in names
}

_SUFFIX = re.compile(r"^(?P<base>.*?)\s*\((?P<tag>[^()]*)\)\s*$")
_EQUIPMENT_WORDS: dict[str, Equipment] = {
    **{e: e for e in EQUIPMENT},
    "plate loaded": "machine",
    "smith machine": "machine",
    "band": "bodyweight",
    "weighted": "bodyweight",
    "assisted": "machine",
}


def strong_name(exercise_id: str, catalog: Catalog) -> str:
    """The name Strong gives a catalog exercise; a custom exercise keeps its own name."""
    names = APP_NAMES.get(exercise_id)
    return names[0] if names else catalog.name(exercise_id)


def guess_equipment(name: str) -> Equipment:
    """From `(Barbell)`-style suffixes, else a leading equipment word (`Dumbbell Lunge`)."""
    match = _SUFFIX.match(name)
    if match:
        found = _EQUIPMENT_WORDS.get(match["tag"].strip().lower())
        if found:
            return found
    first = name.strip().split(" ", 1)[0].lower()
    return _EQUIPMENT_WORDS.get(first, "machine")


def custom_id(name: str) -> str:
    """`catalog.slug(name)`, or a stable `custom-<hash>` for a name with no letters or digits."""
    return slug(name) or "custom-" + hashlib.blake2b(name.encode(), digest_size=4).hexdigest()


class NameMapper:
    """Maps names to exercise ids, remembering the custom exercises it had to create."""

    def __init__(self, catalog: Catalog) -> None:
        self._catalog = catalog
        self._cache: dict[str, str] = {}
        self.new: dict[str, Exercise] = {}

    def __call__(self, name: str) -> str:
        found = self._cache.get(name)
        if found is None:
            found = self._resolve(name)
            self._cache[name] = found
        return found

    def _resolve(self, name: str) -> str:
        known = KNOWN.get(slug(name))
        if known is not None:
            return known
        exact = self._catalog.resolve(name)
        if exact is not None:
            return exact.id
        match = _SUFFIX.match(name)
        if match:
            base = self._catalog.resolve(match["base"])
            tag = _EQUIPMENT_WORDS.get(match["tag"].strip().lower())
            if base is not None and not base.custom and base.equipment == tag:
                return base.id
        exercise_id = custom_id(name)
        if exercise_id not in self.new:
            self.new[exercise_id] = Exercise(
                id=exercise_id, name=name.strip(), equipment=guess_equipment(name), primary=(),
                custom=True,
            )
        return exercise_id
