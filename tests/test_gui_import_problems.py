"""In Russian (and Belarusian), the problems of an imported directory or knowledge-base
file are shown in the interface's language, each with its row and column (or article
and field), and a file that cannot be read at all is named in that language too;
nothing is imported. The command line keeps the English text."""

from __future__ import annotations

import json
import re
from datetime import date, timedelta
from pathlib import Path

import pytest

from app.services.directory import files as directory_io
from app.services.directory.service import DirectoryService, EntryInput
from app.services.knowledge import files as kb_files
from app.services.knowledge.service import KnowledgeService
from app.ui import i18n
from app.ui.directory.page import DirectoryPage
from app.ui.knowledge.page import KnowledgePage
from app.ui.widgets import msgbox

LATIN = re.compile(r"[A-Za-z]")


@pytest.fixture(params=["ru"])
def lang(request, qapp):
    translators = i18n.install(qapp, request.param)
    yield request.param
    i18n.remove(qapp, translators)
    i18n.install(qapp, "en")


@pytest.fixture
def shown(monkeypatch) -> list[tuple[str, str, str]]:
    """The error boxes the page opened: (title, text, details)."""
    boxes: list[tuple[str, str, str]] = []
    monkeypatch.setattr(msgbox, "error", lambda _parent, title, text, details="":
                        boxes.append((title, text, details)))
    return boxes


def without_names(line: str, names: tuple[str, ...] = ()) -> str:
    """A line without what comes from the file (the column or field named, the values
    quoted, «…») and the format words the file itself holds: what is left is the
    app's own sentence."""
    line = re.sub(r"«[^»]*»", "", line)
    line = re.sub(r"(столбец|слупок|поле) [^:]+:", r"\1:", line)
    for name in names:
        line = line.replace(name, "")
    return line


def assert_no_english(lines: list[str], names: tuple[str, ...] = ()) -> None:
    for line in lines:
        assert not LATIN.search(without_names(line, names)), line


# -- the directory -------------------------------------------------------------------


@pytest.fixture
def dirs(store, supervisor) -> DirectoryService:
    d = DirectoryService(store, supervisor.id)
    d.add(EntryInput(country="PL", type="ngo", name="La Strada Polska", city="Warszawa"))
    return d


@pytest.fixture
def directory_page(qtbot, dirs, lang):
    page = DirectoryPage(dirs, lang)
    qtbot.addWidget(page)
    page.show()
    return page


def import_directory(qtbot, page: DirectoryPage, path: Path, monkeypatch,
                     shown: list) -> tuple[str, str, str]:
    monkeypatch.setattr(msgbox, "open_file", lambda *_a, **_k: str(path))
    monkeypatch.setattr(msgbox, "ask", lambda *_a, **_k: pytest.fail("nothing to ask"))
    shown.clear()
    page.import_file()
    qtbot.waitUntil(lambda: page.task is None and bool(shown), timeout=10_000)
    [box] = shown
    return box


def test_a_faulty_directory_file_is_explained_row_by_row_in_russian(
        qtbot, directory_page, dirs, tmp_path, monkeypatch, shown):
    future = (date.today() + timedelta(days=30)).isoformat()
    path = tmp_path / "справочник.csv"
    rows = [
        "Нарния,ngo,Фонд,Город",                         # 2: no such country
        "PL,ngo,Фонд два,Варшава,,почта.пл",             # 3: not an e-mail address
        "PL,ngo,,Краков",                                # 4: the name is required
        "PL,ngo,Фонд три,Гданьск,звонить",               # 5: not a phone number
        "PL,ngo,Фонд четыре,Лодзь,,,32.13.2020",         # 6: not a date
        f"PL,ngo,Фонд пять,Познань,,,{future},может быть",  # 7: future, not yes or no
        "PL,фонды,Фонд шесть,Вроцлав",                   # 8: no such type
        "DE,ngo,Фонд семь,Берлин",
        "DE,ngo,Фонд семь,Берлин",                       # 10: the same as row 9
        "PL,экстренные номера,Скорая,,112",              # 11: only numbers in this row
        "DE,экстренные номера,,,нет",                    # 12: holds no number
        "PL,ngo,Фонд восемь,Катовице,,,,,нет сайта",     # 13: not a web address
        "PL,ngo,Фонд девять,Сопот,,,,,,не-ид",           # 14: not an entry id
        "PL,ngo,Фонд десять,Люблин,,,,,,,да",            # 15: demo data, real database
        "PL,ngo,(ДЕМО) Фонд,Люблин",                     # 16: a demo name
        "PL,ngo," + "Ф" * 301 + ",Люблин",               # 17: too long
        "CZ,экстренные номера,,,112",
        "CZ,экстренные номера,,,112",                    # 19: the same country again
    ]
    path.write_text("country,type,name,city,phones,email,verified_at,retired,website,id,"
                    "fictional\n" + "".join(f"{r}\n" for r in rows), encoding="utf-8")
    before = dirs.count()
    title, text, details = import_directory(qtbot, directory_page, path, monkeypatch, shown)
    assert title == "Ничего не импортировано"
    assert text.startswith("В файле справочник.csv найдены ошибки (17)")
    lines = details.splitlines()
    assert lines == [
        "строка 2, столбец country: «Нарния» — не код и не название страны",
        "строка 3, столбец email: «почта.пл» — не адрес эл. почты",
        "строка 4, столбец name: не заполнено (обязательно)",
        "строка 5, столбец phones: «звонить» — не номер телефона",
        "строка 6, столбец verified_at: «32.13.2020» — не дата (ГГГГ-ММ-ДД или ДД.ММ.ГГГГ)",
        "строка 7, столбец verified_at: дата в будущем",
        "строка 7, столбец retired: «может быть»: нужно «да» или «нет»",
        "строка 8, столбец type: «фонды» — неизвестный тип записи",
        "строка 10, столбец name: та же запись, что в строке 9",
        "строка 11, столбец name: в строке экстренных номеров должно быть пустым",
        "строка 12, столбец phones: нет ни одного номера",
        "строка 13, столбец website: не адрес сайта",
        "строка 14, столбец id: «не-ид» — не идентификатор записи",
        "строка 15, столбец fictional: демонстрационные записи не вносятся в рабочую базу",
        "строка 16, столбец name: помечено как демо-данные; рабочая база их не принимает",
        "строка 17, столбец name: длиннее 300 символов",
        "строка 19, столбец country: экстренные номера уже заданы в строке 18",
    ]
    assert_no_english(lines)
    # the command line still reads the English text
    result = directory_io.import_file(dirs, path, dry_run=True)
    assert str(result.problems[0]) == \
        "row 2, column country: 'Нарния' is not a country code or name"
    assert dirs.count() == before


def test_a_faulty_directory_header_is_explained_in_russian(
        qtbot, directory_page, dirs, tmp_path, monkeypatch, shown):
    path = tmp_path / "header.csv"
    path.write_text("country,name,name,телефон\nPL,Фонд,Фонд,1\n", encoding="utf-8")
    _title, _text, details = import_directory(qtbot, directory_page, path, monkeypatch,
                                              shown)
    assert details.splitlines() == [
        "строка 1, столбец name: встречается в заголовке дважды",
        "строка 1, столбец телефон: неизвестный столбец",
        "строка 1, столбец type: обязателен, но его нет в заголовке",
    ]
    path.write_text("country,type,name\nPL,ngo,Фонд,лишнее\n", encoding="utf-8")
    _title, _text, details = import_directory(qtbot, directory_page, path, monkeypatch,
                                              shown)
    assert details == "строка 2, столбец #4: есть значение за последним столбцом"
    assert dirs.count() == 1


@pytest.mark.parametrize("lang", ["ru", "be"], indirect=True)
def test_a_directory_file_that_cannot_be_read_is_named_in_the_interface_language(
        qtbot, directory_page, dirs, tmp_path, monkeypatch, shown, lang):
    expected = {
        "ru": ["книга XLSX не читается",
               "файл не в кодировке UTF-8, UTF-16 или Windows-1251; сохраните его как "
               "«CSV UTF-8»",
               "файл не читается как текст в кодировке UTF-8 с BOM (байт 35)",
               "это не текстовый файл",
               "файл пуст",
               "в строке 2 больше 500 столбцов",
               "больше 3 строк; разделите файл на части",
               "имя файла должно оканчиваться на .csv или .xlsx"],
        "be": ["кніга XLSX не чытаецца",
               "файл не ў кадзіроўцы UTF-8, UTF-16 або Windows-1251; захавайце яго як "
               "«CSV UTF-8»",
               "файл не чытаецца як тэкст у кадзіроўцы UTF-8 з BOM (байт 35)",
               "гэта не тэкставы файл",
               "файл пусты",
               "у радку 2 больш за 500 слупкоў",
               "больш за 3 радкоў; падзяліце файл на часткі",
               "імя файла павінна заканчвацца на .csv або .xlsx"],
    }[lang]
    files = {
        "random.xlsx": bytes(range(256)) * 8,  # random bytes: not a workbook
        # Windows-1251 with a byte that is no letter in it (0x98)
        "cp1251.csv": "страна;тип;название\nPL;ngo;Фонд помощи\n".encode("cp1251") + b"\x98\n",
        # UTF-8 with a BOM and a stray byte
        "bom.csv": b"\xef\xbb\xbf" + "country,type,name\nPL,ngo,Фонд\n".encode() + b"\xff\n",
        "nul.csv": b"country,type,name\n\x00\x00\n",
        "empty.csv": b"",
        "wide.csv": ("country,type,name\n" + "x," * 501 + "\n").encode(),
        "long.csv": b"country,type,name\n" + b"PL,ngo,x\n" * 3,
        "directory.json": b"{}",
    }
    monkeypatch.setattr(directory_io, "MAX_ROWS", 3)
    got = []
    for name, data in files.items():
        path = tmp_path / name
        path.write_bytes(data)
        title, text, _details = import_directory(qtbot, directory_page, path, monkeypatch,
                                                 shown)
        assert title == directory_page.tr("The file could not be used") != \
            "The file could not be used"
        got.append(text)
    assert got == expected
    assert_no_english(got, ("XLSX", "UTF-8", "UTF-16", "Windows-1251", "BOM", "CSV",
                            ".csv", ".xlsx"))
    assert dirs.count() == 1


def test_the_english_interface_names_the_problems_in_english(
        qtbot, dirs, tmp_path, monkeypatch, shown, qapp):
    """Without a translation, the same sentences in English."""
    page = DirectoryPage(dirs, "en")
    qtbot.addWidget(page)
    path = tmp_path / "bad.csv"
    path.write_text("country,type,name,email\nPL,ngo,,\nPL,ngo,Фонд,почта\n",
                    encoding="utf-8")
    _title, _text, details = import_directory(qtbot, page, path, monkeypatch, shown)
    assert details.splitlines() == [
        "row 2, column name: is required",
        "row 3, column email: “почта” is not an e-mail address"]


# -- the knowledge base --------------------------------------------------------------


@pytest.fixture
def kb(store, supervisor) -> KnowledgeService:
    return KnowledgeService(store, supervisor.id)


@pytest.fixture
def knowledge_page(qtbot, kb, lang):
    page = KnowledgePage(kb, lang)
    qtbot.addWidget(page)
    page.show()
    return page


def import_knowledge(page: KnowledgePage, path: Path, monkeypatch,
                     shown: list) -> tuple[str, str, str]:
    monkeypatch.setattr(msgbox, "open_file", lambda *_a, **_k: str(path))
    monkeypatch.setattr(msgbox, "info", lambda *_a, **_k: pytest.fail("nothing imported"))
    shown.clear()
    page.import_file()
    [box] = shown
    return box


def article_id(n: int) -> str:
    return f"0193f3a0-0000-7000-8000-{n:012d}"


def test_a_faulty_knowledge_file_is_explained_article_by_article_in_russian(
        knowledge_page, kb, tmp_path, monkeypatch, shown):
    future = (date.today() + timedelta(days=30)).isoformat()
    good = {"kind": "article", "status": "draft", "title_ru": "Виза", "body_ru": "Текст"}
    articles = [
        "статья",                                                       # 1: not an object
        {"id": "не-ид", "автор": "я", "reviewed_at": "вчера",           # 2
         "topics": "виза", "title_ru": 5},
        {**good, "id": article_id(3), "body_ru": "", "topics": ["неттакой"],  # 3
         "destinations": ["Нарния"], "kind": "памятка"},
        {**good, "id": article_id(4), "title_ru": ""},                  # 4: no title
        {**good, "id": article_id(5)},
        {**good, "id": article_id(5)},                                  # 6: the same id as 5
        {"id": article_id(7)},                                          # 7: nothing written
        {**good, "id": article_id(8), "reviewed_at": future},           # 8: in the future
        {**good, "id": article_id(9), "title_be": "Т" * 201, "body_be": "Тэкст"},  # 9
        {**good, "id": article_id(10), "fictional": True},             # 10: demo, real base
        {**good, "id": article_id(11), "title_ru": "(ДЕМО) Виза"},     # 11: a demo title
        {**good, "id": article_id(12), "status": "готово", "fictional": "да"},  # 12
    ]
    path = tmp_path / "база.json"
    path.write_text(json.dumps({"format": "infoline-knowledge", "version": 1,
                                "articles": articles}, ensure_ascii=False), encoding="utf-8")
    title, text, details = import_knowledge(knowledge_page, path, monkeypatch, shown)
    assert title == "Ничего не импортировано"
    assert not LATIN.search(text)
    lines = details.splitlines()
    assert lines == [
        "статья 1: не объект с полями статьи",
        "статья 2, поле автор: у статьи нет такого поля",
        "статья 2, поле id: нет идентификатора статьи или он неверен",
        "статья 2, поле title_ru: не текст",
        "статья 2, поле topics: не список кодов",
        "статья 2, поле reviewed_at: «вчера» — не дата (ГГГГ-ММ-ДД)",
        "статья 3, поле kind: «памятка» — ни статья, ни чеклист",
        "статья 3, поле body_ru: у заголовка нет текста",
        "статья 3, поле topics: «неттакой» — неизвестная тема",
        "статья 3, поле destinations: «НАРНИЯ» — не код страны",
        "статья 4, поле title_ru: у текста нет заголовка",
        "статья 6, поле id: тот же идентификатор, что у статьи 5",
        "статья 7, поле title_ru: напишите заголовок и текст на русском или белорусском "
        "языке",
        "статья 8, поле reviewed_at: дата в будущем",
        "статья 9, поле title_be: длиннее 200 символов",
        "статья 10, поле fictional: демонстрационная статья: её принимает только "
        "демонстрационная база",
        "статья 11, поле title_ru: начинается с пометки демо-данных: такое принимает только "
        "демонстрационная база",
        "статья 12, поле status: ни «draft», ни «approved»",
        "статья 12, поле fictional: ни true, ни false",
    ]
    assert_no_english(lines, ("true", "false"))
    assert kb.search() == []
    with pytest.raises(kb_files.KnowledgeImportError) as caught:  # the English text kept
        kb_files.import_file(kb, path)
    assert str(caught.value.problems[1]) == "article 2, field автор: not a field of an article"


@pytest.mark.parametrize("lang", ["ru", "be"], indirect=True)
def test_a_knowledge_file_that_cannot_be_read_is_named_in_the_interface_language(
        knowledge_page, kb, tmp_path, monkeypatch, shown, lang):
    expected = {
        "ru": ["файл не в кодировке UTF-8 (байт 3)",
               "это не файл JSON (ошибка в строке 2, позиция 1)",
               "это не файл базы знаний Infoline Desk",
               "версия формата файла — 7; программа читает версию 1",
               "в файле нет списка статей",
               "больше 1 статей",
               "версия формата файла — '?b?8?/b?'; программа читает версию 1"],
        "be": ["файл не ў кадзіроўцы UTF-8 (байт 3)",
               "гэта не файл JSON (памылка ў радку 2, пазіцыя 1)",
               "гэта не файл базы ведаў Infoline Desk",
               "версія фармату файла — 7; праграма чытае версію 1",
               "у файле няма спіса артыкулаў",
               "больш за 1 артыкулаў",
               "версія фармату файла — '?b?8?/b?'; праграма чытае версію 1"],
    }[lang]
    files = {
        "cp1251.json": '{"статья"'.encode("cp1251"),
        "broken.json": b'{"format":\n}',
        "other.json": b'{"format": "something else"}',
        "newer.json": b'{"format": "infoline-knowledge", "version": 7}',
        "empty.json": b'{"format": "infoline-knowledge", "version": 1}',
        "many.json": b'{"format": "infoline-knowledge", "version": 1, "articles": [{}, {}]}',
        "markup.json": b'{"format": "infoline-knowledge", "version": "<b>8</b>"}',
    }
    monkeypatch.setattr(kb_files, "MAX_ARTICLES", 1)
    got = []
    for name, data in files.items():
        path = tmp_path / name
        path.write_bytes(data)
        title, text, _details = import_knowledge(knowledge_page, path, monkeypatch, shown)
        assert title == knowledge_page.tr("Nothing imported") != "Nothing imported"
        got.append(text)
    assert got == expected
    assert_no_english(got, ("UTF-8", "JSON", "Infoline Desk", "'?b?8?/b?'"))
    assert kb.search() == []


def test_an_article_removed_here_is_named_in_russian(knowledge_page, kb, tmp_path,
                                                       monkeypatch, shown):
    from app.services.knowledge.service import ArticleInput

    article = kb.create(ArticleInput(title_ru="Виза", body_ru="Текст"))
    path = tmp_path / "kb.json"
    kb_files.export_file(kb, path)
    kb.retire(article.id)
    _title, _text, details = import_knowledge(knowledge_page, path, monkeypatch, shown)
    assert details == "статья 1, поле id: эта статья здесь удалена"
