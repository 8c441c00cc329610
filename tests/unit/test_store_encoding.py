"""A save re-encodes only the documents that changed and joins the rest: the file must still be,
byte for byte, `orjson.dumps` of the data, after any sequence of changes."""

from __future__ import annotations

import random
from pathlib import Path
from typing import Any

import orjson
import pytest
from store_factory import a_set

from legtui.catalog import default_plan
from legtui.model import CheckIn, Exercise, Profile, Session
from legtui.store import Store
from legtui.store.encoding import Encoder
from legtui.store.storage import SafeStorage

DAYS = [f"2024-05-{d:02d}" for d in range(1, 29)]


def in_memory(store: Store) -> Any:
    storage = store._db.storage
    assert isinstance(storage, SafeStorage)
    return storage.read()


def one_change(store: Store, rng: random.Random, n: int) -> None:
    """One public write, chosen at random (the ones that may touch an existing document)."""
    day = rng.choice(DAYS)
    ids = [e.id for s in store.sessions() for e in s.sets]
    action = rng.randrange(9)
    if action == 0 or not ids:
        store.log_sets(day, [a_set(60 + n % 7, exercise=rng.choice(["rdl", "squat"]))],
                       note=rng.choice([None, f"note {n}"]))
    elif action == 1:
        store.update_set(rng.choice(ids), a_set(70 + n % 5, 8))
    elif action == 2:
        store.delete_set(rng.choice(ids))
    elif action == 3:
        store.set_note(day, "rdl", rng.choice([None, f"felt {n}"]))
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


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_the_file_is_orjson_dumps_of_the_data_after_many_random_changes(
    tmp_path: Path, seed: int
) -> None:
    rng = random.Random(seed)
    db = tmp_path / "legtui.json"
    mine, other = Store(db), Store(db)  # `other` writes as another process would
    for n in range(150):
        writer = other if rng.random() < 0.15 else mine
        one_change(writer, rng, n)
        assert db.read_bytes() == orjson.dumps(in_memory(writer))
    assert mine.dump() == Store(db).dump()
    assert sum(len(s.sets) for s in mine.sessions()) > 20  # the changes did build a history


def test_the_encoder_matches_orjson_as_documents_are_replaced_added_and_removed() -> None:
    rng = random.Random(7)
    data: dict[str, dict[str, Any]] = {"meta": {"1": {"schema": 1}}, "sessions": {}}
    encoder = Encoder()
    for n in range(300):
        table = data["sessions"]
        key = str(rng.randrange(40))
        if key in table and rng.random() < 0.3:
            del table[key]
        else:
            table[key] = {"date": key, "sets": [{"n": n, "x": rng.random()}], "é": "ü"}
        if rng.random() < 0.1:
            data[f"t{n % 3}"] = {"1": {"v": n}}
        assert encoder.encode(data) == orjson.dumps(data)


def test_a_key_that_is_not_a_string_is_refused_as_orjson_would() -> None:
    encoder = Encoder()
    with pytest.raises(TypeError):
        encoder.encode({"sessions": {1: {}}})  # the first save: orjson itself
    assert encoder.encode({"sessions": {"1": {}}}) == b'{"sessions":{"1":{}}}'
    with pytest.raises(TypeError, match="strings"):
        encoder.encode({"sessions": {1: {}}})  # later saves: the fragments
