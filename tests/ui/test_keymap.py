"""Your own keys from config.toml: every binding id can be remapped, and the key bar, the help
screen and the README's generated table follow; bad entries give one warning and keep defaults."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from textual.binding import Binding
from textual.widgets import Static

from legtui.store import Store
from legtui.tui import keys_readme
from legtui.tui.app import LegtuiApp
from legtui.tui.keymap import load_keymap, valid_key
from legtui.tui.keys import binding_ids, pretty_keys
from legtui.tui.screens.help import HelpScreen
from legtui.tui.screens.log_sets import LogSetsScreen
from legtui.tui.widgets.key_bar import KeyBar
from tests.ui.conftest import frozen_now

DOCS = Path(__file__).resolve().parents[2] / "docs" / "keys.md"
BINDINGS = list(binding_ids())
IDS = [binding_id for binding_id, _, _ in BINDINGS]
# a distinct new key for every id: f1..f24, then ctrl+f1..ctrl+f24, then shift+f1...
NEW_KEYS = [f"{mod}f{n}" for mod in ("", "ctrl+", "shift+") for n in range(1, 25)]
REMAP = dict(zip(IDS, NEW_KEYS, strict=False))


def write_config(tmp_path: Path, keys: dict[str, str]) -> Path:
    lines = ["[keys]", *(f'"{k}" = "{v}"' for k, v in keys.items())]
    path = tmp_path / "config" / "legtui" / "config.toml"
    path.parent.mkdir(parents=True)
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


@pytest.fixture
def remapped_app(tmp_path: Path, store_path: Path) -> Callable[[], LegtuiApp]:
    config = write_config(tmp_path, REMAP)

    def make() -> LegtuiApp:
        return LegtuiApp(Store(store_path), now_fn=frozen_now, config=config)

    return make


def test_every_id_gets_its_own_new_key() -> None:
    assert len(REMAP) == len(IDS) and len(set(REMAP.values())) == len(IDS)


def bar(app: LegtuiApp) -> str:
    return app.screen.query_one(KeyBar).render_line(0).text


async def test_the_key_bar_and_the_keys_follow_the_keymap(
    remapped_app: Callable[[], LegtuiApp],
) -> None:
    app = remapped_app()
    async with app.run_test(size=(200, 30)) as pilot:
        await pilot.pause()
        shown = bar(app)
        for binding_id in ("today", "progression", "help", "quit"):
            key = REMAP[binding_id]
            assert f" {app.get_key_display(Binding(key, ''))} " in shown, (binding_id, shown)
        assert " t Today " not in shown and " ? Help " not in shown
        await pilot.press(REMAP["today.log"])  # was enter
        await pilot.pause()
        assert isinstance(app.screen, LogSetsScreen)
        await pilot.press("enter")  # the set field's own enter logs the prefilled set
        await pilot.pause()
        await pilot.press(REMAP["log.undo"])  # was ctrl+z
        await pilot.pause()
        assert "Undid" in str(app.screen.query_one("#log-message", Static).render())
        await pilot.press(REMAP["help"])
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        listing = app.screen.query(Static)[1]  # the keys, below the title
        help_text = "\n".join(listing.render_line(y).text for y in range(listing.size.height))
        assert f" {REMAP['today']} " in help_text and f" {REMAP['log.undo']} " in help_text


def test_help_and_the_readme_generator_list_every_remapped_key() -> None:
    from rich.console import Console

    from legtui.tui.screens.help import keys_help

    console = Console(width=120, record=True, file=open("/dev/null", "w"))  # noqa: SIM115
    console.print(keys_help(REMAP))
    help_text = console.export_text()
    table = keys_readme.markdown(REMAP)
    default = keys_readme.markdown()
    for binding_id, key in REMAP.items():
        assert f"`{pretty_keys(key)}`" in table, binding_id
        assert f" {pretty_keys(key)} " in help_text, binding_id
    assert "`ctrl+z`" in default and "`ctrl+z`" not in table


def test_unknown_ids_and_bad_keys_warn_once_and_keep_the_defaults(tmp_path: Path) -> None:
    config = write_config(tmp_path, {"log.undo": "f2", "log.nope": "f3", "help": "ctrl+",
                                     "quit": "hyperdrive"})
    loaded = load_keymap(config, BINDINGS)
    assert loaded.keys == {"log.undo": "f2"}
    assert loaded.warning is not None and "\n" not in loaded.warning
    for part in ("unknown binding id 'log.nope'", "bad key 'ctrl+' for help",
                 "bad key 'hyperdrive' for quit", "default keys kept"):
        assert part in loaded.warning


async def test_the_warning_is_shown_at_start(
    tmp_path: Path, store_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    config = write_config(tmp_path, {"log.nope": "f3", "log.undo": "f2"})
    app = LegtuiApp(Store(store_path), now_fn=frozen_now, config=config)
    shown: list[str] = []
    monkeypatch.setattr(app, "notify", lambda message, **_: shown.append(message))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert shown == [
            f"{config}: keys: unknown binding id 'log.nope' (default keys kept for those)"
        ]
        assert app.keymap == {"log.undo": "f2"}


def test_a_broken_file_keeps_every_default(tmp_path: Path) -> None:
    path = tmp_path / "config.toml"
    path.write_text("[keys\n", encoding="utf-8")
    loaded = load_keymap(path, BINDINGS)
    assert loaded.keys == {} and loaded.warning and "default keys kept" in loaded.warning
    assert load_keymap(tmp_path / "missing.toml", BINDINGS) == (
        load_keymap(tmp_path / "no.toml", BINDINGS))


def test_a_key_another_binding_of_the_screen_has_is_refused(tmp_path: Path) -> None:
    config = write_config(tmp_path, {"log.undo": "up", "log.ramp": "ctrl+z", "help": "f2",
                                     "quit": "question_mark"})
    loaded = load_keymap(config, BINDINGS)
    # `up` is log.sets' key, so log.undo keeps ctrl+z, and log.ramp cannot have it; help moves
    # off `?`, so quit can take it
    assert loaded.keys == {"help": "f2", "quit": "question_mark"}
    assert loaded.warning is not None
    assert "'up' for log.undo is log.sets's key" in loaded.warning


@pytest.mark.parametrize("key", ["f2", "ctrl+z", "shift+tab", "question_mark", "?", "x", "comma"])
def test_keys_textual_names(key: str) -> None:
    assert valid_key(key)


@pytest.mark.parametrize("key", ["", "ctrl+", "hyper+", "foo", "ctl+z", "f2 f3"])
def test_keys_it_cannot_name(key: str) -> None:
    assert not valid_key(key)


def test_the_docs_list_every_binding_id() -> None:
    text = DOCS.read_text(encoding="utf-8")
    for binding_id in IDS:
        assert f"`{binding_id}`" in text, binding_id
