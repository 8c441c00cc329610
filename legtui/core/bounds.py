"""Every number's bounds, in one place: what the shell, the app, an import and a store read accept.

A value outside its rule is one clear line (`reps is 1 to 1000, not 5000`) and nothing is
written. Typed values are read with `inputs.read_number`; values that arrive as numbers (an
import, a store document) are checked with `check_number`. Adding a field is one line here. Pure.
"""

from __future__ import annotations

from legtui.core.inputs import Rule
from legtui.core.plain import CM_IN_INCH, LB_IN_KG

TYPE_CHECKING = False
if TYPE_CHECKING:
    from legtui.core.model import LengthUnit, Unit

# -- a set --------------------------------------------------------------------------------
REPS = Rule("reps", 1, 1000, whole=True)
STORED_REPS = Rule("reps", 0, 1000, whole=True)  # 0: a timed or distance-only set (imports)
LOAD: dict[Unit, Rule] = {"kg": Rule("load", 0, 1000, "kg"), "lb": Rule("load", 0, 2200, "lb")}
RPE = Rule("RPE", 6, 10)
TUT_S = Rule("time", 0, 86400, "s", whole=True)  # a timed set: at most a day
SETS_TYPED = Rule("the set count", 1, 20, whole=True)  # `60x10x3`
TEXT_MAX = 64 * 1024  # any stored text: a note, a name (an import stops at a longer field)
ID_MAX = 200  # an exercise id or a set id

# -- a check-in (in kg and cm; `checkin_input.rule_for` converts to the profile's units) --------
BODYWEIGHT = Rule("weight", 20, 400, "kg")
CHECKIN: dict[str, Rule] = {
    "weight": BODYWEIGHT,
    "calories": Rule("calories", 0, 20000, "kcal", whole=True),
    "protein_g": Rule("protein", 0, 1000, "g"),
    "fiber_g": Rule("fiber", 0, 300, "g"),
    "sleep_h": Rule("sleep", 0, 24, "h"),
    "stress": Rule("stress", 1, 5, whole=True),
    "water_l": Rule("water", 0, 20, "L"),
    "sodium_mg": Rule("sodium", 0, 50000, "mg", whole=True),
    "waist": Rule("waist", 20, 300, "cm"),
    "hips": Rule("hips", 20, 300, "cm"),
    "thigh": Rule("thigh", 10, 200, "cm"),
}
NOTE_MAX = 500  # characters in a set, exercise or check-in note, on every path
MAX_PLAUSIBLE_REPS = 50  # more reps in a set are asked about (legtui.core.plausible)
LOAD_OVER_BEST = 2.0  # a load over this many times the best estimated 1RM of the last year
BEST_OVER_DAYS = 365  # (legtui.core.plausible asks "log it anyway?")
MAX_EFFECTIVE_REPS = 12  # Epley's 1RM is estimated only up to this many reps + reps in reserve

# -- the profile --------------------------------------------------------------------------
PROFILE: dict[str, Rule] = {
    "height_cm": Rule("height", 100, 250, "cm"),
    "deficit": Rule("deficit", 250, 500, "kcal a day (the seed)", whole=True),
    "day_start_hour": Rule("day start hour", 0, 12, whole=True),
    "water_target_l": Rule("water target", 0.1, 10, "L"),
}
GOAL_WEIGHT = Rule("goal weight", 30, 300, "kg")  # stored in kg, typed in the profile's unit
BIRTH_YEAR = Rule("birth year", 1900, 2100, whole=True)  # typed: an age of 13 to 100
AGE_MIN, AGE_MAX = 13, 100

# -- a plan item ----------------------------------------------------------------------------
PLAN: dict[str, Rule] = {
    "sets": Rule("sets", 1, 10, whole=True),
    "start_load": Rule("start load", 0, 1000),
    "increment": Rule("increment", 0.1, 50),
    "max_load": Rule("max load", 0.1, 1000),
    "bar": Rule("bar", 0, 50),
    "step": Rule("dumbbell step", 0.1, 50),
    "rest_s": Rule("rest", 0, 900, "s", whole=True),
    "target_rpe": Rule("target RPE", 6, 10),
}
PLAN_REPS = Rule("reps", 1, 50, whole=True)  # a plan's rep range
WORKOUT_NAME_MAX = 24  # a workout's name (A, B, Hinge day) and a superset's group
WORKOUTS_MAX = 50
PLATE = Rule("plate", 0.1, 50)

# -- dates --------------------------------------------------------------------------------
FIRST_YEAR = 1900  # no training day before it; none after today in the lifter's zone either


def in_unit(rule: Rule, unit: Unit) -> Rule:
    """A kg rule in lb (rounded to whole pounds); a kg rule in kg as it is."""
    if unit == "kg":
        return rule
    return Rule(rule.label, round(rule.low / LB_IN_KG), round(rule.high / LB_IN_KG), "lb",
                rule.whole)


TAPE = ("waist", "hips", "thigh")


def checkin_rule(field: str, unit: Unit, length_unit: LengthUnit) -> Rule:
    """A check-in field's rule in the given weight and length units."""
    rule = CHECKIN[field]
    if field == "weight":
        return in_unit(rule, unit)
    if field in TAPE and length_unit == "in":
        return Rule(rule.label, round(rule.low / CM_IN_INCH), round(rule.high / CM_IN_INCH), "in")
    return rule
