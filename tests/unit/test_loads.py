"""Achievable loads, plate math and the warm-up ramp."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from legtui.core.loads import loads_for
from legtui.core.model import Equipment, PlanItem

KG_BAR = loads_for(PlanItem("rdl"), "barbell")
LB_BAR = loads_for(PlanItem("rdl", unit="lb"), "barbell")


@pytest.mark.parametrize(("unit", "load", "text"), [
    ("kg", 20, "20 kg bar"),
    ("kg", 52.5, "20 kg bar + 15 + 1.25 a side"),
    ("kg", 60, "20 kg bar + 20 a side"),
    ("kg", 100, "20 kg bar + 25 + 15 a side"),
    ("kg", 142.5, "20 kg bar + 25 + 25 + 10 + 1.25 a side"),
    ("lb", 45, "45 lb bar"),
    ("lb", 135, "45 lb bar + 45 a side"),
    ("lb", 185, "45 lb bar + 45 + 25 a side"),
    ("lb", 230, "45 lb bar + 45 + 45 + 2.5 a side"),
])
def test_plate_math(unit: str, load: float, text: str) -> None:
    loads = KG_BAR if unit == "kg" else LB_BAR
    assert loads.plate_text(load) == text


def test_plate_math_with_plates_greedy_would_miss() -> None:
    home = loads_for(PlanItem("rdl", plates=(25.0, 15.0)), "barbell")
    assert home.plate_text(80) == "20 kg bar + 15 + 15 a side"
    assert [x for x in range(20, 111, 5) if home.achievable(x)] == [20, 50, 70, 80, 100, 110]
    assert home.above(20) == 50 and home.above(80) == 100 and home.below(70) == 50


def test_plate_math_refuses_what_cannot_be_made() -> None:
    assert KG_BAR.plate_text(61) is None  # 20.5 a side
    assert KG_BAR.plate_text(10) is None  # lighter than the bar
    assert loads_for(PlanItem("bss"), "dumbbell").plate_text(20) is None


def test_a_custom_bar() -> None:
    loads = loads_for(PlanItem("rdl", bar=15.0), "barbell")
    assert loads.minimum == 15 and loads.plate_text(40) == "15 kg bar + 10 + 2.5 a side"


@pytest.mark.parametrize(("unit", "working", "ramp"), [
    ("kg", 60, ((20, 10), (30, 5), (40, 3), (50, 1))),
    ("kg", 100, ((20, 10), (50, 5), (70, 3), (85, 1))),
    ("kg", 35, ((20, 10), (22.5, 3), (27.5, 1))),  # 50 % is the bar again: left out
    ("kg", 22.5, ((20, 10),)),
    ("kg", 20, ()),  # the bar is the working load: nothing lighter
    ("lb", 225, ((45, 10), (110, 5), (155, 3), (190, 1))),
])
def test_warmup_ramp(unit: str, working: float, ramp: tuple[tuple[float, int], ...]) -> None:
    loads = KG_BAR if unit == "kg" else LB_BAR
    assert loads.warmup_ramp(working) == ramp


def test_no_warmup_ramp_without_a_bar() -> None:
    assert loads_for(PlanItem("bss"), "dumbbell").warmup_ramp(20) == ()


@pytest.mark.parametrize(("item", "equipment", "minimum", "increment", "above_10", "below_10"), [
    (PlanItem("x"), "barbell", 20, 2.5, 20, None),
    (PlanItem("x", unit="lb"), "barbell", 45, 5, 45, None),
    (PlanItem("x"), "dumbbell", 0, 2.5, 12.5, 7.5),
    (PlanItem("x", unit="lb"), "dumbbell", 0, 5, 15, 5),
    (PlanItem("x"), "bodyweight", 0, 2.5, 12.5, 7.5),
    (PlanItem("x"), "machine", 5, 5, 15, 5),
    (PlanItem("x", unit="lb"), "cable", 10, 10, 20, None),
    (PlanItem("x"), "kettlebell", 0, 4, 12, 8),
    (PlanItem("x", step=1.0), "dumbbell", 0, 1, 11, 9),
    (PlanItem("x", increment=5.0), "dumbbell", 0, 5, 15, 7.5),
])
def test_steps_per_equipment(item: PlanItem, equipment: Equipment, minimum: float,
                             increment: float, above_10: float, below_10: float | None) -> None:
    loads = loads_for(item, equipment)
    assert loads.minimum == minimum
    assert loads.smallest_increment == increment
    assert loads.above(10) == above_10
    assert loads.below(10) == below_10


def test_barbell_steps() -> None:
    assert (KG_BAR.above(60), KG_BAR.below(60), KG_BAR.round_down(61.9)) == (62.5, 57.5, 60)
    assert KG_BAR.round_down(5) == 20 and KG_BAR.below(20) is None
    assert (LB_BAR.above(135), LB_BAR.round_down(132.28)) == (140, 130)
    assert loads_for(PlanItem("x", increment=5.0), "barbell").above(61) == 67.5


def test_the_heaviest_load() -> None:
    home = loads_for(PlanItem("bss", max_load=22.5), "dumbbell")
    assert home.above(20) == 22.5 and home.above(22.5) is None
    assert home.round_down(40) == 22.5
    assert not home.achievable(25)


LOADS = st.builds(
    PlanItem,
    exercise=st.just("x"),
    unit=st.sampled_from(("kg", "lb")),
    max_load=st.one_of(st.none(), st.floats(60, 400)),
    increment=st.sampled_from((None, 5.0, 3.0)),
)
EQUIPMENT = st.sampled_from(("barbell", "dumbbell", "machine", "bodyweight", "kettlebell"))


GRAIN = 1e-3  # loads are told apart to the gram (or thousandth of a pound)


@given(LOADS, EQUIPMENT, st.floats(0, 500))
def test_the_ladder_is_consistent(item: PlanItem, equipment: Equipment, load: float) -> None:
    loads = loads_for(item, equipment)
    down = loads.round_down(load)
    assert loads.achievable(down) and down >= loads.minimum
    assert down <= max(load, loads.minimum) + GRAIN
    up = loads.above(load)
    if up is not None:
        assert loads.achievable(up) and up > load
        assert up >= load + (item.increment or 0) - GRAIN
        if item.max_load is not None:
            assert up <= item.max_load
    below = loads.below(down)
    if below is not None:
        assert loads.achievable(below) and below < down
