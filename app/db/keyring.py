"""The key file beside the database: the database key, wrapped once per user.

The database is encrypted with one random 256-bit key. ``<db>.keys`` holds that key
wrapped (AES-256-GCM) once per user with a key derived from the user's password by
argon2id, and once with a recovery code printed at set-up. Nothing in the file opens
the database without a password or the recovery code. The associated data of each
wrap binds it to the file's id and the user name, so an entry copied to another name
or another key file does not open.

Failed attempts and the lockout live here as well: they happen before the database can
be opened. They are kept as pending events for the audit log, which the login moves
into the database once it is open (:meth:`Keyring.pending_events`).

See docs/security.md for the design and what it does and does not protect.

The cryptographic pieces (derivation, the key set, sealing, the recovery code) are in
:mod:`app.db.keycrypto`. What is left, about 600 lines, is one class over one file
format and stays in one module on purpose: every method reads or changes the same JSON
document under the same lock and atomic write, and the format's rules (which version an
entry is, what its associated data binds it to, when it is re-wrapped) are easier to
check where they are all in view.
"""

from __future__ import annotations

import contextlib
import copy
import hashlib
import hmac
import json
import logging
import os
import secrets
import uuid
from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from argon2.exceptions import HashingError
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from app.db import sqlite as sqlite_store
from app.db.keycrypto import (
    KDF_BOUNDS,  # noqa: F401 - callers import it from here
    KEY_BYTES,
    NONCE_BYTES,
    RECOMMENDED_KDF_PARAMS,
    RECOVERY,
    RECOVERY_ALPHABET,  # noqa: F401 - callers import it from here
    RECOVERY_GROUP_LEN,  # noqa: F401 - callers import it from here
    RECOVERY_GROUPS,  # noqa: F401 - callers import it from here
    SALT_BYTES,
    KeyringError,
    KeySet,
    LockedOut,
    WrongPassword,
    _b64,
    _check_bounds,
    _derive,
    _iso,
    _now,
    _seal_to,
    _unb64,
    _unseal,
    new_keys,
    new_recovery_code,
    normalize_recovery_code,
)
from app.db.names import keys_file

log = logging.getLogger("app.db")

FORMAT = "infoline-desk-keys"
VERSION = 2
"""2: each account has a key pair; the database key, the case key and the signing key
are sealed to it (version 1 entries, the database key wrapped by the password alone,
still open and are upgraded at the account's next login)."""
KDF_PARAMS: dict[str, int] = dict(RECOMMENDED_KDF_PARAMS)
"""argon2id parameters for new and re-wrapped entries. An entry made with other
parameters is re-wrapped with these at its next successful unlock."""

MAX_FAILURES = 5
"""Failed passwords in a row that lock the account ..."""
LOCKOUT = timedelta(minutes=15)
"""... for this long."""
MAX_PENDING = 1000
"""Pending events kept at most (the oldest go first) when nobody logs in to move them."""

def _params_of(kdf: dict[str, Any]) -> dict[str, int]:
    return {k: int(kdf[k]) for k in KDF_PARAMS}


def _key_check(db_key: bytes, file_id: str) -> str:
    """A value that tells whether a key is this file's database key, and nothing else."""
    return _b64(hmac.new(db_key, f"{FORMAT}/check/{file_id}".encode(), hashlib.sha256)
                .digest())


class Keyring:
    """The key file of one database. Every change is written at once, atomically."""

    def __init__(self, path: Path, data: dict[str, Any]):
        self.path = path
        self._data = data
        self.created_keys: KeySet | None = None
        """Every key of a file just made by :meth:`create`."""

    # -- the file --------------------------------------------------------------------

    @staticmethod
    def path_for(db_path: Path) -> Path:
        return keys_file(db_path)

    @classmethod
    def exists(cls, db_path: Path) -> bool:
        return cls.path_for(db_path).is_file()

    @classmethod
    def create(cls, db_path: Path, *, db_key: bytes | None = None,
               users: dict[str, str] | None = None,
               code_pending: bool = False, keys: KeySet | None = None,
               grants: dict[str, tuple[bool, bool]] | None = None,
               ) -> tuple[Keyring, bytes, str]:
        """A new key file with a database key (``db_key``, or a new random one) and a new
        recovery code, saved, with an entry for each of ``users`` (name: password)
        written in the same first write.

        ``keys``: the keys to keep (:func:`new_keys`), when rows were signed with them
        before the file is written; otherwise new ones are made. ``grants``: for each
        user, whether the entry holds the case key and the signing key (both by
        default: the first administrator's).

        The recovery code is shown once, to be printed and locked away; it is not kept.
        ``code_pending``: the file says the code has not been shown yet
        (:attr:`recovery_code_pending`) until :meth:`recovery_code_shown` is called, so
        a set-up killed before it showed the code gives a new one when it is run again.
        """
        path = cls.path_for(db_path)
        if path.exists():
            raise KeyringError(f"{path}: a key file already exists; it is never replaced")
        if keys is None:
            keys = new_keys(db_key)
        db_key = keys.db_key
        if len(db_key) != KEY_BYTES:
            raise ValueError("a database key is 32 bytes")
        file_id = uuid.uuid4().hex
        code = new_recovery_code()
        data: dict[str, Any] = {
            "format": FORMAT,
            "version": VERSION,
            "file_id": file_id,
            "created_at": _iso(datetime.now(UTC)),
            "key_check": _key_check(db_key, file_id),
            "users": {},
            "recovery": None,
            "pending": [],
            "signing_public": _b64(keys.signing_public or b""),
            "case_check": _key_check(keys.case_key or b"", file_id),
        }
        if code_pending:
            data["recovery_pending"] = True
        ring = cls(path, data)
        data["recovery"] = ring._entry(normalize_recovery_code(code), RECOVERY, keys,
                                       case=True, sign=True)
        for username, password in (users or {}).items():
            if not username or username == RECOVERY:
                raise ValueError("a user name is required")
            case, sign = (grants or {}).get(username, (True, True))
            data["users"][username] = {**ring._entry(password, username, keys, case=case,
                                                     sign=sign),
                                       "failures": 0, "locked_until": None}
        ring._save(exclusive=True)
        ring.created_keys = keys
        return ring, db_key, code

    @classmethod
    def load(cls, db_path: Path) -> Keyring:
        return cls(cls.path_for(db_path), cls._read(cls.path_for(db_path)))

    @staticmethod
    def _read(path: Path) -> dict[str, Any]:
        try:
            raw = path.read_bytes()
        except FileNotFoundError:
            raise KeyringError(f"{path}: the key file is missing; without it nobody can "
                               "log in (restore it from a backup: it is kept beside "
                               "each backup as <backup>.keys)") from None
        except OSError as exc:
            raise KeyringError(f"{path}: cannot read the key file ({exc.strerror})") from exc
        try:
            data = json.loads(raw.decode("utf-8"))
        except (UnicodeDecodeError, ValueError):
            raise KeyringError(f"{path}: the key file is damaged (not JSON)") from None
        if not isinstance(data, dict) or data.get("format") != FORMAT:
            raise KeyringError(f"{path}: not an Infoline Desk key file")
        version = data.get("version")
        if not isinstance(version, int) or version < 1:
            raise KeyringError(f"{path}: the key file is damaged (no version)")
        if version > VERSION:
            raise KeyringError(f"{path}: made by a newer version of Infoline Desk (key "
                               f"file version {version}); update the app to open it")
        users, rec = data.get("users"), data.get("recovery")
        if not isinstance(users, dict) or not isinstance(data.get("file_id"), str) or \
                not isinstance(rec, dict) or not isinstance(data.get("key_check"), str):
            raise KeyringError(f"{path}: the key file is damaged (entries missing)")
        if not isinstance(data.get("pending"), list):
            data["pending"] = []
        return data

    def _save(self, *, exclusive: bool = False) -> None:
        """Write the file atomically: a temporary file, flushed, then renamed."""
        if any("box" in e for e in [*self._data["users"].values(), self._data["recovery"]]
               if isinstance(e, dict)):
            self._data["version"] = VERSION  # older versions cannot open these entries
        text = json.dumps(self._data, ensure_ascii=False, indent=1, sort_keys=True)
        tmp = self.path.with_name(
            f"{self.path.name}.{os.getpid()}.{secrets.token_hex(4)}.part")
        flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
        fd = os.open(tmp, flags, 0o600)
        try:
            with os.fdopen(fd, "wb") as f:
                f.write(text.encode("utf-8"))
                f.flush()
                os.fsync(f.fileno())
            if exclusive:
                self._link_new(tmp)
            else:
                tmp.replace(self.path)
        except BaseException:
            tmp.unlink(missing_ok=True)
            raise
        tmp.unlink(missing_ok=True)
        sqlite_store.fsync_dir(self.path.parent)

    def _link_new(self, tmp: Path) -> None:
        """``tmp`` under the key file's name only if no key file is there: a hard link
        fails when the name exists, so two set-ups at once never replace each other's
        key (the loser's database key would be lost with it)."""
        try:
            os.link(tmp, self.path)
        except FileExistsError:
            raise KeyringError(f"{self.path}: a key file already exists") from None
        except OSError:
            # no hard links on this file system (FAT): check, then rename
            if self.path.exists():
                raise KeyringError(f"{self.path}: a key file already exists") from None
            tmp.replace(self.path)

    def _update(self, change: Callable[[dict[str, Any]], None]) -> None:
        """Apply ``change`` to the newest content of the file and save it.

        Re-read first: a command and the window may both have the file loaded.
        """
        try:
            self._data = self._read(self.path)
        except KeyringError:
            if self.path.exists():
                raise
        change(self._data)
        self._save()

    # -- wrapping ----------------------------------------------------------------------

    def _aad(self, name: str) -> bytes:
        kind = "recovery" if name == RECOVERY else f"user/{name}"
        return f"{FORMAT}/v1/{self._data['file_id']}/{kind}".encode()

    def _wrap(self, secret: str, name: str, db_key: bytes) -> dict[str, Any]:
        kdf: dict[str, Any] = {"name": "argon2id", **KDF_PARAMS,
                               "salt": _b64(secrets.token_bytes(SALT_BYTES))}
        nonce = secrets.token_bytes(NONCE_BYTES)
        wrapped = AESGCM(_derive(secret, kdf)).encrypt(nonce, db_key, self._aad(name))
        return {"kdf": kdf, "nonce": _b64(nonce), "wrapped": _b64(wrapped)}

    def _unwrap(self, secret: str, name: str, entry: dict[str, Any]) -> bytes | None:
        try:
            kdf = entry["kdf"]
            if kdf.get("name") != "argon2id":
                raise KeyringError(f"{self.path}: unknown key derivation {kdf.get('name')}")
            _check_bounds(kdf)
            key = _derive(secret, kdf)
            nonce, wrapped = _unb64(entry["nonce"]), _unb64(entry["wrapped"])
        except (KeyError, TypeError, ValueError, AttributeError, OverflowError,
                HashingError):
            raise KeyringError(f"{self.path}: the key file is damaged or altered (entry "
                               f"of {'the recovery code' if name == RECOVERY else name})") \
                from None
        try:
            db_key = AESGCM(key).decrypt(nonce, wrapped, self._aad(name))
        except InvalidTag:
            return None
        if len(db_key) != KEY_BYTES:
            raise KeyringError(f"{self.path}: the key file is damaged")
        return db_key

    def _check_db_key(self, db_key: bytes) -> None:
        if len(db_key) != KEY_BYTES or not hmac.compare_digest(
                _key_check(db_key, self._data["file_id"]), self._data["key_check"]):
            raise KeyringError(f"{self.path}: that is not this database's key")


    # -- version 2 entries: a key pair per account, keys sealed to it -----------------

    def _aad2(self, name: str, part: str) -> bytes:
        kind = "recovery" if name == RECOVERY else f"user/{name}"
        return f"{FORMAT}/v2/{self._data['file_id']}/{kind}/{part}".encode()

    def _entry(self, secret: str, name: str, keys: KeySet, *, case: bool,
               sign: bool) -> dict[str, Any]:
        """A version 2 entry: a new X25519 key pair whose private half (with the signing
        key's public half, pinned) is wrapped by ``secret``; the database key and, when
        granted, the case and signing keys sealed to its public half."""
        kdf: dict[str, Any] = {"name": "argon2id", **KDF_PARAMS,
                               "salt": _b64(secrets.token_bytes(SALT_BYTES))}
        private = X25519PrivateKey.generate()
        public = private.public_key().public_bytes_raw()
        pinned = keys.signing_public or self.signing_public() or b""
        nonce = secrets.token_bytes(NONCE_BYTES)
        box = AESGCM(_derive(secret, kdf)).encrypt(
            nonce, private.private_bytes_raw() + pinned, self._aad2(name, "box"))
        entry: dict[str, Any] = {"kdf": kdf, "box": {"nonce": _b64(nonce), "wrapped": _b64(box)},
                                 "public": _b64(public), "sealed": {}}
        self._seal_keys(entry, name, keys, case=case, sign=sign)
        return entry

    def _seal_keys(self, entry: dict[str, Any], name: str, keys: KeySet, *, case: bool,
                   sign: bool) -> None:
        public = _unb64(entry["public"])
        sealed = entry.setdefault("sealed", {})
        sealed["db"] = _seal_to(public, keys.db_key, self._aad2(name, "db"))
        for part, key, wanted in (("case", keys.case_key, case),
                                  ("sign", keys.sign_key, sign)):
            if wanted and key is not None:
                sealed[part] = _seal_to(public, key, self._aad2(name, part))
            elif not wanted:
                sealed.pop(part, None)
        for part, key in (("db_prev", keys.prev_db_key), ("case_prev", keys.prev_case_key)):
            if key is not None and (part == "db_prev" or "case" in sealed):
                sealed[part] = _seal_to(public, key, self._aad2(name, part))
            else:
                sealed.pop(part, None)

    def _open_entry(self, secret: str, name: str, entry: dict[str, Any]) -> KeySet | None:
        """The keys of a version 2 entry; None when ``secret`` is wrong."""
        try:
            kdf = entry["kdf"]
            if kdf.get("name") != "argon2id":
                raise KeyringError(f"{self.path}: unknown key derivation {kdf.get('name')}")
            _check_bounds(kdf)
            key = _derive(secret, kdf)
            nonce, box = _unb64(entry["box"]["nonce"]), _unb64(entry["box"]["wrapped"])
        except (KeyError, TypeError, ValueError, AttributeError, OverflowError,
                HashingError):
            raise self._damaged(name) from None
        try:
            inner = AESGCM(key).decrypt(nonce, box, self._aad2(name, "box"))
        except InvalidTag:
            return None
        return self._open_sealed(name, entry, inner)

    def _open_sealed(self, name: str, entry: dict[str, Any], inner: bytes) -> KeySet:
        try:
            private = X25519PrivateKey.from_private_bytes(inner[:KEY_BYTES])
            pinned = inner[KEY_BYTES:] or None
            sealed = entry["sealed"]
            found: dict[str, bytes | None] = {}
            for part in ("db", "case", "sign", "db_prev", "case_prev"):
                if part in sealed:
                    found[part] = _unseal(private, sealed[part], self._aad2(name, part))
                    if found[part] is None or len(found[part] or b"") != KEY_BYTES:
                        raise ValueError(part)
        except (KeyError, TypeError, ValueError, AttributeError):
            raise self._damaged(name) from None
        db_key = found.get("db")
        if db_key is None:
            raise self._damaged(name)
        return KeySet(db_key, case_key=found.get("case"), sign_key=found.get("sign"),
                      signing_public=pinned, prev_db_key=found.get("db_prev"),
                      prev_case_key=found.get("case_prev"))

    def _damaged(self, name: str) -> KeyringError:
        who = "the recovery code" if name == RECOVERY else name
        return KeyringError(f"{self.path}: the key file is damaged or altered (entry of {who})")

    def _open_any(self, secret: str, name: str, entry: dict[str, Any]) -> KeySet | None:
        """Either kind of entry: version 2, or version 1 (the database key alone)."""
        if "box" in entry:
            return self._open_entry(secret, name, entry)
        db_key = self._unwrap(secret, name, entry)
        return None if db_key is None else KeySet(db_key)

    def signing_public(self) -> bytes | None:
        """The public half of the signing key as the key file has it (anyone who can
        write the file can change this copy; each account's entry pins its own)."""
        text = self._data.get("signing_public")
        try:
            return _unb64(text) or None if text else None
        except ValueError:
            raise KeyringError(f"{self.path}: the key file is damaged (signing key)") \
                from None

    def recovery_is_current(self) -> bool:
        """Whether the recovery code's entry is of version 2 (it can follow a new key)."""
        self._data = self._read(self.path)
        return "box" in self._data["recovery"]

    def is_current(self, username: str) -> bool:
        """Whether the entry of ``username`` is of version 2 (key pair, sealed keys)."""
        entry = self._data["users"].get(username)
        return isinstance(entry, dict) and "box" in entry

    def holds(self, username: str, part: str) -> bool:
        """Whether ``part`` (``case``, ``sign``) is sealed to ``username``."""
        entry = self._data["users"].get(username)
        return isinstance(entry, dict) and part in (entry.get("sealed") or {})

    def grant(self, username: str, keys: KeySet, *, case: bool, sign: bool) -> bool:
        """Seal the case key (``case``) and the signing key (``sign``) to the account, or
        take them away; False when its entry is of version 1 (it gets them after its
        next login, at the next login of someone who holds them)."""
        if not self.is_current(username):
            return False

        def change(data: dict[str, Any]) -> None:
            e = data["users"].get(username)
            if isinstance(e, dict) and "box" in e:
                self._seal_keys(e, username, keys, case=case, sign=sign)

        self._update(change)
        return True

    def start_rekey(self, old: KeySet, *, new_case: bool,
                    drop: tuple[str, ...] = ()) -> tuple[KeySet, list[str]]:
        """A new database key (and a new case key when ``new_case``), sealed to every
        account left and to the recovery code, the old keys kept beside them until
        :meth:`finish_rekey`, so a kill in between leaves both usable. Accounts in
        ``drop`` lose their entry. Version 1 entries cannot be sealed to: they go too,
        and are returned (their accounts need a new password from an administrator).
        Returns the new keys."""
        if old.case_key is None or old.sign_key is None:
            raise KeyringError("only an administrator holding every key can change them")
        new = replace(old, db_key=secrets.token_bytes(KEY_BYTES),
                      case_key=secrets.token_bytes(KEY_BYTES) if new_case else old.case_key,
                      prev_db_key=old.db_key,
                      prev_case_key=old.case_key if new_case else None)
        if "box" not in self._data["recovery"]:
            raise KeyringError("the recovery code is from before accounts had key pairs; "
                               "make a new recovery code first (infoline accounts "
                               "recovery-code), then try again")
        dropped: list[str] = []

        def change(data: dict[str, Any]) -> None:
            for name in list(data["users"]):
                e = data["users"][name]
                if name in drop or not (isinstance(e, dict) and "box" in e):
                    if name not in drop:
                        dropped.append(name)
                    del data["users"][name]
                    continue
                self._seal_keys(e, name, new, case="case" in e.get("sealed", {}),
                                sign="sign" in e.get("sealed", {}))
            rec = data["recovery"]
            if "box" in rec:
                self._seal_keys(rec, RECOVERY, new, case=True, sign=True)
            data["key_check_prev"] = data["key_check"]
            data["key_check"] = _key_check(new.db_key, data["file_id"])
            if new.case_key is not None:
                data["case_check"] = _key_check(new.case_key, data["file_id"])

        self._update(change)
        return new, dropped

    def finish_rekey(self, keys: KeySet) -> KeySet:
        """Forget the old keys once the database and its sealed values use the new."""
        done = replace(keys, prev_db_key=None, prev_case_key=None)

        def change(data: dict[str, Any]) -> None:
            for e in [*data["users"].values(), data["recovery"]]:
                if isinstance(e, dict) and "box" in e:
                    e.get("sealed", {}).pop("db_prev", None)
                    e.get("sealed", {}).pop("case_prev", None)
            data.pop("key_check_prev", None)

        self._update(change)
        return done

    def set_case_key(self, username: str, password: str, keys: KeySet) -> KeySet:
        """Upgrade from version 1: a case key and a signing key made by the first
        administrator to log in after the upgrade, sealed to that administrator (whose
        entry is made anew with ``password``, the one just typed). Returns the keys."""
        full = replace(keys, case_key=keys.case_key or secrets.token_bytes(KEY_BYTES),
                       sign_key=keys.sign_key or Ed25519PrivateKey.generate()
                       .private_bytes_raw())
        full = replace(full, signing_public=full.signing_public_of_key())
        entry = self._entry(password, username, full, case=True, sign=True)

        def change(data: dict[str, Any]) -> None:
            old = data["users"].get(username)
            if old is None:
                raise KeyError(username)
            data["users"][username] = {**entry, "failures": 0, "locked_until": None}
            data["signing_public"] = _b64(full.signing_public or b"")
            data["case_check"] = _key_check(full.case_key or b"", data["file_id"])

        self._update(change)
        return full

    def check_case_key(self, case_key: bytes) -> bool:
        check = self._data.get("case_check")
        return isinstance(check, str) and hmac.compare_digest(
            _key_check(case_key, self._data["file_id"]), check)

    # -- users -------------------------------------------------------------------------

    @property
    def file_id(self) -> str:
        return str(self._data["file_id"])

    def usernames(self) -> list[str]:
        return sorted(self._data["users"])

    def add_user(self, username: str, password: str, keys: bytes | KeySet, *,
                 case: bool = False, sign: bool = False) -> None:
        """An entry for ``username``: the database key, and the case key (``case``) and
        signing key (``sign``) when ``keys`` has them, sealed to a new key pair."""
        if not username or username == RECOVERY:
            raise ValueError("a user name is required")
        if username in self._data["users"]:
            raise KeyringError(f"{username}: already has a key in {self.path}")
        keys = keys if isinstance(keys, KeySet) else KeySet(keys)
        self._check_db_key(keys.db_key)
        entry = self._entry(password, username, keys, case=case, sign=sign)

        def change(data: dict[str, Any]) -> None:
            if username in data["users"]:
                raise KeyringError(f"{username}: already has a key in {self.path}")
            data["users"][username] = {**entry, "failures": 0, "locked_until": None}

        self._update(change)

    def remove_user(self, username: str) -> None:
        def change(data: dict[str, Any]) -> None:
            if data["users"].pop(username, None) is None:
                raise KeyError(username)

        self._update(change)

    def set_password(self, username: str, password: str, keys: bytes | KeySet, *,
                     case: bool = False, sign: bool = False) -> None:
        """A new password for ``username`` (also clears a lockout): a new entry, with the
        keys granted as in :meth:`add_user`."""
        keys = keys if isinstance(keys, KeySet) else KeySet(keys)
        self._check_db_key(keys.db_key)
        entry = self._entry(password, username, keys, case=case, sign=sign)

        def change(data: dict[str, Any]) -> None:
            if username not in data["users"]:
                raise KeyError(username)
            data["users"][username] = {**entry, "failures": 0, "locked_until": None}

        self._update(change)

    def locked_until(self, username: str, now: datetime | None = None) -> datetime | None:
        """When the lockout of ``username`` ends, or None when it is not locked."""
        entry = self._data["users"].get(username)
        until = entry.get("locked_until") if isinstance(entry, dict) else None
        if not until:
            return None
        try:
            end = _now(datetime.fromisoformat(until))
        except (TypeError, ValueError):
            # Fails closed: a lockout that cannot be read is not taken as none.
            raise KeyringError(f"{self.path}: the key file is damaged (lockout of "
                               f"{username})") from None
        return end if end > _now(now) else None

    def unlock(self, username: str, password: str, now: datetime | None = None) -> bytes:
        """The database key, unwrapped with the password of ``username``
        (:meth:`unlock_keys` gives every key the account holds)."""
        return self.unlock_keys(username, password, now).db_key

    def unlock_keys(self, username: str, password: str,
                    now: datetime | None = None) -> KeySet:
        """The keys of ``username``, opened with the password.

        Raises :class:`WrongPassword` (unknown user or wrong password alike) or
        :class:`LockedOut`. The failure counter and pending events are saved; on success
        an entry made with older KDF parameters is re-wrapped with :data:`KDF_PARAMS`.
        """
        when = _now(now)
        self._data = self._read(self.path)  # the newest counters
        entry = self._data["users"].get(username)
        if entry is None:
            # As slow as a real attempt, so timing does not tell which names exist. The
            # typed name is not logged: people type their password into it.
            self._open_any(password, RECOVERY, self._data["recovery"])
            self._event(when, "login.failed", None, reason="unknown user")
            raise WrongPassword
        until = self.locked_until(username, when)
        if until is not None:
            self._event(when, "login.locked", username)
            raise LockedOut(until)
        keys = self._open_any(password, username, entry)
        if keys is None:
            locked: list[datetime] = []

            def fail(data: dict[str, Any]) -> None:
                e = data["users"].get(username)
                if e is None:
                    return
                e["failures"] = int(e.get("failures") or 0) + 1
                if e["failures"] >= MAX_FAILURES:
                    e["failures"] = 0
                    e["locked_until"] = _iso(when + LOCKOUT)
                    locked.append(when + LOCKOUT)
                self._append_event(data, when, "login.failed", username)
                if locked:
                    self._append_event(data, when, "account.locked", username)

            self._update(fail)
            if locked:
                log.warning("an account was locked after %d failed logins", MAX_FAILURES)
                raise LockedOut(locked[0])
            raise WrongPassword
        # Made anew: older KDF parameters; a version 1 entry (upgraded now, while the
        # password is at hand); an entry that has not pinned the signing key yet.
        stale = _params_of(entry["kdf"]) != KDF_PARAMS or "box" not in entry or (
            keys.signing_public is None and self.signing_public() is not None)
        if stale or entry.get("failures") or entry.get("locked_until"):
            if stale:
                keys = replace(keys, signing_public=keys.signing_public
                               or self.signing_public())
            fresh = self._entry(password, username, keys, case=keys.case_key is not None,
                                sign=keys.sign_key is not None) if stale else None
            mark = entry.get("box") or entry.get("wrapped")

            def succeed(data: dict[str, Any]) -> None:
                e = data["users"].get(username)
                if e is None:
                    return
                if fresh is not None and (e.get("box") or e.get("wrapped")) == mark:
                    for old in ("nonce", "wrapped"):
                        e.pop(old, None)
                    e.update(fresh)
                e["failures"] = 0
                e["locked_until"] = None

            self._update(succeed)
            if stale:
                log.info("a key entry was made anew (current KDF parameters, key pair)")
        return keys

    def unlock_with_recovery(self, code: str) -> bytes:
        """The database key from the recovery code; :class:`WrongPassword` when wrong."""
        return self.unlock_recovery_keys(code).db_key

    def unlock_recovery_keys(self, code: str) -> KeySet:
        """Every key the recovery code opens; :class:`WrongPassword` when wrong."""
        keys = self._open_any(normalize_recovery_code(code), RECOVERY,
                              self._data["recovery"])
        when = datetime.now(UTC)
        if keys is None:
            self._update(lambda data: self._append_event(data, when, "recovery.failed", None))
            raise WrongPassword("wrong recovery code")
        self._update(lambda data: self._append_event(data, when, "recovery.used", None))
        return keys

    @property
    def recovery_code_pending(self) -> bool:
        """Whether the set-up that made this file has not shown its recovery code yet."""
        return bool(self._data.get("recovery_pending"))

    def recovery_code_shown(self) -> None:
        """The recovery code was shown (printed, or written down in the window)."""
        if self.recovery_code_pending:
            self._update(lambda data: data.pop("recovery_pending", None))

    def set_recovery_code(self, keys: bytes | KeySet, *, unseen: bool = False) -> str:
        """A new recovery code (the old one stops working); returned once, not kept. It
        opens every key given in ``keys``. ``unseen``: marked "not shown yet" in the
        same write, until :meth:`recovery_code_seen` (an administrator's new code)."""
        keys = keys if isinstance(keys, KeySet) else KeySet(keys)
        self._check_db_key(keys.db_key)
        code = new_recovery_code()
        entry = self._entry(normalize_recovery_code(code), RECOVERY, keys, case=True,
                            sign=True)

        def change(data: dict[str, Any]) -> None:
            data["recovery"] = entry
            if unseen:
                data["recovery_unseen"] = True
            else:
                data.pop("recovery_unseen", None)

        self._update(change)
        return code

    @property
    def recovery_code_unseen(self) -> bool:
        """Whether an administrator's new recovery code was made but never confirmed as
        written down (the app was killed or closed while it was shown): the code on
        paper no longer works, so the next administrator's login asks for a new one."""
        return bool(self._data.get("recovery_unseen"))

    def recovery_code_seen(self) -> None:
        """The new code was written down or printed."""
        if self.fields("recovery_unseen"):
            self._update(lambda data: data.pop("recovery_unseen", None))

    def recovery_entry(self) -> dict[str, Any]:
        """The recovery code's entry as the file holds it now (sealed; no code in it),
        for :meth:`restore_recovery_entry`."""
        with contextlib.suppress(KeyringError):
            self._data = self._read(self.path)
        return copy.deepcopy(self._data["recovery"])

    def restore_recovery_entry(self, entry: dict[str, Any], *,
                               replacing: dict[str, Any]) -> bool:
        """Put back an earlier recovery entry (a new code that was never shown must not
        end the old one), only while the file still holds ``replacing``; False when
        another process made a newer code in between."""
        done: list[bool] = []

        def change(data: dict[str, Any]) -> None:
            if data["recovery"] == replacing:
                data["recovery"] = copy.deepcopy(entry)
                data.pop("recovery_unseen", None)
                done.append(True)

        self._update(change)
        return bool(done)

    # -- events for the audit log ------------------------------------------------------

    @staticmethod
    def _append_event(data: dict[str, Any], when: datetime, event: str,
                      username: str | None, **extra: str) -> None:
        pending = data.setdefault("pending", [])
        pending.append({"id": uuid.uuid4().hex, "event": event, "username": username,
                        "at": _iso(when), **extra})
        del pending[:-MAX_PENDING]

    def _event(self, when: datetime, event: str, username: str | None,
               **extra: str) -> None:
        self._update(lambda data: self._append_event(data, when, event, username, **extra))

    def note_event(self, event: str, username: str | None, when: datetime | None = None,
                   **extra: str) -> None:
        """Keep an event for the audit log here until the next login moves it there
        (a login while another program holds the database's write lock)."""
        self._event(when or datetime.now(UTC), event, username, **extra)

    def pending_events(self) -> list[dict[str, Any]]:
        """Failed logins, lockouts and recovery-code uses not yet in the audit log:
        ``{"id", "event", "username" (None when unknown), "at" (ISO 8601, UTC)}``; never a
        password or a name that no account has."""
        with contextlib.suppress(KeyringError):
            self._data = self._read(self.path)
        return [dict(e) for e in self._data.get("pending", [])]

    def clear_pending(self, seen: list[dict[str, Any]] | None = None) -> None:
        """Forget the pending events (only those in ``seen``, when given: an event
        added since :meth:`pending_events` was read stays)."""

        def change(data: dict[str, Any]) -> None:
            if seen is None:
                data["pending"] = []
            else:
                gone = {e.get("id") for e in seen}
                data["pending"] = [e for e in data.get("pending", [])
                                   if e.get("id") not in gone]

        self._update(change)

    # -- fields kept for other parts of the app (app/db/audit_witness.py) -------------

    def fields(self, *names: str) -> dict[str, Any]:
        """The newest values of top-level fields other parts of the app keep here (the
        audit log's head); an absent field is left out."""
        with contextlib.suppress(KeyringError):
            self._data = self._read(self.path)
        return {n: self._data[n] for n in names if n in self._data}

    def set_fields(self, values: dict[str, Any], *, expect: dict[str, Any]) -> bool:
        """Set top-level fields, only when they still hold ``expect`` (an absent field:
        None); False when another process changed them in between."""
        if set(values) & {"format", "version", "file_id", "key_check", "users",
                          "recovery", "pending"}:
            raise ValueError("not a field other parts of the app may set")
        done: list[bool] = []

        def change(data: dict[str, Any]) -> None:
            if any(data.get(k) != expect.get(k) for k in values):
                return
            data.update(values)
            done.append(True)

        self._update(change)
        return bool(done)
