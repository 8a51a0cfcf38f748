"""phone numbers keyed in E.164 form

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-07

Repeat callers are matched on a key of their phone number. The key was the number's
digits with Belarusian prefixes rewritten by hand, which took a Polish "601 234 567"
for a Belarusian number, gave "8 912 345-67-89" and "+7 912 345-67-89" two keys and
glued an extension onto the number. Keys are now made with phonenumbers
(app/services/contacts/phones.py): every caller is re-keyed, and an assistance case's search
text gains the new keys of its phones. No record's version changes: every site runs
the same migration and gets the same keys.
"""

import re

from alembic import op

revision = '0010'
down_revision = '0009'
branch_labels = None
depends_on = None


def _old_key(phone: str) -> str | None:
    """The key before this revision (for the downgrade)."""
    digits = re.sub(r"\D+", "", phone)
    if digits.startswith("80") and len(digits) == 11:
        digits = "375" + digits[2:]
    elif digits.startswith("0") and len(digits) == 10:
        digits = "375" + digits[1:]
    elif len(digits) == 9 and not digits.startswith("0"):
        digits = "375" + digits
    return digits or None


def _rekey(key: object) -> None:
    conn = op.get_bind()
    rows = conn.exec_driver_sql(
        "SELECT id, phone FROM caller WHERE phone IS NOT NULL").fetchall()
    if rows:  # an empty list would be taken for no parameters at all
        conn.exec_driver_sql("UPDATE caller SET phone_key = ? WHERE id = ?",
                             [(key(phone), cid) for cid, phone in rows])  # type: ignore[operator]


def upgrade() -> None:
    from app.services.contacts.phones import phone_key

    _rekey(phone_key)
    conn = op.get_bind()
    phones: dict[str, list[str]] = {}
    for case_id, phone in conn.exec_driver_sql(
            "SELECT id, client_phone FROM assistance_case WHERE client_phone IS NOT NULL "
            "UNION ALL SELECT case_id, phone FROM assistance_relative "
            "WHERE phone IS NOT NULL AND deleted_at IS NULL").fetchall():
        phones.setdefault(case_id, []).append(phone)
    updates = []
    for case_id, search_key in conn.exec_driver_sql(
            "SELECT id, search_key FROM assistance_case").fetchall():
        text = search_key or ""
        new = [k for k in dict.fromkeys(phone_key(p) for p in phones.get(case_id, []))
               if k and k not in text]
        if new:
            updates.append((" | ".join([text, *new]) if text else " | ".join(new), case_id))
    if updates:
        conn.exec_driver_sql("UPDATE assistance_case SET search_key = ? WHERE id = ?",
                             updates)


def downgrade() -> None:
    _rekey(_old_key)
