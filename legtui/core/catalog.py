"""Built-in exercises, their aliases, and the default plan (docs/design.md, "The program it
starts with")."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from difflib import SequenceMatcher

from legtui.core.builtin import GLU as GLU
from legtui.core.builtin import HAM as HAM
from legtui.core.builtin import QUA as QUA
from legtui.core.builtin import ROWS, name_index
from legtui.core.builtin import slug as slug
from legtui.core.model import Exercise, Plan, PlanItem, Unit, Workout

MUSCLES: tuple[str, ...] = (HAM, GLU, QUA)  # the muscles weekly volume counts
MUSCLE_WORDS: dict[str, str] = {"ham": HAM, "hams": HAM, "hamstring": HAM, "glute": GLU,
                                "quad": QUA, "quadriceps": QUA}
NEAR = 0.8  # how alike (difflib's ratio) a new name and a known one are to ask "did you mean"

BUILTIN: tuple[Exercise, ...] = tuple(Exercise(*r) for r in ROWS)

_BY_ID = {e.id: e for e in BUILTIN}


def _compact(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", "", name.lower())


class Catalog:
    """The built-in exercises plus the user's own, looked up by id, alias or name."""

    def __init__(self, custom: Iterable[Exercise] = ()) -> None:
        self._all: dict[str, Exercise] = dict(_BY_ID)
        for ex in custom:
            self._all.setdefault(ex.id, ex)
        self._index = name_index((ex.id, ex.name, ex.aliases) for ex in self._all.values())

    def __contains__(self, exercise_id: object) -> bool:
        return exercise_id in self._all

    def __iter__(self) -> Iterator[Exercise]:
        return iter(self._all.values())

    def get(self, exercise_id: str) -> Exercise:
        return self._all[exercise_id]

    def resolve(self, text: str) -> Exercise | None:
        """An id, an alias or a name, in any case and spacing."""
        found = self._index.get(slug(text))
        return None if found is None else self._all[found]

    def near(self, text: str) -> Exercise | None:
        """The built-in exercise a name not known as such is probably meant to be
        (`hipthrust`, `romanian dedlift`), by id, name or alias; None when none is close."""
        typed = _compact(text)
        best, best_ratio = None, NEAR
        for ex in BUILTIN:
            for key in (ex.id, ex.name, *ex.aliases):
                ratio = SequenceMatcher(None, typed, _compact(key)).ratio()
                if ratio >= best_ratio and (best is None or ratio > best_ratio):
                    best, best_ratio = ex, ratio
        return best

    def name(self, exercise_id: str) -> str:
        ex = self._all.get(exercise_id)
        return ex.name if ex else exercise_id

    @property
    def exercises(self) -> tuple[Exercise, ...]:
        return tuple(self._all.values())


def default_plan(unit: Unit = "kg") -> Plan:
    """The seed's program, one workout "A": RDL first, then hip thrust, step-ups, Bulgarian
    split squats."""
    bar = 20.0 if unit == "kg" else 45.0
    return Plan(
        days=("mon", "wed", "fri"),
        workouts=(Workout("A", (
            PlanItem("rdl", 3, 8, 12, scheme="double", start_load=bar, unit=unit, rest_s=120),
            PlanItem("hip-thrust", 3, 8, 12, start_load=bar, unit=unit, rest_s=90),
            PlanItem("step-up", 3, 10, 15, start_load=0.0, unit=unit, rest_s=90),
            PlanItem("bulgarian-split-squat", 3, 8, 12, start_load=0.0, unit=unit, rest_s=90),
        )),),
    )
