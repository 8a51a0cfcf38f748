"""``infoline selftest``: does this installation work? Checks what a frozen package or
a fresh machine is most likely to lack, each on its own temporary files:

SQLCipher opens an encrypted file (and refuses a wrong key), argon2 and AES-GCM work,
every migration is present and the chain runs on an empty database, each translation
loads, the bundled fonts put Cyrillic into a PDF, an XLSX is written and read back, and
Qt's platform plugin loads (offscreen when there is no display; in a child process,
because a plugin that cannot load aborts the process).

Nothing here touches the user's data; nothing personal is written.
"""

from __future__ import annotations

import io
import os
import re
import secrets
import subprocess
import sys
import tempfile
from collections.abc import Callable
from importlib import resources
from pathlib import Path

SAMPLE = "Проверка: Беларусь, ўсё, ё, і — 113"
"""Russian and Belarusian letters the fonts and files must carry."""


class CheckFailedError(Exception):
    """One check failed; the message says what, in one line."""


def _resource_dir(*parts: str) -> Path:
    return Path(str(resources.files("app").joinpath(*parts)))


def check_sqlcipher(folder: Path) -> None:
    import sqlcipher3.dbapi2 as dbapi

    from app.db.names import SQLITE_HEADER
    from app.db.sqlite import connect

    path = folder / "cipher.sqlite3"
    key = secrets.token_bytes(32)
    conn = connect(path, key)
    try:
        conn.execute("CREATE TABLE t (x TEXT)")
        conn.execute("INSERT INTO t VALUES (?)", (SAMPLE,))
        conn.commit()
    finally:
        conn.close()
    if path.read_bytes()[:len(SQLITE_HEADER)] == SQLITE_HEADER:
        raise CheckFailedError("the file was written unencrypted")
    conn = connect(path, key, verify=True)
    try:
        row = conn.execute("SELECT x FROM t").fetchone()
    finally:
        conn.close()
    if row is None or row[0] != SAMPLE:
        raise CheckFailedError("the encrypted file did not read back what was written")
    try:
        wrong = connect(path, secrets.token_bytes(32), verify=True)
    except dbapi.DatabaseError:
        return
    wrong.close()
    raise CheckFailedError("a wrong key opened the encrypted file")


def check_crypto(folder: Path) -> None:
    from argon2.low_level import Type, hash_secret_raw
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    salt = b"infoline-selftest"
    args = {"time_cost": 1, "memory_cost": 8192, "parallelism": 1, "hash_len": 32,
            "type": Type.ID}
    one = hash_secret_raw(SAMPLE.encode(), salt, **args)
    if len(one) != 32 or one != hash_secret_raw(SAMPLE.encode(), salt, **args):
        raise CheckFailedError("argon2 did not derive the same 32-byte key twice")
    if one == hash_secret_raw(b"other", salt, **args):
        raise CheckFailedError("argon2 derived the same key from two passwords")
    aes = AESGCM(one)
    nonce = secrets.token_bytes(12)
    box = aes.encrypt(nonce, SAMPLE.encode(), b"ad")
    if aes.decrypt(nonce, box, b"ad") != SAMPLE.encode():
        raise CheckFailedError("AES-GCM did not decrypt what it encrypted")
    try:
        aes.decrypt(nonce, box[:-1] + bytes([box[-1] ^ 1]), b"ad")
    except InvalidTag:
        return
    raise CheckFailedError("AES-GCM accepted a changed ciphertext")


def check_migration_files(location: Path) -> None:
    """Every revision from 0001 to the schema head is present, in one chain."""
    from alembic.config import Config
    from alembic.script import ScriptDirectory

    from app.db.store import SCHEMA_HEAD

    if not (location / "env.py").is_file():
        raise CheckFailedError(f"{location}: env.py is missing")
    cfg = Config()
    cfg.set_main_option("script_location", str(location))
    try:
        script = ScriptDirectory.from_config(cfg)
        found = {rev.revision for rev in script.walk_revisions()}
        heads = script.get_heads()
    except Exception as exc:  # alembic's errors for a broken chain vary
        raise CheckFailedError(f"{location}: the migrations do not form one chain ({exc})") \
            from exc
    expected = {f"{n:04d}" for n in range(1, int(SCHEMA_HEAD) + 1)}
    missing = sorted(expected - found)
    if missing:
        raise CheckFailedError(f"{location}: migration {', '.join(missing)} missing")
    if heads != [SCHEMA_HEAD]:
        raise CheckFailedError(f"{location}: the newest migration is {', '.join(heads)}, "
                          f"this version needs {SCHEMA_HEAD}")


def check_migrations(folder: Path) -> None:
    from sqlalchemy import text

    from app.db import StoreError, open_store
    from app.db.store import SCHEMA_HEAD

    check_migration_files(_resource_dir("migrations"))
    try:
        store = open_store(folder / "empty.sqlite3", key=secrets.token_bytes(32))
    except StoreError as exc:
        raise CheckFailedError(f"the migrations did not run on an empty database: {exc}") from exc
    try:
        with store.engine.connect() as conn:
            revision = conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
    finally:
        store.close()
    if revision != SCHEMA_HEAD:
        raise CheckFailedError(f"an empty database was migrated to {revision}, not {SCHEMA_HEAD}")


def check_translation_files(folder: Path, languages: tuple[str, ...] = ("ru", "be")) -> None:
    from PySide6.QtCore import QTranslator

    for lang in languages:
        path = folder / f"infoline_{lang}.qm"
        translator = QTranslator()
        if not path.is_file():
            raise CheckFailedError(f"{path}: missing")
        if not translator.load(str(path)) or translator.isEmpty():
            raise CheckFailedError(f"{path}: Qt cannot load it")
        if translator.language() and not translator.language().startswith(lang):
            raise CheckFailedError(f"{path}: holds the language {translator.language()}")


def check_translations(folder: Path) -> None:
    from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator

    check_translation_files(_resource_dir("resources", "translations"))
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if not QTranslator().load(QLocale("ru"), "qtbase", "_", qt_dir):
        raise CheckFailedError(f"{qt_dir}: Qt's own Russian translation (qtbase_ru.qm) missing")


def pdf_problems(data: bytes) -> list[str]:
    """What is wrong with a PDF that should show :data:`SAMPLE` in DejaVu Sans."""
    problems = []
    if b"/FontFile2" not in data or b"DejaVuSans" not in data:
        problems.append("the DejaVu Sans font is not embedded")
    try:
        from pypdf import PdfReader
    except ImportError:  # pypdf is a development tool; the embedding check stands alone
        return problems
    page_text = PdfReader(io.BytesIO(data)).pages[0].extract_text() or ""
    if SAMPLE not in page_text.replace("\n", " "):
        problems.append(f"the Cyrillic text does not read back (read {page_text[:40]!r})")
    return problems


def check_pdf(folder: Path) -> None:
    from reportlab.pdfgen.canvas import Canvas

    from app.services.statistics.report_pdf import FONT, register_fonts

    register_fonts()
    buffer = io.BytesIO()
    canvas = Canvas(buffer)
    canvas.setFont(FONT, 12)
    canvas.drawString(72, 720, SAMPLE)
    canvas.save()
    problems = pdf_problems(buffer.getvalue())
    if problems:
        raise CheckFailedError("; ".join(problems))


def check_xlsx(folder: Path) -> None:
    from openpyxl import Workbook, load_workbook

    path = folder / "check.xlsx"
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet["A1"] = SAMPLE
    sheet["B1"] = 113
    book.save(path)
    back = load_workbook(path, read_only=True)
    try:
        values = next(back.worksheets[0].iter_rows(values_only=True))
    finally:
        back.close()
    if tuple(values[:2]) != (SAMPLE, 113):
        raise CheckFailedError(f"{path.name}: read back {values!r}")


def check_docx(folder: Path) -> None:
    """python-docx with its template, and a chart drawn as a picture (Pillow, DejaVu)."""
    from docx import Document

    from app.services.statistics.charts import chart_png
    from app.services.statistics.report import ChartData, ChartSeries

    path = folder / "check.docx"
    doc = Document()
    doc.add_paragraph(SAMPLE)
    chart = ChartData((SAMPLE,), (ChartSeries("n", (113,), ("113",)),))
    doc.add_picture(io.BytesIO(chart_png(chart, width=200, scale=1)))
    doc.save(str(path))
    back = Document(str(path))
    texts = [p.text for p in back.paragraphs]
    if SAMPLE not in texts or len(back.inline_shapes) != 1:
        raise CheckFailedError(f"{path.name}: read back {texts!r}, "
                               f"{len(back.inline_shapes)} picture(s)")


def qt_child_command() -> list[str]:
    """This program again, told to load the Qt platform plugin and exit."""
    if getattr(sys, "frozen", False):
        return [sys.executable, "selftest", "--qt-plugin-only"]
    return [sys.executable, "-m", "app", "selftest", "--qt-plugin-only"]


def check_qt_platform(folder: Path) -> None:
    env = dict(os.environ)
    if sys.platform.startswith("linux") and not (env.get("DISPLAY")
                                                 or env.get("WAYLAND_DISPLAY")):
        env.setdefault("QT_QPA_PLATFORM", "offscreen")
    package_root = str(Path(__file__).resolve().parent.parent)
    env["PYTHONPATH"] = os.pathsep.join(p for p in (package_root, env.get("PYTHONPATH"))
                                        if p)
    try:
        done = subprocess.run(qt_child_command(), env=env, capture_output=True, text=True,
                              timeout=120, check=False)
    except subprocess.TimeoutExpired as exc:
        raise CheckFailedError("the Qt platform plugin did not load within 120 s") from exc
    if done.returncode != 0:
        lines = [line.strip() for line in done.stderr.splitlines() if line.strip()]
        ours = [line for line in lines if line.startswith("infoline:")]
        qt = [line for line in lines if "Could not" in line or "could not" in line]
        reason = (ours or qt or lines or [f"exit {done.returncode}"])[-1]
        raise CheckFailedError(f"the Qt platform plugin ({env.get('QT_QPA_PLATFORM', 'default')}) "
                          f"did not load: {reason.removeprefix('infoline: ')}")


def qt_plugin_only() -> int:
    """The child of :func:`check_qt_platform`: a QApplication and one rendered label."""
    from app.qtlibs import QtLibraryError, require_gui

    try:
        require_gui()
    except QtLibraryError as exc:
        print(f"infoline: {exc}", file=sys.stderr)
        return 1
    from PySide6.QtWidgets import QApplication, QLabel

    app = QApplication(sys.argv[:1])
    label = QLabel(SAMPLE)
    label.adjustSize()
    image = label.grab().toImage()
    if image.isNull() or image.width() < 10:
        print("infoline: a label could not be drawn", file=sys.stderr)
        return 1
    del label
    app.quit()
    return 0


CHECKS: list[tuple[str, Callable[[Path], None]]] = [
    ("sqlcipher", check_sqlcipher),
    ("argon2, aes-gcm", check_crypto),
    ("migrations", check_migrations),
    ("translations", check_translations),
    ("pdf fonts", check_pdf),
    ("xlsx", check_xlsx),
    ("docx", check_docx),
    ("qt platform plugin", check_qt_platform),
]


def run_checks() -> list[tuple[str, str | None]]:
    """(name, None if it passed or the failure in one line) for every check."""
    results: list[tuple[str, str | None]] = []
    for name, check in CHECKS:
        with tempfile.TemporaryDirectory(prefix="infoline-selftest-") as tmp:
            try:
                check(Path(tmp))
            except CheckFailedError as exc:
                results.append((name, str(exc)))
            except Exception as exc:  # a broken installation fails in many ways
                text = re.sub(r"\s+", " ", str(exc)).strip()
                results.append((name, f"{type(exc).__name__}: {text}"))
            else:
                results.append((name, None))
    return results


def licences_dir() -> Path:
    """The licences shipped with the program: in the package's payload when frozen,
    packaging/licenses/ of a source checkout otherwise."""
    if getattr(sys, "frozen", False):
        return Path(getattr(sys, "_MEIPASS", Path(sys.executable).parent)) / "licences"
    return Path(__file__).resolve().parent.parent / "packaging" / "licenses"
