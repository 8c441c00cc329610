"""What an import found and what it added (or, with --dry-run, would add)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from legtui.core.bounds import NOTE_MAX
from legtui.core.text import count, shown
from legtui.store.merge import MergeResult

MAX_LISTED = 20


def _listed(out: list[str], head: str, items: Sequence[str]) -> None:
    """`head (N):` and the first MAX_LISTED items, one a line."""
    out.append(f"  {head} ({len(items)}):")
    out += [f"    {item}" for item in items[:MAX_LISTED]]
    if len(items) > MAX_LISTED:
        out.append(f"    ... and {len(items) - MAX_LISTED} more")


@dataclass(frozen=True, slots=True)
class ImportSummary:
    app: str
    source: str
    workouts: int
    sessions: int
    working_sets: int
    warmups: int
    checkins: int
    first: str | None
    last: str | None
    added: MergeResult
    dry_run: bool = False
    skipped: dict[str, int] = field(default_factory=dict)
    new_exercises: tuple[str, ...] = ()
    suspicious: tuple[tuple[int, str], ...] = ()
    as_text: tuple[str, ...] = ()  # values outside legtui's bounds, kept in the set's note
    restored: tuple[str, ...] = ()
    notes_cut: tuple[str, ...] = ()  # where a note longer than NOTE_MAX was cut

    def lines(self) -> list[str]:
        span = f", {self.first} to {self.last}" if self.first else ""
        out = [
            f"{self.app} file {self.source}: {count(self.workouts, 'workout')} on "
            f"{count(self.sessions, 'day')}{span}",
            f"  {count(self.working_sets + self.warmups, 'set')}: {self.working_sets} working, "
            f"{count(self.warmups, 'warm-up')}; {count(self.checkins, 'check-in')}",
        ]
        if self.skipped:
            parts = ", ".join(f"{n} {reason}" for reason, n in sorted(self.skipped.items()))
            out.append(f"  skipped rows: {parts}")
        if self.new_exercises:
            out.append(f"  new custom exercises ({len(self.new_exercises)}): "
                       + ", ".join(self.new_exercises))
        if self.notes_cut:
            where = ", ".join(self.notes_cut[:MAX_LISTED])
            extra = len(self.notes_cut) - MAX_LISTED
            out.append(f"  {count(len(self.notes_cut), 'note')} cut to {NOTE_MAX} characters: "
                       f"{where}" + (f" and {extra} more" if extra > 0 else ""))
        if self.suspicious:
            _listed(out, "rows to check, imported as written",
                    [f"line {line}: {what}" for line, what in self.suspicious])
        if self.as_text:
            _listed(out, "outside legtui's bounds, kept as text in the set's note", self.as_text)
        a = self.added
        verb = "would add" if self.dry_run else "added"
        out.append(
            f"{verb}: {count(a.sessions_added, 'session')}, {count(a.sets_added, 'set')} "
            f"({a.sets_skipped} already present), {count(a.checkins_added, 'check-in')}, "
            f"{count(a.exercises_added, 'exercise')}"
            + (f"; the {' and the '.join(self.restored)}" if self.restored else "")
        )
        if a.sets_changed or a.sets_deleted or a.checkins_changed:
            verb = "would change" if self.dry_run else "changed"
            out.append(f"{verb} (a later change on the other side): "
                       f"{count(a.sets_changed, 'set')}, {a.sets_deleted} deleted, "
                       f"{count(a.checkins_changed, 'check-in')}")
        if self.dry_run:
            out.append("dry run: nothing was written")
        return out

    def text(self) -> str:
        """The lines, safe for a terminal (control characters in a name shown as `\\xNN`)."""
        return shown("\n".join(self.lines()))
