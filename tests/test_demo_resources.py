"""The demo data read from app/resources/demo/ gives the same database as before, in
every process.

The demo's fixed data (staff, the mix of kinds and topics, towns, country forms, note
templates, names) used to be written as Python code; it now lives in JSON files under
app/resources/demo/. The digest below was computed with the code-only generator (the
commit "Demo: the same seed gives the same assistance cases in every run", just before the
move) by running :func:`_demo_digest` on a 200-contact demo file made with seed 113 at
:data:`NOW` in Minsk's time zone; the same call on today's generator must give the same
counts and the same digest.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import select

from app.db import Store, open_store
from app.models.base import Base
from app.services.demo import data as demo
from tests.statsdata import restore_time, use_minsk_time

NOW = demo.datetime(2026, 6, 15, 14, 30, tzinfo=demo.UTC)

_UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")

# Tables whose rows differ between two runs with the same seed (the audit chain's hashes
# and times; a review round's plan, in the order of the contacts' ids, which are new in
# every file): only their row counts are compared.
_COUNT_ONLY = frozenset({"audit_head", "audit_log", "review_round"})

# Row counts of the 200-contact demo file, seed 113 (from the code-only generator).
BEFORE_COUNTS = {
    "app_user": 9, "caller": 3, "country_emergency": 12, "setting": 5, "staff_event": 19,
    "contact": 200, "crisis_case": 7, "directory_entry": 52, "handover_note": 1,
    "review_round": 4, "assistance_case": 17, "contact_change": 200,
    "contact_destination": 174, "contact_outcome": 205, "contact_topic": 219,
    "crisis_case_code": 30, "crisis_case_contact": 7, "crisis_consent": 70,
    "crisis_referral": 29, "debrief_request": 1, "directory_change": 52, "review": 15,
    "shift_task": 1, "assistance_case_code": 81, "assistance_consent": 27,
    "assistance_event": 214, "assistance_monitoring": 38, "assistance_referral": 15,
    "assistance_relative": 17, "assistance_service": 64, "crisis_case_event": 63,
    "shift_task_event": 1,
}
# sha256 over every row of every non-empty table but those in _COUNT_ONLY, ids masked
# (they are new in every file), rows sorted (from the code-only generator; the same
# rows, table by table, as the generator reading the resources).
BEFORE_DIGEST = "c81b76507512cf93680579a01439b1ef17164e145c5a806e3c3c52166aac7d94"


# The tables there were when the demo's data moved into resources: the digest covers
# them only, so a feature that adds its own tables and demo rows later keeps this check
# of the move meaningful (its own demo is tested with the feature).
TABLES_AT_THE_MOVE = frozenset({
    "app_user", "assistance_case", "assistance_case_code", "assistance_consent",
    "assistance_event", "assistance_monitoring", "assistance_referral",
    "assistance_relative", "assistance_service", "audit_head", "audit_log", "caller",
    "contact", "contact_change", "contact_destination", "contact_directory_given",
    "contact_outcome", "contact_topic", "country_emergency", "crisis_case",
    "crisis_case_code", "crisis_case_contact", "crisis_case_event", "crisis_consent",
    "crisis_referral", "debrief_request", "directory_change", "directory_entry", "draft",
    "handover_note", "import_ledger", "pdf_print", "review", "review_round", "setting",
    "shift_task", "shift_task_event", "staff_event",
})


def _rows(store: Store) -> dict[str, list[str]]:
    """Every table's rows as sorted text, with ids masked."""
    out: dict[str, list[str]] = {}
    with store.engine.connect() as conn:
        for table in Base.metadata.sorted_tables:
            if table.name not in TABLES_AT_THE_MOVE:
                continue
            rows = [
                _UUID.sub("<id>", json.dumps([str(v) for v in row], ensure_ascii=False))
                for row in conn.execute(select(table))
            ]
            out[table.name] = sorted(rows)
    return out


def _digest(store: Store) -> tuple[dict[str, int], str]:
    rows = _rows(store)
    counts = {name: len(r) for name, r in rows.items() if r}
    h = hashlib.sha256()
    for name in sorted(rows):
        if name in _COUNT_ONLY or not rows[name]:
            continue  # an empty table says nothing (and which are known depends on imports)
        h.update(name.encode())
        for row in rows[name]:
            h.update(row.encode() + b"\n")
    return counts, h.hexdigest()


def _demo_digest(path: Path) -> tuple[dict[str, int], str]:
    """Counts and digest of a 200-contact demo file made at ``path`` (seed 113)."""
    store = open_store(path)
    try:
        demo.generate(store, contacts=200, seed=113, now=NOW)
        return _digest(store)
    finally:
        store.close()


@pytest.fixture
def minsk(monkeypatch: pytest.MonkeyPatch):
    use_minsk_time(monkeypatch)
    yield
    monkeypatch.undo()
    restore_time()


def test_demo_from_resources_matches_the_code_only_generator(tmp_path: Path, minsk):
    counts, digest = _demo_digest(tmp_path / "demo.sqlite3")
    assert {k: v for k, v in counts.items() if k not in {"audit_head", "audit_log"}} \
        == BEFORE_COUNTS
    assert digest == BEFORE_DIGEST


def test_same_seed_same_demo_in_processes_with_other_string_hashes(tmp_path: Path):
    """Python orders sets of strings differently in every process: the demo must not
    depend on that order (the assistance cases' services once did)."""
    root = Path(__file__).resolve().parent.parent
    code = (
        "import sys; from pathlib import Path; sys.path.insert(0, sys.argv[1]); "
        "from tests.test_demo_resources import _demo_digest; "
        "print(_demo_digest(Path(sys.argv[2]))[1])"
    )
    runs = [
        subprocess.Popen(
            [sys.executable, "-c", code, str(root), str(tmp_path / f"{seed}.sqlite3")],
            cwd=root, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
            env={**os.environ, "PYTHONHASHSEED": str(seed), "TZ": "Europe/Minsk"},
        )
        for seed in (1, 2)
    ]
    digests = []
    for run in runs:
        out, err = run.communicate(timeout=300)
        assert run.returncode == 0, err
        digests.append(out.strip())
    assert digests[0] == digests[1]
