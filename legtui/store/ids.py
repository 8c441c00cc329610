"""Set ids: 16 hex digits from the OS's random source (what `secrets.token_hex(8)` gives, without
importing `secrets`, whose hmac/OpenSSL import every command would pay)."""

from __future__ import annotations

import os


def new_set_id() -> str:
    return os.urandom(8).hex()


def new_device_id() -> str:
    """A store's device id: 8 hex digits (what breaks a tie between two devices' stamps)."""
    return os.urandom(4).hex()
