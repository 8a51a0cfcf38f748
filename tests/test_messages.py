"""Every refusal a service raises for the user is listed for the translators, and
shown translated."""

from __future__ import annotations

import ast
import importlib
import pkgutil
from pathlib import Path

import pytest

import app.services
from app.services.messages import UserError

SERVICES = Path(app.services.__file__).parent


def _user_error_names() -> set[str]:
    for info in pkgutil.walk_packages(app.services.__path__, "app.services."):
        importlib.import_module(info.name)
    names: set[str] = set()
    todo = [UserError]
    while todo:
        cls = todo.pop()
        names.add(cls.__name__)
        todo.extend(cls.__subclasses__())
    return names


def _raised_templates() -> list[tuple[str, int, ast.expr]]:
    names = _user_error_names()
    found = []
    for path in sorted(SERVICES.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            func = node.func
            name = func.id if isinstance(func, ast.Name) else getattr(func, "attr", "")
            if name not in names:
                continue
            index = 2 if name == "PermissionDeniedError" else 0
            if len(node.args) > index:
                found.append((f"{path.name}:{node.lineno}", index, node.args[index]))
    return found


def test_every_template_raised_is_listed_for_the_translators():
    from app.ui.messages import TEMPLATES

    found = _raised_templates()
    assert len(found) > 5
    problems = []
    for where, _index, arg in found:
        if isinstance(arg, ast.JoinedStr):
            problems.append(f"{where}: an f-string; use a template with named fields")
        elif isinstance(arg, ast.Constant) and arg.value not in TEMPLATES:
            problems.append(f"{where}: not in app/ui/messages.py: {arg.value!r}")
    assert problems == []


def test_a_refusal_is_shown_in_the_interface_language(qapp):
    from app.ui import i18n
    from app.ui.messages import user_text

    translators = i18n.install(qapp, "ru")
    try:
        exc = UserError("your role ({role}) does not allow this ({action})",
                        role="consultant", action="stats.view")
        text = user_text(exc)
        assert "consultant" in text
        assert "stats.view" in text
        assert "your role" not in text  # translated
        assert str(exc) == "your role (consultant) does not allow this (stats.view)"
        assert user_text(ValueError("plain")) == "plain"
    finally:
        i18n.remove(qapp, translators)


@pytest.mark.parametrize("template", ["{missing}", "no fields"])
def test_a_template_without_its_values_still_reads(template):
    from app.ui.messages import user_text

    assert user_text(UserError(template)) == template


def test_every_kind_of_record_has_a_name_for_people(qapp):
    from app.models import Base
    from app.services.sync.tables import SPECS
    from app.ui import i18n
    from app.ui.messages import record_kind

    # the sync's and the audit log's own bookkeeping, settings and drafts: never shown
    local = {t for t in Base.metadata.tables if t.startswith(("sync_", "audit_"))
             and t not in SPECS and t != "sync_peer"} | {"setting", "draft"}
    parts = {t for t in Base.metadata.tables if t.endswith(("_code", "_topic", "_outcome",
                                                            "_destination", "_given"))}
    for table in (set(SPECS) | set(Base.metadata.tables)) - local - parts:
        assert record_kind(table) != table.replace("_", " "), table
    translators = i18n.install(qapp, "ru")
    try:
        assert record_kind("assistance_case") == "Случай сопровождения"
    finally:
        i18n.remove(qapp, translators)
