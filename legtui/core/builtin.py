"""The built-in exercises as plain rows, and how a typed name finds an exercise. No classes, so
the quick `legtui log` (`legtui.cli.quicklog`) resolves a name without loading the model;
`catalog` makes its `Exercise` records from these rows and looks names up with `name_index`."""

from __future__ import annotations

import re

TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Iterable

    from legtui.core.model import Equipment

    # id, name, equipment, primary, synergists, unilateral, aliases: Exercise's fields in order
    Row = tuple[str, str, Equipment, tuple[str, ...], tuple[str, ...], bool, tuple[str, ...]]


def row(id: str, name: str, equipment: Equipment, primary: tuple[str, ...],
        synergists: tuple[str, ...] = (), *, unilateral: bool = False,
        aliases: tuple[str, ...] = ()) -> Row:
    return (id, name, equipment, primary, synergists, unilateral, aliases)


HAM, GLU, QUA = "hamstrings", "glutes", "quads"

ROWS: tuple[Row, ...] = (
    row("rdl", "Romanian deadlift", "barbell", (HAM, GLU), (),
        aliases=("romanian-deadlift", "romanian", "barbell-rdl")),
    row("hip-thrust", "Hip thrust", "barbell", (GLU,), (HAM,),
        aliases=("thrust", "barbell-hip-thrust")),
    row("glute-bridge", "Glute bridge", "bodyweight", (GLU,), (HAM,),
        aliases=("bridge",)),
    row("step-up", "Step-up", "dumbbell", (GLU, QUA), (HAM,), unilateral=True,
        aliases=("step-ups", "stepup")),
    row("bulgarian-split-squat", "Bulgarian split squat", "dumbbell", (GLU, QUA), (HAM,),
        unilateral=True, aliases=("bss", "split-squat", "bulgarian")),
    row("squat", "Back squat", "barbell", (QUA, GLU), (HAM,),
        aliases=("back-squat",)),
    row("deadlift", "Deadlift", "barbell", (HAM, GLU), (QUA,),
        aliases=("conventional-deadlift", "dl")),
    row("single-leg-rdl", "Single-leg RDL", "dumbbell", (HAM, GLU), (), unilateral=True,
        aliases=("sl-rdl", "slrdl", "single-leg-romanian-deadlift")),
    row("lunge", "Lunge", "dumbbell", (QUA, GLU), (HAM,), unilateral=True,
        aliases=("lunges", "walking-lunge")),
    row("leg-curl", "Leg curl", "machine", (HAM,), (),
        aliases=("hamstring-curl", "lying-leg-curl", "seated-leg-curl")),
    row("good-morning", "Good morning", "barbell", (HAM, GLU), (),
        aliases=("goodmorning",)),
    row("back-extension", "Back extension", "bodyweight", (GLU, HAM), (),
        aliases=("hyperextension", "45-degree-back-extension")),
    row("cable-kickback", "Cable kickback", "cable", (GLU,), (), unilateral=True,
        aliases=("kickback", "glute-kickback")),
)



def slug(name: str) -> str:
    """`Romanian Deadlift (Barbell)` → `romanian-deadlift-barbell`."""
    return re.sub(r"[^a-z0-9]+", "-", name.strip().lower()).strip("-")


def name_index(exercises: Iterable[tuple[str, str, tuple[str, ...]]]) -> dict[str, str]:
    """Each exercise's id, name and aliases, slugged, to its id (id, name, aliases in order; the
    first exercise to claim a slug keeps it)."""
    index: dict[str, str] = {}
    for exercise_id, name, aliases in exercises:
        for key in (exercise_id, slug(name), *aliases):
            index.setdefault(slug(key), exercise_id)
    return index
