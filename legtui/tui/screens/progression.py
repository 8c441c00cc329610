"""Progression: for one exercise, estimated 1RM and top-set load over time with its sessions and
records; weekly working sets per muscle against the 10–20 band; bodyweight with its trend beside
the girths. `[`/`]` switch the exercise, `w` the window, `1`–`3` the view, `pgup`/`pgdn` page
the table.

One chart and one table show the chosen view; switching view swaps their content (nothing is
mounted or styled again). The table draws only the rows that fit. The numbers come from
`legtui.services.progress.ProgressData`, computed once per store generation; the app prepares
them (and imports this module) in a thread once Today has painted (`prepare`), so `p` finds
them ready.
"""

from __future__ import annotations

import threading
from datetime import date
from typing import TYPE_CHECKING, ClassVar, Literal

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.widgets import Header, Static

from legtui.core.stats import WINDOWS, ProgressSeries, Window
from legtui.services.progress import (
    GIRTHS,
    MUSCLES,
    SETS_BAND,
    WINDOW_NAMES,
    ProgressCache,
    ProgressData,
    band_text,
    girth_in,
    since_ordinal,
    window_start,
)
from legtui.tui.plain import styled
from legtui.tui.screens.base import LegtuiScreen
from legtui.tui.widgets.chart import DateChart, Line, Marker
from legtui.tui.widgets.key_bar import KeyBar
from legtui.tui.widgets.paged_table import Column, PagedTable

if TYPE_CHECKING:
    from legtui.tui.app import LegtuiApp

View = Literal["lift", "volume", "body"]
VIEWS: tuple[tuple[View, str, str], ...] = (("lift", "1", "Lift"), ("volume", "2", "Volume"),
                                            ("body", "3", "Body"))
MUSCLE_COLOURS = ("orange", "magenta", "cyan")  # per MUSCLES
MUSCLE_MARKERS: tuple[Marker, ...] = ("braille", "dot", "+")  # told apart without colour too

SESSION_COLUMNS = (
    Column("date"), Column("★"), Column("e1RM", "right"), Column("top", "right"),
    Column("records", max_width=16, shrink=True),
    Column("sets", shrink=True),
)
WEEK_COLUMNS = (Column("week"), *(Column(title, "right") for _, title in MUSCLES))
GIRTH_COLUMNS = (Column("date"), *(Column(g, "right") for g in GIRTHS))

_CACHE_MADE = threading.Lock()  # the app's preparing thread and the screen may both ask first


def progress_cache(app: LegtuiApp) -> ProgressCache:
    """The app's one `ProgressCache`, made on first use."""
    with _CACHE_MADE:
        if app.progress_cache is None:
            app.progress_cache = ProgressCache()
        return app.progress_cache


def prepare(app: LegtuiApp) -> None:
    """Compute what Progression first shows, ahead (the app runs this in a thread)."""
    profile = app.store.profile()
    progress_cache(app).prepare(app.store, profile.unit, profile.length_unit, app.clock.today())


def lift_lines(series: ProgressSeries) -> list[Line]:
    """The lift chart's lines: estimated 1RM and top-set load; for a bodyweight exercise the top
    set's reps, or the added load and its 1RM on the days there was one. A bodyweight day never
    draws as a load of 0."""
    days = [(date.fromisoformat(p.date).toordinal(), p) for p in series.points]
    loaded = [(d, p) for d, p in days if p.top_load > 0]
    if not loaded:
        return [Line("reps (top set)", [(d, float(p.top_reps)) for d, p in days], "cyan")]
    unit = series.unit
    added = len(loaded) < len(days)  # some days at bodyweight: the loads are added ones
    return [
        Line(f"e1RM {unit}", [(d, p.best_e1rm) for d, p in loaded if p.best_e1rm is not None],
             "orange"),
        Line(f"{'added' if added else 'top'} {unit}", [(d, p.top_load) for d, p in loaded],
             "cyan", marker="dot"),
    ]


class ProgressionScreen(LegtuiScreen):
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("left_square_bracket,b", "exercise(-1)", "Prev", id="prog.prev",
                tooltip="The previous exercise"),
        Binding("right_square_bracket,n", "exercise(1)", "Next", id="prog.next",
                tooltip="The next exercise"),
        Binding("w", "window", "Window", id="prog.window",
                tooltip="Cycle the time window: 3 months, 6 months, 1 year, all"),
        Binding("1", "view('lift')", "Lift", show=False, id="prog.lift",
                tooltip="Estimated 1RM, top set and sessions with records"),
        Binding("2", "view('volume')", "Volume", show=False, id="prog.volume",
                tooltip="Working sets a week per muscle against 10–20"),
        Binding("3", "view('body')", "Body", show=False, id="prog.body",
                tooltip="Bodyweight with its trend, and waist, hip and thigh girth"),
        Binding("pagedown", "rows(1)", "Older", show=False, id="prog.older",
                tooltip="The table's next page (older rows)"),
        Binding("pageup", "rows(-1)", "Newer", show=False, id="prog.newer",
                tooltip="The table's previous page (newer rows)"),
        Binding("down", "row(1)", "Row down", show=False, id="prog.down",
                tooltip="Move the table one row down"),
        Binding("up", "row(-1)", "Row up", show=False, id="prog.up",
                tooltip="Move the table one row up"),
        Binding("home", "table_end(0)", "Newest", show=False, id="prog.home",
                tooltip="The table's first rows (the newest)"),
        Binding("end", "table_end(1)", "Oldest", show=False, id="prog.end",
                tooltip="The table's last rows (the oldest)"),
    ]

    def __init__(self) -> None:
        super().__init__()
        self.data: ProgressData | None = None
        self.exercise: str | None = None
        self.window: Window = "1y"
        self.view: View = "lift"
        self._shown: tuple[object, ...] | None = None  # what the chart and table show

    def compose(self) -> ComposeResult:
        yield Header()
        yield Static(id="prog-title")
        yield Static(id="prog-views")
        yield DateChart(id="prog-chart")
        yield PagedTable(id="prog-table")
        yield KeyBar()

    def on_screen_resume(self) -> None:
        self.refresh_if_stale()

    # -- data --------------------------------------------------------------------------------
    def refresh_data(self) -> None:
        profile = self.store.profile()
        data = progress_cache(self.legtui).data(self.store, profile.unit, profile.length_unit,
                                                self.clock.today())
        if data is self.data:
            return  # nothing changed since the last render
        self.data = data
        if self.exercise is None or not data.trained(self.exercise):
            self.exercise = data.first_exercise()
        self._show_view()

    # -- rendering ---------------------------------------------------------------------------
    def _show_view(self) -> None:
        """The title, the view line, and the chart and table of the chosen view."""
        self._render_title()
        self.query_one("#prog-views", Static).update(Text.assemble(*(
            (f" {key} {name} ", "reverse bold" if view == self.view else "")
            for view, key, name in VIEWS
        )))
        state = (self.data, self.view, self.exercise, self.window)
        if state == self._shown:
            return  # the chart and table already show exactly this
        self._shown = state
        if self.view == "volume":
            self._render_volume()
        elif self.view == "body":
            self._render_body()
        else:
            self._render_lift()

    def _render_title(self) -> None:
        data, exercise = self.data, self.exercise
        title = self.query_one("#prog-title", Static)
        if data is None or exercise is None:
            title.update("No sessions yet: log a set from Today (t).")
            return
        series = data.series(exercise).window(self.window, data.today)
        best = max((p.best_e1rm for p in series.points if p.best_e1rm is not None), default=None)
        best_text = f" · e1RM {best:.1f} {data.unit}" if best is not None else ""
        title.update(styled((data.name(exercise), "bold"),
                            f" · {WINDOW_NAMES[self.window]}{best_text}"))

    def _parts(self) -> tuple[DateChart, PagedTable]:
        return self.query_one("#prog-chart", DateChart), self.query_one("#prog-table", PagedTable)

    def _render_lift(self) -> None:
        data, exercise = self.data, self.exercise
        chart, table = self._parts()
        if data is None or exercise is None:
            today = self.clock.today()
            chart.show([], window_start("3m", today, None), today, empty_text="No sessions yet")
            table.show(SESSION_COLUMNS, [], empty_text="No sessions yet")
            return
        full = data.series(exercise)
        series = full.window(self.window, data.today)
        first = date.fromisoformat(full.points[0].date) if full.points else None
        chart.show(lift_lines(series), window_start(self.window, data.today, first), data.today)
        rows = data.rows(exercise, len(full.points) - len(series.points))
        table.show(
            SESSION_COLUMNS,
            ((r.date, "★" if r.records else "", r.e1rm, r.top, r.records, r.sets)
             for r in reversed(rows)),
            empty_text="No sessions in this window",
        )

    def _render_volume(self) -> None:
        data = self.data
        if data is None:
            return
        chart, table = self._parts()
        start = window_start(self.window, data.today, data.first_day())
        shown = [w for w in data.weeks() if w.monday.toordinal() >= start.toordinal() - 6]
        chart.show(
            [
                Line(title, [(w.monday.toordinal(), w.sets[i]) for w in shown], colour,
                     marker=marker, keep="mean")
                for i, ((_, title), colour, marker) in enumerate(
                    zip(MUSCLES, MUSCLE_COLOURS, MUSCLE_MARKERS, strict=True))
            ],
            start, data.today, guides=SETS_BAND, empty_text="No sessions in this window",
        )
        table.show(
            WEEK_COLUMNS,
            ((w.monday.strftime("%d %b %y"), *(band_text(s) for s in w.sets))
             for w in reversed(shown)),
            empty_text="No sessions in this window",
        )

    def _render_body(self) -> None:
        data = self.data
        if data is None:
            return
        chart, table = self._parts()
        body = data.body()
        first = date.fromordinal(body.weights[0][0]) if body.weights else None
        start = window_start(self.window, data.today, first)
        unit = data.unit
        chart.show(
            [
                Line(f"weight {unit}", since_ordinal(body.weights, start.toordinal()), "gray",
                     marker="dot", scatter=True, keep="mean"),
                Line("trend", since_ordinal(body.trend, start.toordinal()), "orange",
                     keep="mean"),
            ],
            start, data.today, empty_text="No weigh-ins in this window (check-in: c)",
        )
        lu = data.length_unit
        table.show(
            GIRTH_COLUMNS,
            ((c.date, *(girth_in(getattr(c, g), c.length_unit, lu) for g in GIRTHS))
             for c in reversed(body.girths) if c.date >= start.isoformat()),
            empty_text="No girths in this window (check-in: c)",
        )

    # -- actions -----------------------------------------------------------------------------
    def action_exercise(self, step: int) -> None:
        if self.data is None or not self.data.exercises:
            self.notify("No exercises with sessions yet.")
            return
        exercises = self.data.exercises
        index = exercises.index(self.exercise) if self.exercise in exercises else 0
        self.exercise = exercises[(index + step) % len(exercises)]
        self.view = "lift"  # the exercise shows on the lift view
        self._show_view()

    def action_window(self) -> None:
        self.window = WINDOWS[(WINDOWS.index(self.window) + 1) % len(WINDOWS)]
        self._show_view()

    def action_view(self, view: View) -> None:
        self.view = view
        self._show_view()

    def action_rows(self, pages: int) -> None:
        table = self._parts()[1]
        table.scroll_rows(pages * table.page)

    def action_row(self, step: int) -> None:
        self._parts()[1].scroll_rows(step)

    def action_table_end(self, end: int) -> None:
        self._parts()[1].scroll_to_end(bool(end))
