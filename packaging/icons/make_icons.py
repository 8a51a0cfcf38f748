"""Draw the app icon: infoline-desk.png (256 px, Linux) and infoline-desk.ico (Windows).

    QT_QPA_PLATFORM=offscreen python3 packaging/icons/make_icons.py

The drawing below is the icon's source (drawn for this app; GPL like the app). A speech
bubble with an "i" on the infoline's blue; the files are committed, so a build does not
need to run this.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QGuiApplication, QImage, QPainter, QPolygonF

HERE = Path(__file__).resolve().parent


def draw(size: int) -> QImage:
    img = QImage(size, size, QImage.Format.Format_ARGB32)
    img.fill(Qt.GlobalColor.transparent)
    p = QPainter(img)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    s = size / 256
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(QBrush(QColor("#1d5b8c")))
    p.drawRoundedRect(QRectF(8 * s, 8 * s, 240 * s, 240 * s), 44 * s, 44 * s)
    p.setBrush(QBrush(QColor("#ffffff")))
    p.drawRoundedRect(QRectF(40 * s, 46 * s, 176 * s, 128 * s), 36 * s, 36 * s)
    p.drawPolygon(QPolygonF([QPointF(78 * s, 160 * s), QPointF(130 * s, 160 * s),
                             QPointF(70 * s, 214 * s)]))
    p.setBrush(QBrush(QColor("#1d5b8c")))
    p.drawEllipse(QPointF(128 * s, 74 * s), 13 * s, 13 * s)
    p.drawRoundedRect(QRectF(116 * s, 96 * s, 24 * s, 62 * s), 8 * s, 8 * s)
    p.end()
    return img


def main() -> int:
    QGuiApplication(sys.argv[:1])
    draw(256).save(str(HERE / "infoline-desk.png"))
    if not draw(256).save(str(HERE / "infoline-desk.ico"), "ICO"):
        print("make_icons: Qt's ICO writer is missing", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
