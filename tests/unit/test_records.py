"""Personal records: worked examples, and the incremental book against a naive recompute."""

from __future__ import annotations

from collections.abc import Sequence

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from legtui.core.model import Session, SetEntry, SetKind, Unit, convert
from legtui.core.records import Record, RecordBook, day_records, records_by_day
from legtui.core.stats import e1rm


def entry(load: float, reps: int, sid: str, rpe: float | None = None,
          kind: SetKind = "working", unit: Unit = "kg", exercise: str = "rdl") -> SetEntry:
    return SetEntry(sid, exercise, load, unit, reps, "2026-01-05T17:00:00.000000Z", rpe, kind)


def kinds(records: Sequence[Record]) -> set[str]:
    return {r.kind for r in records}


def test_first_session_sets_no_record() -> None:
    found = day_records([], [entry(60, 8, "a"), entry(65, 8, "b")], "kg")
    assert [recs for _, recs in found] == [[], []]


def test_heavier_set_at_a_rep_count() -> None:
    history = [Session("2026-01-05", (entry(60, 8, "a"), entry(60, 8, "b")))]
    found = day_records(history, [entry(62.5, 8, "c")], "kg")
    (_, records), = found
    by_kind = {r.kind: r for r in records}
    assert set(by_kind) == {"e1rm", "load_at_reps"}  # 500 kg of volume is not over 960
    heavy = by_kind["load_at_reps"]
    assert (heavy.value, heavy.previous, heavy.reps, heavy.set_id) == (62.5, 60, 8, "c")
    assert heavy.text == "heaviest 8-rep set (62.5 kg)"
    # 62.5 × (1 + 8/30) = 79.1666…, over 60 × (1 + 8/30) = 76
    assert by_kind["e1rm"].value == pytest.approx(79.1667, abs=1e-4)
    assert by_kind["e1rm"].text == "best estimated 1RM (79.2 kg)"


def test_warmups_never_count() -> None:
    history = [Session("2026-01-05", (entry(100, 8, "w0", kind="warmup"), entry(60, 8, "a")))]
    warm, work = day_records(
        history, [entry(80, 8, "w1", kind="warmup"), entry(62.5, 8, "b")], "kg"
    )
    assert warm[1] == []  # a heavy warm-up is no record...
    heavy = next(r for r in work[1] if r.kind == "load_at_reps")
    assert heavy.previous == 60  # ...and the old heavy warm-up was no best to beat
    assert kinds(work[1]) == {"e1rm", "load_at_reps", "session_volume"}  # 500 > 480


def test_most_reps_at_a_load_and_bodyweight() -> None:
    history = [Session("2026-01-05", (entry(60, 8, "a"), entry(0, 12, "bw", exercise="step-up")))]
    day = [entry(60, 10, "b"), entry(0, 15, "c", exercise="step-up")]
    (_, rdl), (_, step) = day_records(history, day, "kg")
    most = next(r for r in rdl if r.kind == "reps_at_load")
    assert (most.value, most.previous, most.load) == (10, 8, 60)
    assert most.text == "most reps at 60 kg (10)"
    assert "load_at_reps" not in kinds(rdl)  # no 10-rep set before: nothing to beat
    assert [r.text for r in step] == ["most reps at bodyweight (15)"]


def test_session_volume_is_the_day_total() -> None:
    history = [Session("2026-01-05", (entry(60, 10, "a"), entry(60, 10, "b")))]  # 1200
    day = [entry(60, 10, "c"), entry(60, 10, "d"), entry(40, 1, "e")]
    found = day_records(history, day, "kg")
    flags = [any(r.kind == "session_volume" for r in recs) for _, recs in found]
    assert flags == [False, False, True]  # 600, 1200 (a tie), 1240


def test_records_compare_across_units() -> None:
    history = [Session("2026-01-05", (entry(135, 8, "a", unit="lb"),))]  # 61.23 kg
    (_, records), = day_records(history, [entry(62.5, 8, "b")], "kg")
    heavy = next(r for r in records if r.kind == "load_at_reps")
    assert heavy.previous == pytest.approx(135 * 0.45359237)
    (_, same), = day_records(history, [entry(135, 8, "c", unit="lb")], "kg")
    assert same == []  # the same load again is no record, whatever float dust says


def test_records_by_day_keeps_the_days_final_record() -> None:
    sessions = [
        Session("2026-01-05", (entry(60, 8, "a"),)),
        Session("2026-01-07", (entry(62.5, 8, "b"), entry(65, 8, "c"), entry(20, 8, "h",
                                                                         exercise="hip-thrust"))),
    ]
    by_day = records_by_day(sessions, "kg", "rdl")
    assert by_day["2026-01-05"] == []
    heavy = [r for r in by_day["2026-01-07"] if r.kind == "load_at_reps"]
    assert [(r.value, r.set_id) for r in heavy] == [(65, "c")]
    assert all(r.exercise == "rdl" for r in by_day["2026-01-07"])
    data = heavy[0].to_json()
    assert data["kind"] == "load_at_reps" and data["reps"] == 8 and data["unit"] == "kg"


# -- the incremental book against a naive recompute ---------------------------------------------

_sets = st.builds(
    lambda load, unit, reps, rpe, kind: (load, unit, reps, rpe, kind),
    st.sampled_from([0, 20, 40, 45, 60, 61.25]),
    st.sampled_from(["kg", "lb"]),
    st.integers(1, 14),
    st.none() | st.sampled_from([6.0, 7.5, 8.0, 9.0, 10.0]),
    st.sampled_from(["working", "working", "warmup", "drop"]),
)
_days = st.lists(st.lists(_sets, min_size=1, max_size=5), min_size=1, max_size=6)


def _candidates(s: SetEntry, day_total: float) -> dict[tuple[str, float], float]:
    """What a working set claims, computed from scratch (kg)."""
    load = convert(s.load, s.unit, "kg")
    out: dict[tuple[str, float], float] = {("reps_at_load", round(load, 2)): s.reps}
    if load > 0:
        estimate = e1rm(load, s.reps, s.rpe)
        if estimate is not None:
            out[("e1rm", 0)] = estimate
        out[("load_at_reps", s.reps)] = load
        out[("session_volume", 0)] = day_total + load * s.reps
    return out


def _naive(days: list[list[SetEntry]], day_index: int, set_index: int) -> set[tuple[str, float]]:
    """Every claim of every earlier set, the slow way; a claim beats the best when an earlier
    day had one and it is larger than every earlier one."""
    earlier_days: dict[tuple[str, float], float] = {}
    for day in days[:day_index]:
        total = 0.0
        for s in day:
            if s.is_working:
                for key, value in _candidates(s, total).items():
                    earlier_days[key] = max(value, earlier_days.get(key, value))
                total += convert(s.load, s.unit, "kg") * s.reps
    today: dict[tuple[str, float], float] = {}
    total = 0.0
    for s in days[day_index][:set_index]:
        if s.is_working:
            for key, value in _candidates(s, total).items():
                today[key] = max(value, today.get(key, value))
            total += convert(s.load, s.unit, "kg") * s.reps
    target = days[day_index][set_index]
    if not target.is_working:
        return set()
    beaten = set()
    for key, value in _candidates(target, total).items():
        if key in earlier_days and value > max(earlier_days[key], today.get(key, 0)) + 1e-6:
            beaten.add(key)
    return beaten


@settings(max_examples=150, deadline=None)
@given(_days)
def test_book_agrees_with_a_naive_recompute(raw: list[list[tuple[float, Unit, int, float | None,
                                                                  SetKind]]]) -> None:
    days = [
        [SetEntry(f"{d}-{i}", "rdl", load, unit, reps, "", rpe, kind)
         for i, (load, unit, reps, rpe, kind) in enumerate(day)]
        for d, day in enumerate(raw)
    ]
    sessions = [Session(f"2026-01-{d + 1:02d}", tuple(day)) for d, day in enumerate(days)]
    for d in range(len(days)):
        found = day_records(sessions[:d], days[d], "kg")
        for i, (_, records) in enumerate(found):
            got = {(r.kind, r.reps if r.kind == "load_at_reps" else r.load or 0) for r in records}
            assert got == _naive(days, d, i)
    book = RecordBook.from_sessions(sessions, "kg")
    naive_best = max((e for day in days for s in day if s.is_working
                      if (e := e1rm(convert(s.load, s.unit, "kg"), s.reps, s.rpe)) is not None),
                     default=None)
    assert book.best("rdl", "e1rm") == naive_best
