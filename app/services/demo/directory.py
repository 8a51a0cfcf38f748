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
from app.services.demo.mix import resource
from app.services.directory.service import DEMO_PHONE_PREFIX, search_key

log = logging.getLogger("app.directory")
_DATA = resource("directory.json")  # the fixed data: app/resources/demo/directory.json


# -- demo data ------------------------------------------------------------------------

# Country: (calling code used inside the fictional number, city, Russian "in <country>").
_DEMO_COUNTRIES = _DATA["demo_countries"]

# General emergency numbers: public facts, still stored with the demo mark.
_DEMO_EMERGENCY = _DATA["demo_emergency"]

# (type, name template, services, hours, languages), {in_country} filled per country.
_DEMO_KINDS = _DATA["demo_kinds"]
_DEMO_SHELTER_COUNTRIES = _DATA["demo_shelter_countries"]


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
