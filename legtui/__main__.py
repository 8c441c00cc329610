from legtui.cli.main import main

raise SystemExit(main())
