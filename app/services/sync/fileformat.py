"""The sync file container: encrypted to the receiving site, signed by the sender.

    header (142 bytes, plain) | AES-256-GCM ciphertext | Ed25519 signature (64 bytes)

The header names the format version, the sender's and the addressee's key
fingerprints, a random file id, an ephemeral X25519 public key and the nonce. The
content key comes from X25519 (ephemeral × addressee) through HKDF-SHA256; the header
is the cipher's associated data, and the signature covers the header and the
ciphertext. :func:`open_file` checks size, addressee, sender and signature, and only
then the format version (a version byte changed on the way is "altered", not "newer"),
before it decrypts anything, and caps the decompressed size while it inflates.
The full description is docs/sync-format.md.
"""

from __future__ import annotations

import hashlib
import os
import struct
import time
import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from cryptography.exceptions import InvalidSignature, InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric.ed25519 import (
    Ed25519PrivateKey,
    Ed25519PublicKey,
)
from cryptography.hazmat.primitives.asymmetric.x25519 import (
    X25519PrivateKey,
    X25519PublicKey,
)
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

MAGIC = b"ILSYNC\r\n"
FORMAT_VERSION = 1
_HEADER = struct.Struct(">8sH32s32s16s32s12sQ")
HEADER_SIZE = _HEADER.size  # 142
SIGNATURE_SIZE = 64

MAX_FILE_BYTES = 256 * 1024 * 1024
"""Largest sync file accepted (about two million records compressed)."""
MAX_PLAIN_BYTES = 1024 * 1024 * 1024
"""Largest decompressed content accepted: a small file cannot inflate into more."""
MAX_LINE_BYTES = 4 * 1024 * 1024
"""Longest single record (one JSON line) accepted."""


class SyncFileError(Exception):
    """A file refused before any of its records was used. ``code`` names the reason
    (not_sync_file, too_large, newer_format, wrong_addressee, unknown_sender,
    bad_signature, damaged, invalid); the message is for the user."""

    def __init__(self, code: str, message: str, *, sender: str | None = None):
        super().__init__(message)
        self.code = code
        self.sender = sender  # the sender's fingerprint when it was readable


@dataclass(frozen=True)
class Header:
    version: int
    sender: str  # fingerprint, hex
    recipient: str
    file_id: str  # hex of 16 random bytes
    ephemeral: bytes
    nonce: bytes
    created_ms: int


def _key(shared: bytes, header: Header) -> bytes:
    return HKDF(
        algorithm=hashes.SHA256(), length=32, salt=bytes.fromhex(header.file_id),
        info=b"infoline-sync/1\x00" + bytes.fromhex(header.sender)
        + bytes.fromhex(header.recipient),
    ).derive(shared)


def seal(payload: Iterator[bytes], *, sign_private: bytes, sender_fp: str,
         recipient_box: bytes, recipient_fp: str,
         version: int = FORMAT_VERSION) -> tuple[bytes, str]:
    """The whole file for ``payload`` (chunks of the plain content) and its file id
    (``version``: another format number, for tests of what a newer app writes)."""
    compressor = zlib.compressobj(6)
    parts = [compressor.compress(chunk) for chunk in payload]
    parts.append(compressor.flush())
    compressed = b"".join(parts)
    ephemeral = X25519PrivateKey.generate()
    eph_pub = ephemeral.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)
    file_id = os.urandom(16)
    nonce = os.urandom(12)
    raw_header = _HEADER.pack(MAGIC, version, bytes.fromhex(sender_fp),
                              bytes.fromhex(recipient_fp), file_id, eph_pub, nonce,
                              int(time.time() * 1000))
    header = _parse_header(raw_header)
    shared = ephemeral.exchange(X25519PublicKey.from_public_bytes(recipient_box))
    ciphertext = AESGCM(_key(shared, header)).encrypt(nonce, compressed, raw_header)
    body = raw_header + ciphertext
    signature = Ed25519PrivateKey.from_private_bytes(sign_private).sign(body)
    return body + signature, header.file_id


def _parse_header(raw: bytes) -> Header:
    _magic, version, sender, recipient, file_id, eph, nonce, created = _HEADER.unpack(raw)
    return Header(version, sender.hex(), recipient.hex(), file_id.hex(), eph, nonce, created)


def file_hash(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def read_header(data: bytes) -> Header:
    """The header of a sync file, after the checks that need no key. The version is
    not trusted yet: only a file whose signature holds may say it is newer."""
    if len(data) > MAX_FILE_BYTES:  # read at call time: tests lower it
        raise SyncFileError("too_large", "the file is larger than a sync file may be "
                            f"({MAX_FILE_BYTES // (1024 * 1024)} MB)")
    if len(data) < HEADER_SIZE or data[:len(MAGIC)] != MAGIC:
        raise SyncFileError("not_sync_file", "not an Infoline Desk sync file")
    return _parse_header(data[:HEADER_SIZE])


def _check_version(header: Header) -> None:
    if header.version > FORMAT_VERSION:
        raise SyncFileError("newer_format", f"made by a newer version of Infoline Desk "
                            f"(sync format {header.version}); update the app to read it",
                            sender=header.sender)
    if header.version < 1:
        raise SyncFileError("not_sync_file", "not an Infoline Desk sync file",
                            sender=header.sender)


def open_file(data: bytes, *, own_fp: str, box_private: bytes,
              sender_key: Callable[[str], bytes | None]) -> tuple[Header, bytes]:
    """Check and decrypt a sync file; the compressed content is returned with its
    header. ``sender_key(fingerprint)`` gives a known partner's Ed25519 public key."""
    header = read_header(data)
    if header.recipient != own_fp:
        raise SyncFileError("wrong_addressee", "the file is addressed to another site",
                            sender=header.sender)
    public = sender_key(header.sender)
    if public is None:
        raise SyncFileError("unknown_sender", "signed by an unknown key: add the partner "
                            "(and confirm its fingerprint) first", sender=header.sender)
    if len(data) < HEADER_SIZE + 16 + SIGNATURE_SIZE:
        raise SyncFileError("bad_signature", "the file is truncated or altered "
                            "(its signature does not match)", sender=header.sender)
    body, signature = data[:-SIGNATURE_SIZE], data[-SIGNATURE_SIZE:]
    try:
        Ed25519PublicKey.from_public_bytes(public).verify(signature, body)
    except InvalidSignature:
        raise SyncFileError("bad_signature", "the file is truncated or altered "
                            "(its signature does not match)", sender=header.sender) from None
    _check_version(header)  # signed: the version is the sender's own
    try:
        shared = X25519PrivateKey.from_private_bytes(box_private).exchange(
            X25519PublicKey.from_public_bytes(header.ephemeral))
        compressed = AESGCM(_key(shared, header)).decrypt(
            header.nonce, body[HEADER_SIZE:], body[:HEADER_SIZE])
    except (InvalidTag, ValueError):
        raise SyncFileError("damaged", "the file cannot be decrypted with this site's key",
                            sender=header.sender) from None
    return header, compressed


def lines(compressed: bytes, max_plain: int | None = None,
          max_line: int | None = None) -> Iterator[bytes]:
    """The content's lines, inflated piece by piece with a cap on the total size."""
    max_plain = MAX_PLAIN_BYTES if max_plain is None else max_plain
    max_line = MAX_LINE_BYTES if max_line is None else max_line
    inflater = zlib.decompressobj()
    total = 0
    pending = b""
    view = memoryview(compressed)
    pos = 0
    step = 1 << 16
    while True:
        try:
            if inflater.unconsumed_tail:
                chunk = inflater.decompress(inflater.unconsumed_tail, step)
            elif pos < len(view):
                chunk = inflater.decompress(view[pos:pos + step], step)
                pos += step
            else:
                break
        except zlib.error:
            raise SyncFileError("damaged", "the content is damaged") from None
        total += len(chunk)
        if total > max_plain:
            raise SyncFileError("too_large", "the content is larger than a sync file may "
                                "hold (a decompression bomb?)")
        pending += chunk
        *complete, pending = pending.split(b"\n")
        if len(pending) > max_line or any(len(x) > max_line for x in complete):
            raise SyncFileError("invalid", "a record is longer than allowed")
        yield from complete
    try:
        tail = inflater.flush()
    except zlib.error:
        raise SyncFileError("damaged", "the content is damaged") from None
    if tail or not inflater.eof:
        raise SyncFileError("damaged", "the content is damaged or incomplete")
    if pending:
        yield pending
