"""Shared pieces of the benchmarks: the cached demo database, timing, the result table."""

from __future__ import annotations

import statistics
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:  # runnable from a checkout without installing
    sys.path.insert(0, str(ROOT))

from app.db import Store, open_store  # noqa: E402
from app.db.keyring import Keyring  # noqa: E402
from app.services.accounts import auth  # noqa: E402
from app.services.demo import data as demo  # noqa: E402

DEFAULT_CONTACTS = 1_000_000
SEED = 113
BENCH_USER, BENCH_PASSWORD = "admin", "demo"
"""The account the benchmarks log in as: the database is encrypted as the app's is, and
its key comes from the key file beside it (a demo database's admin / demo)."""


@dataclass(frozen=True)
class Result:
    """One line of the table. ``target`` None: a reference number, not a goal."""

    what: str
    measured: float | None  # seconds; None when skipped
    target: float | None = None  # seconds
    note: str = ""

    @property
    def ratio(self) -> float | None:
        if self.measured is None or not self.target:
            return None
        return self.measured / self.target


def default_db(contacts: int) -> Path:
    return Path("/tmp") / f"infoline-bench-{contacts}-seed{SEED}-encrypted.sqlite3"


def db_key(path: Path) -> bytes | None:
    """The database key, unlocked as the app's login does (argon2id included); None for
    an unencrypted database (one given with --db, made before encryption)."""
    if not Keyring.exists(path):
        return None
    return Keyring.load(path).unlock(BENCH_USER, BENCH_PASSWORD)


def _usable(path: Path, contacts: int) -> bool:
    if not path.exists():
        return False
    store = open_db(path)
    try:
        if store.setting("demo") is not True:
            raise SystemExit(f"{path} is not a demo database; the benchmarks write to it")
        with store.engine.connect() as conn:
            n = conn.exec_driver_sql("SELECT count(*) FROM contact").scalar()
        return n == contacts
    finally:
        store.close()


def ensure_db(path: Path, contacts: int, rebuild: bool = False) -> Path:
    """The demo database at ``path`` with ``contacts`` contacts, built when missing."""
    if not rebuild and _usable(path, contacts):
        print(f"Using the cached demo database {path}")
        return path
    part = path.with_name(path.name + ".part")
    for p in (path, part):
        for suffix in ("", "-wal", "-shm", ".keys"):
            Path(str(p) + suffix).unlink(missing_ok=True)
    print(f"Building a demo database with {contacts:,} contacts at {path} …", flush=True)
    last = [-1]

    def progress(done: int, total: int) -> bool:
        pct = 100 * done // max(total, 1)
        if pct >= last[0] + 10:
            print(f"  {pct}%", flush=True)
            last[0] = pct
        return True

    t0 = time.perf_counter()
    ring, key, _code = Keyring.create(part)
    store = open_store(part, key=key)
    store.keys = ring.created_keys  # as the set-up's: assistance data is sealed
    store.use_case_key(store.keys.case_key if store.keys else None)
    try:
        demo.generate(store, contacts=contacts, seed=SEED, progress=progress)
        if BENCH_USER not in Keyring.load(part).usernames():
            # with the keys of its role, its account signed, as the app's set-up does
            auth.add_account_keys(store, ring, BENCH_USER, BENCH_PASSWORD)
    finally:
        store.close()
    Keyring.path_for(part).replace(Keyring.path_for(path))
    part.replace(path)
    print(f"  built in {time.perf_counter() - t0:.1f} s", flush=True)
    return path


def open_db(path: Path) -> Store:
    if not Keyring.exists(path):
        return open_store(path, create=False)
    keys = Keyring.load(path).unlock_keys(BENCH_USER, BENCH_PASSWORD)
    store = open_store(path, key=keys.db_key, create=False)
    store.use_case_key(keys.case_key)
    return store


def timed(fn: Callable[[], object], repeat: int, warmup: int = 1) -> list[float]:
    """Wall-clock seconds of ``repeat`` calls, after ``warmup`` untimed calls."""
    for _ in range(warmup):
        fn()
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return times


def median(times: list[float]) -> float:
    return statistics.median(times)


def p95(times: list[float]) -> float:
    ordered = sorted(times)
    return ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]


def _ms(seconds: float | None) -> str:
    if seconds is None:
        return "—"
    return f"{seconds * 1000:.1f} ms" if seconds < 10 else f"{seconds:.1f} s"


def print_table(results: list[Result]) -> None:
    rows = [("what", "measured", "target", "ratio", "")]
    for r in results:
        ratio = r.ratio
        verdict = "" if ratio is None else ("ok" if ratio <= 1 else "OVER")
        rows.append((
            r.what,
            "skipped" if r.measured is None else _ms(r.measured),
            "—" if r.target is None else f"≤ {_ms(r.target)}",
            "—" if ratio is None else f"{ratio:.2f}",
            " ".join(x for x in (verdict, r.note) if x),
        ))
    widths = [max(len(row[i]) for row in rows) for i in range(4)]
    for n, row in enumerate(rows):
        cells = [row[0].ljust(widths[0])] + [row[i].rjust(widths[i]) for i in (1, 2, 3)]
        print("  ".join([*cells, row[4]]).rstrip())
        if n == 0:
            print("  ".join("-" * w for w in widths))
