"""Pieces every PDF export shares: the bundled font, so Cyrillic prints as letters.

reportlab's built-in fonts have no Cyrillic (they print black boxes); the app bundles
DejaVu Sans (Bitstream Vera licence, see app/resources/fonts/LICENSE-DejaVu.txt) and
registers it once per process. Files are written with app.services.files.atomic_write.
"""

from __future__ import annotations

import threading
from importlib import resources
from xml.sax.saxutils import escape

REGULAR = "DejaVuSans"
BOLD = "DejaVuSans-Bold"

_lock = threading.Lock()
_registered = False


def pdf_fonts() -> tuple[str, str]:
    """The names of the regular and bold PDF fonts, registered with reportlab."""
    global _registered  # noqa: PLW0603 - registration is process-wide in reportlab too
    with _lock:
        if not _registered:
            from reportlab.lib.fonts import addMapping
            from reportlab.pdfbase import pdfmetrics
            from reportlab.pdfbase.ttfonts import TTFont

            folder = resources.files("app.resources").joinpath("fonts")
            for name in (REGULAR, BOLD):
                with resources.as_file(folder.joinpath(f"{name}.ttf")) as path:
                    pdfmetrics.registerFont(TTFont(name, str(path)))
            addMapping(REGULAR, 0, 0, REGULAR)
            addMapping(REGULAR, 1, 0, BOLD)
            addMapping(REGULAR, 0, 1, REGULAR)
            addMapping(REGULAR, 1, 1, BOLD)
            _registered = True
    return REGULAR, BOLD


def pdf_text(text: str) -> str:
    """User text made safe for a reportlab Paragraph, which parses markup: a note with
    ``<b`` would break the PDF, and ``<a href>`` would make a live link."""
    return escape(text).replace("\n", "<br/>")
