"""The licensed-agency check during a call (target: ≤ 50 ms at 5,000 agencies).

A list of 5,000 agencies with made-up Russian, Belarusian and Latin names is imported
into a fresh encrypted database as an administrator would (a CSV file, checked whole,
then written in one transaction; the import's time is shown for reference). Then the
consultant's searches are timed as the check dialog runs them: part of a name in
Cyrillic, the same name in Latin letters, part of a registration number, and a name
that is not in the list (the slowest: every agency is looked at). The p95 of each
counts.
"""

from __future__ import annotations

import argparse
import random
import tempfile
from datetime import date
from pathlib import Path

from common import Result, p95, print_table, timed

from app.db import open_store
from app.services.contacts.service import UserService
from app.services.recruiters.agencies import AgencyService

TARGET = 0.050
AGENCIES = 5_000
REPEAT = 50

_FIRST = ("Престиж", "Вояж", "Горизонт", "Трэвел", "Еўра", "Балтик", "Мост", "Старт",
          "Вектор", "Альфа", "Сфера", "Глобус", "Шлях", "Крок", "Nord", "West", "Euro",
          "Global", "Работа", "Карьера")
_SECOND = ("Тур", "Плюс", "Групп", "Сервис", "Стафф", "Лайн", "Консалт", "Вэй", "Work",
           "Staff", "Trade", "Экспресс")
_FORMS = ("ООО", "ЧУП", "ОДО", "ЗАО", "ИП")


def write_list(path: Path, count: int = AGENCIES, seed: int = 18) -> None:
    rng = random.Random(seed)
    lines = ["name,unp,licence_number,licence_from,licence_until,address"]
    for i in range(count):
        name = (f'{rng.choice(_FORMS)} "{rng.choice(_FIRST)}-{rng.choice(_SECOND)} '
                f'{i}"')
        start = date(2015 + i % 10, 1 + i % 12, 1 + i % 28)
        end = "" if i % 7 == 0 else start.replace(year=start.year + 5).isoformat()
        lines.append(f'"{name.replace(chr(34), chr(34) * 2)}",{190000000 + i},'
                     f"02200/{i:05d},{start.isoformat()},{end},\"г. Минск, ул. {i}\"")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def run(path: Path | None = None) -> list[Result]:
    """``path`` (the big demo database) is not used: the list has its own."""
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        store = open_store(folder / "agencies.sqlite3", key=b"\x18" * 32)
        try:
            admin = UserService(store).add("Администратор", role="administrator").id
            consultant = UserService(store).add("Консультант").id
            source = folder / "agencies.csv"
            write_list(source)
            service = AgencyService(store, admin)
            import_time = timed(lambda: service.import_file(source, date(2026, 11, 1)), 1,
                                warmup=0)[0]
            search = AgencyService(store, consultant)
            rows = [Result(f"agency list import, {AGENCIES:,} agencies (reference)",
                           import_time)]
            for what, query in (("part of a name, Cyrillic «вояж-тур»", "вояж-тур"),
                                ("the same in Latin «voyazh tur»", "voyazh tur"),
                                ("part of an УНП «1900049»", "1900049"),
                                ("not in the list «Золотой берег»", "Золотой берег")):
                times = timed(lambda q=query: search.search(q), REPEAT)  # type: ignore[misc]
                found = len(search.search(query).agencies)
                rows.append(Result(f"agency check: {what}, p95", p95(times), TARGET,
                                   f"{found} found of {AGENCIES:,}"))
            return rows
        finally:
            store.close()


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.parse_args()
    print_table(run())
