"""Build the release of Infoline Desk from a clean checkout: one command per platform.

    python3 packaging/build.py linux      # dist/infoline-desk/ and dist/infoline-desk_<v>_amd64.deb
    python  packaging/build.py windows    # dist\\infoline-desk\\ and, with NSIS,
                                          # dist\\InfolineDesk-<v>-setup.exe

Needs the package's dependencies and PyInstaller (``pip install ".[package]"``); the
.deb needs dpkg-deb, the Windows installer makensis (NSIS 3). The frozen payload is
built on the platform it runs on (PyInstaller does not cross-compile). Everything
is written under build/ and dist/ of the checkout. See docs/packaging.md.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import sysconfig
import time
import tomllib
from importlib import metadata
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGING = ROOT / "packaging"
BUILD = ROOT / "build"
DIST = ROOT / "dist"
PAYLOAD = DIST / "infoline-desk"
APP_ID = "infoline-desk"
INSTALL_DIR = "/opt/infoline-desk"
# What Qt loads from the system on Linux (docs/packaging.md); libxcb-cursor0 for the
# X11 platform plugin.
DEB_DEPENDS = ("libc6 (>= 2.28), libegl1, libgl1, libxkbcommon0, libxkbcommon-x11-0, "
               "libfontconfig1, libfreetype6, libglib2.0-0, libdbus-1-3, libx11-xcb1, "
               "libxcb-cursor0, libxcb-icccm4, libxcb-keysyms1, libxcb-shape0, "
               "libxcb-xkb1, libxcb-randr0, libxcb-render-util0, libxcb-image0")


class BuildError(Exception):
    pass


def version() -> str:
    text = (ROOT / "app" / "__init__.py").read_text(encoding="utf-8")
    match = re.search(r'__version__ = "([^"]+)"', text)
    if not match:
        raise BuildError("app/__init__.py: no __version__")
    return match.group(1)


def _key(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def shipped_distributions() -> list[metadata.Distribution]:
    """The installed distributions the payload carries: the project's dependencies and
    theirs (markers evaluated for this machine, extras left out)."""
    from packaging.markers import Marker  # ships with pip and setuptools

    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    todo = list(project["project"]["dependencies"])
    seen: dict[str, metadata.Distribution] = {}
    while todo:
        requirement = todo.pop()
        name, _, marker = requirement.partition(";")
        if marker and not Marker(marker).evaluate({"extra": ""}):
            continue
        match = re.match(r"[A-Za-z0-9_.-]+", name.strip())
        if not match or _key(match.group(0)) in seen:
            continue
        try:
            dist = metadata.distribution(match.group(0))
        except metadata.PackageNotFoundError as exc:
            raise BuildError(f"{match.group(0)} is not installed: pip install \".[package]\"") \
                from exc
        seen[_key(match.group(0))] = dist
        todo.extend(dist.requires or [])
    return sorted(seen.values(), key=lambda d: _key(d.metadata["Name"]))


def make_licences(target: Path) -> Path:
    """The licences of everything shipped, one folder: our hand-kept notices (Qt,
    SQLCipher, OpenSSL, the app), the font's and the password list's, Python's, and
    every shipped Python package's own licence files, with an index (THIRD-PARTY.txt)."""
    if target.exists():
        shutil.rmtree(target)
    target.mkdir(parents=True)
    for f in sorted((PACKAGING / "licenses").iterdir()):
        shutil.copy2(f, target / f.name)
    resources = ROOT / "app" / "resources"
    shutil.copy2(resources / "fonts" / "LICENSE-DejaVu.txt", target / "DejaVu-fonts.txt")
    shutil.copy2(resources / "passwords" / "LICENSE-common-passwords.txt",
                 target / "common-passwords.txt")
    python_licence = next((p for p in (Path(sysconfig.get_paths()["stdlib"]) / "LICENSE.txt",
                                       Path(sys.base_prefix) / "LICENSE.txt")
                           if p.is_file()), None)
    if python_licence is None:
        raise BuildError("Python's LICENSE.txt not found beside its standard library")
    shutil.copy2(python_licence, target / "Python.txt")
    lines = [
        f"Infoline Desk {version()}: the components shipped in this package and their "
        "licences.",
        "",
        "Infoline Desk                  GPL-3.0-or-later         Infoline-Desk.txt",
        f"Python {sys.version.split()[0]:<23} PSF-2.0                  Python.txt",
        "Qt 6 (in PySide6)              LGPL-3.0                 Qt.txt",
        "SQLCipher, SQLite              BSD-3-Clause; public domain  SQLCipher.txt",
        "OpenSSL libcrypto              Apache-2.0               OpenSSL.txt",
        "DejaVu fonts                   Bitstream Vera; public domain  DejaVu-fonts.txt",
        "Common password list           see its file             common-passwords.txt",
        "PyInstaller bootloader         GPL-2.0 with an exception for bundled programs",
        "",
    ]
    for dist in shipped_distributions():
        name, ver = dist.metadata["Name"], dist.version
        licence = (dist.metadata.get("License-Expression") or dist.metadata.get("License")
                   or "").splitlines()[0:1]
        files = [f for f in dist.files or []
                 if re.search(r"LICEN[CS]E|COPYING|NOTICE", f.name, re.IGNORECASE)
                 and ".dist-info" in str(f)]
        copied = []
        for f in files:
            dest = target / f"{_key(name)}-{f.name}"
            if not dest.name.endswith(".txt"):
                dest = dest.with_name(dest.name + ".txt")
            shutil.copy2(Path(str(dist.locate_file(f))), dest)
            copied.append(dest.name)
        if not copied and _key(name) in ("pyside6-essentials", "shiboken6"):
            copied = ["Qt.txt", "LGPL-3.0.txt"]
        if not copied:
            raise BuildError(f"{name} {ver}: no licence file in its metadata")
        lines.append(f"{name + ' ' + ver:<30} {(licence or ['see file'])[0][:40]:<40} "
                     + ", ".join(copied))
    (target / "THIRD-PARTY.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return target


def version_file(target: Path) -> Path:
    """The Windows version resource (PyInstaller's text form)."""
    parts = [int(p) for p in re.findall(r"\d+", version())[:4]]
    parts += [0] * (4 - len(parts))
    t = tuple(parts)
    text = f"""VSVersionInfo(
  ffi=FixedFileInfo(filevers={t}, prodvers={t}, mask=0x3f, flags=0x0, OS=0x40004,
                    fileType=0x1, subtype=0x0, date=(0, 0)),
  kids=[
    StringFileInfo([StringTable('041904B0', [
      StringStruct('CompanyName', 'Infoline'),
      StringStruct('FileDescription', 'Infoline Desk'),
      StringStruct('FileVersion', '{version()}'),
      StringStruct('InternalName', 'infoline-desk'),
      StringStruct('LegalCopyright', 'GPL-3.0-or-later'),
      StringStruct('OriginalFilename', 'infoline-desk.exe'),
      StringStruct('ProductName', 'Infoline Desk'),
      StringStruct('ProductVersion', '{version()}')])]),
    VarFileInfo([VarStruct('Translation', [0x0419, 1200, 0x0423, 1200, 0x0409, 1200])])
  ]
)
"""
    target.write_text(text, encoding="utf-8")
    return target


def freeze() -> None:
    """PyInstaller: dist/infoline-desk/ with infoline-desk and infoline."""
    BUILD.mkdir(exist_ok=True)
    env = dict(os.environ)
    env["INFOLINE_LICENCES"] = str(make_licences(BUILD / "licences"))
    env["INFOLINE_VERSION_FILE"] = str(version_file(BUILD / "version_info.txt"))
    if PAYLOAD.exists():
        shutil.rmtree(PAYLOAD)
    subprocess.run([sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean",
                    "--log-level", "WARN", "--distpath", str(DIST),
                    "--workpath", str(BUILD / "pyinstaller"),
                    str(PACKAGING / "infoline.spec")], check=True, env=env, cwd=ROOT)
    if sys.platform.startswith("linux"):
        # One executable under two names: the name it is started by picks the desktop
        # app or the command line (packaging/entry_linux.py).
        (PAYLOAD / "infoline-desk").symlink_to("infoline")
    for name in ("infoline", "infoline-desk"):
        exe = PAYLOAD / (name + (".exe" if sys.platform == "win32" else ""))
        if not exe.is_file():
            raise BuildError(f"{exe}: PyInstaller made no such executable")


def _du(folder: Path) -> int:
    return sum(f.stat().st_size for f in folder.rglob("*") if f.is_file() and not f.is_symlink())


def make_deb() -> Path:
    """A .deb made with dpkg-deb: the payload under /opt/infoline-desk, the commands
    infoline and infoline-desk in /usr/bin, a .desktop file and the icon."""
    if shutil.which("dpkg-deb") is None:
        raise BuildError("dpkg-deb not found (Debian's dpkg package)")
    root = BUILD / "deb"
    if root.exists():
        shutil.rmtree(root)
    opt = root / INSTALL_DIR.lstrip("/")
    shutil.copytree(PAYLOAD, opt, symlinks=True)
    bin_dir = root / "usr" / "bin"
    bin_dir.mkdir(parents=True)
    for name in ("infoline", "infoline-desk"):
        (bin_dir / name).symlink_to(f"{INSTALL_DIR}/{name}")
    apps = root / "usr" / "share" / "applications"
    apps.mkdir(parents=True)
    shutil.copy2(PACKAGING / "linux" / f"{APP_ID}.desktop", apps / f"{APP_ID}.desktop")
    icons = root / "usr" / "share" / "icons" / "hicolor" / "256x256" / "apps"
    icons.mkdir(parents=True)
    shutil.copy2(PACKAGING / "icons" / f"{APP_ID}.png", icons / f"{APP_ID}.png")
    doc = root / "usr" / "share" / "doc" / APP_ID
    doc.mkdir(parents=True)
    shutil.copy2(PACKAGING / "linux" / "copyright", doc / "copyright")
    for path in root.rglob("*"):
        if not path.is_symlink():
            path.chmod(0o755 if path.is_dir() or os.access(path, os.X_OK) else 0o644)
    control = root / "DEBIAN"
    control.mkdir()
    (control / "control").write_text(
        f"Package: {APP_ID}\n"
        f"Version: {version()}\n"
        "Section: misc\n"
        "Priority: optional\n"
        "Architecture: amd64\n"
        "Maintainer: Infoline Desk <infoline-desk@localhost>\n"
        f"Installed-Size: {_du(root) // 1024}\n"
        f"Depends: {DEB_DEPENDS}\n"
        "Description: offline desk application of an anti-trafficking infoline\n"
        " Contacts, cases and statistics of a safe-migration and anti-trafficking\n"
        " infoline, kept in an encrypted database on this computer. The desktop app\n"
        " is infoline-desk; the command line is infoline.\n",
        encoding="utf-8")
    deb = DIST / f"{APP_ID}_{version()}_amd64.deb"
    subprocess.run(["dpkg-deb", "--root-owner-group", "-Zxz", "-z9", "--threads-max=2", "--build",
                    str(root), str(deb)],
                   check=True, stdout=subprocess.DEVNULL)
    return deb


def make_installer() -> Path | None:
    """The Windows installer from packaging/windows/installer.nsi (None without NSIS)."""
    makensis = shutil.which("makensis")
    if makensis is None:
        print("build: makensis not found; the installer was not built", file=sys.stderr)
        return None
    out = DIST / f"InfolineDesk-{version()}-setup.exe"
    subprocess.run([makensis, "-V2", f"-DVERSION={version()}", f"-DPAYLOAD={PAYLOAD}",
                    f"-DOUTFILE={out}", f"-DLICENCE={PACKAGING / 'licenses' / 'GPL-3.0.txt'}",
                    f"-DICON={PACKAGING / 'icons' / 'infoline-desk.ico'}",
                    str(PACKAGING / "windows" / "installer.nsi")], check=True)
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="build.py", description=__doc__.splitlines()[0])
    parser.add_argument("platform", choices=["linux", "windows"])
    parser.add_argument("--no-freeze", action="store_true",
                        help="package the payload already in dist/infoline-desk")
    args = parser.parse_args(argv)
    started = time.monotonic()
    try:
        if not args.no_freeze:
            freeze()
        elif not PAYLOAD.is_dir():
            raise BuildError(f"{PAYLOAD}: no payload to package")
        out = make_deb() if args.platform == "linux" else make_installer()
    except BuildError as exc:
        print(f"build: {exc}", file=sys.stderr)
        return 1
    except subprocess.CalledProcessError as exc:
        print(f"build: {exc.cmd[0]} failed (exit {exc.returncode})", file=sys.stderr)
        return 1
    size = _du(PAYLOAD) / 1e6
    print(f"payload {PAYLOAD} {size:.0f} MB", end="")
    if out is not None:
        print(f"; package {out} {out.stat().st_size / 1e6:.0f} MB", end="")
    print(f"; {time.monotonic() - started:.0f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
