"""The knowledge base through the real service on an encrypted database: approval,
revisions and their history, search as you type, what the intake form is offered,
articles given with a contact, usage, review due, files, demo marks and the sync."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import select, update
from synchelp import content, introduce, make_site

from app.models import AuditEntry, Base, ContactKnowledgeGiven, KnowledgeArticle
from app.services.contacts.service import ContactInput, ContactService
from app.services.knowledge.files import (
    KnowledgeFileError,
    KnowledgeImportError,
    export_file,
    import_file,
)
from app.services.knowledge.service import (
    ArticleInput,
    ArticleQuery,
    ConcurrentArticleEditError,
    KnowledgePermissionError,
    KnowledgeService,
    search_key,
)
from app.services.validation import ValidationError

VISA = ArticleInput(title_ru="Виза в Польшу: что нужно знать", body_ru="Приглашение, страховка, "
                    "жильё. Подача через визовый центр.", title_be="Віза ў Польшчу",
                    body_be="Запрашэнне, страхоўка.", topics=["passport_visa"],
                    destinations=["PL"])
AGENCY = ArticleInput(kind="checklist", title_ru="Как проверить агентство",
                      body_ru="Спросите УНП. Проверьте лицензию.",
                      topics=["employment_abroad"])


@pytest.fixture
def kb(store, supervisor) -> KnowledgeService:
    return KnowledgeService(store, supervisor.id)


def _now() -> datetime:
    return datetime.now(UTC)


def test_the_migration_makes_the_tables_the_models_describe(store) -> None:
    with store.engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
        conn.rollback()
    # The full-text index (knowledge_fts and its own tables) is made by the migration.
    ours = [d for d in diff if "knowledge" in repr(d) and "knowledge_fts" not in repr(d)]
    assert ours == []


def test_only_approved_articles_are_offered_to_consultants(store, kb, consultant) -> None:
    draft = kb.create(VISA)
    approved = kb.create(AGENCY, approve=True)
    them = KnowledgeService(store, consultant.id)
    assert [a.id for a in them.search()] == [approved.id]
    assert {a.id for a in kb.search()} == {draft.id, approved.id}
    assert [a.id for a in them.offered(["passport_visa", "employment_abroad"], ["PL"])] == [
        approved.id]
    with pytest.raises(LookupError):
        them.get(draft.id)
    kb.approve(draft.id)
    assert {a.id for a in them.search()} == {draft.id, approved.id}


def test_consultants_cannot_write_approve_or_import(store, kb, consultant, tmp_path) -> None:
    them = KnowledgeService(store, consultant.id)
    article = kb.create(AGENCY)
    for act in (lambda: them.create(AGENCY), lambda: them.approve(article.id),
                lambda: them.update(article.id, VISA), lambda: them.mark_reviewed(article.id),
                lambda: them.history(article.id), them.usage,
                lambda: export_file(them, tmp_path / "kb.json")):
        with pytest.raises(KnowledgePermissionError):
            act()
    assert kb.get(article.id).status == "draft"


def test_every_saved_change_is_a_revision_kept_whole_with_who_and_when(kb, supervisor) -> None:
    a = kb.create(VISA, approve=True)
    assert (a.revision, a.status, a.owner) == (1, "approved", supervisor.full_name)
    changed = ArticleInput(**{**VISA.__dict__, "body_ru": "Новый текст про визу."})
    b = kb.update(a.id, changed, expected_version=a.version)
    # An unapproved change is a draft again: consultants never get unapproved words.
    assert (b.revision, b.status) == (2, "draft")
    c = kb.update(a.id, changed, approve=True, expected_version=b.version)
    assert (c.revision, c.status) == (2, "approved")
    with pytest.raises(ConcurrentArticleEditError):
        kb.update(a.id, VISA, expected_version=a.version)
    history = kb.history(a.id)
    assert [(h.revision, h.action, h.status) for h in history] == [
        (2, "approve", "approved"), (2, "edit", "draft"), (1, "approve", "approved")]
    assert all(h.user_name == supervisor.full_name for h in history)
    assert kb.revision_content(a.id, 1)["body_ru"] == VISA.body_ru
    assert kb.revision_content(a.id, 2)["body_ru"] == "Новый текст про визу."


@pytest.mark.parametrize(("data", "field"), [
    (ArticleInput(), "title_ru"),
    (ArticleInput(title_ru="Заголовок"), "body_ru"),
    (ArticleInput(body_be="Тэкст"), "title_be"),
    (ArticleInput(kind="poem", title_ru="А", body_ru="Б"), "kind"),
    (ArticleInput(title_ru="А", body_ru="Б", topics=["no_such"]), "topics"),
    (ArticleInput(title_ru="А", body_ru="Б", destinations=["QQ"]), "destinations"),
    (ArticleInput(title_ru="А" * 201, body_ru="Б"), "title_ru"),
    (ArticleInput(title_ru="(ДЕМО) Виза", body_ru="Б"), "title_ru"),
])
def test_bad_articles_are_refused_field_by_field(kb, data, field) -> None:
    with pytest.raises(ValidationError) as info:
        kb.create(data)
    assert field in {e.field for e in info.value.errors}
    assert kb.search() == []


@pytest.mark.parametrize("typed", ["виза", "ВИЗ", "польш", "Визовый", "vizu", "жилье", "ЖИЛЬЁ",
                                   "страх виза", "страхоўка"])
def test_search_as_you_type_matches_word_beginnings_in_any_case_and_e_for_yo(kb, typed) -> None:
    kb.create(ArticleInput(**{**VISA.__dict__, "body_ru": VISA.body_ru + " vizu"}))
    kb.create(AGENCY)
    assert [a.title_ru for a in kb.search(ArticleQuery(text=typed))] == [VISA.title_ru]


def test_search_does_not_match_inside_words_and_titles_come_first(kb) -> None:
    kb.create(VISA)
    kb.create(ArticleInput(title_ru="Страхование", body_ru="Для визы нужна страховка."))
    assert kb.search(ArticleQuery(text="иза")) == []
    found = [a.title_ru for a in kb.search(ArticleQuery(text="виз"))]
    assert found == [VISA.title_ru, "Страхование"]


def test_the_intake_form_is_offered_articles_for_its_topics_and_destinations(kb) -> None:
    visa = kb.create(VISA, approve=True)  # visa questions, Poland only
    agency = kb.create(AGENCY, approve=True)  # employment, any destination
    germany = kb.create(ArticleInput(title_ru="Работа в Германии", body_ru="Текст.",
                                     topics=["employment_abroad"], destinations=["DE"]),
                        approve=True)
    ids = lambda found: [a.id for a in found]  # noqa: E731
    # The newest first among equals.
    assert ids(kb.offered(["employment_abroad"], [])) == [germany.id, agency.id]
    assert ids(kb.offered(["employment_abroad"], ["PL"])) == [agency.id, visa.id]
    assert ids(kb.offered(["employment_abroad"], ["DE"])) == [germany.id, agency.id]
    assert kb.offered([], []) == []


def test_an_article_given_is_saved_with_the_contact_and_its_revision(store, kb, consultant
                                                                    ) -> None:
    article = kb.create(VISA, approve=True)
    contacts = ContactService(store, consultant.id)
    record = contacts.save(ContactInput(started_at=_now() - timedelta(minutes=3),
                                        topics=["passport_visa"],
                                        knowledge_given=[[article.id, article.revision]]))
    them = KnowledgeService(store, consultant.id)
    given = them.given_for_contact(record.id)
    assert [(g.article_id, g.revision, g.title) for g in given] == [
        (article.id, 1, VISA.title_ru)]
    # Changed afterwards: the contact still says which text the caller got.
    kb.update(article.id, ArticleInput(**{**VISA.__dict__, "body_ru": "Другой"}), approve=True)
    assert them.given_for_contact(record.id)[0].revision == 1
    usage = {u.article_id: u.count for u in kb.usage()}
    assert usage[article.id] == 1


def test_an_unknown_article_or_revision_refuses_the_whole_contact(store, kb, consultant) -> None:
    article = kb.create(VISA, approve=True)
    contacts = ContactService(store, consultant.id)
    for given in ([["no-such-id", 1]], [[article.id, 7]]):
        with pytest.raises(ValidationError) as info:
            contacts.save(ContactInput(started_at=_now() - timedelta(minutes=3),
                                       topics=["passport_visa"], knowledge_given=given))
        assert info.value.errors[0].field == "knowledge_given"
    with store.sessions() as s:
        assert s.scalar(select(ContactKnowledgeGiven)) is None


def test_articles_not_reviewed_for_the_set_time_are_to_be_checked(store, kb) -> None:
    old = kb.create(VISA, approve=True)
    fresh = kb.create(AGENCY, approve=True)
    with store.session() as s:
        s.execute(update(KnowledgeArticle).where(KnowledgeArticle.id == old.id).values(
            reviewed_at=_now() - timedelta(days=400)))
    assert [a.id for a in kb.search(ArticleQuery(stale_only=True))] == [old.id]
    assert kb.get(old.id).stale
    assert not kb.get(fresh.id).stale
    kb.set_review_months(24)
    assert not kb.get(old.id).stale
    kb.set_review_months(12)
    assert not kb.mark_reviewed(old.id).stale
    with pytest.raises(ValidationError):
        kb.set_review_months(0)


def test_export_then_import_at_another_organisation_and_again_changes_nothing(
        store, kb, tmp_path, db_key, case_key) -> None:
    from app.db import open_store
    from app.services.contacts.service import UserService

    visa = kb.create(VISA, approve=True)
    kb.create(AGENCY)
    path = tmp_path / "kb.json"
    assert export_file(kb, path) == 2
    other = open_store(tmp_path / "other.sqlite3", key=db_key)
    try:
        sup = UserService(other).add("Ирина Соколова", role="supervisor")
        theirs = KnowledgeService(other, sup.id)
        result = import_file(theirs, path)
        assert (result.added, result.updated, result.unchanged) == (2, 0, 0)
        assert theirs.get(visa.id).title_be == VISA.title_be
        assert theirs.get(visa.id).status == "approved"
        assert import_file(theirs, path).unchanged == 2
        # Changed here, the file brings the text back as a new revision.
        theirs.update(visa.id, ArticleInput(**{**VISA.__dict__, "body_ru": "Иначе"}))
        again = import_file(theirs, path)
        assert again.updated == 1
        assert theirs.get(visa.id).revision == 3
        with other.sessions() as s:
            actions = [e.action for e in s.scalars(select(AuditEntry).where(
                AuditEntry.object_kind == "knowledge"))]
        assert actions.count("import") == 3
    finally:
        other.close()


def _file(path: Path, articles: list[object]) -> Path:
    path.write_text(json.dumps({"format": "infoline-knowledge", "version": 1,
                                "articles": articles}, ensure_ascii=False), encoding="utf-8")
    return path


def test_a_bad_file_imports_nothing_and_names_article_and_field(kb, tmp_path) -> None:
    good = {"id": "0193f3a0-0000-7000-8000-000000000001", "kind": "article",
            "status": "approved", "title_ru": "Виза", "body_ru": "Текст",
            "topics": ["passport_visa"], "destinations": ["PL"]}
    bad = [good,
           {**good, "id": "0193f3a0-0000-7000-8000-000000000002", "topics": ["nope"]},
           {**good, "id": "not-an-id"},
           {**good, "id": "0193f3a0-0000-7000-8000-000000000003", "status": "final",
            "reviewed_at": "2026-02-30"},
           {**good, "id": "0193f3a0-0000-7000-8000-000000000004", "fictional": True},
           {**good, "extra": 1, "id": "0193f3a0-0000-7000-8000-000000000005"},
           good]
    with pytest.raises(KnowledgeImportError) as info:
        import_file(kb, _file(tmp_path / "bad.json", bad))
    found = {(p.article, p.field) for p in info.value.problems}
    assert found == {(2, "topics"), (3, "id"), (4, "status"), (4, "reviewed_at"),
                     (5, "fictional"), (6, "extra"), (7, "id")}
    assert str(info.value).startswith("bad.json: article 2, field topics:")
    assert kb.search() == []
    for name, data in (("a.json", b"not json"), ("b.json", b'{"format": "x"}'),
                       ("c.json", b"\xff\xfe")):
        (tmp_path / name).write_bytes(data)
        with pytest.raises(KnowledgeFileError, match=name):
            import_file(kb, tmp_path / name)


def test_demo_articles_are_marked_and_say_they_are_not_advice(tmp_path) -> None:
    from app.db import open_store
    from app.services.demo import data as demo_data

    store = open_store(tmp_path / "demo.sqlite3")
    try:
        store.set_setting("demo", True)
        demo_data.generate(store, contacts=50, seed=3)
        with store.sessions() as s:
            sup = s.scalar(select(KnowledgeArticle.owner_id))
            rows = s.scalars(select(KnowledgeArticle)).all()
        assert rows
        assert all(a.fictional for a in rows)
        assert all(a.title_ru.startswith("(ДЕМО)") and a.title_be.startswith("(ДЭМА)")
                   for a in rows)
        assert all("не совет" in a.body_ru for a in rows)
        kb = KnowledgeService(store, sup)
        assert kb.search(ArticleQuery(stale_only=True, status="approved"))
        assert kb.search(ArticleQuery(status="draft"))
    finally:
        store.close()


def test_articles_and_what_was_given_travel_between_two_sites(tmp_path) -> None:
    a, b = make_site(tmp_path, "A"), make_site(tmp_path, "B", "bwc")
    try:
        introduce(a, b)
        kb_a = KnowledgeService(a.store, a.admin.id)
        article = kb_a.create(VISA, approve=True)
        kb_a.update(article.id, ArticleInput(**{**VISA.__dict__, "body_ru": "Второй"}),
                    approve=True)
        a.contacts.save(ContactInput(started_at=_now() - timedelta(minutes=2),
                                     topics=["passport_visa"],
                                     knowledge_given=[[article.id, 2]]))
        b.receive(a.send(b))
        skip = frozenset({"app_user", "sync_conflict"})
        mine, theirs = content(a.store, skip), content(b.store, skip)
        for table in ("knowledge_article", "knowledge_revision", "contact"):
            assert mine[table] == theirs[table], table
        kb_b = KnowledgeService(b.store, b.admin.id)
        got = kb_b.get(article.id)
        assert (got.revision, got.status, got.destinations) == (2, "approved", ("PL",))
        assert [h.revision for h in kb_b.history(article.id)] == [2, 1]
        assert kb_b.usage()[0].count == 1
        # B reviews it; A gets the review back.
        kb_b.mark_reviewed(article.id)
        a.receive(b.send(a))
        assert kb_a.get(article.id).version == kb_b.get(article.id).version
    finally:
        a.close()
        b.close()


def test_a_sync_file_with_a_bad_article_is_refused() -> None:
    from app.services.sync.tables import SPECS

    spec = SPECS["knowledge_article"]
    check = dict(zip(spec.columns, spec.checks, strict=True))
    assert check["status"]("approved") is None
    assert check["status"]("published") is not None
    assert check["kind"]("poem") is not None
    assert check["body_ru"]("x" * 20_001) is not None
    topic = dict(zip(spec.children[0].columns, spec.children[0].checks, strict=True))
    assert topic["topic"]("no_such_topic") is not None


def test_search_key_keeps_each_word_once_and_titles_first() -> None:
    key = search_key("Виза", "", "виза виза жильё", "")
    assert key == " виза | жилье"


def test_the_search_index_follows_every_change(kb) -> None:
    a = kb.create(VISA, approve=True)
    kb.update(a.id, ArticleInput(**{**VISA.__dict__, "title_ru": "Шенген", "body_ru": "Тур"}),
              approve=True)
    assert kb.search(ArticleQuery(text="приглаш")) == []
    assert [r.id for r in kb.search(ArticleQuery(text="шенг"))] == [a.id]
    kb.retire(a.id)
    assert kb.search(ArticleQuery(text="шенг")) == []


def test_the_migration_goes_down_and_up_again_and_the_index_follows(tmp_path: Path) -> None:
    from alembic import command

    from app.db import open_store
    from app.db import store as store_module
    from app.services.contacts.service import UserService

    path = tmp_path / "kb.sqlite3"
    store = open_store(path)
    cfg = store_module._alembic_config()
    with store.engine.connect() as conn, conn.begin():
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "0012")
    with store.engine.connect() as conn:
        names = {r[0] for r in conn.exec_driver_sql(
            "SELECT name FROM sqlite_master WHERE name LIKE '%knowledge%'")}
        conn.rollback()
    assert names == set()
    store.close()
    store = open_store(path)  # migrated to the head again
    try:
        kb = KnowledgeService(store, UserService(store).add("Е", role="supervisor").id)
        kb.create(VISA)
        assert len(kb.search(ArticleQuery(text="виз"))) == 1
    finally:
        store.close()
