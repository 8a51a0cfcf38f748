"""Words of printed documents (reports, case summaries) kept as data in three languages.

Each file under app/resources/reports/ maps a key to its text per language; a
missing language falls back to English.
"""

from __future__ import annotations

import json
from functools import cache
from importlib import resources


@cache
def _load(name: str) -> dict[str, dict[str, str]]:
    raw = (resources.files("app.resources").joinpath(f"reports/{name}.json")
           .read_text(encoding="utf-8"))
    data: dict[str, dict[str, str]] = json.loads(raw)["text"]
    return data


def text(document: str, key: str, lang: str, /, **params: object) -> str:
    """Text ``key`` of the file ``document`` in ``lang`` (English when missing), filled."""
    entry = _load(document)[key]
    value = entry.get(lang) or entry["en"]
    return value.format(**params) if params else value


def has(name: str, key: str) -> bool:
    """Whether the file ``name`` has a text for ``key``."""
    return key in _load(name)
