"""Sync between sites by exported files (docs/sync-format.md).

Importing this package registers the tombstone hook of the erasure service, so an
erasure made here reaches the partner sites.
"""

from __future__ import annotations

from app.services.sync import tombstones


def install_erasure_hook() -> None:
    """Register :func:`tombstones.erasure_hook` with the erasure service, if present."""
    try:
        from app.services import erasure
    except ImportError:  # pragma: no cover - the erasure service is part of the app
        return
    hook = getattr(erasure, "on_tombstone", None)
    if hook is not None:
        hook(tombstones.erasure_hook)


install_erasure_hook()
