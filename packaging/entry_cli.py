"""The frozen ``infoline`` command line (a console executable)."""

from app.cli import main

raise SystemExit(main())
