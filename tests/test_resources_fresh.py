"""The files built from resources/ (icons, the user guide) are there and current: a
changed source, a missing or hand-edited built file, or a guide page naming a missing
screenshot fails here. Run ``python3 scripts/build_resources.py`` to fix (docs/resources.md).
The .qm translations are checked by tests/test_translations.py."""

from __future__ import annotations

import re
import shutil
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))

import build_resources  # noqa: E402

from app.ui.help import DIALOG_PAGES, GUIDE_LANGS, PAGES  # noqa: E402
from app.ui.icons import NAV_ALIASES  # noqa: E402


def test_every_built_file_is_there_and_current():
    assert build_resources.problems() == []


def test_every_navigation_page_has_an_icon_and_a_guide_page_in_each_language():
    for key in PAGES:
        name = NAV_ALIASES.get(key, key)
        assert (ROOT / "resources" / "icons" / "nav" / f"{name}.svg").is_file(), key
        for size in (16, 24, 32, 48):
            assert (ROOT / "app" / "resources" / "icons" / "nav" / f"{name}-{size}.png").is_file()
    for page in set(PAGES.values()) | set(DIALOG_PAGES.values()):
        for lang in GUIDE_LANGS:
            assert (ROOT / "app" / "resources" / "guide" / lang / page.split("#")[0]).is_file()


def anchors(page: Path) -> set[str]:
    return set(re.findall(r'<a name="([^"]+)">', page.read_text(encoding="utf-8")))


def test_the_guides_links_and_places_lead_somewhere():
    guide = ROOT / "app" / "resources" / "guide"
    targets = list(set(PAGES.values()) | set(DIALOG_PAGES.values()))
    for lang in GUIDE_LANGS:
        pages = sorted((guide / lang).glob("*.html"))
        assert {p.name for p in pages} == {p.name for p in (guide / "en").glob("*.html")}, lang
        links = [(p.name, href) for p in pages
                 for href in build_resources.referenced_links(p.read_bytes())]
        links += [("help.py", t) for t in targets]
        for where, href in links:
            name, _, place = href.partition("#")
            target = guide / lang / name
            assert target.is_file(), f"{lang}/{where}: {href}"
            if place:
                assert place in anchors(target), f"{lang}/{where}: {href}"


@pytest.fixture
def tree(tmp_path, monkeypatch):
    """A copy of the sources and the built files, which the test may spoil."""
    for part in ("resources", "app/resources/icons", "app/resources/guide",
                 "app/resources/built.json", "packaging/icons"):
        src, dst = ROOT / part, tmp_path / part
        dst.parent.mkdir(parents=True, exist_ok=True)
        if src.is_dir():
            shutil.copytree(src, dst)
        else:
            shutil.copy2(src, dst)
    monkeypatch.setattr(build_resources, "ROOT", tmp_path)
    monkeypatch.setattr(build_resources, "SOURCES", tmp_path / "resources")
    monkeypatch.setattr(build_resources, "BUILT", tmp_path / "app" / "resources")
    monkeypatch.setattr(build_resources, "MANIFEST",
                        tmp_path / "app" / "resources" / "built.json")
    assert build_resources.problems() == []
    return tmp_path


def test_a_changed_icon_is_found_stale(tree):
    svg = tree / "resources" / "icons" / "nav" / "journal.svg"
    svg.write_text(svg.read_text(encoding="utf-8").replace("M8 8h8", "M8 9h8"),
                   encoding="utf-8")
    found = build_resources.problems()
    assert "app/resources/icons/nav/journal-24.png: older than its source " \
           "resources/icons/nav/journal.svg" in found


def test_a_new_icon_or_guide_page_without_a_build_is_found(tree):
    shutil.copy(tree / "resources" / "icons" / "nav" / "sync.svg",
                tree / "resources" / "icons" / "nav" / "callbacks.svg")
    (tree / "resources" / "guide" / "be" / "extra.md").write_text("# Дадатак\n",
                                                                 encoding="utf-8")
    found = build_resources.problems()
    assert any(line.startswith("app/resources/icons/nav/callbacks-16.png: not built")
               for line in found)
    assert "app/resources/guide/be/extra.html: not built from " \
           "resources/guide/be/extra.md" in found


def test_a_guide_page_edited_by_hand_or_missing_is_found(tree):
    page = tree / "app" / "resources" / "guide" / "ru" / "call.html"
    page.write_text(page.read_text(encoding="utf-8").replace("F2", "F12"), encoding="utf-8")
    (tree / "app" / "resources" / "guide" / "en" / "sync.html").unlink()
    found = build_resources.problems()
    assert "app/resources/guide/ru/call.html: changed by hand, not by the build" in found
    assert "app/resources/guide/en/sync.html: missing" in found


def test_a_guide_page_showing_a_missing_screenshot_is_found(tree):
    (tree / "app" / "resources" / "guide" / "be" / "images" / "50-sync.png").unlink()
    found = build_resources.problems()
    assert "app/resources/guide/be/sync.html: shows images/50-sync.png, which is missing " \
           "(run with --screenshots)" in found


def test_the_guide_refuses_raw_html():
    with pytest.raises(build_resources.GuideError, match=r"x\.md:3: raw HTML"):
        build_resources.markdown("# T\n\n<script>x</script>\n", "x.md")
    title, body = build_resources.markdown(
        "# Заголовок\n\nТекст `<копия>.keys` и **важное** [ссылка](a.html#b).\n", "x.md")
    assert title == "Заголовок"
    assert "<code>&lt;копия&gt;.keys</code>" in body
    assert '<a href="a.html#b">ссылка</a>' in body
