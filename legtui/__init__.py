"""legtui: a keyboard-first terminal workout logger for the back of the legs."""

__version__ = "0.1.0"
