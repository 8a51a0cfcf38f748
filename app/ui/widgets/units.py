"""Sizes and other units as the interface language writes them («5,1 МБ», not "5.1 MB")."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale


def data_size(n: int) -> str:
    """A file size in the interface language: bytes, KB, MB or GB, one decimal."""
    locale = QLocale()
    if n < 1024:
        return QCoreApplication.translate("units", "%1 B").replace("%1", locale.toString(n))
    if n < 1024 ** 2:
        return QCoreApplication.translate("units", "%1 KB").replace(
            "%1", locale.toString(n / 1024, "f", 1))
    if n < 1024 ** 3:
        return QCoreApplication.translate("units", "%1 MB").replace(
            "%1", locale.toString(n / 1024 ** 2, "f", 1))
    return QCoreApplication.translate("units", "%1 GB").replace(
        "%1", locale.toString(n / 1024 ** 3, "f", 1))
