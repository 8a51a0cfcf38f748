"""Phone numbers as offices write them: one key per number (E.164 through
phonenumbers, Belarus by default), repeat callers found on it, and old keys re-made by
the migration 0010."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from app.db import Store, open_store
from app.db import store as store_module
from app.models import Caller
from app.services.contacts.phones import phone_display
from app.services.contacts.service import (
    CallerInput,
    ContactInput,
    ContactService,
    UserService,
    phone_key,
)

T0 = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)


@pytest.mark.parametrize(("typed", "key"), [
    ("+375 29 123-45-67", "+375291234567"),
    ("8 029 1234567", "+375291234567"),
    ("029 123 45 67", "+375291234567"),
    ("(29) 123-45-67", "+375291234567"),
    ("375291234567", "+375291234567"),
    ("00375 29 123 45 67", "+375291234567"),
    ("8 017 200-00-00", "+375172000000"),
    # the trunk-prefix way of writing a Russian mobile, and the international way
    ("8 912 345-67-89", "+79123456789"),
    ("+7 912 345-67-89", "+79123456789"),
    # a Polish number is not made Belarusian: with its code, or its digits as typed
    ("+48 601 234 567", "+48601234567"),
    ("601 234 567", "601234567"),
    # an extension is not part of the number
    ("+375 29 123-45-67 доб. 12", "+375291234567"),
    ("+375 29 123-45-67 ext. 12", "+375291234567"),
    ("601 234 567 доб. 5", "601234567"),
    # a number phonenumbers does not know (made up for examples) keeps its country
    ("+375 29 000-11-22", "+375290001122"),
    ("8 029 000 11 22", "+375290001122"),
    ("", None),
    ("не помню", None),
])
def test_one_key_per_number_however_it_is_written(typed, key):
    assert phone_key(typed) == key


def test_display_is_international_for_a_valid_number_and_as_typed_otherwise():
    assert phone_display("8 029 1234567") == "+375 29 123-45-67"
    assert phone_display("8 912 345-67-89") == "+7 912 345-67-89"
    assert phone_display("601 234 567") == "601 234 567"
    assert phone_display("+375 29 123-45-67 доб. 12") == "+375 29 123-45-67 доб. 12"


def _call(contacts: ContactService, phone: str, minutes: int):
    return contacts.save(ContactInput(started_at=T0 + timedelta(minutes=minutes),
                                      topics=["other"], caller=CallerInput(phone=phone)))


def test_repeat_callers_are_found_on_the_number_not_on_its_spelling(store: Store):
    contacts = ContactService(store, UserService(store).add("Анна", role="supervisor").id)
    russian = _call(contacts, "+7 912 345-67-89", 0).input.caller_id
    assert _call(contacts, "8 912 345-67-89", 1).input.caller_id == russian
    belarusian = _call(contacts, "+375 29 601-23-45", 2).input.caller_id
    polish = _call(contacts, "601 234 567", 3).input.caller_id
    assert polish not in (russian, belarusian)
    with_extension = _call(contacts, "+375 29 601-23-45 доб. 7", 4).input.caller_id
    assert with_extension == belarusian
    assert [c.id for c in contacts.find_callers(phone="8 029 601 23 45")] == [belarusian]


def test_the_migration_rekeys_the_callers_of_an_older_file(tmp_path: Path,
                                                            monkeypatch: pytest.MonkeyPatch):
    from alembic import command

    path = tmp_path / "old.sqlite3"
    store = open_store(path)
    contacts = ContactService(store, UserService(store).add("Анна", role="supervisor").id)
    ids = {phone: _call(contacts, phone, i).input.caller_id
           for i, phone in enumerate(["8 912 345-67-89", "601 234 567", "+375 29 123-45-67"])}
    cfg = store_module._alembic_config()
    with store.engine.connect() as conn, conn.begin():
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "0009")  # the keys as the hand-written rule made them
    with store.engine.connect() as conn:
        old = dict(conn.exec_driver_sql("SELECT id, phone_key FROM caller").fetchall())
        conn.rollback()
    assert old[ids["8 912 345-67-89"]] == "89123456789"
    assert old[ids["601 234 567"]] == "375601234567"  # taken for a Belarusian number
    store.close()

    store = open_store(path)  # migrates to the head again
    try:
        with store.sessions() as s:
            keys = {c.id: c.phone_key for c in s.scalars(select(Caller))}
        assert keys == {ids["8 912 345-67-89"]: "+79123456789",
                        ids["601 234 567"]: "601234567",
                        ids["+375 29 123-45-67"]: "+375291234567"}
        assert store.check() == []
    finally:
        store.close()
