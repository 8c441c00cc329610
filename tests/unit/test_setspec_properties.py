"""The SET grammar: what parses round-trips through ParsedSet.text(); anything else is a clear
SetSyntaxError, never another exception."""

from __future__ import annotations

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from legtui.core.bounds import LOAD
from legtui.core.setspec import MAX_REPS, MAX_SETS, ParsedSet, SetSyntaxError, parse

MAX_LOAD = LOAD["kg"].high  # a load every unit accepts


def loads() -> st.SearchStrategy[str]:
    whole = st.integers(0, int(MAX_LOAD)).map(str)
    decimal = st.builds(
        lambda w, d: f"{w}.{d}", st.integers(0, int(MAX_LOAD) - 1),
        st.from_regex(r"[0-9]{1,3}", fullmatch=True),
    )
    return st.one_of(whole, decimal)


@st.composite
def valid_sets(draw: st.DrawFn) -> tuple[str, dict[str, object]]:
    """A set as a lifter might type it, and what it must mean."""
    kind = draw(st.sampled_from(["", "w", "d", "f"]))
    load_kind = draw(st.sampled_from(["number", "bw", "bw+"]))
    load = draw(loads())
    unit = draw(st.sampled_from(["", "kg", "lb", "lbs", "KG", "Lb"]))
    reps = draw(st.integers(1, MAX_REPS))
    sets = draw(st.one_of(st.none(), st.integers(1, MAX_SETS)))
    rpe = draw(st.one_of(st.none(), st.sampled_from([x / 2 for x in range(12, 21)])))
    rpe_text = None if rpe is None else draw(st.sampled_from([f"{rpe:g}", f"{rpe:.1f}"]))
    cross = draw(st.sampled_from(["x", "X", "×", "*"]))
    note = draw(st.one_of(st.none(), st.text(min_size=1, max_size=20)))
    space = draw(st.sampled_from(["", " "]))

    load_text = {"number": load, "bw": "bw", "bw+": f"bw+{load}"}[load_kind]
    text = f"{kind}{load_text}{unit}{space}{cross}{space}{reps}"
    if sets is not None:
        text += f"{cross}{sets}"
    if rpe_text is not None:
        text += f"@{rpe_text}"
    if note is not None:
        text += f" # {note}"
    meaning = {
        "kind": {"": "working", "w": "warmup", "d": "drop", "f": "failure"}[kind],
        "load": 0.0 if load_kind == "bw" else float(load),
        "bodyweight": load_kind != "number",
        "unit": {"": None, "kg": "kg"}.get(unit.lower(), "lb"),
        "reps": reps,
        "sets": sets or 1,
        "rpe": rpe,
        "decimals": load_kind != "bw" and len(load.partition(".")[2]) > 2,  # refused
    }
    return text, meaning


@given(valid_sets())
@example(("62.5x8@8", {"kind": "working", "load": 62.5, "bodyweight": False, "unit": None,
                       "reps": 8, "sets": 1, "rpe": 8.0, "decimals": False}))
def test_a_valid_set_means_what_was_typed_and_round_trips(
    typed: tuple[str, dict[str, object]],
) -> None:
    text, meaning = typed
    if meaning["decimals"]:
        with pytest.raises(SetSyntaxError, match="a load has at most 2 decimals"):
            parse(text)
        return
    del meaning["decimals"]
    parsed = parse(text)
    got = {k: getattr(parsed, k) for k in meaning}
    assert got == meaning
    assert parse(parsed.text()) == parsed


@given(st.text(max_size=40))
def test_any_text_parses_and_round_trips_or_is_a_clear_error(text: str) -> None:
    check_parse_or_clear_error(text)


TOKENS = ["w", "d", "f", "bw", "+", "0", "7", "60", "62.5", "0.125", "1999.99", "00", ".", ",",
          "-", "x", "X", "×", "*", "@", "8", "8.5", "11", "kg", "lb", "lbs", " ", "#", "grip"]


@given(st.lists(st.sampled_from(TOKENS), max_size=8).map("".join))
def test_near_misses_parse_and_round_trip_or_are_a_clear_error(text: str) -> None:
    check_parse_or_clear_error(text)


@given(st.from_regex(r"[wdfbx0-9.,@+\-kglsX×* #]{0,16}", fullmatch=True))
def test_grammar_characters_parse_and_round_trip_or_are_a_clear_error(text: str) -> None:
    check_parse_or_clear_error(text)


def check_parse_or_clear_error(text: str) -> None:
    for allow in (False, True):
        try:
            parsed = parse(text, allow_missing_load=allow)
        except SetSyntaxError as error:
            message = str(error)
            assert message and "\n" not in message and len(message) < 200
            continue
        assert isinstance(parsed, ParsedSet)
        assert parse(parsed.text(), allow_missing_load=allow) == parsed


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("62,5x8", "use a dot for decimals: '62.5x8'"),
        ("-5x3", "cannot be negative"),
        ("60x-3", "cannot be negative"),
        ("60x0", "reps is 1 to 1000, not 0"),
        ("60x1001", "reps is 1 to 1000, not 1001"),
        ("60x10x0", "the set count is 1 to 20"),
        ("abc", "write a set as LOADxREPS"),
        ("", "empty set"),
        ("# only a note", "empty set"),
        ("60x8@11", "RPE is 6 to 10 in half steps, not 11"),
        ("60x8@7.3", "RPE is 6 to 10 in half steps, not 7.3"),
        ("x10", "has no load"),
        ("2500x5", "more than 2200: a typo?"),
        ("1001kgx5", "more than 1000 kg: a typo?"),
        ("60.125x5", "at most 2 decimals"),
        ("60x" + "9" * 5000, "cannot read '60x9999"),
    ],
)
def test_bad_sets_get_a_clear_message(text: str, words: str) -> None:
    with pytest.raises(SetSyntaxError) as info:
        parse(text)
    assert words in str(info.value)
    assert len(str(info.value)) < 200


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("60x10", ParsedSet(reps=10, load=60)),
        ("62.5x8@8", ParsedSet(reps=8, load=62.5, rpe=8)),
        ("60x10x3", ParsedSet(reps=10, load=60, sets=3)),
        ("w40x8", ParsedSet(reps=8, load=40, kind="warmup")),
        ("bwx12", ParsedSet(reps=12, load=0, bodyweight=True)),
        ("bw+10x8", ParsedSet(reps=8, load=10, bodyweight=True)),
        ("135lbx5", ParsedSet(reps=5, load=135, unit="lb")),
        ("60 x 8 # grip", ParsedSet(reps=8, load=60, note="grip")),
    ],
)
def test_the_documented_spellings(text: str, expected: ParsedSet) -> None:
    assert parse(text) == expected
    assert parse(text, allow_missing_load=True) == expected


def test_a_missing_load_only_where_allowed() -> None:
    assert parse("x10", allow_missing_load=True) == ParsedSet(reps=10)
    assert parse("x10", allow_missing_load=True).text() == "x10"
