"""The key file's cryptography: argon2id derivation with bounded parameters, the key set an
account opens (database, case and signing keys), sealing to an X25519 public key, and the
recovery code's alphabet. :mod:`app.db.keyring` builds the key file from these; its
callers import the names from there.
"""

from __future__ import annotations

import base64
import secrets
import unicodedata
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from typing import Any

from argon2.low_level import Type, hash_secret_raw
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from app.db import sqlite as sqlite_store

KEY_BYTES = sqlite_store.KEY_BYTES
SALT_BYTES = 16
NONCE_BYTES = 12

RECOMMENDED_KDF_PARAMS: dict[str, int] = {
    "time_cost": 3, "memory_cost": 65536, "parallelism": 4}
"""RFC 9106's second recommended argon2id option: 64 MiB, 3 passes, 4 lanes."""
RECOVERY_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
"""Crockford's base 32: no I, L, O or U, so the code survives being read aloud."""
RECOVERY_GROUPS = 5
RECOVERY_GROUP_LEN = 5  # 25 symbols of 5 bits: 125 random bits
RECOVERY = "recovery"

KDF_BOUNDS: dict[str, tuple[int, int]] = {
    "time_cost": (1, 64), "memory_cost": (8, 4 * 1024 * 1024), "parallelism": (1, 64)}
"""The argon2id parameters a key file may ask for (memory in KiB: up to 4 GiB). Values
outside are refused as a damaged or altered key file before anything is derived: an
altered file must not make the app allocate 8 GiB, or spin for an hour, and then call
it a wrong password."""


class WrongPassword(Exception):  # noqa: N818 - the name agreed with the login
    """The user name or password is wrong (never says which)."""

    def __init__(self, message: str = "wrong user name or password") -> None:
        super().__init__(message)


class LockedOut(Exception):  # noqa: N818 - the name agreed with the login
    def __init__(self, until: datetime) -> None:
        self.until = until
        local = until.astimezone().strftime("%H:%M")
        super().__init__(f"too many failed attempts: this account is locked until {local}")


class KeyringError(Exception):
    """The key file is missing, damaged or from a newer version; the message is for the
    user."""


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: object) -> bytes:
    if not isinstance(text, str):
        raise ValueError("not base64 text")
    return base64.b64decode(text.encode("ascii"), validate=True)


def _iso(when: datetime) -> str:
    return when.astimezone(UTC).isoformat(timespec="seconds")


def _now(now: datetime | None) -> datetime:
    if now is None:
        return datetime.now(UTC)
    return now if now.tzinfo else now.replace(tzinfo=UTC)


def new_recovery_code() -> str:
    """A random recovery code for humans: five groups of five letters and digits."""
    symbols = "".join(secrets.choice(RECOVERY_ALPHABET)
                      for _ in range(RECOVERY_GROUPS * RECOVERY_GROUP_LEN))
    return "-".join(symbols[i:i + RECOVERY_GROUP_LEN]
                    for i in range(0, len(symbols), RECOVERY_GROUP_LEN))


def normalize_recovery_code(code: str) -> str:
    """The code as typed back: case, spaces and dashes do not matter, and O, I and L
    are read as 0, 1 and 1."""
    text = "".join(ch for ch in code.upper() if ch not in " -\t\n")
    return text.replace("O", "0").replace("I", "1").replace("L", "1")


def _derive(secret: str, kdf: dict[str, Any]) -> bytes:
    # NFKC, as NIST SP 800-63B asks: the same password typed on another keyboard
    # layout or input method (composed or decomposed letters) opens the same key.
    return hash_secret_raw(
        secret=unicodedata.normalize("NFKC", secret).encode("utf-8"),
        salt=_unb64(kdf["salt"]),
        time_cost=int(kdf["time_cost"]),
        memory_cost=int(kdf["memory_cost"]),
        parallelism=int(kdf["parallelism"]),
        hash_len=KEY_BYTES,
        type=Type.ID,
    )


def _check_bounds(kdf: dict[str, Any]) -> None:
    """ValueError when an argon2id parameter of ``kdf`` is missing or out of range."""
    for name, (low, high) in KDF_BOUNDS.items():
        value = kdf[name]
        if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
            raise ValueError(f"{name} out of range")
    if kdf["memory_cost"] < 8 * kdf["parallelism"]:
        raise ValueError("memory_cost below 8 KiB per lane")
    if len(_unb64(kdf["salt"])) < 8:
        raise ValueError("salt too short")


@dataclass(frozen=True)
class KeySet:
    """The keys one login holds: always the database key; the case key for the roles
    that may read assistance cases; the signing key for administrators."""

    db_key: bytes
    case_key: bytes | None = field(default=None, repr=False)
    sign_key: bytes | None = field(default=None, repr=False)
    """Ed25519 private key (32 bytes) that signs accounts' roles and state."""
    signing_public: bytes | None = None
    """The signing key's public half as this account's own entry has it (pinned by the
    password, so a changed key file cannot replace it); None before it was known."""
    prev_db_key: bytes | None = field(default=None, repr=False)
    """The database key before an unfinished change of key (see :meth:`Keyring.rekey`)."""
    prev_case_key: bytes | None = field(default=None, repr=False)

    def __repr__(self) -> str:  # never a key in a log or a traceback
        return (f"KeySet(case={self.case_key is not None}, sign={self.sign_key is not None},"
                f" pinned={self.signing_public is not None})")

    def signing_public_of_key(self) -> bytes | None:
        if self.sign_key is None:
            return None
        return Ed25519PrivateKey.from_private_bytes(self.sign_key).public_key() \
            .public_bytes_raw()


def new_keys(db_key: bytes | None = None) -> KeySet:
    """The keys of a new key file: the database key (``db_key``, or a new random one), a
    new case key and a new signing key."""
    keys = KeySet(db_key if db_key is not None else secrets.token_bytes(KEY_BYTES),
                  case_key=secrets.token_bytes(KEY_BYTES),
                  sign_key=Ed25519PrivateKey.generate().private_bytes_raw())
    return replace(keys, signing_public=keys.signing_public_of_key())


def _seal_to(public: bytes, data: bytes, aad: bytes) -> dict[str, str]:
    """``data`` sealed to an X25519 public key: an ephemeral key pair, HKDF-SHA256 of the
    shared secret, AES-256-GCM."""
    eph = X25519PrivateKey.generate()
    eph_pub = eph.public_key().public_bytes_raw()
    key = _hkdf(eph.exchange(X25519PublicKey.from_public_bytes(public)), eph_pub + public,
                aad)
    nonce = secrets.token_bytes(NONCE_BYTES)
    return {"eph": _b64(eph_pub), "nonce": _b64(nonce),
            "ct": _b64(AESGCM(key).encrypt(nonce, data, aad))}


def _unseal(private: X25519PrivateKey, sealed: dict[str, Any], aad: bytes) -> bytes | None:
    eph_pub = _unb64(sealed["eph"])
    public = private.public_key().public_bytes_raw()
    key = _hkdf(private.exchange(X25519PublicKey.from_public_bytes(eph_pub)),
                eph_pub + public, aad)
    try:
        return AESGCM(key).decrypt(_unb64(sealed["nonce"]), _unb64(sealed["ct"]), aad)
    except InvalidTag:
        return None


def _hkdf(shared: bytes, salt: bytes, info: bytes) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=KEY_BYTES, salt=salt, info=info) \
        .derive(shared)
