"""The one error an import raises: a row or file that cannot be read, with its line."""

from __future__ import annotations


class TransferError(ValueError):
    """`str()` is the message to show: `line 12: Reps: 'ten' is not a number`."""

    def __init__(self, reason: str, line: int | None = None) -> None:
        super().__init__(f"line {line}: {reason}" if line is not None else reason)
        self.reason = reason
        self.line = line
