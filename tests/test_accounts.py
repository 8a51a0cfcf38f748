"""Accounts and the login: password rules, wrong passwords and the lockout, deactivated
accounts, the last administrator, own password changes, the first set-up and the demo
accounts. Roles themselves are tested cell by cell in test_permissions.py."""

from __future__ import annotations

import logging
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select, update

from app.db import open_store
from app.db.keyring import Keyring
from app.db.names import is_plain_database
from app.models import AuditEntry, User
from app.services.accounts import auth
from app.services.accounts.service import (
    AccountError,
    AccountService,
    password_problems,
)
from app.services.contacts.service import ContactInput, ContactQuery, ContactService, UserService
from app.services.validation import ValidationError

ADMIN_PASSWORD = "four words in a row"
GOOD = "a kettle sings at dawn"


def problems(password: str, username: str = "anna", **kw: bool) -> list[str]:
    return [p.problem for p in password_problems(password, username, **kw)]


# -- password rules ----------------------------------------------------------------------


def test_length_not_composition_decides():
    assert problems("") == ["required"]
    assert problems("Sh0rt!x") == ["too_short"]  # symbols do not make up for length
    assert problems("abcdefghi") == ["too_short"]
    assert problems("lowercase only words") == []  # no rules about capitals or digits
    assert problems("мой кот любит молоко") == []  # any script, spaces welcome
    assert problems("x" * 256) == []
    assert problems("x" * 257) == ["too_long"]


@pytest.mark.parametrize("common", ["1234567890", "qwertyuiop", "QwertyUIOP", "1q2w3e4r5t",
                                    "йцукенгшщз", "password12", "basketball"])
def test_common_passwords_are_refused_whatever_the_case(common):
    assert problems(common) == ["common"]


@pytest.mark.parametrize("obvious", ["Infoline113!!", "LaStrada-2026", "пароль2024!!!",
                                     "supervisor12", "1234567890!@#$"])
def test_obvious_words_of_the_service_are_refused(obvious):
    assert problems(obvious) in (["obvious"], ["common"])


def test_the_user_name_is_not_a_password():
    assert "same_as_username" in problems("anna.kovalchuk", "anna.kovalchuk")
    assert "same_as_username" in problems("Anna.Kovalchuk2026", "anna.kovalchuk")
    assert "same_as_username" not in problems("anna and her cat", "anna")


def test_a_demo_database_accepts_demo():
    assert problems("demo", "admin", demo=True) == []
    assert problems("admin", "admin", demo=True) == ["same_as_username"]
    assert problems("demo", "admin") == ["too_short"]


# -- a database with accounts ----------------------------------------------------------------


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "desk.sqlite3"
    login, code = auth.setup_first_admin(path, "Boss", "Игорь Левченко", ADMIN_PASSWORD,
                                         site_name="Минск", organisation="lastrada")
    assert len(code.replace("-", "")) == 25
    assert not auth.is_demo_database(path)  # a real database shows no demo accounts
    login.store.close()
    return path


@pytest.fixture
def admin(db: Path):
    login = auth.login(db, "boss", ADMIN_PASSWORD)
    yield login
    login.store.close()


@pytest.fixture
def accounts(admin) -> AccountService:
    return AccountService(admin.store, admin.keyring, admin.db_key, admin.user_id)


def actions(store) -> list[str]:
    with store.sessions() as s:
        return list(s.scalars(select(AuditEntry.action).order_by(AuditEntry.seq)))


def test_the_first_administrator_logs_in_to_an_encrypted_database(db: Path, admin):
    assert not is_plain_database(db)
    assert admin.user.username == "boss"  # user names are kept in lower case
    assert admin.role == "administrator"
    assert not admin.user.must_change_password
    assert admin.store.setting("site_name") == "Минск"
    assert actions(admin.store)[:3] == ["account.create", "setup", "login"]
    with admin.store.sessions() as s:
        assert s.get(User, admin.user_id).last_login_at is not None
    with pytest.raises(auth.SetupError):
        auth.setup_first_admin(db, "other", "Другой", GOOD)


def test_wrong_password_then_lockout_for_fifteen_minutes(db: Path, caplog):
    now = datetime.now(UTC)
    for attempt in range(4):
        with pytest.raises(auth.LoginError) as failed:
            auth.login(db, "boss", f"not the password {attempt}", now=now)
        assert failed.value.reason == "wrong"
        assert str(failed.value) == "wrong user name or password"
    with pytest.raises(auth.LoginError) as failed:
        auth.login(db, "boss", "still not it", now=now)
    # A lockout is said as a wrong password: it must not tell that "boss" exists.
    assert (failed.value.reason, str(failed.value)) == ("wrong", "wrong user name or password")
    until = Keyring.load(db).locked_until("boss", now)
    assert until is not None
    assert abs(until - (now + timedelta(minutes=15))) < timedelta(seconds=1)
    # Locked: even the right password waits.
    with caplog.at_level(logging.WARNING, logger="app"), \
            pytest.raises(auth.LoginError) as failed:
        auth.login(db, "boss", ADMIN_PASSWORD, now=now + timedelta(minutes=14))
    assert (failed.value.reason, str(failed.value)) == ("wrong", "wrong user name or password")
    said = [r.getMessage() for r in caplog.records]
    assert "a login was refused: the account is locked out for now" in said
    assert not any("boss" in m for m in said)  # the log names nobody
    login = auth.login(db, "boss", ADMIN_PASSWORD, now=now + timedelta(minutes=16))
    try:
        logged = actions(login.store)
        # The failures happened before the database could be opened; the login moved
        # them into the audit log.
        assert logged.count("login.failed") == 5
        assert "account.locked" in logged
        assert "login.locked" in logged
        assert logged[-1] == "login"
        assert login.keyring.pending_events() == []
    finally:
        login.store.close()


def test_an_unknown_user_is_told_the_same_as_a_wrong_password(db: Path):
    with pytest.raises(auth.LoginError) as failed:
        auth.login(db, "nobody", ADMIN_PASSWORD)
    assert failed.value.reason == "wrong"
    login = auth.login(db, "boss", ADMIN_PASSWORD)
    try:
        with login.store.sessions() as s:
            entry = s.scalars(select(AuditEntry).where(AuditEntry.action == "login.failed")
                              ).one()
        assert entry.username == ""  # a typed name that no account has is not logged
    finally:
        login.store.close()


def test_a_deactivated_account_cannot_log_in(db: Path, accounts: AccountService):
    anna = accounts.create("anna", "Анна Ковальчук", "consultant", GOOD)
    assert anna.must_change_password
    auth.login(db, "anna", GOOD).store.close()
    accounts.deactivate(anna.id)
    assert "anna" not in accounts.keyring.usernames()
    with pytest.raises(auth.LoginError) as failed:
        auth.login(db, "anna", GOOD)
    assert failed.value.reason == "wrong"
    # A key file entry left for an account deactivated elsewhere (a partner's sync):
    accounts.reactivate(anna.id, "another good passphrase")
    with accounts.store.session() as s:
        s.execute(update(User).where(User.id == anna.id).values(active=False))
    with pytest.raises(auth.LoginError) as failed:
        auth.login(db, "anna", "another good passphrase")
    assert failed.value.reason == "inactive"
    assert "deactivated" in str(failed.value)
    assert "login.refused" in actions(accounts.store)


def test_reactivation_needs_a_new_password_and_a_reset_ends_a_lockout(db: Path,
                                                                       accounts):
    anna = accounts.create("anna", "Анна Ковальчук", "consultant", GOOD)
    accounts.deactivate(anna.id)
    with pytest.raises(ValidationError):
        accounts.reactivate(anna.id, "short")
    accounts.reactivate(anna.id, "a brand new passphrase")
    now = datetime.now(UTC)
    for _ in range(5):
        with pytest.raises(auth.LoginError):
            auth.login(db, "anna", "wrong one", now=now)
    assert accounts.get(anna.id).locked_until is not None
    accounts.reset_password(anna.id, "reset by the administrator")
    assert accounts.get(anna.id).locked_until is None
    login = auth.login(db, "anna", "reset by the administrator")
    assert login.user.must_change_password
    login.store.close()


def test_the_last_administrator_stays(accounts: AccountService, admin):
    me = admin.user_id
    with pytest.raises(AccountError, match="last active administrator"):
        accounts.set_role(me, "supervisor")
    with pytest.raises(AccountError, match="last active administrator"):
        accounts.deactivate(me)
    second = accounts.create("olga", "Ольга Admin", "administrator", GOOD)
    accounts.set_role(me, "supervisor")  # now there is another one
    other = AccountService(admin.store, admin.keyring, admin.db_key, second.id)
    with pytest.raises(AccountError):
        other.deactivate(second.id)
    # An administrator without a key file entry cannot log in: it does not count.
    with pytest.raises(AccountError):
        other.set_role(second.id, "consultant")


def test_accounts_changes_are_validated_and_logged(accounts: AccountService):
    with pytest.raises(ValidationError) as bad:
        accounts.create("x", "", "boss", "short")
    assert {e.field for e in bad.value.errors} == {"username", "full_name", "role", "password"}
    anna = accounts.create("Anna.K", "Анна  Ковальчук", "consultant", GOOD)
    assert (anna.username, anna.full_name) == ("anna.k", "Анна Ковальчук")
    with pytest.raises(AccountError, match="taken"):
        accounts.create("anna.k", "Другая Анна", "consultant", GOOD)
    accounts.set_role(anna.id, "specialist")
    logged = actions(accounts.store)
    assert logged[-2:] == ["account.create", "account.role"]
    with accounts.store.sessions() as s:
        entry = s.scalars(select(AuditEntry).order_by(AuditEntry.seq.desc())).first()
    assert entry.details == {"before": "consultant", "after": "specialist"}
    assert entry.object_id == anna.id


def test_a_user_changes_their_own_password_with_the_old_one(db: Path, accounts):
    anna = accounts.create("anna", "Анна Ковальчук", "consultant", GOOD)
    login = auth.login(db, "anna", GOOD)
    own = AccountService(login.store, login.keyring, login.db_key, login.user_id)
    try:
        with pytest.raises(ValidationError) as bad:
            own.change_own_password("not my password", "a fresh passphrase")
        assert bad.value.errors[0].field == "old_password"
        with pytest.raises(ValidationError):
            own.change_own_password(GOOD, "qwertyuiop")
        changed = own.change_own_password(GOOD, "a fresh passphrase")
        assert not changed.must_change_password
        with pytest.raises(Exception, match="does not allow"):
            own.accounts()  # a consultant manages nobody else
    finally:
        login.store.close()
    with pytest.raises(auth.LoginError):
        auth.login(db, "anna", GOOD)
    auth.login(db, "anna", "a fresh passphrase").store.close()
    assert accounts.get(anna.id).password_changed_at is not None


def test_verify_unlocks_the_idle_lock_and_counts_failures(admin):
    ring = admin.keyring
    assert auth.verify(ring, "boss", ADMIN_PASSWORD, db_key=admin.db_key)
    assert not auth.verify(ring, "boss", "wrong")
    now = datetime.now(UTC)
    for _ in range(5):
        assert not auth.verify(ring, "boss", "wrong", now=now)
    assert not auth.verify(ring, "boss", ADMIN_PASSWORD, now=now)  # locked out
    assert auth.verify(ring, "boss", ADMIN_PASSWORD, now=now + timedelta(minutes=16))


def test_setting_up_encrypts_an_old_database_and_keeps_its_staff(tmp_path: Path):
    path = tmp_path / "old.sqlite3"
    store = open_store(path)
    anna = UserService(store).add("Анна Ковальчук", username="anna")
    ContactService(store, anna.id).save(ContactInput(
        started_at=datetime.now(UTC) - timedelta(hours=1), topics=["other"],
        notes="звонила из Бреста"))
    store.close()
    assert is_plain_database(path)
    assert auth.needs_setup(path)
    login, _code = auth.setup_first_admin(path, "anna", "Анна Ковальчук", GOOD)
    try:
        assert not is_plain_database(path)
        assert login.user.id == anna.id  # the member of staff became the administrator
        assert login.role == "administrator"
        assert ContactService(login.store, anna.id).count(ContactQuery()) == 1
    finally:
        login.store.close()
    assert b"Brest" not in path.read_bytes()
    assert "Бреста".encode() not in path.read_bytes()


def test_a_failed_setup_leaves_no_key_file(tmp_path: Path):
    path = tmp_path / "x.sqlite3"
    with pytest.raises(ValidationError):
        auth.setup_first_admin(path, "admin", "Админ", "short")
    assert auth.needs_setup(path)
    assert not path.exists()


def test_demo_databases_have_four_accounts_with_the_password_demo(tmp_path: Path):
    from app.services.demo import data as demo

    path = tmp_path / "demo.sqlite3"
    result, store, ring, _key = auth.setup_demo(
        path, lambda s: demo.generate(s, contacts=30, seed=3))
    store.close()
    assert result.contacts == 30
    assert ring.usernames() == sorted(auth.DEMO_ACCOUNTS)
    for name, role in (("admin", "administrator"), ("supervisor", "supervisor"),
                       ("specialist", "specialist"), ("consultant", "consultant")):
        login = auth.login(path, name, "demo")
        try:
            assert login.role == role
            assert login.is_demo
        finally:
            login.store.close()
    with pytest.raises(auth.LoginError):
        auth.login(path, "mnovik", "demo")  # the other demo staff have no password
