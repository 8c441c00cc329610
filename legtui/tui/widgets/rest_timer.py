"""The rest line of Log sets: time rested, the rest planned, the clock time it ends; the alert
(legtui.tui.rest_alert) once when it is over."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta

from textual.widgets import Static


class RestTimer(Static):
    """`Rest 0:42 / 2:00 · ends 14:06`, then `... — next set!` once the rest is over."""

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.started: float | None = None  # on the app's monotonic clock
        self.ends_at: datetime | None = None  # local wall-clock time the rest ends
        self.alerted = False

    def start(self, monotonic: float, now_local: datetime, seconds: int) -> None:
        self.started, self.alerted = monotonic, False
        self.ends_at = now_local + timedelta(seconds=seconds)

    def stop(self) -> None:
        self.started = self.ends_at = None
        self.update("")

    def tick(self, monotonic: float, seconds: int, alert: Callable[[], None]) -> None:
        """Show the rest so far; call `alert` once when it reaches `seconds`."""
        if self.started is None or self.ends_at is None:
            self.update("")
            return
        elapsed = int(monotonic - self.started)
        done = elapsed >= seconds
        self.set_class(done, "over")
        ends = "next set!" if done else f"ends {self.ends_at:%H:%M}"
        self.update(
            f"Rest {elapsed // 60}:{elapsed % 60:02d} / {seconds // 60}:{seconds % 60:02d}"
            f" · {ends}"
        )
        if done and not self.alerted:
            self.alerted = True
            alert()
