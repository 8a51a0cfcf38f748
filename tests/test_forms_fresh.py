"""Every Designer form's compiled module is what pyside6-uic makes of its .ui now."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
spec = importlib.util.spec_from_file_location("build_forms", ROOT / "scripts" / "build_forms.py")
assert spec is not None
assert spec.loader is not None
build_forms = importlib.util.module_from_spec(spec)
sys.modules["build_forms"] = build_forms
spec.loader.exec_module(build_forms)

FORMS = build_forms.forms()


def test_there_are_forms():
    assert FORMS, "no app/forms/*.ui found"


@pytest.mark.parametrize("ui", FORMS, ids=[f.name for f in FORMS])
def test_compiled_form_is_fresh(ui: Path):
    out = build_forms.target(ui)
    assert out.exists(), f"{out.name} is missing: run python scripts/build_forms.py"
    assert out.read_bytes() == build_forms.compiled(ui), (
        f"{out.name} differs from what pyside6-uic makes of {ui.name}: "
        "run python scripts/build_forms.py and commit both")


def test_check_names_a_stale_form(tmp_path, monkeypatch, capsys):
    ui = FORMS[0]
    (tmp_path / ui.name).write_bytes(ui.read_bytes())
    (tmp_path / build_forms.target(ui).name).write_text("# edited by hand\n")
    monkeypatch.setattr(build_forms, "FORMS", tmp_path)
    monkeypatch.setattr(build_forms, "ROOT", tmp_path)
    assert build_forms.main(["--check"]) == 1
    assert f"ui_{ui.stem}.py is stale" in capsys.readouterr().err
    assert build_forms.main([]) == 0
    assert build_forms.main(["--check"]) == 0


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
    sources = set(module.sources())
    assert set(FORMS) <= sources
    assert not [p for p in sources if p.parent == FORMS[0].parent and p.name.startswith("ui_")]
    assert {"IntakeForm", "ReviewDialog"} <= module.runtime_contexts()
