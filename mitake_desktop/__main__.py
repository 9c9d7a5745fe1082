from mitake_desktop.cli import main

raise SystemExit(main())
