"""Interface language: our translations and Qt's own, installed at start."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

log = logging.getLogger("app.ui")

SUPPORTED = ("ru", "be", "en")


def system_language() -> str:
    name = QLocale.system().name().split("_")[0]
    return name if name in SUPPORTED else "ru"


def install(app: QCoreApplication, lang: str) -> list[QTranslator]:
    """Install the translators for ``lang``; returns them (keep them alive)."""
    translators: list[QTranslator] = []
    QLocale.setDefault(QLocale(lang))
    if lang == "en":
        return translators
    # The package's own folder (not importlib.resources, which costs the start-up a few
    # milliseconds): the app is always installed as files.
    folder = Path(__file__).resolve().parent.parent / "resources" / "translations"
    ours = QTranslator(app)
    if ours.load(str(folder.joinpath(f"infoline_{lang}.qm"))):
        app.installTranslator(ours)
        translators.append(ours)
    else:
        log.warning("no translation file for %s", lang)
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    qt = QTranslator(app)
    # Qt ships no Belarusian catalogue; our own file carries those button texts.
    if qt.load(QLocale(lang), "qtbase", "_", qt_dir):
        app.installTranslator(qt)
        translators.append(qt)
    return translators


def remove(app: QCoreApplication, translators: list[QTranslator]) -> None:
    """Take the translators out again, and the language's number and date formats."""
    for t in translators:
        app.removeTranslator(t)
    QLocale.setDefault(QLocale.system())
