"""Qt's system libraries: a missing one is named in one line, with the Debian package
that provides it, instead of Qt's abort or Python's traceback.

PySide6 brings Qt itself but loads a few libraries of the system (libEGL, libxkbcommon,
libfontconfig ...). On a bare Linux machine one of them may be absent; importing
``PySide6.QtGui`` then fails with an ImportError naming the file.
"""

from __future__ import annotations

import ctypes
import os
import re
import sys

DEBIAN_PACKAGES = {
    "libEGL.so.1": "libegl1",
    "libGL.so.1": "libgl1",
    "libOpenGL.so.0": "libopengl0",
    "libGLX.so.0": "libglx0",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libfontconfig.so.1": "libfontconfig1",
    "libfreetype.so.6": "libfreetype6",
    "libglib-2.0.so.0": "libglib2.0-0",
    "libgthread-2.0.so.0": "libglib2.0-0",
    "libgobject-2.0.so.0": "libglib2.0-0",
    "libdbus-1.so.3": "libdbus-1-3",
    "libX11.so.6": "libx11-6",
    "libX11-xcb.so.1": "libx11-xcb1",
    "libxcb.so.1": "libxcb1",
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libz.so.1": "zlib1g",
    "libpng16.so.16": "libpng16-16",
    "libcups.so.2": "libcups2",
}

_LIBRARY = re.compile(r"(lib[\w.+-]*?\.so(?:\.\d+)*)")


class QtLibraryError(Exception):
    """Qt cannot start on this machine; the message says which library is missing."""


def explain(exc: ImportError) -> str:
    """One line naming the library the import could not load and its Debian package."""
    text = str(exc)
    match = _LIBRARY.search(text)
    if not match:
        return f"Qt cannot be loaded: {text}"
    library = match.group(1)
    reason = text[match.end():].lstrip(": ").strip() or "cannot be loaded"
    package = DEBIAN_PACKAGES.get(library)
    hint = (f"; install the package {package} (sudo apt install {package})" if package
            else "; install the system package that provides it")
    return f"Qt cannot start: the system library {library} cannot be loaded ({reason}){hint}"


XCB_LIBRARIES = ("libxcb-cursor.so.0", "libxkbcommon-x11.so.0", "libxcb-icccm.so.4",
                 "libxcb-keysyms.so.1", "libX11-xcb.so.1")
"""What Qt's X11 platform plugin loads beyond Qt's GUI module: without one of them Qt
aborts the process at start ("could not load the Qt platform plugin xcb")."""


def _uses_xcb() -> bool:
    platform = os.environ.get("QT_QPA_PLATFORM", "")
    if platform:
        return platform.split(";")[0].startswith("xcb")
    wayland = (os.environ.get("WAYLAND_DISPLAY")
               or os.environ.get("XDG_SESSION_TYPE") == "wayland")
    return bool(os.environ.get("DISPLAY")) and not wayland


def require_gui() -> None:
    """Import Qt's GUI modules and, on X11, check the libraries of Qt's platform plugin;
    or raise :class:`QtLibraryError` with one clear line."""
    try:
        import PySide6.QtGui
        import PySide6.QtWidgets  # noqa: F401
    except ImportError as exc:
        raise QtLibraryError(explain(exc)) from exc
    if sys.platform.startswith("linux") and _uses_xcb():
        for library in XCB_LIBRARIES:
            try:
                ctypes.CDLL(library)
            except OSError as exc:
                raise QtLibraryError(explain(ImportError(str(exc)))) from exc
