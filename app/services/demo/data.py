"""Fictional demo data: a database that looks like several years of a national infoline.

The proportions follow the 2013 annual report of the Belarusian infoline 113 (women two
thirds of callers, phone three fifths and e-mail two fifths, safe employment abroad and
passport questions the main topics, Russia the main destination, about 4.6 % crisis
contacts, TV spikes after the October campaign). Everything personal is invented: caller
phones are ``+375 xx 000-xx-xx`` and e-mails are at ``example.org``.

The same seed gives the same contents (ids differ between files, so two demo files never
claim to hold the same records). Rows are written with bulk inserts in chunks, because a
million contacts through :meth:`ContactService.save` would take hours; the rows are the
same a save would write, including a ``create`` entry in each contact's history.
"""

from __future__ import annotations

import logging
import math
import random
import re
from bisect import bisect_right
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from typing import Any, Generic, TypeVar, cast

from sqlalchemy import Connection, Table, delete, func, insert, select

from app.db import Store
from app.models import (
    Caller,
    Contact,
    ContactChange,
    ContactDestination,
    ContactOutcome,
    ContactTopic,
    Setting,
    User,
)
from app.models import countries as country_list
from app.models.taxonomy import Taxonomy
from app.models.taxonomy import load as load_taxonomy
from app.services.contacts.service import CONSULTATION, is_out_of_hours, phone_key, text_key
from app.services.demo.assistance import add_demo_cases as add_demo_assistance
from app.services.demo.crisis import add_demo_cases
from app.services.demo.quality import generate as add_demo_quality
from app.services.directory.service import add_demo_entries
from app.services.recruiters.demo import add_demo_recruiters

log = logging.getLogger("app.demo")

Progress = Callable[[int, int], bool]
"""``progress(done, total)``; returning False cancels the generation."""

CHUNK = 20_000
"""Contacts written per transaction: large enough for speed, small enough for progress."""

SITE_ORGANISATION = "lastrada"
WORKING_HOURS = ("08:00", "20:00")
SETTINGS: dict[str, object] = {
    "site_name": "Демо: Минск",
    "organisation": SITE_ORGANISATION,
    "demo": True,
    "working_hours": list(WORKING_HOURS),
}


class Cancelled(Exception):  # noqa: N818 - the name the callers catch
    """The progress callback asked to stop; nothing of the demo data was kept."""


class DemoError(Exception):
    """Demo data only goes into an empty database."""


@dataclass(frozen=True)
class DemoResult:
    contacts: int
    users: int
    callers: int = 0


# -- weighted choices ------------------------------------------------------------------

T = TypeVar("T")


class _Pick(Generic[T]):
    """A weighted choice that costs one random number and one bisection."""

    __slots__ = ("cum", "last", "total", "values")

    def __init__(self, weights: Iterable[tuple[T, float]]):
        self.values: list[T] = []
        self.cum: list[float] = []
        total = 0.0
        for value, weight in weights:
            if weight > 0:
                total += weight
                self.values.append(value)
                self.cum.append(total)
        self.total = total
        self.last = len(self.values) - 1

    def __call__(self, rng: random.Random) -> T:
        i = bisect_right(self.cum, rng.random() * self.total)
        return self.values[min(i, self.last)]


def _pick(weights: dict[str, float]) -> _Pick[str]:
    return _Pick(weights.items())


# -- the mix (2013 report where it says, plausible elsewhere) ---------------------------

KIND = _pick({
    CONSULTATION: 87.5, "silent": 3.5, "hang_up": 3.0, "abusive": 1.5,
    "wrong_number": 2.5, "thanks": 1.3, "test": 0.7,
})
NON_DATA_CHANNEL = {
    "silent": _pick({"phone": 97, "chat": 3}),
    "hang_up": _pick({"phone": 100}),
    "abusive": _pick({"phone": 92, "chat": 8}),
    "wrong_number": _pick({"phone": 90, "email": 6, "chat": 4}),
    "thanks": _pick({"phone": 55, "email": 40, "chat": 5}),
    "test": _pick({"phone": 70, "chat": 20, "email": 10}),
}
NON_DATA_ORGANISATION = _pick({"lastrada": 58, "bwc": 42})
CHANNEL = _pick({"phone": 60.0, "email": 37.5, "chat": 1.6, "in_person": 0.6, "letter": 0.3})
GENDER = _pick({"female": 63.5, "male": 35.5, "other": 0.2, "unknown": 0.8})
AGE_GROUP = _pick({
    "under_18": 2, "18_24": 21, "25_34": 33, "35_44": 21, "45_59": 13, "60_plus": 3,
    "unknown": 7,
})
STUDENT_AGE = _pick({"under_18": 12, "18_24": 62, "25_34": 18, "unknown": 8})
REGION = _pick({
    "minsk_city": 27, "minsk_region": 8, "vitebsk": 6, "mogilev": 5,
    "brest": 14, "grodno": 11, "gomel": 13, "abroad": 6, "unknown": 10,
})
CRISIS_REGION = _pick({
    "minsk_city": 18, "minsk_region": 6, "vitebsk": 5, "mogilev": 4,
    "brest": 10, "grodno": 8, "gomel": 9, "abroad": 35, "unknown": 5,
})
ROLE = _pick({"self": 79, "relative": 12, "acquaintance": 5, "professional": 2.5, "other": 1.5})
CRISIS_ROLE = _pick({"self": 45, "relative": 42, "acquaintance": 9, "professional": 4})
CRISIS_SHARE = 0.046
REPEAT_SHARE = 0.05

# Share of contacts naming each topic first, by gender. Men ask about work abroad about
# 1.5 times as often as women in absolute numbers; women about marriage 12 times as often.
TOPIC = {
    "female": _pick({
        "employment_abroad": 12, "passport_visa": 13, "marriage_abroad": 11,
        "study_abroad": 6, "au_pair": 3, "trafficking_risk": 4, "safe_migration": 8,
        "children_rights": 3, "contacts_abroad": 6, "immigration": 7,
        "foreigners_in_belarus": 2, "missing_person": 1, "other": 5,
    }),
    "male": _pick({
        "employment_abroad": 45, "passport_visa": 10, "marriage_abroad": 1.5,
        "study_abroad": 5, "au_pair": 0.3, "trafficking_risk": 3, "safe_migration": 7,
        "children_rights": 1.5, "contacts_abroad": 6, "immigration": 8,
        "foreigners_in_belarus": 3, "missing_person": 1, "other": 4,
    }),
}
TOPIC_COUNT = _Pick([(1, 68.0), (2, 25.0), (3, 7.0)])
CRISIS_EXTRA_TOPIC = _pick({
    "employment_abroad": 35, "contacts_abroad": 25, "trafficking_risk": 20,
    "missing_person": 12, "passport_visa": 8,
})
NO_DESTINATION_TOPICS = {"foreigners_in_belarus", "children_rights", "other"}

# Destinations named first, by gender, in percent of contacts (report: Russia 37 % of
# men and 15 % of women; Turkey 10 times and Germany and Italy 3 times more often for
# women; men leave the country undefined twice as often).
_DESTINATIONS = {
    "female": {
        "RU": 13.5, "TR": 8.5, "DE": 6.5, "PL": 4.5, "UA": 4, "IT": 3.5, "LT": 2.5, "LV": 2,
        "CZ": 2, "US": 2.5, "IL": 2, "AE": 2.5, "CN": 1.2, "ES": 2, "FR": 1.5, "GB": 1.5,
        "NL": 1, "CY": 1.6, "GR": 1.4, "KZ": 0.6, "EG": 1.0,
        "XX": 6,
    },
    "male": {
        "RU": 34, "PL": 6, "DE": 4.5, "TR": 1.5, "UA": 4, "IT": 1.2, "LT": 3, "LV": 2,
        "CZ": 2.5, "US": 2, "IL": 1.5, "AE": 1.5, "CN": 1.5, "ES": 0.8, "FR": 0.8,
        "GB": 1.2, "NL": 1.2, "CY": 0.4, "GR": 0.5, "KZ": 1.5, "EG": 0.2,
        "XX": 22,
    },
}
_TAIL_SHARE = {"female": 10.0, "male": 6.0}
STUDY_DESTINATION = _pick({"PL": 30, "CZ": 20, "LT": 15, "DE": 12, "CN": 10, "RU": 8, "US": 5})
AU_PAIR_DESTINATION = _pick({"DE": 35, "US": 20, "FR": 15, "AT": 10, "NL": 8, "BE": 7, "CH": 5})
DESTINATION_COUNT = _Pick([(1, 86.0), (2, 11.5), (3, 2.5)])

PURPOSE_BY_TOPIC = {
    "employment_abroad": _pick({"work": 95, "unknown": 5}),
    "study_abroad": _pick({"study": 92, "work": 4, "unknown": 4}),
    "marriage_abroad": _pick({"marriage": 90, "permanent_residence": 6, "unknown": 4}),
    "au_pair": _pick({"au_pair": 97, "unknown": 3}),
    "immigration": _pick({"permanent_residence": 85, "work": 10, "unknown": 5}),
    "passport_visa": _pick({"tourism": 40, "work": 30, "study": 5, "other": 10, "unknown": 15}),
    "safe_migration": _pick({"tourism": 35, "work": 40, "other": 10, "unknown": 15}),
    "crisis_abroad": _pick({"work": 70, "marriage": 8, "tourism": 7, "unknown": 15}),
}
PURPOSE_OTHER = _pick({"tourism": 20, "other": 30, "unknown": 50})

HOW_HEARD = {
    "internet": 30, "friends_family": 14, "tv": 9, "social_media": 12, "previous_contact": 5,
    "print": 4, "outdoor": 3, "radio": 3, "state_body": 5, "other": 2, "unknown": 10,
}
CAMPAIGN_START = (10, 18)  # 18 October: European Anti-Trafficking Day, campaign launch

OUTCOME_P = {
    "information_given": 0.93, "referred_internal": 0.04, "referred_external": 0.07,
    "callback_agreed": 0.06, "no_help_needed": 0.02,
}
CRISIS_OUTCOME_P = {
    "information_given": 0.70, "referred_internal": 0.60, "referred_external": 0.35,
    "crisis_case_opened": 0.85, "callback_agreed": 0.40,
}

# Local hour of the day (0..23) by channel: the phone is answered 08:00-20:00, e-mails
# arrive at any time.
_PHONE_HOURS = [0.05] * 7 + [0.6, 6, 10, 12, 12, 10, 9, 11, 11, 10, 9, 7, 5, 0.8, 0.4, 0.2, 0.05]
_MAIL_HOURS = [0.3] * 7 + [1, 6, 9, 10, 10, 9, 8, 9, 9, 8, 7, 6, 4, 2.5, 2, 1.5, 0.8]
HOURS = {
    "phone": _Pick(enumerate(_PHONE_HOURS)),
    "email": _Pick(enumerate(_MAIL_HOURS)),
    "chat": _Pick(enumerate(_MAIL_HOURS)),
    "in_person": _Pick(enumerate([0.0] * 9 + [5, 8, 8, 6, 6, 8, 8, 6, 3] + [0.0] * 6)),
    "letter": _Pick(enumerate([0.0] * 9 + [5, 8, 8, 6, 6, 8, 8, 6, 3] + [0.0] * 6)),
}
_HOLIDAYS = {(1, 1), (1, 2), (1, 7), (3, 8), (5, 1), (5, 9), (7, 3), (11, 7), (12, 25)}

# -- staff -------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Staff:
    username: str
    full_name: str
    role: str
    weight: float  # share of contacts recorded while on the team
    joined: float = 0.0  # fraction of the demo period
    left: float = 1.0


STAFF = (
    _Staff("admin", "Игорь Левченко", "administrator", 0.0),
    _Staff("supervisor", "Елена Миронова", "supervisor", 0.12),
    _Staff("specialist", "Ольга Васильева", "specialist", 0.05),
    _Staff("consultant", "Анна Ковальчук", "consultant", 1.0),
    _Staff("mnovik", "Мария Новик", "consultant", 1.0),
    _Staff("tzhuk", "Татьяна Жук", "consultant", 0.9, left=0.55),
    _Staff("dsavitsky", "Дмитрий Савицкий", "consultant", 1.0, joined=0.35),
    _Staff("nkravchenko", "Наталья Кравченко", "consultant", 1.0, joined=0.62),
    _Staff("slis", "Светлана Лис", "consultant", 0.5),
)

# -- words for the notes -------------------------------------------------------------------

# Town of residence by region: (nominative, genitive, prepositional).
TOWNS: dict[str, list[tuple[str, str, str]]] = {
    "minsk_city": [("Минск", "Минска", "Минске")],
    "minsk_region": [
        ("Борисов", "Борисова", "Борисове"), ("Молодечно", "Молодечно", "Молодечно"),
        ("Солигорск", "Солигорска", "Солигорске"), ("Жодино", "Жодино", "Жодино"),
        ("Слуцк", "Слуцка", "Слуцке"), ("Дзержинск", "Дзержинска", "Дзержинске"),
    ],
    "vitebsk": [
        ("Витебск", "Витебска", "Витебске"), ("Полоцк", "Полоцка", "Полоцке"),
        ("Новополоцк", "Новополоцка", "Новополоцке"), ("Орша", "Орши", "Орше"),
    ],
    "mogilev": [
        ("Могилёв", "Могилёва", "Могилёве"), ("Бобруйск", "Бобруйска", "Бобруйске"),
        ("Кричев", "Кричева", "Кричеве"), ("Осиповичи", "Осиповичей", "Осиповичах"),
    ],
    "brest": [
        ("Брест", "Бреста", "Бресте"), ("Барановичи", "Барановичей", "Барановичах"),
        ("Пинск", "Пинска", "Пинске"), ("Кобрин", "Кобрина", "Кобрине"),
    ],
    "grodno": [
        ("Гродно", "Гродно", "Гродно"), ("Лида", "Лиды", "Лиде"),
        ("Слоним", "Слонима", "Слониме"), ("Волковыск", "Волковыска", "Волковыске"),
    ],
    "gomel": [
        ("Гомель", "Гомеля", "Гомеле"), ("Мозырь", "Мозыря", "Мозыре"),
        ("Жлобин", "Жлобина", "Жлобине"), ("Речица", "Речицы", "Речице"),
        ("Светлогорск", "Светлогорска", "Светлогорске"),
    ],
}
REGION_GENITIVE = {
    "minsk_region": "Минской области", "vitebsk": "Витебской области",
    "mogilev": "Могилёвской области", "brest": "Брестской области",
    "grodno": "Гродненской области", "gomel": "Гомельской области",
}

# Destination country: (in, to, from).
COUNTRY_FORMS: dict[str, tuple[str, str, str]] = {
    "RU": ("в России", "в Россию", "из России"),
    "DE": ("в Германии", "в Германию", "из Германии"),
    "TR": ("в Турции", "в Турцию", "из Турции"),
    "PL": ("в Польше", "в Польшу", "из Польши"),
    "UA": ("в Украине", "в Украину", "из Украины"),
    "LT": ("в Литве", "в Литву", "из Литвы"),
    "LV": ("в Латвии", "в Латвию", "из Латвии"),
    "IT": ("в Италии", "в Италию", "из Италии"),
    "CZ": ("в Чехии", "в Чехию", "из Чехии"),
    "US": ("в США", "в США", "из США"),
    "IL": ("в Израиле", "в Израиль", "из Израиля"),
    "AE": ("в ОАЭ", "в ОАЭ", "из ОАЭ"),
    "CN": ("в Китае", "в Китай", "из Китая"),
    "ES": ("в Испании", "в Испанию", "из Испании"),
    "FR": ("во Франции", "во Францию", "из Франции"),
    "GB": ("в Великобритании", "в Великобританию", "из Великобритании"),
    "NL": ("в Нидерландах", "в Нидерланды", "из Нидерландов"),
    "CY": ("на Кипре", "на Кипр", "с Кипра"),
    "GR": ("в Греции", "в Грецию", "из Греции"),
    "KZ": ("в Казахстане", "в Казахстан", "из Казахстана"),
    "EG": ("в Египте", "в Египет", "из Египта"),
    "EE": ("в Эстонии", "в Эстонию", "из Эстонии"),
    "FI": ("в Финляндии", "в Финляндию", "из Финляндии"),
    "SE": ("в Швеции", "в Швецию", "из Швеции"),
    "NO": ("в Норвегии", "в Норвегию", "из Норвегии"),
    "AT": ("в Австрии", "в Австрию", "из Австрии"),
    "CH": ("в Швейцарии", "в Швейцарию", "из Швейцарии"),
    "BE": ("в Бельгии", "в Бельгию", "из Бельгии"),
    "CA": ("в Канаде", "в Канаду", "из Канады"),
    "TH": ("в Таиланде", "в Таиланд", "из Таиланда"),
    "KR": ("в Южной Корее", "в Южную Корею", "из Южной Кореи"),
    "JP": ("в Японии", "в Японию", "из Японии"),
    "GE": ("в Грузии", "в Грузию", "из Грузии"),
    "AM": ("в Армении", "в Армению", "из Армении"),
    "AZ": ("в Азербайджане", "в Азербайджан", "из Азербайджана"),
    "MD": ("в Молдове", "в Молдову", "из Молдовы"),
    "PT": ("в Португалии", "в Португалию", "из Португалии"),
    "IE": ("в Ирландии", "в Ирландию", "из Ирландии"),
    "SK": ("в Словакии", "в Словакию", "из Словакии"),
    "HU": ("в Венгрии", "в Венгрию", "из Венгрии"),
    "BG": ("в Болгарии", "в Болгарию", "из Болгарии"),
    "MT": ("на Мальте", "на Мальту", "с Мальты"),
    "QA": ("в Катаре", "в Катар", "из Катара"),
    "VN": ("во Вьетнаме", "во Вьетнам", "из Вьетнама"),
    "IN": ("в Индии", "в Индию", "из Индии"),
    "AU": ("в Австралии", "в Австралию", "из Австралии"),
    "DK": ("в Дании", "в Данию", "из Дании"),
    "RS": ("в Сербии", "в Сербию", "из Сербии"),
    "XX": ("за рубежом", "за рубеж", "из-за рубежа"),
}

# Who wrote or called, by channel: (masculine or unknown, feminine).
WHO = {
    "phone": ("Звонивший", "Звонившая"),
    "email": ("Написавший", "Написавшая"),
    "chat": ("Собеседник", "Собеседница"),
    "in_person": ("Посетитель", "Посетительница"),
    "letter": ("Автор письма", "Автор письма"),
}
RELATIVES = ("дочь", "сын", "сестра", "брат", "муж", "жена", "племянница", "мать")

# Notes by first topic. ``[м|ж]`` is the masculine and feminine form of the caller's
# words; {who} the caller, {origin} " из Минска" or empty, {in_city} "в Гомеле" or "по
# месту жительства", {in_country}/{to_country}/{from_country} the first destination.
TEMPLATES: dict[str, list[str]] = {
    "employment_abroad": [
        "{who}{origin} интересовал[ся|ась] трудоустройством {in_country}; рассказали, "
        "как проверить агентство по лицензии.",
        "{who}{origin} наш[ёл|ла] вакансию {in_country} в объявлении в интернете. Объяснили "
        "признаки недобросовестного работодателя, дали перечень лицензированных агентств.",
        "Планирует поехать {to_country} на сезонные работы. Рассказали о рабочей визе, "
        "трудовом договоре и медицинской страховке.",
        "{who}{origin} спрашивал[|а], нужна ли рабочая виза для работы {in_country}. "
        "Разъяснили порядок оформления, посоветовали никому не отдавать паспорт.",
        "Работодатель {from_country} предлагает оплатить дорогу с вычетом из зарплаты. "
        "Предупредили о риске долговой кабалы, рекомендовали получить договор до выезда.",
        "{who} получил[|а] приглашение на работу {in_country} через знакомых. Проверили "
        "агентство по реестру МВД: лицензия есть. Дали контакты посольства.",
        "Агентство {in_city} берёт предоплату за трудоустройство {in_country}. Рассказали, "
        "какие услуги агентство вправе оказывать и как проверить договор.",
    ],
    "passport_visa": [
        "Вопрос о сроках оформления визы {to_country}. Дали адрес и часы работы визового "
        "центра в Минске.",
        "{who}{origin} уточнял[|а], как заменить паспорт, находясь {in_country}. Дали "
        "контакты консульского отдела посольства.",
        "Спрашивал[|а] о визе для поездки {to_country}: какие документы нужны, сколько "
        "стоит страховка.",
        "Паспорт скоро истекает, планируется поездка {to_country}. Объяснили порядок замены "
        "паспорта в подразделении по гражданству и миграции {in_city}.",
        "{who}{origin} получил[|а] отказ в визе {to_country}, спрашивал[|а] о повторной "
        "подаче. Рассказали о порядке обжалования.",
    ],
    "marriage_abroad": [
        "{who}{origin} познакомил[ся|ась] в интернете с иностранцем, который зовёт "
        "{to_country}. Рассказали о рисках и о том, как проверить партнёра.",
        "Консультация по регистрации брака {in_country}: перечень документов, легализация, "
        "апостиль.",
        "Вопрос о разводе с супругом, проживающим {in_country}. Рекомендовали обратиться к "
        "юристу, дали контакты.",
        "Брачное агентство {in_city} предлагает знакомство с иностранцами и поездку "
        "{to_country} за счёт жениха. Объяснили признаки вербовки.",
    ],
    "study_abroad": [
        "{who}{origin} спрашивал[|а] о поступлении в университет {in_country}; рассказали "
        "о студенческой визе и праве на подработку.",
        "Родители студентки интересуются программой «работа и учёба» {in_country}. "
        "Посоветовали проверить программу и учебное заведение.",
    ],
    "au_pair": [
        "Интересовал[ся|ась] программой au-pair {in_country}. Рассказали о требованиях к "
        "возрасту, договоре с принимающей семьёй и правах участника.",
        "{who}{origin} наш[ёл|ла] семью для au-pair {in_country} через сайт. Рассказали, "
        "какие условия должны быть в договоре.",
    ],
    "trafficking_risk": [
        "Знакомая предлагает высокооплачиваемую работу {in_country} «в сфере развлечений». "
        "Объяснили признаки вербовки, дали номер 113 для повторного обращения.",
        "{who}{origin} сомневал[ся|ась] в честности работодателя {from_country}: обещают "
        "жильё, но не дают договор. Рассказали об индикаторах торговли людьми.",
    ],
    "safe_migration": [
        "Перед выездом {to_country} спрашивал[|а], что сделать для безопасности. "
        "Посоветовали оставить копии документов родным и записать телефон посольства.",
        "Рассказали о правилах безопасного выезда: договор, страховка, копии документов, "
        "контакты посольства {in_country}.",
    ],
    "contacts_abroad": [
        "Запрошены контакты посольства Республики Беларусь {in_country}; продиктовали адрес "
        "и телефон.",
        "Нужны контакты организаций, помогающих мигрантам {in_country}. Дали контакты МОМ "
        "и местных НГО.",
    ],
    "immigration": [
        "{who}{origin} планирует переезд на ПМЖ {to_country}; рассказали о видах на "
        "жительство и о проверке миграционных консультантов.",
        "Спрашивал[|а] о программах иммиграции {to_country} и платных посредниках; "
        "предупредили о мошенничестве.",
    ],
    "foreigners_in_belarus": [
        "{who}{origin} спрашивал[|а] о регистрации родственника-иностранца. Разъяснили "
        "порядок временного пребывания в Беларуси.",
    ],
    "children_rights": [
        "Вопрос о выезде ребёнка {to_country} с одним из родителей: нужно ли согласие "
        "второго. Разъяснили порядок.",
        "Ребёнок едет {to_country} на оздоровление; {who_lower} спрашивал[|а] о документах "
        "и сопровождении.",
    ],
    "missing_person": [
        "Родственник не выходит на связь больше {days} дней, последние сообщения были "
        "{from_country}. Рассказали, как подать заявление о розыске и обратиться в "
        "посольство.",
    ],
    "other": [
        "Общий вопрос о работе горячей линии; рассказали о консультациях по телефону 113 "
        "и по электронной почте.",
        "{who}{origin} спрашивал[|а] о статистике обращений для учебной работы. Направили "
        "к публичным отчётам.",
    ],
    "any": [
        "Проконсультировали по вопросу выезда {to_country}; {who_lower} поблагодарил[|а] и "
        "обещал[|а] перезвонить после встречи с работодателем.",
        "{who}{origin} уточнял[|а] детали поездки {to_country}; дали памятку о безопасном "
        "выезде.",
    ],
    "crisis": [
        "Кризисная ситуация: {relative} находится {in_country}, работодатель забрал паспорт "
        "и не платит зарплату. Открыт кризисный случай, передано специалисту по социальной "
        "работе.",
        "{who}{origin} сообщил[|а], что знакомая не может вернуться {from_country}: требуют "
        "отработать долг за дорогу. Проведена оценка опасности, дали контакты посольства.",
        "Звонок {from_country}: потерял[|а] документы, нет денег на дорогу домой. Связались "
        "с консульством, помогаем с возвращением.",
        "Родственница работает {in_country} без договора, жалуется на угрозы. Непосредственной "
        "опасности нет, договорились о повторном звонке завтра.",
        "Дочь уехала {to_country} «на работу официанткой» и не выходит на связь {days} дней. "
        "Передано руководителю горячей линии, направлен запрос партнёрской НГО.",
        "{who}{origin} рассказал[|а], что {relative} задержан(а) {in_country} за нарушение "
        "миграционных правил. Дали контакты консульства и адвоката.",
    ],
}
EXTRA_SENTENCES = (
    " Отправили памятку на e-mail.",
    " Рекомендовали перезвонить перед выездом.",
    " Договорились о повторной консультации.",
    " Дали номер горячей линии МВД по вопросам торговли людьми.",
    " Повторное обращение.",
    " Рассказали о консультациях юриста в Минске.",
)
NON_DATA_NOTES = {
    "silent": ("", "", "Тишина в трубке."),
    "hang_up": ("", "", "Абонент сбросил звонок после приветствия."),
    "abusive": ("", "Хулиганский звонок."),
    "wrong_number": (
        "Искали справочную железнодорожного вокзала.", "Ошиблись номером.",
        "Искали службу такси.", "",
    ),
    "thanks": (
        "Благодарность за консультацию: благополучно вернулась домой.",
        "Благодарность за помощь в проверке агентства.", "",
    ),
    "test": ("Проверка связи.", "Тестовый звонок после настройки оборудования."),
}

_GENDERED = re.compile(r"\[([^|\]]*)\|([^\]]*)\]")


def _forms(template: str) -> tuple[str, str]:
    """The masculine and feminine text of a template with ``[м|ж]`` pairs."""
    return _GENDERED.sub(r"\1", template), _GENDERED.sub(r"\2", template)


_TEMPLATE_FORMS = {key: [_forms(t) for t in ts] for key, ts in TEMPLATES.items()}

# Caller profiles (fictional).
FEMALE_NAMES = (
    ("Ольга", "olga"), ("Анна", "anna"), ("Марина", "marina"), ("Светлана", "svetlana"),
    ("Наталья", "natalia"), ("Екатерина", "katya"), ("Юлия", "yulia"), ("Ирина", "irina"),
    ("Татьяна", "tanya"), ("Алина", "alina"), ("Виктория", "vika"), ("Дарья", "dasha"),
)
MALE_NAMES = (
    ("Сергей", "sergey"), ("Андрей", "andrey"), ("Дмитрий", "dima"),
    ("Александр", "sasha"), ("Игорь", "igor"), ("Виктор", "viktor"), ("Павел", "pavel"),
    ("Максим", "maxim"), ("Николай", "kolya"), ("Артём", "artem"),
)
PHONE_PREFIXES = ("29", "33", "44", "25")


# -- generation ----------------------------------------------------------------------------


@dataclass
class _Profile:
    """A repeat caller: the same person, so the same gender, region and age."""

    row: dict[str, Any]
    gender: str
    region: str
    age_group: str
    contacts: int = 0


@dataclass
class _Chunk:
    contacts: list[dict[str, Any]] = field(default_factory=list)
    topics: list[dict[str, Any]] = field(default_factory=list)
    destinations: list[dict[str, Any]] = field(default_factory=list)
    outcomes: list[dict[str, Any]] = field(default_factory=list)
    changes: list[dict[str, Any]] = field(default_factory=list)
    callers: list[dict[str, Any]] = field(default_factory=list)


def _first_day(now: datetime, years: int) -> date:
    """The first local day of the demo period."""
    return now.astimezone().date() - timedelta(days=round(years * 365.25))


def _uuid7(moment: datetime, rand: int) -> str:
    """A version-7 UUID for ``moment`` with 74 random bits from ``rand``."""
    ms = int(moment.timestamp() * 1000)
    value = (
        (ms << 80) | (0x7 << 76) | (((rand >> 62) & 0xFFF) << 64) | (0b10 << 62)
        | (rand & ((1 << 62) - 1))
    )
    h = f"{value:032x}"
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


def _destination_picks() -> dict[str, _Pick[str]]:
    """Per-gender destination choice: the named countries, then a long tail of others."""
    named = set().union(*(d.keys() for d in _DESTINATIONS.values()))
    tail = [c for c in country_list.all_codes() if c not in named and c != "BY"]
    # A fixed order (independent of the seed) so the tail is the same in every file;
    # countries with Russian forms come first: they are the likelier ones.
    random.Random(2013).shuffle(tail)
    tail.sort(key=lambda c: c not in COUNTRY_FORMS)
    zipf = [1.0 / (i + 1) ** 0.7 for i in range(len(tail))]
    norm = sum(zipf)
    picks = {}
    for gender, weights in _DESTINATIONS.items():
        share = _TAIL_SHARE[gender]
        items = list(weights.items()) + [(c, share * z / norm) for c, z in zip(tail, zipf,
                                                                               strict=True)]
        picks[gender] = _Pick(items)
    return picks


class _Generator:
    def __init__(self, *, seed: int, total: int, now: datetime, site_id: str,
                 staff_ids: dict[str, str], tax: Taxonomy, years: int):
        self.rng = random.Random(seed)
        # Ids come from their own generator, seeded afresh: the contents repeat for a
        # seed, the ids never do.
        self.ids = random.Random()
        self.total = total
        self.now = now
        self.site_id = site_id
        self.staff_ids = staff_ids
        self.destination = _destination_picks()
        self.hours_setting = WORKING_HOURS
        self.today = now.astimezone().date()
        self.first_day = _first_day(now, years)
        self.days = (self.today - self.first_day).days + 1
        self.profiles: list[_Profile] = []
        self.profile_pick: _Pick[int] | None = None
        self.used_phones: set[str] = set()
        self.org_of_region = {
            c.code: tax.organisation_for_region(c.code) or SITE_ORGANISATION
            for c in tax["region"]
        }
        self.seq = 0
        self._make_profiles()

    # -- the calendar --

    def day_counts(self) -> list[int]:
        """Contacts per day: growth over the years, weekdays, summer, the October
        campaign, public holidays, day-to-day noise; the total is exact."""
        rng = self.rng
        weights = []
        for i in range(self.days):
            d = self.first_day + timedelta(days=i)
            t = i / 365.25
            w = math.exp(0.25 * t)
            w *= (1.0, 1.0, 1.0, 1.0, 0.95, 0.55, 0.4)[d.weekday()]
            w *= 1 + 0.15 * math.sin(2 * math.pi * (d.timetuple().tm_yday - 100) / 365)
            if (d.month, d.day) in _HOLIDAYS:
                w *= 0.35
            since = self._days_since_campaign(d)
            if 0 <= since < 90:
                w *= 1 + 0.9 * math.exp(-since / 20)
            w *= rng.lognormvariate(0, 0.18)
            if d == self.today:
                w *= self._elapsed_share()
            weights.append(w)
        scale = self.total / sum(weights)
        counts, done, acc = [], 0, 0.0
        for w in weights:
            acc += w * scale
            target = min(self.total, round(acc))
            counts.append(target - done)
            done = target
        counts[-1] += self.total - done
        return counts

    @staticmethod
    def _days_since_campaign(d: date) -> int:
        start = date(d.year, *CAMPAIGN_START)
        if d < start:
            start = date(d.year - 1, *CAMPAIGN_START)
        return (d - start).days

    def _local_midnight(self, d: date) -> datetime:
        return datetime(d.year, d.month, d.day).astimezone().astimezone(UTC)

    def _elapsed_share(self) -> float:
        """How much of today's usual traffic has already happened by ``now``."""
        seconds = (self.now - self._local_midnight(self.today)).total_seconds()
        profile = _PHONE_HOURS
        done = sum(profile[: int(seconds // 3600)])
        done += profile[min(int(seconds // 3600), 23)] * (seconds % 3600) / 3600
        return max(done / sum(profile), 0.0)

    # -- callers --

    def _make_profiles(self) -> None:
        rng = self.rng
        linked = self.total * 0.875 * REPEAT_SHARE
        n = int(max(3, min(linked / 2.5, 300 + self.total // 1000)))
        weights = []
        for i in range(n):
            gender = "female" if rng.random() < 0.7 else "male"
            region = REGION(rng)
            names = FEMALE_NAMES if gender == "female" else MALE_NAMES
            name, latin = names[rng.randrange(len(names))]
            towns = TOWNS.get(region)
            if towns and rng.random() < 0.6:
                nickname = f"{name} ({towns[0][0]})"
            else:
                nickname = f"{name} {chr(ord('А') + rng.randrange(32))}."
            phone = email = None
            has_email = rng.random() < 0.35
            if not has_email or rng.random() < 0.3:
                phone = self._phone()
            if has_email:
                email = f"{latin}.demo{i + 1}@example.org"
            row = {
                "id": None, "nickname": nickname, "phone": phone, "email": email,
                "phone_key": phone_key(phone or ""), "email_key": text_key(email or ""),
                "nickname_key": text_key(nickname),
                "created_at": None, "updated_at": None, "site_id": self.site_id,
                "author_id": None, "version": 1, "deleted_at": None,
            }
            self.profiles.append(_Profile(row, gender, region, AGE_GROUP(rng)))
            weights.append((i, 1.0 / (i + 1) ** 0.6))
        # Shuffled so that the frequent callers are not the ones made first.
        order = list(range(n))
        rng.shuffle(order)
        self.profile_pick = _Pick((order[i], w) for i, w in weights)

    def _phone(self) -> str:
        while True:
            prefix = PHONE_PREFIXES[self.rng.randrange(len(PHONE_PREFIXES))]
            number = self.rng.randrange(10_000)
            phone = f"+375 {prefix} 000-{number // 100:02d}-{number % 100:02d}"
            if phone not in self.used_phones or len(self.used_phones) > 39_000:
                self.used_phones.add(phone)
                return phone

    # -- one day --

    def day(self, index: int, count: int, chunk: _Chunk) -> None:
        rng = self.rng
        d = self.first_day + timedelta(days=index)
        midnight = self._local_midnight(d)
        limit = 86_400.0
        if d == self.today:
            limit = max((self.now - midnight).total_seconds(), 1.0)
        frac = index / max(self.days - 1, 1)
        consultant = _Pick(
            (self.staff_ids[s.username], s.weight) for s in STAFF
            if s.weight > 0 and s.joined <= frac <= s.left
        )
        since = self._days_since_campaign(d)
        tv_boost = 1 + 5 * math.exp(-since / 25) if 0 <= since < 120 else 1.0
        how_heard = _pick({k: v * tv_boost if k == "tv" else v for k, v in HOW_HEARD.items()})
        slots = []
        for _ in range(count):
            kind = KIND(rng)
            channel = CHANNEL(rng) if kind == CONSULTATION else NON_DATA_CHANNEL[kind](rng)
            for _attempt in range(10):
                second = HOURS[channel](rng) * 3600 + rng.random() * 3600
                if second < limit:
                    break
            else:
                second = rng.random() * limit
            slots.append((int(second), kind, channel))
        slots.sort()
        for second, kind, channel in slots:
            started = midnight + timedelta(seconds=second)
            self._contact(chunk, started, kind, channel, consultant_id=consultant(rng),
                          how_heard_pick=how_heard)

    # -- one contact --

    def _contact(self, chunk: _Chunk, started: datetime, kind: str, channel: str, *,
                 consultant_id: str, how_heard_pick: _Pick[str]) -> None:
        rng = self.rng
        self.seq += 1
        crisis = False
        topics: list[str] = []
        destinations: list[str] = []
        outcomes: list[str] = []
        caller_id = None
        gender = "unknown"
        age_group = region = role = purpose = how_heard = None
        if kind == CONSULTATION:
            crisis = rng.random() < CRISIS_SHARE
            profile = self._profile() if rng.random() < REPEAT_SHARE else None
            if profile is not None:
                gender, region, age_group = profile.gender, profile.region, profile.age_group
                if profile.row["id"] is None:
                    profile.row["id"] = self._id(started)
                    profile.row["created_at"] = profile.row["updated_at"] = started
                    profile.row["author_id"] = consultant_id
                    chunk.callers.append(profile.row)
                caller_id = profile.row["id"]
                profile.contacts += 1
            else:
                gender = GENDER(rng)
                region = (CRISIS_REGION if crisis else REGION)(rng)
            topics = self._topics(gender, crisis)
            if age_group is None:
                age_group = (STUDENT_AGE if topics[0] == "study_abroad" else AGE_GROUP)(rng)
            role = (CRISIS_ROLE if crisis else ROLE)(rng)
            destinations = self._destinations(gender, topics, crisis)
            purpose = (PURPOSE_BY_TOPIC.get(topics[0]) or PURPOSE_OTHER)(rng)
            if caller_id is not None and profile is not None and profile.contacts > 1:
                how_heard = "previous_contact"
            else:
                how_heard = how_heard_pick(rng)
            probs = CRISIS_OUTCOME_P if crisis else OUTCOME_P
            outcomes = [o for o, p in probs.items() if rng.random() < p] or ["information_given"]
            organisation: str | None = self.org_of_region[region]
            notes = self._notes(channel, gender, region, topics=topics,
                                destinations=destinations, crisis=crisis)
        else:
            organisation = NON_DATA_ORGANISATION(rng)
            options = NON_DATA_NOTES[kind]
            notes = options[rng.randrange(len(options))]

        ended = None
        if channel == "phone":
            if kind == CONSULTATION:
                minutes = rng.triangular(10, 25, 18) if crisis else rng.triangular(2, 25, 6)
            else:
                minutes = rng.uniform(0.1, 3)
            ended = started + timedelta(seconds=round(minutes * 60))
        elif channel == "chat":
            ended = started + timedelta(seconds=round(rng.uniform(5, 40) * 60))
        elif channel == "in_person":
            ended = started + timedelta(seconds=round(rng.uniform(15, 60) * 60))
        if ended is not None:
            created = ended + timedelta(seconds=rng.randrange(180))
        else:
            created = started + timedelta(seconds=rng.randrange(600, 14_400))
        now = self.now
        if ended is not None and ended > now:
            ended = now
        created = min(created, now)

        contact_id = self._id(created)
        chunk.contacts.append({
            "seq": self.seq, "id": contact_id, "kind": kind, "channel": channel,
            "started_at": started, "ended_at": ended, "consultant_id": consultant_id,
            "organisation": organisation, "gender": gender, "age_group": age_group,
            "region": region, "caller_role": role, "travel_purpose": purpose,
            "how_heard": how_heard, "crisis": crisis,
            "out_of_hours": is_out_of_hours(started, self.hours_setting),
            "caller_id": caller_id, "notes": notes, "created_at": created,
            "updated_at": created, "site_id": self.site_id, "author_id": consultant_id,
            "version": 1, "deleted_at": None,
        })
        for t in topics:
            chunk.topics.append({"contact_id": contact_id, "topic": t})
        for i, c in enumerate(destinations):
            chunk.destinations.append({"contact_id": contact_id, "country": c, "position": i})
        for o in outcomes:
            chunk.outcomes.append({"contact_id": contact_id, "outcome": o})
        # The history entry a save would write; "notes" stay in the contact only.
        snapshot: dict[str, Any] = {
            "kind": kind, "channel": channel, "started_at": started.isoformat(),
            "ended_at": ended.isoformat() if ended else None, "gender": gender,
            "age_group": age_group, "region": region, "caller_role": role,
            "topics": topics, "destinations": destinations, "travel_purpose": purpose,
            "how_heard": how_heard, "outcomes": outcomes, "crisis": crisis,
            "caller_id": caller_id, "organisation": organisation,
        }
        chunk.changes.append({
            "id": self._id(created), "contact_id": contact_id, "changed_at": created,
            "user_id": consultant_id, "site_id": self.site_id, "action": "create",
            "changes": {k: [None, v] for k, v in snapshot.items() if v not in (None, [])},
        })

    def _id(self, moment: datetime) -> str:
        return _uuid7(moment, self.ids.getrandbits(74))

    def _profile(self) -> _Profile:
        assert self.profile_pick is not None
        return self.profiles[self.profile_pick(self.rng)]

    def _topics(self, gender: str, crisis: bool) -> list[str]:
        rng = self.rng
        pick = TOPIC["male" if gender == "male" else "female"]
        if crisis:
            topics = ["crisis_abroad"]
            if rng.random() < 0.6:
                topics.append(CRISIS_EXTRA_TOPIC(rng))
            return topics
        topics = [pick(rng)]
        for _ in range(TOPIC_COUNT(rng) - 1):
            for _attempt in range(5):
                t = pick(rng)
                if t not in topics:
                    topics.append(t)
                    break
        return topics

    def _destinations(self, gender: str, topics: list[str], crisis: bool) -> list[str]:
        rng = self.rng
        first = topics[0] if not crisis or len(topics) == 1 else topics[1]
        if first in NO_DESTINATION_TOPICS and rng.random() < 0.6:
            return []
        pick = self.destination["male" if gender == "male" else "female"]
        if first == "study_abroad" and rng.random() < 0.5:
            main = STUDY_DESTINATION(rng)
        elif first == "au_pair" and rng.random() < 0.7:
            main = AU_PAIR_DESTINATION(rng)
        else:
            main = pick(rng)
            if crisis:
                while main == "XX":
                    main = pick(rng)
        if main == "XX":
            return [main]
        result = [main]
        for _ in range(DESTINATION_COUNT(rng) - 1):
            for _attempt in range(5):
                c = pick(rng)
                if c != "XX" and c not in result:
                    result.append(c)
                    break
        return result

    def _notes(self, channel: str, gender: str, region: str | None, *, topics: list[str],
               destinations: list[str], crisis: bool) -> str:
        rng = self.rng
        if not crisis and rng.random() < 0.08:
            return ""
        feminine = gender == "female"
        if crisis:
            group = "crisis"
        elif rng.random() < 0.12:
            group = "any"
        else:
            group = topics[0]
        options = _TEMPLATE_FORMS[group]
        template = options[rng.randrange(len(options))][1 if feminine else 0]
        who = WHO[channel][1 if feminine else 0]
        towns = TOWNS.get(region or "")
        if towns:
            town = towns[0] if rng.random() < 0.5 else towns[rng.randrange(len(towns))]
            if region != "minsk_city" and rng.random() < 0.2:
                origin = f" из {REGION_GENITIVE[region or '']}"
            else:
                origin = f" из {town[1]}"
            in_city = f"в {town[2]}"
        else:
            origin = " из-за рубежа" if region == "abroad" else ""
            in_city = "по месту жительства"
        country = destinations[0] if destinations else "XX"
        forms = COUNTRY_FORMS.get(country)
        if forms is None:
            name = country_list.name(country, "ru")
            forms = (f"в стране «{name}»", f"в страну «{name}»", f"из страны «{name}»")
        text = template.format(
            who=who, who_lower=who.lower(), origin=origin, in_city=in_city,
            in_country=forms[0], to_country=forms[1], from_country=forms[2],
            relative=RELATIVES[rng.randrange(len(RELATIVES))], days=rng.randrange(3, 21),
        )
        if rng.random() < 0.3:
            text += EXTRA_SENTENCES[rng.randrange(len(EXTRA_SENTENCES))]
        return text


# -- writing -------------------------------------------------------------------------------

def _table(model: type[Any]) -> Table:
    return cast(Table, model.__table__)


CONTACT, TOPIC_TABLE, DESTINATION, OUTCOME, CHANGE, CALLER, USER, SETTING = (
    _table(m) for m in (
        Contact, ContactTopic, ContactDestination, ContactOutcome, ContactChange, Caller,
        User, Setting,
    )
)
_TABLES = (CHANGE, TOPIC_TABLE, DESTINATION, OUTCOME, CONTACT, CALLER, USER)


def _write(conn: Connection, chunk: _Chunk) -> None:
    with conn.begin():
        for table, rows in (
            (CALLER, chunk.callers),
            (CONTACT, chunk.contacts),
            (TOPIC_TABLE, chunk.topics),
            (DESTINATION, chunk.destinations),
            (OUTCOME, chunk.outcomes),
            (CHANGE, chunk.changes),
        ):
            if rows:
                conn.execute(insert(table), rows)


def _wipe(conn: Connection) -> None:
    """Remove everything the generator wrote (the store was empty before)."""
    with conn.begin():
        for table in _TABLES:
            conn.execute(delete(table))
        conn.execute(delete(SETTING).where(SETTING.c.key.in_(list(SETTINGS))))


def _add_staff(conn: Connection, site_id: str, first_day: date, ids: random.Random) -> dict[
    str, str
]:
    created = datetime(first_day.year, first_day.month, first_day.day, 9, tzinfo=UTC)
    rows = []
    for s in STAFF:
        rows.append({
            "id": _uuid7(created, ids.getrandbits(74)), "username": s.username,
            "full_name": s.full_name, "role": s.role, "active": s.left >= 1.0,
            "created_at": created, "updated_at": created, "site_id": site_id,
            "author_id": None, "version": 1, "deleted_at": None,
        })
    with conn.begin():
        conn.execute(insert(USER), rows)
        for key, value in SETTINGS.items():
            conn.execute(delete(SETTING).where(SETTING.c.key == key))
            conn.execute(insert(SETTING), {"key": key, "value": value})
    return {str(r["username"]): str(r["id"]) for r in rows}


def _is_empty(conn: Connection) -> bool:
    for table in (CONTACT, USER, CALLER):
        if conn.execute(select(func.count()).select_from(table)).scalar():
            return False
    return True


def generate(
    store: Store,
    contacts: int = 3000,
    seed: int = 113,
    progress: Progress | None = None,
    *,
    now: datetime | None = None,
    years: int = 5,
    chunk_size: int = CHUNK,
) -> DemoResult:
    """Fill an empty ``store`` with staff, settings and ``contacts`` fictional contacts.

    The contacts cover the ``years`` before ``now`` (default: the present moment), more of
    them in recent years. ``progress(done, total)`` is called after each chunk; when it
    returns False the demo data is removed again and :class:`Cancelled` is raised. Any
    other failure removes it as well. ``chunk_size`` contacts are written per transaction.
    """
    if contacts < 0:
        raise ValueError("contacts must be 0 or more")
    now = (now or datetime.now(UTC)).astimezone(UTC)
    tax = load_taxonomy()
    site_id = store.site_id
    report = progress or (lambda _done, _total: True)
    with store.engine.connect() as conn:
        if not _is_empty(conn):
            conn.rollback()
            raise DemoError("demo data only goes into an empty database")
        conn.rollback()
        raw = conn.connection.driver_connection
        assert raw is not None
        # A half-written demo file is thrown away, never trusted: no need to wait for
        # the disk after every chunk. Restored before the connection goes back.
        raw.execute("PRAGMA synchronous = OFF")
        raw.execute("PRAGMA cache_size = -131072")
        try:
            if not report(0, contacts):
                raise Cancelled
            staff_ids = _add_staff(conn, site_id, _first_day(now, years), random.Random())
            gen = _Generator(seed=seed, total=contacts, now=now, site_id=site_id,
                             staff_ids=staff_ids, tax=tax, years=years)
            chunk = _Chunk()
            done = 0
            for index, count in enumerate(gen.day_counts()):
                if count:
                    gen.day(index, count, chunk)
                if len(chunk.contacts) >= chunk_size:
                    _write(conn, chunk)
                    done += len(chunk.contacts)
                    chunk = _Chunk()
                    if not report(done, contacts):
                        raise Cancelled
            if chunk.contacts or chunk.callers:
                _write(conn, chunk)
                done += len(chunk.contacts)
            callers = sum(1 for p in gen.profiles if p.row["id"] is not None)
            add_demo_entries(conn, site_id=site_id, author_id=staff_ids.get("admin"), now=now)
            add_demo_cases(conn, store=store, staff_ids=staff_ids, now=now, seed=seed)
            add_demo_quality(store, seed=seed, now=now)
            add_demo_assistance(store, staff_ids=staff_ids, now=now, seed=seed)
            add_demo_recruiters(store, staff_ids=staff_ids, now=now, seed=seed)
        except BaseException:
            log.info("demo generation stopped; removing what was written")
            if conn.in_transaction():
                conn.rollback()
            _wipe(conn)
            raise
        finally:
            raw.execute("PRAGMA synchronous = FULL")
            raw.execute("PRAGMA cache_size = -2000")
        raw.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    report(done, contacts)
    log.info("demo data: %d contacts, %d staff, %d callers", done, len(STAFF), callers)
    return DemoResult(contacts=done, users=len(STAFF), callers=callers)
