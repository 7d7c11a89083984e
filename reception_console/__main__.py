from reception_console.cli import main

raise SystemExit(main())
