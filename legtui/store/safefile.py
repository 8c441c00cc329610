"""Crash-safe whole-file writes and reads, and the lock that serialises writers.

A write goes to a temp file in the same folder, is fsynced, renamed over the store and the folder
is fsynced: a kill at any moment leaves the old file or the new one, never a torn one.
"""

from __future__ import annotations

import contextlib
import fcntl
import gc
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any, NamedTuple

import orjson

from legtui.store import layout
from legtui.store.errors import StoreCorruptError, StoreError, StoreWriteError

FILE_MODE = 0o600
DIR_MODE = 0o700


class Signature(NamedTuple):
    """What tells us the file changed under us: size, mtime and inode."""

    size: int
    mtime_ns: int
    inode: int


def signature(path: Path) -> Signature | None:
    try:
        st = os.stat(path)
    except FileNotFoundError:
        return None
    return Signature(st.st_size, st.st_mtime_ns, st.st_ino)


def ensure_folder(folder: Path) -> None:
    """Create the folder (and parents) 0700 whatever the umask; leave existing folders alone."""
    missing: list[Path] = []
    probe = folder
    while not probe.exists():
        missing.append(probe)
        probe = probe.parent
    for created in reversed(missing):
        try:
            created.mkdir(mode=DIR_MODE)
            os.chmod(created, DIR_MODE)
        except FileExistsError:
            pass
        except OSError as error:
            raise StoreWriteError(created, error) from error


def temp_prefix(path: Path) -> str:
    return f".{path.name}.tmp-"


def _write_all(fd: int, payload: bytes) -> None:
    view = memoryview(payload)
    while view:
        written = os.write(fd, view)
        view = view[written:]


def new_temp(path: Path) -> tuple[int, str]:
    """A new file beside `path`, named with `temp_prefix`, open for writing, 0600 (what
    `tempfile.mkstemp` does, without importing `tempfile` and `shutil` in every command)."""
    while True:
        tmp = str(path.parent / f"{temp_prefix(path)}{os.urandom(4).hex()}")
        try:
            return os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, FILE_MODE), tmp
        except FileExistsError:
            continue


def atomic_write(path: Path, payload: bytes) -> None:
    """Replace `path` with `payload` durably; on an error the old file stays and no temp is left."""
    try:
        fd, tmp = new_temp(path)
    except OSError as error:
        raise StoreWriteError(path, error) from error
    try:
        try:
            os.fchmod(fd, FILE_MODE)
            _write_all(fd, payload)
            os.fsync(fd)
        finally:
            os.close(fd)
        os.replace(tmp, path)
    except OSError as error:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise StoreWriteError(path, error) from error
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
    try:
        _fsync_folder(path.parent)
    except OSError as error:
        raise StoreError(
            f"saved to {path}, but its folder could not be synced ({error.strerror}); "
            f"the change may not survive a power cut"
        ) from error


def _fsync_folder(folder: Path) -> None:
    dir_fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(dir_fd)
    finally:
        os.close(dir_fd)


def _cannot_read(path: Path, error: OSError) -> StoreError:
    return StoreError(f"cannot read the store {path}: {error.strerror}")


def hold(path: Path) -> tuple[int, Signature]:
    """Open `path` for reading and keep it open: while an inode is held the file system cannot
    give its number to a new file, so a file replaced since always shows a new inode."""
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError as error:
        raise _cannot_read(path, error) from error
    st = os.fstat(fd)
    return fd, Signature(st.st_size, st.st_mtime_ns, st.st_ino)


def _read_fd(fd: int) -> bytes:
    """The whole file, in one read when it is as large as fstat says (no copy to join)."""
    chunks, offset = [], 0
    want = os.fstat(fd).st_size + 1
    while chunk := os.pread(fd, want, offset):
        chunks.append(chunk)
        offset += len(chunk)
        want = 1 << 20
    return chunks[0] if len(chunks) == 1 else b"".join(chunks)


def _parse(raw: bytes) -> Any:
    """orjson.loads with the cyclic GC paused: a long history is tens of thousands of dicts and
    lists, and every 700 of them would start a collection (and, soon, a full one that walks the
    whole history: 60 ms at 10 years, in the middle of start-up). The parsed history holds no
    cycles, so it is then frozen out of later collections too (refcounting still frees it)."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        parsed = orjson.loads(raw)
        gc.freeze()
        return parsed
    finally:
        if enabled:
            gc.enable()


def read_json(path: Path, fd: int | None = None, *, lazy: bool = True) -> dict[str, Any]:
    """Parse the store (from `fd` when given, else from `path`); a file that does not parse is
    an error, never an empty store. With `lazy`, the history's documents of a file in legtui's
    layout are left as their bytes (see `layout`); without, every document is parsed."""
    try:
        raw = path.read_bytes() if fd is None else _read_fd(fd)
    except OSError as error:
        raise _cannot_read(path, error) from error
    if not raw or raw.isspace():
        raise StoreCorruptError(path, "the file is empty")
    tables = layout.decode(raw) if lazy else None
    if tables is not None:
        return tables
    try:
        data = _parse(raw)
    except orjson.JSONDecodeError as error:
        raise StoreCorruptError(path, f"invalid JSON: {error}") from error
    if not isinstance(data, dict):
        raise StoreCorruptError(path, "the top level is not an object")
    for name, table in data.items():
        if not isinstance(table, dict) or not all(isinstance(d, dict) for d in table.values()):
            raise StoreCorruptError(path, f"the table {name!r} is not an object of documents")
    return data


def remove_stray_temps(folder: Path, pattern: str = ".*.tmp-*") -> list[Path]:
    """Temp files a crash left in `folder` (call while holding the lock)."""
    removed = []
    for stray in folder.glob(pattern):
        with contextlib.suppress(OSError):
            stray.unlink()
            removed.append(stray)
    return removed


@contextlib.contextmanager
def exclusive_lock(lock_file: Path) -> Iterator[None]:
    """An exclusive flock on a separate lock file, held for a whole read-modify-write."""
    try:
        fd = os.open(lock_file, os.O_RDWR | os.O_CREAT, FILE_MODE)
    except OSError as error:
        raise StoreError(f"cannot open the lock file {lock_file}: {error.strerror}") from error
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)
        yield
    finally:
        fcntl.flock(fd, fcntl.LOCK_UN)
        os.close(fd)
