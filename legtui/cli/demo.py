"""`legtui demo [--years N] [--seed S]`: fill an empty store with a generated history."""

from __future__ import annotations

import argparse
from typing import Any

from legtui.cli.common import CliError, add_db_option, clock_for, emit, open_store
from legtui.core.text import count, shown


def register(sub: Any) -> None:
    p: argparse.ArgumentParser = sub.add_parser(
        "demo", help="fill an EMPTY store with a realistic generated history"
    )
    p.add_argument("--years", type=float, default=1.0, help="how many years (default 1)")
    p.add_argument("--seed", type=int, default=1, help="random seed (same seed, same store)")
    add_db_option(p)
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from legtui.services.demo import DEMO_PROFILE, fill

    if not 0 < args.years <= 30:
        raise CliError(f"--years is above 0 and at most 30, not {args.years:g}")
    store = open_store(args, writes=True)
    if not store.is_empty():
        raise CliError(f"{store.path} already holds data; demo only fills an empty store")
    profile = store.profile() if store.has_profile() else DEMO_PROFILE
    result = fill(store, args.years, args.seed, clock_for(profile).today())
    emit(f"demo: {count(result.sessions_added, 'session')}, {count(result.sets_added, 'set')}, "
          f"{count(result.checkins_added, 'check-in')} in {shown(str(store.path))}")
    return 0
