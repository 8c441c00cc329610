"""What both paths of `legtui log` (`log`, and `quicklog` on its quick path) read and say: the
typed sets and the reply."""

from __future__ import annotations

from legtui.cli.basics import CliError
from legtui.core.setspec import SetSyntaxError, entry_text, parse

TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Sequence

    from legtui.core.setspec import Logged, ParsedSet


def read_sets(texts: Sequence[str]) -> list[ParsedSet]:
    """The SETs typed after `legtui log`."""
    try:
        return [parse(text) for text in texts]
    except SetSyntaxError as error:
        raise CliError(str(error)) from None


def logged_line(logged: Sequence[Logged], name: str, day: str) -> str:
    """`legtui log`'s reply."""
    shown = ", ".join(entry_text(e, with_unit=True) for e in logged)
    return (f"logged {len(logged)} set{'s' if len(logged) != 1 else ''} of {name} "
            f"on {day}: {shown}")
