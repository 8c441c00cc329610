"""Your own keys: `[keys]` in `$XDG_CONFIG_HOME/legtui/config.toml` maps binding ids to keys,

    [keys]
    "log.undo" = "f2"
    "help" = "f1,question_mark"

applied with Textual's keymap (App.set_keymap), so the key bar, the help screen and the README's
table follow it. An unknown id, a key Textual cannot name, or a key another binding of the same
screen has is left out, with one warning line at start; its default key stays. Every binding id
is listed in docs/keys.md.
"""

from __future__ import annotations

import string
import tomllib
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path

from textual.keys import Keys

MODIFIERS = frozenset({"ctrl", "shift", "alt", "meta", "super", "hyper"})
# Key names Textual understands: its named keys, and the names of the printable characters
# (`question_mark`, `comma`: a keymap value is split on commas, so `,` itself is `comma`).
_NAMED = frozenset(
    {k.value for k in Keys if not k.value.startswith("<")}
    | {
        unicodedata.name(c).lower().replace("-", "_").replace(" ", "_")
        for c in string.printable
        if c.isprintable()
    }
)


@dataclass(frozen=True, slots=True)
class LoadedKeymap:
    keys: dict[str, str]  # binding id -> keys, only the valid entries
    warning: str | None  # one line naming what was left out, or None


def valid_key(key: str) -> bool:
    """`f2`, `ctrl+z`, `shift+tab`, `question_mark`, `?`, `x`."""
    *mods, base = key.strip().split("+") if key.strip() != "+" else ["+"]
    if not base or any(m not in MODIFIERS for m in mods):
        return False
    return (len(base) == 1 and base.isprintable()) or base in _NAMED


Bindings = Iterable[tuple[str, str, str]]  # (binding id, section, default keys)


def _key_name(key: str) -> str:
    """A key as Textual names it in a keymap (`?` is `question_mark`)."""
    key = key.strip()
    if len(key) == 1 and not key.isalnum():
        return unicodedata.name(key).lower().replace("-", "_").replace(" ", "_")
    return key


def _keys(value: str) -> set[str]:
    return {_key_name(k) for k in value.split(",")}


def read_keymap(table: Mapping[str, object], bindings: Bindings) -> LoadedKeymap:
    """The valid entries of a `[keys]` table and one warning line for the rest: an unknown id,
    a key Textual cannot name, or a key another binding of the same screen already has."""
    known = {binding_id: (section, default) for binding_id, section, default in bindings}
    keys: dict[str, str] = {}
    problems: list[str] = []
    for binding_id, value in table.items():
        if binding_id not in known:
            problems.append(f"unknown binding id {binding_id!r}")
        elif not isinstance(value, str) or not value.strip() or not all(
            valid_key(k) for k in value.split(",")
        ):
            problems.append(f"bad key {value!r} for {binding_id}")
        else:
            keys[binding_id] = ",".join(k.strip() for k in value.split(","))
    for binding_id in list(keys):
        section = known[binding_id][0]
        mine = _keys(keys[binding_id])
        taken = [
            other for other, (where, default) in known.items()
            if other != binding_id and where == section
            and mine & _keys(keys.get(other, default))
        ]
        if taken:
            problems.append(f"{keys.pop(binding_id)!r} for {binding_id} is {taken[0]}'s key")
    warning = None
    if problems:
        warning = f"keys: {'; '.join(problems)} (default keys kept for those)"
    return LoadedKeymap(keys, warning)


def load_keymap(path: Path, bindings: Bindings) -> LoadedKeymap:
    """The `[keys]` table of the config file; nothing (and no warning) when there is no file."""
    try:
        with path.open("rb") as handle:
            data = tomllib.load(handle)
    except FileNotFoundError:
        return LoadedKeymap({}, None)
    except (OSError, tomllib.TOMLDecodeError) as error:
        return LoadedKeymap({}, f"{path}: {error} (default keys kept)")
    table = data.get("keys", {})
    if not isinstance(table, dict):
        return LoadedKeymap({}, f"{path}: [keys] must be a table (default keys kept)")
    loaded = read_keymap(table, bindings)
    if loaded.warning:
        return LoadedKeymap(loaded.keys, f"{path}: {loaded.warning}")
    return loaded
