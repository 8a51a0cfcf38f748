"""Columns sealed under the case key: the most sensitive data of assistance cases.

The whole database is encrypted with the database key, which every account holds (it
opens the file). The clients of assistance cases, their relatives and the free text of
their cases are encrypted once more, column by column, under a second random 256-bit
key, the **case key**, which the key file gives only to the roles that may read
assistance cases (``assistance.manage``: specialist, supervisor, administrator) and to
the recovery code. A consultant's login opens the database but not the case key: raw
SQL shows these columns as ciphertext.

A sealed value is stored as ``ic1:`` followed by base64 of a 12-byte nonce and the
AES-256-GCM ciphertext; the associated data binds it to its table and column, so a
value moved to another column does not open. Values without the prefix are plain
(written before sealing existed, or empty) and are read as they are; the first login
of an account holding the case key seals them (:func:`seal_plain_values`).

The ORM reads and writes these columns through :class:`Sealed` and
:class:`SealedJSON`, which find the case key of the database's engine
(:func:`set_cipher`); the sync engine, which works on stored values, calls
:func:`open_row` and :func:`seal_row` at its edges. See docs/security.md.
"""

from __future__ import annotations

import base64
import hashlib
import json
import secrets
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from sqlalchemy import JSON, String, Text
from sqlalchemy.engine import Dialect, Engine
from sqlalchemy.types import TypeDecorator

PREFIX = "ic1:"
NONCE_BYTES = 12
KEY_BYTES = 32

SEALED_COLUMNS: dict[str, tuple[str, ...]] = {
    "assistance_case": ("client_name", "client_phone", "client_email", "client_address",
                        "search_key", "exploitation_notes", "closure_note"),
    "assistance_relative": ("name", "phone", "address", "notes"),
    "assistance_consent": ("notes",),
    "assistance_service": ("notes",),
    "assistance_referral": ("purpose", "status_reason"),
    "assistance_monitoring": ("housing_note", "work_note", "health_note", "safety_note",
                              "legal_note", "summary"),
    "assistance_event": ("text", "data"),
    "sync_conflict": ("winner_data", "loser_data"),
}
"""Every sealed column, by table (the models declare them with :class:`Sealed`)."""


class CaseKeyMissing(Exception):  # noqa: N818 - reads as the situation it names
    """Sealed data was to be read or written without the case key (a role that may not
    read assistance cases, or a database whose case key is not unlocked)."""

    def __init__(self, message: str = "this needs the case key, which this account "
                 "does not hold (assistance cases are for specialists, supervisors and "
                 "administrators)") -> None:
        super().__init__(message)


class SealedValueError(Exception):
    """A sealed value does not open with the case key (damaged or changed outside the
    app, or sealed under another key)."""


def is_sealed(value: object) -> bool:
    return isinstance(value, str) and value.startswith(PREFIX)


class CaseCipher:
    """AES-256-GCM under one case key."""

    def __init__(self, key: bytes, *older: bytes) -> None:
        """``older``: keys of before an unfinished change of the case key; values sealed
        under them still open, new values are sealed under ``key``."""
        if any(len(k) != KEY_BYTES for k in (key, *older)):
            raise ValueError("a case key is 32 bytes")
        self._aes = AESGCM(key)
        self._older = [AESGCM(k) for k in older]
        self.key_id = hashlib.sha256(b"infoline-desk/case-key-id/" + key).hexdigest()[:16]

    @staticmethod
    def _aad(table: str, column: str) -> bytes:
        return f"infoline-desk/sealed/v1/{table}.{column}".encode()

    def seal(self, table: str, column: str, text: str) -> str:
        nonce = secrets.token_bytes(NONCE_BYTES)
        ct = self._aes.encrypt(nonce, text.encode("utf-8"), self._aad(table, column))
        return PREFIX + base64.b64encode(nonce + ct).decode("ascii")

    def open(self, table: str, column: str, stored: str) -> str:
        try:
            raw = base64.b64decode(stored[len(PREFIX):].encode("ascii"), validate=True)
        except ValueError:
            raw = b""
        for aes in (self._aes, *self._older):
            try:
                text = aes.decrypt(raw[:NONCE_BYTES], raw[NONCE_BYTES:],
                                   self._aad(table, column))
                return text.decode("utf-8")
            except (ValueError, InvalidTag, UnicodeDecodeError):
                continue
        raise SealedValueError(f"a sealed value of {table}.{column} does not open with "
                                   "the case key (changed outside the app?)") from None


_CIPHER_ATTR = "_infoline_case_cipher"
_STRICT_ATTR = "_infoline_sealed_strict"


def set_cipher(engine: Engine, cipher: CaseCipher | None) -> None:
    """The case key of the database behind ``engine`` (None: not held by this login).
    Each engine has its own dialect object, which the column types receive."""
    setattr(engine.dialect, _CIPHER_ATTR, cipher)


def require_sealing(engine: Engine) -> None:
    """Refuse to write a sealed column in plain through ``engine`` (an encrypted
    database): without the case key such a write fails instead. An unencrypted database
    (only old files before their set-up, and tests) keeps these values plain."""
    setattr(engine.dialect, _STRICT_ATTR, True)


def cipher_of(dialect_or_engine: Dialect | Engine) -> CaseCipher | None:
    dialect = getattr(dialect_or_engine, "dialect", dialect_or_engine)
    cipher = getattr(dialect, _CIPHER_ATTR, None)
    return cipher if isinstance(cipher, CaseCipher) else None


def _seal_text(dialect: Dialect, table: str, column: str, value: str | None) -> str | None:
    if value is None or value == "" or is_sealed(value):
        return value
    cipher = cipher_of(dialect)
    if cipher is None:
        if getattr(dialect, _STRICT_ATTR, False):
            raise CaseKeyMissing
        return value
    return cipher.seal(table, column, value)


def _open_text(dialect: Dialect, table: str, column: str, value: str | None) -> str | None:
    if not is_sealed(value):
        return value
    cipher = cipher_of(dialect)
    if cipher is None:
        raise CaseKeyMissing
    assert value is not None
    return cipher.open(table, column, value)


class Sealed(TypeDecorator[str]):
    """A text column sealed under the case key."""

    impl = String
    cache_ok = True

    def __init__(self, table: str, column: str, length: int | None = None) -> None:
        super().__init__(length)
        self.table, self.column = table, column

    def load_dialect_impl(self, dialect: Dialect) -> Any:
        return dialect.type_descriptor(Text())

    def process_bind_param(self, value: Any, dialect: Dialect) -> Any:
        return _seal_text(dialect, self.table, self.column, value)

    def process_result_value(self, value: Any, dialect: Dialect) -> Any:
        return _open_text(dialect, self.table, self.column, value)


class SealedJSON(TypeDecorator[Any]):
    """A JSON column sealed under the case key (the JSON text is sealed)."""

    impl = Text
    cache_ok = True

    def __init__(self, table: str, column: str) -> None:
        super().__init__()
        self.table, self.column = table, column

    @property
    def json_type(self) -> JSON:
        return JSON()

    def process_bind_param(self, value: Any, dialect: Dialect) -> Any:
        if value is None:
            return None
        return _seal_text(dialect, self.table, self.column,
                          json.dumps(value, ensure_ascii=False))

    def process_result_value(self, value: Any, dialect: Dialect) -> Any:
        text = _open_text(dialect, self.table, self.column, value)
        return None if text is None else json.loads(text)


# -- stored values (the sync engine, the upgrade) ---------------------------------------


def open_row(cipher: CaseCipher | None, table: str, columns: tuple[str, ...] | list[str],
             row: list[Any]) -> list[Any]:
    """``row`` (stored values in ``columns`` order) with its sealed values opened."""
    sealed = SEALED_COLUMNS.get(table)
    if not sealed:
        return row
    out = list(row)
    for i, name in enumerate(columns):
        if name in sealed and is_sealed(out[i]):
            if cipher is None:
                raise CaseKeyMissing
            out[i] = cipher.open(table, name, out[i])
    return out


def seal_row(cipher: CaseCipher | None, table: str, columns: tuple[str, ...] | list[str],
             row: list[Any]) -> list[Any]:
    """``row`` (plain values in ``columns`` order) with the sealed columns sealed;
    without ``cipher`` (an unencrypted database) as it is."""
    sealed = SEALED_COLUMNS.get(table)
    if not sealed or cipher is None:
        return row
    out = list(row)
    for i, name in enumerate(columns):
        value = out[i]
        if name in sealed and isinstance(value, str) and value and not is_sealed(value):
            out[i] = cipher.seal(table, name, value)
    return out


def plain_value_count(raw: Any) -> int:
    """How many values of sealed columns are still stored plain (``raw``: a DB-API
    connection)."""
    total = 0
    for table, columns in SEALED_COLUMNS.items():
        cond = " OR ".join(f"({c} IS NOT NULL AND {c} != '' AND substr({c}, 1, "
                           f"{len(PREFIX)}) != '{PREFIX}')" for c in columns)
        total += int(raw.execute(f"SELECT count(*) FROM {table} WHERE {cond}").fetchone()[0])
    return total


def reseal_values(raw: Any, new: CaseCipher, old: CaseCipher | None = None) -> int:
    """Seal every plain value of the sealed columns under ``new``, and values sealed
    under ``old`` again under ``new`` (a new case key). Runs inside the caller's
    transaction: all or nothing. Returns how many values were written."""
    done = 0
    for table, columns in SEALED_COLUMNS.items():
        cols = ", ".join(columns)
        rows = raw.execute(f"SELECT id, {cols} FROM {table}").fetchall()
        for row in rows:
            values = list(row[1:])
            changed = False
            for i, name in enumerate(columns):
                v = values[i]
                if not isinstance(v, str) or v == "":
                    continue
                if is_sealed(v):
                    if old is None:
                        continue
                    try:
                        new.open(table, name, v)
                        continue  # sealed under the new key already
                    except SealedValueError:
                        v = old.open(table, name, v)
                values[i] = new.seal(table, name, v)
                changed = True
            if changed:
                sets = ", ".join(f"{c} = ?" for c in columns)
                raw.execute(f"UPDATE {table} SET {sets} WHERE id = ?", (*values, row[0]))
                done += 1
    return done
