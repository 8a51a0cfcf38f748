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

This module loads and checks the files; what a loaded questionnaire is and how it is
walked (pages, questions, rules, conditions) is in :mod:`app.models.questions`, whose
names are offered here as well.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from functools import cache
from importlib import resources
from typing import Any

from app.models import countries
from app.models.questions import (
    DUE_PATTERN,
    FACTS,
    FOLLOW_UP,
    PAGE_ROLES,
    QUESTION_TYPES,
    TEXT_LIMITS,
    AnswerError,  # noqa: F401 - callers import it from here
    Answers,
    Assessment,  # noqa: F401 - callers import it from here
    IndicatorRule,
    Option,
    Page,
    Proposal,
    ProposedReferral,  # noqa: F401 - callers import it from here
    Question,
    Questionnaire,
    QuestionnaireError,
    ReferralRule,
    Text,
    _compare,
    condition_refs,
    due_time,  # noqa: F401 - callers import it from here
)
from app.models.taxonomy import FALLBACK, LANGUAGES, Taxonomy
from app.models.taxonomy import load as load_taxonomy

FORMAT = 1
"""The layout of the JSON files this module reads."""

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
