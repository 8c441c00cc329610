"""What the quick `legtui log` relies on to write orjson's bytes without orjson, and to load no
dataclass: checked against orjson and the model themselves."""

from __future__ import annotations

import sys
from typing import get_args

import orjson
import pytest
from hypothesis import given
from hypothesis import strategies as st

from legtui.core import model, plain
from legtui.core.inputs import Rule
from legtui.core.setspec import ParsedSet
from legtui.store import stamps
from legtui.store.append import Unsupported, encode


def test_every_character_is_written_as_orjson_writes_it() -> None:
    text = "".join(chr(c) for c in range(sys.maxunicode + 1) if not 0xD800 <= c <= 0xDFFF)
    for start in range(0, len(text), 4096):
        piece = text[start:start + 4096]
        assert encode({"note": piece}) == orjson.dumps({"note": piece})


@given(st.floats(min_value=1e-4, max_value=1e300) | st.integers(-(2**63), 2**63 - 1)
       | st.sampled_from([0.0, -0.0, 60.0, 62.5, 0.1, 1e16, 1.5e16, 2200.0]))
def test_numbers_of_1e_minus_4_and_more_are_written_as_orjson_writes_them(
    value: float | int,
) -> None:
    assert encode({"load": value, "sets": [value, {"x": -value}]}) == orjson.dumps(
        {"load": value, "sets": [value, {"x": -value}]})


@pytest.mark.parametrize("value", [1e-5, 5e-324, -1e-7, float("nan"), float("inf")])
def test_a_number_it_would_write_otherwise_is_not_taken(value: float) -> None:
    with pytest.raises(Unsupported):
        encode({"sets": [{"load": value}]})


def test_a_text_orjson_refuses_is_not_taken() -> None:
    with pytest.raises(Unsupported):
        encode({"note": "\udcff"})  # a byte of a name that was not UTF-8


def test_the_plain_choices_are_the_models_types() -> None:
    assert get_args(model.Unit) == plain.UNITS
    assert get_args(model.SetKind) == plain.SET_KINDS
    assert get_args(model.Equipment) == plain.EQUIPMENT
    assert get_args(model.Activity) == plain.ACTIVITIES
    assert get_args(model.RestAlert) == plain.REST_ALERTS
    assert stamps.CHECKIN_KEYS == plain.CHECKIN_KEYS


def test_plain_records_compare_hash_and_print_as_their_fields() -> None:
    assert ParsedSet(10, 60.0) == ParsedSet(reps=10, load=60.0)
    assert ParsedSet(10, 60.0) != ParsedSet(10, 60.0, sets=2)
    assert ParsedSet(10) != Rule("reps", 1, 10)
    assert len({Rule("reps", 1, 10), Rule("reps", 1, 10), Rule("reps", 1, 10, whole=True)}) == 2
    assert repr(Rule("reps", 1, 10)) == "Rule(high=10, label='reps', low=1, unit='', whole=False)"
    assert ParsedSet(10).load is None and ParsedSet(10).kind == "working"
