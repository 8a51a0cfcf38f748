"""The frozen ``infoline-desk`` desktop app (a windowed executable: no console)."""

from app.desktop import main

raise SystemExit(main())
