<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU" sourcelanguage="en">
<context>
    <name>ContactListPage</name>
    <message>
        <location filename="../../ui/contact_list.py" line="266"/>
        <source>&amp;Search:</source>
        <translation>&amp;Поиск:</translation>
    </message>
    <message>
        <location filename="../../ui/contact_list.py" line="266"/>
        <source>&amp;Period:</source>
        <translation>П&amp;ериод:</translation>
    </message>
    <message>
        <location filename="../../ui/contact_list.py" line="266"/>
        <source>C&amp;onsultant:</source>
        <translation>&amp;Консультант:</translation>
    </message>
    <message>
        <location filename="../../ui/contact_list.py" line="267"/>
        <source>C&amp;hannel:</source>
        <translation>К&amp;анал:</translation>
    </message>
    <message>
        <location filename="../../ui/contact_list.py" line="267"/>
        <source>&amp;Topic:</source>
        <translation>&amp;Тема:</translation>
    </message>
    <message>
        <location filename="../../ui/contact_list.py" line="267"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Вид:</translation>
    </message>
    <message>
        <location filename="../../ui/contact_list.py" line="271"/>
        <source>Today</source>
        <translation>Сегодня</translation>
    </message>
    <message>
        <location filename="../../ui/contact_list.py" line="271"/>
        <source>Yesterday</source>
        <translation>Вчера</translation>
    </message>
    <message>
        <location filename="../../ui/contact_list.py" line="272"/>
        <source>Last 7 days</source>
        <translation>Последние 7 дней</translation>
    </message>
    <message>
        <location filename="../../ui/contact_list.py" line="272"/>
        <source>Last 30 days</source>
        <translation>Последние 30 дней</translation>
    </message>
    <message>
        <location filename="../../ui/contact_list.py" line="273"/>
        <source>This year</source>
        <translation>С начала года</translation>
    </message>
    <message>
        <location filename="../../ui/contact_list.py" line="273"/>
        <source>All time</source>
        <translation>За всё время</translation>
    </message>
    <message>
        <location filename="../../ui/contact_list.py" line="274"/>
        <source>From – to</source>
        <translation>С … по …</translation>
    </message>
    <message>
        <location filename="../../ui/contact_list.py" line="278"/>
        <source>All kinds</source>
        <translation>Все виды</translation>
    </message>
    <message>
        <location filename="../../ui/contact_list.py" line="278"/>
        <source>Consultations</source>
        <translation>Консультации</translation>
    </message>
    <message>
        <location filename="../../ui/contact_list.py" line="279"/>
        <source>Calls without counselling</source>
        <translation>Звонки без консультации</translation>
    </message>
    <message>
        <location filename="../../ui/contact_list.py" line="283"/>
        <source>All</source>
        <translation>Все</translation>
    </message>
    <message>
        <location filename="../../ui/contact_list.py" line="284"/>
        <source>Words from the notes (Ctrl+F)</source>
        <translation>Слова из заметок (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../ui/contact_list.py" line="285"/>
        <source>Op&amp;en (Enter)</source>
        <translation>&amp;Открыть (Enter)</translation>
    </message>
    <message>
        <location filename="../../ui/contact_list.py" line="286"/>
        <source>Histor&amp;y (Ctrl+H)</source>
        <translation>&amp;История (Ctrl+H)</translation>
    </message>
    <message>
        <location filename="../../ui/contact_list.py" line="329"/>
        <source>More than %1 contacts: narrow the period or the search</source>
        <translation>Более %1 обращений: сузьте период или поиск</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/contact_list.py" line="333"/>
        <source>%n contact(s)</source>
        <translation>
            <numerusform>%n обращение</numerusform>
            <numerusform>%n обращения</numerusform>
            <numerusform>%n обращений</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ContactTableModel</name>
    <message>
        <location filename="../../ui/contact_list.py" line="103"/>
        <source>Date and time</source>
        <translation>Дата и время</translation>
    </message>
    <message>
        <location filename="../../ui/contact_list.py" line="103"/>
        <source>Kind / channel</source>
        <translation>Вид / канал</translation>
    </message>
    <message>
        <location filename="../../ui/contact_list.py" line="103"/>
        <source>Gender</source>
        <translation>Пол</translation>
    </message>
    <message>
        <location filename="../../ui/contact_list.py" line="104"/>
        <source>Topics</source>
        <translation>Темы</translation>
    </message>
    <message>
        <location filename="../../ui/contact_list.py" line="104"/>
        <source>Destinations</source>
        <translation>Страны назначения</translation>
    </message>
    <message>
        <location filename="../../ui/contact_list.py" line="104"/>
        <source>Consultant</source>
        <translation>Консультант</translation>
    </message>
    <message>
        <location filename="../../ui/contact_list.py" line="104"/>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <location filename="../../ui/contact_list.py" line="138"/>
        <source>Taken outside working hours</source>
        <translation>Принято в нерабочее время</translation>
    </message>
    <message>
        <location filename="../../ui/contact_list.py" line="140"/>
        <source>Crisis situation abroad</source>
        <translation>Кризисная ситуация за рубежом</translation>
    </message>
</context>
<context>
    <name>CountryPicker</name>
    <message>
        <location filename="../../forms/fields.py" line="173"/>
        <source>Type a country, then Enter</source>
        <translation>Введите страну и нажмите Enter</translation>
    </message>
    <message>
        <location filename="../../forms/fields.py" line="174"/>
        <source>Remove</source>
        <translation>Убрать</translation>
    </message>
    <message>
        <location filename="../../forms/fields.py" line="175"/>
        <source>Down arrow: choose in the list. Del: remove a chosen country.</source>
        <translation>Стрелка вниз — выбор в списке. Del — убрать выбранную страну.</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../../ui/history.py" line="37"/>
        <source>History of the contact</source>
        <translation>История обращения</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="40"/>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="40"/>
        <source>Who</source>
        <translation>Кто</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="40"/>
        <source>What</source>
        <translation>Что</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="40"/>
        <source>Before</source>
        <translation>Было</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="41"/>
        <source>After</source>
        <translation>Стало</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="58"/>
        <source>Kind</source>
        <translation>Вид обращения</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="58"/>
        <source>Channel</source>
        <translation>Канал</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="59"/>
        <source>Date and time</source>
        <translation>Дата и время</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="59"/>
        <source>End</source>
        <translation>Окончание</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="60"/>
        <source>Gender</source>
        <translation>Пол</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="60"/>
        <source>Age group</source>
        <translation>Возраст</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="61"/>
        <source>Region</source>
        <translation>Регион</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="61"/>
        <source>Caller&apos;s role</source>
        <translation>Кто обращается</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="62"/>
        <source>Topics</source>
        <translation>Темы</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="62"/>
        <source>Destinations</source>
        <translation>Страны назначения</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="63"/>
        <source>Travel purpose</source>
        <translation>Цель выезда</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="64"/>
        <source>How they heard of us</source>
        <translation>Откуда узнали о нас</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="64"/>
        <source>Outcome</source>
        <translation>Результат</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="65"/>
        <source>Crisis</source>
        <translation>Кризисная ситуация</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="65"/>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="66"/>
        <source>Caller profile</source>
        <translation>Карточка абонента</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="66"/>
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="73"/>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="73"/>
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="79"/>
        <source>linked</source>
        <translation>привязана</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="92"/>
        <source>Recorded</source>
        <translation>Записано</translation>
    </message>
</context>
<context>
    <name>IntakeForm</name>
    <message>
        <location filename="../../ui/intake.py" line="318"/>
        <source>End call (F4)</source>
        <translation>Завершить звонок (F4)</translation>
    </message>
    <message>
        <location filename="../../ui/intake.py" line="319"/>
        <source>What kind of contact is it? Press a number.</source>
        <translation>Какой это вид обращения? Нажмите цифру.</translation>
    </message>
    <message>
        <location filename="../../ui/intake.py" line="322"/>
        <source>Date and &amp;time:</source>
        <translation>&amp;Дата и время:</translation>
    </message>
    <message>
        <location filename="../../ui/intake.py" line="323"/>
        <source>&amp;Gender:</source>
        <translation>&amp;Пол:</translation>
    </message>
    <message>
        <location filename="../../ui/intake.py" line="324"/>
        <source>&amp;Age group:</source>
        <translation>&amp;Возраст:</translation>
    </message>
    <message>
        <location filename="../../ui/intake.py" line="325"/>
        <source>&amp;Region:</source>
        <translation>&amp;Регион:</translation>
    </message>
    <message>
        <location filename="../../ui/intake.py" line="326"/>
        <source>Caller&apos;s r&amp;ole:</source>
        <translation>Кто о&amp;бращается:</translation>
    </message>
    <message>
        <location filename="../../ui/intake.py" line="327"/>
        <source>Travel &amp;purpose:</source>
        <translation>&amp;Цель выезда:</translation>
    </message>
    <message>
        <location filename="../../ui/intake.py" line="330"/>
        <source>&amp;Destination countries:</source>
        <translation>Страны &amp;назначения:</translation>
    </message>
    <message>
        <location filename="../../ui/intake.py" line="331"/>
        <source>O&amp;utcome (Space ticks):</source>
        <translation>Р&amp;езультат (Space — отметить):</translation>
    </message>
    <message>
        <location filename="../../ui/intake.py" line="332"/>
        <source>Nic&amp;kname:</source>
        <translation>&amp;Имя или ник:</translation>
    </message>
    <message>
        <location filename="../../ui/intake.py" line="333"/>
        <source>Phon&amp;e:</source>
        <translation>Теле&amp;фон:</translation>
    </message>
    <message>
        <location filename="../../ui/intake.py" line="334"/>
        <source>E-&amp;mail:</source>
        <translation>&amp;Эл. почта:</translation>
    </message>
    <message>
        <location filename="../../ui/intake.py" line="335"/>
        <location filename="../../ui/intake.py" line="581"/>
        <source>&amp;Notes:</source>
        <translation>&amp;Заметки:</translation>
    </message>
    <message>
        <location filename="../../ui/intake.py" line="321"/>
        <source>&amp;Channel:</source>
        <translation>&amp;Канал:</translation>
    </message>
    <message>
        <location filename="../../ui/intake.py" line="328"/>
        <source>&amp;How they heard of us:</source>
        <translation>&amp;Откуда узнали о нас:</translation>
    </message>
    <message>
        <location filename="../../ui/intake.py" line="329"/>
        <source>Top&amp;ics (Space ticks):</source>
        <translation>&amp;Темы (Space — отметить):</translation>
    </message>
    <message>
        <location filename="../../ui/intake.py" line="339"/>
        <source>Crisis situation a&amp;broad</source>
        <translation>Кризисная ситуация за р&amp;убежом</translation>
    </message>
    <message>
        <location filename="../../ui/intake.py" line="340"/>
        <source>Caller profile (optional, links repeat contacts)</source>
        <translation>Карточка абонента (необязательно; связывает повторные обращения)</translation>
    </message>
    <message>
        <location filename="../../ui/intake.py" line="341"/>
        <source>&amp;Save (Ctrl+S)</source>
        <translation>&amp;Сохранить (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../ui/intake.py" line="342"/>
        <source>Discard (Esc)</source>
        <translation>Отменить (Esc)</translation>
    </message>
    <message>
        <location filename="../../ui/intake.py" line="343"/>
        <source>History…</source>
        <translation>История…</translation>
    </message>
    <message>
        <location filename="../../ui/intake.py" line="349"/>
        <source>No contact in progress</source>
        <translation>Нет обращения в работе</translation>
    </message>
    <message>
        <location filename="../../ui/intake.py" line="351"/>
        <source>Editing a contact</source>
        <translation>Редактирование обращения</translation>
    </message>
    <message>
        <location filename="../../ui/intake.py" line="353"/>
        <source>New e-mail</source>
        <translation>Новое письмо</translation>
    </message>
    <message>
        <location filename="../../ui/intake.py" line="355"/>
        <source>New phone contact</source>
        <translation>Новый звонок</translation>
    </message>
    <message>
        <location filename="../../ui/intake.py" line="357"/>
        <source>New contact</source>
        <translation>Новое обращение</translation>
    </message>
    <message>
        <location filename="../../ui/intake.py" line="361"/>
        <source>%1 of %2 characters</source>
        <translation>Знаков: %1 из %2</translation>
    </message>
    <message>
        <location filename="../../ui/intake.py" line="507"/>
        <source>Restored from a draft</source>
        <translation>Восстановлено из черновика</translation>
    </message>
    <message>
        <location filename="../../ui/intake.py" line="568"/>
        <source>1 or Enter: a consultation (counted in statistics). 2–7: a call without counselling, saved with one more key press.</source>
        <translation>1 или Enter — консультация (учитывается в статистике). 2–7 — звонок без консультации, сохраняется ещё одним нажатием клавиши.</translation>
    </message>
    <message>
        <location filename="../../ui/intake.py" line="572"/>
        <source>Fill in what you learn while you talk. Ctrl+S saves.</source>
        <translation>Заполняйте по ходу разговора. Ctrl+S — сохранить.</translation>
    </message>
    <message>
        <location filename="../../ui/intake.py" line="576"/>
        <source>Press Enter to save as «%1». It is counted apart and never enters topic statistics.</source>
        <translation>Нажмите Enter, чтобы сохранить как «%1». Такие звонки учитываются отдельно и не входят в статистику по темам.</translation>
    </message>
    <message>
        <location filename="../../ui/intake.py" line="579"/>
        <source>&amp;Notes and the e-mail&apos;s text:</source>
        <translation>За&amp;метки и текст письма:</translation>
    </message>
    <message>
        <location filename="../../ui/intake.py" line="615"/>
        <source>Responsible: %1</source>
        <translation>Ответственная организация: %1</translation>
    </message>
    <message>
        <location filename="../../ui/intake.py" line="625"/>
        <source>Outside working hours (%1–%2)</source>
        <translation>Вне рабочего времени (%1–%2)</translation>
    </message>
    <message>
        <location filename="../../ui/intake.py" line="638"/>
        <source>No earlier contacts: a new profile will be made.</source>
        <translation>Ранее не обращались: будет создана новая карточка.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/intake.py" line="644"/>
        <source>Contacted before: %n time(s).</source>
        <translation>
            <numerusform>Обращались ранее: %n раз.</numerusform>
            <numerusform>Обращались ранее: %n раза.</numerusform>
            <numerusform>Обращались ранее: %n раз.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/intake.py" line="698"/>
        <source>The draft could not be saved!</source>
        <translation>Не удалось сохранить черновик!</translation>
    </message>
    <message>
        <location filename="../../ui/intake.py" line="701"/>
        <source>Draft saved %1</source>
        <translation>Черновик сохранён в %1</translation>
    </message>
    <message>
        <location filename="../../ui/intake.py" line="720"/>
        <source>Not saved</source>
        <translation>Не сохранено</translation>
    </message>
    <message>
        <location filename="../../ui/intake.py" line="721"/>
        <source>Someone else changed this contact since you opened it. Your changes are kept as a draft; open the contact again to see the other changes.</source>
        <translation>Кто-то другой изменил это обращение, пока оно было у вас открыто. Ваши изменения сохранены в черновике; откройте обращение заново, чтобы увидеть чужие изменения.</translation>
    </message>
    <message>
        <location filename="../../ui/intake.py" line="746"/>
        <source>Discard the contact?</source>
        <translation>Отменить ввод обращения?</translation>
    </message>
    <message>
        <location filename="../../ui/intake.py" line="747"/>
        <source>What you typed for this contact will be lost.</source>
        <translation>Всё, что вы ввели по этому обращению, будет потеряно.</translation>
    </message>
    <message>
        <location filename="../../ui/intake.py" line="787"/>
        <source>required</source>
        <translation>обязательное поле</translation>
    </message>
    <message>
        <location filename="../../ui/intake.py" line="788"/>
        <source>unknown value</source>
        <translation>неизвестное значение</translation>
    </message>
    <message>
        <location filename="../../ui/intake.py" line="789"/>
        <source>is in the future</source>
        <translation>в будущем</translation>
    </message>
    <message>
        <location filename="../../ui/intake.py" line="790"/>
        <source>is before the year 2000</source>
        <translation>раньше 2000 года</translation>
    </message>
    <message>
        <location filename="../../ui/intake.py" line="791"/>
        <source>the end is before the start</source>
        <translation>окончание раньше начала</translation>
    </message>
    <message>
        <location filename="../../ui/intake.py" line="792"/>
        <source>too long: at most %1 characters</source>
        <translation>слишком длинный текст (максимум знаков: %1)</translation>
    </message>
    <message>
        <location filename="../../ui/intake.py" line="794"/>
        <source>not an e-mail address</source>
        <translation>не похоже на адрес эл. почты</translation>
    </message>
    <message>
        <location filename="../../ui/intake.py" line="797"/>
        <source>Topics: choose at least one topic</source>
        <translation>Темы: выберите хотя бы одну тему</translation>
    </message>
    <message>
        <location filename="../../ui/intake.py" line="799"/>
        <source>The call lasts more than 12 hours: check the date and time</source>
        <translation>Звонок длится больше 12 часов: проверьте дату и время</translation>
    </message>
    <message>
        <location filename="../../ui/intake.py" line="812"/>
        <source>Not saved:</source>
        <translation>Не сохранено:</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="193"/>
        <source>Infoline Desk</source>
        <translation>Рабочее место инфолинии</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="198"/>
        <source>DEMO, fictional data</source>
        <translation>ДЕМО, вымышленные данные</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="200"/>
        <source>Contact</source>
        <translation>Обращение</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="200"/>
        <source>Journal</source>
        <translation>Журнал</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="201"/>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="206"/>
        <source>Demo database: every person, call and note here is fictional. Do not record real contacts in it.</source>
        <translation>Демонстрационная база: все люди, звонки и заметки здесь вымышлены. Не вносите в неё реальные обращения.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="208"/>
        <source>On shift: %1</source>
        <translation>Дежурный консультант: %1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="209"/>
        <source>Change…</source>
        <translation>Сменить…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="211"/>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="212"/>
        <source>&amp;Contact</source>
        <translation>&amp;Обращения</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="213"/>
        <source>New &amp;phone contact</source>
        <translation>Новый &amp;звонок</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="214"/>
        <source>New &amp;e-mail</source>
        <translation>Новое &amp;письмо</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="215"/>
        <source>New &amp;chat or visit</source>
        <translation>Новый &amp;чат или визит</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="216"/>
        <source>&amp;Journal of contacts</source>
        <translation>&amp;Журнал обращений</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="218"/>
        <source>Open the &amp;real database</source>
        <translation>Открыть &amp;рабочую базу</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="218"/>
        <source>Open the &amp;demo database</source>
        <translation>Открыть &amp;демонстрационную базу</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="219"/>
        <source>&amp;Quit</source>
        <translation>&amp;Выход</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="241"/>
        <source>A contact is in progress</source>
        <translation>Обращение в работе</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="242"/>
        <source>Save or discard the contact in progress first.</source>
        <translation>Сначала сохраните или отмените текущее обращение.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="268"/>
        <source>Not found</source>
        <translation>Не найдено</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="268"/>
        <source>This contact no longer exists.</source>
        <translation>Этого обращения больше нет.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="284"/>
        <source>Contact saved.</source>
        <translation>Обращение сохранено.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="297"/>
        <source>Contacts today: %1</source>
        <translation>Обращений сегодня: %1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="320"/>
        <source>A contact is not saved</source>
        <translation>Обращение не сохранено</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="321"/>
        <source>The contact in progress is not saved yet. Keep it as a draft, which is offered again at the next start, or discard it?</source>
        <translation>Текущее обращение ещё не сохранено. Оставить его черновиком (он будет предложен при следующем запуске) или удалить?</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="323"/>
        <source>Keep the draft and quit</source>
        <translation>Оставить черновик и выйти</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="324"/>
        <source>Discard and quit</source>
        <translation>Удалить и выйти</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="325"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../ui/settings_page.py" line="88"/>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="90"/>
        <source>Site &amp;name:</source>
        <translation>&amp;Название офиса:</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="90"/>
        <source>&amp;Organisation of this site:</source>
        <translation>&amp;Организация этого офиса:</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="91"/>
        <source>&amp;Working hours:</source>
        <translation>&amp;Часы работы:</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="91"/>
        <source>Interface &amp;language:</source>
        <translation>&amp;Язык интерфейса:</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="95"/>
        <source>Contacts taken outside the working hours are marked, never refused. The organisation answers calls from regions that are not assigned to either organisation (abroad, not known). A new language applies at the next start.</source>
        <translation>Обращения вне рабочего времени отмечаются, но никогда не отклоняются. Эта организация отвечает на звонки из регионов, не закреплённых ни за одной из организаций (из-за рубежа, регион не известен). Новый язык интерфейса применяется при следующем запуске.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="98"/>
        <source>&amp;Save settings</source>
        <translation>&amp;Сохранить настройки</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="104"/>
        <source>The working hours must not start and end together.</source>
        <translation>Начало и конец рабочего времени не должны совпадать.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="111"/>
        <source>Saved.</source>
        <translation>Сохранено.</translation>
    </message>
</context>
<context>
    <name>ShiftDialog</name>
    <message>
        <location filename="../../ui/shift.py" line="32"/>
        <source>Who is on shift?</source>
        <translation>Кто на смене?</translation>
    </message>
    <message>
        <location filename="../../ui/shift.py" line="34"/>
        <source>Choose your name. Every contact you record and every change you make is recorded under it.</source>
        <translation>Выберите своё имя. Все обращения, которые вы запишете, и все изменения, которые вы внесёте, будут сохранены под ним.</translation>
    </message>
    <message>
        <location filename="../../ui/shift.py" line="39"/>
        <source>First and last name</source>
        <translation>Имя и фамилия</translation>
    </message>
    <message>
        <location filename="../../ui/shift.py" line="40"/>
        <source>&amp;Add</source>
        <translation>&amp;Добавить</translation>
    </message>
    <message>
        <location filename="../../ui/shift.py" line="41"/>
        <source>&amp;New consultant:</source>
        <translation>&amp;Новый консультант:</translation>
    </message>
    <message>
        <location filename="../../ui/shift.py" line="47"/>
        <source>Start shift</source>
        <translation>Начать смену</translation>
    </message>
    <message>
        <location filename="../../ui/shift.py" line="48"/>
        <source>Quit</source>
        <translation>Выйти</translation>
    </message>
    <message>
        <location filename="../../ui/shift.py" line="86"/>
        <source>Type a name first.</source>
        <translation>Сначала введите имя.</translation>
    </message>
    <message>
        <location filename="../../ui/shift.py" line="96"/>
        <source>Choose your name or add it.</source>
        <translation>Выберите своё имя или добавьте его.</translation>
    </message>
</context>
<context>
    <name>StartPanel</name>
    <message>
        <location filename="../../ui/main_window.py" line="74"/>
        <source>Ready for the next contact</source>
        <translation>Можно принимать следующее обращение</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="75"/>
        <source>New phone contact (F2)</source>
        <translation>Новый звонок (F2)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="76"/>
        <source>New e-mail (F3)</source>
        <translation>Новое письмо (F3)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="77"/>
        <source>New chat or visit (F6)</source>
        <translation>Новый чат или визит (F6)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="79"/>
        <source>F2 starts the timer at once. Then 1 = consultation, 2–7 = a call without counselling; Tab moves between fields, Ctrl+S saves.</source>
        <translation>F2 сразу запускает таймер. Затем 1 — консультация, 2–7 — звонок без консультации; Tab — переход между полями, Ctrl+S — сохранить.</translation>
    </message>
</context>
<context>
    <name>Task</name>
    <message>
        <location filename="../../ui/tasks.py" line="83"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../ui/app.py" line="42"/>
        <source>Unexpected error</source>
        <translation>Непредвиденная ошибка</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="43"/>
        <source>Something went wrong. What you typed is kept in the draft. The details are in the log file: %1</source>
        <translation>Что-то пошло не так. Всё, что вы ввели, сохранено в черновике. Подробности — в журнале работы программы: %1</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="80"/>
        <source>Creating the demo database…</source>
        <translation>Создание демонстрационной базы…</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="87"/>
        <location filename="../../ui/app.py" line="105"/>
        <source>Demo data</source>
        <translation>Демонстрационные данные</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="87"/>
        <source>The demo database could not be made.</source>
        <translation>Не удалось создать демонстрационную базу.</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="102"/>
        <source>Welcome to Infoline Desk</source>
        <translation>Добро пожаловать в рабочее место инфолинии</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="103"/>
        <source>This is the first start on this computer. Start with an empty database for real work, or look around first in a demo database filled with fictional contacts?</source>
        <translation>Программа впервые запущена на этом компьютере. Начать с пустой базы для реальной работы или сначала осмотреться в демонстрационной базе с вымышленными обращениями?</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="105"/>
        <source>Empty database</source>
        <translation>Пустая база</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="105"/>
        <source>Quit</source>
        <translation>Выйти</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="135"/>
        <source>Unsaved contact found</source>
        <translation>Найдено несохранённое обращение</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="136"/>
        <source>A contact was being recorded when the app closed (last change %1). Restore it to finish and save it?</source>
        <translation>Когда программа закрылась, обращение ещё записывалось (последнее изменение %1). Восстановить его, чтобы дописать и сохранить?</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="138"/>
        <source>Restore</source>
        <translation>Восстановить</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="138"/>
        <source>Later</source>
        <translation>Позже</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="138"/>
        <source>Discard it</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="161"/>
        <source>Cannot open the database</source>
        <translation>Не удалось открыть базу данных</translation>
    </message>
</context>
</TS>
