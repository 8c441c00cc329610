"""Which loads a lifter can actually put on the bar, pick off the rack or pin in the stack. Pure.

A barbell load is the bar plus pairs of plates (as many of each plate as needed); dumbbells,
kettlebells and added bodyweight load come in steps from nothing; a machine or cable stack in steps
from one plate. Each is in one unit and changeable per exercise through the PlanItem (bar, plates,
step, max_load, increment). Loads are handled internally as whole grams (or thousandths of a
pound) so no float dust decides whether a load can be made.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from functools import lru_cache

from legtui.core.model import Equipment, PlanItem, Unit, fmt_load

BAR: dict[Unit, float] = {"kg": 20.0, "lb": 45.0}
PLATES: dict[Unit, tuple[float, ...]] = {
    "kg": (25.0, 20.0, 15.0, 10.0, 5.0, 2.5, 1.25),
    "lb": (45.0, 35.0, 25.0, 10.0, 5.0, 2.5),
}
DUMBBELL_STEP: dict[Unit, float] = {"kg": 2.5, "lb": 5.0}
STACK_STEP: dict[Unit, float] = {"kg": 5.0, "lb": 10.0}
KETTLEBELL_STEP: dict[Unit, float] = {"kg": 4.0, "lb": 10.0}
STEP_DEFAULTS: dict[Equipment, dict[Unit, float]] = {
    "dumbbell": DUMBBELL_STEP,
    "bodyweight": DUMBBELL_STEP,
    "kettlebell": KETTLEBELL_STEP,
    "machine": STACK_STEP,
    "cable": STACK_STEP,
}
WARMUP_STEPS: tuple[tuple[float, int], ...] = ((0.0, 10), (0.5, 5), (0.7, 3), (0.85, 1))
"""(fraction of the working load, reps); fraction 0 is the empty bar."""

_SCALE = 1000  # loads as integer thousandths


def _milli(value: float) -> int:
    return round(value * _SCALE)


def _float(milli: int) -> float:
    return milli / _SCALE


@lru_cache(maxsize=32)
def _last_plates(plates: tuple[int, ...], size: int) -> tuple[int, ...]:
    """For each one-side total 0 .. size-1 (in the plates' common step), the plate laid last in
    the split with the fewest plates (the heavier on ties): 0 for nothing, -1 when none makes it.
    `plates` are in that step too, heaviest first."""
    count = [0] + [-1] * (size - 1)
    last = [0] + [-1] * (size - 1)
    for total in range(1, size):
        for plate in plates:
            rest = total - plate
            if rest < 0 or count[rest] < 0:
                continue
            if count[total] < 0 or count[rest] + 1 < count[total]:
                count[total], last[total] = count[rest] + 1, plate
    return tuple(last)


def _side(plates: tuple[int, ...], total: int) -> tuple[int, ...] | None:
    """The plates (heaviest first, in the common step) that make `total` on one side."""
    size = max(256, 1 << total.bit_length())
    table = _last_plates(plates, size)
    if table[total] < 0:
        return None
    side: list[int] = []
    while total > 0:
        side.append(table[total])
        total -= table[total]
    return tuple(sorted(side, reverse=True))


@dataclass(frozen=True, slots=True)
class Loads:
    """The achievable loads of one exercise, in one unit, as integer thousandths inside.

    Achievable loads are `base + quantum × n` for n = 0, 1, 2 ... that can be made (for a barbell:
    the plates on one side sum to n × quantum / 2), never above `ceiling` when there is one.
    """

    equipment: Equipment
    unit: Unit
    base: int
    quantum: int
    plates: tuple[int, ...] = ()
    ceiling: int | None = None
    jump: int | None = None

    # -- the ladder of loads -------------------------------------------------------------------
    @property
    def _plate_steps(self) -> tuple[int, ...]:
        """The plates in their common step (half the quantum), heaviest first."""
        return tuple(p // (self.quantum // 2) for p in self.plates)

    def _makeable(self, n: int) -> bool:
        if n < 0 or (self.ceiling is not None and self.base + n * self.quantum > self.ceiling):
            return False
        return not self.plates or _side(self._plate_steps, n) is not None

    def _down_from(self, n: int) -> int:
        """The highest makeable index at or below n (0, the minimum, at the least)."""
        if self.ceiling is not None:
            n = min(n, (self.ceiling - self.base) // self.quantum)
        while n > 0 and not self._makeable(n):
            n -= 1
        return max(n, 0)

    def _up_from(self, n: int) -> int | None:
        """The lowest makeable index at or above n; None above the ceiling."""
        n = max(n, 0)
        while not self._makeable(n):
            if self.ceiling is not None and self.base + n * self.quantum > self.ceiling:
                return None
            n += 1
        return n

    def _load(self, n: int) -> float:
        return _float(self.base + n * self.quantum)

    @property
    def minimum(self) -> float:
        """The lightest load: the empty bar, one stack plate, or nothing added."""
        return _float(self.base)

    @property
    def smallest_increment(self) -> float:
        """The jump added when the load goes up: the plan's increment, else the smallest step."""
        if self.jump is not None:
            return _float(self.jump)
        return _float(2 * self.plates[-1] if self.plates else self.quantum)

    def achievable(self, load: float) -> bool:
        offset = _milli(load) - self.base
        return offset % self.quantum == 0 and self._makeable(offset // self.quantum)

    def round_down(self, load: float) -> float:
        """The heaviest achievable load at or below `load`; the minimum when `load` is below it."""
        return self._load(self._down_from((_milli(load) - self.base) // self.quantum))

    def below(self, load: float) -> float | None:
        """The next achievable load below `load`; None at the minimum."""
        down = self.round_down(load)
        if _milli(down) < _milli(load):
            return down
        n = (_milli(down) - self.base) // self.quantum
        return None if n == 0 else self._load(self._down_from(n - 1))

    def above(self, load: float) -> float | None:
        """The next achievable load above `load` (at least the plan's increment above it);
        None when nothing heavier can be made (the ceiling)."""
        target = _milli(load) + (self.jump if self.jump is not None else 1)
        n = self._up_from(-(-(target - self.base) // self.quantum))
        return None if n is None else self._load(n)

    # -- what the lifter reads -----------------------------------------------------------------
    def plate_text(self, load: float) -> str | None:
        """`20 kg bar + 15 + 1.25 a side`; None when not a barbell or the load cannot be made."""
        if not self.plates or not self.achievable(load):
            return None
        bar = f"{fmt_load(self.minimum)} {self.unit} bar"
        side = _side(self._plate_steps, (_milli(load) - self.base) // self.quantum) or ()
        if not side:
            return bar
        step = self.quantum // 2
        return f"{bar} + {' + '.join(fmt_load(_float(p * step)) for p in side)} a side"

    def warmup_ramp(self, working: float) -> tuple[tuple[float, int], ...]:
        """Warm-up sets (load, reps) before a barbell working load: the bar × 10, then 50 % × 5,
        70 % × 3, 85 % × 1, each rounded down to achievable; repeats and loads not below the
        working load are left out. Empty for other equipment."""
        if not self.plates:
            return ()
        ramp: list[tuple[float, int]] = []
        for fraction, reps in WARMUP_STEPS:
            load = self.round_down(working * fraction)
            if load < working and all(load != seen for seen, _ in ramp):
                ramp.append((load, reps))
        return tuple(ramp)


def loads_for(item: PlanItem, equipment: Equipment) -> Loads:
    """The achievable loads for one plan item; `item.equipment` wins over the exercise's."""
    kind = item.equipment or equipment
    unit = item.unit
    jump = None if item.increment is None or item.increment <= 0 else _milli(item.increment)
    if kind == "barbell":
        plates = item.plates if item.plates else PLATES[unit]
        scaled = tuple(sorted({_milli(p) for p in plates if p > 0}, reverse=True))
        if not scaled:
            raise ValueError("a barbell needs at least one plate size")
        base = _milli(item.bar if item.bar is not None else BAR[unit])
        quantum = 2 * math.gcd(*scaled)
    else:
        step = item.step if item.step and item.step > 0 else STEP_DEFAULTS[kind][unit]
        scaled, quantum = (), _milli(step)
        base = quantum if kind in ("machine", "cable") else 0
    ceiling = None if item.max_load is None else max(base, _milli(item.max_load))
    return Loads(kind, unit, base, quantum, scaled, ceiling, jump)
