"""What a crisis questionnaire's submission means before it is saved: the consent it
records, its problems field by field, and the contact saved with the case.

Pure functions of the submission (and the code lists): the service calls them before
it writes anything, the wizard to decide what it may offer.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from typing import Any

from app.models import countries as country_list
from app.models import questionnaire as qn
from app.models.crisis import ANONYMOUS, NAMED
from app.models.taxonomy import Taxonomy
from app.services.contacts.service import CONSULTATION, ContactInput
from app.services.crisis.types import (
    CASE_OPENED,
    CONSENT_BY,
    CRISIS_TOPIC,
    REASON_MAX,
    CrisisReferralInput,
    CrisisSubmission,
)
from app.services.validation import FieldError


def recorded_consent(q: qn.Questionnaire, answers: dict[str, Any]) -> set[str]:
    """The targets the person consented to, as far as the answers record a consent.

    A target ticked while who gave the consent is left empty is not a recorded consent:
    nothing is, and every referral stays anonymous advice."""
    completed = q.completed(answers)
    if not completed.get(CONSENT_BY):
        return set()
    return set(completed.get(q.consent_question().id, []))


def _bad(errors: list[FieldError], field_name: str, problem: str, message: str,
         **params: object) -> None:
    errors.append(FieldError(field_name, problem, message, params))


def check_submission(tax: Taxonomy, sub: CrisisSubmission) -> list[FieldError]:
    errors: list[FieldError] = []
    try:
        q = qn.load(sub.questionnaire, sub.version)
    except (LookupError, qn.QuestionnaireError):
        _bad(errors, "version", "unknown_version",
             f"no version {sub.version} of the questionnaire {sub.questionnaire}")
        return errors
    for e in q.check(sub.answers):
        _bad(errors, f"answers.{e.question}", e.problem, e.message)
    consent = recorded_consent(q, sub.answers)
    if sub.trafficking_status and sub.trafficking_status not in tax["trafficking_status"]:
        _bad(errors, "trafficking_status", "unknown_code", "is not a known code")
    errors.extend(check_referrals(tax, sub.referrals, consent))
    return errors

def check_referrals(tax: Taxonomy, referrals: Iterable[CrisisReferralInput],
                     consent: set[str]) -> list[FieldError]:
    errors: list[FieldError] = []
    for i, r in enumerate(referrals):
        where = f"referrals.{i}"
        if r.target is not None and r.target not in tax["referral_target"]:
            _bad(errors, where, "unknown_code", f"{r.target!r} is not a referral target")
        if r.mode not in (NAMED, ANONYMOUS):
            _bad(errors, where, "unknown_code", f"{r.mode!r} is not a referral mode")
        elif r.mode == NAMED and r.target is not None and r.target not in consent:
            _bad(errors, where, "no_consent",
                 f"no consent to pass the person's data to {r.target}; only anonymous "
                 "advice is possible", target=r.target)
        if r.due_at.tzinfo is None:
            _bad(errors, where, "bad_value", "the due time has no time zone")
        if len(r.action) > REASON_MAX or len(r.organisation) > 300:
            _bad(errors, where, "too_long", "is too long", limit=REASON_MAX)
    return errors


def crisis_contact(data: ContactInput, sub: CrisisSubmission) -> ContactInput:
    """The contact as saved with a case: a crisis counselling contact, with what the
    questionnaire learnt filling the fields the consultant left empty."""
    answers = sub.answers
    topics = list(dict.fromkeys([*data.topics, CRISIS_TOPIC]))
    outcomes = list(dict.fromkeys([*data.outcomes, CASE_OPENED]))
    internal = {"social_worker", "infoline_manager"}
    targets = {r.target for r in sub.referrals if r.target}
    if targets & internal:
        outcomes.append("referred_internal")
    if targets - internal:
        outcomes.append("referred_external")
    destinations = list(data.destinations)
    country = answers.get("country")
    if country and country != country_list.UNDEFINED and country not in destinations:
        destinations.append(country)
    if country_list.UNDEFINED in destinations and len(destinations) > 1:
        destinations.remove(country_list.UNDEFINED)
    relation = answers.get("caller_relation")
    caller_role = data.caller_role or relation
    gender, age_group = data.gender, data.age_group
    if relation == "self":
        if gender in (None, "", "unknown") and answers.get("person_gender"):
            gender = answers["person_gender"]
        if not age_group and answers.get("person_age_group"):
            age_group = answers["person_age_group"]
    return replace(data, kind=CONSULTATION, topics=topics, crisis=True,
                   outcomes=list(dict.fromkeys(outcomes)), destinations=destinations,
                   caller_role=caller_role, gender=gender or "unknown",
                   age_group=age_group, directory_given=list(dict.fromkeys(
                       [*data.directory_given, *sub.directory_given])))
