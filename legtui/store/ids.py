"""Set ids: 16 hex digits from the OS's random source (what `secrets.token_hex(8)` gives, without
importing `secrets`, whose hmac/OpenSSL import every command would pay)."""

from __future__ import annotations

import os


def new_set_id() -> str:
    return os.urandom(8).hex()
