"""Set ids: 16 hex digits from the OS's random source (what `secrets.token_hex(8)` gives, without
importing `secrets`, whose hmac/OpenSSL import every command would pay)."""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import replace

from legtui.core.model import Plan


def new_set_id() -> str:
    return os.urandom(8).hex()


def new_device_id() -> str:
    """A store's device id: 8 hex digits (what breaks a tie between two devices' stamps)."""
    return os.urandom(4).hex()


def with_ids(plan: Plan, make: Callable[[], str] = new_set_id) -> Plan:
    """The plan with an id on every workout and exercise entry that has none yet (the records
    a merge of two devices' plans tells apart); `make` gives each new one."""
    return replace(plan, workouts=tuple(
        replace(w, id=w.id or make(),
                items=tuple(replace(i, id=i.id or make()) for i in w.items))
        for w in plan.workouts))
