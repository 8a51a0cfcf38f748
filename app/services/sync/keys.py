"""A site's key pair, its public key file, and fingerprints read aloud over the phone.

Each site has an Ed25519 key (it signs the files it sends) and an X25519 key (files
for it are encrypted to it). The public halves go to partners in a small JSON key
file; the partner confirms the fingerprint by phone before trusting it. The private
halves stay in the database (``sync_site``), which is encrypted at rest.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
import re
from dataclasses import dataclass
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

KEY_FILE_FORMAT = "infoline-site-key"
KEY_FILE_VERSION = 1
KEY_FILE_MAX = 64 * 1024


def is_text(v: str) -> bool:
    """No lone surrogate (a JSON "\\ud800"): text that can be stored and shown."""
    return not any("\ud800" <= ch <= "\udfff" for ch in v)


UUID_RE = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")


class KeyFileError(ValueError):
    """A key file that cannot be used; the message is for the user."""


@dataclass(frozen=True)
class PublicKeys:
    site_id: str
    site_name: str
    organisation: str | None
    sign_key: bytes  # Ed25519, 32 bytes
    box_key: bytes  # X25519, 32 bytes

    @property
    def fingerprint(self) -> str:
        return fingerprint(self.sign_key, self.box_key)

    @property
    def display_fingerprint(self) -> str:
        return display(self.fingerprint)


def generate() -> tuple[bytes, bytes]:
    """A new (signing, encryption) pair of private keys, raw 32 bytes each."""
    sign = Ed25519PrivateKey.generate().private_bytes_raw()
    box = X25519PrivateKey.generate().private_bytes_raw()
    return sign, box


def public_of(sign_private: bytes, box_private: bytes) -> tuple[bytes, bytes]:
    sign = Ed25519PrivateKey.from_private_bytes(sign_private).public_key()
    box = X25519PrivateKey.from_private_bytes(box_private).public_key()
    return (sign.public_bytes(Encoding.Raw, PublicFormat.Raw),
            box.public_bytes(Encoding.Raw, PublicFormat.Raw))


def fingerprint(sign_key: bytes, box_key: bytes) -> str:
    """SHA-256 over both public keys, as 64 hex digits (files name sender and
    addressee by it)."""
    return hashlib.sha256(b"infoline-site-key/1\x00" + sign_key + box_key).hexdigest()


def display(fp: str) -> str:
    """The first 128 bits of a fingerprint in eight groups of four, to read aloud."""
    head = fp[:32].upper()
    return " ".join(head[i:i + 4] for i in range(0, 32, 4))


def normalise_display(text: str) -> str:
    """What a person typed as a fingerprint, without spaces, dashes or case."""
    return re.sub(r"[\s\-:]", "", text).lower()


def key_file_bytes(keys: PublicKeys) -> bytes:
    """The public key file's content (UTF-8 JSON)."""
    data = {
        "format": KEY_FILE_FORMAT,
        "version": KEY_FILE_VERSION,
        "site_id": keys.site_id,
        "site_name": keys.site_name,
        "organisation": keys.organisation,
        "sign_key": base64.b64encode(keys.sign_key).decode("ascii"),
        "box_key": base64.b64encode(keys.box_key).decode("ascii"),
        "fingerprint": keys.fingerprint,
    }
    return (json.dumps(data, ensure_ascii=False, indent=1) + "\n").encode("utf-8")


def read_key_file(path: Path) -> PublicKeys:
    """A partner's public key file, checked; raises KeyFileError."""
    try:
        size = path.stat().st_size
        if size > KEY_FILE_MAX:
            raise KeyFileError(f"{path.name}: too large for a key file")
        raw = path.read_bytes()
    except FileNotFoundError:
        raise KeyFileError(f"{path}: no such file") from None
    except OSError as exc:
        raise KeyFileError(f"{path}: cannot read ({exc.strerror})") from None
    return parse_key_file(raw, path.name)


def parse_key_file(raw: bytes, name: str = "key file") -> PublicKeys:
    try:
        data = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError, RecursionError):
        raise KeyFileError(f"{name}: not an Infoline Desk key file") from None
    if not isinstance(data, dict) or data.get("format") != KEY_FILE_FORMAT:
        raise KeyFileError(f"{name}: not an Infoline Desk key file")
    version = data.get("version")
    if not isinstance(version, int) or version < 1:
        raise KeyFileError(f"{name}: not an Infoline Desk key file")
    if version > KEY_FILE_VERSION:
        raise KeyFileError(f"{name}: made by a newer version of Infoline Desk; update the app")
    site_id = data.get("site_id")
    site_name = data.get("site_name") or ""
    org = data.get("organisation")
    if not isinstance(site_id, str) or not UUID_RE.match(site_id):
        raise KeyFileError(f"{name}: the site id is missing or malformed")
    if not isinstance(site_name, str) or len(site_name) > 200 or not is_text(site_name):
        raise KeyFileError(f"{name}: the site name is malformed")
    if org is not None and (not isinstance(org, str) or len(org) > 20 or not is_text(org)):
        raise KeyFileError(f"{name}: the organisation is malformed")
    try:
        sign_key = base64.b64decode(str(data.get("sign_key")), validate=True)
        box_key = base64.b64decode(str(data.get("box_key")), validate=True)
    except (binascii.Error, ValueError):
        raise KeyFileError(f"{name}: the keys are malformed") from None
    if len(sign_key) != 32 or len(box_key) != 32:
        raise KeyFileError(f"{name}: the keys are malformed")
    keys = PublicKeys(site_id, site_name, org, sign_key, box_key)
    if data.get("fingerprint") not in (None, keys.fingerprint):
        raise KeyFileError(f"{name}: the fingerprint does not match the keys (altered?)")
    return keys
