"""The frozen program on Linux: one executable, two names.

``infoline-desk`` (a link to it, for the menu and the desktop) opens the desktop app;
``infoline`` is the command line. Linux has no windowed/console split, so one
executable serves both and the package carries its bytecode once (each PyInstaller
executable holds its own copy, about 18 MB). Windows keeps two executables: a windowed
one has no console to print to.
"""

import os
import sys

if os.path.basename(sys.argv[0]) == "infoline-desk":
    from app.desktop import main
else:
    from app.cli import main

raise SystemExit(main())
