"""The alert when a rest is over: the terminal bell and a desktop notification that a phone's SSH
client (Blink) or a desktop terminal (iTerm2, kitty, WezTerm) turns into an alert.

The notification goes out twice, as OSC 9 (`ESC ] 9 ; text BEL`: iTerm2, WezTerm, kitty, Blink)
and OSC 777 (`ESC ] 777 ; notify ; title ; body BEL`: kitty, WezTerm, foot, VTE terminals).
Inside tmux ($TMUX set) each is wrapped in tmux's passthrough sequence (`ESC P tmux ; ... ESC \\`,
every ESC inside doubled), which tmux forwards only with `set -g allow-passthrough on`.
The bell needs no wrapping. See docs/rest-alert.md.
"""

from __future__ import annotations

import os
import re

from textual.app import App

from legtui.core.model import RestAlert
from legtui.tui.textual_hooks import write_to_terminal

BEL = "\x07"
ESC = "\x1b"
TITLE = "legtui"
# C0 and C1 controls (and DEL): a custom exercise's name must never end or extend a sequence.
_CONTROLS = re.compile(r"[\x00-\x1f\x7f-\x9f]")


def _plain(text: str) -> str:
    return _CONTROLS.sub("", text).replace(";", ",")


def tmux_wrapped(sequence: str) -> str:
    """`sequence` in tmux's passthrough: DCS tmux; with each ESC doubled, then ST."""
    return f"{ESC}Ptmux;{sequence.replace(ESC, ESC + ESC)}{ESC}\\"


def notification(body: str, in_tmux: bool) -> str:
    """OSC 9 and OSC 777 for `legtui: <body>`, wrapped for tmux when inside it."""
    body = _plain(body)
    sequences = [f"{ESC}]9;{TITLE}: {body}{BEL}", f"{ESC}]777;notify;{TITLE};{body}{BEL}"]
    if in_tmux:
        sequences = [tmux_wrapped(s) for s in sequences]
    return "".join(sequences)


def alert_text(mode: RestAlert, body: str, in_tmux: bool) -> str:
    """Everything to write to the terminal for `mode`; empty when the alert is off."""
    out = BEL if mode in ("bell", "both") else ""
    if mode in ("notification", "both"):
        out += notification(body, in_tmux)
    return out


def send_rest_alert(app: App[object], mode: RestAlert, body: str) -> None:
    """Write the alert to the terminal the app runs in (nothing when headless)."""
    text = alert_text(mode, body, in_tmux=bool(os.environ.get("TMUX")))
    if text:
        write_to_terminal(app, text)
