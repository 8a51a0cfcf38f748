"""Every Qt Designer form (app/forms/*.ui) has its compiled module, as new as the form."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _build_forms():
    spec = importlib.util.spec_from_file_location("build_forms",
                                                  ROOT / "scripts" / "build_forms.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["build_forms"] = module
    spec.loader.exec_module(module)
    return module


def test_every_form_is_compiled_and_fresh():
    build_forms = _build_forms()
    assert list((ROOT / "app" / "forms").glob("*.ui")), "no forms found"
    assert build_forms.stale() == []


def test_a_changed_form_is_stale(tmp_path, monkeypatch):
    build_forms = _build_forms()
    form = next((ROOT / "app" / "forms").glob("*.ui"))
    copy = tmp_path / form.name
    copy.write_text(form.read_text(encoding="utf-8").replace("</ui>", "</ui>\n"),
                    encoding="utf-8")
    compiled = build_forms.target(form).read_text(encoding="utf-8")
    build_forms.target(copy).write_text(compiled.replace("setupUi", "setupUI", 1),
                                        encoding="utf-8")
    monkeypatch.setattr(build_forms, "FORMS", tmp_path)
    monkeypatch.setattr(build_forms, "ROOT", tmp_path)
    assert [p.split(":")[0] for p in build_forms.stale()] == [f"ui_{form.stem}.py"]
