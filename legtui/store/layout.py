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

A file in another layout (one line, as legtui wrote before; or reformatted by hand) is parsed
whole, and the next save writes it in this layout.
"""

from __future__ import annotations

from typing import Any

import orjson

LAZY_TABLES = frozenset({"sessions", "checkins"})

Raw = dict[str, Any]
Doc = Raw | bytes  # a lazy table's document: its line (`"key":{...}`, maybe a comma) until read
Tables = dict[str, dict[str, Any]]


def _key(name: object) -> bytes:
    if not isinstance(name, str):
        raise TypeError(f"store keys must be strings, not {type(name).__name__}")
    return orjson.dumps(name)


def encode(data: Tables) -> bytes:
    """The file's bytes. A lazy table's changed documents are replaced in `data` by their lines
    (what a read of the file gives), so the next save joins them as they are."""
    out: list[bytes | memoryview] = [b"{\n"]  # one join at the end: each copy of a big file costs
    for name, table in data.items():
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
    if data:
        out[-1] = b"}\n"
    out.append(b"}\n")
    return b"".join(out)


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


def decode(raw: bytes) -> Tables | None:
    """The tables of a file in this layout, lazy tables' documents as their lines; None when the
    file is not in this layout (parse it whole then: that also says where a broken file breaks).
    The work per document is done by bytes and list methods, not a Python loop of its own."""
    if not raw.startswith(b"{\n") or not raw.endswith(b"\n}\n"):
        return None
    lines = raw.split(b"\n")
    data: Tables = {}
    at, last = 1, len(lines) - 2  # lines[last] closes the file
    while at < last:
        header = lines[at]
        close = _closing(lines, at, last)
        if close < 0 or header[:1] != b'"' or header[-3:] != b'":{':
            return None
        name, docs = header[1:-3], lines[at + 1: close]
        if b'"' in name or b"\\" in name:
            return None
        table = _lazy(docs) if name.decode() in LAZY_TABLES else _parsed(docs)
        if table is None:
            return None
        data[name.decode()] = table
        at = close + 1
    return data


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
        table = orjson.loads(b"".join((b"{", *docs, b"}")))
    except orjson.JSONDecodeError:
        return None
    return table if isinstance(table, dict) else None
