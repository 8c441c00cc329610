"""Score three ways of knowing expenditure on simulated lifters (docs/science.md):
the formula (Mifflin–St Jeor × the self-reported activity factor), the old adaptive TDEE
(mean intake − 7,700 kcal/kg × slope) and the measured expenditure (the filter).

Each estimate on day d is compared with the mean true expenditure of the 7 days up to d.

    python -m tests.sim.score            # the development cohort
    python -m tests.sim.score --held-out # the held-out cohort (scored once; see the docs)
"""

from __future__ import annotations

import argparse
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from statistics import median

from legtui.core.measured import measured
from legtui.core.nutrition import adaptive_tdee, targets_for
from tests.sim.lifter import START, Lifter, simulate

SCORE_DAYS = (42, 83, 104, 140)
DEVELOPMENT = range(0, 60)
HELD_OUT = range(10_000, 10_060)
NEAR = 150  # kcal


@dataclass(frozen=True, slots=True)
class Score:
    method: str
    day: int
    count: int
    median_error: float
    bias: float
    within: float  # share within ±150 kcal
    coverage: float | None  # share of 80 % ranges holding the truth


Estimate = tuple[float, float | None, float | None]  # kcal, low, high
Method = Callable[[Lifter, date], Estimate | None]


def formula(lifter: Lifter, day: date) -> Estimate | None:
    seen = [c for c in lifter.checkins if c.date <= day.isoformat()]
    value = targets_for(lifter.profile, seen, day).tdee
    return None if value is None else (value, None, None)


def old(lifter: Lifter, day: date) -> Estimate | None:
    seen = [c for c in lifter.checkins if c.date <= day.isoformat()]
    value = adaptive_tdee(seen, day).value
    return None if value is None else (value, None, None)


def new(lifter: Lifter, day: date) -> Estimate | None:
    seen = [c for c in lifter.checkins if c.date <= day.isoformat()]
    found = measured(lifter.profile, seen, day)
    return None if found.kcal is None else (found.kcal, found.low, found.high)


METHODS: dict[str, Method] = {"formula": formula, "old adaptive": old, "measured": new}


def score(lifters: Sequence[Lifter]) -> list[Score]:
    scores = []
    for name, method in METHODS.items():
        for offset in SCORE_DAYS:
            day = START + timedelta(days=offset)
            errors, held = [], []
            for lifter in lifters:
                found = method(lifter, day)
                if found is None:
                    continue
                kcal, low, high = found
                truth = lifter.truth(offset)
                errors.append(kcal - truth)
                if low is not None and high is not None:
                    held.append(low <= truth <= high)
            scores.append(Score(
                name, offset, len(errors),
                median(abs(e) for e in errors) if errors else float("nan"),
                sum(errors) / len(errors) if errors else float("nan"),
                sum(abs(e) <= NEAR for e in errors) / len(errors) if errors else float("nan"),
                sum(held) / len(held) if held else None,
            ))
    return scores


def cohort(seeds: Sequence[int]) -> list[Lifter]:
    return [simulate(seed) for seed in seeds]


def table(scores: Sequence[Score]) -> str:
    lines = ["| method | day | lifters | median abs error | bias | within ±150 "
             "| 80 % range holds |", "|---|---|---|---|---|---|---|"]
    for s in scores:
        coverage = "—" if s.coverage is None else f"{s.coverage:.0%}"
        lines.append(f"| {s.method} | {s.day} | {s.count} | {s.median_error:.0f} | "
                     f"{s.bias:+.0f} | {s.within:.0%} | {coverage} |")
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--held-out", action="store_true")
    seeds = HELD_OUT if parser.parse_args().held_out else DEVELOPMENT
    print(table(score(cohort(seeds))))


if __name__ == "__main__":
    main()
