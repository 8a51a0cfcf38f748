"""A report's charts alone, for presentations: SVG (reportlab's own renderer) or PNG.

The charts are reportlab drawings of rectangles, lines and text
(:func:`app.services.statistics.report_pdf.bar_chart`); the PNG is drawn from the same
shapes with Pillow in the bundled DejaVu Sans, so the three forms show the same chart.
"""

from __future__ import annotations

import io
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

from app.services.files import atomic_write
from app.services.statistics.report import ChartData, ReportError

SCALE = 3.0
"""Pixels per point of a PNG saved alone (216 dpi: sharp on a projector and in print)."""
DOCUMENT_SCALE = 2.0
"""Pixels per point of a chart inside the DOCX (144 dpi at its printed size)."""


@cache
def _font(bold: bool, size: float, scale: float) -> Any:
    from PIL import ImageFont

    name = "DejaVuSans-Bold.ttf" if bold else "DejaVuSans.ttf"
    with resources.as_file(resources.files("app.resources").joinpath("fonts", name)) as p:
        return ImageFont.truetype(str(p), max(round(size * scale), 1))


def _rgb(colour: Any) -> tuple[int, int, int] | None:
    if colour is None:
        return None
    return (int(colour.red * 255), int(colour.green * 255), int(colour.blue * 255))


def drawing_png(drawing: Any, scale: float = SCALE) -> bytes:
    """The PNG of a drawing made of Rect, Line and String shapes."""
    from PIL import Image, ImageDraw
    from reportlab.graphics.shapes import Line, Rect, String

    SCALE = scale  # noqa: N806 - the module's scale, for this picture
    width, height = int(drawing.width * SCALE) + 2, int(drawing.height * SCALE) + 2
    image = Image.new("RGB", (width, height), "white")
    draw = ImageDraw.Draw(image)

    def y(v: float) -> float:
        return height - 1 - v * SCALE

    for shape in drawing.contents:
        if isinstance(shape, Rect):
            box = [shape.x * SCALE, y(shape.y + shape.height), (shape.x + shape.width) * SCALE,
                   y(shape.y)]
            draw.rectangle(box, fill=_rgb(shape.fillColor), outline=_rgb(shape.strokeColor),
                           width=max(int(shape.strokeWidth * SCALE), 1))
        elif isinstance(shape, Line):
            draw.line([shape.x1 * SCALE, y(shape.y1), shape.x2 * SCALE, y(shape.y2)],
                      fill=_rgb(shape.strokeColor) or (0, 0, 0),
                      width=max(int(shape.strokeWidth * SCALE), 1))
        elif isinstance(shape, String):
            font = _font("Bold" in (shape.fontName or ""), shape.fontSize, scale)
            anchor = {"end": "rs", "middle": "ms"}.get(shape.textAnchor, "ls")
            draw.text((shape.x * SCALE, y(shape.y)), shape.text, font=font,
                      fill=_rgb(shape.fillColor) or (0, 0, 0), anchor=anchor)
    out = io.BytesIO()
    image.save(out, "PNG", dpi=(72 * SCALE, 72 * SCALE), compress_level=3)
    return out.getvalue()


def chart_png(data: ChartData, width: float | None = None, scale: float = SCALE) -> bytes:
    from app.services.statistics.report_pdf import FRAME_WIDTH, bar_chart

    return drawing_png(bar_chart(data, width or FRAME_WIDTH), scale)


def chart_svg(data: ChartData, width: float | None = None) -> bytes:
    from reportlab.graphics import renderSVG

    from app.services.statistics.report_pdf import FRAME_WIDTH, bar_chart

    out = io.StringIO()
    renderSVG.drawToFile(bar_chart(data, width or FRAME_WIDTH), out)
    return out.getvalue().encode("utf-8")


def write_chart(data: ChartData, path: Path | str) -> Path:
    """Write one chart as .png or .svg (the file name says which)."""
    target = Path(path)
    suffix = target.suffix.lower()
    if suffix not in (".png", ".svg"):
        raise ReportError(f"{target.name}: a chart is written as .png or .svg")
    if not target.parent.is_dir():
        raise ReportError(f"{target.parent}: no such folder")
    data_bytes = chart_png(data) if suffix == ".png" else chart_svg(data)
    try:
        with atomic_write(target, "wb") as f:
            f.write(data_bytes)
    except OSError as exc:
        raise ReportError(f"{target}: cannot write ({exc.strerror or exc})") from exc
    return target
