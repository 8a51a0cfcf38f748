"""Phone numbers: one key per number however it is written, and a readable form.

Parsed with ``phonenumbers`` (Google's libphonenumber), Belarus as the default region:

- "+375 29 123-45-67", "8 029 1234567", "029 123 45 67" and "(29) 123-45-67" are one
  Belarusian number, key "+375291234567";
- "8 912 345-67-89" is the trunk-prefix way of writing a Russian mobile, the same
  number as "+7 912 345-67-89": both "+79123456789";
- "+48 601 234 567" is Polish; a bare "601 234 567" is not a Belarusian number (no
  Belarusian code starts 60) and is not made one: its key is its digits as typed;
- a number phonenumbers does not know as valid keeps the country its writer gave it
  ("+375 29 000-11-22", "8 029 000 11 22": "+375290001122"), else its digits;
- an extension ("доб. 12", "ext. 12") is not part of the key.
"""

from __future__ import annotations

import re

import phonenumbers
from phonenumbers import NumberParseException, PhoneNumber, PhoneNumberFormat

DEFAULT_REGION = "BY"
_DIGITS = re.compile(r"\D+")


def _parse(text: str) -> PhoneNumber | None:
    """The number, when it is a valid one: for Belarus by default, or a Russian number
    written with the trunk prefix 8 ("8 912 …"), as people here write them."""
    if text.lstrip().startswith("00"):  # the international prefix of most of Europe
        text = "+" + text.lstrip()[2:]
    candidates = [DEFAULT_REGION]
    digits = _DIGITS.sub("", text)
    if not text.lstrip().startswith("+") and digits.startswith("8") and len(digits) == 11:
        candidates.append("RU")
    for region in candidates:
        try:
            number = phonenumbers.parse(text, region)
        except NumberParseException:
            return None
        if phonenumbers.is_valid_number(number):
            return number
    return None


def _typed_digits(text: str) -> str:
    """The digits as typed, without an extension."""
    digits = _DIGITS.sub("", text)
    try:
        extension = phonenumbers.parse(text, DEFAULT_REGION).extension
    except NumberParseException:
        extension = None
    if extension and digits.endswith(extension):
        digits = digits[:-len(extension)]
    return digits


def _explicit(text: str, digits: str) -> str | None:
    """E.164 digits of a number whose country the writer said (a "+" or "00" code, or
    the trunk prefixes "8 0…"/"0…" of Belarus and "8 9…" of Russia), though
    phonenumbers does not know it as valid (a new range, a made-up number in examples);
    None when the country is not said."""
    lead = text.lstrip()
    if lead.startswith(("+", "00")):
        try:
            number = phonenumbers.parse("+" + lead.lstrip("+")[2 if lead[0] == "0" else 0:],
                                        None)
        except NumberParseException:
            return None
        return f"+{number.country_code}{number.national_number}"
    if digits.startswith("375") and len(digits) == 12:
        return "+" + digits
    if digits.startswith("80") and len(digits) == 11:
        return "+375" + digits[2:]
    if digits.startswith("0") and len(digits) == 10:
        return "+375" + digits[1:]
    if digits.startswith("8") and len(digits) == 11:
        return "+7" + digits[1:]
    return None


def phone_key(phone: str) -> str | None:
    """The number in E.164 form ("+375291234567") when it is a valid number, else its
    digits as typed; None when it has no digit. Repeat callers are matched on it."""
    if not phone or not any(ch.isdigit() for ch in phone):
        return None
    number = _parse(phone[:100])
    if number is not None:
        return phonenumbers.format_number(number, PhoneNumberFormat.E164)
    digits = _typed_digits(phone[:100])
    return _explicit(phone[:100], digits) or digits or None


def phone_display(phone: str) -> str:
    """A valid number in international form ("8 029 1234567" is shown as
    "+375 29 123-45-67"); anything else, and a number with an extension (whose word,
    "доб." or "ext.", is the writer's), as typed."""
    number = _parse(phone[:100]) if phone else None
    if number is None or number.extension:
        return phone.strip()
    return phonenumbers.format_number(number, PhoneNumberFormat.INTERNATIONAL)
