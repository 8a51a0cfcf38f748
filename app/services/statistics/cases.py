"""The report's sections counted from the cases: the services given to assisted persons
(Table 3, :func:`count_services`), and recruitment methods and exploitation types,
counted once per person.

A person may have a crisis case (opened by the infoline) and later an assistance case
(opened by a specialist, linked to the crisis case). Each person is counted once per
code: an assistance case counts with its own codes, which a specialist has checked;
a crisis case counts only when no assistance case opened in the same period is linked
to it. A case counts in the period in which it was opened.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import Connection, and_, exists, func, select

from app.models import (
    AssistanceCase,
    AssistanceCaseCode,
    AssistanceServiceEntry,
    CrisisCase,
    CrisisCaseCode,
)
from app.models.assistance import GIVEN
from app.models.taxonomy import load as load_taxonomy


def _count(conn: Connection, list_name: str, start: datetime, end: datetime,
           organisation: str | None) -> dict[str, int]:
    a_cond: list[Any] = [AssistanceCase.deleted_at.is_(None),
                         AssistanceCase.opened_at >= start, AssistanceCase.opened_at < end]
    c_cond: list[Any] = [CrisisCase.deleted_at.is_(None),
                         CrisisCase.opened_at >= start, CrisisCase.opened_at < end]
    if organisation is not None:
        a_cond.append(AssistanceCase.organisation == organisation)
        c_cond.append(CrisisCase.organisation == organisation)
    followed = exists().where(AssistanceCase.crisis_case_id == CrisisCase.id, *a_cond)
    assisted = (select(AssistanceCaseCode.code, func.count(AssistanceCase.id.distinct()))
                .join(AssistanceCase, AssistanceCase.id == AssistanceCaseCode.case_id)
                .where(AssistanceCaseCode.list_name == list_name, *a_cond)
                .group_by(AssistanceCaseCode.code))
    crisis = (select(CrisisCaseCode.code, func.count(CrisisCase.id.distinct()))
              .join(CrisisCase, CrisisCase.id == CrisisCaseCode.case_id)
              .where(and_(CrisisCaseCode.list_name == list_name, *c_cond), ~followed)
              .group_by(CrisisCaseCode.code))
    counts = dict.fromkeys((c.code for c in load_taxonomy()[list_name].codes), 0)
    for stmt in (assisted, crisis):
        for code, n in conn.execute(stmt):
            counts[str(code)] = counts.get(str(code), 0) + int(n)
    return counts


def count_recruitment_methods(conn: Connection, start: datetime, end: datetime,
                              organisation: str | None) -> dict[str, int]:
    return _count(conn, "recruitment_method", start, end, organisation)


def count_exploitation_types(conn: Connection, start: datetime, end: datetime,
                             organisation: str | None) -> dict[str, int]:
    return _count(conn, "exploitation_type", start, end, organisation)


def count_services(conn: Connection, start: datetime, end: datetime,
                   organisation: str | None) -> dict[str, int]:
    """Table 3: for each service type, the number of clients who were given it on a
    day of the period (local calendar days of the UTC bounds ``[start, end)``)."""
    first = start.astimezone().date()
    last = (end - timedelta(microseconds=1)).astimezone().date()
    cond: list[Any] = [
        AssistanceServiceEntry.deleted_at.is_(None), AssistanceServiceEntry.status == GIVEN,
        AssistanceServiceEntry.service_on >= first, AssistanceServiceEntry.service_on <= last,
        AssistanceCase.deleted_at.is_(None)]
    if organisation is not None:
        cond.append(AssistanceCase.organisation == organisation)
    stmt = (select(AssistanceServiceEntry.service,
                   func.count(AssistanceServiceEntry.case_id.distinct()))
            .join(AssistanceCase, AssistanceCase.id == AssistanceServiceEntry.case_id)
            .where(*cond).group_by(AssistanceServiceEntry.service))
    counts = dict.fromkeys((c.code for c in load_taxonomy()["service"].codes), 0)
    for code, n in conn.execute(stmt):
        counts[str(code)] = int(n)
    return counts


def _register_statistics() -> None:
    from app.services.statistics import sums as stats

    stats.register_section("services", count_services, "service")
    stats.register_section("recruitment_methods", count_recruitment_methods,
                           "recruitment_method")
    stats.register_section("exploitation_types", count_exploitation_types,
                           "exploitation_type")


_register_statistics()
