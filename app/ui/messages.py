"""The services' refusals (app/services/messages.py) in the interface language.

Every template a service raises is listed here for the translators;
tests/test_messages.py checks that none is missing.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from app.services.messages import UserError

TEMPLATES = (
    QT_TRANSLATE_NOOP("messages", "your role ({role}) does not allow this ({action})"),
    QT_TRANSLATE_NOOP("messages", "this needs an active account allowed to do it ({action})"),
    QT_TRANSLATE_NOOP("messages", "nobody is logged in"),
    QT_TRANSLATE_NOOP("messages", "this account is deactivated"),
    QT_TRANSLATE_NOOP("messages", "not your review"),
    QT_TRANSLATE_NOOP("messages", "only the consultant reviewed marks a review read"),
    QT_TRANSLATE_NOOP("messages", "unknown kind of person: {kind}"),
    QT_TRANSLATE_NOOP("messages", "this caller profile no longer exists (already erased?)"),
    QT_TRANSLATE_NOOP("messages", "this assistance case no longer exists"),
    QT_TRANSLATE_NOOP("messages", "this client's data has already been erased"),
    QT_TRANSLATE_NOOP("messages", "the retention period must be between 1 and 100 years"),
    QT_TRANSLATE_NOOP(
        "messages",
        "{name} is the last active administrator; make another account an "
        "administrator first"),
    QT_TRANSLATE_NOOP("messages", "the key file does not belong to this database"),
    QT_TRANSLATE_NOOP("messages", "the user name {name} is taken; choose another"),
    QT_TRANSLATE_NOOP(
        "messages",
        "the key file already has an entry {name}; remove it or choose another "
        "user name"),
    QT_TRANSLATE_NOOP("messages", "{name} is deactivated; reactivate the account instead"),
    QT_TRANSLATE_NOOP("messages", "too many failed attempts: locked until {until}"),
    QT_TRANSLATE_NOOP("messages", "a partner's name is 1 to {limit} characters"),
    QT_TRANSLATE_NOOP("messages", "no such conflict"),
    QT_TRANSLATE_NOOP("messages", "this conflict is resolved already"),
    QT_TRANSLATE_NOOP("messages", "{path}: cannot write ({reason})"),
    QT_TRANSLATE_NOOP(
        "messages",
        "the fingerprint does not match the key file: do not add this partner, "
        "and check with them how the file travelled"),
    QT_TRANSLATE_NOOP("messages", "this key file is this site's own"),
    QT_TRANSLATE_NOOP("messages", "a partner named {name} exists already"),
    QT_TRANSLATE_NOOP("messages", "this partner's key is registered already"),
    QT_TRANSLATE_NOOP("messages", "this partner site is registered already (with another key)"),
    QT_TRANSLATE_NOOP("messages", "no partner named {name}"),
    QT_TRANSLATE_NOOP("messages", "{path}: no such file"),
    QT_TRANSLATE_NOOP("messages", "{block}: not a text block of the report"),
    QT_TRANSLATE_NOOP("messages",
                      "the text {block} is {length} characters long; the most is {limit}"),
    QT_TRANSLATE_NOOP("messages", "the text {block} holds a character that cannot be stored"),
    QT_TRANSLATE_NOOP("messages", "a campaign needs a name"),
    QT_TRANSLATE_NOOP("messages", "a campaign's name is at most {limit} characters"),
    QT_TRANSLATE_NOOP("messages", "a campaign needs the day it started"),
    QT_TRANSLATE_NOOP("messages", "the campaign ends ({end}) before it starts ({start})"),
    QT_TRANSLATE_NOOP("messages", "{channel}: not a way callers hear of the infoline"),
    QT_TRANSLATE_NOOP("messages", "{path}: cannot read ({reason})"),
    QT_TRANSLATE_NOOP("messages", "this conflict cannot be resolved this way"),
    QT_TRANSLATE_NOOP("messages", "the record no longer exists"),
    QT_TRANSLATE_NOOP("messages", "{name}: not a field of this record"),
    QT_TRANSLATE_NOOP(
        "messages",
        "the recovery code was made by an older version of Infoline Desk and cannot "
        "follow a new database key; make a new recovery code first (Accounts, New "
        "recovery code…; or infoline accounts recovery-code)"),
    QT_TRANSLATE_NOOP(
        "messages",
        "this login does not hold every key; log in again as an administrator"),
    # app/services/casework/lifecycle.py: {before} and {after} are states, named by the
    # screen in the interface language (app/ui/casework/refusals.py)
    QT_TRANSLATE_NOOP("messages", "a referral that is {before} cannot become {after}"),
    QT_TRANSLATE_NOOP("messages", "a case that is {before} cannot become {after}"),
    QT_TRANSLATE_NOOP("messages", "the case is closed; reopen it first"),
    QT_TRANSLATE_NOOP("messages", "the case is already closed"),
    QT_TRANSLATE_NOOP("messages", "the case is not closed"),
    QT_TRANSLATE_NOOP("messages", "the consent is already withdrawn"),
    QT_TRANSLATE_NOOP("messages", "only a pending task can be rescheduled"),
    QT_TRANSLATE_NOOP("messages", "this task no longer exists"),
    QT_TRANSLATE_NOOP("messages", "this task is closed already"),
    QT_TRANSLATE_NOOP("messages", "only the task's owner or a supervisor may hand it over"),
    QT_TRANSLATE_NOOP("messages", "{name} cannot take tasks (no active account)"),
    QT_TRANSLATE_NOOP("messages", "the contact of this callback no longer exists"),
    QT_TRANSLATE_NOOP("messages", "a callback needs a due time"),
    QT_TRANSLATE_NOOP("messages", "the phone number is longer than {limit} characters"),
    QT_TRANSLATE_NOOP("messages", "the note is longer than {limit} characters"),
    QT_TRANSLATE_NOOP("messages", "a handover note cannot be empty"),
    QT_TRANSLATE_NOOP("messages", "no such debrief request"),
    QT_TRANSLATE_NOOP("messages",
                      "the working days must be one or more of 1 (Monday) to 7 (Sunday)"),
    # app/services/knowledge/service.py
    QT_TRANSLATE_NOOP("messages",
                      "only supervisors and administrators change the knowledge base"),
    # app/services/recruiters: the list of licensed agencies and recruiters named
    QT_TRANSLATE_NOOP("messages", "the list's date {date} is in the future"),
    QT_TRANSLATE_NOOP("messages",
                      "the list dated {date} is older than the current list, dated {current}"),
    QT_TRANSLATE_NOOP("messages", "the file holds no agencies"),
    QT_TRANSLATE_NOOP("messages", "more than {rows} rows; split the file"),
    QT_TRANSLATE_NOOP("messages", "the file is empty"),
    QT_TRANSLATE_NOOP("messages", "{problem}"),
    QT_TRANSLATE_NOOP("messages", "unknown kind of recruiter: {kind}"),
    QT_TRANSLATE_NOOP("messages", "unknown role of a recruiter: {role}"),
    QT_TRANSLATE_NOOP("messages", "the recruiter is empty"),
    QT_TRANSLATE_NOOP("messages", "the recruiter is longer than {limit} characters"),
    QT_TRANSLATE_NOOP("messages", "“{text}” holds no letters or digits to recognise it by"),
    QT_TRANSLATE_NOOP("messages", "the alert threshold must be between 2 and 1000 contacts"),
)


def user_text(exc: BaseException) -> str:
    """What the user reads for a service's refusal: the translated template with its
    values, or the exception's own text for anything else."""
    if isinstance(exc, UserError):
        text = QCoreApplication.translate("messages", exc.template)
        try:
            return text.format(**exc.params)
        except (KeyError, IndexError, ValueError):  # a translation that lost a field
            return str(exc)
    return str(exc)


def record_kind(kind: str) -> str:
    """A kind of record or object (a table's name, or what an audit entry is about) as
    a person names it."""
    q = QCoreApplication
    names = {
        "app_user": q.translate("messages", "Staff member"),
        "user": q.translate("messages", "Account"),
        "caller": q.translate("messages", "Caller profile"),
        "client": q.translate("messages", "Assistance client"),
        "contact": q.translate("messages", "Contact"),
        "contact_change": q.translate("messages", "Contact history"),
        "crisis_case": q.translate("messages", "Crisis case"),
        "crisis_case_contact": q.translate("messages", "Contact of a crisis case"),
        "crisis_case_event": q.translate("messages", "Crisis case timeline"),
        "crisis_consent": q.translate("messages", "Consent (crisis case)"),
        "crisis_referral": q.translate("messages", "Referral (crisis case)"),
        "assistance_case": q.translate("messages", "Assistance case"),
        "assistance_consent": q.translate("messages", "Consent (assistance case)"),
        "assistance_event": q.translate("messages", "Assistance case timeline"),
        "assistance_monitoring": q.translate("messages", "Monitoring visit"),
        "assistance_referral": q.translate("messages", "Referral (assistance case)"),
        "assistance_relative": q.translate("messages", "Relative"),
        "assistance_service": q.translate("messages", "Service given"),
        "directory": q.translate("messages", "Directory"),
        "directory_entry": q.translate("messages", "Directory entry"),
        "directory_change": q.translate("messages", "Directory history"),
        "country_emergency": q.translate("messages", "Emergency numbers of a country"),
        "knowledge": q.translate("messages", "Knowledge base"),
        "knowledge_article": q.translate("messages", "Knowledge-base article"),
        "knowledge_revision": q.translate("messages", "Knowledge-base article history"),
        "agency_list": q.translate("messages", "List of licensed agencies"),
        "licensed_agency": q.translate("messages", "Licensed agency"),
        "agency_check": q.translate("messages", "Agency licence check"),
        "recruiter_mention": q.translate("messages", "Recruiter named by a caller"),
        "review": q.translate("messages", "Quality review"),
        "review_round": q.translate("messages", "Review round"),
        "staff_event": q.translate("messages", "Staff development"),
        "shift_task": q.translate("messages", "Task (callback)"),
        "shift_task_event": q.translate("messages", "Task history"),
        "handover_note": q.translate("messages", "Handover note"),
        "debrief_request": q.translate("messages", "Debrief request"),
        "quality_dashboard": q.translate("messages", "Quality dashboard"),
        "statistics": q.translate("messages", "Statistics"),
        "report": q.translate("messages", "Statistical report"),
        "report_text": q.translate("messages", "Text of the published report"),
        "chart": q.translate("messages", "Chart of the statistics"),
        "campaign": q.translate("messages", "Information campaign"),
        "import_ledger": q.translate("messages", "Imported file"),
        "legacy_contacts": q.translate("messages", "Imported contacts"),
        "pdf_print": q.translate("messages", "Printed summary"),
        "sync": q.translate("messages", "Sync file"),
        "sync_peer": q.translate("messages", "Partner site"),
        "sync_conflict": q.translate("messages", "Sync conflict"),
    }
    return names.get(kind, kind.replace("_", " "))
