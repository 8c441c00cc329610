"""Reading a store file into its healthy documents and a list of the damaged ones.

A file legtui wrote and nobody changed since (its check matches, see `layout`) holds documents
that were validated when they were saved: only its small tables are checked again, and the
history's documents stay as their lines until read. Any other file (re-laid-out by hand or by a
tool, written by an older legtui, or damaged) has every document parsed and checked against the
schema once, as it is loaded. A document that breaks the schema is taken out of the tables and
reported as `Damage`, in one line; the store is then read-only until it is mended
(docs/store-format.md, "Damage").
"""

from __future__ import annotations

import gc
import json
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

import orjson

from legtui.store import layout, schema
from legtui.store.errors import StoreCorruptError
from legtui.store.layout import LAZY_TABLES, Tables
from legtui.store.safefile import read_raw

Prepare = Callable[[Tables], Tables] | None
WHOLE_FILE = ""  # the table of a Damage that is not one document's (the file is not JSON)


@dataclass(frozen=True, slots=True)
class Damage:
    """One damaged document: its table, its key, what is wrong, and its text (to set aside)."""

    table: str
    key: str
    what: str
    text: bytes = b""

    def line(self) -> str:
        if self.table == WHOLE_FILE:
            return self.what
        day = schema.key_day(self.key) if self.table in schema.DATED else None
        when = f" ({day.isoformat()})" if day else ""
        return f"{self.table} {self.key}{when}: {self.what}"


class Unreadable(ValueError):
    """Nothing in the file can be read as documents; `str()` says why."""


@dataclass(slots=True)
class Loaded:
    tables: Tables
    damage: list[Damage] = field(default_factory=list)
    verified: bool = False
    set_ids: dict[str, list[str]] = field(default_factory=dict)  # while checking: by session


def load(raw: bytes, *, full: bool = False, prepare: Prepare = None) -> Loaded:
    """The file's healthy tables and its damage; `full` checks every document even in a file
    whose check matches (`legtui store check`); `prepare` sees the tables before they are
    checked (the schema version's migration). Raises Unreadable."""
    if not raw or raw.isspace():
        raise Unreadable("the file is empty")
    found = layout.cut(raw)
    if found is not None and found.verified and not full:
        loaded = Loaded(found.tables, verified=True)
        if prepare is not None:
            loaded.tables = prepare(loaded.tables)
        _check_tables(loaded, [n for n in loaded.tables if n not in LAZY_TABLES])
        return loaded
    if found is not None:
        loaded = Loaded(found.tables, verified=found.verified)
        loaded.damage += [Damage(t, k, "its key is in the table twice; this copy is hidden", line)
                          for t, k, line in found.twins]
    else:
        loaded = _whole(raw)
    if prepare is not None:
        loaded.tables = prepare(loaded.tables)
    _check_tables(loaded, list(loaded.tables))
    _check_set_ids(loaded)
    return loaded


def _whole(raw: bytes) -> Loaded:
    """A file in any other layout, parsed whole (duplicate keys noticed); a file that is not
    JSON is cut into its documents when it is in legtui's layout, to keep the healthy ones."""
    twins: list[tuple[str, str, Any]] = []
    try:
        data = _parse(raw, twins)
    except ValueError as error:
        found = layout.cut(raw, lenient=True)
        if found is None:
            raise Unreadable(f"invalid JSON: {error}") from None
        loaded = Loaded(found.tables)
        loaded.damage.append(Damage(WHOLE_FILE, "", f"the file is not valid JSON ({error})"))
        return loaded
    if not isinstance(data, dict):
        raise Unreadable("the top level is not an object")
    for name, table in data.items():
        if not isinstance(table, dict):
            raise Unreadable(f"the table {name!r} is not an object of documents")
    loaded = Loaded(data)
    loaded.damage += [Damage(t, k, "its key is in the table twice; this copy is hidden",
                             text_of(doc)) for t, k, doc in twins]
    return loaded


_DOC_KEY = re.compile(rb'"\d+"\s*:\s*\{')  # a document's key and the start of its object


def _parse(raw: bytes, twins: list[tuple[str, str, Any]]) -> Any:
    """The whole file, noting documents hidden by a later one of the same key. orjson parses
    it; only when the file holds more document keys than that gave (a key twice, or digit keys
    elsewhere) is it parsed again, slower, pair by pair. The cyclic GC is paused meanwhile (tens
    of thousands of dicts would start collections that walk them)."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        try:
            data = orjson.loads(raw)
        except orjson.JSONDecodeError:
            data = None  # the pair by pair parse says why (or reads what orjson refuses)
        if data is not None and _documents(data) == len(_DOC_KEY.findall(raw)):
            return data
        return _parse_pairs(raw, twins)
    finally:
        if enabled:
            gc.enable()


def _documents(data: Any) -> int:
    if not isinstance(data, dict):
        return -1
    return sum(k.isdigit() and isinstance(v, dict)
               for table in data.values() if isinstance(table, dict) for k, v in table.items())


def _parse_pairs(raw: bytes, twins: list[tuple[str, str, Any]]) -> Any:
    hidden: list[tuple[str, Any]] = []

    def pairs(items: list[tuple[str, Any]]) -> dict[str, Any]:
        made = dict(items)
        if len(made) < len(items):
            hidden.extend((k, v) for k, v in items if made[k] is not v)
        return made

    def no_constant(name: str) -> None:
        raise ValueError(f"{name} is not JSON")

    data = json.loads(raw, object_pairs_hook=pairs, parse_constant=no_constant)
    if hidden and isinstance(data, dict):  # find which table each hidden key belonged to
        for name, table in data.items():
            twins += [(name, key, doc) for key, doc in hidden
                      if isinstance(table, dict) and key in table]
    return data


def text_of(doc: Any) -> bytes:
    """A document's text to set aside (one that orjson cannot write, e.g. an integer past 64
    bits, as the standard library writes it)."""
    if isinstance(doc, bytes):
        return doc
    try:
        return orjson.dumps(doc)
    except TypeError:
        return json.dumps(doc).encode()


def _check_tables(loaded: Loaded, names: Any) -> None:
    for name in names:
        table = loaded.tables[name]
        for key, doc in list(table.items()):
            parsed, what = _problem(name, key, doc)
            if what is not None:
                _set_aside(loaded, name, key, what)
            elif name == "sessions":
                loaded.set_ids[key] = [entry["id"] for entry in parsed.get("sets", ())]


def _set_aside(loaded: Loaded, table: str, key: str, what: str) -> None:
    loaded.damage.append(Damage(table, key, what, text_of(loaded.tables[table].pop(key))))


def _problem(table: str, key: str, doc: Any) -> tuple[Any, str | None]:
    """The document parsed, and what is wrong with it (None: nothing)."""
    if not (key.isascii() and key.isdigit()):
        return None, f"its key {key!r} is not a document id (digits)"
    try:
        parsed = layout.document(doc) if isinstance(doc, bytes) else doc
    except ValueError as error:
        return None, f"is {error}"
    return parsed, schema.problem(table, key, parsed)


def _check_set_ids(loaded: Loaded) -> None:
    """A set id on two days: the later day is damaged (deleting one would remove both)."""
    first: dict[str, str] = {}
    for key in sorted(loaded.set_ids, key=int):
        ids = loaded.set_ids.pop(key)
        clash = next((i for i in ids if i in first), None)
        if clash is not None:
            _set_aside(loaded, "sessions", key, f"the set id {clash} is also on {first[clash]}")
            continue
        day = date.fromordinal(int(key)).isoformat()
        first.update((i, day) for i in ids)


def aside(store: Path, damage: list[Damage]) -> bytes:
    """The file `store repair` leaves beside the store: each damaged document's text, with its
    table, key and what was wrong (JSON, one document a line)."""
    lines = [orjson.dumps({"table": d.table, "key": d.key, "what": d.what,
                           "text": d.text.decode("utf-8", "backslashreplace")}) for d in damage]
    head = orjson.dumps({"store": str(store), "documents": len(damage)})
    return b"{\n" + b'"about":' + head + b',\n"damaged":[\n' + b",\n".join(lines) + b"\n]}\n"


def read(path: Path, *, full: bool = True, prepare: Prepare = None) -> Loaded:
    """A store file (or a backup) read and checked whole, without opening it as a store."""
    try:
        return load(read_raw(path), full=full, prepare=prepare)
    except (Unreadable, ValueError) as error:
        raise StoreCorruptError(path, str(error)) from None
