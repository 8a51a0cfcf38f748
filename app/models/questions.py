"""A questionnaire once loaded: its pages, questions, options and the rules that read the
answers (indicators, danger, proposed referrals with their due times), the conditions
that skip pages and questions, and walking the flow. Loading and checking the files is in
:mod:`app.models.questionnaire`, which offers all these names too.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime, time, timedelta
from typing import Any

from app.models import countries
from app.models.taxonomy import FALLBACK

QUESTION_TYPES = ("single", "multi", "text", "textarea", "country", "consent")
PAGE_ROLES = ("danger", "emergency", "questions", "indicators", "consent")
TEXT_LIMITS = {"text": 200, "textarea": 5000}
FACTS = ("possible_trafficking", "danger")
DUE_PATTERN = re.compile(r"^(now|end_of_day|P(\d+)D|PT(\d+)H)$")
FOLLOW_UP = "follow_up"

Answers = Mapping[str, Any]


class QuestionnaireError(ValueError):
    """A questionnaire file that breaks the format; the message says where."""


@dataclass(frozen=True)
class Text:
    """A text in the interface languages; missing languages fall back to English."""

    values: Mapping[str, str]

    def get(self, lang: str) -> str:
        return self.values.get(lang) or self.values.get(FALLBACK, "")

    def __bool__(self) -> bool:
        return any(self.values.values())


@dataclass(frozen=True)
class Option:
    code: str
    label: Text


@dataclass(frozen=True)
class Question:
    id: str
    type: str
    label: Text
    help: Text
    required: bool
    options: tuple[Option, ...]
    codes: str | None  # the taxonomy list the options come from, if any
    when: Any
    implies: Mapping[str, Mapping[str, tuple[str, ...]]]
    max_length: int

    def option_codes(self) -> list[str]:
        return [o.code for o in self.options]

    def option_label(self, code: str, lang: str) -> str:
        for o in self.options:
            if o.code == code:
                return o.label.get(lang)
        return code

    @property
    def is_list(self) -> bool:
        return self.type in ("multi", "consent")


@dataclass(frozen=True)
class Page:
    id: str
    role: str
    title: Text
    subtitle: Text
    when: Any
    questions: tuple[Question, ...]


@dataclass(frozen=True)
class IndicatorRule:
    id: str
    label: Text
    when: Any


@dataclass(frozen=True)
class Proposal:
    """One referral or follow-up the rules propose (target None: a follow-up call)."""

    target: str | None
    due: str
    action: Text


@dataclass(frozen=True)
class ReferralRule:
    id: str
    when: Any
    propose: tuple[Proposal, ...]


@dataclass(frozen=True)
class Assessment:
    """What the answers say: danger level, and whether they point to trafficking."""

    danger: str
    fired: tuple[IndicatorRule, ...]

    @property
    def possible_trafficking(self) -> bool:
        return bool(self.fired)


@dataclass(frozen=True)
class ProposedReferral:
    """A merged proposal: one per target (and one follow-up), the earliest due time."""

    target: str | None
    due_at: datetime
    actions: tuple[Text, ...]
    rules: tuple[str, ...]


@dataclass(frozen=True)
class AnswerError:
    question: str
    problem: str  # required, unknown_question, not_shown, bad_value, too_long
    message: str


@dataclass(frozen=True)
class Questionnaire:
    id: str
    version: int
    title: Text
    pages: tuple[Page, ...]
    indicators: tuple[IndicatorRule, ...]
    danger_rules: tuple[tuple[str, Any], ...]
    referral_rules: tuple[ReferralRule, ...]
    emergency_numbers: Mapping[str, str]
    emergency_advice: tuple[Text, ...]
    questions: Mapping[str, Question] = field(default_factory=dict)
    page_of: Mapping[str, str] = field(default_factory=dict)

    # -- structure --

    def page(self, page_id: str) -> Page:
        for p in self.pages:
            if p.id == page_id:
                return p
        raise KeyError(page_id)

    def consent_question(self) -> Question:
        return next(q for q in self.questions.values() if q.type == "consent")

    # -- conditions --

    def value(self, answers: Answers, qid: str) -> Any:
        """An answer as conditions see it: implied codes fill an unanswered list."""
        if qid in answers:
            return answers[qid]
        implied = self.implied(answers).get(qid)
        return list(implied) if implied else None

    def holds(self, cond: Any, answers: Answers) -> bool:
        """Whether a condition holds for ``answers`` (None: always)."""
        if cond is None:
            return True
        if "all" in cond:
            return all(self.holds(c, answers) for c in cond["all"])
        if "any" in cond:
            return any(self.holds(c, answers) for c in cond["any"])
        if "not" in cond:
            return not self.holds(cond["not"], answers)
        if "fact" in cond:
            assessment = self.assess(answers)
            if cond["fact"] == "possible_trafficking":
                return assessment.possible_trafficking is bool(cond.get("eq", True))
            return _compare(assessment.danger, cond)
        return _compare(self.value(answers, cond["q"]), cond)

    def page_shown(self, page: Page, answers: Answers) -> bool:
        return self.holds(page.when, answers)

    def question_shown(self, question: Question, answers: Answers) -> bool:
        page = self.page(self.page_of[question.id])
        return self.page_shown(page, answers) and self.holds(question.when, answers)

    def path(self, answers: Answers) -> list[Page]:
        """The pages shown for these answers, in order."""
        return [p for p in self.pages if self.page_shown(p, answers)]

    def next_page(self, page_id: str | None, answers: Answers) -> Page | None:
        """The page after ``page_id`` (the first page for None); None after the last."""
        start = 0 if page_id is None else [p.id for p in self.pages].index(page_id) + 1
        for p in self.pages[start:]:
            if self.page_shown(p, answers):
                return p
        return None

    # -- implied codes --

    def implied(self, answers: Answers) -> dict[str, tuple[str, ...]]:
        """Codes that answers imply for other list questions (documents withheld →
        the method of control ``withholds_documents``)."""
        out: dict[str, list[str]] = {}
        for q in self.questions.values():
            if not q.implies:
                continue
            given = answers.get(q.id)
            chosen = given if isinstance(given, list) else [given] if given else []
            for code in chosen:
                for target, codes in q.implies.get(code, {}).items():
                    bucket = out.setdefault(target, [])
                    bucket.extend(c for c in codes if c not in bucket)
        return {k: tuple(v) for k, v in out.items()}

    def completed(self, answers: Answers) -> dict[str, Any]:
        """The answers to keep: those of questions shown, with implied codes filled in
        for list questions shown but left unanswered."""
        kept: dict[str, Any] = {}
        implied = self.implied(answers)
        for page in self.path(answers):
            for q in page.questions:
                if not self.holds(q.when, answers):
                    continue
                if q.id in answers and not _empty(answers[q.id]):
                    kept[q.id] = answers[q.id]
                elif q.is_list and implied.get(q.id):
                    kept[q.id] = list(implied[q.id])
        return kept

    # -- checking answers --

    def check_value(self, q: Question, value: Any) -> str | None:
        """The problem with one answer's value, or None."""
        if q.type in ("single",):
            return None if isinstance(value, str) and value in q.option_codes() else "bad_value"
        if q.is_list:
            if not isinstance(value, list) or len(set(value)) != len(value):
                return "bad_value"
            codes = set(q.option_codes())
            return None if all(isinstance(v, str) and v in codes for v in value) else "bad_value"
        if q.type == "country":
            return None if isinstance(value, str) and countries.is_valid(value) else "bad_value"
        if not isinstance(value, str):
            return "bad_value"
        return "too_long" if len(value) > q.max_length else None

    def page_errors(self, page: Page, answers: Answers) -> list[AnswerError]:
        """What stops the consultant from leaving ``page``: required answers missing,
        values out of range."""
        errors = []
        for q in page.questions:
            if not self.holds(q.when, answers):
                continue
            value = answers.get(q.id)
            if _empty(value):
                if q.required:
                    errors.append(AnswerError(q.id, "required", "is required"))
                continue
            problem = self.check_value(q, value)
            if problem:
                errors.append(AnswerError(q.id, problem, f"{value!r} is not a valid answer"))
        return errors

    def check(self, answers: Answers) -> list[AnswerError]:
        """Every problem of a finished questionnaire's answers (empty: they may be
        stored). Answers must belong to this version, to questions shown on the path."""
        errors = []
        for qid, value in answers.items():
            if _empty(value):
                continue  # no answer
            if qid not in self.questions:
                errors.append(AnswerError(
                    qid, "unknown_question",
                    f"is not a question of {self.id} version {self.version}"))
            elif not self.question_shown(self.questions[qid], answers):
                errors.append(AnswerError(qid, "not_shown", "was not asked on this path"))
        for page in self.path(answers):
            errors.extend(self.page_errors(page, answers))
        return errors

    # -- rules --

    def assess(self, answers: Answers) -> Assessment:
        fired = tuple(r for r in self.indicators if self.holds(r.when, answers))
        danger = "unknown"
        for level, cond in self.danger_rules:
            if self.holds(cond, answers):
                danger = level
                break
        return Assessment(danger, fired)

    def propose(self, answers: Answers, now: datetime, working_end: time) -> list[
        ProposedReferral
    ]:
        """The referrals the rules propose, merged by target, earliest due first."""
        merged: dict[str | None, ProposedReferral] = {}
        for rule in self.referral_rules:
            if not self.holds(rule.when, answers):
                continue
            for p in rule.propose:
                due = due_time(p.due, now, working_end)
                old = merged.get(p.target)
                if old is None:
                    merged[p.target] = ProposedReferral(p.target, due, (p.action,), (rule.id,))
                else:
                    actions = old.actions if p.action in old.actions else (*old.actions, p.action)
                    merged[p.target] = ProposedReferral(
                        p.target, min(old.due_at, due), actions, (*old.rules, rule.id))
        order: dict[str | None, int] = {None: 99}
        return sorted(merged.values(), key=lambda r: (r.due_at, order.get(r.target, 0),
                                                      r.target or ""))

    def emergency_number(self, country: str | None) -> str | None:
        return self.emergency_numbers.get(country or "")



# -- conditions -------------------------------------------------------------------------


def _empty(value: Any) -> bool:
    return value is None or (isinstance(value, str | list) and len(value) == 0)


def _compare(value: Any, cond: Mapping[str, Any]) -> bool:
    if "eq" in cond:
        return bool(value == cond["eq"])
    if "in" in cond:
        return value in cond["in"]
    if "has" in cond:
        return isinstance(value, list) and cond["has"] in value
    if "has_any" in cond:
        return isinstance(value, list) and any(v in value for v in cond["has_any"])
    if "count_of" in cond:
        n = sum(1 for v in (value or []) if v in cond["count_of"])
        return n >= int(cond.get("min", 1))
    if "answered" in cond:
        return (not _empty(value)) is bool(cond["answered"])
    raise QuestionnaireError(f"condition {dict(cond)!r}: no test")


def condition_refs(cond: Any) -> tuple[set[str], set[str]]:
    """The question ids and the facts a condition reads."""
    questions: set[str] = set()
    facts: set[str] = set()
    if cond is None:
        return questions, facts
    for key in ("all", "any"):
        if key in cond:
            for c in cond[key]:
                q, f = condition_refs(c)
                questions |= q
                facts |= f
            return questions, facts
    if "not" in cond:
        return condition_refs(cond["not"])
    if "fact" in cond:
        facts.add(cond["fact"])
    if "q" in cond:
        questions.add(cond["q"])
    return questions, facts


def due_time(spec: str, now: datetime, working_end: time) -> datetime:
    """When a proposed action is due.

    ``now`` (within the hour), ``end_of_day`` (the end of today's working hours, or
    of tomorrow's when today's are over), ``P<n>D`` (n days), ``PT<n>H`` (n hours).
    """
    m = DUE_PATTERN.match(spec)
    if m is None:
        raise QuestionnaireError(f"due {spec!r}: not now, end_of_day, P<n>D or PT<n>H")
    if spec == "now":
        return now + timedelta(hours=1)
    if spec == "end_of_day":
        local = now.astimezone()
        end = datetime.combine(local.date(), working_end, tzinfo=local.tzinfo)
        if end <= local + timedelta(minutes=30):
            end = datetime.combine(local.date() + timedelta(days=1), working_end,
                                   tzinfo=local.tzinfo)
        return end.astimezone(now.tzinfo)
    if m.group(2):
        return now + timedelta(days=int(m.group(2)))
    return now + timedelta(hours=int(m.group(3)))
