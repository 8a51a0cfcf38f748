"""The app's icon and the navigation pages' icons, built from resources/icons/ by
scripts/build_resources.py into PNGs at several sizes (the package loads no SVG)."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from PySide6.QtGui import QIcon

FOLDER = Path(__file__).resolve().parent.parent / "resources" / "icons"
NAV_SIZES = (16, 24, 32, 48)
APP_SIZES = (16, 24, 32, 48, 64, 128, 256)
# Pages that share a drawing: a consultant's own reviews are the quality area's.
NAV_ALIASES = {"my_reviews": "quality"}


def _icon(stem: Path, sizes: tuple[int, ...]) -> QIcon:
    icon = QIcon()
    for size in sizes:
        path = stem.parent / f"{stem.name}-{size}.png"
        if path.is_file():
            icon.addFile(str(path))
    return icon


@cache
def app_icon() -> QIcon:
    return _icon(FOLDER / "infoline-desk", APP_SIZES)


@cache
def nav_icon(key: str) -> QIcon:
    """The icon of navigation page ``key``; an empty icon for a page without one."""
    return _icon(FOLDER / "nav" / NAV_ALIASES.get(key, key), NAV_SIZES)
