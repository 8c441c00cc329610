"""Sets that read fine but are probably typos, asked about before they are logged. Pure.

- `0x5` on a loaded exercise (barbell, machine, cable) is an error that suggests `bwx5`: zero
  is no load on a bar, and bodyweight is written `bw`.
- A load more than twice the exercise's best estimated 1RM of the last year (`1000x5` after
  weeks of `100x5`), or more than 50 reps, is a doubt: the app asks "log it anyway?" and the
  CLI wants `--force`. Without history there is no load check.
"""

from __future__ import annotations

from collections.abc import Sequence

from legtui.core.bounds import LOAD_OVER_BEST, MAX_PLAUSIBLE_REPS
from legtui.core.model import Equipment, SetEntry, Unit, fmt_load
from legtui.core.setspec import ParsedSet, SetSyntaxError

LOADED: tuple[Equipment, ...] = ("barbell", "machine", "cable")


def check_zero_load(parsed: ParsedSet, equipment: Equipment | None) -> None:
    """Raise SetSyntaxError for a typed load of 0 on a loaded exercise, suggesting `bw`."""
    if equipment in LOADED and parsed.load == 0 and not parsed.bodyweight:
        bodyweight = ParsedSet(reps=parsed.reps, bodyweight=True, kind=parsed.kind).text()
        raise SetSyntaxError(
            f"a load of 0 on a {equipment} exercise: type the load lifted, "
            f"or {bodyweight} for bodyweight"
        )


def doubts(entries: Sequence[SetEntry], best_e1rm: float | None, unit: Unit) -> list[str]:
    """What looks like a typo in sets about to be logged, one line each; empty when all is fine.
    `best_e1rm` (in `unit`) is the exercise's best of the last year, None without history."""
    out: list[str] = []
    for entry in entries:
        if entry.reps > MAX_PLAUSIBLE_REPS:
            out.append(f"{entry.reps} reps is more than {MAX_PLAUSIBLE_REPS}")
        if best_e1rm and entry.load_in(unit) > LOAD_OVER_BEST * best_e1rm:
            out.append(
                f"{fmt_load(entry.load)} {entry.unit} is more than twice your best estimated 1RM "
                f"of the last year ({fmt_load(round(best_e1rm, 1))} {unit})"
            )
    return list(dict.fromkeys(out))


def question(found: Sequence[str]) -> str:
    """The doubts as one question: `120 reps is more than 50: log it anyway?`."""
    return f"{'; '.join(found)}: log it anyway?"
