from ictviewer.cli import main

raise SystemExit(main())
