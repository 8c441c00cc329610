"""The file's check: the CRC-32 of every byte before the `meta` table, in `meta`'s document 1
(see `layout`). Apart from `layout` so the quick `legtui log` (`append`) checks a file without
loading orjson."""

from __future__ import annotations

import zlib

LAZY_TABLES = frozenset({"sessions", "checkins"})
META = "meta"
CHECK = "check"  # in meta's document 1: `crc32:` and the check of every byte before `meta`


def file_check(body: bytes | memoryview, start: int = 0) -> str:
    """The check of `body` (`start`: the CRC-32 of the bytes before it, to check a file in
    pieces)."""
    return f"crc32:{zlib.crc32(body, start):08x}"
