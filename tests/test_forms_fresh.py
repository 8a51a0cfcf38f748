"""Every compiled Qt Designer form (app/forms/ui_*.py) is what pyside6-uic makes of its
.ui file today: a form changed in Designer and not compiled again fails here."""

from __future__ import annotations

import importlib.util
import shutil
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _load_script():
    name = "infoline_build_forms_script"
    if name in sys.modules:
        return sys.modules[name]
    spec = importlib.util.spec_from_file_location(name, ROOT / "scripts" / "build_forms.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


build_forms = _load_script()


def test_every_compiled_form_matches_its_ui():
    assert build_forms.forms(), "no Designer forms in app/forms"
    assert build_forms.stale() == []


def test_a_form_changed_in_designer_and_not_compiled_is_stale(tmp_path):
    for ui in build_forms.forms():
        shutil.copy(ui, tmp_path / ui.name)
        shutil.copy(build_forms.compiled_path(ui), tmp_path / build_forms.compiled_path(ui).name)
    assert build_forms.stale(tmp_path) == []
    ui = tmp_path / "assistance_page.ui"
    ui.write_text(ui.read_text(encoding="utf-8").replace("&amp;New case…", "&amp;New file…"),
                  encoding="utf-8")
    assert build_forms.stale(tmp_path) == [
        "ui_assistance_page.py differs from what assistance_page.ui compiles to: "
        "run scripts/build_forms.py"]
    assert build_forms.build(tmp_path) == [tmp_path / "ui_assistance_page.py"]
    assert "&New file" in (tmp_path / "ui_assistance_page.py").read_text(encoding="utf-8")
    assert build_forms.stale(tmp_path) == []


def test_a_compiled_form_without_its_ui_or_a_ui_not_compiled_is_found(tmp_path):
    ui = build_forms.forms()[0]
    shutil.copy(ui, tmp_path / ui.name)
    (tmp_path / "ui_gone.py").write_text("# left behind\n", encoding="utf-8")
    assert build_forms.stale(tmp_path) == [
        f"{build_forms.compiled_path(ui).name} is missing: run scripts/build_forms.py",
        "ui_gone.py has no gone.ui to be made from"]


def test_a_compiled_form_says_it_is_generated():
    for ui in build_forms.forms():
        text = build_forms.compiled_path(ui).read_text(encoding="utf-8")
        assert text.startswith(f"# Generated from {ui.name} by scripts/build_forms.py")
        assert "Qt User Interface Compiler version" not in text  # no churn on a Qt upgrade


def test_translators_read_the_forms_not_their_compiled_modules():
    name = "infoline_translations_script"
    module = sys.modules.get(name)
    if module is None:
        found = importlib.util.spec_from_file_location(name, ROOT / "scripts" / "translations.py")
        assert found is not None
        assert found.loader is not None
        module = importlib.util.module_from_spec(found)
        sys.modules[name] = module
        found.loader.exec_module(module)
    forms = build_forms.forms()
    sources = set(module.sources())
    assert set(forms) <= sources
    assert not [p for p in sources if p.parent == forms[0].parent and p.name.startswith("ui_")]
    forms_classes = {"IntakeForm", "ReviewDialog", "CasesPage", "StatisticsPage"}
    assert forms_classes <= module.runtime_contexts()
