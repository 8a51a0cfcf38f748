"""Every acknowledged save survives SIGKILL at any moment, on an encrypted file.

A helper process imports the app once and then forks one writer per round; the writer
opens the encrypted database and saves contacts one after another (a draft first, as
the form does, then the contact, then the draft goes), printing each contact's id once
its transaction has committed. The test kills the writer with SIGKILL after a random
delay (in one round of five right after the start, otherwise after its first save), so
the kill lands anywhere: while opening, in the middle of a transaction, during a
commit, between two saves. Afterwards every acknowledged id must be in the database
and integrity_check must pass.
"""

from __future__ import annotations

import os
import random
import select
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from app.db import open_store
from app.models import Contact

ROOT = Path(__file__).resolve().parent.parent
ROUNDS = 60

HELPER = textwrap.dedent("""
    import os, sys
    from datetime import UTC, datetime
    sys.path.insert(0, sys.argv[2])
    from app.db import open_store
    from app.services.contacts.service import ContactInput, ContactService, UserService

    db = sys.argv[1]
    key = bytes.fromhex(os.environ["CRASH_TEST_KEY"])

    def write(round_no):
        store = open_store(db, key=key, create=False, exclusive=True)
        users = UserService(store)
        user = users.list()[0]
        service = ContactService(store, user.id)
        n = 0
        while True:
            n += 1
            notes = f"раунд {round_no} запись {n} " + "заметка консультанта " * (n % 7)
            draft = service.save_draft(None, "contact", {"notes": notes})
            saved = service.save(ContactInput(started_at=datetime.now(UTC),
                                              topics=["other"], notes=notes))
            os.write(1, f"ack {saved.id}\\n".encode())
            service.discard_draft(draft)

    for line in sys.stdin:
        round_no = int(line)
        pid = os.fork()
        if pid == 0:
            try:
                write(round_no)
            finally:
                os._exit(1)
        os.write(1, f"pid {pid}\\n".encode())
        _, status = os.waitpid(pid, 0)
        os.write(1, f"done {status}\\n".encode())
""")


def _read_line(proc: subprocess.Popen, timeout: float = 30.0) -> str:
    assert proc.stdout is not None
    ready, _, _ = select.select([proc.stdout], [], [], timeout)
    assert ready, "the helper process stopped answering"
    return proc.stdout.readline().decode()


@pytest.mark.slow
@pytest.mark.skipif(not hasattr(os, "fork"), reason="needs fork (POSIX)")
def test_acknowledged_saves_survive_sigkill_at_random_points(tmp_path: Path, db_key: bytes):
    from app.services.contacts.service import UserService

    db = tmp_path / "crash.sqlite3"
    store = open_store(db, key=db_key)
    UserService(store).add("Ольга Смирнова", role="administrator")
    store.close()

    seed = int(os.environ.get("CRASH_TEST_SEED") or int.from_bytes(os.urandom(4), "big"))
    print(f"kill points from seed {seed} (CRASH_TEST_SEED={seed} repeats them)")
    rng = random.Random(seed)
    acked: set[str] = set()
    kills = 0
    during_work = 0
    env = {**os.environ, "CRASH_TEST_KEY": db_key.hex()}
    # Unbuffered: a buffered reader could take two lines at once, and select() would
    # then wait for the second, already read, until the timeout.
    with subprocess.Popen([sys.executable, "-c", HELPER, str(db), str(ROOT)],
                          stdin=subprocess.PIPE, stdout=subprocess.PIPE, env=env,
                          bufsize=0) as helper:
        assert helper.stdin is not None
        try:
            for round_no in range(ROUNDS):
                helper.stdin.write(f"{round_no}\n".encode())
                helper.stdin.flush()
                line = _read_line(helper)
                assert line.startswith("pid "), line
                pid = int(line.split()[1])
                before = len(acked)
                if round_no % 5 == 0:  # some rounds die while opening the file
                    time.sleep(rng.uniform(0.0, 0.004))
                else:  # most in the middle of saving, whatever the machine's speed
                    line = _read_line(helper)
                    assert line.startswith("ack "), line
                    acked.add(line.split()[1])
                    time.sleep(rng.uniform(0.0, 0.05))
                os.kill(pid, signal.SIGKILL)
                while True:
                    line = _read_line(helper)
                    if line.startswith("done "):
                        status = int(line.split()[1])
                        assert os.WIFSIGNALED(status), f"the writer ended by itself: {status}"
                        break
                    if line.startswith("ack ") and line.endswith("\n"):
                        acked.add(line.split()[1])
                kills += 1
                during_work += len(acked) > before
        finally:
            helper.stdin.close()
            helper.wait(timeout=30)

    store = open_store(db, key=db_key, create=False)
    try:
        assert store.check() == []
        with store.sessions() as s:
            present = {cid for (cid,) in s.query(Contact.id).all()}
    finally:
        store.close()
    missing = acked - present
    print(f"\n{kills} SIGKILLs ({during_work} after at least one save of the round), "
          f"{len(acked)} acknowledged saves, {len(present)} contacts in the file")
    assert not missing, f"{len(missing)} acknowledged saves lost"
    assert kills == ROUNDS
    assert during_work >= ROUNDS - ROUNDS // 5  # the kills did land in the middle of work
