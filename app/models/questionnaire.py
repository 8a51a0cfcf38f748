"""Questionnaires as versioned data: loading, checking, and walking one.

A questionnaire (``app/resources/questionnaires/<id>-v<version>.json``, format in
docs/crisis.md) is a list of pages of questions. Pages and questions may carry a
condition on earlier answers; the flow is the page order with the pages whose
condition fails skipped, so every path ends on the last page, which carries no
condition. The same file holds the rules that read the answers: which of them point
to possible trafficking, how much danger the person is in, and which referrals to
propose, with their due times.

Organisations change a questionnaire by adding a file with a higher version. Every
answered questionnaire records the version it was asked in, and its answers are
checked against that version's questions.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime, time, timedelta
from functools import cache
from importlib import resources
from typing import Any

from app.models import countries
from app.models.taxonomy import FALLBACK, LANGUAGES, Taxonomy
from app.models.taxonomy import load as load_taxonomy

FORMAT = 1
"""The layout of the JSON files this module reads."""

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

    @property
    def is_follow_up(self) -> bool:
        return self.target is None


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

    # -- reading answers --

    def answer_text(self, qid: str, value: Any, lang: str, tax: Taxonomy | None = None) -> str:
        """An answer as a reader sees it (labels in ``lang``)."""
        q = self.questions.get(qid)
        if q is None:
            return str(value)
        if q.type == "country":
            return countries.name(str(value), lang)
        if q.type in ("text", "textarea"):
            return str(value)
        values = value if isinstance(value, list) else [value]
        return ", ".join(q.option_label(str(v), lang) for v in values)


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


# -- loading and checking the file ---------------------------------------------------------


def _text(raw: Any, where: str, required: bool = True) -> Text:
    if raw is None and not required:
        return Text({})
    if not isinstance(raw, dict) or not raw.get(FALLBACK):
        raise QuestionnaireError(f"{where}: needs a text with at least {FALLBACK!r}")
    unknown = set(raw) - set(LANGUAGES)
    if unknown:
        raise QuestionnaireError(f"{where}: unknown language(s) {sorted(unknown)}")
    return Text({k: str(v) for k, v in raw.items()})


def _options(raw_q: dict[str, Any], choices: dict[str, tuple[Option, ...]], tax: Taxonomy,
             where: str) -> tuple[tuple[Option, ...], str | None]:
    sources = [k for k in ("options", "choices", "codes") if k in raw_q]
    qtype = raw_q["type"]
    if qtype == "consent":
        if sources:
            raise QuestionnaireError(f"{where}: a consent question takes no options")
        sources, raw_q = ["codes"], {**raw_q, "codes": "referral_target"}
    if qtype in ("single", "multi", "consent"):
        if len(sources) != 1:
            raise QuestionnaireError(f"{where}: give exactly one of options, choices, codes")
    elif sources:
        raise QuestionnaireError(f"{where}: a {qtype} question has no options")
    else:
        return (), None
    source = sources[0]
    if source == "codes":
        name = raw_q["codes"]
        if name not in tax.lists:
            raise QuestionnaireError(f"{where}: {name!r} is not a code list")
        return tuple(Option(c.code, Text(c.labels)) for c in tax[name].active()), name
    if source == "choices":
        if raw_q["choices"] not in choices:
            raise QuestionnaireError(f"{where}: no choice set {raw_q['choices']!r}")
        return choices[raw_q["choices"]], None
    return _option_list(raw_q["options"], where), None


def _option_list(raw: Any, where: str) -> tuple[Option, ...]:
    if not isinstance(raw, list) or not raw:
        raise QuestionnaireError(f"{where}: options must be a non-empty list")
    opts = tuple(Option(str(o["code"]), _text(o.get("label"), f"{where}.{o.get('code')}"))
                 for o in raw)
    codes = [o.code for o in opts]
    if len(set(codes)) != len(codes):
        raise QuestionnaireError(f"{where}: option codes repeat")
    return opts


def parse(data: dict[str, Any], tax: Taxonomy | None = None) -> Questionnaire:
    """A questionnaire from its JSON data; raises QuestionnaireError when it is wrong."""
    tax = tax or load_taxonomy()
    if data.get("format") != FORMAT:
        raise QuestionnaireError(f"format {data.get('format')!r}: this version reads {FORMAT}")
    qid_re = re.compile(r"^[a-z][a-z0-9_]*$")
    choices = {name: _option_list(opts, f"choices.{name}")
               for name, opts in data.get("choices", {}).items()}
    pages: list[Page] = []
    questions: dict[str, Question] = {}
    page_of: dict[str, str] = {}
    seen_pages: set[str] = set()
    for raw_p in data["pages"]:
        pid = str(raw_p.get("id", ""))
        where = f"page {pid!r}"
        if not qid_re.match(pid) or pid in seen_pages:
            raise QuestionnaireError(f"{where}: a page needs a new lower-case id")
        seen_pages.add(pid)
        role = raw_p.get("role", "questions")
        if role not in PAGE_ROLES:
            raise QuestionnaireError(f"{where}: unknown role {role!r}")
        qs = []
        for raw_q in raw_p.get("questions", []):
            qid = str(raw_q.get("id", ""))
            qwhere = f"{where}, question {qid!r}"
            if not qid_re.match(qid) or qid in questions:
                raise QuestionnaireError(f"{qwhere}: a question needs a new lower-case id")
            if raw_q.get("type") not in QUESTION_TYPES:
                raise QuestionnaireError(f"{qwhere}: unknown type {raw_q.get('type')!r}")
            options, codes = _options(raw_q, choices, tax, qwhere)
            implies = {
                str(code): {str(t): tuple(map(str, cs)) for t, cs in targets.items()}
                for code, targets in raw_q.get("implies", {}).items()
            }
            q = Question(
                id=qid, type=raw_q["type"], label=_text(raw_q.get("label"), qwhere),
                help=_text(raw_q.get("help"), qwhere, required=False),
                required=bool(raw_q.get("required", False)), options=options, codes=codes,
                when=raw_q.get("when"), implies=implies,
                max_length=int(raw_q.get("max_length", TEXT_LIMITS.get(raw_q["type"], 0))),
            )
            questions[qid] = q
            page_of[qid] = pid
            qs.append(q)
        pages.append(Page(pid, role, _text(raw_p.get("title"), where),
                          _text(raw_p.get("subtitle"), where, required=False),
                          raw_p.get("when"), tuple(qs)))

    indicators = tuple(
        IndicatorRule(str(r["id"]), _text(r.get("label"), f"indicator {r['id']!r}"),
                      r.get("when"))
        for r in data.get("trafficking_indicators", []))
    danger_rules = tuple((str(r["level"]), r.get("when")) for r in data.get("danger", []))
    referral_rules = tuple(
        ReferralRule(str(r["id"]), r.get("when"), tuple(
            Proposal(None if p["target"] == FOLLOW_UP else str(p["target"]), str(p["due"]),
                     _text(p.get("action"), f"referral rule {r['id']!r}"))
            for p in r["propose"]))
        for r in data.get("referral_rules", []))
    emergency = data.get("emergency", {})
    result = Questionnaire(
        id=str(data["id"]), version=int(data["version"]),
        title=_text(data.get("title"), "title"), pages=tuple(pages), indicators=indicators,
        danger_rules=danger_rules, referral_rules=referral_rules,
        emergency_numbers={str(k): str(v) for k, v in emergency.get("numbers", {}).items()},
        emergency_advice=tuple(_text(a, "emergency.advice") for a in emergency.get("advice", [])),
        questions=questions, page_of=page_of,
    )
    _check_structure(result, tax)
    return result


def _check_structure(q: Questionnaire, tax: Taxonomy) -> None:
    """The rules a questionnaire must keep so that every path works."""
    if not q.pages:
        raise QuestionnaireError("no pages")
    first, last = q.pages[0], q.pages[-1]
    if first.role != "danger" or first.when is not None:
        raise QuestionnaireError("the first page must be the danger page, always shown")
    if last.role != "consent" or last.when is not None:
        raise QuestionnaireError("the last page must be the consent page, always shown")
    if [p.role for p in q.pages].count("danger") != 1:
        raise QuestionnaireError("exactly one danger page")
    consent = [x for x in q.questions.values() if x.type == "consent"]
    if len(consent) != 1 or q.page_of[consent[0].id] != last.id:
        raise QuestionnaireError("exactly one consent question, on the last page")
    if not any(x.id == "crisis_type" and x.codes == "crisis_type" for x in q.questions.values()):
        raise QuestionnaireError("a crisis_type question over the crisis_type code list")
    order = {p.id: i for i, p in enumerate(q.pages)}
    position = {
        qid: (order[q.page_of[qid]], i)
        for p in q.pages for i, qu in enumerate(p.questions) for qid in [qu.id]
    }

    def refs_ok(cond: Any, where: str, before: tuple[int, int] | None) -> None:
        try:
            questions, facts = condition_refs(cond)
            _probe(cond)
        except (KeyError, TypeError, AttributeError, QuestionnaireError) as exc:
            raise QuestionnaireError(f"{where}: malformed condition ({exc})") from exc
        for fact in facts:
            if fact not in FACTS:
                raise QuestionnaireError(f"{where}: unknown fact {fact!r}")
        for ref in questions:
            if ref not in q.questions:
                raise QuestionnaireError(f"{where}: condition on unknown question {ref!r}")
            if before is not None and position[ref] >= before:
                # Conditions look back only: the flow can never loop or wait on itself.
                raise QuestionnaireError(f"{where}: condition on {ref!r}, not asked before")
        if before is not None and facts:
            # Facts read every answer; on a page they may only come after the questions
            # the rules read.
            rule_refs: set[str] = set()
            for r in q.indicators:
                rule_refs |= condition_refs(r.when)[0]
            for _level, c in q.danger_rules:
                rule_refs |= condition_refs(c)[0]
            late = [r for r in rule_refs if position[r] >= before]
            if late:
                raise QuestionnaireError(f"{where}: a fact read before {sorted(late)} is asked")

    for p in q.pages:
        refs_ok(p.when, f"page {p.id!r}", (order[p.id], 0))
        for i, qu in enumerate(p.questions):
            refs_ok(qu.when, f"question {qu.id!r}", (order[p.id], i))
            for code, targets in qu.implies.items():
                if code not in qu.option_codes():
                    raise QuestionnaireError(f"question {qu.id!r}: implies on unknown {code!r}")
                for target, codes in targets.items():
                    t = q.questions.get(target)
                    if t is None or not t.is_list or not set(codes) <= set(t.option_codes()):
                        raise QuestionnaireError(
                            f"question {qu.id!r}: implies codes {codes} of {target!r}")
    for r in q.indicators:
        refs_ok(r.when, f"indicator {r.id!r}", None)
        if condition_refs(r.when)[1]:
            raise QuestionnaireError(f"indicator {r.id!r}: may not read facts")
    for level, c in q.danger_rules:
        if level not in tax["danger_level"]:
            raise QuestionnaireError(f"danger level {level!r} is not a danger_level code")
        refs_ok(c, f"danger {level!r}", None)
        if condition_refs(c)[1]:
            raise QuestionnaireError(f"danger {level!r}: may not read facts")
    for rule in q.referral_rules:
        refs_ok(rule.when, f"referral rule {rule.id!r}", None)
        for prop in rule.propose:
            if prop.target is not None and prop.target not in tax["referral_target"]:
                raise QuestionnaireError(
                    f"referral rule {rule.id!r}: unknown target {prop.target!r}")
            if not DUE_PATTERN.match(prop.due):
                raise QuestionnaireError(f"referral rule {rule.id!r}: bad due {prop.due!r}")
    for code in q.emergency_numbers:
        if not countries.is_valid(code):
            raise QuestionnaireError(f"emergency number for unknown country {code!r}")


def _probe(cond: Any) -> None:
    """Raises when a condition has no test the evaluator knows."""
    if cond is None:
        return
    if not isinstance(cond, dict):
        raise TypeError("a condition is an object")
    for key in ("all", "any"):
        if key in cond:
            for c in cond[key]:
                _probe(c)
            return
    if "not" in cond:
        _probe(cond["not"])
        return
    if "fact" in cond:
        if cond["fact"] == "danger":
            _compare("unknown", cond)
        return
    if "q" not in cond:
        raise KeyError("q")
    _compare(None, cond)


# -- the files ---------------------------------------------------------------------------


def _folder() -> Any:
    return resources.files("app.resources").joinpath("questionnaires")


def versions(qid: str) -> list[int]:
    """The versions of a questionnaire shipped with the app, oldest first."""
    pattern = re.compile(rf"^{re.escape(qid)}-v(\d+)\.json$")
    found = []
    for entry in _folder().iterdir():
        m = pattern.match(entry.name)
        if m:
            found.append(int(m.group(1)))
    return sorted(found)


@cache
def load(qid: str = "crisis", version: int | None = None) -> Questionnaire:
    """A shipped questionnaire: the newest version, or the one asked for."""
    if version is None:
        available = versions(qid)
        if not available:
            raise QuestionnaireError(f"no questionnaire {qid!r}")
        version = available[-1]
    entry = _folder().joinpath(f"{qid}-v{version}.json")
    if not entry.is_file():
        raise LookupError(f"no version {version} of the questionnaire {qid!r}")
    data = json.loads(entry.read_text(encoding="utf-8"))
    q = parse(data)
    if q.id != qid or q.version != version:
        raise QuestionnaireError(f"{entry.name}: says it is {q.id} version {q.version}")
    return q


def labels_complete(q: Questionnaire) -> list[str]:
    """Texts of the questionnaire that lack a Russian or Belarusian version."""
    missing = []

    def need(text: Text, where: str) -> None:
        for lang in LANGUAGES:
            if not text.values.get(lang, "").strip():
                missing.append(f"{where} [{lang}]")

    need(q.title, "title")
    for p in q.pages:
        need(p.title, f"page {p.id}")
        if p.subtitle:
            need(p.subtitle, f"page {p.id} subtitle")
        for qu in p.questions:
            need(qu.label, f"question {qu.id}")
            if qu.help:
                need(qu.help, f"question {qu.id} help")
            if qu.codes is None:
                for o in qu.options:
                    need(o.label, f"question {qu.id} option {o.code}")
    for r in q.indicators:
        need(r.label, f"indicator {r.id}")
    for rr in q.referral_rules:
        for prop in rr.propose:
            need(prop.action, f"referral rule {rr.id}")
    for i, a in enumerate(q.emergency_advice):
        need(a, f"emergency advice {i + 1}")
    return missing


def describe_path(q: Questionnaire, answers: Answers) -> Sequence[str]:
    """Page ids of the path (for logs and tests)."""
    return [p.id for p in q.path(answers)]
