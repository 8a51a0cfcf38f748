"""A check for ``infoline check``: every stored time, date and code is one the app can
read back. A value the app cannot read (a 13th month, a code no list has) would make
the journal and a contact's page fail for that period; a partner's file is refused
with such values, and this check finds any that reached the file another way."""

from __future__ import annotations

from sqlalchemy import Date

from app.db import Store, register_check
from app.models.base import Base, UTCDateTime
from app.models.taxonomy import CODE_COLUMNS, is_code
from app.services.sync.tables import (
    CASE_CODE_LISTS,
    case_code_problem,
    is_date_text,
    is_time_text,
)

EXAMPLES = 3
"""Row numbers named per column (the values themselves are not printed)."""


def check_store(store: Store) -> list[str]:
    problems: list[str] = []
    with store.engine.connect() as conn:
        for table in Base.metadata.sorted_tables:
            for column in table.columns:
                if isinstance(column.type, UTCDateTime):
                    ok, what = is_time_text, "times the app cannot read"
                elif isinstance(column.type, Date):
                    ok, what = is_date_text, "dates the app cannot read"
                elif (table.name, column.name) in CODE_COLUMNS:
                    list_name = CODE_COLUMNS[(table.name, column.name)]

                    def ok(v: object, list_name: str = list_name) -> bool:
                        return v == "" or is_code(list_name, v)
                    what = f"values that are not codes of the list {list_name}"
                else:
                    continue
                bad = [rowid for rowid, value in conn.exec_driver_sql(
                    f'SELECT rowid, "{column.name}" FROM "{table.name}" '  # names: schema
                    f'WHERE "{column.name}" IS NOT NULL')
                    if not ok(value)]
                if bad:
                    rows = ", ".join(str(r) for r in bad[:EXAMPLES])
                    more = "…" if len(bad) > EXAMPLES else ""
                    problems.append(f"{table.name}.{column.name}: {len(bad)} {what} "
                                    f"(rows {rows}{more})")
        for name in CASE_CODE_LISTS:
            bad = [rowid for rowid, list_name, code in conn.exec_driver_sql(
                f'SELECT rowid, list_name, code FROM "{name}"')
                if case_code_problem(name, list_name, code)]
            if bad:
                rows = ", ".join(str(r) for r in bad[:EXAMPLES])
                more = "…" if len(bad) > EXAMPLES else ""
                problems.append(f"{name}: {len(bad)} coded answers that are not codes of "
                                f"their list (rows {rows}{more})")
        conn.rollback()
    return problems


register_check("readable values", check_store)
