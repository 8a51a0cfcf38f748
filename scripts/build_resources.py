"""Build what the package loads from the sources in resources/ (see docs/resources.md).

    python3 scripts/build_resources.py                # icons, the user guide, translations
    python3 scripts/build_resources.py --screenshots  # also retake the guide's screenshots
    python3 scripts/build_resources.py --check        # what is stale; exit 1 if anything

Sources (edited by people) -> built files (committed, loaded by the app):

    resources/icons/infoline-desk.svg  -> app/resources/icons/infoline-desk-<size>.png,
                                          packaging/icons/infoline-desk.png and .ico
    resources/icons/nav/<page>.svg     -> app/resources/icons/nav/<page>-<size>.png
    resources/guide/<lang>/<page>.md   -> app/resources/guide/<lang>/<page>.html
    the .ts catalogues (TS_DIR of scripts/translations.py) -> app/resources/translations/*.qm

The guide's screenshots are made by the app itself (``infoline screenshots``), scaled
and stored under app/resources/guide/<lang>/images/ by ``--screenshots``; the guide's
pages say which ones they show. app/resources/built.json records the hash of every
source and built file; tests/test_resources_fresh.py fails when a built file is missing,
edited by hand or older than its source. Works the same on Windows and Linux (Qt's own
SVG renderer, no shell).
"""

from __future__ import annotations

import argparse
import hashlib
import html
import json
import os
import re
import subprocess
import sys
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SOURCES = ROOT / "resources"
BUILT = ROOT / "app" / "resources"
MANIFEST = BUILT / "built.json"
ICON_SIZES = (16, 24, 32, 48)
APP_ICON_SIZES = (16, 24, 32, 48, 64, 128, 256)
GUIDE_LANGS = ("ru", "be", "en")
SCREENSHOT_WIDTH = 1024
"""The guide's screenshots are stored this wide (the screens are taken at 1366×768)."""
SHOT_DISPLAY_WIDTH = 800
"""How wide the guide shows a screenshot (printing uses the full width stored)."""
CONTENTS = {"ru": "Содержание", "be": "Змест", "en": "Contents"}


@dataclass
class Output:
    """One built file: where, from which sources, and how it is made."""

    path: Path
    sources: list[Path]
    make: Callable[[], bytes]
    text: bool = False  # pure Python from the sources: the test rebuilds and compares it
    extra: dict[str, str] = field(default_factory=dict)


def rel(path: Path) -> str:
    return path.resolve().relative_to(ROOT).as_posix()


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


# -- icons --

_app: list[object] = []  # the QGuiApplication, kept alive while the build runs


def _qt() -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    if not _app:
        _app.append(QGuiApplication.instance() or QGuiApplication(sys.argv[:1]))


def render_svg(svg: Path, size: int):  # type: ignore[no-untyped-def]
    _qt()
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"build_resources: {rel(svg)}: not a valid SVG")
    img = QImage(size, size, QImage.Format.Format_ARGB32)
    img.fill(Qt.GlobalColor.transparent)
    p = QPainter(img)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(p)
    p.end()
    return img


def image_bytes(img, fmt: str) -> bytes:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice

    data = QByteArray()
    buf = QBuffer(data)
    buf.open(QIODevice.OpenModeFlag.WriteOnly)
    if not img.save(buf, fmt):
        raise SystemExit(f"build_resources: Qt cannot write {fmt} images here")
    buf.close()
    return bytes(data.data())


def png(svg: Path, size: int) -> Callable[[], bytes]:
    return lambda: image_bytes(render_svg(svg, size), "PNG")


def icon_outputs() -> list[Output]:
    out: list[Output] = []
    app_svg = SOURCES / "icons" / "infoline-desk.svg"
    for size in APP_ICON_SIZES:
        out.append(Output(BUILT / "icons" / f"infoline-desk-{size}.png", [app_svg],
                          png(app_svg, size)))
    out.append(Output(ROOT / "packaging" / "icons" / "infoline-desk.png", [app_svg],
                      png(app_svg, 256)))
    out.append(Output(ROOT / "packaging" / "icons" / "infoline-desk.ico", [app_svg],
                      lambda: image_bytes(render_svg(app_svg, 256), "ICO")))
    for svg in sorted((SOURCES / "icons" / "nav").glob("*.svg")):
        for size in ICON_SIZES:
            out.append(Output(BUILT / "icons" / "nav" / f"{svg.stem}-{size}.png", [svg],
                              png(svg, size)))
    return out


# -- the user guide: a small, strict Markdown --

INLINE = re.compile(r"!\[([^\]]*)\]\(([^)\s]+)\)|\[([^\]]+)\]\(([^)\s]+)\)|\*\*(.+?)\*\*"
                    r"|`([^`]+)`")
HEADING = re.compile(r"^(#{1,3})\s+(.*?)(?:\s+\{#([a-z0-9-]+)\})?\s*$")


class GuideError(ValueError):
    pass


def inline(text: str) -> str:
    out, pos = [], 0
    for m in INLINE.finditer(text):
        out.append(html.escape(text[pos:m.start()], quote=False))
        alt, src, label, href, bold, code = m.groups()
        if src is not None:
            out.append(f'<img src="{html.escape(src)}" alt="{html.escape(alt)}" '
                       f'width="{SHOT_DISPLAY_WIDTH}">')
        elif href is not None:
            out.append(f'<a href="{html.escape(href)}">{inline(label)}</a>')
        elif bold is not None:
            out.append(f"<b>{inline(bold)}</b>")
        else:
            out.append(f"<code>{html.escape(code, quote=False)}</code>")
        pos = m.end()
    out.append(html.escape(text[pos:], quote=False))
    return "".join(out)


def markdown(source: str, where: str) -> tuple[str, str]:
    """(title, body HTML) of a guide page: headings (``{#anchor}`` optional),
    paragraphs, ``-`` and ``1.`` lists, images on a line of their own, links,
    **bold** and `keys`. Anything else is an error, not a surprise in the app."""
    lines = source.splitlines()
    body: list[str] = []
    title = ""
    para: list[str] = []
    list_kind: str | None = None

    def flush() -> None:
        nonlocal list_kind
        if para:
            body.append(f"<p>{inline(' '.join(para))}</p>")
            para.clear()
        if list_kind:
            body.append(f"</{list_kind}>")
            list_kind = None

    for n, raw in enumerate(lines, 1):
        line = raw.rstrip()
        if re.search(r"<[a-zA-Z/]", re.sub(r"`[^`]*`", "", line)):
            raise GuideError(f"{where}:{n}: raw HTML is not allowed in the guide")
        item = re.match(r"^(-|\d+\.)\s+(.*)$", line)
        head = HEADING.match(line)
        if not line.strip():
            flush()
        elif head:
            flush()
            level, text, anchor = len(head.group(1)), head.group(2), head.group(3)
            if level == 1:
                if title:
                    raise GuideError(f"{where}:{n}: a page has one '# title'")
                title = text
            name = f'<a name="{anchor}"></a>' if anchor else ""
            body.append(f"<h{level}>{name}{inline(text)}</h{level}>")
        elif item:
            if para:
                flush()
            kind = "ul" if item.group(1) == "-" else "ol"
            if list_kind != kind:
                flush()
                start = item.group(1)[:-1] if kind == "ol" else "1"
                body.append(f'<ol start="{start}">' if start != "1" else f"<{kind}>")
                list_kind = kind
            body.append(f"<li>{inline(item.group(2))}</li>")
        elif line.startswith("  ") and list_kind and body[-1].endswith("</li>"):
            body[-1] = body[-1][:-5] + " " + inline(line.strip()) + "</li>"
        elif re.fullmatch(r"!\[[^\]]*\]\([^)\s]+\)", line.strip()):
            flush()
            body.append(f"<p>{inline(line.strip())}</p>")
        else:
            if list_kind:
                flush()
            para.append(line.strip())
    flush()
    if not title:
        raise GuideError(f"{where}: the page has no '# title'")
    return title, "\n".join(body)


def guide_page(md: Path, lang: str) -> bytes:
    title, body = markdown(md.read_text(encoding="utf-8"), rel(md))
    top = "" if md.stem == "index" else (
        f'<p><a href="index.html">{CONTENTS[lang]}</a></p>\n')
    page = (f'<!DOCTYPE html>\n<html lang="{lang}">\n<head>\n<meta charset="utf-8">\n'
            f"<title>{html.escape(title, quote=False)}</title>\n</head>\n<body>\n"
            f"{top}{body}\n</body>\n</html>\n")
    return page.encode("utf-8")


def guide_outputs() -> list[Output]:
    out = []
    for lang in GUIDE_LANGS:
        for md in sorted((SOURCES / "guide" / lang).glob("*.md")):
            out.append(Output(BUILT / "guide" / lang / f"{md.stem}.html", [md],
                              lambda md=md, lang=lang: guide_page(md, lang), text=True))
    return out


def referenced_images(page: bytes) -> list[str]:
    return re.findall(r'<img src="([^"]+)"', page.decode("utf-8"))


def referenced_links(page: bytes) -> list[str]:
    return re.findall(r'<a href="([^"]+)"', page.decode("utf-8"))


# -- the guide's screenshots --


def take_screenshots() -> list[Path]:
    """Render the screens with the app's own tool and keep those the guide shows."""
    wanted: dict[str, set[str]] = {}
    for lang in GUIDE_LANGS:
        for md in (SOURCES / "guide" / lang).glob("*.md"):
            for src in referenced_images(guide_page(md, lang)):
                wanted.setdefault(lang, set()).add(Path(src).name)
    written = []
    with tempfile.TemporaryDirectory(prefix="infoline-shots-") as tmp:
        args = [sys.executable, "-m", "app", "screenshots", "--out", tmp]
        for lang in GUIDE_LANGS:
            args += ["--lang", lang]
        subprocess.run(args, check=True, cwd=ROOT, stdout=subprocess.DEVNULL)
        _qt()
        from PySide6.QtCore import Qt
        from PySide6.QtGui import QImage

        for lang, names in sorted(wanted.items()):
            folder = BUILT / "guide" / lang / "images"
            folder.mkdir(parents=True, exist_ok=True)
            for old in folder.glob("*.png"):
                if old.name not in names:
                    old.unlink()
            for name in sorted(names):
                shot = Path(tmp) / f"{lang}-{name}"
                img = QImage(str(shot))
                if img.isNull():
                    raise SystemExit(f"build_resources: no screenshot {shot.name}: the "
                                     "guide names a screen the screenshots tool does not make")
                img = img.scaledToWidth(SCREENSHOT_WIDTH,
                                        Qt.TransformationMode.SmoothTransformation)
                # 256 colours: a fifth of the size, the text as readable.
                img = img.convertToFormat(QImage.Format.Format_Indexed8,
                                          Qt.ImageConversionFlag.ThresholdDither
                                          | Qt.ImageConversionFlag.AvoidDither)
                (folder / name).write_bytes(image_bytes(img, "PNG"))
                written.append(folder / name)
    return written


# -- the whole build --


def outputs() -> list[Output]:
    return icon_outputs() + guide_outputs()


def write_manifest(outs: list[Output]) -> None:
    entries = {}
    for o in outs:
        entries[rel(o.path)] = {"sha256": sha256(o.path),
                                "sources": {rel(s): sha256(s) for s in o.sources}}
    shots = sorted(p for p in (BUILT / "guide").glob("*/images/*.png"))
    for p in shots:
        entries[rel(p)] = {"sha256": sha256(p), "sources": {}}
    MANIFEST.write_text(json.dumps({"outputs": entries}, indent=1, sort_keys=True,
                                   ensure_ascii=False) + "\n", encoding="utf-8")


def problems() -> list[str]:
    """What is missing, stale or edited by hand among the built files: one line each."""
    try:
        recorded = json.loads(MANIFEST.read_text(encoding="utf-8"))["outputs"]
    except (OSError, ValueError, KeyError):
        return [f"{rel(MANIFEST)} is missing or unreadable: run scripts/build_resources.py"]
    out = []
    expected = set()
    for o in outputs():
        name = rel(o.path)
        expected.add(name)
        entry = recorded.get(name)
        current = {rel(s): sha256(s) for s in o.sources}
        if entry is None:
            out.append(f"{name}: not built from {', '.join(current)}")
        elif not o.path.is_file():
            out.append(f"{name}: missing")
        elif entry["sources"] != current:
            changed = sorted(k for k in current if entry["sources"].get(k) != current[k])
            out.append(f"{name}: older than its source {', '.join(changed)}")
        elif sha256(o.path) != entry["sha256"]:
            out.append(f"{name}: changed by hand, not by the build")
        elif o.text and o.make() != o.path.read_bytes():
            out.append(f"{name}: differs from what the build makes of its source")
    for name, entry in sorted(recorded.items()):
        path = ROOT / name
        if name in expected:
            continue
        if "/images/" not in name:
            out.append(f"{name}: its source is gone")
        elif not path.is_file():
            out.append(f"{name}: missing")
        elif sha256(path) != entry["sha256"]:
            out.append(f"{name}: changed by hand, not by the build")
    for o in guide_outputs():
        if o.path.is_file():
            for src in referenced_images(o.path.read_bytes()):
                if not (o.path.parent / src).is_file():
                    out.append(f"{rel(o.path)}: shows {src}, which is missing "
                               "(run with --screenshots)")
    for folder in (BUILT / "icons", BUILT / "guide"):
        for f in sorted(folder.rglob("*")) if folder.is_dir() else []:
            if f.is_file() and rel(f) not in recorded:
                out.append(f"{rel(f)}: not made by the build")
    if out:
        out.append("run: python3 scripts/build_resources.py")
    return out


def build(screenshots: bool = False) -> list[Path]:
    outs = outputs()
    written = []
    for o in outs:
        data = o.make()
        o.path.parent.mkdir(parents=True, exist_ok=True)
        if not o.path.exists() or o.path.read_bytes() != data:
            o.path.write_bytes(data)
            written.append(o.path)
    built = {o.path.resolve() for o in outs}
    for folder in (BUILT / "icons", BUILT / "guide"):
        for old in folder.rglob("*"):
            if old.is_file() and old.suffix in (".png", ".html") \
                    and "images" not in old.parts and old.resolve() not in built:
                old.unlink()  # its source is gone
                written.append(old)
    if screenshots:
        written += take_screenshots()
    sys.path.insert(0, str(ROOT / "scripts"))
    import translations

    written += translations.release()
    write_manifest(outs)
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--screenshots", action="store_true",
                        help="also retake the guide's screenshots (about a minute)")
    parser.add_argument("--check", action="store_true",
                        help="build nothing; list what is missing or stale (exit 1 if any)")
    args = parser.parse_args(argv)
    if args.check:
        found = problems()
        for line in found:
            print(line)
        return 1 if found else 0
    try:
        written = build(args.screenshots)
    except GuideError as exc:
        print(f"build_resources: {exc}", file=sys.stderr)
        return 2
    for path in written:
        print(f"{rel(path)} written")
    print(f"{rel(MANIFEST)}: {len(outputs())} built files from resources/ are current")
    return 0


if __name__ == "__main__":
    sys.exit(main())
