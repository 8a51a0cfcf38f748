"""Fictional demo data: a database that looks like several years of a national infoline.

The proportions follow the 2013 annual report of the Belarusian infoline 113 (women two
thirds of callers, phone three fifths and e-mail two fifths, safe employment abroad and
passport questions the main topics, Russia the main destination, about 4.6 % crisis
contacts, TV spikes after the October campaign). Everything personal is invented: caller
phones are ``+375 xx 000-xx-xx`` and e-mails are at ``example.org``.

The same seed gives the same contents (ids differ between files, so two demo files never
claim to hold the same records). Rows are written with bulk inserts in chunks, because a
million contacts through :meth:`ContactService.save` would take hours; the rows are the
same a save would write, including a ``create`` entry in each contact's history.

The fixed data drawn from (the mix, the team, the words of the notes) is kept as JSON under
app/resources/demo/ and read by :mod:`app.services.demo.mix`.
"""

from __future__ import annotations

import logging
import math
import random
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from typing import Any, cast

from sqlalchemy import Connection, Table, delete, func, insert, select

from app.db import Store
from app.models import (
    Caller,
    Contact,
    ContactChange,
    ContactDestination,
    ContactKnowledgeGiven,
    ContactOutcome,
    ContactTopic,
    KnowledgeArticle,
    KnowledgeDestination,
    KnowledgeRevision,
    KnowledgeTopic,
    Setting,
    User,
)
from app.models import countries as country_list
from app.models.taxonomy import Taxonomy
from app.models.taxonomy import load as load_taxonomy
from app.services.contacts.service import CONSULTATION, is_out_of_hours, phone_key, text_key
from app.services.demo.assistance import add_demo_cases as add_demo_assistance
from app.services.demo.crisis import add_demo_cases
from app.services.demo.directory import add_demo_entries
from app.services.demo.knowledge import add_demo_articles
from app.services.demo.mix import (
    AGE_GROUP,
    AU_PAIR_DESTINATION,
    CAMPAIGN_START,
    CHANNEL,
    COUNTRY_FORMS,
    CRISIS_EXTRA_TOPIC,
    CRISIS_OUTCOME_P,
    CRISIS_REGION,
    CRISIS_ROLE,
    CRISIS_SHARE,
    DESTINATION_COUNT,
    DESTINATIONS,
    EXTRA_SENTENCES,
    FEMALE_NAMES,
    GENDER,
    HOLIDAYS,
    HOURS,
    HOW_HEARD,
    KIND,
    MALE_NAMES,
    NO_DESTINATION_TOPICS,
    NON_DATA_CHANNEL,
    NON_DATA_NOTES,
    NON_DATA_ORGANISATION,
    OUTCOME_P,
    PHONE_HOURS,
    PHONE_PREFIXES,
    PURPOSE_BY_TOPIC,
    PURPOSE_OTHER,
    REGION,
    REGION_GENITIVE,
    RELATIVES,
    REPEAT_SHARE,
    ROLE,
    SETTINGS,
    SITE_ORGANISATION,
    STAFF,
    STUDENT_AGE,
    STUDY_DESTINATION,
    TAIL_SHARE,
    TEMPLATE_FORMS,
    TOPIC,
    TOPIC_COUNT,
    TOWNS,
    WHO,
    WORKING_HOURS,
    Pick,
    pick,
)
from app.services.demo.quality import generate as add_demo_quality
from app.services.demo.shift import add_demo_shift
from app.services.recruiters.demo import add_demo_recruiters

log = logging.getLogger("app.demo")

Progress = Callable[[int, int], bool]
"""``progress(done, total)``; returning False cancels the generation."""

CHUNK = 20_000
"""Contacts written per transaction: large enough for speed, small enough for progress."""

class Cancelled(Exception):  # noqa: N818 - the name the callers catch
    """The progress callback asked to stop; nothing of the demo data was kept."""


class DemoError(Exception):
    """Demo data only goes into an empty database."""


@dataclass(frozen=True)
class DemoResult:
    contacts: int
    users: int
    callers: int = 0


# -- generation ----------------------------------------------------------------------------


@dataclass
class _Profile:
    """A repeat caller: the same person, so the same gender, region and age."""

    row: dict[str, Any]
    gender: str
    region: str
    age_group: str
    contacts: int = 0


@dataclass
class _Chunk:
    contacts: list[dict[str, Any]] = field(default_factory=list)
    topics: list[dict[str, Any]] = field(default_factory=list)
    destinations: list[dict[str, Any]] = field(default_factory=list)
    outcomes: list[dict[str, Any]] = field(default_factory=list)
    changes: list[dict[str, Any]] = field(default_factory=list)
    callers: list[dict[str, Any]] = field(default_factory=list)


def _first_day(now: datetime, years: int) -> date:
    """The first local day of the demo period."""
    return now.astimezone().date() - timedelta(days=round(years * 365.25))


def _uuid7(moment: datetime, rand: int) -> str:
    """A version-7 UUID for ``moment`` with 74 random bits from ``rand``."""
    ms = int(moment.timestamp() * 1000)
    value = (
        (ms << 80) | (0x7 << 76) | (((rand >> 62) & 0xFFF) << 64) | (0b10 << 62)
        | (rand & ((1 << 62) - 1))
    )
    h = f"{value:032x}"
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


def _destination_picks() -> dict[str, Pick[str]]:
    """Per-gender destination choice: the named countries, then a long tail of others."""
    named = set().union(*(d.keys() for d in DESTINATIONS.values()))
    tail = [c for c in country_list.all_codes() if c not in named and c != "BY"]
    # A fixed order (independent of the seed) so the tail is the same in every file;
    # countries with Russian forms come first: they are the likelier ones.
    random.Random(2013).shuffle(tail)
    tail.sort(key=lambda c: c not in COUNTRY_FORMS)
    zipf = [1.0 / (i + 1) ** 0.7 for i in range(len(tail))]
    norm = sum(zipf)
    picks = {}
    for gender, weights in DESTINATIONS.items():
        share = TAIL_SHARE[gender]
        items = list(weights.items()) + [(c, share * z / norm) for c, z in zip(tail, zipf,
                                                                               strict=True)]
        picks[gender] = Pick(items)
    return picks


class _Generator:
    def __init__(self, *, seed: int, total: int, now: datetime, site_id: str,
                 staff_ids: dict[str, str], tax: Taxonomy, years: int):
        self.rng = random.Random(seed)
        # Ids come from their own generator, seeded afresh: the contents repeat for a
        # seed, the ids never do.
        self.ids = random.Random()
        self.total = total
        self.now = now
        self.site_id = site_id
        self.staff_ids = staff_ids
        self.destination = _destination_picks()
        self.hours_setting = WORKING_HOURS
        self.today = now.astimezone().date()
        self.first_day = _first_day(now, years)
        self.days = (self.today - self.first_day).days + 1
        self.profiles: list[_Profile] = []
        self.profile_pick: Pick[int] | None = None
        self.used_phones: set[str] = set()
        self.org_of_region = {
            c.code: tax.organisation_for_region(c.code) or SITE_ORGANISATION
            for c in tax["region"]
        }
        self.seq = 0
        self._make_profiles()

    # -- the calendar --

    def day_counts(self) -> list[int]:
        """Contacts per day: growth over the years, weekdays, summer, the October
        campaign, public holidays, day-to-day noise; the total is exact."""
        rng = self.rng
        weights = []
        for i in range(self.days):
            d = self.first_day + timedelta(days=i)
            t = i / 365.25
            w = math.exp(0.25 * t)
            w *= (1.0, 1.0, 1.0, 1.0, 0.95, 0.55, 0.4)[d.weekday()]
            w *= 1 + 0.15 * math.sin(2 * math.pi * (d.timetuple().tm_yday - 100) / 365)
            if (d.month, d.day) in HOLIDAYS:
                w *= 0.35
            since = self._days_since_campaign(d)
            if 0 <= since < 90:
                w *= 1 + 0.9 * math.exp(-since / 20)
            w *= rng.lognormvariate(0, 0.18)
            if d == self.today:
                w *= self._elapsed_share()
            weights.append(w)
        scale = self.total / sum(weights)
        counts, done, acc = [], 0, 0.0
        for w in weights:
            acc += w * scale
            target = min(self.total, round(acc))
            counts.append(target - done)
            done = target
        counts[-1] += self.total - done
        return counts

    @staticmethod
    def _days_since_campaign(d: date) -> int:
        start = date(d.year, *CAMPAIGN_START)
        if d < start:
            start = date(d.year - 1, *CAMPAIGN_START)
        return (d - start).days

    def _local_midnight(self, d: date) -> datetime:
        return datetime(d.year, d.month, d.day).astimezone().astimezone(UTC)

    def _elapsed_share(self) -> float:
        """How much of today's usual traffic has already happened by ``now``."""
        seconds = (self.now - self._local_midnight(self.today)).total_seconds()
        profile = PHONE_HOURS
        done = sum(profile[: int(seconds // 3600)])
        done += profile[min(int(seconds // 3600), 23)] * (seconds % 3600) / 3600
        return max(done / sum(profile), 0.0)

    # -- callers --

    def _make_profiles(self) -> None:
        rng = self.rng
        linked = self.total * 0.875 * REPEAT_SHARE
        n = int(max(3, min(linked / 2.5, 300 + self.total // 1000)))
        weights = []
        for i in range(n):
            gender = "female" if rng.random() < 0.7 else "male"
            region = REGION(rng)
            names = FEMALE_NAMES if gender == "female" else MALE_NAMES
            name, latin = names[rng.randrange(len(names))]
            towns = TOWNS.get(region)
            if towns and rng.random() < 0.6:
                nickname = f"{name} ({towns[0][0]})"
            else:
                nickname = f"{name} {chr(ord('А') + rng.randrange(32))}."
            phone = email = None
            has_email = rng.random() < 0.35
            if not has_email or rng.random() < 0.3:
                phone = self._phone()
            if has_email:
                email = f"{latin}.demo{i + 1}@example.org"
            row = {
                "id": None, "nickname": nickname, "phone": phone, "email": email,
                "phone_key": phone_key(phone or ""), "email_key": text_key(email or ""),
                "nickname_key": text_key(nickname),
                "created_at": None, "updated_at": None, "site_id": self.site_id,
                "author_id": None, "version": 1, "deleted_at": None,
            }
            self.profiles.append(_Profile(row, gender, region, AGE_GROUP(rng)))
            weights.append((i, 1.0 / (i + 1) ** 0.6))
        # Shuffled so that the frequent callers are not the ones made first.
        order = list(range(n))
        rng.shuffle(order)
        self.profile_pick = Pick((order[i], w) for i, w in weights)

    def _phone(self) -> str:
        while True:
            prefix = PHONE_PREFIXES[self.rng.randrange(len(PHONE_PREFIXES))]
            number = self.rng.randrange(10_000)
            phone = f"+375 {prefix} 000-{number // 100:02d}-{number % 100:02d}"
            if phone not in self.used_phones or len(self.used_phones) > 39_000:
                self.used_phones.add(phone)
                return phone

    # -- one day --

    def day(self, index: int, count: int, chunk: _Chunk) -> None:
        rng = self.rng
        d = self.first_day + timedelta(days=index)
        midnight = self._local_midnight(d)
        limit = 86_400.0
        if d == self.today:
            limit = max((self.now - midnight).total_seconds(), 1.0)
        frac = index / max(self.days - 1, 1)
        consultant = Pick(
            (self.staff_ids[s.username], s.weight) for s in STAFF
            if s.weight > 0 and s.joined <= frac <= s.left
        )
        since = self._days_since_campaign(d)
        tv_boost = 1 + 5 * math.exp(-since / 25) if 0 <= since < 120 else 1.0
        how_heard = pick({k: v * tv_boost if k == "tv" else v for k, v in HOW_HEARD.items()})
        slots = []
        for _ in range(count):
            kind = KIND(rng)
            channel = CHANNEL(rng) if kind == CONSULTATION else NON_DATA_CHANNEL[kind](rng)
            for _attempt in range(10):
                second = HOURS[channel](rng) * 3600 + rng.random() * 3600
                if second < limit:
                    break
            else:
                second = rng.random() * limit
            slots.append((int(second), kind, channel))
        slots.sort()
        for second, kind, channel in slots:
            started = midnight + timedelta(seconds=second)
            self._contact(chunk, started, kind, channel, consultant_id=consultant(rng),
                          how_heard_pick=how_heard)

    # -- one contact --

    def _contact(self, chunk: _Chunk, started: datetime, kind: str, channel: str, *,
                 consultant_id: str, how_heard_pick: Pick[str]) -> None:
        rng = self.rng
        self.seq += 1
        crisis = False
        topics: list[str] = []
        destinations: list[str] = []
        outcomes: list[str] = []
        caller_id = None
        gender = "unknown"
        age_group = region = role = purpose = how_heard = None
        if kind == CONSULTATION:
            crisis = rng.random() < CRISIS_SHARE
            profile = self._profile() if rng.random() < REPEAT_SHARE else None
            if profile is not None:
                gender, region, age_group = profile.gender, profile.region, profile.age_group
                if profile.row["id"] is None:
                    profile.row["id"] = self._id(started)
                    profile.row["created_at"] = profile.row["updated_at"] = started
                    profile.row["author_id"] = consultant_id
                    chunk.callers.append(profile.row)
                caller_id = profile.row["id"]
                profile.contacts += 1
            else:
                gender = GENDER(rng)
                region = (CRISIS_REGION if crisis else REGION)(rng)
            topics = self._topics(gender, crisis)
            if age_group is None:
                age_group = (STUDENT_AGE if topics[0] == "study_abroad" else AGE_GROUP)(rng)
            role = (CRISIS_ROLE if crisis else ROLE)(rng)
            destinations = self._destinations(gender, topics, crisis)
            purpose = (PURPOSE_BY_TOPIC.get(topics[0]) or PURPOSE_OTHER)(rng)
            if caller_id is not None and profile is not None and profile.contacts > 1:
                how_heard = "previous_contact"
            else:
                how_heard = how_heard_pick(rng)
            probs = CRISIS_OUTCOME_P if crisis else OUTCOME_P
            outcomes = [o for o, p in probs.items() if rng.random() < p] or ["information_given"]
            organisation: str | None = self.org_of_region[region]
            notes = self._notes(channel, gender, region, topics=topics,
                                destinations=destinations, crisis=crisis)
        else:
            organisation = NON_DATA_ORGANISATION(rng)
            options = NON_DATA_NOTES[kind]
            notes = options[rng.randrange(len(options))]

        ended = None
        if channel == "phone":
            if kind == CONSULTATION:
                minutes = rng.triangular(10, 25, 18) if crisis else rng.triangular(2, 25, 6)
            else:
                minutes = rng.uniform(0.1, 3)
            ended = started + timedelta(seconds=round(minutes * 60))
        elif channel == "chat":
            ended = started + timedelta(seconds=round(rng.uniform(5, 40) * 60))
        elif channel == "in_person":
            ended = started + timedelta(seconds=round(rng.uniform(15, 60) * 60))
        if ended is not None:
            created = ended + timedelta(seconds=rng.randrange(180))
        else:
            created = started + timedelta(seconds=rng.randrange(600, 14_400))
        now = self.now
        if ended is not None and ended > now:
            ended = now
        created = min(created, now)

        contact_id = self._id(created)
        chunk.contacts.append({
            "seq": self.seq, "id": contact_id, "kind": kind, "channel": channel,
            "started_at": started, "ended_at": ended, "consultant_id": consultant_id,
            "organisation": organisation, "gender": gender, "age_group": age_group,
            "region": region, "caller_role": role, "travel_purpose": purpose,
            "how_heard": how_heard, "crisis": crisis,
            "out_of_hours": is_out_of_hours(started, self.hours_setting),
            "caller_id": caller_id, "notes": notes, "created_at": created,
            "updated_at": created, "site_id": self.site_id, "author_id": consultant_id,
            "version": 1, "deleted_at": None,
        })
        for t in topics:
            chunk.topics.append({"contact_id": contact_id, "topic": t})
        for i, c in enumerate(destinations):
            chunk.destinations.append({"contact_id": contact_id, "country": c, "position": i})
        for o in outcomes:
            chunk.outcomes.append({"contact_id": contact_id, "outcome": o})
        # The history entry a save would write; "notes" stay in the contact only.
        snapshot: dict[str, Any] = {
            "kind": kind, "channel": channel, "started_at": started.isoformat(),
            "ended_at": ended.isoformat() if ended else None, "gender": gender,
            "age_group": age_group, "region": region, "caller_role": role,
            "topics": topics, "destinations": destinations, "travel_purpose": purpose,
            "how_heard": how_heard, "outcomes": outcomes, "crisis": crisis,
            "caller_id": caller_id, "organisation": organisation,
        }
        chunk.changes.append({
            "id": self._id(created), "contact_id": contact_id, "changed_at": created,
            "user_id": consultant_id, "site_id": self.site_id, "action": "create",
            "changes": {k: [None, v] for k, v in snapshot.items() if v not in (None, [])},
        })

    def _id(self, moment: datetime) -> str:
        return _uuid7(moment, self.ids.getrandbits(74))

    def _profile(self) -> _Profile:
        assert self.profile_pick is not None
        return self.profiles[self.profile_pick(self.rng)]

    def _topics(self, gender: str, crisis: bool) -> list[str]:
        rng = self.rng
        pick = TOPIC["male" if gender == "male" else "female"]
        if crisis:
            topics = ["crisis_abroad"]
            if rng.random() < 0.6:
                topics.append(CRISIS_EXTRA_TOPIC(rng))
            return topics
        topics = [pick(rng)]
        for _ in range(TOPIC_COUNT(rng) - 1):
            for _attempt in range(5):
                t = pick(rng)
                if t not in topics:
                    topics.append(t)
                    break
        return topics

    def _destinations(self, gender: str, topics: list[str], crisis: bool) -> list[str]:
        rng = self.rng
        first = topics[0] if not crisis or len(topics) == 1 else topics[1]
        if first in NO_DESTINATION_TOPICS and rng.random() < 0.6:
            return []
        pick = self.destination["male" if gender == "male" else "female"]
        if first == "study_abroad" and rng.random() < 0.5:
            main = STUDY_DESTINATION(rng)
        elif first == "au_pair" and rng.random() < 0.7:
            main = AU_PAIR_DESTINATION(rng)
        else:
            main = pick(rng)
            if crisis:
                while main == "XX":
                    main = pick(rng)
        if main == "XX":
            return [main]
        result = [main]
        for _ in range(DESTINATION_COUNT(rng) - 1):
            for _attempt in range(5):
                c = pick(rng)
                if c != "XX" and c not in result:
                    result.append(c)
                    break
        return result

    def _notes(self, channel: str, gender: str, region: str | None, *, topics: list[str],
               destinations: list[str], crisis: bool) -> str:
        rng = self.rng
        if not crisis and rng.random() < 0.08:
            return ""
        feminine = gender == "female"
        if crisis:
            group = "crisis"
        elif rng.random() < 0.12:
            group = "any"
        else:
            group = topics[0]
        options = TEMPLATE_FORMS[group]
        template = options[rng.randrange(len(options))][1 if feminine else 0]
        who = WHO[channel][1 if feminine else 0]
        towns = TOWNS.get(region or "")
        if towns:
            town = towns[0] if rng.random() < 0.5 else towns[rng.randrange(len(towns))]
            if region != "minsk_city" and rng.random() < 0.2:
                origin = f" из {REGION_GENITIVE[region or '']}"
            else:
                origin = f" из {town[1]}"
            in_city = f"в {town[2]}"
        else:
            origin = " из-за рубежа" if region == "abroad" else ""
            in_city = "по месту жительства"
        country = destinations[0] if destinations else "XX"
        forms = COUNTRY_FORMS.get(country)
        if forms is None:
            name = country_list.name(country, "ru")
            forms = (f"в стране «{name}»", f"в страну «{name}»", f"из страны «{name}»")
        text = template.format(
            who=who, who_lower=who.lower(), origin=origin, in_city=in_city,
            in_country=forms[0], to_country=forms[1], from_country=forms[2],
            relative=RELATIVES[rng.randrange(len(RELATIVES))], days=rng.randrange(3, 21),
        )
        if rng.random() < 0.3:
            text += EXTRA_SENTENCES[rng.randrange(len(EXTRA_SENTENCES))]
        return text


# -- writing -------------------------------------------------------------------------------

def _table(model: type[Any]) -> Table:
    return cast(Table, model.__table__)


CONTACT, TOPIC_TABLE, DESTINATION, OUTCOME, CHANGE, CALLER, USER, SETTING = (
    _table(m) for m in (
        Contact, ContactTopic, ContactDestination, ContactOutcome, ContactChange, Caller,
        User, Setting,
    )
)
_TABLES = (*(_table(m) for m in (ContactKnowledgeGiven, KnowledgeRevision, KnowledgeTopic,
                                  KnowledgeDestination, KnowledgeArticle)),
           CHANGE, TOPIC_TABLE, DESTINATION, OUTCOME, CONTACT, CALLER, USER)


def _write(conn: Connection, chunk: _Chunk) -> None:
    with conn.begin():
        for table, rows in (
            (CALLER, chunk.callers),
            (CONTACT, chunk.contacts),
            (TOPIC_TABLE, chunk.topics),
            (DESTINATION, chunk.destinations),
            (OUTCOME, chunk.outcomes),
            (CHANGE, chunk.changes),
        ):
            if rows:
                conn.execute(insert(table), rows)


def _wipe(conn: Connection) -> None:
    """Remove everything the generator wrote (the store was empty before)."""
    with conn.begin():
        for table in _TABLES:
            conn.execute(delete(table))
        conn.execute(delete(SETTING).where(SETTING.c.key.in_(list(SETTINGS))))


def _add_staff(conn: Connection, site_id: str, first_day: date, ids: random.Random) -> dict[
    str, str
]:
    created = datetime(first_day.year, first_day.month, first_day.day, 9, tzinfo=UTC)
    rows = []
    for s in STAFF:
        rows.append({
            "id": _uuid7(created, ids.getrandbits(74)), "username": s.username,
            "full_name": s.full_name, "role": s.role, "active": s.left >= 1.0,
            "created_at": created, "updated_at": created, "site_id": site_id,
            "author_id": None, "version": 1, "deleted_at": None,
        })
    with conn.begin():
        conn.execute(insert(USER), rows)
        for key, value in SETTINGS.items():
            conn.execute(delete(SETTING).where(SETTING.c.key == key))
            conn.execute(insert(SETTING), {"key": key, "value": value})
    return {str(r["username"]): str(r["id"]) for r in rows}


def _is_empty(conn: Connection) -> bool:
    for table in (CONTACT, USER, CALLER):
        if conn.execute(select(func.count()).select_from(table)).scalar():
            return False
    return True


def generate(
    store: Store,
    contacts: int = 3000,
    seed: int = 113,
    progress: Progress | None = None,
    *,
    now: datetime | None = None,
    years: int = 5,
    chunk_size: int = CHUNK,
) -> DemoResult:
    """Fill an empty ``store`` with staff, settings and ``contacts`` fictional contacts.

    The contacts cover the ``years`` before ``now`` (default: the present moment), more of
    them in recent years. ``progress(done, total)`` is called after each chunk; when it
    returns False the demo data is removed again and :class:`Cancelled` is raised. Any
    other failure removes it as well. ``chunk_size`` contacts are written per transaction.
    """
    if contacts < 0:
        raise ValueError("contacts must be 0 or more")
    now = (now or datetime.now(UTC)).astimezone(UTC)
    tax = load_taxonomy()
    site_id = store.site_id
    report = progress or (lambda _done, _total: True)
    with store.engine.connect() as conn:
        if not _is_empty(conn):
            conn.rollback()
            raise DemoError("demo data only goes into an empty database")
        conn.rollback()
        raw = conn.connection.driver_connection
        assert raw is not None
        # A half-written demo file is thrown away, never trusted: no need to wait for
        # the disk after every chunk. Restored before the connection goes back.
        raw.execute("PRAGMA synchronous = OFF")
        raw.execute("PRAGMA cache_size = -131072")
        try:
            if not report(0, contacts):
                raise Cancelled
            staff_ids = _add_staff(conn, site_id, _first_day(now, years), random.Random())
            gen = _Generator(seed=seed, total=contacts, now=now, site_id=site_id,
                             staff_ids=staff_ids, tax=tax, years=years)
            chunk = _Chunk()
            done = 0
            for index, count in enumerate(gen.day_counts()):
                if count:
                    gen.day(index, count, chunk)
                if len(chunk.contacts) >= chunk_size:
                    _write(conn, chunk)
                    done += len(chunk.contacts)
                    chunk = _Chunk()
                    if not report(done, contacts):
                        raise Cancelled
            if chunk.contacts or chunk.callers:
                _write(conn, chunk)
                done += len(chunk.contacts)
            callers = sum(1 for p in gen.profiles if p.row["id"] is not None)
            add_demo_entries(conn, site_id=site_id, author_id=staff_ids.get("admin"), now=now)
            add_demo_articles(conn, site_id=site_id, author_id=staff_ids.get("supervisor"),
                              now=now)
            add_demo_cases(conn, store=store, staff_ids=staff_ids, now=now, seed=seed)
            add_demo_quality(store, seed=seed, now=now)
            add_demo_assistance(store, staff_ids=staff_ids, now=now, seed=seed)
            add_demo_shift(store, staff_ids=staff_ids, now=now)
            add_demo_recruiters(store, staff_ids=staff_ids, now=now, seed=seed)
        except BaseException:
            log.info("demo generation stopped; removing what was written")
            if conn.in_transaction():
                conn.rollback()
            _wipe(conn)
            raise
        finally:
            raw.execute("PRAGMA synchronous = FULL")
            raw.execute("PRAGMA cache_size = -2000")
        raw.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    report(done, contacts)
    log.info("demo data: %d contacts, %d staff, %d callers", done, len(STAFF), callers)
    return DemoResult(contacts=done, users=len(STAFF), callers=callers)
