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

(document keys are TinyDB's ids: digits).

JSON escapes a newline inside a string, so every raw newline in the file is one of these
separators, and the file can be cut into documents without parsing them. The history's documents
(the `sessions` and `checkins` tables) are kept as their lines until someone reads one: start-up
time and memory stay nearly flat as the years pile up (the whole history is never parsed at
once), and a save writes an unchanged document's line back as it is. Only a document that
changed (a dict put by the repository) is encoded, and it is then kept as its line too.

The `meta` table is written last, with the CRC-32 of every byte before it: a file whose check
matches is exactly what legtui wrote (and validated), and may be read lazily; any other file has
each document checked as it is read (see `integrity`). A file in another layout (one line, as
legtui wrote before; or reformatted by hand) is parsed whole, and the next save writes it in this
layout.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import orjson

from legtui.store.checksum import CHECK as CHECK
from legtui.store.checksum import LAZY_TABLES as LAZY_TABLES
from legtui.store.checksum import META, file_check

Raw = dict[str, Any]
Doc = Raw | bytes  # a lazy table's document: its line (`"key":{...}`, maybe a comma) until read
Tables = dict[str, dict[str, Any]]


def _key(name: object) -> bytes:
    if not isinstance(name, str):
        raise TypeError(f"store keys must be strings, not {type(name).__name__}")
    return orjson.dumps(name)


def encode(data: Tables) -> bytes:
    """The file's bytes. A lazy table's changed documents are replaced in `data` by their lines
    (what a read of the file gives), so the next save joins them as they are. The `meta` table
    comes last, and its document `1` holds the check of every byte before it (see `verified`)."""
    out: list[bytes | memoryview] = [b"{\n"]  # one join at the end: each copy of a big file costs
    for name, table in data.items():
        if name != META:
            _table(out, name, table)
    meta = data.get(META)
    if meta is None:
        if len(out) > 1:
            out[-1] = b"}\n"
        out.append(b"}\n")
        return b"".join(out)
    body = b"".join(out)
    tail: list[bytes | memoryview] = []
    checked = {k: {**d, CHECK: file_check(body)} if k == "1" else d for k, d in meta.items()}
    _table(tail, META, checked)
    tail[-1] = b"}\n"
    tail.append(b"}\n")
    return b"".join((body, *tail))


def _table(out: list[bytes | memoryview], name: str, table: dict[str, Any]) -> None:
    lazy = name in LAZY_TABLES
    out += (_key(name), b":{\n")
    for key, doc in table.items():
        if isinstance(doc, bytes):  # a line as read: most end with their comma already
            out += (doc, b"\n") if doc.endswith(b",") else (doc, b",\n")
            continue
        line = _key(key) + b":" + orjson.dumps(doc)
        if lazy:
            table[key] = line
        out += (line, b",\n")
    if table:
        _end_table(out)
    out.append(b"},\n")


def _end_table(out: list[bytes | memoryview]) -> None:
    """Drop the comma after a table's last document."""
    if out[-1] == b",\n":
        out[-1] = b"\n"
    else:  # the line's own comma
        out[-2] = memoryview(out[-2])[:-1]


def document(doc: Doc) -> Raw:
    """A document as a dict (parsing its line if it is still bytes); ValueError if it does not
    parse."""
    if not isinstance(doc, bytes):
        return doc
    start = doc.find(b'":') + 2
    end = len(doc) - 1 if doc.endswith(b",") else len(doc)
    try:
        parsed = orjson.loads(memoryview(doc)[start:end])
    except orjson.JSONDecodeError as error:
        raise ValueError(f"not valid JSON: {error}") from None
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


@dataclass(slots=True)
class Cut:
    """A file in this layout cut into tables. `verified`: its check matches, so it is byte for
    byte what legtui wrote (and validated). `twins`: lines whose key an earlier line of the
    same table already had, as (table, key, line); JSON keeps the last, so these are set aside."""

    tables: Tables
    verified: bool = False
    twins: list[tuple[str, str, bytes]] = field(default_factory=list)


def decode(raw: bytes) -> Tables | None:
    """The tables of a file in this layout (see `cut`), or None."""
    found = cut(raw)
    return None if found is None else found.tables


def cut(raw: bytes, *, lenient: bool = False) -> Cut | None:
    """The tables of a file in this layout, lazy tables' documents as their lines; None when the
    file is not in this layout (parse it whole then: that also says where a broken file breaks).
    A file whose check does not match is looked at line by line: each document on its line,
    commas where JSON wants them (`lenient` skips that: a file that is not JSON any more, cut
    into documents to save the healthy ones). The work per document is done by bytes and list
    methods, not a Python loop of its own."""
    if not raw.startswith(b"{\n") or not raw.endswith(b"\n}\n"):
        return None
    lines = raw.split(b"\n")
    found = Cut({})
    lazy_lines: list[list[bytes]] = []
    at, last = 1, len(lines) - 2  # lines[last] closes the file
    while at < last:
        header = lines[at]
        close = _closing(lines, at, last)
        if close < 0 or header[:1] != b'"' or header[-3:] != b'":{':
            return None
        name, docs = header[1:-3], lines[at + 1: close]
        if not (name.isascii() and name.replace(b"_", b"").isalnum()):  # a plain table name
            return None
        lazy = name.decode() in LAZY_TABLES
        table = _lazy(docs) if lazy else _parsed(docs)
        if table is None:
            return None
        if lazy:
            lazy_lines.append(docs)
            if len(table) < len(docs):
                found.twins += _twins(name.decode(), docs, table)
        found.tables[name.decode()] = table
        at = close + 1
    found.verified = _verified(raw, found.tables)
    if not found.verified and not lenient and not all(map(_well_formed, lazy_lines)):
        return None
    return found


def _verified(raw: bytes, tables: Tables) -> bool:
    """Whether `meta` is the last table and its check matches the bytes before it."""
    if not tables or next(reversed(tables)) != META:
        return False
    doc = tables[META].get("1")
    check = doc.pop(CHECK, None) if isinstance(doc, dict) else None
    start = raw.rfind(b'\n"meta":{\n') + 1
    return isinstance(check, str) and start > 0 and check == file_check(memoryview(raw)[:start])


def _well_formed(docs: list[bytes]) -> bool:
    """Every document on its own line, with a comma after each but the last."""
    return not docs or (all(d.endswith(b"},") for d in docs[:-1]) and docs[-1].endswith(b"}"))


def _twins(name: str, docs: list[bytes], table: dict[str, Any]) -> list[tuple[str, str, bytes]]:
    """The lines a later line of the same key hid (the table kept the last)."""
    return [(name, key, doc) for doc in docs
            if table[key := doc[1: doc.find(b'":{')].decode()] is not doc]


def _closing(lines: list[bytes], header: int, last: int) -> int:
    """The line that closes the table opened at `header` (`},`; `}` for the last table)."""
    try:
        close = lines.index(b"},", header + 1, last)
    except ValueError:
        close = last - 1
    return close if lines[close] in (b"},", b"}") else -1


def _lazy(docs: list[bytes]) -> dict[str, Any] | None:
    keys = [d[1: d.find(b'":{')] if d[:1] == b'"' else b"" for d in docs]
    if keys and not (all(keys) and b"".join(keys).isdigit()):
        return None
    return dict(zip([k.decode() for k in keys], docs, strict=True))


def _parsed(docs: list[bytes]) -> dict[str, Any] | None:
    try:
        table = orjson.loads(b"{" + b"\n".join(docs) + b"}")  # as in the file: JSON, or not
    except orjson.JSONDecodeError:
        return None
    return table if isinstance(table, dict) else None
