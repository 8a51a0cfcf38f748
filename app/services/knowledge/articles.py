"""Knowledge-base articles as data: what the form says, what the UI shows, and checks.

:class:`ArticleInput` is what the article form (or an imported file) says,
:func:`normalised` and :func:`validate` clean and check it, :func:`apply_input` and
:func:`content_of` move it to and from the stored row (the content a revision holds);
:class:`Article` and the row types are what :class:`~.service.KnowledgeService` hands
to the UI. :func:`search_key` folds an article's words for the search column. Nothing
here opens the database; the service (which re-exports these names) does.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from app.models import KnowledgeArticle, KnowledgeDestination, KnowledgeTopic
from app.models import countries as country_list
from app.models.knowledge import BODY_MAX, TITLE_MAX
from app.models.taxonomy import Taxonomy
from app.services.directory.service import DEMO_MARKERS, fold
from app.services.validation import FieldError

KINDS = ("article", "checklist")
DRAFT, APPROVED = "draft", "approved"
STATUSES = (DRAFT, APPROVED)
LANGS = ("ru", "be")
CONTENT = ("kind", "title_ru", "title_be", "body_ru", "body_be", "topics", "destinations")
"""What a revision holds: a change of any of these is a new revision."""


# -- folding for search ----------------------------------------------------------------

_WORD = re.compile(r"\w+")


def words(text: str) -> list[str]:
    """The folded words of ``text`` (case, ё→е, Latin accents: the directory's folding)."""
    return _WORD.findall(fold(text))


def search_key(title_ru: str, title_be: str, body_ru: str, body_be: str) -> str:
    """Titles' words, then every other word of the texts once, each after a space:
    a word beginning is ``" " + prefix``."""
    title = words(f"{title_ru} {title_be}")
    rest = [w for w in dict.fromkeys(words(f"{body_ru} {body_be}")) if w not in title]
    return " " + " ".join(title) + " | " + " ".join(rest)


# -- data handed to the UI ------------------------------------------------------------


@dataclass
class ArticleInput:
    """What the article form (or an imported article) says."""

    kind: str = "article"
    title_ru: str = ""
    title_be: str = ""
    body_ru: str = ""
    body_be: str = ""
    topics: list[str] = field(default_factory=list)
    destinations: list[str] = field(default_factory=list)

    def content(self) -> dict[str, Any]:
        return {k: (list(getattr(self, k)) if isinstance(getattr(self, k), list)
                    else getattr(self, k)) for k in CONTENT}


@dataclass(frozen=True)
class Article:
    """An article as the UI shows it."""

    id: str
    kind: str
    status: str
    title_ru: str
    title_be: str
    body_ru: str
    body_be: str
    topics: tuple[str, ...]
    destinations: tuple[str, ...]
    owner: str  # the owner's name
    revision: int
    approved_at: datetime | None
    reviewed_at: datetime | None
    reviewed_by: str
    fictional: bool
    stale: bool
    version: int
    updated_at: datetime

    @property
    def approved(self) -> bool:
        return self.status == APPROVED

    def lang_of(self, lang: str) -> str:
        """The language shown to a ``lang`` user: theirs when written, else the other."""
        other = "be" if lang == "ru" else "ru"
        for candidate in (lang, other):
            if candidate in LANGS and getattr(self, f"title_{candidate}").strip():
                return candidate
        return "ru"

    def title(self, lang: str) -> str:
        return str(getattr(self, f"title_{self.lang_of(lang)}"))

    def body(self, lang: str) -> str:
        return str(getattr(self, f"body_{self.lang_of(lang)}"))

    def plain_text(self, lang: str) -> str:
        """Title and text, for an e-mail reply."""
        return f"{self.title(lang)}\n\n{self.body(lang)}".strip()

    def input(self) -> ArticleInput:
        return ArticleInput(self.kind, self.title_ru, self.title_be, self.body_ru,
                            self.body_be, list(self.topics), list(self.destinations))


@dataclass(frozen=True)
class ArticleRow:
    """An article in a list (search results, the articles offered): no texts; the
    chosen one is read whole with :meth:`KnowledgeService.get`."""

    id: str
    kind: str
    status: str
    title_ru: str
    title_be: str
    topics: tuple[str, ...]
    destinations: tuple[str, ...]
    revision: int
    reviewed_at: datetime | None
    fictional: bool
    stale: bool

    def title(self, lang: str) -> str:
        other = "be" if lang == "ru" else "ru"
        for candidate in (lang, other):
            if candidate in LANGS and getattr(self, f"title_{candidate}").strip():
                return str(getattr(self, f"title_{candidate}"))
        return self.title_ru


@dataclass
class ArticleQuery:
    text: str = ""
    status: str | None = None  # None: any the user may see
    stale_only: bool = False
    topic: str | None = None
    country: str | None = None


@dataclass(frozen=True)
class RevisionRow:
    revision: int
    saved_at: datetime
    user_name: str
    action: str
    status: str
    content: dict[str, Any]


@dataclass(frozen=True)
class UsageRow:
    article_id: str
    title: str
    count: int
    last: datetime | None
    stale: bool


@dataclass(frozen=True)
class GivenRow:
    article_id: str
    revision: int
    title: str


# -- validation ------------------------------------------------------------------------


def normalised(data: ArticleInput) -> ArticleInput:
    def clean(text: str) -> str:
        lines = [line.rstrip() for line in text.replace("\r\n", "\n").replace("\r", "\n")
                 .split("\n")]
        return "\n".join(lines).strip()

    return ArticleInput(
        kind=data.kind.strip(), title_ru=" ".join(data.title_ru.split()),
        title_be=" ".join(data.title_be.split()), body_ru=clean(data.body_ru),
        body_be=clean(data.body_be), topics=list(dict.fromkeys(data.topics)),
        destinations=[c.upper() for c in dict.fromkeys(data.destinations)])


def validate(data: ArticleInput, tax: Taxonomy, *, demo: bool = True) -> list[FieldError]:
    """Every problem with ``data`` (normalised), as field errors."""
    errors: list[FieldError] = []

    def bad(name: str, problem: str, message: str, **params: object) -> None:
        errors.append(FieldError(name, problem, message, dict(params)))

    if data.kind not in KINDS:
        bad("kind", "unknown_code", f"{data.kind[:40]!r} is not article or checklist",
            value=data.kind)
    written = 0
    for lang in LANGS:
        title, body = getattr(data, f"title_{lang}"), getattr(data, f"body_{lang}")
        if len(title) > TITLE_MAX:
            bad(f"title_{lang}", "too_long", f"longer than {TITLE_MAX} characters",
                max=TITLE_MAX)
        if len(body) > BODY_MAX:
            bad(f"body_{lang}", "too_long", f"longer than {BODY_MAX} characters", max=BODY_MAX)
        if title and not body:
            bad(f"body_{lang}", "required", "a title needs its text", needs="text")
        elif body and not title:
            bad(f"title_{lang}", "required", "a text needs its title", needs="title")
        elif title and body:
            written += 1
        if not demo and title.upper().startswith(DEMO_MARKERS):
            bad(f"title_{lang}", "demo_marker",
                "begins with a demo mark, which only a demo database accepts")
    if not written and not errors:
        bad("title_ru", "required", "write the title and text in Russian or Belarusian",
            needs="language")
    topics = tax["topic"]
    for code in data.topics:
        if code not in topics:
            bad("topics", "unknown_code", f"{code[:40]!r} is not a topic", value=code)
    for code in data.destinations:
        if code == country_list.UNDEFINED or not country_list.is_valid(code):
            bad("destinations", "unknown_code", f"{code[:40]!r} is not a country code",
                value=code)
    return errors


# -- to and from the stored article --------------------------------------------------


def apply_input(article: KnowledgeArticle, data: ArticleInput) -> None:
    article.kind = data.kind
    article.title_ru, article.title_be = data.title_ru, data.title_be
    article.body_ru, article.body_be = data.body_ru, data.body_be
    article.search_key = search_key(data.title_ru, data.title_be, data.body_ru, data.body_be)
    if [t.topic for t in article.topics] != data.topics:
        article.topics = [KnowledgeTopic(topic=t) for t in data.topics]
    if [d.country for d in article.destinations] != data.destinations:
        article.destinations = [KnowledgeDestination(country=c) for c in data.destinations]


def content_of(article: KnowledgeArticle) -> dict[str, Any]:
    return {"kind": article.kind, "title_ru": article.title_ru, "title_be": article.title_be,
            "body_ru": article.body_ru, "body_be": article.body_be,
            "topics": sorted(t.topic for t in article.topics),
            "destinations": sorted(d.country for d in article.destinations)}


def _sorted_content(data: ArticleInput) -> dict[str, Any]:
    content = data.content()
    content["topics"] = sorted(content["topics"])
    content["destinations"] = sorted(content["destinations"])
    return content
