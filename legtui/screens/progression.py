"""Progression: for one exercise, estimated 1RM and top-set load over time with its sessions and
records; weekly working sets per muscle against the 10–20 band; bodyweight with its trend beside
the girths. `[`/`]` switch the exercise, `w` the window, `1`–`3` the tab.

Everything is computed once per store generation (`ProgressData`); switching exercise or window
only slices what is cached.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass
from datetime import date, timedelta
from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.widgets import DataTable, Footer, Header, Static, TabbedContent, TabPane

from legtui.catalog import GLU, HAM, QUA
from legtui.model import CM_IN_INCH, CheckIn, LengthUnit, Unit, fmt_load, from_kg
from legtui.nutrition import trend, weigh_ins
from legtui.paths import styles_dir
from legtui.records import Record, records_by_day
from legtui.screens.base import LegtuiScreen
from legtui.setspec import entry_text
from legtui.stats import WINDOWS, ProgressSeries, Window, months_before, progress_series
from legtui.store import Store
from legtui.volume import iso_week, week_monday, weekly_muscle_volume
from legtui.widgets.chart import DateChart, Line, Point
from legtui.widgets.filling_table import FillingTable

WINDOW_NAMES: dict[Window, str] = {
    "3m": "3 months", "6m": "6 months", "1y": "1 year", "all": "all time"
}
MUSCLES: tuple[tuple[str, str, str], ...] = (
    # muscle, column title, chart colour
    (HAM, "ham", "orange"),
    (GLU, "glutes", "magenta"),
    (QUA, "quads", "cyan"),
)
SETS_BAND = (10.0, 20.0)  # working sets a week per muscle
GIRTHS = ("waist", "hips", "thigh")


def record_mark(record: Record) -> str:
    """A short table mark: `1RM`, `8RM`, `+reps@60`, `vol`."""
    if record.kind == "e1rm":
        return "1RM"
    if record.kind == "load_at_reps":
        return f"{record.reps}RM"
    if record.kind == "reps_at_load":
        return f"reps@{fmt_load(record.load or 0)}"
    return "vol"


def band_text(sets: float) -> str:
    low, high = SETS_BAND
    mark = "↓" if sets < low else ("↑" if sets > high else " ")
    return f"{sets:g}{mark}"


def girth_in(value: float | None, src: LengthUnit, dst: LengthUnit) -> str:
    if value is None:
        return "–"
    if src != dst:
        value = value * CM_IN_INCH if dst == "cm" else value / CM_IN_INCH
    return f"{value:.1f}"


@dataclass(frozen=True, slots=True)
class SessionRow:
    date: str
    e1rm: str
    top: str
    records: str
    sets: str


@dataclass(frozen=True, slots=True)
class WeekRow:
    monday: date
    sets: tuple[float, ...]  # per MUSCLES


@dataclass(frozen=True, slots=True)
class Body:
    weights: tuple[Point, ...]
    trend: tuple[Point, ...]
    girths: tuple[CheckIn, ...]


class ProgressData:
    """What Progression shows, for one store generation and unit. The whole-history series is
    computed at once; records, weekly volume and bodyweight the first time they are asked for."""

    def __init__(self, store: Store, unit: Unit, length_unit: LengthUnit) -> None:
        self.store = store
        self.generation = store.generation
        self.unit = unit
        self.length_unit = length_unit
        self.sessions = store.sessions()
        self.by_date = {s.date: s for s in self.sessions}
        self.series: dict[str, ProgressSeries] = progress_series(self.sessions, unit)
        catalog = store.catalog()
        planned = [i.exercise for i in store.plan().items if i.exercise in self.series]
        others = sorted(set(self.series) - set(planned), key=catalog.name)
        self.exercises: tuple[str, ...] = (*planned, *others)
        self.names = {ex: catalog.name(ex) for ex in self.exercises}
        self._rows: dict[str, list[SessionRow]] = {}
        self._weeks: list[WeekRow] | None = None
        self._body: Body | None = None

    def fresh(self, store: Store, unit: Unit, length_unit: LengthUnit) -> bool:
        return (store is self.store and store.generation == self.generation
                and (unit, length_unit) == (self.unit, self.length_unit))

    def rows(self, exercise: str) -> list[SessionRow]:
        """The exercise's sessions oldest first, aligned with its series' points."""
        if exercise not in self._rows:
            series = self.series[exercise]
            days = [self.by_date[d] for d in series.dates]
            marks = records_by_day(days, self.unit, exercise)
            self._rows[exercise] = [
                SessionRow(
                    date=p.date,
                    e1rm="–" if p.best_e1rm is None else f"{p.best_e1rm:.1f}",
                    top=fmt_load(p.top_load),
                    records=" ".join(record_mark(r) for r in marks.get(p.date, ())),
                    sets=" ".join(entry_text(s) for s in self.by_date[p.date].working_sets_for(
                        exercise)),
                )
                for p in series.points
            ]
        return self._rows[exercise]

    def weeks(self, today: date) -> list[WeekRow]:
        """Every ISO week from the first session's to today's, oldest first, empty ones at 0."""
        if self._weeks is None:
            volume = weekly_muscle_volume(self.sessions, self.store.catalog(), self.unit)
            out: list[WeekRow] = []
            if self.sessions:
                monday = week_monday(iso_week(self.sessions[0].date))
                while monday <= today:
                    per = volume.get(iso_week(monday.isoformat()), {})
                    out.append(WeekRow(monday, tuple(
                        per[m].sets if m in per else 0.0 for m, _, _ in MUSCLES)))
                    monday += timedelta(days=7)
            self._weeks = out
        return self._weeks

    def body(self, today: date) -> Body:
        if self._body is None:
            checkins = self.store.checkins()
            points = weigh_ins(checkins, today)
            smooth = trend([kg for _, kg in points])
            self._body = Body(
                weights=tuple((d.toordinal(), from_kg(kg, self.unit)) for d, kg in points),
                trend=tuple((d.toordinal(), from_kg(kg, self.unit))
                            for (d, _), kg in zip(points, smooth, strict=True)),
                girths=tuple(c for c in checkins
                             if any(getattr(c, g) is not None for g in GIRTHS)),
            )
        return self._body


def since_ordinal(points: tuple[Point, ...], start: int) -> tuple[Point, ...]:
    return points[bisect_left(points, start, key=lambda p: p[0]):]


class ProgressionScreen(LegtuiScreen):
    CSS_PATH = str(styles_dir() / "progression.tcss")
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("left_square_bracket,b", "exercise(-1)", "Prev", id="prog.prev",
                tooltip="The previous exercise"),
        Binding("right_square_bracket,n", "exercise(1)", "Next", id="prog.next",
                tooltip="The next exercise"),
        Binding("w", "window", "Window", id="prog.window",
                tooltip="Cycle the time window: 3 months, 6 months, 1 year, all"),
        Binding("1", "tab('lift')", "Lift", id="prog.lift",
                tooltip="Estimated 1RM, top set and sessions with records"),
        Binding("2", "tab('volume')", "Volume", id="prog.volume",
                tooltip="Working sets a week per muscle against 10–20"),
        Binding("3", "tab('body')", "Body", id="prog.body",
                tooltip="Bodyweight with its trend, and waist, hip and thigh girth"),
    ]

    def __init__(self) -> None:
        super().__init__()
        self.data: ProgressData | None = None
        self.exercise: str | None = None
        self.window: Window = "1y"
        self._painted: dict[str, tuple[str | None, Window]] = {}  # tab -> what it shows

    def compose(self) -> ComposeResult:
        yield Header()
        yield Static(id="prog-title")
        with TabbedContent(id="prog-tabs", initial="lift"):
            with TabPane("Lift", id="lift"):
                yield DateChart(id="prog-lift-chart")
                yield FillingTable(id="prog-sessions")
            with TabPane("Volume", id="volume"):
                yield DateChart(id="prog-volume-chart")
                yield FillingTable(id="prog-weeks")
            with TabPane("Body", id="body"):
                yield DateChart(id="prog-body-chart")
                yield FillingTable(id="prog-girths")
        yield Footer()

    def on_mount(self) -> None:
        self.query_one("#prog-sessions", DataTable).add_columns(
            "date", "★", "e1RM", "top", "sets", "records")
        self.query_one("#prog-weeks", DataTable).add_columns(
            "week", *(title for _, title, _ in MUSCLES))
        self.query_one("#prog-girths", DataTable).add_columns("date", *GIRTHS)

    def on_screen_resume(self) -> None:
        self.refresh_data()
        self._focus_table()

    # -- data --------------------------------------------------------------------------------
    def refresh_data(self) -> None:
        profile = self.store.profile()
        if self.data is not None and self.data.fresh(self.store, profile.unit,
                                                     profile.length_unit):
            return  # nothing changed since the last render
        self.data = ProgressData(self.store, profile.unit, profile.length_unit)
        self._painted.clear()
        exercises = self.data.exercises
        if self.exercise not in exercises:
            self.exercise = exercises[0] if exercises else None
        self._render_all()

    def _start(self, today: date, first: str | None) -> date:
        months = {"3m": 3, "6m": 6, "1y": 12}.get(self.window)
        if months is not None:
            return months_before(today, months)
        return date.fromisoformat(first) if first else today

    # -- rendering ---------------------------------------------------------------------------
    def _render_all(self) -> None:
        """The title and the open tab; the others fill when they are opened."""
        self._render_title()
        active = self.query_one(TabbedContent).active or "lift"
        state = (self.exercise, self.window)
        if self._painted.get(active) == state:
            return  # this tab already shows exactly this
        self._painted[active] = state
        if active == "volume":
            self._render_volume()
        elif active == "body":
            self._render_body()
        else:
            self._render_lift()

    def _render_title(self) -> None:
        data, exercise = self.data, self.exercise
        title = self.query_one("#prog-title", Static)
        if data is None or exercise is None:
            title.update("No sessions yet: log a set from Today (t).")
            return
        series = data.series[exercise].window(self.window, self.clock.today())
        best = max((p.best_e1rm for p in series.points if p.best_e1rm is not None), default=None)
        best_text = f" · e1RM {best:.1f} {data.unit}" if best is not None else ""
        title.update(f"[b]{data.names[exercise]}[/b] · {WINDOW_NAMES[self.window]}{best_text}")

    def _render_lift(self) -> None:
        data, exercise = self.data, self.exercise
        table = self.query_one("#prog-sessions", FillingTable)
        chart = self.query_one("#prog-lift-chart", DateChart)
        today = self.clock.today()
        if data is None or exercise is None:
            chart.show([], today - timedelta(days=90), today, empty_text="No sessions yet")
            table.fill([])
            return
        full = data.series[exercise]
        series = full.window(self.window, today)
        start = self._start(today, full.dates[0] if full.dates else None)
        unit = data.unit
        e1rm_points = [(date.fromisoformat(p.date).toordinal(), p.best_e1rm)
                       for p in series.points if p.best_e1rm is not None]
        top_points = [(date.fromisoformat(p.date).toordinal(), p.top_load)
                      for p in series.points]
        chart.show(
            [Line(f"e1RM {unit}", e1rm_points, "orange"), Line(f"top {unit}", top_points, "cyan")],
            start, today,
        )
        rows = data.rows(exercise)[len(full.points) - len(series.points):]
        table.fill(
            (r.date, "★" if r.records else "", r.e1rm, r.top, r.sets, r.records)
            for r in reversed(rows)
        )

    def _render_volume(self) -> None:
        data = self.data
        if data is None:
            return
        today = self.clock.today()
        weeks = data.weeks(today)
        start = self._start(today, data.sessions[0].date if data.sessions else None)
        shown = [w for w in weeks if w.monday >= start - timedelta(days=6)]
        lines = [
            Line(title, [(w.monday.toordinal(), w.sets[i]) for w in shown], colour, keep="mean")
            for i, (_, title, colour) in enumerate(MUSCLES)
        ]
        self.query_one("#prog-volume-chart", DateChart).show(
            lines, start, today, guides=SETS_BAND, empty_text="No sessions in this window")
        self.query_one("#prog-weeks", FillingTable).fill(
            (w.monday.strftime("%d %b %y"), *(band_text(s) for s in w.sets))
            for w in reversed(shown)
        )

    def _render_body(self) -> None:
        data = self.data
        if data is None:
            return
        today = self.clock.today()
        body = data.body(today)
        first = date.fromordinal(body.weights[0][0]).isoformat() if body.weights else None
        start = self._start(today, first)
        unit = data.unit
        self.query_one("#prog-body-chart", DateChart).show(
            [
                Line(f"weight {unit}", since_ordinal(body.weights, start.toordinal()), "gray",
                     marker="dot", scatter=True, keep="mean"),
                Line("trend", since_ordinal(body.trend, start.toordinal()), "orange",
                     keep="mean"),
            ],
            start, today, empty_text="No weigh-ins in this window (check-in: c)",
        )
        lu = data.length_unit
        self.query_one("#prog-girths", FillingTable).fill(
            (c.date, *(girth_in(getattr(c, g), c.length_unit, lu) for g in GIRTHS))
            for c in reversed(body.girths) if c.date >= start.isoformat()
        )

    def _focus_table(self) -> None:
        pane = self.query_one(TabbedContent).active or "lift"
        self.query_one(f"#{pane} DataTable", DataTable).focus()

    # -- actions -----------------------------------------------------------------------------
    def action_exercise(self, step: int) -> None:
        if self.data is None or not self.data.exercises:
            self.notify("No exercises with sessions yet.")
            return
        exercises = self.data.exercises
        index = exercises.index(self.exercise) if self.exercise in exercises else 0
        self.exercise = exercises[(index + step) % len(exercises)]
        tabs = self.query_one(TabbedContent)
        if tabs.active == "lift":
            self._render_all()
        else:
            tabs.active = "lift"  # renders on TabActivated
        self._focus_table()

    def action_window(self) -> None:
        self.window = WINDOWS[(WINDOWS.index(self.window) + 1) % len(WINDOWS)]
        self._render_all()

    def action_tab(self, pane: str) -> None:
        self.query_one(TabbedContent).active = pane
        self._focus_table()

    def on_tabbed_content_tab_activated(self, event: TabbedContent.TabActivated) -> None:
        """A tab chosen with the mouse or the tab bar's own keys: fill it."""
        self._render_all()
