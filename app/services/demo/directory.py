"""Fictional directory entries and emergency numbers for the demo database
(app/services/demo/data.py calls :func:`add_demo_entries`).
"""

from __future__ import annotations

import logging
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import Connection, insert

from app.models import (
    CountryEmergency,
    DirectoryChange,
    DirectoryEntry,
    new_uuid,
)
from app.services.directory.service import DEMO_PHONE_PREFIX, search_key

log = logging.getLogger("app.directory")


# -- demo data ------------------------------------------------------------------------

# Country: (calling code used inside the fictional number, city, Russian "in <country>").
_DEMO_COUNTRIES: dict[str, tuple[str, str, str]] = {
    "RU": ("7", "Москва", "в России"),
    "PL": ("48", "Варшава", "в Польше"),
    "DE": ("49", "Берлин", "в Германии"),
    "TR": ("90", "Анкара", "в Турции"),
    "UA": ("380", "Киев", "в Украине"),
    "LT": ("370", "Вильнюс", "в Литве"),
    "IT": ("39", "Рим", "в Италии"),
    "CZ": ("420", "Прага", "в Чехии"),
    "AE": ("971", "Абу-Даби", "в ОАЭ"),
    "IL": ("972", "Тель-Авив", "в Израиле"),
    "US": ("1", "Вашингтон", "в США"),
    "LV": ("371", "Рига", "в Латвии"),
}

# General emergency numbers: public facts, still stored with the demo mark.
_DEMO_EMERGENCY: dict[str, str] = {
    "RU": "112 — единый номер экстренных служб\n102 — полиция\n103 — скорая помощь",
    "PL": "112 — единый номер экстренных служб\n997 — полиция\n999 — скорая помощь",
    "DE": "112 — пожарные и скорая помощь\n110 — полиция",
    "TR": "112 — единый номер экстренных служб",
    "UA": "112 — единый номер экстренных служб\n102 — полиция\n103 — скорая помощь",
    "LT": "112 — единый номер экстренных служб",
    "IT": "112 — единый номер экстренных служб\n113 — полиция\n118 — скорая помощь",
    "CZ": "112 — единый номер экстренных служб\n158 — полиция\n155 — скорая помощь",
    "AE": "999 — полиция\n998 — скорая помощь\n997 — пожарные",
    "IL": "100 — полиция\n101 — скорая помощь\n102 — пожарные",
    "US": "911 — полиция, скорая помощь, пожарные",
    "LV": "112 — единый номер экстренных служб",
}

# (type, name template, services, hours, languages), {in_country} filled per country.
_DEMO_KINDS: tuple[tuple[str, str, str, str, str], ...] = (
    ("belarus_mission", "(ДЕМО) Посольство Республики Беларусь {in_country}",
     "консульская помощь, возвращение на родину, утерянные документы",
     "пн–пт 09:00–13:00, 14:00–18:00", "русский, белорусский"),
    ("international_org", "(ДЕМО) Бюро международной организации по миграции {in_country}",
     "помощь пострадавшим от торговли людьми, добровольное возвращение",
     "пн–пт 09:00–17:00", "английский, русский"),
    ("ngo", "(ДЕМО) Общественная организация «Вымышленная помощь» {in_country}",
     "консультации мигрантов, юридическая помощь, психологическая поддержка",
     "пн–сб 10:00–19:00", "русский, английский"),
    ("hotline", "(ДЕМО) Горячая линия против торговли людьми {in_country}",
     "круглосуточная линия, анонимно, сообщения о торговле людьми",
     "круглосуточно", "местный, английский, русский"),
)
_DEMO_SHELTER_COUNTRIES = ("RU", "PL", "DE", "TR")


def add_demo_entries(conn: Connection, *, site_id: str, author_id: str | None,
                     now: datetime) -> int:
    """Write clearly fictional directory entries and emergency numbers (demo only).

    Every row has the ``fictional`` mark, names begin with "(ДЕМО)", phones use the
    unassigned code +999, e-mail and web addresses are at example.org. A few entries
    were last verified long ago, so the "to be checked" list has something to show,
    and one is retired. Returns the number of entries written.
    """
    entries: list[dict[str, Any]] = []
    changes: list[dict[str, Any]] = []
    n = 0
    for country, (code, city, in_country) in _DEMO_COUNTRIES.items():
        kinds = list(_DEMO_KINDS)
        if country in _DEMO_SHELTER_COUNTRIES:
            kinds.append(("shelter", "(ДЕМО) Приют «Вымышленный дом» {in_country}",
                          "временное жильё для пострадавших женщин и детей",
                          "круглосуточно", "местный, русский"))
        for i, (type_code, template, services, hours, languages) in enumerate(kinds):
            n += 1
            name = template.format(in_country=in_country)
            slug = f"{country.lower()}{i}"
            phones = f"{DEMO_PHONE_PREFIX} {code} 000 {n:02d} {i + 1:02d}"
            if type_code == "belarus_mission":
                phones += f"\n{DEMO_PHONE_PREFIX} {code} 000 {n:02d} 99 (дежурный консул)"
            # Every fifth entry was verified 14 months ago: to be checked.
            age = timedelta(days=430) if n % 5 == 0 else timedelta(days=15 + 5 * n)
            verified = now - age
            created = verified - timedelta(days=30)
            retired = now - timedelta(days=10) if n == 7 else None
            entry_id = new_uuid()
            values = {
                "country": country, "type": type_code, "name": name, "city": city,
                "address": f"{city}, вымышленная улица, {n}",
                "phones": phones, "email": f"demo-{slug}@example.org",
                "website": f"https://{slug}.example.org", "hours": hours,
                "languages": languages, "services": services,
                "notes": "Вымышленная запись для демонстрации: не давать звонящим.",
            }
            entries.append({
                **values, "id": entry_id, "verified_at": verified, "verified_by": author_id,
                "retired_at": retired, "fictional": True,
                "search_key": search_key(name, city, services, country),
                "created_at": created, "updated_at": retired or verified,
                "site_id": site_id, "author_id": author_id, "version": 1, "deleted_at": None,
            })
            changes.append({
                "id": new_uuid(), "entry_id": entry_id, "country": None,
                "changed_at": created, "user_id": author_id, "site_id": site_id,
                "action": "create", "changes": {k: [None, v] for k, v in values.items() if v},
            })
    emergencies = [{
        "id": new_uuid(), "country": country, "numbers": numbers,
        "notes": "Демо-база: номера общеизвестны, но сверяйте их перед использованием.",
        "fictional": True, "created_at": now, "updated_at": now, "site_id": site_id,
        "author_id": author_id, "version": 1, "deleted_at": None,
    } for country, numbers in _DEMO_EMERGENCY.items()]
    with conn.begin():
        conn.execute(insert(DirectoryEntry), entries)
        conn.execute(insert(DirectoryChange), changes)
        conn.execute(insert(CountryEmergency), emergencies)
    log.info("demo directory: %d fictional entries", len(entries))
    return len(entries)
