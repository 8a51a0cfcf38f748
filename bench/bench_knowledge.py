"""Knowledge-base search as you type (target ≤ 50 ms at 10,000 articles).

Builds its own database of 10,000 approved articles (Russian and Belarusian titles,
texts of 80–200 words drawn from the words of real consultations) and measures what a
consultant's typing asks for: the first 200 matches of a common word's beginning
("виз"), of two words ("агентств лиценз"), of a rare one ("кипр"), and the articles
offered beside the intake form for two topics and a destination.
"""

from __future__ import annotations

import argparse
import random
import tempfile
from datetime import UTC, datetime
from pathlib import Path

from common import Result, median, print_table, timed
from sqlalchemy import insert

from app.db import Store, open_store
from app.models import KnowledgeArticle, KnowledgeDestination, KnowledgeTopic, new_uuid
from app.services.contacts.service import UserService
from app.services.knowledge.service import ArticleQuery, KnowledgeService, search_key

TARGET = 0.050
ARTICLES = 10_000
REPEAT = 10

REAL = (
    "виза работа агентство лицензия договор паспорт посольство консульство страховка "
    "приглашение жильё зарплата работодатель Польша Германия Литва Россия Турция Кипр "
    "учёба студент au-pair семья брак супруг документы регистрация миграция граница "
    "перевозчик билет вакансия объявление сайт телефон адрес проверка безопасность "
    "родственники связь звонок помощь консультация юрист полиция возвращение долг "
    "задолженность обман сезонная ферма стройка уборка склад водитель сиделка няня")
SYLLABLES = ("ка", "ро", "ви", "ла", "ме", "но", "ст", "пр", "ту", "да", "ре", "ми", "ко",
             "за", "бе", "то", "ль", "ны", "ск", "ол")
TOPICS = ("employment_abroad", "passport_visa", "marriage_abroad", "study_abroad", "au_pair",
          "safe_migration", "trafficking_risk", "crisis_abroad")
COUNTRIES = ("PL", "DE", "LT", "RU", "TR", "CY", "IT", "CZ", "AE", "IL", "US", "LV")


def fill(store: Store, count: int, seed: int = 18) -> None:
    """``count`` approved articles written straight into the tables."""
    rng = random.Random(seed)
    real = REAL.split()
    # Five thousand other words: a real text's vocabulary, where one word's beginning
    # matches a share of the articles, not all of them.
    vocabulary = list(dict.fromkeys(
        "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 5))) for _ in range(6000)))

    def word() -> str:
        return rng.choice(real) if rng.random() < 0.04 else rng.choice(vocabulary)
    now = datetime.now(UTC)
    site = store.site_id
    articles, topics, places = [], [], []
    for _ in range(count):
        aid = new_uuid()
        title = " ".join(word() for _ in range(rng.randint(3, 7))).capitalize()
        body = " ".join(word() for _ in range(rng.randint(80, 200)))
        body_be = " ".join(word() for _ in range(rng.randint(40, 100)))
        articles.append({
            "id": aid, "kind": "article", "status": "approved", "title_ru": title,
            "title_be": title, "body_ru": body, "body_be": body_be, "owner_id": None,
            "revision": 1, "approved_at": now, "approved_by": None, "reviewed_at": now,
            "reviewed_by": None, "fictional": False,
            "search_key": search_key(title, title, body, body_be), "created_at": now,
            "updated_at": now, "site_id": site, "author_id": None, "version": 1,
            "deleted_at": None})
        topics += [{"article_id": aid, "topic": t} for t in rng.sample(TOPICS, 2)]
        if rng.random() < 0.4:
            places.append({"article_id": aid, "country": rng.choice(COUNTRIES)})
    with store.session() as s:
        s.execute(insert(KnowledgeArticle), articles)
        s.execute(insert(KnowledgeTopic), topics)
        s.execute(insert(KnowledgeDestination), places)


def run(_path: Path | None = None, articles: int | None = None) -> list[Result]:
    articles = articles or ARTICLES
    with tempfile.TemporaryDirectory(prefix="infoline-bench-kb-") as folder:
        store = open_store(Path(folder) / "kb.sqlite3", key=b"k" * 32)
        try:
            user = UserService(store).add("Анна Ковальчук")
            fill(store, articles)
            kb = KnowledgeService(store, user.id)
            results = []
            for text in ("виз", "агентств лиценз", "кипр"):
                query = ArticleQuery(text=text)
                found = kb.search(query)
                results.append(Result(
                    f"knowledge search «{text}», {articles:,} articles",
                    median(timed(lambda q=query: kb.search(q), REPEAT)), TARGET,
                    f"{len(found)} shown"))
            offered = kb.offered(["employment_abroad", "passport_visa"], ["PL"])
            results.append(Result(
                "knowledge offered for 2 topics and a country",
                median(timed(lambda: kb.offered(["employment_abroad", "passport_visa"],
                                                ["PL"]), REPEAT)), TARGET,
                f"{len(offered)} articles"))
            return results
        finally:
            store.close()


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--articles", type=int, default=ARTICLES)
    args = parser.parse_args()
    print_table(run(None, args.articles))
