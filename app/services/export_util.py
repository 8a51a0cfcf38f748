"""Pieces every PDF export shares: the bundled font, so Cyrillic prints as letters, and
text made safe for reportlab's markup.

reportlab's built-in fonts have no Cyrillic (they print black boxes); the app bundles
DejaVu Sans (Bitstream Vera licence, see app/resources/fonts/LICENSE-DejaVu.txt).
Registration lives in one place, app.services.statistics.report_pdf.register_fonts, which also
makes it the default font of charts; registering it anywhere else first would skip
that. Files are written with app.services.files.atomic_write.
"""

from __future__ import annotations

from xml.sax.saxutils import escape


def pdf_fonts() -> tuple[str, str]:
    """The names of the regular and bold PDF fonts, registered with reportlab."""
    from app.services.statistics.report_pdf import FONT, FONT_BOLD, register_fonts

    register_fonts()
    return FONT, FONT_BOLD


def pdf_text(text: str) -> str:
    """User text made safe for a reportlab Paragraph, which parses markup: a note with
    ``<b`` would break the PDF, and ``<a href>`` would make a live link."""
    return escape(text).replace("\n", "<br/>")
