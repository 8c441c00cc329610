"""`legtui week [--json]`: the week in review (docs/science.md, "The week in review")."""

from __future__ import annotations

import argparse
from typing import Any

from legtui.cli.common import add_db_option, clock_for, emit, open_store, print_json
from legtui.services.week import review_week, week_lines_with_sources


def register(sub: Any) -> None:
    p: argparse.ArgumentParser = sub.add_parser(
        "week", help="the week in review: trend, tape, sets, sessions, habits, next focus")
    p.add_argument("--json", action="store_true", help="machine-readable output")
    add_db_option(p)
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    store = open_store(args)
    review = review_week(store, clock_for(store.profile()).today())
    if args.json:
        print_json(review.to_json())
        return 0
    for line in week_lines_with_sources(store, review):
        emit(line)
    return 0
