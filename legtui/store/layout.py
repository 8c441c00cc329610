"""The store file's layout: plain JSON, one document per line, history documents read lazily.

Any JSON reader reads the file; legtui writes it as

    {
    "meta":{
    "1":{"schema":1}
    },
    "sessions":{
    "738000":{"date":"2021-08-01","sets":[...]},
    "738002":{"date":"2021-08-03","sets":[...]}
    }
    }

JSON escapes a newline inside a string, so every raw newline in the file is one of these
separators, and the file can be cut into documents without parsing them. The history's documents
(the `sessions` and `checkins` tables) are kept as their bytes until someone reads one: start-up
time and memory stay nearly flat as the years pile up (the whole history is never parsed at
once), and a save writes an unchanged document's bytes back as they are. Only a document that
changed (a dict put by the repository) is encoded, and it is then kept as its bytes too.

A file in another layout (one line, as legtui wrote before; or reformatted by hand) is parsed
whole, and the next save writes it in this layout.
"""

from __future__ import annotations

from typing import Any

import orjson

LAZY_TABLES = frozenset({"sessions", "checkins"})

Raw = dict[str, Any]
Doc = Raw | bytes  # a lazy table's document: its bytes until it is read
Tables = dict[str, dict[str, Any]]

_QUOTE, _COMMA, _OPEN, _CLOSE = b'",{}'


def _key(name: object) -> bytes:
    if not isinstance(name, str):
        raise TypeError(f"store keys must be strings, not {type(name).__name__}")
    return orjson.dumps(name)


def encode(data: Tables) -> bytes:
    """The file's bytes. A lazy table's changed documents are replaced in `data` by their bytes
    (what a read of the file would give), so the next save joins them as they are."""
    out: list[bytes] = [b"{\n"]  # one join at the end: each copy of a large file costs
    for name, table in data.items():
        lazy = name in LAZY_TABLES
        out += (_key(name), b":{\n")
        for key, doc in table.items():
            if not isinstance(doc, bytes):
                doc = orjson.dumps(doc)
                if lazy:
                    table[key] = doc
            out += (_key(key), b":", doc, b",\n")
        if table:
            out[-1] = b"\n"
        out.append(b"},\n")
    if data:
        out[-1] = b"}\n"
    out.append(b"}\n")
    return b"".join(out)


def document(doc: Doc) -> Raw:
    """A document as a dict (parsing it if it is still bytes); ValueError if it does not parse."""
    if not isinstance(doc, bytes):
        return doc
    try:
        parsed = orjson.loads(doc)
    except orjson.JSONDecodeError as error:
        raise ValueError(f"invalid JSON: {error}") from None
    if not isinstance(parsed, dict):
        raise ValueError("not a JSON object")
    return parsed


def parse_all(data: Tables) -> Tables:
    """Every document parsed (a migration works on plain data)."""
    for table in data.values():
        for key, doc in table.items():
            table[key] = document(doc)
    return data


def mentions(doc: Doc, text: str) -> bool:
    """Whether the document may hold the JSON string `text` (a cheap test on the bytes; a dict
    is looked through). False means surely not; True means parse it and see."""
    needle = orjson.dumps(text)
    if isinstance(doc, bytes):
        return needle in doc
    return needle in orjson.dumps(doc)


def decode(raw: bytes) -> Tables | None:
    """The tables of a file in this layout, lazy tables' documents as bytes; None when the file
    is not in this layout (parse it whole then: that also says where a broken file breaks)."""
    if not raw.startswith(b"{\n"):
        return None
    data: Tables = {}
    pos, size = 2, len(raw)
    while pos < size:
        end = raw.find(b"\n", pos)
        if end < 0:
            return None
        if raw[pos:end] == b"}":
            return data if end + 1 == size else None
        table = _table(raw, pos, end, data)
        if table is None:
            return None
        pos = end + 1
        pos = _documents(raw, pos, table[1], table[0] in LAZY_TABLES)
        if pos < 0:
            return None
    return None


def _table(raw: bytes, pos: int, end: int, data: Tables) -> tuple[str, dict[str, Any]] | None:
    """A `"name":{` line: the table it opens."""
    if raw[pos] != _QUOTE or raw[end - 3: end] != b'":{':
        return None
    name = raw[pos + 1: end - 3]
    if b'"' in name or b"\\" in name:
        return None
    table: dict[str, Any] = {}
    data[name.decode()] = table
    return name.decode(), table


def _documents(raw: bytes, pos: int, table: dict[str, Any], lazy: bool) -> int:
    """The document lines of one table, up to its `}` line: where the next line starts
    (-1 if a line is not a document of this layout)."""
    while True:
        end = raw.find(b"\n", pos)
        if end < 0:
            return -1
        if raw[pos:end] in (b"}", b"},"):
            return end + 1
        close = raw.find(b'":', pos + 1, end)
        stop = end - 1 if raw[end - 1] == _COMMA else end
        if (raw[pos] != _QUOTE or close < 0 or raw[close + 2] != _OPEN
                or raw[stop - 1] != _CLOSE):
            return -1
        key = raw[pos + 1: close]
        if b"\\" in key or b'"' in key:
            return -1
        value = raw[close + 2: stop]
        try:
            table[key.decode()] = value if lazy else orjson.loads(value)
        except (orjson.JSONDecodeError, UnicodeDecodeError):
            return -1
        pos = end + 1
