"""Numbers about training: estimated 1RM, records, volume, adherence. Pure."""

from __future__ import annotations

MAX_EFFECTIVE_REPS = 12


def effective_reps(reps: int, rpe: float | None) -> float:
    """Reps plus reps in reserve (RIR = 10 − RPE) when an RPE was logged."""
    return reps + (10.0 - rpe if rpe is not None else 0.0)


def e1rm(load: float, reps: int, rpe: float | None = None) -> float | None:
    """Estimated 1RM by Epley, w × (1 + r/30), on effective reps; None past 12 (too unreliable)."""
    eff = effective_reps(reps, rpe)
    if load <= 0 or reps < 1 or eff > MAX_EFFECTIVE_REPS:
        return None
    return load if eff <= 1 else load * (1 + eff / 30)
