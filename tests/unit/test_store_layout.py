"""The file layout (one document per line, history documents kept as bytes until read): the file
is plain JSON of exactly the data after any sequence of changes, a lazy read gives what a full
parse gives, and a broken document is a clear error that changes nothing."""

from __future__ import annotations

import copy
import random
from datetime import date
from pathlib import Path
from typing import Any

import orjson
import pytest
from hypothesis import given
from hypothesis import strategies as st
from store_factory import a_set

from legtui.core.catalog import default_plan
from legtui.core.model import CheckIn, Exercise, Profile, Session
from legtui.store import Store, StoreDamagedError, layout
from legtui.store.integrity import read as read_json
from legtui.store.storage import SafeStorage

DAYS = [f"2024-05-{d:02d}" for d in range(1, 29)]


def in_memory(store: Store) -> Any:
    storage = store._db.storage
    assert isinstance(storage, SafeStorage)
    return layout.parse_all(copy.deepcopy(storage.read()))


def one_change(store: Store, rng: random.Random, n: int) -> None:
    """One public write, chosen at random (the ones that may touch an existing document)."""
    day = rng.choice(DAYS)
    ids = [e.id for s in store.sessions() for e in s.sets]
    action = rng.randrange(9)
    if action == 0 or not ids:
        store.log_sets(day, [a_set(60 + n % 7, exercise=rng.choice(["rdl", "squat"]))],
                       note=rng.choice([None, f"note {n}\n\"quoted\" \\ é"]))
    elif action == 1:
        store.update_set(rng.choice(ids), a_set(70 + n % 5, 8))
    elif action == 2:
        store.delete_set(rng.choice(ids))
    elif action == 3:
        store.set_note(day, "rdl", rng.choice([None, f"felt {n}\n"]))
    elif action == 4:
        store.put_checkin(CheckIn(date=day, weight=80 + n % 3, sleep_h=rng.choice([None, 7.0])))
    elif action == 5:
        store.set_profile(Profile(unit=rng.choice(["kg", "lb"])))
    elif action == 6:
        store.set_plan(default_plan(rng.choice(["kg", "lb"])))
    elif action == 7:
        store.add_exercise(Exercise(f"custom-{n}", f"Custom {n}", "machine", (), custom=True))
    else:
        store.merge([Session(rng.choice(DAYS), (a_set(50), a_set(55)))],
                    [CheckIn(date=rng.choice(DAYS), stress=2)])


def without_check(data: dict[str, Any]) -> dict[str, Any]:
    """The file's data without the check legtui writes into `meta` (see layout.encode)."""
    meta = data.get("meta", {}).get("1")
    if isinstance(meta, dict):
        meta.pop(layout.CHECK)
    return data


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_the_file_is_json_of_the_data_one_document_a_line_after_many_random_changes(
    tmp_path: Path, seed: int
) -> None:
    rng = random.Random(seed)
    db = tmp_path / "legtui.json"
    mine, other = Store(db), Store(db)  # `other` writes as another process would
    for n in range(150):
        writer = other if rng.random() < 0.15 else mine
        one_change(writer, rng, n)
        raw = db.read_bytes()
        data = in_memory(writer)
        assert without_check(orjson.loads(raw)) == data
        assert raw == layout.encode(copy.deepcopy(data))  # the layout, byte for byte
        decoded = layout.decode(raw)
        assert decoded is not None and layout.parse_all(decoded) == data
    assert mine.dump() == Store(db).dump()
    assert sum(len(s.sets) for s in mine.sessions()) > 20  # the changes did build a history


def test_history_documents_stay_bytes_until_read_and_a_save_keeps_the_others_as_they_were(
    tmp_path: Path
) -> None:
    db = tmp_path / "legtui.json"
    writer = Store(db)
    for day in DAYS[:5]:
        writer.log_set(day, a_set(60))
    reader = Store(db)
    sessions = reader._raw("sessions")
    assert all(isinstance(doc, bytes) for doc in sessions.values())
    untouched = next(iter(sessions.values()))
    reader.log_set(DAYS[4], a_set(70))
    after = reader._raw("sessions")
    assert next(iter(after.values())) is untouched  # written back as it was, never parsed
    assert all(isinstance(doc, bytes) for doc in after.values())  # the changed one too, once saved
    assert [len(s.sets) for s in Store(db).sessions()] == [1, 1, 1, 1, 2]


json_text = st.text(alphabet=st.characters(codec="utf-8", exclude_categories=["Cs"]), max_size=12)
json_value = st.recursive(
    st.none() | st.booleans() | st.integers(-10**6, 10**6) | json_text
    | st.floats(allow_nan=False, allow_infinity=False, width=32),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(json_text, inner, max_size=4),
    max_leaves=12,
)
tables = st.dictionaries(
    st.sampled_from(["meta", "profile", "sessions", "checkins", "exercises", "other"]),
    st.dictionaries(st.integers(0, 10**6).map(str), st.dictionaries(json_text, json_value,
                                                                     max_size=4), max_size=5),
    max_size=6,
)


@given(tables)
def test_any_data_round_trips_through_the_layout_and_is_plain_json(data: dict[str, Any]) -> None:
    raw = layout.encode(copy.deepcopy(data))
    assert without_check(orjson.loads(raw)) == data
    decoded = layout.decode(raw)
    assert decoded is not None
    lazy = {name: table for name, table in decoded.items() if name in layout.LAZY_TABLES}
    assert all(isinstance(doc, bytes) for table in lazy.values() for doc in table.values())
    assert layout.parse_all(decoded) == data


@given(st.dictionaries(json_text, json_value, max_size=5), json_text)
def test_mentions_never_misses_a_string_the_document_holds(doc: dict[str, Any],
                                                           text: str) -> None:
    doc = {**doc, "sets": [{"exercise": text}]}
    assert layout.mentions(orjson.dumps(doc), text)
    assert layout.mentions(doc, text)


def test_mentions_is_false_when_the_text_is_not_there() -> None:
    doc = {"date": "2024-05-01", "sets": [{"exercise": "rdl-db"}], "notes": {"hip-thrust": "ok"}}
    assert not layout.mentions(orjson.dumps(doc), "rdl")
    assert layout.mentions(orjson.dumps(doc), "hip-thrust")


@pytest.mark.parametrize("options", [0, orjson.OPT_INDENT_2])
def test_a_file_in_another_layout_is_parsed_whole_and_rewritten_in_this_one(
    tmp_path: Path, options: int
) -> None:
    db = tmp_path / "legtui.json"
    Store(db).log_set(DAYS[0], a_set(60))
    data = orjson.loads(db.read_bytes())
    db.write_bytes(orjson.dumps(data, option=options))  # one line (older legtui) or by hand
    assert layout.decode(db.read_bytes()) is None
    store = Store(db)
    assert [len(s.sets) for s in store.sessions()] == [1]
    store.log_set(DAYS[1], a_set(65))
    assert layout.decode(db.read_bytes()) is not None
    assert [len(s.sets) for s in Store(db).sessions()] == [1, 1]


def test_a_history_document_that_does_not_parse_is_set_aside_and_the_store_is_read_only(
    tmp_path: Path
) -> None:
    db = tmp_path / "legtui.json"
    Store(db).log_set(DAYS[0], a_set(60))
    Store(db).log_set(DAYS[1], a_set(65))
    broken = db.read_bytes().replace(b'"sets":[', b'"sets":[[', 1)
    db.write_bytes(broken)
    store = Store(db)
    assert [s.date for s in store.sessions()] == [DAYS[1]]  # the healthy day reads
    assert [d.line() for d in store.damage] == [
        f"sessions {date.fromisoformat(DAYS[0]).toordinal()} ({DAYS[0]}): is not valid JSON: "
        + store.damage[0].what.removeprefix("is not valid JSON: ")]
    with pytest.raises(StoreDamagedError, match=r"legtui store check.*legtui store restore"):
        store.log_set(DAYS[1], a_set(70))
    assert db.read_bytes() == broken
    assert len(read_json(db).damage) == 1  # what `store restore` checks a backup with


def test_a_key_that_is_not_a_string_is_refused() -> None:
    with pytest.raises(TypeError, match="strings"):
        layout.encode({"sessions": {1: {}}})  # type: ignore[dict-item]
    assert layout.encode({"sessions": {"1": {}}}) == b'{\n"sessions":{\n"1":{}\n}\n}\n'
    assert layout.encode({}) == b"{\n}\n"
