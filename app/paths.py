"""Where the user's data, logs and settings live (platformdirs)."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP_NAME = "InfolineDesk"
APP_AUTHOR = "Infoline"
DB_NAME = "infoline.sqlite3"
DEMO_DB_NAME = "infoline-demo.sqlite3"


def data_dir() -> Path:
    override = os.environ.get("INFOLINE_DATA_DIR")
    if override:
        return Path(override)
    return Path(platformdirs.user_data_dir(APP_NAME, APP_AUTHOR))


def log_dir() -> Path:
    override = os.environ.get("INFOLINE_DATA_DIR")
    if override:
        return Path(override) / "logs"
    return Path(platformdirs.user_log_dir(APP_NAME, APP_AUTHOR))


def default_db() -> Path:
    return data_dir() / DB_NAME


def demo_db() -> Path:
    return data_dir() / DEMO_DB_NAME
