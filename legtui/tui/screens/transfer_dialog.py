"""Import and Export dialogs (opened from the command palette): the same actions as
`legtui import` and `legtui export`, with a dry-run preview before anything is written.

The file work runs in a thread worker, so keys never wait on a large import.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, ClassVar, cast

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Button, Checkbox, Input, Label, Select, Static

from legtui.core.model import UNITS, Unit
from legtui.store import Store, StoreError
from legtui.transfer import (
    APPS,
    CHECKIN_APPS,
    FORMATS,
    DaySummary,
    ImportSummary,
    TransferError,
    run_import,
    save_export,
)
from legtui.tui.plain import plain
from legtui.tui.screens.confirm import ConfirmScreen
from legtui.tui.widgets.text_input import TextInput

if TYPE_CHECKING:
    from legtui.tui.app import LegtuiApp

NO_UNIT_PROMPT = "from file"
# The importers' advice is for the command line; here the unit is a field of the dialog.
CLI_UNIT_ADVICE = "run the import again with --unit kg or --unit lb"
UI_UNIT_ADVICE = "choose kg or lb as the Unit above"


@dataclass(frozen=True, slots=True)
class ImportChoice:
    """What the dialog's fields say: the app, the file, the unit (None: the file says) and
    whether a food or scale import overwrites what an earlier import wrote."""

    app: str
    path: Path
    unit: Unit | None
    replace: bool = False


class TransferDialog(ModalScreen[None]):
    """What both dialogs share: the path field, the result and error lines, closing."""

    TITLE_TEXT = ""

    @property
    def store(self) -> Store:
        return cast("LegtuiApp", self.app).store

    def path_value(self) -> Path | None:
        """The typed path (with `~` expanded), or None after saying it is missing."""
        text = self.query_one("#transfer-path", Input).value.strip()
        if not text:
            self.show_error("type the file's path first")
            return None
        return Path(text).expanduser()

    def show_error(self, message: str) -> None:
        self.query_one("#transfer-error", Static).update(plain(message))
        self.query_one("#transfer-error").display = True

    def show_result(self, text: str) -> None:
        self.query_one("#transfer-error").display = False
        self.query_one("#transfer-result", Static).update(plain(text))

    def clear(self) -> None:
        self.query_one("#transfer-error").display = False
        self.query_one("#transfer-result", Static).update("")

    def on_mount(self) -> None:
        self.query_one("#transfer-box").border_title = self.TITLE_TEXT
        self.query_one("#transfer-error").display = False

    def action_close(self) -> None:
        self.dismiss(None)

    @on(Button.Pressed, "#transfer-close")
    def _close_pressed(self) -> None:
        self.action_close()


class ImportDialog(TransferDialog):
    """Choose the app, the file and (when the file does not say) the unit; preview; import."""

    TITLE_TEXT = "Import"
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "close", "Close", id="import.close", tooltip="Close; nothing changes"),
        Binding("enter", "preview", "Preview", id="import.preview",
                tooltip="Read the whole file and show what it would add; writes nothing"),
        Binding("ctrl+s", "run_import", "Import", id="import.run",
                tooltip="Import the previewed file (all or nothing)"),
    ]

    def __init__(self) -> None:
        super().__init__()
        self.previewed: ImportChoice | None = None

    def compose(self) -> ComposeResult:
        with Vertical(id="transfer-box", classes="dialog"):
            with Horizontal(classes="transfer-row"):
                yield Label("From", classes="transfer-label")
                yield Select([(a, a) for a in APPS], value=APPS[0], allow_blank=False,
                             id="import-app", compact=True)
                yield Label("Unit", classes="transfer-label")
                yield Select([(u, u) for u in UNITS], prompt=NO_UNIT_PROMPT, id="import-unit",
                             compact=True)
            yield TextInput(id="transfer-path", placeholder="file, e.g. ~/strong.csv", compact=True)
            yield Checkbox("overwrite values an earlier import wrote", id="import-replace",
                           compact=True)
            with VerticalScroll(id="transfer-scroll"):
                yield Static(id="transfer-result", markup=False)
            yield Static(id="transfer-error", classes="error", markup=False)
            with Horizontal(classes="transfer-buttons"):
                yield Button("enter Preview", id="import-preview", compact=True)
                yield Button("ctrl+s Import", id="import-run", compact=True, disabled=True)
                yield Button("esc Close", id="transfer-close", compact=True)

    def on_mount(self) -> None:
        super().on_mount()
        self.query_one("#import-replace").display = False
        self.query_one("#transfer-path", Input).focus()

    def choice(self) -> ImportChoice | None:
        path = self.path_value()
        if path is None:
            return None
        unit = self.query_one("#import-unit", Select).value
        app = self.query_one("#import-app", Select).value
        if not path.is_file() and not (app == "fitbit" and path.is_dir()):
            self.show_error(f"no file {path}")
            return None
        replace = self.query_one("#import-replace", Checkbox)
        return ImportChoice(str(app), path, cast(Unit, unit) if unit in UNITS else None,
                            replace.display and replace.value)

    @on(Input.Changed)
    @on(Select.Changed)
    @on(Checkbox.Changed)
    def _choice_changed(self) -> None:
        """A changed field needs a new preview before anything is imported."""
        app = self.query_one("#import-app", Select).value
        self.query_one("#import-replace").display = app in CHECKIN_APPS
        self.previewed = None
        self.query_one("#import-run", Button).disabled = True
        self.clear()

    @on(Input.Submitted)
    @on(Button.Pressed, "#import-preview")
    def action_preview(self) -> None:
        choice = self.choice()
        if choice is not None:
            self.show_result(f"reading {choice.path.name}…")
            self._import(choice, dry_run=True)

    @on(Button.Pressed, "#import-run")
    def action_run_import(self) -> None:
        choice = self.choice()
        if choice is None:
            return
        if choice != self.previewed:
            self.show_error("preview first (enter): nothing is imported unseen")
            return
        self.query_one("#import-run", Button).disabled = True
        self.show_result(f"importing {choice.path.name}…")
        self._import(choice, dry_run=False)

    @work(thread=True, exclusive=True, group="transfer")
    def _import(self, choice: ImportChoice, dry_run: bool) -> None:
        try:
            summary = run_import(self.store, choice.app, choice.path, choice.unit, dry_run,
                                 replace=choice.replace)
        except (TransferError, StoreError) as error:
            self.app.call_from_thread(self._failed, choice, str(error))
        else:
            self.app.call_from_thread(self._done, choice, summary)

    def _failed(self, choice: ImportChoice, message: str) -> None:
        self.query_one("#transfer-result", Static).update("")
        message = message.replace(CLI_UNIT_ADVICE, UI_UNIT_ADVICE)
        self.show_error(f"{choice.path.name}: {message}; nothing was imported")

    def _done(self, choice: ImportChoice, summary: ImportSummary | DaySummary) -> None:
        if summary.dry_run:
            self.previewed = choice
            self.query_one("#import-run", Button).disabled = False
            self.show_result(summary.text() + "\nctrl+s imports it")
            return
        self.previewed = None
        self.show_result(summary.text())
        cast("LegtuiApp", self.app).refresh_data()


class ExportDialog(TransferDialog):
    """Choose csv, strong or json and a file; it is written atomically."""

    TITLE_TEXT = "Export history"
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "close", "Close", id="export.close", tooltip="Close; nothing is written"),
        Binding("enter", "export", "Export", id="export.run",
                tooltip="Write the export to the file (asks before replacing one)"),
    ]

    def compose(self) -> ComposeResult:
        with Vertical(id="transfer-box", classes="dialog"):
            with Horizontal(classes="transfer-row"):
                yield Label("Format", classes="transfer-label")
                yield Select([(f, f) for f in FORMATS], value=FORMATS[0], allow_blank=False,
                             id="export-format", compact=True)
            yield TextInput(id="transfer-path", placeholder="file, e.g. ~/legtui.csv", compact=True)
            with VerticalScroll(id="transfer-scroll"):
                yield Static(id="transfer-result")
            yield Static(id="transfer-error", classes="error")
            with Horizontal(classes="transfer-buttons"):
                yield Button("enter Export", id="export-run", compact=True)
                yield Button("esc Close", id="transfer-close", compact=True)

    def on_mount(self) -> None:
        super().on_mount()
        self.query_one("#transfer-path", Input).focus()

    @on(Input.Submitted)
    @on(Button.Pressed, "#export-run")
    def action_export(self) -> None:
        path = self.path_value()
        if path is not None:
            fmt = str(self.query_one("#export-format", Select).value)
            self._export(fmt, path)

    @work(exclusive=True, group="transfer")
    async def _export(self, fmt: str, path: Path) -> None:
        if path.is_dir():
            self.show_error(f"{path} is a folder; type a file name")
            return
        if path.exists() and not await self.app.push_screen_wait(
            ConfirmScreen(f"Replace {path}?")
        ):
            return
        self.show_result(f"writing {path.name}…")
        self._write(fmt, path)

    @work(thread=True, exclusive=True, group="transfer-write")
    def _write(self, fmt: str, path: Path) -> None:
        try:
            save_export(self.store, fmt, path)
        except StoreError as error:
            message = str(error)
        except OSError as error:
            message = f"cannot write {path}: {error.strerror or error}"
        else:
            self.app.call_from_thread(self.show_result, f"wrote the {fmt} export to {path}")
            return
        self.app.call_from_thread(self._write_failed, message)

    def _write_failed(self, message: str) -> None:
        self.query_one("#transfer-result", Static).update("")
        self.show_error(message)
