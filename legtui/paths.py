"""Every path legtui uses, in one place."""

from __future__ import annotations

import os
import posixpath
import sys
from pathlib import Path

ENV_DB = "LEGTUI_DB"
STORE_NAME = "legtui.json"
CONFIG_NAME = "config.toml"


def default_store_path() -> Path:
    """`<user data dir>/legtui/legtui.json`: the platformdirs user data dir."""
    return (_xdg_data_home() or _platformdirs_data_home()) / "legtui" / STORE_NAME


def _xdg_data_home() -> Path | None:
    """On Linux, the XDG data home when it is plain: an absolute `$XDG_DATA_HOME`, else an absolute
    `$HOME`'s `.local/share`, which is what platformdirs gives then (a test compares them). Not
    importing platformdirs (and the `tempfile` and `random` it loads) spares `legtui log` 5 ms.
    Anything else (a relative value, Android, another system) is left to platformdirs."""
    if sys.platform != "linux" or "ANDROID_DATA" in os.environ:
        return None
    xdg = os.environ.get("XDG_DATA_HOME", "")
    if xdg:
        return Path(xdg) if posixpath.isabs(xdg) else None
    home = os.environ.get("HOME", "")
    return Path(home) / ".local" / "share" if posixpath.isabs(home) else None


def _platformdirs_data_home() -> Path:
    from platformdirs import user_data_dir

    return Path(user_data_dir(appauthor=False))


def resolve_store_path(cli_value: str | os.PathLike[str] | None) -> Path:
    """`--db PATH`, else `$LEGTUI_DB`, else the user data dir."""
    if cli_value:
        return Path(cli_value).expanduser()
    env = os.environ.get(ENV_DB)
    if env:
        return Path(env).expanduser()
    return default_store_path()


def through_link(store_path: Path) -> Path:
    """The file a symlinked store points to (writes go through to it; its lock and backups sit
    beside it); any other path as it is."""
    return Path(os.path.realpath(store_path)) if store_path.is_symlink() else store_path


def shared_backups_dir(store_path: Path) -> Path:
    """`backups/` beside the store: where older legtui versions kept every store's backups."""
    return store_path.parent / "backups"


def backups_dir(store_path: Path) -> Path:
    """This store's own backups: `backups/<store file name>/`, so two stores in one folder
    never share them."""
    return shared_backups_dir(store_path) / store_path.name


def lock_path(store_path: Path) -> Path:
    return store_path.with_name(store_path.name + ".lock")


def styles_dir() -> Path:
    """The .tcss folder: inside the installed package, or the top-level `styles/` in a checkout."""
    here = Path(__file__).resolve().parent
    packaged = here / "styles"
    if packaged.is_dir():
        return packaged
    return here.parent / "styles"


def config_path() -> Path:
    """`$XDG_CONFIG_HOME/legtui/config.toml`, else the user config dir's (platformdirs; on
    Linux `~/.config/legtui/config.toml`)."""
    base = os.environ.get("XDG_CONFIG_HOME")
    if base:
        return Path(base).expanduser() / "legtui" / CONFIG_NAME
    from platformdirs import user_config_dir

    return Path(user_config_dir("legtui", appauthor=False)) / CONFIG_NAME
