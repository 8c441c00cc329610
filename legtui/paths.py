"""Every path legtui uses, in one place."""

from __future__ import annotations

import os
from pathlib import Path

ENV_DB = "LEGTUI_DB"
STORE_NAME = "legtui.json"
CONFIG_NAME = "config.toml"


def default_store_path() -> Path:
    """`<user data dir>/legtui/legtui.json` (platformdirs)."""
    from platformdirs import user_data_dir

    return Path(user_data_dir("legtui", appauthor=False)) / STORE_NAME


def resolve_store_path(cli_value: str | os.PathLike[str] | None) -> Path:
    """`--db PATH`, else `$LEGTUI_DB`, else the user data dir."""
    if cli_value:
        return Path(cli_value).expanduser()
    env = os.environ.get(ENV_DB)
    if env:
        return Path(env).expanduser()
    return default_store_path()


def backups_dir(store_path: Path) -> Path:
    return store_path.parent / "backups"


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
