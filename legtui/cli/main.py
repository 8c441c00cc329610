"""`legtui`: open the app, or run a subcommand. Subcommands never import Textual."""

from __future__ import annotations

import argparse
import gc
import importlib
import sys
from collections.abc import Sequence
from typing import NoReturn

from legtui import __version__
from legtui.cli.basics import INPUT_ERROR, guarded
from legtui.core.text import shown

# subcommand name -> module in legtui.cli (each has register(subparsers))
COMMANDS: dict[str, str] = {
    "log": "log",
    "suggest": "suggest",
    "history": "history",
    "profile": "profile",
    "demo": "demo",
    "store": "store_cmd",
    "checkin": "checkin",
    "checkins": "checkins",
    "targets": "targets",
    "week": "week",
    "import": "import_cmd",
    "export": "export_cmd",
    "edit": "edit",
    "delete": "delete",
    "sync": "sync",
    "plan": "plan",
    "today": "today",
}


def wanted_commands(argv: Sequence[str]) -> list[str]:
    """The subcommand argv names, so only its module is imported (`legtui log` stays quick);
    none when argv opens the app; every one for `--help` and for argparse's message on a typo."""
    tokens = iter(argv)
    for token in tokens:
        if token == "--db":
            next(tokens, None)
        elif not token.startswith("-"):
            return [token] if token in COMMANDS else list(COMMANDS)
    return list(COMMANDS) if {"-h", "--help"} & set(argv) else []


class Parser(argparse.ArgumentParser):
    """argparse's, with its error as every other: the usage block, then one `legtui: ...` line
    (`legtui: log: the following arguments are required: exercise, SET`), exit status 2."""

    def error(self, message: str) -> NoReturn:
        self.print_usage(sys.stderr)
        where = self.prog.removeprefix("legtui").strip()
        self.exit(INPUT_ERROR, f"legtui: {where + ': ' if where else ''}{shown(message)}\n")


def build_parser(commands: Sequence[str] = tuple(COMMANDS)) -> argparse.ArgumentParser:
    parser = Parser(
        prog="legtui",
        description="A keyboard-first workout logger for hamstrings and glutes. "
        "Without a subcommand it opens the app.",
    )
    parser.add_argument("--version", action="version", version=f"legtui {__version__}")
    parser.add_argument("--db", metavar="PATH", help="the store file (default: $LEGTUI_DB, "
                        "else the user data dir)")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in commands:
        importlib.import_module(f"legtui.cli.{COMMANDS[name]}").register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else list(argv)
    parser = build_parser(wanted_commands(argv))
    args = parser.parse_args(argv)
    return guarded(lambda: _run(args))


def _run(args: argparse.Namespace) -> int:
    if args.command is None:
        gc.enable()  # paused by the console script for a command; the app keeps collecting
        from legtui.tui.app import run_app

        return run_app(args.db)
    result: int = args.run(args)
    return result
