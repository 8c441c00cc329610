"""What each rest alert setting writes, and that an exercise's name cannot break out of it."""

from __future__ import annotations

from legtui.tui.rest_alert import alert_text, notification


def test_each_setting_writes_its_parts() -> None:
    body = "rest over — Hip thrust, set 2"
    both = alert_text("both", body, in_tmux=False)
    assert both == (f"\x07\x1b]9;legtui: {body}\x07\x1b]777;notify;legtui;{body}\x07")
    assert alert_text("bell", body, in_tmux=False) == "\x07"
    assert alert_text("notification", body, in_tmux=False) == both[1:]
    assert alert_text("off", body, in_tmux=False) == ""


def test_tmux_passthrough_doubles_every_escape() -> None:
    wrapped = notification("rest over", in_tmux=True)
    assert wrapped == (
        "\x1bPtmux;\x1b\x1b]9;legtui: rest over\x07\x1b\\"
        "\x1bPtmux;\x1b\x1b]777;notify;legtui;rest over\x07\x1b\\"
    )


def test_control_characters_in_a_name_are_dropped() -> None:
    sent = notification("rest over — evil\x07\x1b]2;pwned\x1b\\\x9c; x", in_tmux=False)
    assert sent.count("\x07") == 2 and sent.count("\x1b") == 2 and "\x9c" not in sent
    assert "evil]2,pwned\\, x" in sent
