from legtui.cli import main

raise SystemExit(main())
