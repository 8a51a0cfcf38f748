"""Statistics: every number of a data set whose counts are known, and the period rules."""

from __future__ import annotations

import json
import sys
import time
from datetime import date

import pytest
import statsdata
from statsdata import expected_2013, genders

from app.services.statistics import sums as stats
from app.services.statistics.sums import Period, change_pct


@pytest.fixture(autouse=True)
def _no_registered_sections(monkeypatch):
    """Areas register their report sections when imported (assistance cases count
    Table 3); these tests count the contacts of their data alone."""
    for key in list(stats._SECTIONS):
        monkeypatch.setitem(stats._SECTIONS, key, None)


@pytest.fixture
def minsk(monkeypatch):
    statsdata.use_minsk_time(monkeypatch)
    statsdata.without_case_sections(monkeypatch)
    yield
    monkeypatch.undo()
    time.tzset()


@pytest.fixture
def data(store, minsk):
    statsdata.build(store)
    return store


# -- the JSON ------------------------------------------------------------------------


def test_every_number_of_the_json(data):
    result = stats.compute(data, Period.year(2013), detail=False).to_json()
    assert result == expected_2013()
    assert list(result) == ["version", "period", "organisation", "total", "non_data",
                            "by_channel", "by_gender", "by_topic", "by_topic_gender",
                            "by_destination", "by_destination_gender", "by_region",
                            "by_how_heard", "crisis", "previous_period"]
    json.dumps(result)  # plain JSON types only


def test_detail_gives_the_same_json(data):
    assert stats.compute(data, Period.year(2013)).to_json() == expected_2013()


def test_one_organisation(data):
    lastrada = stats.compute(data, Period.year(2013), "lastrada").to_json()
    assert lastrada["organisation"] == "lastrada"
    assert lastrada["total"] == 2  # Minsk city and Vitebsk
    assert lastrada["non_data"] == 0  # the site's calls without counselling are BWC's
    assert lastrada["by_gender"] == genders(female=1, male=1)
    assert lastrada["by_destination"] == {"RU": 1, "PL": 1, "XX": 1}
    assert lastrada["previous_period"]["total"] == 1
    assert lastrada["previous_period"]["change_pct"] == 100.0

    bwc = stats.compute(data, Period.year(2013), "bwc").to_json()
    assert bwc["total"] == 3  # Brest, Gomel, and no region: the receiving site's
    assert bwc["non_data"] == 2
    assert bwc["crisis"] == 1
    assert bwc["by_region"]["unknown"] == 1
    assert bwc["previous_period"] == {"from": "2012-01-01", "to": "2012-12-31", "total": 1,
                                      "change_pct": 200.0}
    # The two organisations make up the country.
    national = expected_2013()
    for key in ("total", "non_data", "crisis"):
        assert lastrada[key] + bwc[key] == national[key]
    for key in ("by_channel", "by_gender", "by_topic", "by_region", "by_how_heard"):
        for code, n in national[key].items():
            assert lastrada[key][code] + bwc[key][code] == n, (key, code)


def test_previous_period_with_no_contacts_has_no_change(data):
    result = stats.compute(data, Period.year(2012), detail=False).to_json()
    assert result["total"] == 2
    assert result["previous_period"] == {"from": "2011-01-01", "to": "2011-12-31",
                                         "total": 0, "change_pct": None}
    assert result["by_destination"] == {"TR": 1, "XX": 1}
    assert result["by_destination_gender"]["XX"] == genders(male=1)


def test_an_empty_period_lists_every_code_with_zero(data):
    result = stats.compute(data, Period.month(2011, 5), detail=False).to_json()
    assert result["total"] == 0
    assert result["by_channel"] == dict.fromkeys(("phone", "email", "chat", "in_person",
                                                  "letter"), 0)
    assert set(result["by_topic"]) == set(statsdata.TOPICS)
    assert all(v == genders() for v in result["by_topic_gender"].values())
    assert result["by_destination"] == {}
    assert result["by_destination_gender"] == {}


def test_local_day_bounds(data):
    """The contact at 23:30 on 31 December (Minsk) is in 2013 though it is 20:30 UTC, and
    the one at 00:30 on 1 January 2014 is not, though it is still 2013 in UTC."""
    last_day = stats.compute(data, Period(date(2013, 12, 31), date(2013, 12, 31)),
                             detail=False)
    assert last_day.total == 1
    assert last_day.by_channel["email"] == 1
    first_day = stats.compute(data, Period(date(2014, 1, 1), date(2014, 1, 1)), detail=False)
    assert first_day.total == 1


# -- the screen's and report's tables --------------------------------------------------


def test_the_detail_tables(data):
    s = stats.compute(data, Period.year(2013))
    assert s.by_age_group["25_34"] == 1
    assert s.by_age_group["unknown"] == 2  # two without an age group
    assert s.by_caller_role["self"] == 1
    assert s.by_caller_role["relative"] == 1
    assert s.by_caller_role[stats.NOT_RECORDED] == 3
    assert s.by_kind == {"silent": 1, "hang_up": 0, "abusive": 1, "wrong_number": 0,
                         "thanks": 0, "test": 0}
    assert s.by_organisation == {"lastrada": 2, "bwc": 3}
    assert s.crisis_by_gender == genders(female=1)
    assert s.crisis_pct == 20.0
    assert s.by_channel_gender["phone"] == {"female": 1, "male": 1}
    assert sum(s.over_time.values()) == 5
    assert list(s.over_time)[:2] == ["2013-01", "2013-02"]
    assert s.over_time["2013-12"] == 1
    assert s.by_consultant
    names = sorted(name for name, _c, _n in s.by_consultant.values())
    assert names == ["=Олег Жук", "Анна Ковальчук"]
    assert sum(c for _name, c, _n in s.by_consultant.values()) == 5
    assert sum(n for _name, _c, n in s.by_consultant.values()) == 2
    assert s.previous_counts is not None
    assert s.previous_counts["channel"] == {"phone": 1, "email": 1}
    assert s.previous_counts["topic"] == {"safe_migration": 1, "passport_visa": 1}
    assert s.previous_counts["destination"] == {"TR": 1, "XX": 1}
    assert s.sections == {"services": None, "recruitment_methods": None,
                          "exploitation_types": None, "directory_types": None,
                          "directory_countries": None}


def test_table_shapes_and_percentages(data):
    tables = {t.key: t for t in stats.compute(data, Period.year(2013)).tables()}
    channel = tables["channel"]
    assert channel.partition
    assert channel.rows == ("phone", "email", "chat", "in_person", "letter")
    assert channel.percent("phone", "count") == 40.0
    assert channel.previous == {"phone": 1, "email": 1}
    topic = tables["topic"]
    assert not topic.partition
    assert topic.rows[0] == "employment_abroad"  # by count, "other" last
    assert topic.rows[-1] == "other"
    assert topic.percent("employment_abroad", "count") == 60.0
    cross = tables["topic_gender"]
    assert cross.columns == ("female", "male", "other", "unknown")
    assert cross.percent("employment_abroad", "male") == 100.0  # both men asked about work
    assert cross.chart_columns == ("female", "male", "unknown")
    destination = tables["destination"]
    assert destination.rows[-1] == "XX"  # "not defined yet" last, as the report shows it
    assert tables["services"].status == "no_data"
    assert tables["consultant"].internal
    # National statistics also split by organisation; one organisation's do not.
    assert "organisation" in tables
    one = {t.key for t in stats.compute(data, Period.year(2013), "bwc").tables()}
    assert "organisation" not in one


def test_a_registered_section_is_counted(data, monkeypatch):
    calls = []

    def services(conn, start, end, org):
        calls.append((start, end, org))
        return {"shelter": 3, "medical": 1}

    monkeypatch.setitem(stats._SECTIONS, "services", services)
    s = stats.compute(data, Period.year(2013), "lastrada")
    assert s.sections["services"] == {"shelter": 3, "medical": 1}
    assert calls
    assert calls[0][2] == "lastrada"
    table = {t.key: t for t in s.tables()}["services"]
    assert table.status == "ok"
    assert table.rows == ("shelter", "medical")


def test_progress_and_cancel(data):
    seen = []

    def progress(done, total):
        seen.append((done, total))
        return True

    stats.compute(data, Period.year(2013), progress=progress)
    assert seen[0][0] == 0
    assert seen[-1][0] == seen[-1][1]
    with pytest.raises(stats.StatsCancelled):
        stats.compute(data, Period.year(2013), progress=lambda d, t: d < 2)


# -- periods ---------------------------------------------------------------------------


@pytest.mark.parametrize(("period", "previous", "unit"), [
    # Whole years: 2013 → 2012 with its 29 February (366 days, not 365).
    (("2013-01-01", "2013-12-31"), ("2012-01-01", "2012-12-31"), ("year", 1)),
    (("2012-01-01", "2013-12-31"), ("2010-01-01", "2011-12-31"), ("year", 2)),
    (("2013-01-01", "2013-03-31"), ("2012-10-01", "2012-12-31"), ("quarter", 1)),
    (("2013-04-01", "2013-09-30"), ("2012-10-01", "2013-03-31"), ("quarter", 2)),
    (("2013-03-01", "2013-03-31"), ("2013-02-01", "2013-02-28"), ("month", 1)),
    (("2016-03-01", "2016-03-31"), ("2016-02-01", "2016-02-29"), ("month", 1)),
    (("2016-02-01", "2016-02-29"), ("2016-01-01", "2016-01-31"), ("month", 1)),
    (("2013-02-01", "2013-04-30"), ("2012-11-01", "2013-01-31"), ("month", 3)),
    # Otherwise the same number of days.
    (("2013-03-10", "2013-03-19"), ("2013-02-28", "2013-03-09"), ("day", 10)),
    (("2016-02-29", "2016-02-29"), ("2016-02-28", "2016-02-28"), ("day", 1)),
    (("2013-01-15", "2013-02-14"), ("2012-12-15", "2013-01-14"), ("day", 31)),
    (("2016-03-01", "2016-03-30"), ("2016-01-31", "2016-02-29"), ("day", 30)),
])
def test_previous_period(period, previous, unit):
    p = Period(date.fromisoformat(period[0]), date.fromisoformat(period[1]))
    assert p.unit == unit
    prev = p.previous()
    assert (prev.start.isoformat(), prev.end.isoformat()) == previous
    assert (p.start - prev.end).days == 1


def test_period_constructors():
    assert Period.year(2013) == Period(date(2013, 1, 1), date(2013, 12, 31))
    assert Period.quarter(2013, 4) == Period(date(2013, 10, 1), date(2013, 12, 31))
    assert Period.month(2012, 2) == Period(date(2012, 2, 1), date(2012, 2, 29))
    assert Period.year(2012).days == 366
    with pytest.raises(ValueError):
        Period(date(2013, 2, 1), date(2013, 1, 31))
    with pytest.raises(ValueError):
        Period.quarter(2013, 5)


def test_buckets_are_days_for_short_periods_and_months_for_long():
    assert [k for k, _p in Period.month(2013, 2).buckets()][:2] == ["2013-02-01", "2013-02-02"]
    months = Period(date(2013, 1, 15), date(2013, 6, 10)).buckets()
    assert [k for k, _p in months] == ["2013-01", "2013-02", "2013-03", "2013-04", "2013-05",
                                       "2013-06"]
    assert months[0][1].start == date(2013, 1, 15)
    assert months[-1][1].end == date(2013, 6, 10)


@pytest.mark.parametrize(("now", "before", "expected"), [
    (5, 2, 150.0), (2, 2, 0.0), (1, 3, -66.7), (0, 4, -100.0), (7, 0, None), (0, 0, None),
])
def test_change_pct(now, before, expected):
    assert change_pct(now, before) == expected


def test_sections_kept_by_other_areas_are_found_whoever_computes(store, tmp_path,
                                                                  monkeypatch):
    """The module that keeps a section's records registers its counter when imported;
    the statistics import it themselves, so the command line counts it as the screen."""
    (tmp_path / "infoline_cases_probe.py").write_text(
        "from app.services.statistics import sums as stats\n"
        "def count(conn, start, end, org):\n"
        "    return {'shelter': 2, 'medical': 0}\n"
        "stats.register_section('services', count, 'service')\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    monkeypatch.setattr(stats, "SECTION_PROVIDERS", ("infoline_cases_probe",
                                                     "infoline_not_installed"))
    monkeypatch.setitem(stats._SECTIONS, "services", None)
    monkeypatch.delitem(sys.modules, "infoline_cases_probe", raising=False)
    s = stats.compute(store, Period.year(2013))
    assert s.sections["services"] == {"shelter": 2, "medical": 0}
    table = {t.key: t for t in s.tables()}["services"]
    assert table.status == "ok"
    assert table.rows == ("shelter", "medical")
    sys.modules.pop("infoline_cases_probe", None)


# -- honest comparisons ----------------------------------------------------------------


def test_an_unfinished_year_is_compared_with_the_same_days(data):
    """2013 seen on 30 June: 1 January – 30 June 2013 against 1 January – 30 June 2012,
    not against the whole of 2012 (whose 31 December contact would count)."""
    from sqlalchemy import update

    from app.models import Contact

    with data.session() as s:  # on 30 June, the later contacts are not there yet
        s.execute(update(Contact).where(Contact.started_at >= statsdata.local(2013, 7, 1, 0))
                  .values(deleted_at=statsdata.local(2013, 7, 1)))
    result = stats.compute(data, Period.year(2013), today=date(2013, 6, 30))
    prev = result.previous
    assert prev.period == Period(date(2012, 1, 1), date(2012, 6, 30))
    assert prev.elapsed == Period(date(2013, 1, 1), date(2013, 6, 30))
    assert prev.same_days
    assert (result.total, prev.total, prev.change_pct) == (3, 1, 200.0)
    assert result.previous_counts is not None
    assert result.previous_counts["channel"] == {"phone": 1}
    assert result.previous_counts["topic"] == {"safe_migration": 1}
    json_prev = stats.compute(data, Period.year(2013), detail=False,
                              today=date(2013, 6, 30)).to_json()["previous_period"]
    assert json_prev == {"from": "2012-01-01", "to": "2012-06-30", "total": 1,
                         "change_pct": 200.0}


def test_a_finished_year_is_compared_with_the_whole_previous_year(data):
    result = stats.compute(data, Period.year(2013), today=date(2014, 1, 1))
    assert result.previous.period == Period.year(2012)
    assert not result.previous.same_days
    assert (result.previous.total, result.previous.change_pct) == (2, 150.0)


@pytest.mark.parametrize(("period", "today", "previous"), [
    (Period.year(2024), date(2024, 2, 29), Period(date(2023, 1, 1), date(2023, 2, 28))),
    (Period.quarter(2026, 4), date(2026, 12, 7), Period(date(2026, 7, 1), date(2026, 9, 7))),
    (Period.month(2026, 3), date(2026, 3, 31), Period(date(2026, 2, 1), date(2026, 2, 28))),
    (Period(date(2026, 12, 1), date(2026, 12, 10)), date(2026, 12, 7),
     Period(date(2026, 11, 21), date(2026, 11, 27))),
    (Period.year(2026), date(2025, 5, 1), Period.year(2025)),  # not begun: the whole year
])
def test_comparison_periods(period, today, previous):
    assert period.comparison(today)[0] == previous
