"""Sites for the sync tests: a database each, an administrator, keys, partners."""

from __future__ import annotations

import atexit
import itertools
import json
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from app.db import Store, open_store
from app.models import new_uuid
from app.services.contacts.service import ContactService, UserRow, UserService
from app.services.sync.service import ImportResult, SyncService
from app.services.sync.tables import SPECS

_files = itertools.count(1)
_template: list[Path] = []


def _empty_database(path: Path) -> None:
    """A migrated empty database at ``path``, copied from one made once per run (the
    migrations take half a second; the tests make many sites)."""
    if not _template:
        folder = Path(tempfile.mkdtemp(prefix="infoline-sync-template-"))
        atexit.register(shutil.rmtree, folder, ignore_errors=True)  # left behind: none
        store = open_store(folder / "template.sqlite3")
        with store.engine.connect() as conn:
            conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
            conn.rollback()
        store.close()
        _template.append(folder / "template.sqlite3")
    shutil.copyfile(_template[0], path)


@dataclass
class Site:
    name: str
    store: Store
    admin: UserRow
    sync: SyncService
    contacts: ContactService
    folder: Path

    def send(self, other: Site, *, full: bool = False) -> Path:
        path = self.folder / f"{self.name}-to-{other.name}-{next(_files)}.ilsync"
        self.sync.export(other.name, path, full=full)
        return path

    def receive(self, path: Path) -> ImportResult:
        return self.sync.import_file(path)

    def close(self) -> None:
        self.store.close()


def make_site(folder: Path, name: str, org: str = "lastrada", *, demo: int = 0) -> Site:
    path = folder / f"{name}.sqlite3"
    _empty_database(path)
    store = open_store(path)
    store.set_setting("site_id", new_uuid())
    if demo:
        from app.services.demo import data as demo_data

        demo_data.generate(store, contacts=demo, seed=7)
    store.set_setting("site_name", f"Site {name}")
    store.set_setting("organisation", org)
    admin = UserService(store).add(f"Admin {name}", role="administrator",
                                   username=f"admin-{name.lower()}")
    sync = SyncService(store, admin.id)
    sync.ensure_keys()
    return Site(name, store, admin, sync, ContactService(store, admin.id), folder)


def introduce(*sites: Site) -> None:
    """Every site registers every other as a partner."""
    for a in sites:
        for b in sites:
            if a is not b:
                a.sync.add_peer(b.name, b.sync.public_keys())


def content(store: Store, skip: frozenset[str] = frozenset()) -> dict[str, Any]:
    """Everything that travels, as comparable plain data (ids as keys)."""
    out: dict[str, Any] = {}
    with store.engine.connect() as conn:
        for spec in SPECS.values():
            if spec.name in skip:
                continue
            rows = conn.exec_driver_sql(
                f"SELECT {', '.join(spec.columns)} FROM {spec.name}").fetchall()
            table: dict[str, Any] = {}
            for row in rows:
                rid = row[spec.id_index]
                entry: dict[str, Any] = {"d": list(row)}
                for child in spec.children:
                    parent = child.columns[child.parent_index]
                    kids = conn.exec_driver_sql(
                        f"SELECT {', '.join(child.columns)} FROM {child.name} "
                        f"WHERE {parent} = ?", (rid,)).fetchall()
                    entry[child.name] = sorted(json.dumps(list(k)) for k in kids)
                table[rid] = entry
            out[spec.name] = table
        conn.rollback()
    return out


def text_everywhere(store: Store, needle: str) -> list[str]:
    """Tables (and columns) where ``needle`` occurs in any text value."""
    hits = []
    with store.engine.connect() as conn:
        names = [r[0] for r in conn.exec_driver_sql(
            "SELECT name FROM sqlite_master WHERE type = 'table' "
            "AND name NOT LIKE 'contact_fts%' AND name NOT LIKE 'sqlite_%'")]
        for t in names:
            cols = [r[1] for r in conn.exec_driver_sql(f"PRAGMA table_info({t})")]
            for c in cols:
                n = conn.exec_driver_sql(
                    f"SELECT count(*) FROM {t} WHERE CAST({c} AS TEXT) LIKE ?",
                    (f"%{needle}%",)).scalar()
                if n:
                    hits.append(f"{t}.{c}")
        conn.rollback()
    return hits
