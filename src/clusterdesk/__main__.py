from clusterdesk.cli import main

raise SystemExit(main())
