"""What the subcommands share that needs neither argparse nor the store: the user error, dates,
and how a command's errors end the process. Kept light: the quick `legtui log` (`quicklog`)
loads this and not `common`."""

from __future__ import annotations

import os
import sys
from datetime import date

from legtui.core.bounds import FIRST_YEAR
from legtui.core.inputs import InputError, read_date
from legtui.core.text import shown
from legtui.store.errors import NotFoundError, StoreError

TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Callable


class CliError(Exception):
    """A user error: printed as one line on stderr, exit status 2."""


INPUT_ERROR = 2  # a bad argument or value: nothing was written
STORE_ERROR = 1  # the store or the system failed (a broken file, a full disk)


def warn(message: str) -> None:
    """One line on stderr; the command goes on."""
    print(f"legtui: warning: {shown(message, one_line=True)}", file=sys.stderr)


def parse_day(text: str) -> str:
    """A `YYYY-MM-DD` date, checked."""
    try:
        return read_date(text)
    except InputError as error:
        raise CliError(str(error)) from None


def training_day(text: str, today: date) -> str:
    """A day to log on: a date from 1900 up to today in the lifter's zone (a set logged in the
    future would skew every suggestion until that day)."""
    day = parse_day(text)
    if day > today.isoformat():
        raise CliError(f"{day} is after today ({today.isoformat()}): log a day that has been")
    if day < f"{FIRST_YEAR}-01-01":
        raise CliError(f"{day} is before {FIRST_YEAR}")
    return day


def fail(error: Exception, status: int) -> int:
    """The error as the last line on stderr, `legtui: ...` on one line; the exit status."""
    print(f"legtui: {shown(str(error), one_line=True)}", file=sys.stderr)
    return status


def guarded(command: Callable[[], int]) -> int:
    """Run a command: bad input is one line on stderr and status 2, a store or system error one
    line and status 1, Ctrl-C is 130, and a closed pipe (`legtui history | head`: the reader has
    what it wanted) is not an error."""
    try:
        return command()
    except (CliError, InputError, NotFoundError) as error:
        return fail(error, INPUT_ERROR)
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        _quiet_stdout()
        return 0
    except (StoreError, OSError) as error:
        return fail(error, STORE_ERROR)


def _quiet_stdout() -> None:
    """Point stdout at /dev/null, so the interpreter's last flush does not fail again."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())
    os.close(devnull)
