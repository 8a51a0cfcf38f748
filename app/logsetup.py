"""Logging to a rotating file in the user's log folder.

Loggers are named per area (app.db, app.contacts, app.ui…). Messages carry ids and
counts, never personal data: no names, phone numbers or note text.
"""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

from app import paths

FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


def setup(level: int = logging.INFO, folder: Path | None = None) -> Path | None:
    folder = folder or paths.log_dir()
    root = logging.getLogger("app")
    root.setLevel(level)
    try:
        folder.mkdir(parents=True, exist_ok=True)
        handler = logging.handlers.RotatingFileHandler(
            folder / "infoline.log", maxBytes=2_000_000, backupCount=5, encoding="utf-8"
        )
    except OSError:
        return None
    handler.setFormatter(logging.Formatter(FORMAT))
    if not any(isinstance(h, logging.handlers.RotatingFileHandler) for h in root.handlers):
        root.addHandler(handler)
    else:
        handler.close()
    return folder / "infoline.log"
