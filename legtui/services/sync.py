"""Two-way sync with another device: through a shared file, or through a command that runs legtui
there (ssh). Both merge by the later change (Store.merge_replica); see docs/sync.md.

Failure safety: each side changes in one atomic write or not at all. A sync file is read whole
and checked before anything is written; one from a newer legtui, or one that does not read, is
refused and left as it is. A pull that fails or is cut short changes nothing; a push that fails
leaves this store merged and the other side as it was (the next sync finishes the job).
"""

from __future__ import annotations

import shlex
import subprocess
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from legtui.core.merge import Replica, SetChanges
from legtui.core.sync_target import SyncTarget
from legtui.core.text import count
from legtui.paths import lock_path
from legtui.store import Store
from legtui.store.errors import StoreError, StoreWriteError
from legtui.store.merge import MergeResult
from legtui.store.safefile import atomic_write, exclusive_lock, remove_stray_temps, temp_prefix
from legtui.transfer import TransferError, native

TIMEOUT_S = 300
Runner = Callable[..., "subprocess.CompletedProcess[bytes]"]


class SyncError(Exception):
    """A sync that could not run or finish; `str()` says what was and was not changed."""


@dataclass(frozen=True, slots=True)
class SyncReport:
    target: str
    result: MergeResult
    other: str  # what the other side is called in the summary
    other_written: bool = True

    @property
    def changed_anything(self) -> bool:
        r = self.result
        return r.mine.any or r.theirs.any or bool(r.checkins_added or r.checkins_changed
                                                    or r.settings or r.exercises_added)

    def lines(self) -> list[str]:
        r = self.result
        out = [f"synced with {self.target}",
               f"  this store: {_sets(r.mine)}",
               f"  {self.other}: {_sets(r.theirs)}"]
        extra = []
        if r.checkins_added or r.checkins_changed:
            extra.append(f"check-ins: {count(r.checkins_added, 'day')} added, "
                         f"{r.checkins_changed} changed")
        extra += [f"the {name} changed" for name in r.settings]
        if r.exercises_added:
            extra.append(f"{count(r.exercises_added, 'custom exercise')} added")
        if extra:
            out.append("  here also: " + ", ".join(extra))
        if not self.changed_anything:
            out.append("  both sides were already the same")
        return out

    def text(self) -> str:
        return "\n".join(self.lines())

    def brief(self) -> str:
        """Two short lines, for a notification on a narrow screen."""
        if not self.changed_anything:
            return "Both sides were already the same."
        return f"Here: {_brief(self.result.mine)}.\n{self.other.capitalize()}: " \
               f"{_brief(self.result.theirs)}."


def _brief(changes: SetChanges) -> str:
    """`1 set added, 2 changed`; `no change`."""
    parts = [(n, what) for n, what in ((changes.added, "added"), (changes.changed, "changed"),
                                       (changes.deleted, "deleted")) if n]
    if not parts:
        return "no change"
    (first, what), rest = parts[0], parts[1:]
    return ", ".join([f"{count(first, 'set')} {what}", *(f"{n} {w}" for n, w in rest)])


def _sets(changes: SetChanges) -> str:
    return (f"{count(changes.added, 'set')} added, {changes.changed} changed, "
            f"{changes.deleted} deleted")


def _replica_of(data: bytes, store: Store) -> Replica:
    """A legtui export's records with their stamps; TransferError when it does not read."""
    replica = native.read(data, store.catalog()).replica
    assert replica is not None  # a legtui export always carries them
    return replica


def _read_export(data: bytes, where: str, store: Store) -> Replica:
    try:
        return _replica_of(data, store)
    except TransferError as error:
        raise SyncError(f"{where} cannot be synced with ({error}); it was left untouched and "
                        f"nothing was changed") from None


def _export(store: Store) -> bytes:
    return native.dumps(store).encode()


def sync_file(store: Store, path: Path) -> SyncReport:
    """Merge the sync file into the store, then write the merged state back to it (made when it
    does not exist yet), atomically, under the file's own lock."""
    if not path.parent.is_dir():
        raise SyncError(f"no folder {path.parent} for the sync file")
    if path.exists() and not path.is_file():
        raise SyncError(f"{path} is not a file")
    try:
        with exclusive_lock(lock_path(path)):
            remove_stray_temps(path.parent, temp_prefix(path) + "*")  # a killed sync's
            theirs = _read_export(path.read_bytes(), str(path), store) if path.exists() else {}
            result = store.merge_replica(theirs)
            merged = _export(store)
            written = not path.exists() or _replica_of(merged, store) != theirs
            if written:
                _write_back(path, merged)
    except OSError as error:
        raise SyncError(f"cannot sync with {path}: {error.strerror or error}") from None
    except StoreError as error:
        raise SyncError(str(error)) from None
    return SyncReport(f"file {path}", result, "the file", written)


def _write_back(path: Path, merged: bytes) -> None:
    try:
        atomic_write(path, merged)
    except StoreWriteError as error:
        raise SyncError(f"merged here, but {path} could not be written ({error.reason}); it is "
                        f"as it was: sync again to finish") from None



def _run(runner: Runner, argv: list[str], what: str, data: bytes | None = None) -> bytes:
    try:
        done = runner(argv, input=data, capture_output=True, timeout=TIMEOUT_S, check=False)
    except (OSError, subprocess.SubprocessError) as error:
        raise SyncError(f"{what}: {error}") from None
    if done.returncode != 0:
        said = done.stderr.decode(errors="replace").strip().splitlines()
        raise SyncError(f"{what}: exit status {done.returncode}"
                        + (f" ({said[-1]})" if said else ""))
    out: bytes = done.stdout
    return out


def sync_via(store: Store, via: str, runner: Runner = subprocess.run) -> SyncReport:
    """Pull with `<via> export json`, merge here, push with `<via> import legtui -`."""
    try:
        argv = shlex.split(via)
    except ValueError as error:
        raise SyncError(f"cannot read the command {via!r}: {error}") from None
    if not argv:
        raise SyncError("the sync command is empty")
    pulled = _run(runner, [*argv, "export", "json"], f"`{via} export json` failed; nothing "
                  "was changed")
    theirs = _read_export(pulled, f"what `{via} export json` wrote", store)
    result = store.merge_replica(theirs)
    _run(runner, [*argv, "import", "legtui", "-"], f"merged here, but `{via} import legtui -` "
         "failed, so the other side is unchanged; sync again to finish", _export(store))
    return SyncReport(f"`{via}`", result, "the other side")


class StoppableRunner:
    """Runs `--via`'s commands like `subprocess.run`, one at a time; `stop()` ends the one
    running and any later one (the app quitting while SSH hangs). Each side stays whole: a
    stopped pull changes nothing, a stopped push leaves the other side as it was."""

    def __init__(self) -> None:
        self._running: subprocess.Popen[bytes] | None = None
        self._stopped = False

    def __call__(self, argv: list[str], *, input: bytes | None = None, capture_output: bool,
                 timeout: float, check: bool) -> subprocess.CompletedProcess[bytes]:
        if self._stopped:
            raise SyncError("stopped")
        pipe = subprocess.PIPE if capture_output else None
        with subprocess.Popen(argv, stdin=subprocess.PIPE if input is not None else None,
                              stdout=pipe, stderr=pipe) as proc:
            self._running = proc
            try:
                out, err = proc.communicate(input, timeout=timeout)
            except subprocess.TimeoutExpired:
                proc.kill()
                raise
            finally:
                self._running = None
        return subprocess.CompletedProcess(argv, proc.returncode, out, err)

    def stop(self) -> None:
        self._stopped = True
        running = self._running
        if running is not None:
            running.kill()


def sync(store: Store, target: SyncTarget, runner: Runner = subprocess.run) -> SyncReport:
    """Sync with the store's (or a given) target."""
    if target.file:
        return sync_file(store, Path(target.file).expanduser())
    if target.via:
        return sync_via(store, target.via, runner)
    raise SyncError("no sync target: give FILE or --via CMD, or set one with "
                    "`legtui profile --sync FILE` or `--sync-via CMD`")
