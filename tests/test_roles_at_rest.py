"""Roles at rest: the case key seals assistance data, account rows are signed, and the
database key changes when someone loses access (docs/security.md, "Roles at rest").

Real key files, real SQLCipher databases, real logins; raw SQL with the database key
plays the consultant who looks past the app.
"""

from __future__ import annotations

import json
import os
import shutil
import uuid
from datetime import date, timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from app.cli import main
from app.db import StoreError, open_store
from app.db import keyring as keyring_module
from app.db.encrypt import encrypt_plain_database
from app.db.keyring import Keyring
from app.db.sqlite import connect
from app.models import User
from app.models.sealed import CaseCipher, SealedValueError, is_sealed
from app.services.accounts import auth, signing
from app.services.accounts.service import AccountError, AccountService
from app.services.assistance.case_pdf import write_case_pdf
from app.services.assistance.service import AssistanceService
from app.services.assistance.types import CaseInput, ClientInput, RelativeInput, TraffickingInput
from app.services.contacts.service import ContactService, UserService
from app.services.erasure.service import ErasureService
from app.services.sync.service import SyncService

ADMIN_PW = "correct horse battery staple"
SPEC_PW = "specialist's own passphrase"
CONS_PW = "consultant's own passphrase"
NAME = "Ольга Кравец"
PHONE = "+375 29 000-11-22"
TODAY = date.today()


def olga() -> CaseInput:
    return CaseInput(
        client=ClientInput(name=NAME, phone=PHONE, address="г. Гомель, ул. Примерная, д. 5",
                           birth_date=date(1994, 5, 4)),
        trafficking=TraffickingInput(status="actual", decided_by="police",
                                     decided_on=TODAY - timedelta(days=3),
                                     exploitation_types=["forced_labour"],
                                     methods_of_control=["withholds_documents"],
                                     country="RU", notes="Удерживали паспорт в Москве"),
        relatives=[RelativeInput("Нина Кравец", "parent", "+375 33 000-44-55")])


@pytest.fixture
def db(tmp_path: Path) -> Path:
    """Administrator ``admin``, specialist ``maria`` and consultant ``anna``, each with
    their own password (chosen, not temporary), and one assistance case by maria."""
    path = tmp_path / "desk.sqlite3"
    result, _code = auth.setup_first_admin(path, "admin", "Admin", ADMIN_PW)
    try:
        accounts = AccountService(result.store, result.keyring, result.db_key, result.user_id)
        accounts.create("maria", "Мария Соколова", "specialist", SPEC_PW, must_change=False)
        accounts.create("anna", "Анна Ковальчук", "consultant", CONS_PW, must_change=False)
    finally:
        result.store.close()
    spec = auth.login(path, "maria", SPEC_PW)
    try:
        AssistanceService(spec.store, spec.user_id).open_case(olga())
    finally:
        spec.store.close()
    return path


def raw_text(path: Path, key: bytes) -> str:
    """Every value of every table, as raw SQL with the database key shows it."""
    conn = connect(path, key, verify=True)
    try:
        out = []
        for (table,) in conn.execute("SELECT name FROM sqlite_master WHERE type='table'"):
            out += [repr(row) for row in conn.execute(f"SELECT * FROM \"{table}\"")]
        return "\n".join(out)
    finally:
        conn.close()


def login_key(path: Path, username: str, password: str) -> bytes:
    return Keyring.load(path).unlock(username, password)


# -- (a) the case key ---------------------------------------------------------------------


def test_a_consultant_with_the_database_key_reads_no_client_with_sql(db: Path):
    key = login_key(db, "anna", CONS_PW)
    keys = Keyring.load(db).unlock_keys("anna", CONS_PW)
    assert keys.case_key is None
    seen = raw_text(db, key)
    for secret in (NAME, "Кравец", "кравец", "000-11-22", "375290001122", "Примерная",
                   "Нина", "паспорт"):
        assert secret not in seen, secret
    conn = connect(db, key, verify=True)
    try:
        name, phone, search = conn.execute(
            "SELECT client_name, client_phone, search_key FROM assistance_case").fetchone()
    finally:
        conn.close()
    assert is_sealed(name)
    assert is_sealed(phone)
    assert is_sealed(search)


def test_a_specialist_reads_the_client_and_a_consultant_is_refused(db: Path):
    spec = auth.login(db, "maria", SPEC_PW)
    try:
        service = AssistanceService(spec.store, spec.user_id)
        rows = service.cases()
        assert [r.client_name for r in rows] == [NAME]
        record = service.get(rows[0].id)
        assert record.client.phone == PHONE
        assert record.relatives[0].name == "Нина Кравец"
        assert record.trafficking.notes == "Удерживали паспорт в Москве"
        from app.services.assistance.types import AssistanceCaseQuery

        assert len(service.cases(AssistanceCaseQuery(text="кравец"))) == 1
        assert len(service.cases(AssistanceCaseQuery(text="8 029 000 11 22"))) == 1
        assert service.cases(AssistanceCaseQuery(text="иванова")) == []
    finally:
        spec.store.close()
    cons = auth.login(db, "anna", CONS_PW)
    try:
        assert cons.store.case_cipher is None
        assert not AssistanceService(cons.store, cons.user_id).may_manage()
    finally:
        cons.store.close()


def test_erasure_search_and_the_case_pdf_work_on_sealed_data(db: Path, tmp_path: Path):
    admin = auth.login(db, "admin", ADMIN_PW)
    try:
        found = ErasureService(admin.store, admin.user_id).find("Кравец")
        assert [p.label for p in found] == [f"{NAME} (A-{TODAY.year}-0001)"]
        service = AssistanceService(admin.store, admin.user_id)
        case_id = service.cases()[0].id
        out = tmp_path / "case.pdf"
        write_case_pdf(service, case_id, out, lang="ru")
        text = "\n".join(p.extract_text() for p in PdfReader(out).pages)
        assert "Кравец" in text
    finally:
        admin.store.close()


def test_plain_values_of_an_existing_database_are_sealed_at_set_up(tmp_path: Path):
    path = tmp_path / "old.sqlite3"
    store = open_store(path)  # an old unencrypted database with a case in it
    spec = UserService(store).add("Мария Соколова", role="specialist", username="maria")
    AssistanceService(store, spec.id).open_case(olga())
    store.close()
    result, _code = auth.setup_first_admin(path, "admin", "Admin", ADMIN_PW,
                                           exclusive=False)
    result.store.close()
    assert NAME not in raw_text(path, login_key(path, "admin", ADMIN_PW))
    admin = auth.login(path, "admin", ADMIN_PW)
    try:
        assert [r.client_name for r in AssistanceService(admin.store, admin.user_id)
                .cases()] == [NAME]
    finally:
        admin.store.close()


def _encrypted_site(folder: Path, name: str):  # type: ignore[no-untyped-def]
    from synchelp import Site

    store = open_store(folder / f"{name}.sqlite3", key=os.urandom(32))
    store.use_case_key(os.urandom(32))  # each site has its own case key
    store.set_setting("site_name", f"Site {name}")
    store.set_setting("organisation", "lastrada")
    admin = UserService(store).add(f"Admin {name}", role="administrator",
                                   username=f"admin-{name.lower()}")
    sync = SyncService(store, admin.id)
    sync.ensure_keys()
    return Site(name, store, admin, sync, ContactService(store, admin.id), folder)


def test_sync_carries_sealed_values_to_a_partner_with_its_own_case_key(tmp_path: Path):
    a, b = _encrypted_site(tmp_path, "A"), _encrypted_site(tmp_path, "B")
    try:
        a.sync.add_peer(b.name, b.sync.public_keys())
        b.sync.add_peer(a.name, a.sync.public_keys())
        spec = UserService(a.store).add("Мария Соколова", role="specialist")
        case = AssistanceService(a.store, spec.id).open_case(olga())
        b.receive(a.send(b))
        there = AssistanceService(b.store, b.admin.id).get(case.id)
        assert there.client.name == NAME
        assert there.relatives[0].name == "Нина Кравец"
        assert NAME not in raw_text(b.store.path, b.store.key or b"")
        # sealed under B's own key: A's does not open it
        conn = connect(b.store.path, b.store.key, verify=True)
        stored = conn.execute("SELECT client_name FROM assistance_case").fetchone()[0]
        conn.close()
        assert b.store.case_cipher is not None
        assert b.store.case_cipher.open("assistance_case", "client_name", stored) == NAME
        with pytest.raises(SealedValueError):
            a.store.case_cipher.open("assistance_case", "client_name", stored)  # type: ignore[union-attr]
        # and back: an edit at B reaches A
        service_b = AssistanceService(b.store, b.admin.id)
        data = there.input()
        data.client.address = "г. Минск, ул. Другая, 1"
        service_b.update(case.id, data, expected_version=there.version)
        a.receive(b.send(a))
        assert AssistanceService(a.store, spec.id).get(case.id).client.address == \
            "г. Минск, ул. Другая, 1"
    finally:
        a.close()
        b.close()


def test_a_case_key_of_someone_elses_choosing_is_not_used(db: Path):
    """A consultant who can write the key file seals a case key they know to the
    specialist: the specialist's login does not use it (it does not open the stored
    values), so nothing new is sealed where the consultant could read it."""
    from app.db.keyring import KeySet

    ring = Keyring.load(db)
    mine = ring.unlock_keys("anna", CONS_PW)
    theirs = os.urandom(32)
    ring.grant("maria", KeySet(mine.db_key, case_key=theirs), case=True, sign=False)
    data = json.loads(ring.path.read_text())  # the key file's check made to match
    data["case_check"] = keyring_module._key_check(theirs, data["file_id"])
    ring.path.write_text(json.dumps(data))
    spec = auth.login(db, "maria", SPEC_PW)
    try:
        assert spec.store.case_cipher is None
        with pytest.raises(Exception, match="case key"):
            AssistanceService(spec.store, spec.user_id).open_case(olga())
    finally:
        spec.store.close()
    assert NAME not in raw_text(db, mine.db_key)


# -- (b) signed roles -----------------------------------------------------------------------


def promote_with_sql(db: Path, username: str, password: str) -> None:
    conn = connect(db, login_key(db, username, password), verify=True)
    try:
        conn.execute("UPDATE app_user SET role = 'administrator' WHERE username = ?",
                     (username,))
        conn.commit()
    finally:
        conn.close()


def test_a_role_changed_with_sql_is_refused_at_login_and_reported_by_check(
        db: Path, capsys: pytest.CaptureFixture[str]):
    promote_with_sql(db, "anna", CONS_PW)
    with pytest.raises(auth.LoginError) as refused:
        auth.login(db, "anna", CONS_PW)
    assert refused.value.reason == "tampered"
    assert "changed outside the app" in str(refused.value)
    # the administrator's check names it (INFOLINE_USER/PASSWORD: admin)
    capsys.readouterr()
    assert main(["check", "--db", str(db)]) == 1
    out = capsys.readouterr()
    assert "account anna: its role or state was changed outside the app" in out.out
    # the refusal is in the audit log
    admin = auth.login(db, "admin", ADMIN_PW)
    try:
        from app.models.audit import AuditEntry

        with admin.store.sessions() as s:
            refusals = [r.details for r in s.scalars(
                select(AuditEntry).where(AuditEntry.action == "login.refused"))]
        assert {"reason": "unsigned"} in refusals
        # an administrator setting the role again signs it: the login works again
        accounts = AccountService(admin.store, admin.keyring, admin.db_key, admin.user_id)
        anna = next(a for a in accounts.accounts() if a.username == "anna")
        accounts.set_role(anna.id, "consultant")
    finally:
        admin.store.close()
    auth.login(db, "anna", CONS_PW).store.close()


def test_the_command_line_refuses_a_promoted_account_in_one_line(
        db: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]):
    promote_with_sql(db, "anna", CONS_PW)
    monkeypatch.setenv("INFOLINE_USER", "anna")
    monkeypatch.setenv("INFOLINE_PASSWORD", CONS_PW)
    capsys.readouterr()
    assert main(["accounts", "list", "--db", str(db)]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1
    assert "the account anna was changed outside the app" in err[0]
    assert "Traceback" not in err[0]


def test_a_deactivated_account_set_active_again_with_sql_cannot_log_in(db: Path):
    admin = auth.login(db, "admin", ADMIN_PW)
    try:
        accounts = AccountService(admin.store, admin.keyring, admin.db_key, admin.user_id)
        anna = next(a for a in accounts.accounts() if a.username == "anna")
        old_keys = Keyring.path_for(db).read_bytes()
        accounts.deactivate(anna.id)
        key = admin.store.key
    finally:
        admin.store.close()
    # the old key file (with anna's entry) put back, anna made active with SQL
    Keyring.path_for(db).write_bytes(old_keys)
    conn = connect(db, key, verify=True)
    conn.execute("UPDATE app_user SET active = 1 WHERE username = 'anna'")
    conn.commit()
    conn.close()
    with pytest.raises((auth.LoginError, StoreError)):
        auth.login(db, "anna", CONS_PW)


# -- (c) a new database key when someone loses access ----------------------------------------


def test_a_deactivated_users_copy_of_the_old_key_file_no_longer_opens_the_database(
        db: Path, tmp_path: Path):
    saved = tmp_path / "saved-by-maria.keys"
    shutil.copyfile(Keyring.path_for(db), saved)
    old = Keyring.load(db).unlock_keys("maria", SPEC_PW)
    admin = auth.login(db, "admin", ADMIN_PW)
    try:
        accounts = AccountService(admin.store, admin.keyring, admin.db_key, admin.user_id)
        maria = next(a for a in accounts.accounts() if a.username == "maria")
        accounts.deactivate(maria.id)
        assert admin.store.key != old.db_key
        # the window keeps working on the new key
        assert [r.client_name for r in AssistanceService(admin.store, admin.user_id)
                .cases()] == [NAME]
    finally:
        admin.store.close()
    # maria's saved copy still unlocks with her password, but the key in it is dead
    copy = tmp_path / "copy.sqlite3"
    shutil.copyfile(saved, Keyring.path_for(copy))
    stale = Keyring.load(copy).unlock_keys("maria", SPEC_PW)
    assert stale.db_key == old.db_key
    with pytest.raises(StoreError):
        open_store(db, create=False, key=stale.db_key)
    # and her old case key no longer opens what is stored (a new one was made)
    new_key = login_key(db, "admin", ADMIN_PW)
    conn = connect(db, new_key, verify=True)
    stored = conn.execute("SELECT client_name FROM assistance_case").fetchone()[0]
    conn.close()
    assert old.case_key is not None
    with pytest.raises(SealedValueError):
        CaseCipher(old.case_key).open("assistance_case", "client_name", stored)
    # everyone left logs in as before
    for name, pw in (("admin", ADMIN_PW), ("anna", CONS_PW)):
        auth.login(db, name, pw).store.close()


def test_losing_the_specialist_role_makes_a_new_case_key(db: Path):
    old = Keyring.load(db).unlock_keys("maria", SPEC_PW)
    admin = auth.login(db, "admin", ADMIN_PW)
    try:
        accounts = AccountService(admin.store, admin.keyring, admin.db_key, admin.user_id)
        maria = next(a for a in accounts.accounts() if a.username == "maria")
        accounts.set_role(maria.id, "consultant")
    finally:
        admin.store.close()
    now = Keyring.load(db).unlock_keys("maria", SPEC_PW)
    assert now.case_key is None
    assert now.db_key != old.db_key
    key = login_key(db, "admin", ADMIN_PW)
    conn = connect(db, key, verify=True)
    stored = conn.execute("SELECT client_name FROM assistance_case").fetchone()[0]
    conn.close()
    assert old.case_key is not None
    with pytest.raises(SealedValueError):
        CaseCipher(old.case_key).open("assistance_case", "client_name", stored)
    auth.login(db, "maria", SPEC_PW).store.close()  # still logs in, as a consultant


def test_a_key_change_cut_short_is_finished_at_the_next_administrator_login(db: Path):
    """Killed after the key file has the new keys and before the database has them:
    every account still logs in, and the administrator's login finishes the change."""
    ring = Keyring.load(db)
    keys = ring.unlock_keys("admin", ADMIN_PW)
    new, _dropped = ring.start_rekey(keys, new_case=True)
    # (nothing else happened: the database still has the old key and old case key)
    spec = auth.login(db, "maria", SPEC_PW)
    try:
        assert [r.client_name for r in AssistanceService(spec.store, spec.user_id)
                .cases()] == [NAME]
    finally:
        spec.store.close()
    admin = auth.login(db, "admin", ADMIN_PW)
    try:
        assert admin.store.key == new.db_key
    finally:
        admin.store.close()
    assert "key_check_prev" not in json.loads(Keyring.path_for(db).read_text())
    with pytest.raises(StoreError):
        open_store(db, create=False, key=keys.db_key)
    for name, pw in (("maria", SPEC_PW), ("anna", CONS_PW)):
        auth.login(db, name, pw).store.close()


def test_a_version_1_key_file_keeps_working_and_is_upgraded(tmp_path: Path):
    """Accounts from before key pairs: their entries open as before; the administrator's
    first login makes the case key and signs every account; sealed from then on."""
    path = tmp_path / "old.sqlite3"
    store = open_store(path)
    spec = UserService(store).add("Мария Соколова", role="specialist", username="maria")
    UserService(store).add("Admin", role="administrator", username="admin")
    AssistanceService(store, spec.id).open_case(olga())
    store.close()
    db_key = os.urandom(32)
    encrypt_plain_database(path, db_key)
    # the key file as version 1 wrote it: the database key wrapped per password only
    file_id = uuid.uuid4().hex
    ring = Keyring(Keyring.path_for(path), {
        "format": "infoline-desk-keys", "version": 1, "file_id": file_id,
        "key_check": keyring_module._key_check(db_key, file_id), "users": {},
        "recovery": None, "pending": []})
    ring._data["recovery"] = ring._wrap("RECOVERYCODE", "recovery", db_key)
    for name, pw in (("admin", ADMIN_PW), ("maria", SPEC_PW)):
        ring._data["users"][name] = {**ring._wrap(pw, name, db_key), "failures": 0,
                                     "locked_until": None}
    ring._save(exclusive=True)
    assert NAME in raw_text(path, db_key)

    auth.login(path, "maria", SPEC_PW).store.close()  # before the administrator: works
    admin = auth.login(path, "admin", ADMIN_PW)
    try:
        assert [r.client_name for r in AssistanceService(admin.store, admin.user_id)
                .cases()] == [NAME]
    finally:
        admin.store.close()
    assert NAME not in raw_text(path, db_key)
    after = json.loads(ring.path.read_text())
    assert after["version"] == 2
    assert all("box" in e for e in after["users"].values())
    # maria got the case key from the administrator's login
    assert Keyring.load(path).unlock_keys("maria", SPEC_PW).case_key is not None
    auth.login(path, "maria", SPEC_PW).store.close()


def test_an_old_recovery_code_must_be_replaced_before_a_key_change(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]):
    path = tmp_path / "desk.sqlite3"
    result, _code = auth.setup_first_admin(path, "admin", "Admin", ADMIN_PW)
    accounts = AccountService(result.store, result.keyring, result.db_key, result.user_id)
    maria = accounts.create("maria", "Мария Соколова", "specialist", SPEC_PW)
    # the recovery entry as version 1 wrote it
    data = json.loads(result.keyring.path.read_text())
    data["recovery"] = result.keyring._wrap("OLDCODE", "recovery", result.db_key)
    result.keyring.path.write_text(json.dumps(data))
    try:
        with pytest.raises(AccountError, match="make a new recovery code first"):
            accounts.deactivate(maria.id)
        assert accounts.get(maria.id).active  # nothing changed
    finally:
        result.store.close()
    capsys.readouterr()
    assert main(["accounts", "recovery-code", "--db", str(path)]) == 0
    code = capsys.readouterr().out.strip().splitlines()[-1]
    keys = Keyring.load(path).unlock_recovery_keys(code)
    assert keys.case_key is not None
    assert keys.sign_key is not None
    assert main(["accounts", "deactivate", "maria", "--db", str(path)]) == 0
    # the new code follows the new key
    assert Keyring.load(path).unlock_recovery_keys(code).db_key == \
        login_key(path, "admin", ADMIN_PW)


def test_the_signature_of_a_row_from_before_a_key_change_does_not_verify(db: Path):
    """Putting back a row as it was before a deactivation (with its old signature) is
    detected: the signature covers the database key of its time."""
    admin = auth.login(db, "admin", ADMIN_PW)
    try:
        with admin.store.sessions() as s:
            before = s.scalar(select(User).where(User.username == "anna"))
            assert before is not None
            row = (before.active, before.signature)
        accounts = AccountService(admin.store, admin.keyring, admin.db_key, admin.user_id)
        accounts.deactivate(before.id)
        key = admin.store.key
    finally:
        admin.store.close()
    conn = connect(db, key, verify=True)
    conn.execute("UPDATE app_user SET active = ?, signature = ? WHERE username = 'anna'", row)
    conn.commit()
    conn.close()
    admin = auth.login(db, "admin", ADMIN_PW)
    try:
        assert admin.keys is not None
        assert admin.keys.signing_public is not None
        with admin.store.sessions() as s:
            assert signing.bad_accounts(s, admin.store.key,
                                        admin.keys.signing_public) == ["anna"]
    finally:
        admin.store.close()


# -- a kill during the key change -------------------------------------------------------------

DEACTIVATE = """
import sys, time
sys.path.insert(0, sys.argv[2])
from app.db import keyring
keyring.KDF_PARAMS.update(time_cost=1, memory_cost=8, parallelism=1)
from app.services.accounts import auth
from app.services.accounts.service import AccountError, AccountService
result = auth.login(sys.argv[1], "admin", sys.argv[3])
accounts = AccountService(result.store, result.keyring, result.db_key, result.user_id)
maria = next(a for a in accounts.accounts() if a.username == "maria")
print("ready", flush=True)
start = time.perf_counter()
accounts.deactivate(maria.id)
print(f"done {time.perf_counter() - start:.4f}", flush=True)
"""


def _deactivate_in_process(db: Path, kill_after: float | None) -> str:
    import signal
    import subprocess
    import sys
    import time

    root = Path(__file__).resolve().parent.parent
    proc = subprocess.Popen([sys.executable, "-c", DEACTIVATE, str(db), str(root), ADMIN_PW],
                            stdout=subprocess.PIPE, text=True)
    assert proc.stdout is not None
    assert proc.stdout.readline().strip() == "ready"
    with proc.stdout:
        if kill_after is None:
            out = proc.stdout.read()
            assert proc.wait() == 0
            return out
        time.sleep(kill_after)
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        return proc.stdout.read()


def test_a_kill_at_any_moment_of_a_deactivation_leaves_every_account_working(
        db: Path, tmp_path: Path):
    """SIGKILL while an administrator deactivates the specialist (key file, sealed
    values, signatures, PRAGMA rekey, key file again): afterwards the administrator
    and the consultant log in, the case reads as before, the database is sound, and
    the next administrator login finishes what was cut short."""
    import random

    first = tmp_path / "timing" / db.name
    first.parent.mkdir()
    shutil.copyfile(db, first)
    shutil.copyfile(Keyring.path_for(db), Keyring.path_for(first))
    took = float(_deactivate_in_process(first, None).split()[-1])
    rng = random.Random(113)
    finished = 0
    for n in range(8):
        here = tmp_path / f"round{n}" / db.name
        here.parent.mkdir()
        shutil.copyfile(db, here)
        shutil.copyfile(Keyring.path_for(db), Keyring.path_for(here))
        finished += "done" in _deactivate_in_process(here, rng.uniform(0, took * 1.2))
        for name, pw in (("anna", CONS_PW), ("admin", ADMIN_PW)):
            result = auth.login(here, name, pw)
            try:
                if name == "admin":
                    assert [r.client_name for r in AssistanceService(
                        result.store, result.user_id).cases()] == [NAME]
                    assert result.store.check() == []
            finally:
                result.store.close()
        assert "key_check_prev" not in json.loads(Keyring.path_for(here).read_text())
    assert finished < 8  # most kills land inside the deactivation
    print(f"deactivation took {took:.3f} s; {finished} of 8 rounds finished before the kill")
