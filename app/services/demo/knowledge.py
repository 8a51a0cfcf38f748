"""Fictional knowledge-base articles for the demo database.

Every article carries the ``fictional`` mark, its titles begin with "(ДЕМО)" /
"(ДЭМА)" and its text says first that it is a demonstration, not advice to give a
caller: the demo shows how the knowledge base works, never what to tell anybody. One
article was last reviewed long ago (the "to be checked" list has something to show)
and one is still a draft.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import Connection, insert

from app.models import KnowledgeArticle, KnowledgeDestination, KnowledgeRevision, KnowledgeTopic
from app.models.base import new_uuid
from app.services.knowledge.service import content_of, search_key

NOTICE_RU = "Демонстрационный текст: это не проверенная информация и не совет для абонента."
NOTICE_BE = "Дэманстрацыйны тэкст: гэта не правераная інфармацыя і не парада абаненту."

# (kind, title ru, title be, points ru, points be, topics, destinations, status, age in days)
_ARTICLES: tuple[tuple[str, str, str, str, str, tuple[str, ...], tuple[str, ...], str, int],
                 ...] = (
    ("checklist", "Как проверить агентство по трудоустройству за рубежом",
     "Як праверыць агенцтва па працаўладкаванні за мяжой",
     "Спросите название и УНП агентства.\nПроверьте лицензию в списке.\n"
     "Попросите договор до отъезда.",
     "Спытайце назву і УНП агенцтва.\nПраверце ліцэнзію ў спісе.\n"
     "Папрасіце дагавор да ад'езду.",
     ("employment_abroad", "safe_migration"), (), "approved", 30),
    ("article", "Правила безопасного выезда", "Правілы бяспечнага выезду",
     "Оставьте родным копии документов и адрес.\nДоговоритесь о времени звонков.",
     "Пакіньце родным копіі дакументаў і адрас.\nДамоўцеся пра час званкоў.",
     ("safe_migration", "employment_abroad", "study_abroad"), (), "approved", 60),
    ("article", "Виза для работы в Польше", "Віза для працы ў Польшчы",
     "Какие документы нужны и где их подают.", "Якія дакументы патрэбныя і дзе іх падаюць.",
     ("passport_visa", "employment_abroad"), ("PL",), "approved", 500),
    ("article", "Брак с иностранцем", "Шлюб з замежнікам",
     "Что проверить до переезда к супругу.", "Што праверыць да пераезду да мужа ці жонкі.",
     ("marriage_abroad",), (), "approved", 90),
    ("checklist", "Если у вас забрали паспорт", "Калі ў вас забралі пашпарт",
     "Запишите, кто и когда забрал документ.\nСвяжитесь с посольством.",
     "Запішыце, хто і калі забраў дакумент.\nЗвяжыцеся з пасольствам.",
     ("crisis_abroad", "trafficking_risk"), (), "approved", 20),
    ("article", "Программы au-pair в Германии", "Праграмы au-pair у Германіі",
     "Условия программы и на что обратить внимание.",
     "Умовы праграмы і на што звярнуць увагу.",
     ("au_pair",), ("DE",), "draft", 10),
)


def add_demo_articles(conn: Connection, *, site_id: str, author_id: str | None,
                      now: datetime) -> int:
    """Write the fictional articles (demo only); returns how many."""
    articles: list[dict[str, Any]] = []
    topics: list[dict[str, Any]] = []
    places: list[dict[str, Any]] = []
    revisions: list[dict[str, Any]] = []
    for kind, t_ru, t_be, b_ru, b_be, codes, countries, status, age in _ARTICLES:
        article_id = new_uuid()
        when = now - timedelta(days=age)
        title_ru, title_be = f"(ДЕМО) {t_ru}", f"(ДЭМА) {t_be}"
        body_ru, body_be = f"{NOTICE_RU}\n\n{b_ru}", f"{NOTICE_BE}\n\n{b_be}"
        approved = status == "approved"
        articles.append({
            "id": article_id, "kind": kind, "status": status, "title_ru": title_ru,
            "title_be": title_be, "body_ru": body_ru, "body_be": body_be,
            "owner_id": author_id, "revision": 1,
            "approved_at": when if approved else None,
            "approved_by": author_id if approved else None,
            "reviewed_at": when if approved else None,
            "reviewed_by": author_id if approved else None, "fictional": True,
            "search_key": search_key(title_ru, title_be, body_ru, body_be),
            "created_at": when, "updated_at": when, "site_id": site_id,
            "author_id": author_id, "version": 1, "deleted_at": None})
        topics += [{"article_id": article_id, "topic": c} for c in codes]
        places += [{"article_id": article_id, "country": c} for c in countries]
        content = content_of(KnowledgeArticle(
            kind=kind, title_ru=title_ru, title_be=title_be, body_ru=body_ru,
            body_be=body_be, topics=[KnowledgeTopic(topic=c) for c in codes],
            destinations=[KnowledgeDestination(country=c) for c in countries]))
        revisions.append({"id": new_uuid(), "article_id": article_id, "revision": 1,
                          "saved_at": when, "user_id": author_id, "site_id": site_id,
                          "action": "approve" if approved else "create", "status": status,
                          "content": content})
    with conn.begin():
        conn.execute(insert(KnowledgeArticle.__table__), articles)  # type: ignore[arg-type]
        conn.execute(insert(KnowledgeTopic.__table__), topics)  # type: ignore[arg-type]
        conn.execute(insert(KnowledgeDestination.__table__), places)  # type: ignore[arg-type]
        conn.execute(insert(KnowledgeRevision.__table__), revisions)  # type: ignore[arg-type]
    return len(articles)
