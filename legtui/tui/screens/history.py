"""History: sessions by ISO week, newest first, each one line (date, sets, volume, exercises).
`enter` opens a session to correct its sets; `f` filters by exercise; `g` jumps to a date.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from typing import ClassVar

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.widgets import DataTable, Header, Input, Static

from legtui.core.inputs import InputError, read_date
from legtui.core.model import Session, Unit
from legtui.core.setspec import set_label
from legtui.core.stats import set_volume
from legtui.core.text import count as count_of
from legtui.core.volume import iso_week, week_monday
from legtui.tui.plain import cell, plain
from legtui.tui.screens.base import LegtuiScreen
from legtui.tui.widgets.filling_table import Cell, FillingTable, Row
from legtui.tui.widgets.key_bar import KeyBar
from legtui.tui.widgets.status_line import StatusLine
from legtui.tui.widgets.text_input import TextInput

DAY_KEY = "day:"
WHAT_MAX = 60  # the exercises column, cut with "…" (its own width is what is left)
WEEKS_AT_ONCE = 12  # weeks listed on opening; as many again each time the cursor reaches the end


@dataclass(frozen=True, slots=True)
class DayLine:
    """One session as History lists it; with a filter, only that exercise's sets count."""

    date: str
    sets: int
    volume: float
    what: str  # the exercises' names, or the filtered exercise's sets


def day_line(session: Session, unit: Unit, names: dict[str, str], only: str | None) -> DayLine:
    sets = [s for s in session.sets if s.is_working and (only is None or s.exercise == only)]
    what = (" ".join(set_label(s, unit) for s in session.working_sets_for(only)) if only
            else ", ".join(names.get(ex, ex) for ex in session.exercises))
    return DayLine(session.date, len(sets), sum(set_volume(s, unit) for s in sets), what)


def weeks_newest_first(days: list[str]) -> list[list[str]]:
    """Session dates grouped by ISO week: newest week first, each week's days newest first."""
    weeks: list[list[str]] = []
    for day in sorted(days, reverse=True):
        if weeks and iso_week(weeks[-1][0]) == iso_week(day):
            weeks[-1].append(day)
        else:
            weeks.append([day])
    return weeks


def week_rows(days: list[DayLine]) -> Iterator[Row]:
    """One ISO week's sessions (newest first): a header row with its totals, then a row each."""
    monday = week_monday(iso_week(days[0].date))
    count = len(days)
    yield None, (
        Text(f"Week {monday:%d %b %y}", style="bold"),
        Text(str(sum(d.sets for d in days)), style="bold"),
        Text(f"{sum(d.volume for d in days):,.0f}", style="bold"),
        Text(count_of(count, "session"), style="bold"),
    )
    for day in days:
        cells: tuple[Cell, ...] = (
            f"  {date.fromisoformat(day.date):%a %d %b}",
            str(day.sets),
            f"{day.volume:,.0f}",
            cell(day.what, WHAT_MAX),
        )
        yield f"{DAY_KEY}{day.date}", cells


class HistoryScreen(LegtuiScreen):
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("enter", "open", "Open", id="history.open",
                tooltip="Open the highlighted session to see or correct its sets"),
        Binding("f", "filter(1)", "Filter", id="history.filter",
                tooltip="Show only one exercise (cycles; back to all at the end)"),
        Binding("F", "filter(-1)", "Filter back", show=False, id="history.filter_back",
                tooltip="Cycle the exercise filter backwards"),
        Binding("g", "goto", "Go to date", id="history.goto",
                tooltip="Jump to a date (YYYY-MM-DD): that session or the one before"),
        Binding("escape", "close_goto", "Cancel", show=False, id="history.cancel",
                tooltip="Close the date field"),
    ]

    def __init__(self) -> None:
        super().__init__()
        self.only: str | None = None
        self.exercises: tuple[str, ...] = ()
        self.names: dict[str, str] = {}
        self.shown: list[str] = []  # the listed session dates, oldest first
        self.weeks: list[list[str]] = []  # the listed dates by week, newest first (a session is
        # read when its week is added to the table: years of history are listed, not held)
        self.loaded = 0  # how many of `weeks` are in the table
        self._generation = -1

    def compose(self) -> ComposeResult:
        yield Header()
        yield Static(id="history-status")
        yield FillingTable(id="history-table")
        yield StatusLine(id="history-message")
        field = TextInput(id="history-date", placeholder="YYYY-MM-DD, enter jumps, esc cancels")
        field.display = False
        yield field
        yield KeyBar()

    def on_mount(self) -> None:
        self.query_one(FillingTable).add_columns("date", "sets", "volume", "exercises")

    def on_screen_resume(self) -> None:
        self.refresh_if_stale()
        if not self.query_one("#history-date").display:
            self.query_one(FillingTable).focus()

    # -- rendering ---------------------------------------------------------------------------
    def refresh_data(self) -> None:
        if self._generation == self.store.generation and self.exercises:
            return
        self._generation = self.store.generation
        catalog = self.store.catalog()
        planned = [i.exercise for i in self.store.plan().items]
        seen = self.store.logged_exercises()
        self.exercises = (*[e for e in planned if e in seen],
                          *sorted(seen - set(planned), key=catalog.name))
        self.names = {ex: catalog.name(ex) for ex in seen}
        if self.only not in seen:
            self.only = None
        self._show_rows()

    def _show_rows(self, keep: str | None = None) -> None:
        table = self.query_one(FillingTable)
        keep = keep or self.highlighted_day()
        unit = self.store.profile().unit
        chosen = self.store.session_dates(self.only)
        self.shown = chosen
        self.weeks = weeks_newest_first(chosen)
        self.loaded = 0
        table.columns[table.ordered_columns[3].key].label = Text(
            "sets done" if self.only else "exercises")
        table.fill_keyed(())
        self._load_weeks(WEEKS_AT_ONCE)
        what = self.names.get(self.only, "") if self.only else "all exercises"
        status = f"{what} · {count_of(len(chosen), 'session')} · {unit}"
        self.query_one("#history-status", Static).update(
            plain(status) if chosen else "No sessions yet: log sets from Today (t).")
        if keep and keep in self.shown:
            self.move_to(keep)
        elif chosen:
            table.move_cursor(row=1)

    def _load_weeks(self, count: int) -> None:
        """Add the next `count` weeks (older ones) to the table."""
        unit = self.store.profile().unit
        more = self.weeks[self.loaded:self.loaded + count]
        self.loaded += len(more)
        weeks = [[s for s in map(self.store.session, week) if s is not None] for week in more]
        self.query_one(FillingTable).extend_keyed(
            row for week in weeks if week
            for row in week_rows([day_line(s, unit, self.names, self.only) for s in week]))

    def _load_through(self, day: str) -> None:
        """Make sure the week holding `day` (a listed session date) is in the table."""
        week = next((i for i, w in enumerate(self.weeks) if w[-1] <= day), len(self.weeks))
        if week >= self.loaded:
            self._load_weeks(week + 1 - self.loaded)

    @on(DataTable.RowHighlighted, "#history-table")
    def _row_highlighted(self, event: DataTable.RowHighlighted) -> None:
        table = self.query_one(FillingTable)
        at_end = event.cursor_row >= table.row_count - 1
        if at_end and not table.filling and self.loaded < len(self.weeks):
            self._load_weeks(WEEKS_AT_ONCE)

    def highlighted_day(self) -> str | None:
        table = self.query_one(FillingTable)
        if table.row_count == 0:
            return None
        key = table.coordinate_to_cell_key(table.cursor_coordinate).row_key.value
        return key[len(DAY_KEY):] if key and key.startswith(DAY_KEY) else None

    def move_to(self, day: str) -> None:
        """Highlight a listed session, loading the weeks down to it first."""
        self._load_through(day)
        table = self.query_one(FillingTable)
        table.flush()
        table.move_cursor(row=table.get_row_index(f"{DAY_KEY}{day}"), scroll=True)

    # -- actions -----------------------------------------------------------------------------
    def action_open(self) -> None:
        day = self.highlighted_day()
        if day is None:
            self.say("Highlight a session (not a week line) to open it.", error=True)
            return
        from legtui.tui.screens.history_session import SessionScreen

        self.app.push_screen(SessionScreen(day, self.only))

    @on(DataTable.RowSelected, "#history-table")
    def _row_selected(self, event: DataTable.RowSelected) -> None:
        event.stop()
        self.action_open()

    def action_filter(self, step: int) -> None:
        if not self.exercises:
            self.say("No exercises logged yet.", error=True)
            return
        options: list[str | None] = [None, *self.exercises]
        self.only = options[(options.index(self.only) + step) % len(options)]
        self.say("")
        self._show_rows()

    def action_goto(self) -> None:
        field = self.query_one("#history-date", Input)
        field.display = True
        field.value = ""
        field.focus()

    def action_close_goto(self) -> None:
        field = self.query_one("#history-date", Input)
        if field.display:
            field.display = False
            self.query_one(FillingTable).focus()

    @on(Input.Submitted, "#history-date")
    def _goto_submitted(self, event: Input.Submitted) -> None:
        text = event.value.strip()
        try:
            wanted = read_date(text)
        except InputError as error:
            self.say(str(error), error=True)
            return
        if not self.shown:
            self.say("No sessions to jump to.", error=True)
            return
        index = bisect_right(self.shown, wanted) - 1
        day = self.shown[max(index, 0)]
        self.action_close_goto()
        self.move_to(day)
        self.say(f"{day}" + ("" if day == wanted else f" (nearest to {wanted})"))
