"""Worked histories and the exact suggestion each must give (docs/design.md, "Overload")."""

from __future__ import annotations

import pytest
from overload_history import history

from legtui.core.catalog import Catalog
from legtui.core.model import PlanItem
from legtui.core.overload import KINDS, SLOW_TEMPO, jump_fits, reps_to_fit, suggest

CATALOG = Catalog()

RDL = PlanItem("rdl", start_load=20.0)
RDL_LB = PlanItem("rdl", unit="lb")
RDL_LINEAR = PlanItem("rdl", scheme="linear")
RDL_BY_5 = PlanItem("rdl", increment=5.0)
THRUST_LB = PlanItem("hip-thrust", unit="lb", start_load=45.0)
BSS = PlanItem("bulgarian-split-squat")
BSS_HOME = PlanItem("bulgarian-split-squat", max_load=10.0)
STEP_LB = PlanItem("step-up", rep_low=10, rep_high=15, unit="lb")
STEP = PlanItem("step-up", rep_low=10, rep_high=15)
BRIDGE = PlanItem("glute-bridge")
CURL = PlanItem("leg-curl", rep_low=10, rep_high=15, start_load=25.0)

S = SLOW_TEMPO
STALL = ("60x8 60x7 60x6", "60x8 60x7 60x6", "60x8 60x6 60x6")

Expected = tuple[str, float, tuple[int, ...], str | None]  # kind, load, reps per set, tempo

# (id, plan item, sessions oldest first, expected)
CASES: list[tuple[str, PlanItem, tuple[str, ...], Expected]] = [
    ("first session: the plan's start load", RDL, (), ("start", 20, (8, 8, 8), None)),
    ("first session lb: the empty bar", RDL_LB, (), ("start", 45, (8, 8, 8), None)),
    ("first session unilateral: bodyweight", STEP, (), ("start", 0, (10, 10, 10), None)),
    ("the issue's example", RDL, ("60x12@8 60x12@8 60x12@8",), ("add-load", 62.5, (8, 8, 8), None)),
    ("inside the range: one rep more a set", RDL, ("60x12 60x11 60x10",),
     ("add-reps", 60, (12, 12, 11), None)),
    ("a warm-up at the working load is ignored", RDL, ("w20x10 w60x2 60x12x3",),
     ("add-load", 62.5, (8, 8, 8), None)),
    ("a drop set is ignored", RDL, ("60x12x3 d40x15",), ("add-load", 62.5, (8, 8, 8), None)),
    ("RPE 10 blocks progression", RDL, ("60x12@8 60x12@9 60x12@10",),
     ("repeat", 60, (12, 12, 12), None)),
    ("RPE at target + 1 still counts", RDL, ("60x12x3@9",), ("add-load", 62.5, (8, 8, 8), None)),
    ("a set below the range: repeat", RDL, ("60x10 60x8 60x7",), ("repeat", 60, (10, 8, 8), None)),
    ("a set short: repeat", RDL, ("60x12 60x12",), ("repeat", 60, (12, 12, 8), None)),
    ("stall 8/7/6, 8/7/6, 8/6/6: deload 10 %", RDL, STALL, ("deload", 52.5, (8, 8, 8), None)),
    ("8/7/6, 8/7/6, 8/7/7 is progress, not a stall", RDL,
     ("60x8 60x7 60x6", "60x8 60x7 60x6", "60x8 60x7 60x7"), ("repeat", 60, (8, 8, 8), None)),
    ("a stall at 22.5: deload to the empty bar, no lower", RDL, ("22.5x8 22.5x7 22.5x6",) * 3,
     ("deload", 20, (8, 8, 8), None)),
    ("a stall at the empty bar: one more set", RDL, ("20x8 20x7 20x6",) * 3,
     ("add-set", 20, (8, 8, 8, 8), None)),
    ("a stall where a deload did not help: one more set", RDL,
     ("60x9x3", "52.5x12x3", "55x12x3", "57.5x12x3", "60x9 60x9 60x8", "60x9 60x9 60x8",
      "60x9 60x8 60x8"), ("add-set", 60, (9, 8, 8, 8), None)),
    ("the same at 5 sets: a slower lowering", RDL,
     ("60x9x5", "52.5x12x3", "60x9x5", "60x9x5", "60x9x5"), ("slow-tempo", 60, (9,) * 5, S)),
    ("the same at 5 sets and slow: deload after all", RDL,
     ("60x9x5", "52.5x12x3", *(f"60x9x5 tempo={S}",) * 3), ("deload", 52.5, (8, 8, 8), None)),
    ("extra sets are kept while the load stays", RDL, ("60x10x4",),
     ("add-reps", 60, (11, 11, 11, 11), None)),
    ("extra sets end when the load goes up", RDL, ("60x12x4",),
     ("add-load", 62.5, (8, 8, 8), None)),
    ("a slow tempo is kept while the load stays", RDL, (f"60x10x3 tempo={S}",),
     ("add-reps", 60, (11, 11, 11), S)),
    ("linear: every set at the bottom of the range is enough", RDL_LINEAR, ("60x9 60x8 60x8",),
     ("add-load", 62.5, (8, 8, 8), None)),
    ("linear: a set short of the range repeats", RDL_LINEAR, ("60x8 60x8 60x7",),
     ("repeat", 60, (8, 8, 8), None)),
    ("the plan's own increment", RDL_BY_5, ("60x12x3",), ("add-load", 65, (8, 8, 8), None)),
    ("lb barbell", THRUST_LB, ("135x12x3",), ("add-load", 140, (8, 8, 8), None)),
    ("kg sets read in an lb plan (60 kg = 132.3 lb → 130)", RDL_LB, ("60kgx12x3",),
     ("add-load", 135, (8, 8, 8), None)),
    ("lb sets read in a kg plan (135 lb = 61.2 kg → 60)", RDL, ("135lbx12x3",),
     ("add-load", 62.5, (8, 8, 8), None)),
    ("dumbbells 20 → 22.5 at 8–12 is a fine jump", BSS, ("20x12x3",),
     ("add-load", 22.5, (8, 8, 8), None)),
    ("dumbbells 10 → 12.5 at 8–12 is too big: reps past the range", BSS, ("10x12x3",),
     ("add-reps", 10, (13, 13, 13), None)),
    ("past the range until the jump fits (16 at 10 kg)", BSS, ("10x16x3",),
     ("add-load", 12.5, (8, 8, 8), None)),
    ("jump too big, reps at the cap: one more set", BSS, ("5x17x3",),
     ("add-set", 5, (17, 17, 17, 17), None)),
    ("jump too big, reps and sets used: take it anyway once slow", BSS, (f"5x17x5 tempo={S}",),
     ("add-load", 7.5, (8, 8, 8), None)),
    ("heaviest dumbbell reached: one more set", BSS_HOME, ("10x17x3",),
     ("add-set", 10, (17, 17, 17, 17), None)),
    ("heaviest dumbbell, 5 sets: a slower lowering", BSS_HOME, ("10x17x5",),
     ("slow-tempo", 10, (17,) * 5, S)),
    ("heaviest dumbbell, every lever used: keep it", BSS_HOME, (f"10x17x5 tempo={S}",),
     ("repeat", 10, (17,) * 5, S)),
    ("lb dumbbells per leg: 20 → 25 is too big at 10–15", STEP_LB, ("20x15x3",),
     ("add-reps", 20, (16, 16, 16), None)),
    ("bodyweight at the top: add the first small load", BRIDGE, ("bwx12x3",),
     ("add-load", 2.5, (8, 8, 8), None)),
    ("bodyweight in the range: one rep more", BRIDGE, ("bwx10x3",),
     ("add-reps", 0, (11, 11, 11), None)),
    ("bodyweight stalled: it cannot go lighter, one more set", BRIDGE, ("bwx9 bwx8 bwx8",) * 3,
     ("add-set", 0, (9, 8, 8, 8), None)),
    ("machine stack steps", CURL, ("50x15x3",), ("add-load", 55, (10, 10, 10), None)),
    ("machine 25 → 30 at 10–15 is too big: reps past the range", CURL, ("25x15x3",),
     ("add-reps", 25, (16, 16, 16), None)),
    ("sessions given newest first give the same answer", RDL, ("60x12x3", "57.5x12x3")[::-1],
     ("add-load", 62.5, (8, 8, 8), None)),
]


@pytest.mark.parametrize(("item", "days", "expected"), [c[1:] for c in CASES],
                         ids=[c[0] for c in CASES])
def test_worked_history(item: PlanItem, days: tuple[str, ...],
                        expected: Expected) -> None:
    sessions = history(item, *days)
    got = suggest(item, CATALOG.get(item.exercise), sessions)
    kind, load, reps, tempo = expected
    assert (got.kind, got.load, got.reps, got.sets, got.tempo) == (kind, load, reps, len(reps),
                                                                    tempo)
    assert got.unit == item.unit and got.exercise == item.exercise
    assert got.reason and "\n" not in got.reason


def test_the_table_covers_every_kind() -> None:
    assert {c[3][0] for c in CASES} == set(KINDS)


def test_the_issue_example_json_and_reason() -> None:
    got = suggest(RDL, CATALOG.get("rdl"), history(RDL, "60x12@8 60x12@8 60x12@8"))
    assert got.to_json() == {
        "exercise": "rdl", "kind": "add-load", "load": 62.5, "unit": "kg", "reps": [8, 8, 8],
        "sets": 3, "tempo": None,
        "reason": "all 3 sets reached 12 reps at 60 kg, so add 2.5 kg and start again at 8",
    }


@pytest.mark.parametrize(("days", "words"), [
    (STALL, ("3 sessions at 60 kg without a rep gained", "21, 21, 20", "deload", "52.5 kg")),
    (("60x12@8 60x12@9 60x12@10",), ("set 3 was RPE 10", "target 8 + 1")),
    (("60x10 60x8 60x7",), ("set 3 stopped at 7 reps, below 8",)),
    ((), ("2–3 reps in reserve at 8 reps",)),
])
def test_reasons_say_why(days: tuple[str, ...], words: tuple[str, ...]) -> None:
    reason = suggest(RDL, CATALOG.get("rdl"), history(RDL, *days)).reason
    for word in words:
        assert word in reason


def test_unilateral_reasons_say_per_leg() -> None:
    reason = suggest(BSS, CATALOG.get("bulgarian-split-squat"), history(BSS, "10x12x3")).reason
    assert "12.5 kg is too big a jump from 10 kg" in reason and "per leg" in reason


def test_the_design_jump_examples() -> None:
    assert jump_fits(20, 22.5, 8, 12)
    assert not jump_fits(10, 12.5, 8, 12)
    assert reps_to_fit(10, 12.5, 8) == 16
    assert jump_fits(10, 12.5, 8, 16) and not jump_fits(10, 12.5, 8, 15)
    assert jump_fits(0, 2.5, 8, 12)  # from bodyweight any first load fits


def test_only_the_last_thirty_sessions_are_read() -> None:
    old = ("60x8 60x7 60x6",) * 40
    recent = ("60x12 60x11 60x10",)
    full = suggest(RDL, CATALOG.get("rdl"), history(RDL, *old, *recent))
    assert full.kind == "add-reps"
    assert full == suggest(RDL, CATALOG.get("rdl"), history(RDL, *old, *recent)[-30:])
