"""The store file's bytes, re-encoding only the documents that changed since the last save.

`orjson.dumps` of the whole store grows with the history (about 2 ms per MB). A save changes one
or two documents, so each document's encoded bytes are kept with the document object they came
from, and the file is rebuilt by joining them. A document is re-encoded when its object is not the
one encoded last time: the repository never changes a stored document in place, it puts a new
object (TinyDB keeps the objects of the documents it did not touch). The output is byte for byte
`orjson.dumps(data)`.
"""

from __future__ import annotations

from typing import Any

import orjson

# per table: document key -> (the document object encoded, `"key":{...}`)
Fragments = dict[str, tuple[object, bytes]]


def _key(name: object) -> bytes:
    if not isinstance(name, str):
        raise TypeError(f"store keys must be strings, not {type(name).__name__}")
    return orjson.dumps(name)


class Encoder:
    def __init__(self) -> None:
        self._tables: dict[str, Fragments] | None = None  # None: nothing saved since the load

    def forget(self) -> None:
        """Drop every kept fragment (after a reload or a failed save)."""
        self._tables = None

    def encode(self, data: dict[str, Any]) -> bytes:
        if self._tables is None:
            # The first save after a load is encoded whole: one orjson call is twice as fast as
            # encoding each document, and a command that saves once (`legtui log`) needs no more.
            self._tables = {}
            return orjson.dumps(data)
        tables: dict[str, Fragments] = {}
        out = [b"{"]  # one join at the end: each copy of a large file costs its page faults
        for name, table in data.items():
            old = self._tables.get(name, {})
            kept: Fragments = {}
            out += (_key(name), b":{")
            for key, doc in table.items():
                hit = old.get(key)
                if hit is None or hit[0] is not doc:
                    hit = (doc, _key(key) + b":" + orjson.dumps(doc))
                kept[key] = hit
                out += (hit[1], b",")
            if kept:
                out.pop()  # the last comma
            out += (b"}", b",")
            tables[name] = kept
        if tables:
            out.pop()
        out.append(b"}")
        self._tables = tables
        return b"".join(out)
