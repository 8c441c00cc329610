"""Today: the date, whether it is a training day, each planned exercise with last time and the
next target, the check-in status and the week's sessions. `enter` opens Log sets.
"""

from __future__ import annotations

from typing import ClassVar

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.widgets import Header, OptionList, Static
from textual.widgets.option_list import Option

from legtui.core.overload import Suggestion
from legtui.core.setspec import set_label
from legtui.core.text import shown
from legtui.services.gym import ExerciseDay, TodayOverview, today_overview, week_strip
from legtui.tui.screens.base import LegtuiScreen
from legtui.tui.widgets.key_bar import KeyBar


def target_text(sug: Suggestion) -> str:
    load = "bw" if sug.load == 0 else f"{sug.load:g} {sug.unit}"
    reps = "·".join(str(r) for r in sug.reps)
    tempo = f" {sug.tempo}" if sug.tempo else ""
    return f"{load} × {reps}{tempo}"


def last_text(ex: ExerciseDay) -> str:
    if ex.last is None:
        return "first time"
    sets = [set_label(s, ex.suggestion.unit) for s in ex.last.working_sets_for(ex.item.exercise)]
    return f"{ex.last.date[5:]}: {' '.join(sets)}"


def fit(text: str, width: int) -> str:
    return text if len(text) <= width else text[: max(width - 1, 0)] + "…"


def exercise_prompt(ex: ExerciseDay, width: int) -> Text:
    """Two lines, each cut to `width`: the name and the next target, then last time's sets."""
    done = ex.working_done
    mark = "✓ " if done >= ex.suggestion.sets else (f"{done}/{ex.suggestion.sets} " if done else "")
    group = f"⇄{shown(ex.item.group, one_line=True)} " if ex.item.group else ""
    name = f"{mark}{group}{shown(ex.exercise.name, one_line=True)}"
    text = Text()
    text.append(name, style="bold")
    text.append(fit(f"  {target_text(ex.suggestion)}", width - len(name)))
    text.append("\n" + fit(f"  {ex.suggestion.kind} · last {last_text(ex)}", width), style="dim")
    return text


WEEK_MARKS = {
    "done": ("✓", "bold $success"),
    "today": ("▸", "bold $accent"),
    "planned": ("○", "bold"),
    "missed": ("✗", "$warning"),
    "rest": ("", "$text-muted"),
}


def week_text(overview: TodayOverview) -> str:
    """`Week 1/3  Mon✓ Tue Wed▸ Thu Fri○ Sat Sun` with Textual markup."""
    days = " ".join(
        f"[{WEEK_MARKS[state][1]}]{label}{WEEK_MARKS[state][0]}[/]"
        for label, state in week_strip(overview)
    )
    return f"Week {overview.week_done}/{overview.week_planned}  {days}"


class TodayScreen(LegtuiScreen):
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding(
            "enter", "open_log", "Log sets", id="today.log", tooltip="Log sets of this exercise"
        ),
        Binding("j", "move(1)", "Down", show=False, id="today.down", tooltip="Next exercise"),
        Binding("k", "move(-1)", "Up", show=False, id="today.up", tooltip="Previous exercise"),
    ]

    def __init__(self) -> None:
        super().__init__()
        self.overview: TodayOverview | None = None
        self._width = 0

    def compose(self) -> ComposeResult:
        yield Header()
        yield Static(id="today-date")
        yield Static(id="today-workout")
        yield Static(id="today-setup")
        yield OptionList(id="today-exercises")
        yield Static(id="today-checkin")
        yield Static(id="today-week")
        yield KeyBar()

    def on_screen_resume(self) -> None:
        """Shown (first time, or back from Log sets): re-read the store if it changed."""
        self.refresh_if_stale()
        self.query_one(OptionList).focus()

    def refresh_data(self) -> None:
        overview = today_overview(self.store, self.clock)
        self.overview = overview
        day = overview.day.strftime("%a %d %b %Y")
        if overview.training_day:
            status = "training day"
        elif overview.next_training:
            status = f"rest day · next {overview.next_training.strftime('%a %d')}"
        else:
            status = "no training days set (s)"
        self.query_one("#today-date", Static).update(f"[b]{day}[/b] · {status}")
        workout = self.query_one("#today-workout", Static)
        empty = "" if overview.exercises else " · no exercises yet (s)"
        workout.update(Text(f"Workout {overview.workout.line}{empty}"))
        workout.display = overview.workout_count > 1
        setup = self.query_one("#today-setup", Static)
        setup.update("New here? [b]s[/b]: units, body data, training days")
        setup.display = not overview.has_profile
        options = self.query_one(OptionList)
        keep = options.highlighted or 0
        options.clear_options()
        width = self._width = self._line_width()
        options.add_options(
            Option(exercise_prompt(ex, width), id=ex.item.exercise) for ex in overview.exercises
        )
        if overview.exercises:
            options.highlighted = min(keep, len(overview.exercises) - 1)
        missing = overview.checkin_missing
        checkin = "Check-in done ✓" if not missing else f"Check-in [b]c[/b]: {' '.join(missing)}?"
        self.query_one("#today-checkin", Static).update(checkin)
        self.query_one("#today-week", Static).update(week_text(overview))

    def _line_width(self) -> int:
        return max(self.app.size.width - 5, 20)

    def on_resize(self) -> None:
        # the exercise lines are cut to the width (Textual also sends a resize at start-up)
        if self.overview is not None and self._line_width() != self._width:
            self.refresh_data()

    def action_move(self, step: int) -> None:
        options = self.query_one(OptionList)
        if step > 0:
            options.action_cursor_down()
        else:
            options.action_cursor_up()

    def action_open_log(self) -> None:
        options = self.query_one(OptionList)
        if options.highlighted is None or self.overview is None:
            return
        self._open(options.get_option_at_index(options.highlighted).id)

    @on(OptionList.OptionSelected)
    def _selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self._open(event.option.id)

    def _open(self, exercise: str | None) -> None:
        from legtui.tui.screens.log_sets import LogSetsScreen

        if exercise is not None:
            self.app.push_screen(LogSetsScreen(exercise))
