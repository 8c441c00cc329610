"""The next target for one exercise, and why (docs/design.md, "Overload"). Pure: history in, a
suggestion out.

Only working sets at the session's heaviest load count (warm-ups, drop sets and lighter back-off
sets are ignored), and a set counts as done only when its RPE, if logged, is at most target + 1.
Double progression climbs reps to the top of the range, then adds the smallest achievable
increment and goes back to the bottom; linear progression adds the increment after every session
whose sets all reached the bottom. When the next load is not available or is too big a jump for
the range to absorb, reps go past the range, then sets are added, then the tempo slows. Three
sessions at one load without a rep gained is a stall: deload about 10 %, or add a set, or slow the
lowering phase. Loads are always in the plan item's unit and always achievable.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import pairwise
from typing import Any, Literal, get_args

from legtui.core.loads import Loads, loads_for
from legtui.core.model import Exercise, PlanItem, Session, Unit, clean_number, fmt_load
from legtui.core.text import count, plural

Kind = Literal["start", "add-reps", "add-load", "repeat", "deload", "add-set", "slow-tempo"]
KINDS: tuple[Kind, ...] = get_args(Kind)

MAX_SETS = 5
PAST_RANGE = 5
"""How many reps past the top of the range before sets, then tempo, take over."""
SLOW_TEMPO = "3-0-1-0"
DELOAD = 0.10
JUMP_ALLOWANCE = 1.05
STALL_SESSIONS = 3
HISTORY_WINDOW = 30
"""Only the exercise's last sessions are read; callers may pass just those."""


@dataclass(frozen=True, slots=True)
class Suggestion:
    exercise: str
    kind: Kind
    load: float
    unit: Unit
    reps: tuple[int, ...]
    sets: int
    tempo: str | None
    reason: str

    def target_text(self) -> str:
        """`62.5 kg × 8/8/8`, `bodyweight × 10/10/10, tempo 3-0-1-0`."""
        load = "bodyweight" if self.load <= 0 else f"{fmt_load(self.load)} {self.unit}"
        tempo = f", tempo {self.tempo}" if self.tempo else ""
        return f"{load} × {_slash(self.reps)}{tempo}"

    def to_json(self) -> dict[str, Any]:
        return {
            "exercise": self.exercise,
            "kind": self.kind,
            "load": clean_number(self.load),
            "unit": self.unit,
            "reps": list(self.reps),
            "sets": self.sets,
            "tempo": self.tempo,
            "reason": self.reason,
        }


@dataclass(frozen=True, slots=True)
class Outing:
    """One session of the exercise: its working sets at the heaviest load, in the plan's unit."""

    date: str
    load: float
    reps: tuple[int, ...]
    rpes: tuple[float | None, ...]
    tempo: str | None
    typed: tuple[float, Unit] | None = None  # the top load as logged, when in another unit

    @property
    def total(self) -> int:
        return sum(self.reps)


def outings(item: PlanItem, sessions: Sequence[Session]) -> list[Outing]:
    """The exercise's last HISTORY_WINDOW sessions with working sets, oldest first."""
    found: list[Outing] = []
    for session in sorted(sessions, key=lambda s: s.date, reverse=True):
        sets = [s for s in session.sets
                if s.exercise == item.exercise and s.kind in ("working", "failure")]
        if not sets:
            continue
        loads = [round(s.load_in(item.unit), 3) for s in sets]
        top = max(loads)
        tops = [s for s, load in zip(sets, loads, strict=True) if load == top]
        tempo = next((s.tempo for s in tops if s.tempo), None)
        typed = next(((s.load, s.unit) for s in tops if s.unit != item.unit), None)
        found.append(Outing(session.date, top, tuple(s.reps for s in tops),
                            tuple(s.rpe for s in tops), tempo, typed))
        if len(found) == HISTORY_WINDOW:
            break
    return found[::-1]


def jump_fits(load: float, new: float, low: int, reps: int) -> bool:
    """The jump rule (docs/design.md, "Overload"): the new load at `low` reps needs at most 5 %
    over what `load` × `reps` shows, `new × (1 + low/30) ≤ 1.05 × load × (1 + reps/30)`. From
    nothing added (load 0) any first step fits. (stats.e1rm stops at 12 reps, too few for ranges
    like 10–15, so the rule is written out here.)"""
    return load <= 0 or new * (1 + low / 30) <= JUMP_ALLOWANCE * load * (1 + reps / 30) + 1e-9


def reps_to_fit(load: float, new: float, low: int) -> int:
    """The fewest reps at `load` that make the jump to `new` fit."""
    return max(1, math.ceil(30 * (new * (1 + low / 30) / (JUMP_ALLOWANCE * load) - 1) - 1e-9))


@dataclass(frozen=True, slots=True)
class _Plan:
    """What the rules need to know about the exercise, and how to say it."""

    item: PlanItem
    exercise: Exercise
    loads: Loads

    @property
    def low(self) -> int:
        return self.item.rep_low

    @property
    def high(self) -> int:
        return self.item.rep_high

    @property
    def max_sets(self) -> int:
        return max(MAX_SETS, self.item.sets)

    def weight(self, load: float) -> str:
        if load <= 0:
            return "bodyweight"
        text = f"{fmt_load(load)} {self.item.unit}"
        return f"bodyweight + {text}" if self.loads.equipment == "bodyweight" else text

    def done_weight(self, outing: Outing, load: float) -> str:
        """The load a session was lifted at, as it was logged: `60 kg` for sets typed in kg under
        an lb plan (never the plan unit's rounded `130 lb`)."""
        if outing.typed is None:
            return self.weight(load)
        typed, unit = outing.typed
        text = f"{fmt_load(typed)} {unit}"
        return f"bodyweight + {text}" if self.loads.equipment == "bodyweight" else text

    def amount(self, delta: float) -> str:
        return f"{fmt_load(delta)} {self.item.unit}"

    @property
    def per(self) -> str:
        return " per leg" if self.exercise.unilateral else ""

    def make(self, kind: Kind, load: float, reps: Sequence[int], tempo: str | None,
             reason: str) -> Suggestion:
        return Suggestion(self.item.exercise, kind, load, self.item.unit, tuple(reps),
                          len(reps), tempo, reason)


def _slash(reps: Sequence[int]) -> str:
    return "/".join(str(r) for r in reps)


def suggest(item: PlanItem, exercise: Exercise, sessions: Sequence[Session]) -> Suggestion:
    """The next session's target for `item` from the exercise's past sessions (any order; other
    exercises' sets are ignored)."""
    plan = _Plan(item, exercise, loads_for(item, exercise.equipment))
    history = outings(item, sessions)
    if not history:
        return _start(plan)
    return _Step(plan, history).decide()


def _start(plan: _Plan) -> Suggestion:
    load = plan.loads.round_down(plan.item.start_load)
    reason = (f"first session: start at {plan.weight(load)}; if that is too light, pick a load "
              f"that leaves 2–3 reps in reserve at {plan.low} reps{plan.per}")
    return plan.make("start", load, [plan.low] * plan.item.sets, None, reason)


class _Step:
    """The rules applied to one history, newest session last."""

    def __init__(self, plan: _Plan, history: list[Outing]) -> None:
        self.plan = plan
        self.history = history
        self.last = history[-1]
        self.load = plan.loads.round_down(self.last.load)
        self.next = plan.loads.above(self.load)
        self.sets = max(plan.item.sets, min(len(self.last.reps), plan.max_sets))
        self.done_at = plan.done_weight(self.last, self.load)  # what was lifted, in its unit
        low, high = plan.low, plan.high
        self.blocked = self.next is None or not jump_fits(self.load, self.next, low, high)
        if not self.blocked:
            self.ceiling = high
        elif self.next is None:
            self.ceiling = high + PAST_RANGE
        else:
            self.ceiling = min(max(reps_to_fit(self.load, self.next, low), high),
                               high + PAST_RANGE)

    # -- targets ---------------------------------------------------------------------------------
    def held(self) -> list[int]:
        """Last session's reps kept inside the bottom of the range and the ceiling."""
        reps = [min(self.ceiling, max(self.plan.low, r)) for r in self.last.reps[: self.sets]]
        return reps + [self.plan.low] * (self.sets - len(reps))

    def fresh(self) -> list[int]:
        return [self.plan.low] * self.plan.item.sets

    # -- the decision -----------------------------------------------------------------------------
    def decide(self) -> Suggestion:
        plan, last = self.plan, self.last
        shortfall = self._shortfall()
        if shortfall is not None:
            return self._unless_stalled(plan.make("repeat", self.load, self.held(), last.tempo,
                                                  shortfall))
        if plan.item.scheme == "linear" and not self.blocked and self.next is not None:
            reason = (f"every set reached {plan.low}+ reps{plan.per} at {self.done_at}, "
                      f"so add {plan.amount(self.next - self.load)} (linear progression)")
            return plan.make("add-load", self.next, self.fresh(), None, reason)
        if min(last.reps) >= self.ceiling:
            return self._topped()
        return self._unless_stalled(self._add_reps())

    def _shortfall(self) -> str | None:
        """Why the last session does not count as done: too few sets, a set below the range,
        or a set harder than the target RPE + 1; None when it counts."""
        plan, last, weight = self.plan, self.last, self.plan.weight(self.load)
        if len(last.reps) < plan.item.sets:
            again = "it" if self.done_at == weight else weight
            done = len(last.reps)
            return (f"only {done} of {count(plan.item.sets, 'set')} {plural(done, 'was', 'were')}"
                    f" done at {self.done_at}, so repeat {again}")
        for index, reps in enumerate(last.reps, 1):
            if reps < plan.low:
                return f"set {index} stopped at {reps} reps, below {plan.low}, so repeat {weight}"
        limit = plan.item.target_rpe + 1
        for index, rpe in enumerate(last.rpes, 1):
            if rpe is not None and rpe > limit:
                return (f"set {index} was RPE {rpe:g}, above the target "
                        f"{plan.item.target_rpe:g} + 1, so repeat {weight} until it feels easier")
        return None

    def _why_blocked(self) -> str:
        plan = self.plan
        if self.next is None:
            return f"{plan.weight(self.load)} is the heaviest load available"
        return (f"{plan.weight(self.next)} is too big a jump from {plan.weight(self.load)} "
                f"at {plan.low}–{plan.high} reps")

    def _add_reps(self) -> Suggestion:
        plan = self.plan
        reps = [min(self.ceiling, r + 1) for r in self.held()]
        if self.blocked and max(self.last.reps) >= plan.high:
            reason = (f"{self._why_blocked()}, so keep it and go past the range: one more rep "
                      f"a set{plan.per}, up to {self.ceiling}")
        else:
            reason = (f"all {len(self.last.reps)} sets are within {plan.low}–{plan.high}"
                      f"{plan.per} at {self.done_at} ({_slash(self.last.reps)}), "
                      "so keep the load and aim one rep higher")
        return plan.make("add-reps", self.load, reps, self.last.tempo, reason)

    def _topped(self) -> Suggestion:
        """Every set reached the ceiling: add load when it fits, else sets, then tempo."""
        plan, last = self.plan, self.last
        done = (f"all {len(last.reps)} sets reached {self.ceiling} reps{plan.per} "
                f"at {self.done_at}")
        if self.next is not None and jump_fits(self.load, self.next, plan.low, min(last.reps)):
            reason = (f"{done}, so add {plan.amount(self.next - self.load)} "
                      f"and start again at {plan.low}")
            return plan.make("add-load", self.next, self.fresh(), None, reason)
        why = self._why_blocked()
        if self.sets < plan.max_sets:
            held = self.held()
            return plan.make("add-set", self.load, [*held, min(held)], last.tempo,
                             f"{done} and {why}, so add a set ({self.sets + 1} in all)")
        if last.tempo is None:
            return plan.make("slow-tempo", self.load, self.held(), SLOW_TEMPO,
                             f"{done} and {why}, so lower each rep over 3 s ({SLOW_TEMPO})")
        if self.next is not None:
            reason = (f"{done} with {self.sets} sets at a slow tempo, so take the jump to "
                      f"{plan.weight(self.next)} and start again at {plan.low}")
            return plan.make("add-load", self.next, self.fresh(), None, reason)
        return plan.make("repeat", self.load, self.held(), last.tempo,
                         f"{done}; {why} and reps, sets and tempo are at their limits, "
                         "so keep it here")

    # -- stalls -----------------------------------------------------------------------------------
    def _stalled(self) -> tuple[Outing, ...] | None:
        """The last three sessions when they were at one load and tempo without a rep gained
        over the first of them."""
        window = tuple(self.history[-STALL_SESSIONS:])
        if len(window) < STALL_SESSIONS:
            return None
        same = all(self.plan.loads.round_down(o.load) == self.load and o.tempo == self.last.tempo
                   for o in window)
        first = window[0].total
        return window if same and all(o.total <= first for o in window[1:]) else None

    def _deloaded_before(self) -> bool:
        """Whether the lifter was at this load or above before and dropped below it since."""
        loads = [self.plan.loads.round_down(o.load) for o in self.history]
        return any(a >= self.load > b for a, b in pairwise(loads))

    def _unless_stalled(self, base: Suggestion) -> Suggestion:
        window = self._stalled()
        if window is None:
            return base
        plan = self.plan
        stall = (f"{STALL_SESSIONS} sessions at {plan.weight(self.load)} without a rep gained "
                 f"({', '.join(str(o.total) for o in window)} reps in all)")
        lighter = plan.loads.round_down(self.load * (1 - DELOAD))
        before = self._deloaded_before()
        options: dict[Kind, bool] = {
            "deload": lighter < self.load,
            "add-set": self.sets < plan.max_sets,
            "slow-tempo": self.last.tempo is None,
        }
        order: tuple[Kind, ...] = ("add-set", "slow-tempo", "deload") if before else \
            ("deload", "add-set", "slow-tempo")
        choice = next((kind for kind in order if options[kind]), None)
        if choice == "deload":
            return plan.make("deload", lighter, self.fresh(), None,
                             f"{stall}, so deload about 10 % to {plan.weight(lighter)} and build "
                             f"back from {plan.low}")
        context = ", and an earlier deload did not carry you past it" if before else \
            ("" if options["deload"] else ", and it cannot go lighter")
        held = self.held()
        if choice == "add-set":
            return plan.make("add-set", self.load, [*held, min(held)], self.last.tempo,
                             f"{stall}{context}, so add a set ({self.sets + 1} in all)")
        if choice == "slow-tempo":
            return plan.make("slow-tempo", self.load, held, SLOW_TEMPO,
                             f"{stall}{context}, so lower each rep over 3 s ({SLOW_TEMPO})")
        return plan.make("repeat", self.load, held, self.last.tempo,
                         f"{stall} and every lever is used, so repeat it and look at sleep, "
                         "food and stress")
