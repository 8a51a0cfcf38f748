"""Accounts' roles and state, signed by an administrator.

Every account holds the database key (it opens the file), so anyone with an account
could change ``app_user`` with SQL: make themselves an administrator, or bring back a
deactivated colleague. Each account row therefore carries an Ed25519 signature over its
id, user name, role and state, made with the **signing key**, which the key file seals
only to administrators (and the recovery code). The signature also covers a value
derived from the database key, so it no longer verifies once the database key changed
(a signature from before a deactivation cannot be put back). The login verifies the
signature of the account logging in with the public half pinned in that account's own
key-file entry, and refuses a mismatch; :func:`problems` is one of ``infoline check``'s
checks. See docs/security.md.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import (
    Ed25519PrivateKey,
    Ed25519PublicKey,
)
from sqlalchemy import select
from sqlalchemy.orm import Session

from app.db import Store, register_check
from app.db.keyring import Keyring, KeySet
from app.models import User
from app.models.sealed import CaseCipher, reseal_values


def _epoch(db_key: bytes | None) -> str:
    return hmac.new(db_key or b"", b"infoline-desk/accounts-epoch",
                    hashlib.sha256).hexdigest()[:32]


def payload(user: User, db_key: bytes | None) -> bytes:
    """What is signed: who the account is, what it may do, whether it may log in."""
    return json.dumps({
        "id": user.id, "username": user.username, "role": user.role,
        "active": bool(user.active), "deleted": user.deleted_at is not None,
        "epoch": _epoch(db_key),
    }, sort_keys=True, separators=(",", ":")).encode("utf-8")


def sign(user: User, db_key: bytes | None, sign_key: bytes) -> None:
    """Sign ``user`` as it is now (call after changing it, in the same session)."""
    sig = Ed25519PrivateKey.from_private_bytes(sign_key).sign(payload(user, db_key))
    user.signature = base64.b64encode(sig).decode("ascii")


def verifies(user: User, db_key: bytes | None, public: bytes) -> bool:
    if not user.signature:
        return False
    try:
        sig = base64.b64decode(user.signature.encode("ascii"), validate=True)
        Ed25519PublicKey.from_public_bytes(public).verify(sig, payload(user, db_key))
    except (ValueError, InvalidSignature):
        return False
    return True


def sign_all(s: Session, db_key: bytes | None, sign_key: bytes, *,
             only_unsigned: bool = False) -> int:
    """Sign every account (``only_unsigned``: those without a signature); returns how
    many. Used when the signing key is made (upgrade) and when the database key changes."""
    done = 0
    for user in s.scalars(select(User)):
        if only_unsigned and user.signature:
            continue
        sign(user, db_key, sign_key)
        done += 1
    return done


def bad_accounts(s: Session, db_key: bytes | None, public: bytes) -> list[str]:
    """User names of active accounts whose signature is missing or does not verify."""
    return sorted(u.username for u in s.scalars(
        select(User).where(User.active.is_(True), User.deleted_at.is_(None)))
        if not verifies(u, db_key, public))


def problems(store: Store) -> list[str]:
    """The check for ``infoline check``: every active account signed (verified with the
    signing key pinned by the logged-in account's own key-file entry)."""
    keys: Any = getattr(store, "keys", None)
    public = getattr(keys, "signing_public", None)
    if public is None:
        return []
    from app.db.keyring import KeyringError

    try:
        can_log_in = set(Keyring.load(store.path).usernames())
    except KeyringError:
        return []  # the login said so already
    with store.sessions() as s:
        return [f"account {name}: its role or state was changed outside the app (no valid "
                "administrator's signature); it cannot log in until an administrator "
                "sets its role again" for name in bad_accounts(s, store.key, public)
                if name in can_log_in]


def finish_rekey(store: Store, keyring: Keyring, keys: KeySet) -> KeySet:
    """Bring the database to the key file's new keys (the values sealed under the old
    case key sealed again, the accounts signed anew, ``PRAGMA rekey``) and forget the
    old keys. Every step can be repeated after a kill."""
    assert keys.sign_key is not None
    with store.session() as s:
        raw = s.connection().connection.driver_connection
        if keys.case_key is not None and keys.prev_case_key is not None:
            reseal_values(raw, CaseCipher(keys.case_key), CaseCipher(keys.prev_case_key))
        sign_all(s, keys.db_key, keys.sign_key)
    if store.key != keys.db_key:
        store.rekey(keys.db_key)
    keys = keyring.finish_rekey(keys)
    store.keys = keys
    store.use_case_key(keys.case_key)
    return keys


register_check("account signatures", problems)
