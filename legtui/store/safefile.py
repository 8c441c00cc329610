"""Crash-safe whole-file writes and reads, and the lock that serialises writers.

A write goes to a temp file in the same folder, is fsynced, renamed over the store and the folder
is fsynced: a kill at any moment leaves the old file or the new one, never a torn one.
"""

from __future__ import annotations

import contextlib
import errno
import fcntl
import os
import stat
from collections.abc import Iterator
from pathlib import Path

from legtui.paths import backups_dir, lock_path, shared_backups_dir
from legtui.store.errors import StoreError, StoreWriteError

FILE_MODE = 0o600
DIR_MODE = 0o700


# What tells us the file changed under us: size, mtime and inode (a plain tuple: the quick
# `legtui log` loads this module without `typing`).
Signature = tuple[int, int, int]


def signature(path: Path) -> Signature | None:
    try:
        st = os.stat(path)
    except FileNotFoundError:
        return None
    return (st.st_size, st.st_mtime_ns, st.st_ino)


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
    give its number to a new file, so a file replaced since always shows a new inode. Opened
    without blocking, so a FIFO put in the store's place is refused, not waited on."""
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK)
    except OSError as error:
        raise _cannot_read(path, error) from error
    st = os.fstat(fd)
    if not stat.S_ISREG(st.st_mode):
        os.close(fd)
        raise not_a_file(path, st.st_mode)
    return fd, (st.st_size, st.st_mtime_ns, st.st_ino)


def not_a_file(path: Path, mode: int) -> StoreError:
    kind = ("a folder" if stat.S_ISDIR(mode) else "a FIFO" if stat.S_ISFIFO(mode)
            else "a device" if stat.S_ISCHR(mode) or stat.S_ISBLK(mode) else "not a regular file")
    return StoreError(f"{path} is {kind}, not a store file; give --db a file's path")


def refuse_special(path: Path) -> None:
    """StoreError when `path` exists and is not a regular file (a FIFO, a device, a folder)."""
    try:
        mode = os.stat(path).st_mode
    except FileNotFoundError:
        return
    except OSError as error:
        raise _cannot_read(path, error) from error
    if not stat.S_ISREG(mode):
        raise not_a_file(path, mode)


def check_writable(path: Path) -> None:
    """StoreWriteError when the store file was made read-only (its owner may not write it: a
    rename over it would replace it silently, even as root) or its folder cannot be written."""
    try:
        mode = os.stat(path).st_mode
    except FileNotFoundError:
        mode = stat.S_IWUSR
    if not mode & stat.S_IWUSR:
        raise StoreWriteError(path, PermissionError(
            errno.EACCES, f"the store is read-only (mode {stat.S_IMODE(mode):04o})"))
    if path.parent.exists() and not os.access(path.parent, os.W_OK):
        raise StoreWriteError(path, PermissionError(
            errno.EACCES, f"its folder {path.parent} is read-only"))


def _read_fd(fd: int) -> bytes:
    """The whole file, in one read when it is as large as fstat says (no copy to join)."""
    chunks, offset = [], 0
    want = os.fstat(fd).st_size + 1
    while chunk := os.pread(fd, want, offset):
        chunks.append(chunk)
        offset += len(chunk)
        want = 1 << 20
    return chunks[0] if len(chunks) == 1 else b"".join(chunks)


def read_raw(path: Path, fd: int | None = None) -> bytes:
    """The store's bytes (from `fd` when given, else from `path`); see `integrity` for what is
    made of them."""
    try:
        if fd is not None:
            return _read_fd(fd)
        refuse_special(path)
        return path.read_bytes()
    except OSError as error:
        raise _cannot_read(path, error) from error


def sweep(store: Path) -> None:
    """Remove the temp files a crash left beside the store and in its backups (under the lock,
    as a store is opened)."""
    remove_stray_temps(store.parent, temp_prefix(store) + "*")
    remove_stray_temps(backups_dir(store))


def remove_stray_temps(folder: Path, pattern: str = ".*.tmp-*") -> list[Path]:
    """Temp files a crash left in `folder` (call while holding the lock)."""
    removed = []
    for stray in folder.glob(pattern):
        with contextlib.suppress(OSError):
            stray.unlink()
            removed.append(stray)
    return removed


@contextlib.contextmanager
def exclusive_lock(lock_file: Path, *, reading: bool = False) -> Iterator[None]:
    """An exclusive flock on a separate lock file, held for a whole read-modify-write. With
    `reading`, a lock file that cannot be made (a read-only folder) is no reason not to read:
    nothing is written then, so nothing needs the lock."""
    try:
        fd = os.open(lock_file, os.O_RDWR | os.O_CREAT, FILE_MODE)
    except OSError as error:
        if reading and error.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
            yield
            return
        raise StoreError(f"cannot open the lock file {lock_file}: {error.strerror}; "
                         f"is the folder read-only?") from error
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)
        yield
    finally:
        fcntl.flock(fd, fcntl.LOCK_UN)
        os.close(fd)


def refuse_store_target(store: Path, target: Path) -> None:
    """StoreError unless `target` may be written by an export or a repair: never the live
    store, its lock, its backups (or a link to any of them), nor a FIFO, a device or a folder."""
    real = Path(os.path.realpath(target))
    store = Path(os.path.realpath(store))
    guarded = {store: "the live store", lock_path(store): "its lock file"}
    what = guarded.get(real)
    if what is None and shared_backups_dir(store) in (real, *real.parents):
        what = "inside the store's backups"
    if what is not None:
        raise StoreError(f"will not write to {target}: it is {what}; choose another file")
    refuse_special(real)
