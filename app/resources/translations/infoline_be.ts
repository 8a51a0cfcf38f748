<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="be_BY" sourcelanguage="en">
<context>
    <name>ContactListPage</name>
    <message>
        <location filename="../../ui/contact_list.py" line="266"/>
        <source>&amp;Search:</source>
        <translation>&amp;Пошук:</translation>
    </message>
    <message>
        <location filename="../../ui/contact_list.py" line="266"/>
        <source>&amp;Period:</source>
        <translation>П&amp;ерыяд:</translation>
    </message>
    <message>
        <location filename="../../ui/contact_list.py" line="266"/>
        <source>C&amp;onsultant:</source>
        <translation>&amp;Кансультант:</translation>
    </message>
    <message>
        <location filename="../../ui/contact_list.py" line="267"/>
        <source>C&amp;hannel:</source>
        <translation>Ка&amp;нал:</translation>
    </message>
    <message>
        <location filename="../../ui/contact_list.py" line="267"/>
        <source>&amp;Topic:</source>
        <translation>&amp;Тэма:</translation>
    </message>
    <message>
        <location filename="../../ui/contact_list.py" line="267"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Від:</translation>
    </message>
    <message>
        <location filename="../../ui/contact_list.py" line="271"/>
        <source>Today</source>
        <translation>Сёння</translation>
    </message>
    <message>
        <location filename="../../ui/contact_list.py" line="271"/>
        <source>Yesterday</source>
        <translation>Учора</translation>
    </message>
    <message>
        <location filename="../../ui/contact_list.py" line="272"/>
        <source>Last 7 days</source>
        <translation>Апошнія 7 дзён</translation>
    </message>
    <message>
        <location filename="../../ui/contact_list.py" line="272"/>
        <source>Last 30 days</source>
        <translation>Апошнія 30 дзён</translation>
    </message>
    <message>
        <location filename="../../ui/contact_list.py" line="273"/>
        <source>This year</source>
        <translation>З пачатку года</translation>
    </message>
    <message>
        <location filename="../../ui/contact_list.py" line="273"/>
        <source>All time</source>
        <translation>За ўвесь час</translation>
    </message>
    <message>
        <location filename="../../ui/contact_list.py" line="274"/>
        <source>From – to</source>
        <translation>З … па …</translation>
    </message>
    <message>
        <location filename="../../ui/contact_list.py" line="278"/>
        <source>All kinds</source>
        <translation>Усе віды</translation>
    </message>
    <message>
        <location filename="../../ui/contact_list.py" line="278"/>
        <source>Consultations</source>
        <translation>Кансультацыі</translation>
    </message>
    <message>
        <location filename="../../ui/contact_list.py" line="279"/>
        <source>Calls without counselling</source>
        <translation>Званкі без кансультацыі</translation>
    </message>
    <message>
        <location filename="../../ui/contact_list.py" line="283"/>
        <source>All</source>
        <translation>Усе</translation>
    </message>
    <message>
        <location filename="../../ui/contact_list.py" line="284"/>
        <source>Words from the notes (Ctrl+F)</source>
        <translation>Словы з нататак (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../ui/contact_list.py" line="285"/>
        <source>Op&amp;en (Enter)</source>
        <translation>&amp;Адкрыць (Enter)</translation>
    </message>
    <message>
        <location filename="../../ui/contact_list.py" line="286"/>
        <source>Histor&amp;y (Ctrl+H)</source>
        <translation>&amp;Гісторыя (Ctrl+H)</translation>
    </message>
    <message>
        <location filename="../../ui/contact_list.py" line="329"/>
        <source>More than %1 contacts: narrow the period or the search</source>
        <translation>Больш за %1 зваротаў: звузьце перыяд або пошук</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/contact_list.py" line="333"/>
        <source>%n contact(s)</source>
        <translation>
            <numerusform>%n зварот</numerusform>
            <numerusform>%n звароты</numerusform>
            <numerusform>%n зваротаў</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ContactTableModel</name>
    <message>
        <location filename="../../ui/contact_list.py" line="103"/>
        <source>Date and time</source>
        <translation>Дата і час</translation>
    </message>
    <message>
        <location filename="../../ui/contact_list.py" line="103"/>
        <source>Kind / channel</source>
        <translation>Від / канал</translation>
    </message>
    <message>
        <location filename="../../ui/contact_list.py" line="103"/>
        <source>Gender</source>
        <translation>Пол</translation>
    </message>
    <message>
        <location filename="../../ui/contact_list.py" line="104"/>
        <source>Topics</source>
        <translation>Тэмы</translation>
    </message>
    <message>
        <location filename="../../ui/contact_list.py" line="104"/>
        <source>Destinations</source>
        <translation>Краіны прызначэння</translation>
    </message>
    <message>
        <location filename="../../ui/contact_list.py" line="104"/>
        <source>Consultant</source>
        <translation>Кансультант</translation>
    </message>
    <message>
        <location filename="../../ui/contact_list.py" line="104"/>
        <source>Notes</source>
        <translation>Нататкі</translation>
    </message>
    <message>
        <location filename="../../ui/contact_list.py" line="138"/>
        <source>Taken outside working hours</source>
        <translation>Прынята ў непрацоўны час</translation>
    </message>
    <message>
        <location filename="../../ui/contact_list.py" line="140"/>
        <source>Crisis situation abroad</source>
        <translation>Крызісная сітуацыя за мяжой</translation>
    </message>
</context>
<context>
    <name>CountryPicker</name>
    <message>
        <location filename="../../forms/fields.py" line="173"/>
        <source>Type a country, then Enter</source>
        <translation>Увядзіце краіну і націсніце Enter</translation>
    </message>
    <message>
        <location filename="../../forms/fields.py" line="174"/>
        <source>Remove</source>
        <translation>Прыбраць</translation>
    </message>
    <message>
        <location filename="../../forms/fields.py" line="175"/>
        <source>Down arrow: choose in the list. Del: remove a chosen country.</source>
        <translation>Стрэлка ўніз — выбар у спісе. Del — прыбраць выбраную краіну.</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../../ui/history.py" line="37"/>
        <source>History of the contact</source>
        <translation>Гісторыя звароту</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="40"/>
        <source>When</source>
        <translation>Калі</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="40"/>
        <source>Who</source>
        <translation>Хто</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="40"/>
        <source>What</source>
        <translation>Што</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="40"/>
        <source>Before</source>
        <translation>Было</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="41"/>
        <source>After</source>
        <translation>Стала</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="58"/>
        <source>Kind</source>
        <translation>Від звароту</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="58"/>
        <source>Channel</source>
        <translation>Канал</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="59"/>
        <source>Date and time</source>
        <translation>Дата і час</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="59"/>
        <source>End</source>
        <translation>Заканчэнне</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="60"/>
        <source>Gender</source>
        <translation>Пол</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="60"/>
        <source>Age group</source>
        <translation>Узрост</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="61"/>
        <source>Region</source>
        <translation>Рэгіён</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="61"/>
        <source>Caller&apos;s role</source>
        <translation>Хто звяртаецца</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="62"/>
        <source>Topics</source>
        <translation>Тэмы</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="62"/>
        <source>Destinations</source>
        <translation>Краіны прызначэння</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="63"/>
        <source>Travel purpose</source>
        <translation>Мэта выезду</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="64"/>
        <source>How they heard of us</source>
        <translation>Адкуль даведаліся пра нас</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="64"/>
        <source>Outcome</source>
        <translation>Вынік</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="65"/>
        <source>Crisis</source>
        <translation>Крызісная сітуацыя</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="65"/>
        <source>Notes</source>
        <translation>Нататкі</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="66"/>
        <source>Caller profile</source>
        <translation>Картка абанента</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="66"/>
        <source>Organisation</source>
        <translation>Арганізацыя</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="73"/>
        <source>yes</source>
        <translation>так</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="73"/>
        <source>no</source>
        <translation>не</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="79"/>
        <source>linked</source>
        <translation>прывязана</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="92"/>
        <source>Recorded</source>
        <translation>Запісана</translation>
    </message>
</context>
<context>
    <name>IntakeForm</name>
    <message>
        <location filename="../../ui/intake.py" line="318"/>
        <source>End call (F4)</source>
        <translation>Завяршыць званок (F4)</translation>
    </message>
    <message>
        <location filename="../../ui/intake.py" line="319"/>
        <source>What kind of contact is it? Press a number.</source>
        <translation>Які гэта від звароту? Націсніце лічбу.</translation>
    </message>
    <message>
        <location filename="../../ui/intake.py" line="322"/>
        <source>Date and &amp;time:</source>
        <translation>&amp;Дата і час:</translation>
    </message>
    <message>
        <location filename="../../ui/intake.py" line="323"/>
        <source>&amp;Gender:</source>
        <translation>&amp;Пол:</translation>
    </message>
    <message>
        <location filename="../../ui/intake.py" line="324"/>
        <source>&amp;Age group:</source>
        <translation>&amp;Узрост:</translation>
    </message>
    <message>
        <location filename="../../ui/intake.py" line="325"/>
        <source>&amp;Region:</source>
        <translation>&amp;Рэгіён:</translation>
    </message>
    <message>
        <location filename="../../ui/intake.py" line="326"/>
        <source>Caller&apos;s r&amp;ole:</source>
        <translation>&amp;Хто звяртаецца:</translation>
    </message>
    <message>
        <location filename="../../ui/intake.py" line="327"/>
        <source>Travel &amp;purpose:</source>
        <translation>&amp;Мэта выезду:</translation>
    </message>
    <message>
        <location filename="../../ui/intake.py" line="330"/>
        <source>&amp;Destination countries:</source>
        <translation>Краіны прызна&amp;чэння:</translation>
    </message>
    <message>
        <location filename="../../ui/intake.py" line="331"/>
        <source>O&amp;utcome (Space ticks):</source>
        <translation>&amp;Вынік (Space — адзначыць):</translation>
    </message>
    <message>
        <location filename="../../ui/intake.py" line="332"/>
        <source>Nic&amp;kname:</source>
        <translation>&amp;Імя або нік:</translation>
    </message>
    <message>
        <location filename="../../ui/intake.py" line="333"/>
        <source>Phon&amp;e:</source>
        <translation>Тэле&amp;фон:</translation>
    </message>
    <message>
        <location filename="../../ui/intake.py" line="334"/>
        <source>E-&amp;mail:</source>
        <translation>&amp;Эл. пошта:</translation>
    </message>
    <message>
        <location filename="../../ui/intake.py" line="335"/>
        <location filename="../../ui/intake.py" line="581"/>
        <source>&amp;Notes:</source>
        <translation>&amp;Нататкі:</translation>
    </message>
    <message>
        <location filename="../../ui/intake.py" line="321"/>
        <source>&amp;Channel:</source>
        <translation>&amp;Канал:</translation>
    </message>
    <message>
        <location filename="../../ui/intake.py" line="328"/>
        <source>&amp;How they heard of us:</source>
        <translation>&amp;Адкуль даведаліся пра нас:</translation>
    </message>
    <message>
        <location filename="../../ui/intake.py" line="329"/>
        <source>Top&amp;ics (Space ticks):</source>
        <translation>&amp;Тэмы (Space — адзначыць):</translation>
    </message>
    <message>
        <location filename="../../ui/intake.py" line="339"/>
        <source>Crisis situation a&amp;broad</source>
        <translation>Крызісная &amp;сітуацыя за мяжой</translation>
    </message>
    <message>
        <location filename="../../ui/intake.py" line="340"/>
        <source>Caller profile (optional, links repeat contacts)</source>
        <translation>Картка абанента (неабавязкова; звязвае паўторныя звароты)</translation>
    </message>
    <message>
        <location filename="../../ui/intake.py" line="341"/>
        <source>&amp;Save (Ctrl+S)</source>
        <translation>&amp;Захаваць (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../ui/intake.py" line="342"/>
        <source>Discard (Esc)</source>
        <translation>Скасаваць (Esc)</translation>
    </message>
    <message>
        <location filename="../../ui/intake.py" line="343"/>
        <source>History…</source>
        <translation>Гісторыя…</translation>
    </message>
    <message>
        <location filename="../../ui/intake.py" line="349"/>
        <source>No contact in progress</source>
        <translation>Няма звароту ў рабоце</translation>
    </message>
    <message>
        <location filename="../../ui/intake.py" line="351"/>
        <source>Editing a contact</source>
        <translation>Рэдагаванне звароту</translation>
    </message>
    <message>
        <location filename="../../ui/intake.py" line="353"/>
        <source>New e-mail</source>
        <translation>Новы ліст</translation>
    </message>
    <message>
        <location filename="../../ui/intake.py" line="355"/>
        <source>New phone contact</source>
        <translation>Новы званок</translation>
    </message>
    <message>
        <location filename="../../ui/intake.py" line="357"/>
        <source>New contact</source>
        <translation>Новы зварот</translation>
    </message>
    <message>
        <location filename="../../ui/intake.py" line="361"/>
        <source>%1 of %2 characters</source>
        <translation>Знакаў: %1 з %2</translation>
    </message>
    <message>
        <location filename="../../ui/intake.py" line="507"/>
        <source>Restored from a draft</source>
        <translation>Адноўлена з чарнавіка</translation>
    </message>
    <message>
        <location filename="../../ui/intake.py" line="568"/>
        <source>1 or Enter: a consultation (counted in statistics). 2–7: a call without counselling, saved with one more key press.</source>
        <translation>1 або Enter — кансультацыя (улічваецца ў статыстыцы). 2–7 — званок без кансультацыі, захоўваецца яшчэ адным націскам клавішы.</translation>
    </message>
    <message>
        <location filename="../../ui/intake.py" line="572"/>
        <source>Fill in what you learn while you talk. Ctrl+S saves.</source>
        <translation>Запаўняйце па ходзе размовы. Ctrl+S — захаваць.</translation>
    </message>
    <message>
        <location filename="../../ui/intake.py" line="576"/>
        <source>Press Enter to save as «%1». It is counted apart and never enters topic statistics.</source>
        <translation>Націсніце Enter, каб захаваць як «%1». Такія званкі ўлічваюцца асобна і не ўваходзяць у статыстыку па тэмах.</translation>
    </message>
    <message>
        <location filename="../../ui/intake.py" line="579"/>
        <source>&amp;Notes and the e-mail&apos;s text:</source>
        <translation>Нататкі і тэкст &amp;ліста:</translation>
    </message>
    <message>
        <location filename="../../ui/intake.py" line="615"/>
        <source>Responsible: %1</source>
        <translation>Адказная арганізацыя: %1</translation>
    </message>
    <message>
        <location filename="../../ui/intake.py" line="625"/>
        <source>Outside working hours (%1–%2)</source>
        <translation>Па-за працоўным часам (%1–%2)</translation>
    </message>
    <message>
        <location filename="../../ui/intake.py" line="638"/>
        <source>No earlier contacts: a new profile will be made.</source>
        <translation>Раней не звярталіся: будзе створана новая картка.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/intake.py" line="644"/>
        <source>Contacted before: %n time(s).</source>
        <translation>
            <numerusform>Звярталіся раней: %n раз.</numerusform>
            <numerusform>Звярталіся раней: %n разы.</numerusform>
            <numerusform>Звярталіся раней: %n разоў.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/intake.py" line="698"/>
        <source>The draft could not be saved!</source>
        <translation>Не ўдалося захаваць чарнавік!</translation>
    </message>
    <message>
        <location filename="../../ui/intake.py" line="701"/>
        <source>Draft saved %1</source>
        <translation>Чарнавік захаваны: %1</translation>
    </message>
    <message>
        <location filename="../../ui/intake.py" line="720"/>
        <source>Not saved</source>
        <translation>Не захавана</translation>
    </message>
    <message>
        <location filename="../../ui/intake.py" line="721"/>
        <source>Someone else changed this contact since you opened it. Your changes are kept as a draft; open the contact again to see the other changes.</source>
        <translation>Хтосьці іншы змяніў гэты зварот, пакуль ён быў у вас адкрыты. Вашы змены захаваны ў чарнавіку; адкрыйце зварот нанова, каб убачыць чужыя змены.</translation>
    </message>
    <message>
        <location filename="../../ui/intake.py" line="746"/>
        <source>Discard the contact?</source>
        <translation>Скасаваць увод звароту?</translation>
    </message>
    <message>
        <location filename="../../ui/intake.py" line="747"/>
        <source>What you typed for this contact will be lost.</source>
        <translation>Усё, што вы ўвялі па гэтым звароце, будзе страчана.</translation>
    </message>
    <message>
        <location filename="../../ui/intake.py" line="787"/>
        <source>required</source>
        <translation>абавязковае поле</translation>
    </message>
    <message>
        <location filename="../../ui/intake.py" line="788"/>
        <source>unknown value</source>
        <translation>невядомае значэнне</translation>
    </message>
    <message>
        <location filename="../../ui/intake.py" line="789"/>
        <source>is in the future</source>
        <translation>у будучыні</translation>
    </message>
    <message>
        <location filename="../../ui/intake.py" line="790"/>
        <source>is before the year 2000</source>
        <translation>раней за 2000 год</translation>
    </message>
    <message>
        <location filename="../../ui/intake.py" line="791"/>
        <source>the end is before the start</source>
        <translation>заканчэнне раней за пачатак</translation>
    </message>
    <message>
        <location filename="../../ui/intake.py" line="792"/>
        <source>too long: at most %1 characters</source>
        <translation>занадта доўгі тэкст (максімум знакаў: %1)</translation>
    </message>
    <message>
        <location filename="../../ui/intake.py" line="794"/>
        <source>not an e-mail address</source>
        <translation>не падобна на адрас эл. пошты</translation>
    </message>
    <message>
        <location filename="../../ui/intake.py" line="797"/>
        <source>Topics: choose at least one topic</source>
        <translation>Тэмы: выберыце хаця б адну тэму</translation>
    </message>
    <message>
        <location filename="../../ui/intake.py" line="799"/>
        <source>The call lasts more than 12 hours: check the date and time</source>
        <translation>Званок доўжыцца больш за 12 гадзін: праверце дату і час</translation>
    </message>
    <message>
        <location filename="../../ui/intake.py" line="812"/>
        <source>Not saved:</source>
        <translation>Не захавана:</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="193"/>
        <source>Infoline Desk</source>
        <translation>Працоўнае месца інфалініі</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="198"/>
        <source>DEMO, fictional data</source>
        <translation>ДЭМА, выдуманыя даныя</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="200"/>
        <source>Contact</source>
        <translation>Зварот</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="200"/>
        <source>Journal</source>
        <translation>Журнал</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="201"/>
        <source>Settings</source>
        <translation>Налады</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="206"/>
        <source>Demo database: every person, call and note here is fictional. Do not record real contacts in it.</source>
        <translation>Дэманстрацыйная база: усе людзі, званкі і нататкі тут выдуманыя. Не ўносьце ў яе рэальныя звароты.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="208"/>
        <source>On shift: %1</source>
        <translation>Дзяжурны кансультант: %1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="209"/>
        <source>Change…</source>
        <translation>Змяніць…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="211"/>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="212"/>
        <source>&amp;Contact</source>
        <translation>&amp;Звароты</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="213"/>
        <source>New &amp;phone contact</source>
        <translation>&amp;Новы званок</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="214"/>
        <source>New &amp;e-mail</source>
        <translation>Новы &amp;ліст</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="215"/>
        <source>New &amp;chat or visit</source>
        <translation>Новы &amp;чат або візіт</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="216"/>
        <source>&amp;Journal of contacts</source>
        <translation>&amp;Журнал зваротаў</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="218"/>
        <source>Open the &amp;real database</source>
        <translation>Адкрыць &amp;працоўную базу</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="218"/>
        <source>Open the &amp;demo database</source>
        <translation>Адкрыць &amp;дэманстрацыйную базу</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="219"/>
        <source>&amp;Quit</source>
        <translation>&amp;Выхад</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="241"/>
        <source>A contact is in progress</source>
        <translation>Зварот у рабоце</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="242"/>
        <source>Save or discard the contact in progress first.</source>
        <translation>Спачатку захавайце або скасуйце бягучы зварот.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="268"/>
        <source>Not found</source>
        <translation>Не знойдзена</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="268"/>
        <source>This contact no longer exists.</source>
        <translation>Гэтага звароту больш няма.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="284"/>
        <source>Contact saved.</source>
        <translation>Зварот захаваны.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="297"/>
        <source>Contacts today: %1</source>
        <translation>Зваротаў сёння: %1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="320"/>
        <source>A contact is not saved</source>
        <translation>Зварот не захаваны</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="321"/>
        <source>The contact in progress is not saved yet. Keep it as a draft, which is offered again at the next start, or discard it?</source>
        <translation>Бягучы зварот яшчэ не захаваны. Пакінуць яго чарнавіком (ён будзе прапанаваны пры наступным запуску) ці выдаліць?</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="323"/>
        <source>Keep the draft and quit</source>
        <translation>Пакінуць чарнавік і выйсці</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="324"/>
        <source>Discard and quit</source>
        <translation>Выдаліць і выйсці</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="325"/>
        <source>Cancel</source>
        <translation>Скасаваць</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../ui/settings_page.py" line="88"/>
        <source>Settings</source>
        <translation>Налады</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="90"/>
        <source>Site &amp;name:</source>
        <translation>&amp;Назва офіса:</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="90"/>
        <source>&amp;Organisation of this site:</source>
        <translation>&amp;Арганізацыя гэтага офіса:</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="91"/>
        <source>&amp;Working hours:</source>
        <translation>&amp;Гадзіны працы:</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="91"/>
        <source>Interface &amp;language:</source>
        <translation>&amp;Мова інтэрфейсу:</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="95"/>
        <source>Contacts taken outside the working hours are marked, never refused. The organisation answers calls from regions that are not assigned to either organisation (abroad, not known). A new language applies at the next start.</source>
        <translation>Звароты па-за працоўным часам адзначаюцца, але ніколі не адхіляюцца. Гэтая арганізацыя адказвае на званкі з рэгіёнаў, не замацаваных ні за адной з арганізацый (з-за мяжы, рэгіён невядомы). Новая мова інтэрфейсу ўжываецца пры наступным запуску.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="98"/>
        <source>&amp;Save settings</source>
        <translation>&amp;Захаваць налады</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="104"/>
        <source>The working hours must not start and end together.</source>
        <translation>Пачатак і канец працоўнага часу не павінны супадаць.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="111"/>
        <source>Saved.</source>
        <translation>Захавана.</translation>
    </message>
</context>
<context>
    <name>ShiftDialog</name>
    <message>
        <location filename="../../ui/shift.py" line="32"/>
        <source>Who is on shift?</source>
        <translation>Хто на змене?</translation>
    </message>
    <message>
        <location filename="../../ui/shift.py" line="34"/>
        <source>Choose your name. Every contact you record and every change you make is recorded under it.</source>
        <translation>Выберыце сваё імя. Усе звароты, якія вы запішаце, і ўсе змены, якія вы ўнесяце, будуць захаваны пад ім.</translation>
    </message>
    <message>
        <location filename="../../ui/shift.py" line="39"/>
        <source>First and last name</source>
        <translation>Імя і прозвішча</translation>
    </message>
    <message>
        <location filename="../../ui/shift.py" line="40"/>
        <source>&amp;Add</source>
        <translation>&amp;Дадаць</translation>
    </message>
    <message>
        <location filename="../../ui/shift.py" line="41"/>
        <source>&amp;New consultant:</source>
        <translation>&amp;Новы кансультант:</translation>
    </message>
    <message>
        <location filename="../../ui/shift.py" line="47"/>
        <source>Start shift</source>
        <translation>Пачаць змену</translation>
    </message>
    <message>
        <location filename="../../ui/shift.py" line="48"/>
        <source>Quit</source>
        <translation>Выйсці</translation>
    </message>
    <message>
        <location filename="../../ui/shift.py" line="86"/>
        <source>Type a name first.</source>
        <translation>Спачатку ўвядзіце імя.</translation>
    </message>
    <message>
        <location filename="../../ui/shift.py" line="96"/>
        <source>Choose your name or add it.</source>
        <translation>Выберыце сваё імя або дадайце яго.</translation>
    </message>
</context>
<context>
    <name>StartPanel</name>
    <message>
        <location filename="../../ui/main_window.py" line="74"/>
        <source>Ready for the next contact</source>
        <translation>Можна прымаць наступны зварот</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="75"/>
        <source>New phone contact (F2)</source>
        <translation>Новы званок (F2)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="76"/>
        <source>New e-mail (F3)</source>
        <translation>Новы ліст (F3)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="77"/>
        <source>New chat or visit (F6)</source>
        <translation>Новы чат або візіт (F6)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="79"/>
        <source>F2 starts the timer at once. Then 1 = consultation, 2–7 = a call without counselling; Tab moves between fields, Ctrl+S saves.</source>
        <translation>F2 адразу запускае таймер. Потым 1 — кансультацыя, 2–7 — званок без кансультацыі; Tab — пераход паміж палямі, Ctrl+S — захаваць.</translation>
    </message>
</context>
<context>
    <name>Task</name>
    <message>
        <location filename="../../ui/tasks.py" line="83"/>
        <source>Cancel</source>
        <translation>Скасаваць</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../ui/app.py" line="42"/>
        <source>Unexpected error</source>
        <translation>Непрадбачаная памылка</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="43"/>
        <source>Something went wrong. What you typed is kept in the draft. The details are in the log file: %1</source>
        <translation>Нешта пайшло не так. Усё, што вы ўвялі, захавана ў чарнавіку. Падрабязнасці — у журнале працы праграмы: %1</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="80"/>
        <source>Creating the demo database…</source>
        <translation>Стварэнне дэманстрацыйнай базы…</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="87"/>
        <location filename="../../ui/app.py" line="105"/>
        <source>Demo data</source>
        <translation>Дэманстрацыйныя даныя</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="87"/>
        <source>The demo database could not be made.</source>
        <translation>Не ўдалося стварыць дэманстрацыйную базу.</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="102"/>
        <source>Welcome to Infoline Desk</source>
        <translation>Вітаем у працоўным месцы інфалініі</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="103"/>
        <source>This is the first start on this computer. Start with an empty database for real work, or look around first in a demo database filled with fictional contacts?</source>
        <translation>Праграма ўпершыню запушчана на гэтым камп’ютары. Пачаць з пустой базы для рэальнай працы ці спачатку азнаёміцца з дэманстрацыйнай базай з выдуманымі зваротамі?</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="105"/>
        <source>Empty database</source>
        <translation>Пустая база</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="105"/>
        <source>Quit</source>
        <translation>Выйсці</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="135"/>
        <source>Unsaved contact found</source>
        <translation>Знойдзены незахаваны зварот</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="136"/>
        <source>A contact was being recorded when the app closed (last change %1). Restore it to finish and save it?</source>
        <translation>Калі праграма закрылася, зварот яшчэ запісваўся (апошняя змена %1). Аднавіць яго, каб дапоўніць і захаваць?</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="138"/>
        <source>Restore</source>
        <translation>Аднавіць</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="138"/>
        <source>Later</source>
        <translation>Пазней</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="138"/>
        <source>Discard it</source>
        <translation>Выдаліць</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="161"/>
        <source>Cannot open the database</source>
        <translation>Не ўдалося адкрыць базу даных</translation>
    </message>
</context>
</TS>
