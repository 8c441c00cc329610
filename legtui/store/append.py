"""The quick writer of `legtui log`: sets appended to one day of a store file legtui wrote, without
TinyDB, the dataclass model or orjson (their imports were most of the command's time; see
docs/benchmarks.md, "`legtui log`").

Every rule of the store holds (docs/store-format.md): the exclusive flock on the lock file for
the whole read-modify-write, the file read under it (so it is always the current one), stray
temp files swept, the schema checked on every document the save writes (`saving`), the atomic
write (temp file, fsync, rename, folder fsync), the day's backup on its first write, and the new
file's check. It takes only a store it can write exactly as the full path would: a regular,
writable file whose check matches (byte for byte what legtui wrote and validated), at this
schema version, whose small tables pass the schema. Anything else raises `Unsupported` before
anything is written, and the caller opens the `Store`, which says what is wrong (a damaged, newer
or read-only store), migrates, or reads a file in another layout.

The bytes are the full path's (a test holds the two to it): every unchanged document is written
back as its line (the full path re-encodes the small tables with orjson, which writes a document
it read back byte for byte); the changed day moves to the end of its table, as TinyDB's remove
and insert moves it; the day is changed by `days.with_sets`, as `Store.log_sets` changes it, and
encoded by the standard `json` module with orjson's spacing, which writes text, whole numbers
and floats of 1e-4 and more as orjson does (a smaller float raises `Unsupported`).
"""

from __future__ import annotations

import json
import math
import zlib
from contextlib import contextmanager
from datetime import date

from legtui.core.bounds import MAX_EFFECTIVE_REPS
from legtui.core.plain import LB_IN_KG
from legtui.paths import lock_path, through_link
from legtui.store import days, saving, stampclock
from legtui.store.checksum import CHECK, LAZY_TABLES, META, file_check
from legtui.store.errors import StoreError
from legtui.store.safefile import (
    atomic_write,
    check_writable,
    exclusive_lock,
    read_raw,
    refuse_special,
    sweep,
)
from legtui.store.version import SCHEMA_VERSION, version_of

TYPE_CHECKING = False  # no `typing` at run time
if TYPE_CHECKING:
    from collections.abc import Iterator, Sequence
    from pathlib import Path
    from typing import Any

    Raw = dict[str, Any]

SESSIONS = "sessions"
_META_END = b"\n}\n}\n"


class Unsupported(Exception):
    """Not a store or a write the quick path takes; nothing was changed (use the `Store`)."""


@contextmanager
def appending(path: Path) -> Iterator[QuickStore]:
    """The store at `path`, read and held under its lock until the block ends; Unsupported when
    the quick path does not take it."""
    path = through_link(path)
    try:
        refuse_special(path)
        check_writable(path)
    except StoreError:
        raise Unsupported from None
    if not path.exists():
        raise Unsupported  # a new store: the first write makes it, through the Store
    with exclusive_lock(lock_path(path)):
        sweep(path)
        yield QuickStore(path, read_raw(path))


class QuickStore:
    """A store file as its lines, its small tables parsed; `log_sets` saves at once."""

    def __init__(self, path: Path, raw: bytes) -> None:
        self.path = path
        self.backup_error: StoreError | None = None
        self._raw = raw
        self._lines = raw.split(b"\n")
        self._meta_at = len(self._lines) - 5  # `"meta":{`, its document, `}`, `}`, ``
        self._meta_doc = self._checked_meta()
        self._spans = self._table_spans()
        self.tables: dict[str, Raw] = {
            name: self._parsed(name, first, close) for name, (first, close) in self._spans.items()
            if name not in LAZY_TABLES}

    def single(self, table: str) -> Raw | None:
        """Document 1 of a small table (the profile)."""
        found: Raw | None = self.tables.get(table, {}).get("1")
        return found

    def log_sets(self, day: str, sets: Sequence[Raw], note: str | None = None) -> None:
        """Append stored sets (and the note of their exercise) to a day's session, and save."""
        key = str(date.fromisoformat(day).toordinal())
        first, close = self._spans.get(SESSIONS, (0, 0))
        prefix = f'"{key}":'.encode()
        at = next((i for i in range(first, close) if self._lines[i].startswith(prefix)), None)
        data = days.new_day(day) if at is None else _document(self._lines[at], len(prefix))
        stamp, meta = stampclock.advanced(self._meta_doc, stampclock.wall_ms(),
                                          stampclock.newest_logged(sets))  # as Store._stamp
        data = days.with_sets(data, sets, note, stamp)
        saving.refuse_invalid({**self.tables, META: {"1": meta}, SESSIONS: {key: data}})
        self._save(self._sessions_with(at, first, close, prefix + encode(data)), meta)

    def heaviest_working(self, exercise: str, since: str, until: str, unit: str) -> float | None:
        """The heaviest load, in `unit`, of the exercise's working sets from `since` to `until`
        that an estimated 1RM can be told from (load > 0, effective reps at most
        MAX_EFFECTIVE_REPS): never more than that best 1RM, so a new load within twice it is
        not a typo by legtui.core.plausible's rule. None without such a set."""
        low, high = date.fromisoformat(since).toordinal(), date.fromisoformat(until).toordinal()
        first, close = self._spans.get(SESSIONS, (0, 0))
        needle = f'"exercise":"{exercise}"'.encode()
        best: float | None = None
        for line in self._lines[first:close]:
            key = line[1:line.index(b'"', 1)]
            if not (key.isdigit() and low <= int(key) <= high) or needle not in line:
                continue
            for s in _document(line, len(key) + 3).get("sets", ()):
                rir = 10.0 - s["rpe"] if s.get("rpe") is not None else 0.0
                if (s.get("exercise") != exercise or s.get("kind") == "warmup"
                        or s["load"] <= 0 or s["reps"] + rir > MAX_EFFECTIVE_REPS):
                    continue
                load = s["load"] if s["unit"] == unit else (
                    s["load"] * LB_IN_KG if unit == "kg" else s["load"] / LB_IN_KG)
                best = load if best is None else max(best, load)
        return best

    # -- reading ---------------------------------------------------------------------------
    def _checked_meta(self) -> Raw:
        """Meta's document, after its check matched the bytes before it and its version is
        this legtui's."""
        lines, raw = self._lines, self._raw
        if (self._meta_at < 1 or lines[self._meta_at] != b'"meta":{'
                or not raw.startswith(b"{\n") or not raw.endswith(_META_END)):
            raise Unsupported
        doc = _document(lines[self._meta_at + 1], len(b'"1":'))
        check = doc.pop(CHECK, None)
        if (not isinstance(check, str) or not lines[self._meta_at + 1].startswith(b'"1":')
                or not lines[self._meta_at + 1].endswith(f',"{CHECK}":"{check}"}}'.encode())
                or check != file_check(memoryview(raw)[:self._offset(self._meta_at)])):
            raise Unsupported
        try:
            version = version_of({META: {"1": doc}})
            saving.refuse_invalid({META: {"1": doc}})
        except (ValueError, StoreError):
            raise Unsupported from None
        if version != SCHEMA_VERSION:
            raise Unsupported  # older: the Store migrates it; newer: it refuses it
        return doc

    def _table_spans(self) -> dict[str, tuple[int, int]]:
        """Each table before `meta`: its first document's line and the line closing it."""
        spans: dict[str, tuple[int, int]] = {}
        lines, at = self._lines, 1
        while at < self._meta_at:
            header = lines[at]
            try:
                close = lines.index(b"},", at + 1, self._meta_at)
            except ValueError:
                raise Unsupported from None
            if not (header.startswith(b'"') and header.endswith(b'":{')):
                raise Unsupported
            spans[header[1:-3].decode()] = (at + 1, close)
            at = close + 1
        return spans

    def _parsed(self, name: str, first: int, close: int) -> Raw:
        """A small table, every document checked as a load of a matching file checks it."""
        table = _object(b"{" + b"\n".join(self._lines[first:close]) + b"}")
        if not all(key.isascii() and key.isdigit() for key in table):
            raise Unsupported
        try:
            saving.refuse_invalid({name: table})
        except StoreError:
            raise Unsupported from None  # damage: the Store reports it and refuses the write
        return table

    def _offset(self, line: int) -> int:
        """The byte where a line starts."""
        return sum(map(len, self._lines[:line])) + line

    # -- writing ---------------------------------------------------------------------------
    def _sessions_with(self, at: int | None, first: int, close: int,
                       line: bytes) -> list[bytes | memoryview]:
        """The file up to `meta`, the day's line `at` taken out and `line` put last in its table
        (each line but a table's last ends with a comma). A store without the table gets it
        last, before `meta` (where TinyDB adds a table)."""
        raw = memoryview(self._raw)
        if SESSIONS not in self._spans:
            return [raw[:self._offset(self._meta_at)], f'"{SESSIONS}":{{\n'.encode(), line,
                    b"\n},\n"]
        end = self._offset(close)
        pieces: list[bytes | memoryview] = (
            [raw[:end]] if at is None else [raw[:self._offset(at)], raw[self._offset(at + 1):end]])
        if close > first and at != close - 1:  # the table's old last line stays: it gains a comma
            pieces[-1] = pieces[-1][:-1]
            pieces.append(b",\n")
        pieces += [line, b"\n", raw[end:self._offset(self._meta_at)]]
        return pieces

    def _save(self, body: list[bytes | memoryview], meta: Raw) -> None:
        """Write the file: `body`, then `meta` with the check of every byte of `body`."""
        check = 0
        for piece in body:
            check = zlib.crc32(piece, check)
        meta_line = b'"1":' + encode({**meta, CHECK: f"crc32:{check:08x}"})
        payload = b"".join([*body, b'"meta":{\n', meta_line, _META_END])
        atomic_write(self.path, payload)
        self.backup_error = saving.keep_daily(self.path, payload)


def _document(line: bytes, key_length: int) -> Raw:
    """The document on a line (`"key":{...}`, maybe a comma after it)."""
    return _object(line[key_length:].rstrip(b","))


def _object(text: bytes) -> Raw:
    """A JSON object; Unsupported for anything else (the Store says what is wrong with it)."""
    try:
        found = json.loads(text)
    except ValueError:
        raise Unsupported from None
    if not isinstance(found, dict):
        raise Unsupported
    return found


def encode(doc: Raw) -> bytes:
    """`doc` as orjson writes it; Unsupported for what the standard json would write another
    way (a float under 1e-4, which orjson writes without an exponent) or not at all."""
    _check_floats(doc)
    try:
        return json.dumps(doc, ensure_ascii=False, separators=(",", ":"),
                          allow_nan=False).encode()
    except (UnicodeEncodeError, ValueError, TypeError):
        raise Unsupported from None  # the Store's orjson says what is wrong


def _check_floats(value: object) -> None:
    if isinstance(value, float):
        if not math.isfinite(value) or (value and abs(value) < 1e-4):
            raise Unsupported
    elif isinstance(value, dict):
        for item in value.values():
            _check_floats(item)
    elif isinstance(value, list):
        for item in value:
            _check_floats(item)

