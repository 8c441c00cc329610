from legtui.cli.entry import run

raise SystemExit(run())
