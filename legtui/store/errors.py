"""The store's errors; each message is one line a user can act on."""

from __future__ import annotations

from pathlib import Path


class StoreError(Exception):
    """Something is wrong with the store; `str()` is the message to show."""


class StoreCorruptError(StoreError):
    def __init__(self, path: Path, reason: str) -> None:
        super().__init__(
            f"the store {path} does not parse ({reason}); it was left untouched. "
            f"Run `legtui store backups` and `legtui store restore` to bring back a backup."
        )
        self.path = path


class StoreDamagedError(StoreError):
    """The store holds damaged documents: it is read-only until it is mended."""

    def __init__(self, path: Path, lines: list[str]) -> None:
        more = f" (and {len(lines) - 1} more)" if len(lines) > 1 else ""
        super().__init__(
            f"the store {path} is damaged ({lines[0]}{more}); nothing was written. See it all "
            f"with `legtui store check`, then `legtui store repair` or `legtui store restore`."
        )
        self.path = path
        self.lines = lines


class StoreTooNewError(StoreError):
    def __init__(self, path: Path, found: int, known: int) -> None:
        super().__init__(
            f"the store {path} has schema version {found}, newer than this legtui knows ({known}); "
            f"upgrade legtui to open it."
        )


class StoreWriteError(StoreError):
    def __init__(self, path: Path, error: OSError) -> None:
        reason = error.strerror or str(error)
        super().__init__(
            f"could not save to {path}: {reason}. Nothing was changed; the file on disk is intact. "
            f"Free some space or fix the folder's permissions, then try again."
        )
        self.errno = error.errno
        self.reason = reason


class NotFoundError(StoreError):
    """An id or date that is not in the store."""
