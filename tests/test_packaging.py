"""packaging/: the licences gathered for the package and the Windows installer script
(compiled with NSIS when makensis is installed). The frozen build itself runs in CI
(.ci/run) and in docs/packaging.md's command, not here: it takes minutes."""

from __future__ import annotations

import importlib.util
import re
import shutil
import subprocess
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def load_build():
    spec = importlib.util.spec_from_file_location("infoline_build", ROOT / "packaging" /
                                                  "build.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_licences_cover_every_shipped_dependency(tmp_path: Path):
    build = load_build()
    folder = build.make_licences(tmp_path / "licences")
    index = (folder / "THIRD-PARTY.txt").read_text(encoding="utf-8")
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    for requirement in project["project"]["dependencies"]:
        name = requirement.split(">")[0].split("<")[0].split("=")[0].strip()
        assert build._key(name) in build._key(index.replace(" ", "\n")), name
    listed = re.findall(r"(?:  |, )([\w.+-]+\.txt)", index)
    assert len(listed) > 20
    for name in listed:
        assert (folder / name).is_file(), name
    for notice in ("Qt.txt", "LGPL-3.0.txt", "SQLCipher.txt", "OpenSSL.txt", "Python.txt",
                   "DejaVu-fonts.txt", "common-passwords.txt", "Infoline-Desk.txt"):
        assert (folder / notice).stat().st_size > 0, notice


@pytest.mark.skipif(shutil.which("makensis") is None, reason="NSIS (makensis) not installed")
def test_installer_script_compiles(tmp_path: Path):
    payload = tmp_path / "payload"
    (payload / "_internal").mkdir(parents=True)
    for name in ("infoline-desk.exe", "infoline.exe"):
        (payload / name).write_bytes(b"MZ")
    (payload / "_internal" / "base_library.zip").write_bytes(b"PK")
    out = tmp_path / "InfolineDesk-0.1.0-setup.exe"
    done = subprocess.run(
        ["makensis", "-V2", "-DVERSION=0.1.0", f"-DPAYLOAD={payload}", f"-DOUTFILE={out}",
         f"-DLICENCE={ROOT / 'packaging' / 'licenses' / 'GPL-3.0.txt'}",
         f"-DICON={ROOT / 'packaging' / 'icons' / 'infoline-desk.ico'}",
         str(ROOT / "packaging" / "windows" / "installer.nsi")],
        capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 0, done.stdout + done.stderr
    assert out.read_bytes()[:2] == b"MZ"
    assert "warning" not in done.stdout.lower()
