"""The knowledge base as a JSON file, so the two organisations can share their articles.

Export writes every article (drafts too: the file goes from one team of supervisors to
another) with its texts, topics, destinations, status and last review date. Import
takes the whole file or nothing: every problem is reported as ``<file>: article N,
field F: problem`` and nothing is written. An article keeps its id across files: an
article already here is updated (a changed text is a new revision), a new one is
added. Importing the same file twice changes nothing the second time. JSON is never
opened as a spreadsheet, so no cell can run as a formula.
"""

from __future__ import annotations

import dataclasses
import json
import logging
from dataclasses import dataclass
from datetime import UTC, date, datetime, time
from pathlib import Path
from typing import Any

from sqlalchemy import select

from app.models import KnowledgeArticle, utcnow
from app.services.audit import log as audit
from app.services.files import FileContentError, atomic_write
from app.services.knowledge.service import (
    APPROVED,
    STATUSES,
    ArticleInput,
    KnowledgeService,
    apply_input,
    content_of,
    normalised,
    validate,
)
from app.services.sync.tables import UUID_RE

log = logging.getLogger("app.knowledge")

FORMAT = "infoline-knowledge"
FORMAT_VERSION = 1
MAX_BYTES = 50 * 1024 * 1024
MAX_ARTICLES = 20_000
FIELDS = ("id", "kind", "status", "title_ru", "title_be", "body_ru", "body_be", "topics",
          "destinations", "reviewed_at", "fictional")
TEXT_FIELDS = ("kind", "title_ru", "title_be", "body_ru", "body_be")


class KnowledgeFileError(FileContentError):
    """The knowledge-base file as a whole cannot be read (not JSON, not this format)."""


@dataclass(frozen=True)
class ImportProblem:
    """What is wrong with one field of one article (``article`` counts from 1).

    ``message`` is the English text; ``code`` and ``params`` let the app say the same
    in the user's language (app/ui/widgets/import_problems.py)."""

    article: int
    field: str
    message: str
    code: str = ""
    # In full: to type checkers the attribute ``field`` above hides dataclasses.field.
    params: dict[str, object] = dataclasses.field(default_factory=dict)

    def __str__(self) -> str:
        return f"article {self.article}, field {self.field}: {self.message}"


class KnowledgeImportError(Exception):
    """Problems with articles of the file; nothing was imported."""

    def __init__(self, path: Path, problems: list[ImportProblem]):
        self.path = path
        self.problems = problems
        shown = "; ".join(str(p) for p in problems[:5])
        more = f" (and {len(problems) - 5} more)" if len(problems) > 5 else ""
        super().__init__(f"{path.name}: {shown}{more}")


@dataclass(frozen=True)
class ImportResult:
    added: int
    updated: int
    unchanged: int


def _day(value: datetime | None) -> str | None:
    return value.astimezone(UTC).date().isoformat() if value else None


def export_file(service: KnowledgeService, path: Path | str) -> int:
    """Write every article of the knowledge base to ``path``; returns how many."""
    target = Path(path)
    with service.store.sessions() as s:
        service.require_editor(s)
        rows = s.scalars(select(KnowledgeArticle).where(
            KnowledgeArticle.deleted_at.is_(None)).order_by(KnowledgeArticle.id)).all()
        articles = [{"id": a.id, **content_of(a), "status": a.status,
                     "reviewed_at": _day(a.reviewed_at), "fictional": a.fictional}
                    for a in rows]
    data = {"format": FORMAT, "version": FORMAT_VERSION,
            "exported_at": utcnow().isoformat(timespec="seconds"), "articles": articles}
    with atomic_write(target, "w", encoding="utf-8") as f:
        json.dump(data, f, ensure_ascii=False, indent=1)
    audit.record(service.store, "export", user_id=service.user_id, object_kind="knowledge",
                 details={"articles": len(articles)})
    log.info("knowledge base exported: %d articles", len(articles))
    return len(articles)


def _read(path: Path) -> list[Any]:
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise _unreadable(path, exc) from exc
    if size > MAX_BYTES:
        raise KnowledgeFileError(f"{path.name}: larger than {MAX_BYTES // 2**20} MiB",
                                 "too_large", limit=MAX_BYTES // 2**20)
    try:
        data = json.loads(path.read_bytes().decode("utf-8"))
    except UnicodeDecodeError as exc:
        raise KnowledgeFileError(f"{path.name}: not UTF-8 text", "not_utf8",
                                 byte=exc.start + 1) from exc
    except json.JSONDecodeError as exc:
        raise KnowledgeFileError(f"{path.name}: not a JSON file ({exc})", "bad_json",
                                 line=exc.lineno, column=exc.colno) from exc
    except (ValueError, RecursionError) as exc:
        raise KnowledgeFileError(f"{path.name}: not a JSON file ({exc})", "bad_json") from exc
    except OSError as exc:
        raise _unreadable(path, exc) from exc
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise KnowledgeFileError(f"{path.name}: not a knowledge base file of Infoline Desk",
                                 "not_knowledge")
    if data.get("version") != FORMAT_VERSION:
        raise KnowledgeFileError(
            f"{path.name}: format version {data.get('version')!r}, this app reads "
            f"{FORMAT_VERSION}", "bad_version", version=repr(data.get("version"))[:40],
            reads=FORMAT_VERSION)
    articles = data.get("articles")
    if not isinstance(articles, list):
        raise KnowledgeFileError(f"{path.name}: no list of articles", "no_articles")
    if len(articles) > MAX_ARTICLES:
        raise KnowledgeFileError(f"{path.name}: more than {MAX_ARTICLES} articles",
                                 "too_many_articles", limit=MAX_ARTICLES)
    return articles


def _unreadable(path: Path, exc: OSError) -> KnowledgeFileError:
    return KnowledgeFileError(f"{path.name}: cannot be read ({exc.strerror})", "unreadable",
                              reason=exc.strerror or exc, errno=exc.errno or "")


@dataclass(frozen=True)
class _Parsed:
    id: str
    data: ArticleInput
    status: str
    reviewed: date | None
    fictional: bool


def _parse(n: int, raw: Any, service: KnowledgeService, problems: list[ImportProblem]
           ) -> _Parsed | None:
    def bad(name: str, message: str, code: str, **params: object) -> None:
        problems.append(ImportProblem(n, name, message, code, params))

    if not isinstance(raw, dict):
        bad("-", "not an object with the article's fields", "not_object")
        return None
    before = len(problems)
    for key in raw:
        if key not in FIELDS:
            bad(str(key)[:40], "not a field of an article", "unknown_field")
    article_id = raw.get("id")
    if not isinstance(article_id, str) or not UUID_RE.match(article_id):
        bad("id", "missing or not an article id", "invalid_id")
    texts: dict[str, str] = {}
    for name in TEXT_FIELDS:
        value = raw.get(name, "")
        if not isinstance(value, str):
            bad(name, "not text", "not_text")
        else:
            texts[name] = value
    lists: dict[str, list[str]] = {}
    for name in ("topics", "destinations"):
        value = raw.get(name, [])
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            bad(name, "not a list of codes", "not_codes")
        else:
            lists[name] = value
    status = raw.get("status", "draft")
    if status not in STATUSES:
        bad("status", "not draft or approved", "invalid_status")
    reviewed: date | None = None
    value = raw.get("reviewed_at")
    if value is not None:
        try:
            reviewed = date.fromisoformat(value) if isinstance(value, str) else None
        except ValueError:
            reviewed = None
        if reviewed is None:
            bad("reviewed_at", "not a date (YYYY-MM-DD)", "invalid_date",
                value=str(value)[:40])
        elif reviewed > utcnow().date():
            bad("reviewed_at", "is in the future", "future")
    fictional = raw.get("fictional", False)
    if not isinstance(fictional, bool):
        bad("fictional", "not true or false", "not_boolean")
    elif fictional and not service.is_demo:
        bad("fictional", "a demo article, which only a demo database accepts", "demo_in_real")
    if len(problems) > before:
        return None
    data = normalised(ArticleInput(kind=texts["kind"] or "article", title_ru=texts["title_ru"],
                                   title_be=texts["title_be"], body_ru=texts["body_ru"],
                                   body_be=texts["body_be"], topics=lists["topics"],
                                   destinations=lists["destinations"]))
    for error in validate(data, service.tax, demo=service.is_demo):
        bad(error.field, error.message, error.problem, **error.params)
    if len(problems) > before:
        return None
    return _Parsed(str(article_id), data, str(status), reviewed, bool(fictional))


def import_file(service: KnowledgeService, path: Path | str) -> ImportResult:
    """Add or update the file's articles, all or none; raises KnowledgeFileError or
    KnowledgeImportError (nothing written) or a permission error."""
    path = Path(path)
    with service.store.sessions() as s:
        service.require_editor(s)
    raw = _read(path)
    problems: list[ImportProblem] = []
    parsed: list[_Parsed] = []
    seen: dict[str, int] = {}
    for n, item in enumerate(raw, start=1):
        p = _parse(n, item, service, problems)
        if p is None:
            continue
        if p.id in seen:
            problems.append(ImportProblem(n, "id", f"the same id as article {seen[p.id]}",
                                          "duplicate_id", {"other": seen[p.id]}))
            continue
        seen[p.id] = n
        parsed.append(p)
    if problems:
        raise KnowledgeImportError(path, problems)
    added = updated = unchanged = 0
    now = utcnow()
    with service.store.session() as s:
        service.require_editor(s)
        s.info["audit_bulk"] = True  # one audit entry for the file
        existing = {a.id: a for a in s.scalars(select(KnowledgeArticle).where(
            KnowledgeArticle.id.in_(list(seen))))}
        for p in parsed:
            reviewed = (datetime.combine(p.reviewed, time(12), tzinfo=UTC)
                        if p.reviewed else None)
            a = existing.get(p.id)
            if a is None:
                a = KnowledgeArticle(id=p.id, site_id=service.site_id,
                                     author_id=service.user_id, created_at=now,
                                     updated_at=now, owner_id=service.user_id, revision=1,
                                     status=p.status, fictional=p.fictional,
                                     reviewed_at=reviewed,
                                     reviewed_by=service.user_id if reviewed else None,
                                     approved_at=now if p.status == APPROVED else None,
                                     approved_by=service.user_id
                                     if p.status == APPROVED else None)
                apply_input(a, p.data)
                s.add(a)
                s.flush()
                service.log_revision(s, a, "import", now)
                added += 1
                continue
            if a.deleted_at is not None:
                problems.append(ImportProblem(seen[p.id], "id",
                                              "this article was removed here", "deleted"))
                continue
            changed = content_of(a) != {**p.data.content(),
                                        "topics": sorted(p.data.topics),
                                        "destinations": sorted(p.data.destinations)}
            newer_review = reviewed is not None and (a.reviewed_at is None
                                                     or reviewed > a.reviewed_at)
            if not changed and a.status == p.status and not newer_review:
                unchanged += 1
                continue
            if changed:
                apply_input(a, p.data)
                a.revision += 1
            if a.status != p.status:
                a.status = p.status
                if p.status == APPROVED:
                    a.approved_at, a.approved_by = now, service.user_id
            if newer_review:
                a.reviewed_at, a.reviewed_by = reviewed, service.user_id
            a.stamp(now, service.user_id)
            s.flush()
            service.log_revision(s, a, "import", now)
            updated += 1
        if problems:
            raise KnowledgeImportError(path, problems)
        audit.append(s, "import", user_id=service.user_id, object_kind="knowledge",
                     details={"added": added, "updated": updated, "unchanged": unchanged})
    log.info("knowledge base imported: %d added, %d updated", added, updated)
    return ImportResult(added, updated, unchanged)
