"""An unexpected error shows one readable dialog, is logged, and the app goes on."""

from __future__ import annotations

import logging
import sys

from app.ui import app as app_module
from app.ui.widgets import msgbox


def test_unexpected_error_is_logged_and_shown_once(qtbot, monkeypatch, caplog):
    shown = []
    monkeypatch.setattr(msgbox, "error", lambda *args, **kwargs: shown.append(args[1:3]))
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # restored after the test
    app_module.install_crash_hook()
    try:
        raise RuntimeError("boom")
    except RuntimeError:
        with caplog.at_level(logging.ERROR, logger="app.ui"):
            sys.excepthook(*sys.exc_info())
    assert len(shown) == 1
    title, text = shown[0]
    assert title == "Unexpected error"
    assert "log" in text
    assert any("RuntimeError" in r.getMessage() for r in caplog.records)
