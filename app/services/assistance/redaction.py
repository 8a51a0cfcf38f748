"""Redaction of an assistance case's summary for sharing.

The client's and relatives' names (as Russian and Belarusian decline them), phone
numbers, e-mail and postal addresses and dates of birth (in any of the usual spellings)
are replaced by placeholders, in the structured fields and wherever they appear in free
text; any other phone-like or e-mail-like text is replaced too. The printed summary
(app/services/assistance/case_pdf.py) passes every text through a :class:`Redactor`.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date
from functools import partial

from app.services import texts
from app.services.assistance.types import AssistanceCaseRecord


def _text(key: str, lang: str, **params: object) -> str:
    """A placeholder's text in ``lang`` (the summary's texts, app/resources/reports)."""
    return texts.text("case_text", key, lang, **params)


_MONTHS = {
    "en": ("january", "february", "march", "april", "may", "june", "july", "august",
           "september", "october", "november", "december"),
    "ru": ("января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа",
           "сентября", "октября", "ноября", "декабря"),
    "be": ("студзеня", "лютага", "сакавіка", "красавіка", "мая", "чэрвеня", "ліпеня",
           "жніўня", "верасня", "кастрычніка", "лістапада", "снежня"),
}
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+", re.UNICODE)
_PHONE = re.compile(r"(?<![\w+])\+?\(?\d[\d \-()\u00a0\u202f]{5,}\d(?!\w)")
_NOT_PHONE = re.compile(r"\d{4}\s*-\s*\d{4}|\d{4}-\d{2}-\d{2}")  # a span of years, an ISO date
_STREET = re.compile(
    r"(?<!\w)(?:ул\.|улица|вул\.|вуліца|пр-т|пр\.|проспект|пер\.|переулок|завулак|"
    r"б-р|бульвар|тракт|шоссе|мкр\.?|микрорайон|street|st\.|avenue|ave\.|road|rd\.)"
    r"\s*[\w\-.«»\"]+(?:\s+[\w\-«»\"]+)?"
    r"(?:\s*,?\s*(?:д\.|дом|house|h\.)\s*\d+[\w/\-]*)?"
    r"(?:\s*,?\s*(?:корп\.|к\.)\s*\d+\w*)?"
    r"(?:\s*,?\s*(?:кв\.|квартира|apt\.?|flat)\s*\d+\w*)?",
    re.IGNORECASE | re.UNICODE)
_HOUSE = re.compile(r"(?<!\w)(?:д\.|дом)\s*\d+[\w/\-]*(?:\s*,?\s*(?:кв\.|квартира)\s*\d+\w*)?",
                    re.IGNORECASE | re.UNICODE)
_WORD = re.compile(r"\w+", re.UNICODE)


def _yo(stem: str) -> str:
    """A regular expression for ``stem`` that matches е and ё alike."""
    return "".join("[её]" if ch in "еёЕЁ" else re.escape(ch) for ch in stem)


def _stem(token: str) -> str:
    """The part of a name that stays when Russian and Belarusian decline it
    (Ольга → Ольг: Ольге, Ольгой; Иванова → Ивано: Ивановой, Иванову)."""
    cut = 1 if len(token) <= 6 else 2
    return token[:max(3, len(token) - cut)]


class Redactor:
    """Replaces a case's personal identifiers with placeholders (or does nothing)."""

    def __init__(self, record: AssistanceCaseRecord | None, lang: str, enabled: bool):
        self.enabled = enabled
        self.lang = lang
        self._subs: list[tuple[re.Pattern[str], str | Callable[[re.Match[str]], str]]] = []
        if not enabled or record is None:
            return
        ph = partial(_text, lang=lang)
        client = record.client
        people: list[tuple[str, str]] = [(client.name, ph("ph_client"))]
        people += [(r.name, _text("ph_relative", lang, n=i + 1))
                   for i, r in enumerate(record.relatives)]
        addresses = [client.address, *(r.address for r in record.relatives)]
        phones = [client.phone, *(r.phone for r in record.relatives)]
        # E-mail first: an address contains no name or phone to redact separately.
        for email in (client.email,):
            if email.strip():
                self._add_literal(email.strip(), ph("ph_email"))
        self._subs.append((_EMAIL, ph("ph_email")))
        for address in addresses:
            self._add_address(address, ph("ph_address"))
        self._subs.append((_STREET, ph("ph_address")))
        self._subs.append((_HOUSE, ph("ph_address")))
        if client.birth_date:
            self._add_birth_date(client.birth_date, ph("ph_birth"))
        for phone in phones:
            if phone.strip():
                self._add_literal(phone.strip(), ph("ph_phone"))
        self._subs.append((_PHONE, self._phone_or_not))
        # Whole names first, then each part of a name and its declined forms.
        for name, placeholder in people:
            if name.strip():
                self._add_literal(" ".join(name.split()), placeholder)
        owners: dict[str, set[str]] = {}
        for name, placeholder in people:
            for token in _WORD.findall(name):
                if len(token) >= 3 and not token.isdigit():
                    owners.setdefault(_stem(token).casefold(), set()).add(placeholder)
        for stem in sorted(owners, key=len, reverse=True):
            placeholder = next(iter(owners[stem])) if len(owners[stem]) == 1 else ph("ph_name")
            self._subs.append((re.compile(rf"(?<!\w){_yo(stem)}\w*", re.IGNORECASE),
                               placeholder))
        self._placeholders = {ph(k) for k in ("ph_client", "ph_name", "ph_phone",
                                              "ph_email", "ph_address", "ph_birth")}
        self._placeholders |= {p for _n, p in people}

    def _add_literal(self, value: str, placeholder: str) -> None:
        # Spaces in the record may be any run of spaces in the note.
        parts = [_yo(w) for w in value.split()]
        self._subs.append((re.compile(r"\s+".join(parts), re.IGNORECASE), placeholder))

    def _add_address(self, address: str, placeholder: str) -> None:
        address = " ".join(address.split())
        if not address:
            return
        self._add_literal(address, placeholder)
        for part in (p.strip() for p in address.split(",")):
            # Street, house and flat identify a person; the town alone does not.
            if len(part) >= 4 and (any(ch.isdigit() for ch in part) or _STREET.search(part)):
                self._add_literal(part, placeholder)

    def _add_birth_date(self, born: date, placeholder: str) -> None:
        d, m, y = born.day, born.month, born.year
        numeric = rf"(?<!\d)0?{d}\s*[./-]\s*0?{m}\s*[./-]\s*(?:{y}|{y % 100:02d})(?!\d)"
        iso = rf"(?<!\d){y}-{m:02d}-{d:02d}(?!\d)"
        months = "|".join(re.escape(names[m - 1]) for names in _MONTHS.values())
        named = rf"(?<!\d)0?{d}\s+(?:{months})\s+{y}(?:\s*(?:г\.|года|год))?"
        en = rf"(?:{_MONTHS['en'][m - 1]})\s+0?{d},?\s+{y}"
        self._subs.append((re.compile(f"{numeric}|{iso}|{named}|{en}", re.IGNORECASE),
                           placeholder))

    def _phone_or_not(self, match: re.Match[str]) -> str:
        found = match.group(0)
        if sum(ch.isdigit() for ch in found) < 7 or _NOT_PHONE.fullmatch(found.strip()):
            return found
        return _text("ph_phone", self.lang)

    def text(self, value: str) -> str:
        """``value`` with every identifier replaced (unchanged when not redacting)."""
        if not self.enabled or not value:
            return value
        for pattern, replacement in self._subs:
            value = pattern.sub(replacement, value)
        # "Ольгой Кравец" gave "[client] [client]", "Ольги Кравец" "[client] [name]".
        name = re.escape(_text("ph_name", self.lang))
        for placeholder in self._placeholders:
            again = re.escape(placeholder) + rf"(?:\s+(?:{re.escape(placeholder)}|{name}))+"
            value = re.sub(again, placeholder, value)
        return value

    def field(self, value: str, placeholder_key: str) -> str:
        """A field that is itself an identifier: its placeholder (when there is one)."""
        if not self.enabled or not value.strip():
            return value
        return _text(placeholder_key, self.lang)
