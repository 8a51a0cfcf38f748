"""One key per recruiter however a caller or the Ministry's list writes it.

Callers say «ООО "Престиж-Тур"», an operator types «престиж тур», the next caller
read the agency's site, prestizh-tour.by: three spellings of one recruiter. A key is
made so they meet:

- case, ё/е, quotes of every kind and the legal form (ООО, ОДО, ЧУП, ИП, LLC, Ltd,
  "общество с ограниченной ответственностью" …) are dropped;
- a web address loses its scheme, ``www.``, its path and its top-level domain
  (``https://www.prestizh-tour.by/vacancies`` is "prestizh-tour"); a social-network
  account loses the network's address and the ``@``;
- Cyrillic (Russian and Belarusian letters) is written in Latin letters, and the
  spellings that differ only by how a sound was transliterated are made one
  (``ou``/``u``, ``zh``/``z``, ``kh``/``h``, ``y``/``i``, ``w``/``v``, doubled letters);
- what is left keeps only letters and digits.

A phone number's key is its E.164 form (app/services/contacts/phones.py), prefixed
"tel:" so it never meets a name.
"""

from __future__ import annotations

import re

from app.services.contacts.phones import phone_key

_TRANSLIT = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "e", "ж": "zh",
    "з": "z", "и": "i", "й": "i", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o",
    "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts",
    "ч": "ch", "ш": "sh", "щ": "sh", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "yu",
    "я": "ya", "і": "i", "ў": "u", "ґ": "g", "є": "e", "ї": "i",
}
_TRANSLIT_TABLE = str.maketrans(_TRANSLIT)

LEGAL_FORMS = (
    "общество с ограниченной ответственностью", "общество с дополнительной "
    "ответственностью", "закрытое акционерное общество", "открытое акционерное общество",
    "частное унитарное предприятие", "частное торговое унитарное предприятие",
    "унитарное предприятие", "индивидуальный предприниматель",
    "таварыства з абмежаванай адказнасцю", "прыватнае унітарнае прадпрыемства",
    "limited liability company",
)
_FORM_WORDS = frozenset({
    "ооо", "одо", "зао", "оао", "ао", "пао", "чуп", "чтуп", "чп", "уп", "ип", "тоо",
    "тав", "таа", "ааа", "пуп", "llc", "ltd", "inc", "gmbh", "sp", "zoo", "z", "o.o",
    "co", "corp", "jsc", "cjsc", "ojsc", "ip", "ooo", "odo", "chup", "chtup",
})
_QUOTES = re.compile(r"[\"'«»„“”‘’`‹›]")
_WORDS = re.compile(r"[^\W_]+", re.UNICODE)
_SOUNDS = (("ou", "u"), ("oo", "u"), ("zh", "z"), ("kh", "h"), ("ph", "f"), ("ck", "k"),
           ("ts", "c"), ("tz", "c"), ("x", "ks"), ("w", "v"), ("q", "k"), ("ee", "i"),
           ("yu", "iu"), ("ya", "ia"), ("j", "i"), ("y", "i"))
_DOUBLE = re.compile(r"(.)\1+")
_URL = re.compile(r"^(?:[a-z][a-z0-9+.-]*://)?(?:www\d?\.)?([^/?#\s]+)", re.IGNORECASE)
_SOCIAL_HOSTS = ("instagram.com", "t.me", "telegram.me", "vk.com", "facebook.com",
                 "fb.com", "ok.ru", "tiktok.com", "x.com", "twitter.com", "youtube.com",
                 "linkedin.com", "viber.com", "wa.me")


def fold(text: str) -> str:
    """Lower case, ё as е, no quotes, single spaces."""
    text = _QUOTES.sub(" ", text.casefold().replace("ё", "е"))
    return " ".join(text.split())


def _without_forms(folded: str) -> str:
    for form in LEGAL_FORMS:
        folded = folded.replace(form, " ")
    words = _WORDS.findall(folded)
    kept = [w for w in words if w not in _FORM_WORDS]
    return " ".join(kept or words)


def latin(text: str) -> str:
    """Letters and digits only, in one Latin spelling (see the module's description)."""
    out = text.translate(_TRANSLIT_TABLE)
    out = "".join(ch for ch in out if ch.isascii() and ch.isalnum())
    for a, b in _SOUNDS:
        out = out.replace(a, b)
    return _DOUBLE.sub(r"\1", out)


def _host_name(text: str) -> str:
    """The site's own name: "https://www.prestizh-tour.by/x" gives "prestizh-tour"."""
    found = _URL.match(text.strip())
    host = found.group(1) if found else text
    labels = [p for p in host.split(".") if p]
    if len(labels) > 1:
        labels = labels[:-1]  # the top-level domain
    return " ".join(labels)


def _account(text: str) -> str:
    """A social-network account: "@prestizh_tour", "instagram.com/prestizh_tour"."""
    value = text.strip()
    low = value.casefold()
    for host in _SOCIAL_HOSTS:
        at = low.find(host + "/")
        if at >= 0:
            value = value[at + len(host) + 1:].split("/")[0].split("?")[0]
            break
    return value.lstrip("@")


def name_key(text: str) -> str:
    """The key of an agency's, person's or account's name."""
    return latin(_without_forms(fold(text)))


def mention_key(kind: str, text: str) -> str:
    """The key that groups the spellings of one recruiter; "" for text without one."""
    if kind == "phone":
        key = phone_key(text)
        return f"tel:{key}" if key else ""
    if kind == "website":
        return latin(_host_name(fold(text)))
    if kind == "social":
        return name_key(_account(text))
    return name_key(text)


def guess_kind(text: str) -> str:
    """What a typed recruiter most likely is: a phone number, a website, an account, or
    (by default) an agency."""
    value = text.strip()
    digits = sum(ch.isdigit() for ch in value)
    if digits >= 7 and digits >= len(value.replace(" ", "")) * 0.6:
        return "phone"
    low = value.casefold()
    if value.startswith("@") or any(h + "/" in low for h in _SOCIAL_HOSTS):
        return "social"
    if " " not in value and re.search(r"\.[a-zа-я]{2,}(/|$)", low):
        return "website"
    return "agency"


def number_key(text: str) -> str:
    """The digits of a registration or licence number."""
    return "".join(ch for ch in text if ch.isdigit())


def agency_search_key(name: str, unp: str, licence_number: str) -> str:
    """The text searched in the agency list: name key, then the numbers' digits."""
    return " ".join(x for x in (name_key(name), number_key(unp),
                                number_key(licence_number)) if x)


def query_keys(query: str) -> tuple[str, str]:
    """(name key, digits) of what a consultant typed into the agency search."""
    text = query.strip()
    if _URL.match(text) and "." in text and " " not in text:
        text = _host_name(fold(text))
    name = name_key(text)
    digits = number_key(text)
    return name, digits if len(digits) >= 3 else ""
