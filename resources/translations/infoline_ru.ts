<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../app/ui/help.py" line="390"/>
        <source>About Infoline Desk</source>
        <translation>О программе Infoline Desk</translation>
    </message>
    <message>
        <location filename="../../app/ui/help.py" line="464"/>
        <source>Infoline Desk %1</source>
        <translation>Infoline Desk %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/help.py" line="467"/>
        <source>The records of the safe-migration and anti-trafficking infoline: contacts, crisis and assistance cases, quality reviews and statistics. Works without a network; every file it writes is encrypted.</source>
        <translation>Учёт обращений на линию по безопасной миграции и противодействию торговле людьми: обращения, кризисные случаи и случаи сопровождения, оценка качества и статистика. Работает без сети; все файлы, которые программа записывает, зашифрованы.</translation>
    </message>
    <message>
        <location filename="../../app/ui/help.py" line="470"/>
        <source>&amp;Data folder:</source>
        <translation>Папка &amp;данных:</translation>
    </message>
    <message>
        <location filename="../../app/ui/help.py" line="470"/>
        <source>D&amp;atabase:</source>
        <translation>&amp;База данных:</translation>
    </message>
    <message>
        <location filename="../../app/ui/help.py" line="471"/>
        <source>&amp;Backups:</source>
        <translation>&amp;Резервные копии:</translation>
    </message>
    <message>
        <location filename="../../app/ui/help.py" line="471"/>
        <source>&amp;Logs:</source>
        <translation>&amp;Журналы:</translation>
    </message>
    <message>
        <location filename="../../app/ui/help.py" line="472"/>
        <source>L&amp;icences:</source>
        <translation>&amp;Лицензии:</translation>
    </message>
    <message>
        <location filename="../../app/ui/help.py" line="475"/>
        <source>Folders</source>
        <translation>Папки</translation>
    </message>
    <message>
        <location filename="../../app/ui/help.py" line="476"/>
        <source>Licences</source>
        <translation>Лицензии</translation>
    </message>
    <message>
        <location filename="../../app/ui/help.py" line="477"/>
        <source>Self-test</source>
        <translation>Самопроверка</translation>
    </message>
    <message>
        <location filename="../../app/ui/help.py" line="479"/>
        <source>Checks that this installation works: encryption of the database and its keys, the database updates, the translations, Cyrillic in PDF files, spreadsheets and the display. Nothing of your data is touched.</source>
        <translation>Проверяет, что эта установка работает: шифрование базы данных и ключей, обновления базы данных, переводы, кириллицу в PDF-файлах, электронные таблицы и вывод на экран. Ваши данные не затрагиваются.</translation>
    </message>
    <message>
        <location filename="../../app/ui/help.py" line="482"/>
        <source>&amp;Run the self-test</source>
        <translation>&amp;Запустить самопроверку</translation>
    </message>
    <message>
        <location filename="../../app/ui/help.py" line="485"/>
        <source>Database encryption (SQLCipher)</source>
        <translation>Шифрование базы данных (SQLCipher)</translation>
    </message>
    <message>
        <location filename="../../app/ui/help.py" line="486"/>
        <source>Password keys and file encryption (argon2, AES-GCM)</source>
        <translation>Ключи паролей и шифрование файлов (argon2, AES-GCM)</translation>
    </message>
    <message>
        <location filename="../../app/ui/help.py" line="488"/>
        <source>Database updates (migrations)</source>
        <translation>Обновления базы данных (миграции)</translation>
    </message>
    <message>
        <location filename="../../app/ui/help.py" line="489"/>
        <source>Translations</source>
        <translation>Переводы</translation>
    </message>
    <message>
        <location filename="../../app/ui/help.py" line="490"/>
        <source>Cyrillic in PDF files</source>
        <translation>Кириллица в PDF-файлах</translation>
    </message>
    <message>
        <location filename="../../app/ui/help.py" line="491"/>
        <source>Spreadsheets (XLSX)</source>
        <translation>Электронные таблицы (XLSX)</translation>
    </message>
    <message>
        <location filename="../../app/ui/help.py" line="492"/>
        <source>Word documents (DOCX)</source>
        <translation>Документы Word (DOCX)</translation>
    </message>
    <message>
        <location filename="../../app/ui/help.py" line="493"/>
        <source>Display (Qt platform plugin)</source>
        <translation>Вывод на экран (модуль платформы Qt)</translation>
    </message>
    <message>
        <location filename="../../app/ui/help.py" line="530"/>
        <source>Checking…</source>
        <translation>Проверка…</translation>
    </message>
    <message>
        <location filename="../../app/ui/help.py" line="546"/>
        <source>Failed: %1 of %2 checks. Tell your administrator what the list says.</source>
        <translation>Не пройдено: %1 из %2 проверок. Сообщите администратору, что написано в списке.</translation>
    </message>
    <message>
        <location filename="../../app/ui/help.py" line="549"/>
        <source>All checks passed (%1 of %1).</source>
        <translation>Все проверки пройдены (%1 из %1).</translation>
    </message>
    <message>
        <location filename="../../app/ui/help.py" line="555"/>
        <source>The self-test could not run: %1</source>
        <translation>Самопроверку не удалось запустить: %1</translation>
    </message>
</context>
<context>
    <name>AccountDialog</name>
    <message>
        <location filename="../../app/ui/accounts/page.py" line="63"/>
        <source>New account</source>
        <translation>Новая учётная запись</translation>
    </message>
    <message>
        <location filename="../../app/ui/accounts/page.py" line="73"/>
        <source>The person chooses their own password at the first login</source>
        <translation>Сотрудник выберет свой пароль при первом входе</translation>
    </message>
    <message>
        <location filename="../../app/ui/accounts/page.py" line="78"/>
        <source>&amp;User name:</source>
        <translation>&amp;Имя пользователя:</translation>
    </message>
    <message>
        <location filename="../../app/ui/accounts/page.py" line="79"/>
        <source>&amp;Full name:</source>
        <translation>&amp;Фамилия и имя:</translation>
    </message>
    <message>
        <location filename="../../app/ui/accounts/page.py" line="80"/>
        <source>&amp;Role:</source>
        <translation>&amp;Роль:</translation>
    </message>
    <message>
        <location filename="../../app/ui/accounts/page.py" line="81"/>
        <source>&amp;Password:</source>
        <translation>П&amp;ароль:</translation>
    </message>
    <message>
        <location filename="../../app/ui/accounts/page.py" line="82"/>
        <source>Password a&amp;gain:</source>
        <translation>Пароль &amp;ещё раз:</translation>
    </message>
    <message>
        <location filename="../../app/ui/accounts/page.py" line="87"/>
        <source>Create the account</source>
        <translation>Создать учётную запись</translation>
    </message>
    <message>
        <location filename="../../app/ui/accounts/page.py" line="88"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
</context>
<context>
    <name>AccountsPage</name>
    <message>
        <location filename="../../app/ui/accounts/page.py" line="240"/>
        <source>Accounts</source>
        <translation>Учётные записи</translation>
    </message>
    <message>
        <location filename="../../app/ui/accounts/page.py" line="242"/>
        <source>Each person logs in with their own account; the role decides what they see and may do. A new account gets a temporary password, which its owner replaces at the first login. A deactivated account can no longer log in; its records keep the name.</source>
        <translation>Каждый сотрудник входит под своей учётной записью; роль определяет, что он видит и может делать. Новая учётная запись получает временный пароль, который владелец заменяет при первом входе. Отключённая учётная запись больше не может войти; её записи сохраняют имя.</translation>
    </message>
    <message>
        <location filename="../../app/ui/accounts/page.py" line="247"/>
        <source>Full name</source>
        <translation>Фамилия и имя</translation>
    </message>
    <message>
        <location filename="../../app/ui/accounts/page.py" line="247"/>
        <source>User name</source>
        <translation>Имя пользователя</translation>
    </message>
    <message>
        <location filename="../../app/ui/accounts/page.py" line="247"/>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <location filename="../../app/ui/accounts/page.py" line="247"/>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <location filename="../../app/ui/accounts/page.py" line="248"/>
        <source>Last login</source>
        <translation>Последний вход</translation>
    </message>
    <message>
        <location filename="../../app/ui/accounts/page.py" line="249"/>
        <source>&amp;New account… (Ins)</source>
        <translation>&amp;Новая учётная запись… (Ins)</translation>
    </message>
    <message>
        <location filename="../../app/ui/accounts/page.py" line="250"/>
        <source>Change &amp;role…</source>
        <translation>Изменить &amp;роль…</translation>
    </message>
    <message>
        <location filename="../../app/ui/accounts/page.py" line="251"/>
        <source>Reset pass&amp;word…</source>
        <translation>Сбросить &amp;пароль…</translation>
    </message>
    <message>
        <location filename="../../app/ui/accounts/page.py" line="252"/>
        <source>New re&amp;covery code…</source>
        <translation>Новый &amp;код восстановления…</translation>
    </message>
    <message>
        <location filename="../../app/ui/accounts/page.py" line="254"/>
        <source>The old recovery code stops working; the new one is shown once</source>
        <translation>Старый код восстановления перестанет действовать; новый будет показан один раз</translation>
    </message>
    <message>
        <location filename="../../app/ui/accounts/page.py" line="261"/>
        <source>deactivated</source>
        <translation>отключена</translation>
    </message>
    <message>
        <location filename="../../app/ui/accounts/page.py" line="263"/>
        <source>locked until %1</source>
        <translation>заблокирована до %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/accounts/page.py" line="266"/>
        <source>no password yet</source>
        <translation>пароля ещё нет</translation>
    </message>
    <message>
        <location filename="../../app/ui/accounts/page.py" line="268"/>
        <source>active, must choose a password</source>
        <translation>активна, нужно выбрать пароль</translation>
    </message>
    <message>
        <location filename="../../app/ui/accounts/page.py" line="269"/>
        <source>active</source>
        <translation>активна</translation>
    </message>
    <message>
        <location filename="../../app/ui/accounts/page.py" line="302"/>
        <source>Re&amp;activate…</source>
        <translation>&amp;Включить снова…</translation>
    </message>
    <message>
        <location filename="../../app/ui/accounts/page.py" line="303"/>
        <source>&amp;Deactivate…</source>
        <translation>&amp;Отключить…</translation>
    </message>
    <message>
        <location filename="../../app/ui/accounts/page.py" line="308"/>
        <source>Not changed</source>
        <translation>Не изменено</translation>
    </message>
    <message>
        <location filename="../../app/ui/accounts/page.py" line="334"/>
        <source>Reset the password</source>
        <translation>Сброс пароля</translation>
    </message>
    <message>
        <location filename="../../app/ui/accounts/page.py" line="335"/>
        <source>A new password for %1 (%2). Tell it to them in person; it also ends a lockout.</source>
        <translation>Новый пароль для %1 (%2). Сообщите его лично; он также снимает блокировку.</translation>
    </message>
    <message>
        <location filename="../../app/ui/accounts/page.py" line="348"/>
        <source>Deactivate the account?</source>
        <translation>Отключить учётную запись?</translation>
    </message>
    <message>
        <location filename="../../app/ui/accounts/page.py" line="349"/>
        <source>%1 (%2) will no longer be able to log in. Their records keep their name.</source>
        <translation>%1 (%2) больше не сможет войти. Записи сотрудника сохранят его имя.</translation>
    </message>
    <message>
        <location filename="../../app/ui/accounts/page.py" line="360"/>
        <source>Reactivate the account</source>
        <translation>Включить учётную запись снова</translation>
    </message>
    <message>
        <location filename="../../app/ui/accounts/page.py" line="361"/>
        <source>%1 (%2) can log in again with this password.</source>
        <translation>%1 (%2) снова сможет войти с этим паролем.</translation>
    </message>
</context>
<context>
    <name>AddPeerDialog</name>
    <message>
        <location filename="../../app/ui/sync/page.py" line="120"/>
        <source>Add a partner</source>
        <translation>Добавить партнёра</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/page.py" line="128"/>
        <source>Call the partner and ask them to read their fingerprint aloud (Sync page, or infoline site-key). Add the partner only if every group matches.</source>
        <translation>Позвоните партнёру и попросите прочитать вслух его отпечаток (страница «Синхронизация» или infoline site-key). Добавляйте партнёра, только если совпадает каждая группа.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/page.py" line="132"/>
        <source>The partner read me the same &amp;fingerprint</source>
        <translation>Партнёр прочитал мне тот же &amp;отпечаток</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/page.py" line="134"/>
        <source>&amp;Name:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/page.py" line="137"/>
        <source>Site:</source>
        <translation>Узел:</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/page.py" line="138"/>
        <source>Organisation:</source>
        <translation>Организация:</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/page.py" line="139"/>
        <source>Fingerprint:</source>
        <translation>Отпечаток:</translation>
    </message>
</context>
<context>
    <name>AgencyCheckDialog</name>
    <message>
        <location filename="../../app/ui/recruiters/intake.py" line="109"/>
        <source>Is the agency licensed?</source>
        <translation>Есть ли у агентства лицензия?</translation>
    </message>
    <message>
        <location filename="../../app/ui/recruiters/intake.py" line="113"/>
        <source>Part of the name, УНП or licence number</source>
        <translation>Часть названия, УНП или номера лицензии</translation>
    </message>
    <message>
        <location filename="../../app/ui/recruiters/intake.py" line="114"/>
        <source>Agency to check</source>
        <translation>Проверяемое агентство</translation>
    </message>
    <message>
        <location filename="../../app/ui/recruiters/intake.py" line="124"/>
        <source>Agencies found</source>
        <translation>Найденные агентства</translation>
    </message>
    <message>
        <location filename="../../app/ui/recruiters/intake.py" line="126"/>
        <source>Record the answer (Enter)</source>
        <translation>Записать ответ (Enter)</translation>
    </message>
    <message>
        <location filename="../../app/ui/recruiters/intake.py" line="128"/>
        <source>Close (Esc)</source>
        <translation>Закрыть (Esc)</translation>
    </message>
    <message>
        <location filename="../../app/ui/recruiters/intake.py" line="151"/>
        <source>Type part of the agency&apos;s name or number.</source>
        <translation>Введите часть названия или номера агентства.</translation>
    </message>
</context>
<context>
    <name>AlertLabel</name>
    <message>
        <location filename="../../app/ui/recruiters/page.py" line="396"/>
        <source>Named by several callers in the last 30 days: %1</source>
        <translation>Названы несколькими абонентами за последние 30 дней: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/recruiters/page.py" line="397"/>
        <source>%1 (%2 contacts)</source>
        <translation>%1 (обращений: %2)</translation>
    </message>
</context>
<context>
    <name>ArticleHistoryDialog</name>
    <message>
        <location filename="../../app/ui/knowledge/page.py" line="69"/>
        <source>History of the article</source>
        <translation>История статьи</translation>
    </message>
    <message>
        <location filename="../../app/ui/knowledge/page.py" line="76"/>
        <source>%1, revision %2: %3 (%4)</source>
        <translation>%1, редакция %2: %3 (%4)</translation>
    </message>
    <message>
        <location filename="../../app/ui/knowledge/page.py" line="91"/>
        <source>written</source>
        <translation>написана</translation>
    </message>
    <message>
        <location filename="../../app/ui/knowledge/page.py" line="91"/>
        <source>changed</source>
        <translation>изменена</translation>
    </message>
    <message>
        <location filename="../../app/ui/knowledge/page.py" line="92"/>
        <source>approved</source>
        <translation>одобрена</translation>
    </message>
    <message>
        <location filename="../../app/ui/knowledge/page.py" line="92"/>
        <source>withdrawn</source>
        <translation>отозвана</translation>
    </message>
    <message>
        <location filename="../../app/ui/knowledge/page.py" line="93"/>
        <source>reviewed</source>
        <translation>проверена</translation>
    </message>
    <message>
        <location filename="../../app/ui/knowledge/page.py" line="93"/>
        <source>removed</source>
        <translation>удалена</translation>
    </message>
    <message>
        <location filename="../../app/ui/knowledge/page.py" line="94"/>
        <source>imported</source>
        <translation>импортирована</translation>
    </message>
</context>
<context>
    <name>AssistancePage</name>
    <message>
        <location filename="../../app/forms/assistance_page.ui" line="45"/>
        <source>&amp;Show:</source>
        <translation>&amp;Показать:</translation>
    </message>
    <message>
        <location filename="../../app/forms/assistance_page.ui" line="65"/>
        <source>S&amp;tatus:</source>
        <translation>&amp;Статус:</translation>
    </message>
    <message>
        <location filename="../../app/forms/assistance_page.ui" line="72"/>
        <source>&amp;Find:</source>
        <translation>Н&amp;айти:</translation>
    </message>
    <message>
        <location filename="../../app/forms/assistance_page.ui" line="82"/>
        <source>Number, name or phone</source>
        <translation>Номер, имя или телефон</translation>
    </message>
    <message>
        <location filename="../../app/forms/assistance_page.ui" line="121"/>
        <source>&amp;New case…</source>
        <translation>&amp;Новый случай…</translation>
    </message>
    <message>
        <location filename="../../app/forms/assistance_page.ui" line="124"/>
        <source>Open a new assistance case (Ctrl+N)</source>
        <translation>Открыть новый случай сопровождения (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../app/forms/assistance_page.ui" line="164"/>
        <source>Change stat&amp;us…</source>
        <translation>С&amp;менить статус…</translation>
    </message>
    <message>
        <location filename="../../app/forms/assistance_page.ui" line="187"/>
        <source>&amp;Print summary…</source>
        <translation>&amp;Распечатать сводку…</translation>
    </message>
    <message>
        <location filename="../../app/forms/assistance_page.ui" line="190"/>
        <source>The case summary as a PDF (Ctrl+P)</source>
        <translation>Сводка по случаю в PDF (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../../app/forms/assistance_page.ui" line="197"/>
        <source>Re&amp;dacted PDF…</source>
        <translation>Об&amp;езличенный PDF…</translation>
    </message>
    <message>
        <location filename="../../app/forms/assistance_page.ui" line="200"/>
        <source>A summary without names, phone numbers, addresses and dates of birth, for sharing (Ctrl+Shift+P)</source>
        <translation>Сводка без имён, телефонов, адресов и дат рождения — для передачи другим (Ctrl+Shift+P)</translation>
    </message>
    <message>
        <location filename="../../app/forms/assistance_page.ui" line="217"/>
        <source>Client</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <location filename="../../app/forms/assistance_page.ui" line="239"/>
        <source>Relatives involved</source>
        <translation>Родственники, связанные со случаем</translation>
    </message>
    <message>
        <location filename="../../app/forms/assistance_page.ui" line="265"/>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location filename="../../app/forms/assistance_page.ui" line="270"/>
        <source>Relation</source>
        <translation>Кем приходится</translation>
    </message>
    <message>
        <location filename="../../app/forms/assistance_page.ui" line="275"/>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location filename="../../app/forms/assistance_page.ui" line="280"/>
        <location filename="../../app/forms/assistance_page.ui" line="411"/>
        <location filename="../../app/forms/assistance_page.ui" line="511"/>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <location filename="../../app/forms/assistance_page.ui" line="306"/>
        <source>&amp;Edit client…</source>
        <translation>&amp;Изменить данные клиента…</translation>
    </message>
    <message>
        <location filename="../../app/forms/assistance_page.ui" line="316"/>
        <source>Trafficking</source>
        <translation>Торговля людьми</translation>
    </message>
    <message>
        <location filename="../../app/forms/assistance_page.ui" line="356"/>
        <source>&amp;Edit trafficking details…</source>
        <translation>&amp;Изменить сведения о торговле людьми…</translation>
    </message>
    <message>
        <location filename="../../app/forms/assistance_page.ui" line="366"/>
        <source>Consent</source>
        <translation>Согласие</translation>
    </message>
    <message>
        <location filename="../../app/forms/assistance_page.ui" line="391"/>
        <source>What</source>
        <translation>Что</translation>
    </message>
    <message>
        <location filename="../../app/forms/assistance_page.ui" line="396"/>
        <source>With whom</source>
        <translation>Кому</translation>
    </message>
    <message>
        <location filename="../../app/forms/assistance_page.ui" line="401"/>
        <source>Given</source>
        <translation>Дано</translation>
    </message>
    <message>
        <location filename="../../app/forms/assistance_page.ui" line="406"/>
        <source>Valid</source>
        <translation>Действует</translation>
    </message>
    <message>
        <location filename="../../app/forms/assistance_page.ui" line="421"/>
        <source>&amp;Record consent…</source>
        <translation>&amp;Записать согласие…</translation>
    </message>
    <message>
        <location filename="../../app/forms/assistance_page.ui" line="444"/>
        <source>&amp;Withdrawn</source>
        <translation>О&amp;тозвано</translation>
    </message>
    <message>
        <location filename="../../app/forms/assistance_page.ui" line="454"/>
        <source>Services</source>
        <translation>Услуги</translation>
    </message>
    <message>
        <location filename="../../app/forms/assistance_page.ui" line="486"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../../app/forms/assistance_page.ui" line="491"/>
        <source>Service</source>
        <translation>Услуга</translation>
    </message>
    <message>
        <location filename="../../app/forms/assistance_page.ui" line="496"/>
        <source>Provided by</source>
        <translation>Кто оказывает</translation>
    </message>
    <message>
        <location filename="../../app/forms/assistance_page.ui" line="501"/>
        <location filename="../../app/forms/assistance_page.ui" line="613"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../app/forms/assistance_page.ui" line="506"/>
        <source>Cost</source>
        <translation>Стоимость</translation>
    </message>
    <message>
        <location filename="../../app/forms/assistance_page.ui" line="521"/>
        <source>&amp;Add a service…</source>
        <translation>&amp;Добавить услугу…</translation>
    </message>
    <message>
        <location filename="../../app/forms/assistance_page.ui" line="524"/>
        <location filename="../../app/forms/assistance_page.ui" line="631"/>
        <location filename="../../app/forms/assistance_page.ui" line="728"/>
        <source>Insert</source>
        <translation>Insert</translation>
    </message>
    <message>
        <location filename="../../app/forms/assistance_page.ui" line="547"/>
        <location filename="../../app/forms/assistance_page.ui" line="751"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Изменить…</translation>
    </message>
    <message>
        <location filename="../../app/forms/assistance_page.ui" line="554"/>
        <source>&amp;Given</source>
        <translation>О&amp;казана</translation>
    </message>
    <message>
        <location filename="../../app/forms/assistance_page.ui" line="561"/>
        <source>Dec&amp;lined</source>
        <translation>&amp;Отказ клиента</translation>
    </message>
    <message>
        <location filename="../../app/forms/assistance_page.ui" line="568"/>
        <location filename="../../app/forms/assistance_page.ui" line="675"/>
        <location filename="../../app/forms/assistance_page.ui" line="758"/>
        <source>Remo&amp;ve</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <location filename="../../app/forms/assistance_page.ui" line="578"/>
        <source>Referrals</source>
        <translation>Направления</translation>
    </message>
    <message>
        <location filename="../../app/forms/assistance_page.ui" line="603"/>
        <source>Sent</source>
        <translation>Отправлено</translation>
    </message>
    <message>
        <location filename="../../app/forms/assistance_page.ui" line="608"/>
        <source>To</source>
        <translation>Адресат</translation>
    </message>
    <message>
        <location filename="../../app/forms/assistance_page.ui" line="618"/>
        <source>Purpose</source>
        <translation>Цель</translation>
    </message>
    <message>
        <location filename="../../app/forms/assistance_page.ui" line="628"/>
        <source>&amp;Add a referral…</source>
        <translation>&amp;Добавить направление…</translation>
    </message>
    <message>
        <location filename="../../app/forms/assistance_page.ui" line="654"/>
        <source>A&amp;ccepted</source>
        <translation>Прин&amp;ято</translation>
    </message>
    <message>
        <location filename="../../app/forms/assistance_page.ui" line="661"/>
        <source>Dec&amp;lined…</source>
        <translation>&amp;Отклонено…</translation>
    </message>
    <message>
        <location filename="../../app/forms/assistance_page.ui" line="668"/>
        <source>D&amp;one</source>
        <translation>&amp;Выполнено</translation>
    </message>
    <message>
        <location filename="../../app/forms/assistance_page.ui" line="685"/>
        <source>Monitoring</source>
        <translation>Мониторинг</translation>
    </message>
    <message>
        <location filename="../../app/forms/assistance_page.ui" line="725"/>
        <source>&amp;Add a visit…</source>
        <translation>&amp;Добавить визит…</translation>
    </message>
    <message>
        <location filename="../../app/forms/assistance_page.ui" line="768"/>
        <source>Timeline</source>
        <translation>Хронология</translation>
    </message>
    <message>
        <location filename="../../app/forms/assistance_page.ui" line="786"/>
        <source>Add a no&amp;te…</source>
        <translation>До&amp;бавить заметку…</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <location filename="../../app/ui/audit/page.py" line="92"/>
        <source>logged in</source>
        <translation>вход</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit/page.py" line="93"/>
        <source>failed login</source>
        <translation>неудачный вход</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit/page.py" line="94"/>
        <source>logged out</source>
        <translation>выход</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit/page.py" line="95"/>
        <source>locked the screen</source>
        <translation>блокировка экрана</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit/page.py" line="96"/>
        <source>unlocked the screen</source>
        <translation>разблокировка экрана</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit/page.py" line="97"/>
        <source>failed unlock</source>
        <translation>неудачная разблокировка</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit/page.py" line="98"/>
        <source>opened with the recovery code</source>
        <translation>открыто кодом восстановления</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit/page.py" line="99"/>
        <source>created</source>
        <translation>создано</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit/page.py" line="100"/>
        <source>changed</source>
        <translation>изменено</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit/page.py" line="101"/>
        <source>deleted</source>
        <translation>удалено</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit/page.py" line="102"/>
        <source>viewed</source>
        <translation>просмотр</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit/page.py" line="103"/>
        <source>printed</source>
        <translation>печать</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit/page.py" line="104"/>
        <source>exported</source>
        <translation>экспорт</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit/page.py" line="105"/>
        <source>imported</source>
        <translation>импорт</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit/page.py" line="106"/>
        <source>import refused</source>
        <translation>импорт отклонён</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit/page.py" line="107"/>
        <source>partner removed</source>
        <translation>партнёр удалён</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit/page.py" line="108"/>
        <source>erased personal data</source>
        <translation>удаление персональных данных</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit/page.py" line="109"/>
        <source>account created</source>
        <translation>учётная запись создана</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit/page.py" line="110"/>
        <source>role changed</source>
        <translation>роль изменена</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit/page.py" line="111"/>
        <source>account renamed</source>
        <translation>учётная запись переименована</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit/page.py" line="112"/>
        <source>login refused</source>
        <translation>вход отклонён</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit/page.py" line="113"/>
        <source>account deactivated</source>
        <translation>учётная запись отключена</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit/page.py" line="114"/>
        <source>account reactivated</source>
        <translation>учётная запись включена снова</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit/page.py" line="115"/>
        <source>password reset</source>
        <translation>пароль сброшен</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit/page.py" line="116"/>
        <source>password changed</source>
        <translation>пароль изменён</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit/page.py" line="117"/>
        <source>new recovery code made</source>
        <translation>сделан новый код восстановления</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit/page.py" line="118"/>
        <source>database set up</source>
        <translation>база данных настроена</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit/page.py" line="119"/>
        <source>demo data made</source>
        <translation>созданы демо-данные</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit/page.py" line="185"/>
        <source>Audit log</source>
        <translation>Журнал аудита</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit/page.py" line="186"/>
        <source>&amp;From:</source>
        <translation>&amp;С:</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit/page.py" line="187"/>
        <source>&amp;to:</source>
        <translation>&amp;по:</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit/page.py" line="188"/>
        <source>&amp;User:</source>
        <translation>По&amp;льзователь:</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit/page.py" line="189"/>
        <source>&amp;Action:</source>
        <translation>&amp;Действие:</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit/page.py" line="190"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Обновить</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit/page.py" line="203"/>
        <source>Everyone</source>
        <translation>Все</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit/page.py" line="208"/>
        <source>All actions</source>
        <translation>Все действия</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit/page.py" line="226"/>
        <source>Entries: %1</source>
        <translation>Записей: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit/page.py" line="259"/>
        <source>Checking the chain of entries…</source>
        <translation>Проверка цепочки записей…</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit/page.py" line="263"/>
        <source>The audit log was altered: entries were changed or removed outside the app.</source>
        <translation>Журнал аудита изменён: записи были изменены или удалены в обход программы.</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit/page.py" line="267"/>
        <source>The chain of entries is intact: nothing was changed or removed.</source>
        <translation>Цепочка записей цела: ничего не изменено и не удалено.</translation>
    </message>
</context>
<context>
    <name>AuditTableModel</name>
    <message>
        <location filename="../../app/ui/audit/page.py" line="52"/>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit/page.py" line="52"/>
        <source>User</source>
        <translation>Пользователь</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit/page.py" line="52"/>
        <source>Action</source>
        <translation>Действие</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit/page.py" line="52"/>
        <source>Object</source>
        <translation>Объект</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit/page.py" line="53"/>
        <source>Details</source>
        <translation>Подробности</translation>
    </message>
</context>
<context>
    <name>AuditWords</name>
    <message>
        <location filename="../../app/ui/audit/words.py" line="28"/>
        <source>how they heard of us</source>
        <translation>откуда узнали</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit/words.py" line="29"/>
        <source>gender</source>
        <translation>пол</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit/words.py" line="30"/>
        <source>age group</source>
        <translation>возраст</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit/words.py" line="31"/>
        <source>region</source>
        <translation>регион</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit/words.py" line="32"/>
        <source>who contacted</source>
        <translation>кто обращается</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit/words.py" line="33"/>
        <source>travel purpose</source>
        <translation>цель выезда</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit/words.py" line="34"/>
        <source>outcome</source>
        <translation>результат</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit/words.py" line="35"/>
        <source>notes</source>
        <translation>заметки</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit/words.py" line="36"/>
        <source>kind</source>
        <translation>вид</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit/words.py" line="37"/>
        <source>channel</source>
        <translation>канал</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit/words.py" line="38"/>
        <source>start time</source>
        <translation>время начала</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit/words.py" line="39"/>
        <source>end time</source>
        <translation>время окончания</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit/words.py" line="40"/>
        <source>caller profile</source>
        <translation>профиль абонента</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit/words.py" line="41"/>
        <source>consultant</source>
        <translation>консультант</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit/words.py" line="42"/>
        <source>outside working hours</source>
        <translation>вне рабочего времени</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit/words.py" line="43"/>
        <source>crisis abroad</source>
        <translation>кризис за рубежом</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit/words.py" line="44"/>
        <source>status</source>
        <translation>статус</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit/words.py" line="45"/>
        <source>status date</source>
        <translation>дата статуса</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit/words.py" line="46"/>
        <source>reason of the status</source>
        <translation>причина статуса</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit/words.py" line="47"/>
        <source>due time</source>
        <translation>срок</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit/words.py" line="48"/>
        <source>closing time</source>
        <translation>время закрытия</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit/words.py" line="49"/>
        <source>closure reason</source>
        <translation>причина закрытия</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit/words.py" line="50"/>
        <source>closure note</source>
        <translation>примечание о закрытии</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit/words.py" line="51"/>
        <source>summary</source>
        <translation>описание</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit/words.py" line="52"/>
        <source>specialist</source>
        <translation>специалист</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit/words.py" line="53"/>
        <source>responsible</source>
        <translation>ответственный</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit/words.py" line="54"/>
        <source>search words</source>
        <translation>слова для поиска</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit/words.py" line="55"/>
        <source>client&apos;s name</source>
        <translation>имя клиента</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit/words.py" line="56"/>
        <source>client&apos;s gender</source>
        <translation>пол клиента</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit/words.py" line="57"/>
        <source>date of birth</source>
        <translation>дата рождения</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit/words.py" line="58"/>
        <source>client&apos;s phone</source>
        <translation>телефон клиента</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit/words.py" line="59"/>
        <source>client&apos;s e-mail</source>
        <translation>эл. почта клиента</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit/words.py" line="60"/>
        <source>client&apos;s address</source>
        <translation>адрес клиента</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit/words.py" line="61"/>
        <source>client&apos;s region</source>
        <translation>регион клиента</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit/words.py" line="62"/>
        <source>citizenship</source>
        <translation>гражданство</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit/words.py" line="63"/>
        <source>trafficking status</source>
        <translation>статус по торговле людьми</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit/words.py" line="64"/>
        <source>country of exploitation</source>
        <translation>страна эксплуатации</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit/words.py" line="65"/>
        <source>read by the consultant</source>
        <translation>прочитано консультантом</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit/words.py" line="66"/>
        <source>scores</source>
        <translation>оценки</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit/words.py" line="67"/>
        <source>overall score</source>
        <translation>общая оценка</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit/words.py" line="68"/>
        <source>comments</source>
        <translation>комментарии</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit/words.py" line="69"/>
        <source>completion time</source>
        <translation>время завершения</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit/words.py" line="70"/>
        <source>name</source>
        <translation>название</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit/words.py" line="71"/>
        <source>full name</source>
        <translation>фамилия и имя</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit/words.py" line="72"/>
        <location filename="../../app/ui/audit/words.py" line="110"/>
        <source>role</source>
        <translation>роль</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit/words.py" line="73"/>
        <source>active</source>
        <translation>активна</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit/words.py" line="74"/>
        <source>phone</source>
        <translation>телефон</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit/words.py" line="75"/>
        <source>phones</source>
        <translation>телефоны</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit/words.py" line="76"/>
        <source>e-mail</source>
        <translation>эл. почта</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit/words.py" line="77"/>
        <source>website</source>
        <translation>веб-сайт</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit/words.py" line="78"/>
        <source>address</source>
        <translation>адрес</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit/words.py" line="79"/>
        <source>city</source>
        <translation>город</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit/words.py" line="80"/>
        <source>country</source>
        <translation>страна</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit/words.py" line="81"/>
        <source>type</source>
        <translation>тип</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit/words.py" line="82"/>
        <source>numbers</source>
        <translation>номера</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit/words.py" line="83"/>
        <location filename="../../app/ui/audit/words.py" line="106"/>
        <source>organisation</source>
        <translation>организация</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit/words.py" line="84"/>
        <source>deleted</source>
        <translation>удалено</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit/words.py" line="85"/>
        <source>answers of the questionnaire</source>
        <translation>ответы анкеты</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit/words.py" line="86"/>
        <source>danger</source>
        <translation>опасность</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit/words.py" line="87"/>
        <source>plan</source>
        <translation>план</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit/words.py" line="88"/>
        <source>date given</source>
        <translation>дата выдачи</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit/words.py" line="89"/>
        <source>date of the service</source>
        <translation>дата услуги</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit/words.py" line="90"/>
        <source>date of the visit</source>
        <translation>дата визита</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit/words.py" line="91"/>
        <source>next visit</source>
        <translation>следующий визит</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit/words.py" line="92"/>
        <source>withdrawn on</source>
        <translation>дата отзыва</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit/words.py" line="93"/>
        <source>date</source>
        <translation>дата</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit/words.py" line="94"/>
        <source>text</source>
        <translation>текст</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit/words.py" line="95"/>
        <source>nickname</source>
        <translation>как представился</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit/words.py" line="96"/>
        <source>password to be changed</source>
        <translation>смена пароля при входе</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit/words.py" line="97"/>
        <source>password changed</source>
        <translation>пароль изменён</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit/words.py" line="98"/>
        <source>last login</source>
        <translation>последний вход</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit/words.py" line="103"/>
        <source>format</source>
        <translation>формат</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit/words.py" line="104"/>
        <source>from</source>
        <translation>с</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit/words.py" line="105"/>
        <source>to</source>
        <translation>по</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit/words.py" line="107"/>
        <source>for outside release</source>
        <translation>для публикации</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit/words.py" line="108"/>
        <location filename="../../app/ui/audit/words.py" line="124"/>
        <source>reason</source>
        <translation>причина</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit/words.py" line="109"/>
        <source>by</source>
        <translation>способ</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit/words.py" line="111"/>
        <source>accounts</source>
        <translation>учётные записи</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit/words.py" line="112"/>
        <source>rows</source>
        <translation>строк</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit/words.py" line="113"/>
        <source>records</source>
        <translation>записей</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit/words.py" line="114"/>
        <source>deletions</source>
        <translation>удалений</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit/words.py" line="115"/>
        <source>everything</source>
        <translation>всё</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit/words.py" line="116"/>
        <source>created</source>
        <translation>создано</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit/words.py" line="117"/>
        <source>updated</source>
        <translation>обновлено</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit/words.py" line="118"/>
        <source>unchanged</source>
        <translation>без изменений</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit/words.py" line="119"/>
        <source>emergency numbers</source>
        <translation>экстренные номера</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit/words.py" line="120"/>
        <source>language</source>
        <translation>язык</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit/words.py" line="121"/>
        <source>pages</source>
        <translation>страниц</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit/words.py" line="122"/>
        <source>redacted</source>
        <translation>обезличено</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit/words.py" line="123"/>
        <source>source</source>
        <translation>источник</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit/words.py" line="125"/>
        <source>new case key</source>
        <translation>новый ключ случаев</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit/words.py" line="126"/>
        <source>key entries removed</source>
        <translation>удалено записей ключей</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit/words.py" line="127"/>
        <source>smallest number shown</source>
        <translation>наименьшее показанное число</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit/words.py" line="131"/>
        <source>Russian</source>
        <translation>русский</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit/words.py" line="132"/>
        <source>Belarusian</source>
        <translation>белорусский</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit/words.py" line="133"/>
        <source>English</source>
        <translation>английский</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit/words.py" line="134"/>
        <source>account deactivated</source>
        <translation>учётная запись отключена</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit/words.py" line="135"/>
        <source>account not signed by an administrator</source>
        <translation>учётная запись не подписана администратором</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit/words.py" line="136"/>
        <source>the recovery code</source>
        <translation>код восстановления</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit/words.py" line="137"/>
        <source>old spreadsheet of contacts</source>
        <translation>старая таблица обращений</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit/words.py" line="154"/>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit/words.py" line="155"/>
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit/words.py" line="192"/>
        <source>changed fields: %1</source>
        <translation>изменены поля: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit/words.py" line="217"/>
        <location filename="../../app/ui/audit/words.py" line="220"/>
        <source>%1 of %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>BackupsBox</name>
    <message>
        <location filename="../../app/ui/settings/backups.py" line="88"/>
        <source>Backups</source>
        <translation>Резервные копии</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/backups.py" line="90"/>
        <source>A backup is made every day and when the app closes, encrypted like the database, in the folder %1. Copy them to a safe place now and then.</source>
        <translation>Резервная копия создаётся каждый день и при закрытии программы, зашифрованная, как и база данных, в папке %1. Время от времени переносите копии в надёжное место.</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/backups.py" line="93"/>
        <source>&amp;Keep automatic backups:</source>
        <translation>&amp;Хранить автоматических копий:</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/backups.py" line="94"/>
        <source>&amp;Back up now</source>
        <translation>&amp;Создать копию сейчас</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/backups.py" line="95"/>
        <source>Save a &amp;copy of the backup to…</source>
        <translation>Сохранить резервную &amp;копию в…</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/backups.py" line="97"/>
        <source>Copies the chosen backup (the newest, unless you choose another) with its key file to a folder you choose, such as a USB stick</source>
        <translation>Копирует выбранную резервную копию (самую новую, если не выбрать другую) вместе с её файлом ключей в выбранную вами папку, например на флешку</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/backups.py" line="99"/>
        <source>&amp;Restore the chosen backup…</source>
        <translation>&amp;Восстановить выбранную копию…</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/backups.py" line="102"/>
        <source>daily</source>
        <translation>ежедневная</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/backups.py" line="102"/>
        <source>on closing</source>
        <translation>при закрытии</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/backups.py" line="103"/>
        <source>made by hand</source>
        <translation>создана вручную</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/backups.py" line="104"/>
        <source>kept before a restore</source>
        <translation>сохранена перед восстановлением</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/backups.py" line="121"/>
        <source>No backups yet.</source>
        <translation>Резервных копий пока нет.</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/backups.py" line="141"/>
        <source>Backup made: %1</source>
        <translation>Копия создана: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/backups.py" line="146"/>
        <source>The backup could not be made: %1</source>
        <translation>Не удалось создать копию: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/backups.py" line="150"/>
        <location filename="../../app/ui/settings/backups.py" line="152"/>
        <source>Backing up…</source>
        <translation>Создание копии…</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/backups.py" line="159"/>
        <source>Save a copy of the backup to</source>
        <translation>Сохранить резервную копию в</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/backups.py" line="172"/>
        <source>A copy of the backup is saved as %1 (with its key file %2).</source>
        <translation>Резервная копия сохранена как %1 (с файлом ключей %2).</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/backups.py" line="182"/>
        <location filename="../../app/ui/settings/backups.py" line="184"/>
        <source>Copying the backup…</source>
        <translation>Копирование резервной копии…</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/backups.py" line="191"/>
        <source>There is not enough space in %1: the copy needs %2, %3 are free. Nothing was copied; free some space or use another disk.</source>
        <translation>В %1 недостаточно места: копии нужно %2, свободно %3. Ничего не скопировано; освободите место или возьмите другой диск.</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/backups.py" line="194"/>
        <source>The disk of %1 became full during the copy (it needs %2). Nothing was left there; free some space or use another disk.</source>
        <translation>Диск %1 заполнился во время копирования (нужно %2). Там ничего не оставлено; освободите место или возьмите другой диск.</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/backups.py" line="199"/>
        <source>The folder %1 is no longer there: was the disk removed? Nothing was copied; insert it and try again.</source>
        <translation>Папки %1 больше нет: диск извлечён? Ничего не скопировано; вставьте его и попробуйте снова.</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/backups.py" line="202"/>
        <source>The copy cannot be written to %1. Choose another folder.</source>
        <translation>В %1 нельзя записать копию. Выберите другую папку.</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/backups.py" line="205"/>
        <source>The backup could not be copied: %1</source>
        <translation>Не удалось скопировать резервную копию: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/backups.py" line="219"/>
        <source>Restore this backup?</source>
        <translation>Восстановить эту копию?</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/backups.py" line="220"/>
        <source>The backup %1 is sound (%2). Restoring replaces the whole database with it: everything recorded after it was made is replaced too (the current database is kept as a backup first). The window closes, and you log in again.</source>
        <translation>Копия %1 исправна (%2). Восстановление заменит ею всю базу данных: всё, что записано после её создания, тоже будет заменено (текущая база сначала сохраняется как копия). Окно закроется, и нужно будет войти снова.</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/backups.py" line="232"/>
        <source>This backup cannot be restored: %1</source>
        <translation>Эту копию нельзя восстановить: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/backups.py" line="235"/>
        <location filename="../../app/ui/settings/backups.py" line="237"/>
        <source>Checking the backup…</source>
        <translation>Проверка копии…</translation>
    </message>
</context>
<context>
    <name>CallbackDialog</name>
    <message>
        <location filename="../../app/ui/shift/dialogs.py" line="78"/>
        <source>Call back</source>
        <translation>Перезвонить</translation>
    </message>
    <message>
        <location filename="../../app/ui/shift/dialogs.py" line="80"/>
        <source>Keep this time even outside the working hours</source>
        <translation>Оставить это время, даже вне рабочих часов</translation>
    </message>
    <message>
        <location filename="../../app/ui/shift/dialogs.py" line="85"/>
        <source>What was agreed (optional)</source>
        <translation>О чём договорились (необязательно)</translation>
    </message>
    <message>
        <location filename="../../app/ui/shift/dialogs.py" line="92"/>
        <source>&amp;When:</source>
        <translation>&amp;Когда:</translation>
    </message>
    <message>
        <location filename="../../app/ui/shift/dialogs.py" line="95"/>
        <source>&amp;Number:</source>
        <translation>&amp;Номер:</translation>
    </message>
    <message>
        <location filename="../../app/ui/shift/dialogs.py" line="96"/>
        <source>N&amp;ote:</source>
        <translation>&amp;Заметка:</translation>
    </message>
    <message>
        <location filename="../../app/ui/shift/dialogs.py" line="101"/>
        <source>Save the callback</source>
        <translation>Сохранить звонок</translation>
    </message>
    <message>
        <location filename="../../app/ui/shift/dialogs.py" line="101"/>
        <source>Move</source>
        <translation>Перенести</translation>
    </message>
    <message>
        <location filename="../../app/ui/shift/dialogs.py" line="109"/>
        <source>every day</source>
        <translation>ежедневно</translation>
    </message>
    <message>
        <location filename="../../app/ui/shift/dialogs.py" line="111"/>
        <source>Working hours: %1–%2 (%3).</source>
        <translation>Часы работы: %1–%2 (%3).</translation>
    </message>
    <message>
        <location filename="../../app/ui/shift/dialogs.py" line="125"/>
        <source>The line is closed then: the callback moves to %1.</source>
        <translation>Линия в это время не работает: звонок переносится на %1.</translation>
    </message>
</context>
<context>
    <name>CaseErrors</name>
    <message>
        <location filename="../../app/ui/assistance/dialogs.py" line="195"/>
        <source>required</source>
        <translation>обязательное поле</translation>
    </message>
    <message>
        <location filename="../../app/ui/assistance/dialogs.py" line="196"/>
        <source>too long</source>
        <translation>слишком длинный текст</translation>
    </message>
    <message>
        <location filename="../../app/ui/assistance/dialogs.py" line="197"/>
        <source>is in the future</source>
        <translation>в будущем</translation>
    </message>
    <message>
        <location filename="../../app/ui/assistance/dialogs.py" line="198"/>
        <source>is too long ago</source>
        <translation>слишком давно</translation>
    </message>
    <message>
        <location filename="../../app/ui/assistance/dialogs.py" line="199"/>
        <source>not a known value</source>
        <translation>неизвестное значение</translation>
    </message>
    <message>
        <location filename="../../app/ui/assistance/dialogs.py" line="200"/>
        <source>not an e-mail address</source>
        <translation>не похоже на адрес эл. почты</translation>
    </message>
    <message>
        <location filename="../../app/ui/assistance/dialogs.py" line="201"/>
        <source>not a phone number</source>
        <translation>не похоже на номер телефона</translation>
    </message>
    <message>
        <location filename="../../app/ui/assistance/dialogs.py" line="202"/>
        <source>is before the start</source>
        <translation>раньше начала</translation>
    </message>
    <message>
        <location filename="../../app/ui/assistance/dialogs.py" line="203"/>
        <source>not valid</source>
        <translation>недопустимое значение</translation>
    </message>
    <message>
        <location filename="../../app/ui/assistance/dialogs.py" line="208"/>
        <source>Give at least one way to reach the client: phone, e-mail or address.</source>
        <translation>Укажите хотя бы один способ связи с клиентом: телефон, эл. почту или адрес.</translation>
    </message>
</context>
<context>
    <name>CaseFileView</name>
    <message>
        <location filename="../../app/ui/assistance/case_file.py" line="54"/>
        <source>No case chosen</source>
        <translation>Случай не выбран</translation>
    </message>
    <message>
        <location filename="../../app/ui/assistance/case_file.py" line="64"/>
        <source>Specialist: %1</source>
        <translation>Специалист: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/assistance/case_file.py" line="67"/>
        <source>From crisis case %1</source>
        <translation>Из кризисного случая %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/assistance/case_file.py" line="69"/>
        <source>From the contact of %1</source>
        <translation>По обращению от %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/assistance/case_file.py" line="97"/>
        <source>Personal data: keep it confidential.</source>
        <translation>Персональные данные: не разглашать.</translation>
    </message>
    <message>
        <location filename="../../app/ui/assistance/case_file.py" line="98"/>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location filename="../../app/ui/assistance/case_file.py" line="99"/>
        <source>Gender</source>
        <translation>Пол</translation>
    </message>
    <message>
        <location filename="../../app/ui/assistance/case_file.py" line="100"/>
        <source>Date of birth</source>
        <translation>Дата рождения</translation>
    </message>
    <message>
        <location filename="../../app/ui/assistance/case_file.py" line="101"/>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location filename="../../app/ui/assistance/case_file.py" line="101"/>
        <source>E-mail</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <location filename="../../app/ui/assistance/case_file.py" line="102"/>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <location filename="../../app/ui/assistance/case_file.py" line="103"/>
        <source>Region</source>
        <translation>Регион</translation>
    </message>
    <message>
        <location filename="../../app/ui/assistance/case_file.py" line="104"/>
        <source>Citizenship</source>
        <translation>Гражданство</translation>
    </message>
    <message>
        <location filename="../../app/ui/assistance/case_file.py" line="111"/>
        <source>assisted</source>
        <translation>получает помощь</translation>
    </message>
    <message>
        <location filename="../../app/ui/assistance/case_file.py" line="126"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../app/ui/assistance/case_file.py" line="127"/>
        <source>Decided by</source>
        <translation>Кем установлен</translation>
    </message>
    <message>
        <location filename="../../app/ui/assistance/case_file.py" line="129"/>
        <source>Decided on</source>
        <translation>Дата установления</translation>
    </message>
    <message>
        <location filename="../../app/ui/assistance/case_file.py" line="130"/>
        <source>Type of exploitation</source>
        <translation>Вид эксплуатации</translation>
    </message>
    <message>
        <location filename="../../app/ui/assistance/case_file.py" line="132"/>
        <source>Methods of control</source>
        <translation>Методы контроля</translation>
    </message>
    <message>
        <location filename="../../app/ui/assistance/case_file.py" line="133"/>
        <source>Recruitment</source>
        <translation>Вербовка</translation>
    </message>
    <message>
        <location filename="../../app/ui/assistance/case_file.py" line="134"/>
        <source>Country of exploitation</source>
        <translation>Страна эксплуатации</translation>
    </message>
    <message>
        <location filename="../../app/ui/assistance/case_file.py" line="136"/>
        <source>Period</source>
        <translation>Период</translation>
    </message>
    <message>
        <location filename="../../app/ui/assistance/case_file.py" line="136"/>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <location filename="../../app/ui/assistance/case_file.py" line="148"/>
        <source>withdrawn %1</source>
        <translation>отозвано %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/assistance/case_file.py" line="150"/>
        <source>until %1</source>
        <translation>до %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/assistance/case_file.py" line="152"/>
        <source>no end date</source>
        <translation>бессрочно</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/assistance/case_file.py" line="180"/>
        <source>Given: %n service(s)</source>
        <translation>
            <numerusform>Оказано: %n услуга</numerusform>
            <numerusform>Оказано: %n услуги</numerusform>
            <numerusform>Оказано: %n услуг</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/assistance/case_file.py" line="231"/>
        <source>Assessment</source>
        <translation>Оценка</translation>
    </message>
    <message>
        <location filename="../../app/ui/assistance/case_file.py" line="232"/>
        <source>Next visit</source>
        <translation>Следующий визит</translation>
    </message>
    <message>
        <location filename="../../app/ui/assistance/case_file.py" line="233"/>
        <source>Specialist</source>
        <translation>Специалист</translation>
    </message>
    <message>
        <location filename="../../app/ui/assistance/case_file.py" line="241"/>
        <source>Case opened</source>
        <translation>Случай открыт</translation>
    </message>
    <message>
        <location filename="../../app/ui/assistance/case_file.py" line="243"/>
        <source>from crisis case %1</source>
        <translation>из кризисного случая %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/assistance/case_file.py" line="247"/>
        <source>client&apos;s details</source>
        <translation>данные клиента</translation>
    </message>
    <message>
        <location filename="../../app/ui/assistance/case_file.py" line="248"/>
        <source>relatives</source>
        <translation>родственники</translation>
    </message>
    <message>
        <location filename="../../app/ui/assistance/case_file.py" line="249"/>
        <source>specialist</source>
        <translation>специалист</translation>
    </message>
    <message>
        <location filename="../../app/ui/assistance/case_file.py" line="250"/>
        <source>trafficking details</source>
        <translation>сведения о торговле людьми</translation>
    </message>
    <message>
        <location filename="../../app/ui/assistance/case_file.py" line="253"/>
        <source>Changed: %1</source>
        <translation>Изменено: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/assistance/case_file.py" line="255"/>
        <source>Trafficking status: %1</source>
        <translation>Статус по торговле людьми: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/assistance/case_file.py" line="258"/>
        <source>Case status: %1</source>
        <translation>Статус случая: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/assistance/case_file.py" line="261"/>
        <source>Case closed: %1</source>
        <translation>Случай закрыт: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/assistance/case_file.py" line="264"/>
        <source>Case reopened</source>
        <translation>Случай возобновлён</translation>
    </message>
    <message>
        <location filename="../../app/ui/assistance/case_file.py" line="266"/>
        <source>Service (%1): %2</source>
        <translation>Услуга (%1): %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/assistance/case_file.py" line="270"/>
        <source>Service changed: %1</source>
        <translation>Услуга изменена: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/assistance/case_file.py" line="273"/>
        <source>Service removed: %1</source>
        <translation>Услуга удалена: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/assistance/case_file.py" line="276"/>
        <source>Referral sent: %1</source>
        <translation>Направление отправлено: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/assistance/case_file.py" line="279"/>
        <source>Referral to %1: %2</source>
        <translation>Направление (%1): %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/assistance/case_file.py" line="283"/>
        <source>Referral changed: %1</source>
        <translation>Направление изменено: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/assistance/case_file.py" line="286"/>
        <source>Referral removed: %1</source>
        <translation>Направление удалено: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/assistance/case_file.py" line="289"/>
        <source>Monitoring visit of %1</source>
        <translation>Мониторинговый визит %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/assistance/case_file.py" line="290"/>
        <source>Monitoring visit of %1 changed</source>
        <translation>Мониторинговый визит %1 изменён</translation>
    </message>
    <message>
        <location filename="../../app/ui/assistance/case_file.py" line="291"/>
        <source>Monitoring visit of %1 removed</source>
        <translation>Мониторинговый визит %1 удалён</translation>
    </message>
    <message>
        <location filename="../../app/ui/assistance/case_file.py" line="295"/>
        <source>Consent: %1 → %2</source>
        <translation>Согласие: %1 → %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/assistance/case_file.py" line="296"/>
        <source>Consent withdrawn: %1 → %2</source>
        <translation>Согласие отозвано: %1 → %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/assistance/case_file.py" line="300"/>
        <source>Note</source>
        <translation>Заметка</translation>
    </message>
    <message>
        <location filename="../../app/ui/assistance/case_file.py" line="302"/>
        <source>Redacted summary printed</source>
        <translation>Распечатана обезличенная сводка</translation>
    </message>
    <message>
        <location filename="../../app/ui/assistance/case_file.py" line="303"/>
        <source>Summary printed</source>
        <translation>Распечатана сводка</translation>
    </message>
</context>
<context>
    <name>CaseHeader</name>
    <message>
        <location filename="../../app/ui/casework/header.py" line="16"/>
        <source>Opened %1 by %2</source>
        <translation>Открыт %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../app/ui/casework/header.py" line="21"/>
        <source>Closed %1: %2</source>
        <translation>Закрыт %1: %2</translation>
    </message>
</context>
<context>
    <name>CaseListModel</name>
    <message>
        <location filename="../../app/ui/assistance/case_list.py" line="34"/>
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <location filename="../../app/ui/assistance/case_list.py" line="34"/>
        <source>Client</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <location filename="../../app/ui/assistance/case_list.py" line="35"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../app/ui/assistance/case_list.py" line="35"/>
        <source>Trafficking</source>
        <translation>Торговля людьми</translation>
    </message>
    <message>
        <location filename="../../app/ui/assistance/case_list.py" line="36"/>
        <source>Opened</source>
        <translation>Открыт</translation>
    </message>
    <message>
        <location filename="../../app/ui/assistance/case_list.py" line="36"/>
        <source>Services</source>
        <translation>Услуги</translation>
    </message>
    <message>
        <location filename="../../app/ui/assistance/case_list.py" line="37"/>
        <source>Next visit</source>
        <translation>Следующий визит</translation>
    </message>
    <message>
        <location filename="../../app/ui/assistance/case_list.py" line="49"/>
        <source>Closed: %1</source>
        <translation>Закрыт: %1</translation>
    </message>
</context>
<context>
    <name>CaseTableModel</name>
    <message>
        <location filename="../../app/ui/crisis/page.py" line="79"/>
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <location filename="../../app/ui/crisis/page.py" line="79"/>
        <source>Opened</source>
        <translation>Открыт</translation>
    </message>
    <message>
        <location filename="../../app/ui/crisis/page.py" line="79"/>
        <source>Crisis</source>
        <translation>Кризисная ситуация</translation>
    </message>
    <message>
        <location filename="../../app/ui/crisis/page.py" line="79"/>
        <source>Where</source>
        <translation>Где</translation>
    </message>
    <message>
        <location filename="../../app/ui/crisis/page.py" line="80"/>
        <source>Danger</source>
        <translation>Опасность</translation>
    </message>
    <message>
        <location filename="../../app/ui/crisis/page.py" line="80"/>
        <source>Tasks</source>
        <translation>Задачи</translation>
    </message>
    <message>
        <location filename="../../app/ui/crisis/page.py" line="98"/>
        <source>Closed: %1</source>
        <translation>Закрыт: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/crisis/page.py" line="100"/>
        <source>%n overdue</source>
        <translation>
            <numerusform>%n просроченная</numerusform>
            <numerusform>%n просроченные</numerusform>
            <numerusform>%n просроченных</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/crisis/page.py" line="102"/>
        <source>Next: %1</source>
        <translation>Следующая: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/crisis/page.py" line="103"/>
        <source>No tasks</source>
        <translation>Нет задач</translation>
    </message>
    <message>
        <location filename="../../app/ui/crisis/page.py" line="114"/>
        <source>A follow-up or referral is past its due time</source>
        <translation>Срок контрольного звонка или направления истёк</translation>
    </message>
</context>
<context>
    <name>CasesPage</name>
    <message>
        <location filename="../../app/ui/assistance/page.py" line="192"/>
        <source>Not closed</source>
        <translation>Незакрытые</translation>
    </message>
    <message>
        <location filename="../../app/ui/assistance/page.py" line="192"/>
        <source>Open</source>
        <translation>Открытые</translation>
    </message>
    <message>
        <location filename="../../app/ui/assistance/page.py" line="193"/>
        <source>Active</source>
        <translation>В работе</translation>
    </message>
    <message>
        <location filename="../../app/ui/assistance/page.py" line="193"/>
        <source>Monitoring</source>
        <translation>Мониторинг</translation>
    </message>
    <message>
        <location filename="../../app/ui/assistance/page.py" line="194"/>
        <source>Closed</source>
        <translation>Закрытые</translation>
    </message>
    <message>
        <location filename="../../app/ui/assistance/page.py" line="194"/>
        <source>All</source>
        <translation>Все</translation>
    </message>
    <message>
        <location filename="../../app/ui/assistance/page.py" line="197"/>
        <source>Any status</source>
        <translation>Любой статус</translation>
    </message>
    <message>
        <location filename="../../app/ui/assistance/page.py" line="203"/>
        <source>How</source>
        <translation>Способ</translation>
    </message>
    <message>
        <location filename="../../app/ui/assistance/page.py" line="203"/>
        <source>Change</source>
        <translation>Изменения</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/assistance/page.py" line="219"/>
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n случай</numerusform>
            <numerusform>%n случая</numerusform>
            <numerusform>%n случаев</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/assistance/page.py" line="505"/>
        <source>Note</source>
        <translation>Заметка</translation>
    </message>
    <message>
        <location filename="../../app/ui/assistance/page.py" line="331"/>
        <source>Someone else changed this case meanwhile. Close this window and open the case again.</source>
        <translation>Кто-то другой тем временем изменил этот случай. Закройте это окно и откройте случай заново.</translation>
    </message>
    <message>
        <location filename="../../app/ui/assistance/page.py" line="334"/>
        <source>Not possible now: %1</source>
        <translation>Сейчас невозможно: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/assistance/page.py" line="337"/>
        <source>Only social-work specialists work on assistance cases.</source>
        <translation>Со случаями сопровождения работают только специалисты по социальной работе.</translation>
    </message>
    <message>
        <location filename="../../app/ui/assistance/page.py" line="354"/>
        <source>Not changed</source>
        <translation>Не изменено</translation>
    </message>
    <message>
        <location filename="../../app/ui/assistance/page.py" line="419"/>
        <source>Assistance case exists</source>
        <translation>Случай сопровождения уже есть</translation>
    </message>
    <message>
        <location filename="../../app/ui/assistance/page.py" line="420"/>
        <source>An assistance case was already opened from this: %1. Show it, or open another one?</source>
        <translation>По этим данным уже открыт случай сопровождения: %1. Показать его или открыть ещё один?</translation>
    </message>
    <message>
        <location filename="../../app/ui/assistance/page.py" line="422"/>
        <source>Show it</source>
        <translation>Показать</translation>
    </message>
    <message>
        <location filename="../../app/ui/assistance/page.py" line="422"/>
        <source>Open another</source>
        <translation>Открыть ещё один</translation>
    </message>
    <message>
        <location filename="../../app/ui/assistance/page.py" line="423"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../../app/ui/assistance/page.py" line="435"/>
        <location filename="../../app/ui/assistance/page.py" line="447"/>
        <source>Not possible</source>
        <translation>Невозможно</translation>
    </message>
    <message>
        <location filename="../../app/ui/assistance/page.py" line="438"/>
        <source>From crisis case %1: the trafficking status and the exploitation recorded there are taken over.</source>
        <translation>Из кризисного случая %1: статус по торговле людьми и сведения об эксплуатации перенесены оттуда.</translation>
    </message>
    <message>
        <location filename="../../app/ui/assistance/page.py" line="449"/>
        <source>From the contact of %1.</source>
        <translation>По обращению от %1.</translation>
    </message>
    <message>
        <location filename="../../app/ui/assistance/page.py" line="549"/>
        <source>Remove the service?</source>
        <translation>Удалить услугу?</translation>
    </message>
    <message>
        <location filename="../../app/ui/assistance/page.py" line="550"/>
        <source>Remove “%1” of %2 from the case? The timeline keeps a note of it.</source>
        <translation>Удалить из случая услугу «%1» от %2? В хронологии останется отметка об этом.</translation>
    </message>
    <message>
        <location filename="../../app/ui/assistance/page.py" line="584"/>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <location filename="../../app/ui/assistance/page.py" line="592"/>
        <source>Remove the referral?</source>
        <translation>Удалить направление?</translation>
    </message>
    <message>
        <location filename="../../app/ui/assistance/page.py" line="593"/>
        <source>Remove this referral from the case? The timeline keeps a note of it.</source>
        <translation>Удалить это направление из случая? В хронологии останется отметка об этом.</translation>
    </message>
    <message>
        <location filename="../../app/ui/assistance/page.py" line="644"/>
        <source>Remove the visit?</source>
        <translation>Удалить визит?</translation>
    </message>
    <message>
        <location filename="../../app/ui/assistance/page.py" line="645"/>
        <source>Remove the monitoring visit of %1? The timeline keeps a note of it.</source>
        <translation>Удалить мониторинговый визит %1? В хронологии останется отметка об этом.</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <location filename="../../app/ui/login.py" line="466"/>
        <source>Change your password</source>
        <translation>Смена пароля</translation>
    </message>
    <message>
        <location filename="../../app/ui/login.py" line="468"/>
        <source>An administrator set a temporary password for you. Choose your own now: at least 10 characters, a few words in a row make a good one.</source>
        <translation>Администратор задал вам временный пароль. Выберите свой: не меньше 10 символов; несколько слов подряд — хороший пароль.</translation>
    </message>
    <message>
        <location filename="../../app/ui/login.py" line="470"/>
        <source>At least 10 characters; a few words in a row make a good one.</source>
        <translation>Не меньше 10 символов; несколько слов подряд — хороший пароль.</translation>
    </message>
    <message>
        <location filename="../../app/ui/login.py" line="472"/>
        <source>&amp;Current password:</source>
        <translation>&amp;Текущий пароль:</translation>
    </message>
    <message>
        <location filename="../../app/ui/login.py" line="472"/>
        <source>&amp;New password:</source>
        <translation>&amp;Новый пароль:</translation>
    </message>
    <message>
        <location filename="../../app/ui/login.py" line="473"/>
        <source>New password a&amp;gain:</source>
        <translation>Новый пароль &amp;ещё раз:</translation>
    </message>
    <message>
        <location filename="../../app/ui/login.py" line="476"/>
        <source>&amp;Change the password</source>
        <translation>&amp;Сменить пароль</translation>
    </message>
    <message>
        <location filename="../../app/ui/login.py" line="478"/>
        <source>&amp;Quit</source>
        <translation>&amp;Выйти</translation>
    </message>
    <message>
        <location filename="../../app/ui/login.py" line="478"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
</context>
<context>
    <name>ClientDialog</name>
    <message>
        <location filename="../../app/ui/assistance/dialogs.py" line="276"/>
        <source>New assistance case</source>
        <translation>Новый случай сопровождения</translation>
    </message>
    <message>
        <location filename="../../app/ui/assistance/dialogs.py" line="276"/>
        <source>Client</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <location filename="../../app/ui/assistance/dialogs.py" line="278"/>
        <source>Personal data of the client: required for an assistance case, and asked for nowhere else in the app. Record only what the client agreed to; it is shown to specialists and hidden in redacted summaries.</source>
        <translation>Персональные данные клиента: обязательны для случая сопровождения и больше нигде в программе не запрашиваются. Записывайте только то, на что клиент дал согласие; эти данные видны специалистам и скрыты в обезличенных сводках.</translation>
    </message>
    <message>
        <location filename="../../app/ui/assistance/dialogs.py" line="316"/>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location filename="../../app/ui/assistance/dialogs.py" line="316"/>
        <source>Relation</source>
        <translation>Кем приходится</translation>
    </message>
    <message>
        <location filename="../../app/ui/assistance/dialogs.py" line="316"/>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location filename="../../app/ui/assistance/dialogs.py" line="321"/>
        <source>Add a re&amp;lative…</source>
        <translation>Д&amp;обавить родственника…</translation>
    </message>
    <message>
        <location filename="../../app/ui/assistance/dialogs.py" line="322"/>
        <source>Ed&amp;it…</source>
        <translation>И&amp;зменить…</translation>
    </message>
    <message>
        <location filename="../../app/ui/assistance/dialogs.py" line="323"/>
        <source>Remo&amp;ve</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <location filename="../../app/ui/assistance/dialogs.py" line="326"/>
        <source>&amp;Name:*</source>
        <translation>&amp;Имя:*</translation>
    </message>
    <message>
        <location filename="../../app/ui/assistance/dialogs.py" line="327"/>
        <source>&amp;Gender:*</source>
        <translation>&amp;Пол:*</translation>
    </message>
    <message>
        <location filename="../../app/ui/assistance/dialogs.py" line="328"/>
        <source>Date of &amp;birth:</source>
        <translation>&amp;Дата рождения:</translation>
    </message>
    <message>
        <location filename="../../app/ui/assistance/dialogs.py" line="329"/>
        <source>&amp;Phone:</source>
        <translation>&amp;Телефон:</translation>
    </message>
    <message>
        <location filename="../../app/ui/assistance/dialogs.py" line="330"/>
        <source>&amp;E-mail:</source>
        <translation>&amp;Эл. почта:</translation>
    </message>
    <message>
        <location filename="../../app/ui/assistance/dialogs.py" line="331"/>
        <source>A&amp;ddress:</source>
        <translation>&amp;Адрес:</translation>
    </message>
    <message>
        <location filename="../../app/ui/assistance/dialogs.py" line="332"/>
        <source>&amp;Region:</source>
        <translation>&amp;Регион:</translation>
    </message>
    <message>
        <location filename="../../app/ui/assistance/dialogs.py" line="333"/>
        <source>&amp;Citizenship:</source>
        <translation>&amp;Гражданство:</translation>
    </message>
    <message>
        <location filename="../../app/ui/assistance/dialogs.py" line="335"/>
        <source>&amp;Trafficking status:</source>
        <translation>Статус (торговля &amp;людьми):</translation>
    </message>
    <message>
        <location filename="../../app/ui/assistance/dialogs.py" line="337"/>
        <source>&amp;Specialist:</source>
        <translation>&amp;Специалист:</translation>
    </message>
    <message>
        <location filename="../../app/ui/assistance/dialogs.py" line="338"/>
        <source>* required, and at least one of phone, e-mail or address</source>
        <translation>* обязательно, а также хотя бы одно из: телефон, эл. почта или адрес</translation>
    </message>
    <message>
        <location filename="../../app/ui/assistance/dialogs.py" line="348"/>
        <source>Relatives involved:</source>
        <translation>Родственники, связанные со случаем:</translation>
    </message>
</context>
<context>
    <name>CloseDialog</name>
    <message>
        <location filename="../../app/ui/crisis/dialogs.py" line="53"/>
        <source>Close the case</source>
        <translation>Закрытие случая</translation>
    </message>
    <message>
        <location filename="../../app/ui/crisis/dialogs.py" line="60"/>
        <source>&amp;Reason:</source>
        <translation>&amp;Причина:</translation>
    </message>
    <message>
        <location filename="../../app/ui/crisis/dialogs.py" line="61"/>
        <source>&amp;Note:</source>
        <translation>&amp;Заметка:</translation>
    </message>
</context>
<context>
    <name>ConfirmErasure</name>
    <message>
        <location filename="../../app/ui/erasure/page.py" line="47"/>
        <source>Erase personal data</source>
        <translation>Удаление персональных данных</translation>
    </message>
    <message>
        <location filename="../../app/ui/erasure/page.py" line="48"/>
        <source>ERASE</source>
        <translation>УДАЛИТЬ</translation>
    </message>
    <message>
        <location filename="../../app/ui/erasure/page.py" line="49"/>
        <source>the caller profile</source>
        <translation>профиль абонента</translation>
    </message>
    <message>
        <location filename="../../app/ui/erasure/page.py" line="50"/>
        <source>the client of the assistance case</source>
        <translation>клиента дела о помощи</translation>
    </message>
    <message>
        <location filename="../../app/ui/erasure/page.py" line="52"/>
        <source>This erases %1 «%2» everywhere: the profile or identity, the notes of %3 contact(s), the free text of the linked cases, their change history and drafts. Codes used by the statistics stay. It cannot be undone, and partner sites receive the erasure with the next sync file.</source>
        <translation>Будет удалён(а) %1 «%2» отовсюду: профиль или личные данные, заметки %3 обращений, свободный текст связанных дел, история их изменений и черновики. Коды для статистики останутся. Отменить это нельзя; партнёрские рабочие места получат удаление со следующим файлом синхронизации.</translation>
    </message>
    <message>
        <location filename="../../app/ui/erasure/page.py" line="62"/>
        <source>Type %1 to confirm:</source>
        <translation>Введите %1 для подтверждения:</translation>
    </message>
    <message>
        <location filename="../../app/ui/erasure/page.py" line="66"/>
        <source>Erase</source>
        <translation>Удалить</translation>
    </message>
</context>
<context>
    <name>ConsentDialog</name>
    <message>
        <location filename="../../app/ui/assistance/dialogs.py" line="640"/>
        <source>Record consent</source>
        <translation>Запись согласия</translation>
    </message>
    <message>
        <location filename="../../app/ui/assistance/dialogs.py" line="650"/>
        <source>&amp;What may be shared:</source>
        <translation>&amp;Что можно передавать:</translation>
    </message>
    <message>
        <location filename="../../app/ui/assistance/dialogs.py" line="651"/>
        <source>&amp;With whom:</source>
        <translation>&amp;Кому:</translation>
    </message>
    <message>
        <location filename="../../app/ui/assistance/dialogs.py" line="652"/>
        <source>&amp;Organisation or person:</source>
        <translation>&amp;Организация или человек:</translation>
    </message>
    <message>
        <location filename="../../app/ui/assistance/dialogs.py" line="654"/>
        <source>&amp;Given on:</source>
        <translation>Дата &amp;согласия:</translation>
    </message>
    <message>
        <location filename="../../app/ui/assistance/dialogs.py" line="655"/>
        <source>&amp;Valid until:</source>
        <translation>&amp;Действует до:</translation>
    </message>
    <message>
        <location filename="../../app/ui/assistance/dialogs.py" line="656"/>
        <source>&amp;Notes:</source>
        <translation>&amp;Заметки:</translation>
    </message>
</context>
<context>
    <name>ConsentPage</name>
    <message>
        <location filename="../../app/ui/crisis/wizard_pages.py" line="401"/>
        <source>%1 (proposed)</source>
        <translation>%1 (предложено)</translation>
    </message>
    <message>
        <location filename="../../app/ui/crisis/wizard_pages.py" line="419"/>
        <source>Targets not ticked get anonymous advice only, without the person&apos;s data.</source>
        <translation>Адресатам без отметки — только анонимная консультация, без данных человека.</translation>
    </message>
    <message>
        <location filename="../../app/ui/crisis/wizard_pages.py" line="422"/>
        <source>No consent: every referral will be anonymous advice only, and that is recorded.</source>
        <translation>Согласия нет: все направления будут только анонимной консультацией, и это фиксируется.</translation>
    </message>
</context>
<context>
    <name>ContactListPage</name>
    <message>
        <location filename="../../app/ui/journal/page.py" line="230"/>
        <source>&amp;Search:</source>
        <translation>&amp;Поиск:</translation>
    </message>
    <message>
        <location filename="../../app/ui/journal/page.py" line="230"/>
        <source>&amp;Period:</source>
        <translation>П&amp;ериод:</translation>
    </message>
    <message>
        <location filename="../../app/ui/journal/page.py" line="230"/>
        <source>C&amp;onsultant:</source>
        <translation>&amp;Консультант:</translation>
    </message>
    <message>
        <location filename="../../app/ui/journal/page.py" line="231"/>
        <source>C&amp;hannel:</source>
        <translation>К&amp;анал:</translation>
    </message>
    <message>
        <location filename="../../app/ui/journal/page.py" line="231"/>
        <source>&amp;Topic:</source>
        <translation>&amp;Тема:</translation>
    </message>
    <message>
        <location filename="../../app/ui/journal/page.py" line="231"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Вид:</translation>
    </message>
    <message>
        <location filename="../../app/ui/journal/page.py" line="235"/>
        <source>Today</source>
        <translation>Сегодня</translation>
    </message>
    <message>
        <location filename="../../app/ui/journal/page.py" line="235"/>
        <source>Yesterday</source>
        <translation>Вчера</translation>
    </message>
    <message>
        <location filename="../../app/ui/journal/page.py" line="236"/>
        <source>Last 7 days</source>
        <translation>Последние 7 дней</translation>
    </message>
    <message>
        <location filename="../../app/ui/journal/page.py" line="236"/>
        <source>Last 30 days</source>
        <translation>Последние 30 дней</translation>
    </message>
    <message>
        <location filename="../../app/ui/journal/page.py" line="237"/>
        <source>This year</source>
        <translation>С начала года</translation>
    </message>
    <message>
        <location filename="../../app/ui/journal/page.py" line="237"/>
        <source>All time</source>
        <translation>За всё время</translation>
    </message>
    <message>
        <location filename="../../app/ui/journal/page.py" line="238"/>
        <source>From – to</source>
        <translation>С … по …</translation>
    </message>
    <message>
        <location filename="../../app/ui/journal/page.py" line="242"/>
        <source>All kinds</source>
        <translation>Все виды</translation>
    </message>
    <message>
        <location filename="../../app/ui/journal/page.py" line="242"/>
        <source>Consultations</source>
        <translation>Консультации</translation>
    </message>
    <message>
        <location filename="../../app/ui/journal/page.py" line="243"/>
        <source>Calls without counselling</source>
        <translation>Звонки без консультации</translation>
    </message>
    <message>
        <location filename="../../app/ui/journal/page.py" line="247"/>
        <source>All</source>
        <translation>Все</translation>
    </message>
    <message>
        <location filename="../../app/ui/journal/page.py" line="248"/>
        <source>Words from the notes (Ctrl+F)</source>
        <translation>Слова из заметок (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../app/ui/journal/page.py" line="249"/>
        <source>Op&amp;en (Enter)</source>
        <translation>&amp;Открыть (Enter)</translation>
    </message>
    <message>
        <location filename="../../app/ui/journal/page.py" line="250"/>
        <source>Histor&amp;y (Ctrl+H)</source>
        <translation>&amp;История (Ctrl+H)</translation>
    </message>
    <message>
        <location filename="../../app/ui/journal/page.py" line="293"/>
        <source>More than %1 contacts: narrow the period or the search</source>
        <translation>Более %1 обращений: сузьте период или поиск</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/journal/page.py" line="297"/>
        <source>%n contact(s)</source>
        <translation>
            <numerusform>%n обращение</numerusform>
            <numerusform>%n обращения</numerusform>
            <numerusform>%n обращений</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/journal/page.py" line="370"/>
        <source>The contact just saved (%1) is not in this list: the filters leave it out. Show it (Alt+W)</source>
        <translation>Только что сохранённого обращения (%1) нет в этом списке: его скрывают фильтры. Показать его (Alt+W)</translation>
    </message>
</context>
<context>
    <name>ContactTableModel</name>
    <message>
        <location filename="../../app/ui/journal/page.py" line="69"/>
        <source>Date and time</source>
        <translation>Дата и время</translation>
    </message>
    <message>
        <location filename="../../app/ui/journal/page.py" line="69"/>
        <source>Kind / channel</source>
        <translation>Вид / канал</translation>
    </message>
    <message>
        <location filename="../../app/ui/journal/page.py" line="69"/>
        <source>Gender</source>
        <translation>Пол</translation>
    </message>
    <message>
        <location filename="../../app/ui/journal/page.py" line="70"/>
        <source>Topics</source>
        <translation>Темы</translation>
    </message>
    <message>
        <location filename="../../app/ui/journal/page.py" line="70"/>
        <source>Destinations</source>
        <translation>Страны назначения</translation>
    </message>
    <message>
        <location filename="../../app/ui/journal/page.py" line="70"/>
        <source>Consultant</source>
        <translation>Консультант</translation>
    </message>
    <message>
        <location filename="../../app/ui/journal/page.py" line="70"/>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <location filename="../../app/ui/journal/page.py" line="97"/>
        <source>Taken outside working hours</source>
        <translation>Принято в нерабочее время</translation>
    </message>
    <message>
        <location filename="../../app/ui/journal/page.py" line="99"/>
        <source>Crisis situation abroad</source>
        <translation>Кризисная ситуация за рубежом</translation>
    </message>
</context>
<context>
    <name>ContactView</name>
    <message>
        <location filename="../../app/ui/quality/review_view.py" line="88"/>
        <source>The contact</source>
        <translation>Обращение</translation>
    </message>
    <message>
        <location filename="../../app/ui/quality/review_view.py" line="89"/>
        <source>Notes:</source>
        <translation>Заметки:</translation>
    </message>
    <message>
        <location filename="../../app/ui/quality/review_view.py" line="93"/>
        <source>Date and time:</source>
        <translation>Дата и время:</translation>
    </message>
    <message>
        <location filename="../../app/ui/quality/review_view.py" line="93"/>
        <source>Channel:</source>
        <translation>Канал:</translation>
    </message>
    <message>
        <location filename="../../app/ui/quality/review_view.py" line="94"/>
        <source>Kind:</source>
        <translation>Вид обращения:</translation>
    </message>
    <message>
        <location filename="../../app/ui/quality/review_view.py" line="94"/>
        <source>Consultant:</source>
        <translation>Консультант:</translation>
    </message>
    <message>
        <location filename="../../app/ui/quality/review_view.py" line="95"/>
        <source>Gender:</source>
        <translation>Пол:</translation>
    </message>
    <message>
        <location filename="../../app/ui/quality/review_view.py" line="95"/>
        <source>Age group:</source>
        <translation>Возраст:</translation>
    </message>
    <message>
        <location filename="../../app/ui/quality/review_view.py" line="96"/>
        <source>Region:</source>
        <translation>Регион:</translation>
    </message>
    <message>
        <location filename="../../app/ui/quality/review_view.py" line="96"/>
        <source>Caller&apos;s role:</source>
        <translation>Кто обращается:</translation>
    </message>
    <message>
        <location filename="../../app/ui/quality/review_view.py" line="97"/>
        <source>Topics:</source>
        <translation>Темы:</translation>
    </message>
    <message>
        <location filename="../../app/ui/quality/review_view.py" line="97"/>
        <source>Destinations:</source>
        <translation>Страны назначения:</translation>
    </message>
    <message>
        <location filename="../../app/ui/quality/review_view.py" line="98"/>
        <source>Travel purpose:</source>
        <translation>Цель выезда:</translation>
    </message>
    <message>
        <location filename="../../app/ui/quality/review_view.py" line="99"/>
        <source>How they heard of us:</source>
        <translation>Откуда узнали о нас:</translation>
    </message>
    <message>
        <location filename="../../app/ui/quality/review_view.py" line="99"/>
        <source>Outcome:</source>
        <translation>Результат:</translation>
    </message>
    <message>
        <location filename="../../app/ui/quality/review_view.py" line="100"/>
        <source>Crisis:</source>
        <translation>Кризисная ситуация:</translation>
    </message>
    <message>
        <location filename="../../app/ui/quality/review_view.py" line="107"/>
        <source>This contact no longer exists; the review keeps its scores.</source>
        <translation>Этого обращения больше нет; баллы оценки сохранены.</translation>
    </message>
    <message>
        <location filename="../../app/ui/quality/review_view.py" line="118"/>
        <source>%1 min</source>
        <translation>%1 мин</translation>
    </message>
    <message>
        <location filename="../../app/ui/quality/review_view.py" line="139"/>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <location filename="../../app/ui/quality/review_view.py" line="139"/>
        <source>no</source>
        <translation>нет</translation>
    </message>
</context>
<context>
    <name>CountryPicker</name>
    <message>
        <location filename="../../app/forms/fields.py" line="321"/>
        <source>Type a country, then Enter</source>
        <translation>Введите страну и нажмите Enter</translation>
    </message>
    <message>
        <location filename="../../app/forms/fields.py" line="322"/>
        <source>Remove</source>
        <translation>Убрать</translation>
    </message>
    <message>
        <location filename="../../app/forms/fields.py" line="324"/>
        <source>Down arrow: choose in the list. Del in the empty field: remove the last chosen country.</source>
        <translation>Стрелка вниз — выбор в списке. Del в пустом поле — убрать последнюю выбранную страну.</translation>
    </message>
</context>
<context>
    <name>CrisisPage</name>
    <message>
        <location filename="../../app/ui/crisis/page.py" line="253"/>
        <source>Open</source>
        <translation>Открытые</translation>
    </message>
    <message>
        <location filename="../../app/ui/crisis/page.py" line="253"/>
        <source>Overdue follow-ups</source>
        <translation>Просроченные задачи</translation>
    </message>
    <message>
        <location filename="../../app/ui/crisis/page.py" line="254"/>
        <source>Closed</source>
        <translation>Закрытые</translation>
    </message>
    <message>
        <location filename="../../app/ui/crisis/page.py" line="254"/>
        <source>All</source>
        <translation>Все</translation>
    </message>
    <message>
        <location filename="../../app/ui/crisis/page.py" line="257"/>
        <source>Any crisis</source>
        <translation>Любой кризис</translation>
    </message>
    <message>
        <location filename="../../app/ui/crisis/page.py" line="258"/>
        <source>&amp;Show:</source>
        <translation>&amp;Показать:</translation>
    </message>
    <message>
        <location filename="../../app/ui/crisis/page.py" line="258"/>
        <source>C&amp;risis:</source>
        <translation>&amp;Кризис:</translation>
    </message>
    <message>
        <location filename="../../app/ui/crisis/page.py" line="259"/>
        <source>&amp;Find:</source>
        <translation>Най&amp;ти:</translation>
    </message>
    <message>
        <location filename="../../app/ui/crisis/page.py" line="261"/>
        <source>Case number or city</source>
        <translation>Номер случая или город</translation>
    </message>
    <message>
        <location filename="../../app/ui/crisis/page.py" line="263"/>
        <source>Referral</source>
        <translation>Направление</translation>
    </message>
    <message>
        <location filename="../../app/ui/crisis/page.py" line="263"/>
        <source>Owner</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <location filename="../../app/ui/crisis/page.py" line="263"/>
        <source>Due</source>
        <translation>Срок</translation>
    </message>
    <message>
        <location filename="../../app/ui/crisis/page.py" line="263"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../app/ui/crisis/page.py" line="264"/>
        <source>What to do</source>
        <translation>Что сделать</translation>
    </message>
    <message>
        <location filename="../../app/ui/crisis/page.py" line="265"/>
        <source>Referrals and follow-up</source>
        <translation>Направления и контрольные звонки</translation>
    </message>
    <message>
        <location filename="../../app/ui/crisis/page.py" line="266"/>
        <source>Timeline</source>
        <translation>Хронология</translation>
    </message>
    <message>
        <location filename="../../app/ui/crisis/page.py" line="267"/>
        <source>&amp;Accepted</source>
        <translation>Пр&amp;инято</translation>
    </message>
    <message>
        <location filename="../../app/ui/crisis/page.py" line="268"/>
        <source>Dec&amp;lined…</source>
        <translation>&amp;Отклонено…</translation>
    </message>
    <message>
        <location filename="../../app/ui/crisis/page.py" line="269"/>
        <source>D&amp;one</source>
        <translation>&amp;Выполнено</translation>
    </message>
    <message>
        <location filename="../../app/ui/crisis/page.py" line="270"/>
        <source>Add a &amp;referral…</source>
        <translation>&amp;Добавить направление…</translation>
    </message>
    <message>
        <location filename="../../app/ui/crisis/page.py" line="271"/>
        <source>Follow-up &amp;contact…</source>
        <translation>Повто&amp;рный контакт…</translation>
    </message>
    <message>
        <location filename="../../app/ui/crisis/page.py" line="272"/>
        <source>Add a no&amp;te…</source>
        <translation>Добавить &amp;заметку…</translation>
    </message>
    <message>
        <location filename="../../app/ui/crisis/page.py" line="273"/>
        <source>Ass&amp;istance case…</source>
        <translation>&amp;Начать сопровождение…</translation>
    </message>
    <message>
        <location filename="../../app/ui/crisis/page.py" line="275"/>
        <source>Open an assistance case for this person, with what the questionnaire learnt</source>
        <translation>Открыть случай сопровождения этого человека с данными из анкеты</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/crisis/page.py" line="291"/>
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n случай</numerusform>
            <numerusform>%n случая</numerusform>
            <numerusform>%n случаев</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/crisis/page.py" line="294"/>
        <source>%n follow-up(s) overdue: show them</source>
        <translation>
            <numerusform>%n задача просрочена — показать</numerusform>
            <numerusform>%n задачи просрочены — показать</numerusform>
            <numerusform>%n задач просрочено — показать</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/crisis/page.py" line="314"/>
        <source>No case chosen</source>
        <translation>Случай не выбран</translation>
    </message>
    <message>
        <location filename="../../app/ui/crisis/page.py" line="326"/>
        <source>Where: %1</source>
        <translation>Где: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/crisis/page.py" line="327"/>
        <source>Danger: %1</source>
        <translation>Опасность: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/crisis/page.py" line="474"/>
        <source>Not possible now: %1</source>
        <translation>Сейчас невозможно: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/crisis/page.py" line="336"/>
        <location filename="../../app/ui/crisis/page.py" line="391"/>
        <source>Consent to pass data: %1</source>
        <translation>Согласие на передачу данных: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/crisis/page.py" line="337"/>
        <location filename="../../app/ui/crisis/page.py" line="392"/>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <location filename="../../app/ui/crisis/page.py" line="355"/>
        <location filename="../../app/ui/crisis/page.py" line="395"/>
        <location filename="../../app/ui/crisis/page.py" line="402"/>
        <source>Follow-up call</source>
        <translation>Контрольный звонок</translation>
    </message>
    <message>
        <location filename="../../app/ui/crisis/page.py" line="357"/>
        <source>anonymous</source>
        <translation>анонимно</translation>
    </message>
    <message>
        <location filename="../../app/ui/crisis/page.py" line="373"/>
        <source>Case opened; danger: %1</source>
        <translation>Случай открыт; опасность: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/crisis/page.py" line="376"/>
        <source>possible trafficking</source>
        <translation>возможна торговля людьми</translation>
    </message>
    <message>
        <location filename="../../app/ui/crisis/page.py" line="378"/>
        <source>Contact that opened the case</source>
        <translation>Обращение, по которому открыт случай</translation>
    </message>
    <message>
        <location filename="../../app/ui/crisis/page.py" line="379"/>
        <source>Follow-up contact</source>
        <translation>Повторный контакт</translation>
    </message>
    <message>
        <location filename="../../app/ui/crisis/page.py" line="381"/>
        <source>Questionnaire answers recorded (version %1)</source>
        <translation>Записаны ответы анкеты (версия %1)</translation>
    </message>
    <message>
        <location filename="../../app/ui/crisis/page.py" line="386"/>
        <source>Consent given: %1</source>
        <translation>Согласие дано: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/crisis/page.py" line="387"/>
        <source>Consent withdrawn: %1</source>
        <translation>Согласие отозвано: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/crisis/page.py" line="397"/>
        <source>Referral: %1 (%2)</source>
        <translation>Направление: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../app/ui/crisis/page.py" line="399"/>
        <source>Follow-up call planned</source>
        <translation>Запланирован контрольный звонок</translation>
    </message>
    <message>
        <location filename="../../app/ui/crisis/page.py" line="403"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/crisis/page.py" line="406"/>
        <source>Due time changed</source>
        <translation>Срок изменён</translation>
    </message>
    <message>
        <location filename="../../app/ui/crisis/page.py" line="408"/>
        <location filename="../../app/ui/crisis/page.py" line="528"/>
        <source>Note</source>
        <translation>Заметка</translation>
    </message>
    <message>
        <location filename="../../app/ui/crisis/page.py" line="410"/>
        <source>Case closed: %1</source>
        <translation>Случай закрыт: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/crisis/page.py" line="413"/>
        <source>Case reopened</source>
        <translation>Случай возобновлён</translation>
    </message>
    <message>
        <location filename="../../app/ui/crisis/page.py" line="415"/>
        <source>Trafficking status: %1</source>
        <translation>Статус по торговле людьми: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/crisis/page.py" line="447"/>
        <source>C&amp;lose the case…</source>
        <translation>Закрыть &amp;случай…</translation>
    </message>
    <message>
        <location filename="../../app/ui/crisis/page.py" line="448"/>
        <source>Re&amp;open the case</source>
        <translation>&amp;Возобновить случай</translation>
    </message>
    <message>
        <location filename="../../app/ui/crisis/page.py" line="463"/>
        <source>Something required is missing: give the reason or choose a value.</source>
        <translation>Не хватает обязательных данных: укажите причину или выберите значение.</translation>
    </message>
    <message>
        <location filename="../../app/ui/crisis/page.py" line="465"/>
        <source>No consent to pass the person&apos;s data to this target: only anonymous advice is possible.</source>
        <translation>Нет согласия на передачу данных человека этому адресату: возможна только анонимная консультация.</translation>
    </message>
    <message>
        <location filename="../../app/ui/crisis/page.py" line="467"/>
        <source>The text is too long.</source>
        <translation>Текст слишком длинный.</translation>
    </message>
    <message>
        <location filename="../../app/ui/crisis/page.py" line="468"/>
        <source>Unknown value.</source>
        <translation>Неизвестное значение.</translation>
    </message>
    <message>
        <location filename="../../app/ui/crisis/page.py" line="477"/>
        <source>The case or the referral no longer exists.</source>
        <translation>Этого случая или направления больше нет.</translation>
    </message>
    <message>
        <location filename="../../app/ui/crisis/page.py" line="478"/>
        <source>Not changed</source>
        <translation>Не изменено</translation>
    </message>
    <message>
        <location filename="../../app/ui/crisis/page.py" line="493"/>
        <source>Declined</source>
        <translation>Отклонено</translation>
    </message>
    <message>
        <location filename="../../app/ui/crisis/page.py" line="493"/>
        <source>Why was it declined?</source>
        <translation>Почему направление отклонено?</translation>
    </message>
    <message>
        <location filename="../../app/ui/crisis/page.py" line="528"/>
        <source>Note for the case timeline:</source>
        <translation>Заметка в хронологию случая:</translation>
    </message>
</context>
<context>
    <name>CrisisWizard</name>
    <message>
        <location filename="../../app/ui/crisis/wizard.py" line="150"/>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Назад</translation>
    </message>
    <message>
        <location filename="../../app/ui/crisis/wizard.py" line="151"/>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Далее &gt;</translation>
    </message>
    <message>
        <location filename="../../app/ui/crisis/wizard.py" line="152"/>
        <source>&amp;Finish and save</source>
        <translation>&amp;Завершить и сохранить</translation>
    </message>
    <message>
        <location filename="../../app/ui/crisis/wizard.py" line="153"/>
        <source>Cancel (Esc)</source>
        <translation>Отмена (Esc)</translation>
    </message>
    <message>
        <location filename="../../app/ui/crisis/wizard.py" line="154"/>
        <source>Copy to the summary (F8)</source>
        <translation>Копировать в описание (F8)</translation>
    </message>
    <message>
        <location filename="../../app/ui/crisis/wizard.py" line="157"/>
        <source>Who gave the consent is not recorded: without it there is no consent, and every referral stays anonymous advice. Choose who gave it to pass the person&apos;s data on.</source>
        <translation>Не указано, кто дал согласие: без этого согласия нет, и все направления остаются анонимной консультацией. Чтобы передать данные человека, выберите, кто дал согласие.</translation>
    </message>
    <message>
        <location filename="../../app/ui/crisis/wizard.py" line="301"/>
        <source>Close the crisis questionnaire?</source>
        <translation>Закрыть кризисный опросник?</translation>
    </message>
    <message>
        <location filename="../../app/ui/crisis/wizard.py" line="302"/>
        <source>The answers are kept as a draft and offered again with Ctrl+K.</source>
        <translation>Ответы сохранятся как черновик, и Ctrl+K предложит продолжить.</translation>
    </message>
    <message>
        <location filename="../../app/ui/crisis/wizard.py" line="303"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location filename="../../app/ui/crisis/wizard.py" line="303"/>
        <source>Continue the questionnaire</source>
        <translation>Продолжить опросник</translation>
    </message>
</context>
<context>
    <name>CriterionRow</name>
    <message>
        <location filename="../../app/ui/quality/review_dialog.py" line="114"/>
        <source>N/A</source>
        <translation>Н/П</translation>
    </message>
    <message>
        <location filename="../../app/ui/quality/review_dialog.py" line="125"/>
        <source>Comment for the consultant (C)</source>
        <translation>Комментарий для консультанта (C)</translation>
    </message>
    <message>
        <location filename="../../app/ui/quality/review_dialog.py" line="147"/>
        <source>Comment on %1</source>
        <translation>Комментарий к %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/quality/review_dialog.py" line="153"/>
        <source>not scored</source>
        <translation>не оценено</translation>
    </message>
    <message>
        <location filename="../../app/ui/quality/review_dialog.py" line="157"/>
        <source>Needs a score. </source>
        <translation>Нужна оценка. </translation>
    </message>
    <message>
        <location filename="../../app/ui/quality/review_dialog.py" line="158"/>
        <source>Score: %1. Keys %2; C for a comment</source>
        <translation>Оценка: %1. Клавиши %2; C — комментарий</translation>
    </message>
</context>
<context>
    <name>Curtain</name>
    <message>
        <location filename="../../app/ui/lock.py" line="85"/>
        <source>Infoline Desk is locked</source>
        <translation>Infoline Desk заблокирован</translation>
    </message>
</context>
<context>
    <name>DangerPage</name>
    <message>
        <location filename="../../app/ui/crisis/wizard_pages.py" line="327"/>
        <source>In danger: the next page gives the emergency guidance first.</source>
        <translation>Человек в опасности: на следующей странице — сначала экстренные рекомендации.</translation>
    </message>
    <message>
        <location filename="../../app/ui/crisis/wizard_pages.py" line="331"/>
        <source>Ask these three things first. Enter goes on.</source>
        <translation>Сначала выясните эти три вопроса. Enter — далее.</translation>
    </message>
</context>
<context>
    <name>DashboardTab</name>
    <message>
        <location filename="../../app/ui/quality/dashboard.py" line="207"/>
        <source>Mean scores by month</source>
        <translation>Средние оценки по месяцам</translation>
    </message>
    <message>
        <location filename="../../app/ui/quality/dashboard.py" line="240"/>
        <source>&amp;Period:</source>
        <translation>П&amp;ериод:</translation>
    </message>
    <message>
        <location filename="../../app/ui/quality/dashboard.py" line="241"/>
        <source>What the chart shows</source>
        <translation>Что показывает диаграмма</translation>
    </message>
    <message>
        <location filename="../../app/ui/quality/dashboard.py" line="245"/>
        <source>Chart: by consultant</source>
        <translation>График: по консультантам</translation>
    </message>
    <message>
        <location filename="../../app/ui/quality/dashboard.py" line="246"/>
        <source>Chart: by section</source>
        <translation>График: по разделам</translation>
    </message>
    <message>
        <location filename="../../app/ui/quality/dashboard.py" line="249"/>
        <source>Export &amp;XLSX…</source>
        <translation>&amp;Таблица XLSX…</translation>
    </message>
    <message>
        <location filename="../../app/ui/quality/dashboard.py" line="250"/>
        <source>Export P&amp;DF…</source>
        <translation>&amp;Документ PDF…</translation>
    </message>
    <message>
        <location filename="../../app/ui/quality/dashboard.py" line="251"/>
        <source>No completed reviews in this period.</source>
        <translation>За этот период нет завершённых оценок.</translation>
    </message>
    <message>
        <location filename="../../app/ui/quality/dashboard.py" line="252"/>
        <source>By consultant</source>
        <translation>По консультантам</translation>
    </message>
    <message>
        <location filename="../../app/ui/quality/dashboard.py" line="252"/>
        <source>By section</source>
        <translation>По разделам</translation>
    </message>
    <message>
        <location filename="../../app/ui/quality/dashboard.py" line="253"/>
        <location filename="../../app/ui/quality/dashboard.py" line="355"/>
        <source>Weakest criteria</source>
        <translation>Самые слабые критерии</translation>
    </message>
    <message>
        <location filename="../../app/ui/quality/dashboard.py" line="253"/>
        <source>Against the plan</source>
        <translation>Выполнение плана</translation>
    </message>
    <message>
        <location filename="../../app/ui/quality/dashboard.py" line="254"/>
        <location filename="../../app/ui/quality/dashboard.py" line="352"/>
        <location filename="../../app/ui/quality/dashboard.py" line="356"/>
        <source>Completed reviews</source>
        <translation>Завершённые оценки</translation>
    </message>
    <message>
        <location filename="../../app/ui/quality/dashboard.py" line="265"/>
        <source>The period ends before it starts.</source>
        <translation>Период заканчивается раньше, чем начинается.</translation>
    </message>
    <message>
        <location filename="../../app/ui/quality/dashboard.py" line="278"/>
        <source>Completed reviews: %1</source>
        <translation>Завершённых оценок: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/quality/dashboard.py" line="279"/>
        <source>team average %1</source>
        <translation>в среднем по команде %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/quality/dashboard.py" line="281"/>
        <source>meetings %1, examinations %2, trainings %3</source>
        <translation>совещаний: %1, экзаменов: %2, тренингов: %3</translation>
    </message>
    <message>
        <location filename="../../app/ui/quality/dashboard.py" line="286"/>
        <location filename="../../app/ui/quality/dashboard.py" line="295"/>
        <location filename="../../app/ui/quality/dashboard.py" line="305"/>
        <location filename="../../app/ui/quality/dashboard.py" line="358"/>
        <source>Consultant</source>
        <translation>Консультант</translation>
    </message>
    <message>
        <location filename="../../app/ui/quality/dashboard.py" line="287"/>
        <location filename="../../app/ui/quality/dashboard.py" line="290"/>
        <location filename="../../app/ui/quality/dashboard.py" line="358"/>
        <source>Section</source>
        <translation>Раздел</translation>
    </message>
    <message>
        <location filename="../../app/ui/quality/dashboard.py" line="290"/>
        <location filename="../../app/ui/quality/dashboard.py" line="359"/>
        <source>Criterion</source>
        <translation>Критерий</translation>
    </message>
    <message>
        <location filename="../../app/ui/quality/dashboard.py" line="290"/>
        <location filename="../../app/ui/quality/dashboard.py" line="317"/>
        <source>Average</source>
        <translation>Среднее</translation>
    </message>
    <message>
        <location filename="../../app/ui/quality/dashboard.py" line="291"/>
        <location filename="../../app/ui/quality/dashboard.py" line="360"/>
        <source>Applied</source>
        <translation>Применялся</translation>
    </message>
    <message>
        <location filename="../../app/ui/quality/dashboard.py" line="291"/>
        <location filename="../../app/ui/quality/dashboard.py" line="360"/>
        <source>Scored 0</source>
        <translation>Получил 0</translation>
    </message>
    <message>
        <location filename="../../app/ui/quality/dashboard.py" line="295"/>
        <location filename="../../app/ui/quality/dashboard.py" line="361"/>
        <source>Round</source>
        <translation>Цикл</translation>
    </message>
    <message>
        <location filename="../../app/ui/quality/dashboard.py" line="295"/>
        <location filename="../../app/ui/quality/dashboard.py" line="361"/>
        <source>Planned</source>
        <translation>Запланировано</translation>
    </message>
    <message>
        <location filename="../../app/ui/quality/dashboard.py" line="296"/>
        <location filename="../../app/ui/quality/dashboard.py" line="305"/>
        <location filename="../../app/ui/quality/dashboard.py" line="361"/>
        <location filename="../../app/ui/quality/dashboard.py" line="363"/>
        <source>Completed</source>
        <translation>Завершено</translation>
    </message>
    <message>
        <location filename="../../app/ui/quality/dashboard.py" line="296"/>
        <location filename="../../app/ui/quality/dashboard.py" line="362"/>
        <source>In progress</source>
        <translation>В работе</translation>
    </message>
    <message>
        <location filename="../../app/ui/quality/dashboard.py" line="296"/>
        <source>Done</source>
        <translation>Выполнено</translation>
    </message>
    <message>
        <location filename="../../app/ui/quality/dashboard.py" line="298"/>
        <location filename="../../app/ui/quality/dashboard.py" line="362"/>
        <source>Whole round</source>
        <translation>Весь цикл</translation>
    </message>
    <message>
        <location filename="../../app/ui/quality/dashboard.py" line="305"/>
        <location filename="../../app/ui/quality/dashboard.py" line="363"/>
        <source>Contact</source>
        <translation>Обращение</translation>
    </message>
    <message>
        <location filename="../../app/ui/quality/dashboard.py" line="306"/>
        <location filename="../../app/ui/quality/dashboard.py" line="364"/>
        <source>Reviewer</source>
        <translation>Проверяющий</translation>
    </message>
    <message>
        <location filename="../../app/ui/quality/dashboard.py" line="306"/>
        <source>Score</source>
        <translation>Балл</translation>
    </message>
    <message>
        <location filename="../../app/ui/quality/dashboard.py" line="306"/>
        <location filename="../../app/ui/quality/dashboard.py" line="357"/>
        <location filename="../../app/ui/quality/dashboard.py" line="364"/>
        <source>Band</source>
        <translation>Уровень</translation>
    </message>
    <message>
        <location filename="../../app/ui/quality/dashboard.py" line="307"/>
        <location filename="../../app/ui/quality/dashboard.py" line="365"/>
        <source>Read</source>
        <translation>Прочитано</translation>
    </message>
    <message>
        <location filename="../../app/ui/quality/dashboard.py" line="310"/>
        <location filename="../../app/ui/quality/dashboard.py" line="365"/>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <location filename="../../app/ui/quality/dashboard.py" line="310"/>
        <location filename="../../app/ui/quality/dashboard.py" line="366"/>
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message>
        <location filename="../../app/ui/quality/dashboard.py" line="317"/>
        <location filename="../../app/ui/quality/dashboard.py" line="360"/>
        <source>Reviews</source>
        <translation>Оценок</translation>
    </message>
    <message>
        <location filename="../../app/ui/quality/dashboard.py" line="350"/>
        <source>Counselling quality</source>
        <translation>Качество консультирования</translation>
    </message>
    <message>
        <location filename="../../app/ui/quality/dashboard.py" line="350"/>
        <source>Period</source>
        <translation>Период</translation>
    </message>
    <message>
        <location filename="../../app/ui/quality/dashboard.py" line="351"/>
        <source>Made</source>
        <translation>Подготовлено</translation>
    </message>
    <message>
        <location filename="../../app/ui/quality/dashboard.py" line="351"/>
        <source>Site</source>
        <translation>Офис</translation>
    </message>
    <message>
        <location filename="../../app/ui/quality/dashboard.py" line="352"/>
        <source>Team average, %</source>
        <translation>Среднее по команде, %</translation>
    </message>
    <message>
        <location filename="../../app/ui/quality/dashboard.py" line="353"/>
        <source>Scores by consultant, %</source>
        <translation>Баллы по консультантам, %</translation>
    </message>
    <message>
        <location filename="../../app/ui/quality/dashboard.py" line="354"/>
        <source>Average score by month, %</source>
        <translation>Средний балл по месяцам, %</translation>
    </message>
    <message>
        <location filename="../../app/ui/quality/dashboard.py" line="355"/>
        <source>Scores by section, %</source>
        <translation>Баллы по разделам, %</translation>
    </message>
    <message>
        <location filename="../../app/ui/quality/dashboard.py" line="356"/>
        <source>Reviews against the plan</source>
        <translation>Выполнение плана оценок</translation>
    </message>
    <message>
        <location filename="../../app/ui/quality/dashboard.py" line="357"/>
        <source>Staff development</source>
        <translation>Повышение квалификации</translation>
    </message>
    <message>
        <location filename="../../app/ui/quality/dashboard.py" line="359"/>
        <source>Average, %</source>
        <translation>Среднее, %</translation>
    </message>
    <message>
        <location filename="../../app/ui/quality/dashboard.py" line="364"/>
        <source>Score, %</source>
        <translation>Балл, %</translation>
    </message>
    <message>
        <location filename="../../app/ui/quality/dashboard.py" line="365"/>
        <source>Version</source>
        <translation>Версия</translation>
    </message>
    <message>
        <location filename="../../app/ui/quality/dashboard.py" line="366"/>
        <source>Page %1</source>
        <translation>Страница %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/quality/dashboard.py" line="367"/>
        <source>Meetings</source>
        <translation>Совещания</translation>
    </message>
    <message>
        <location filename="../../app/ui/quality/dashboard.py" line="368"/>
        <source>Examinations</source>
        <translation>Экзамены</translation>
    </message>
    <message>
        <location filename="../../app/ui/quality/dashboard.py" line="369"/>
        <source>Trainings</source>
        <translation>Тренинги</translation>
    </message>
    <message>
        <location filename="../../app/ui/quality/dashboard.py" line="377"/>
        <source>quality</source>
        <translation>качество</translation>
    </message>
    <message>
        <location filename="../../app/ui/quality/dashboard.py" line="378"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Книга Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../app/ui/quality/dashboard.py" line="379"/>
        <source>PDF document (*.pdf)</source>
        <translation>Документ PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../app/ui/quality/dashboard.py" line="380"/>
        <source>Export the dashboard</source>
        <translation>Экспорт сводки</translation>
    </message>
    <message>
        <location filename="../../app/ui/quality/dashboard.py" line="394"/>
        <source>Exported</source>
        <translation>Экспорт выполнен</translation>
    </message>
    <message>
        <location filename="../../app/ui/quality/dashboard.py" line="395"/>
        <source>The dashboard was saved to %1</source>
        <translation>Сводка сохранена в файл %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/quality/dashboard.py" line="399"/>
        <source>Not exported</source>
        <translation>Экспорт не выполнен</translation>
    </message>
    <message>
        <location filename="../../app/ui/quality/dashboard.py" line="401"/>
        <source>Exporting…</source>
        <translation>Экспорт…</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../../app/ui/widgets/datefield.py" line="54"/>
        <source>«%1» is not a date: type the day, month and year, as 07.01.2027</source>
        <translation>«%1» — не дата: введите день, месяц и год, например 07.01.2027</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/datefield.py" line="62"/>
        <source>%1 is not a year the field accepts (%2–%3)</source>
        <translation>Год %1 здесь не принимается (%2–%3)</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/datefield.py" line="69"/>
        <source>There is no month %1: months are 1 to 12</source>
        <translation>Месяца %1 нет: месяцы от 1 до 12</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/datefield.py" line="76"/>
        <source>There is no %1: that month has %2 days</source>
        <translation>Даты %1 нет: в этом месяце %2 дн.</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/datefield.py" line="87"/>
        <source>«%1» is not a time: type hours and minutes, as 14:30</source>
        <translation>«%1» — не время: введите часы и минуты, например 14:30</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/datefield.py" line="94"/>
        <source>There is no time %1: hours are 0 to 23, minutes 0 to 59</source>
        <translation>Времени %1 нет: часы от 0 до 23, минуты от 0 до 59</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/datefield.py" line="111"/>
        <source>«%1» is not a date and time: type them as 07.01.2027 14:30</source>
        <translation>«%1» — не дата и время: введите их так: 07.01.2027 14:30</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/datefield.py" line="241"/>
        <source>dd.mm.yyyy hh:mm</source>
        <translation>дд.мм.гггг чч:мм</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/datefield.py" line="243"/>
        <source>dd.mm.yyyy</source>
        <translation>дд.мм.гггг</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/datefield.py" line="245"/>
        <source>Calendar (F4)</source>
        <translation>Календарь (F4)</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/datefield.py" line="279"/>
        <source>A date is required here</source>
        <translation>Здесь нужна дата</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/datefield.py" line="281"/>
        <source>A date and time are required here</source>
        <translation>Здесь нужны дата и время</translation>
    </message>
</context>
<context>
    <name>DebriefDialog</name>
    <message>
        <location filename="../../app/ui/shift/dialogs.py" line="175"/>
        <location filename="../../app/ui/shift/dialogs.py" line="185"/>
        <source>Ask for a debrief</source>
        <translation>Попросить о разборе</translation>
    </message>
    <message>
        <location filename="../../app/ui/shift/dialogs.py" line="177"/>
        <source>A supervisor will find time to talk the call through with you. The note is optional: only you and the supervisors read it, and it is never counted.</source>
        <translation>Супервизор найдёт время обсудить с вами этот разговор. Заметка необязательна: её читаете только вы и супервизоры, и она нигде не учитывается.</translation>
    </message>
    <message>
        <location filename="../../app/ui/shift/dialogs.py" line="182"/>
        <source>What you would like to talk about (optional)</source>
        <translation>О чём вы хотели бы поговорить (необязательно)</translation>
    </message>
    <message>
        <location filename="../../app/ui/shift/dialogs.py" line="196"/>
        <source>The note is longer than %1 characters.</source>
        <translation>Заметка длиннее %1 знаков.</translation>
    </message>
</context>
<context>
    <name>DirectoryHistoryDialog</name>
    <message>
        <location filename="../../app/ui/directory/dialogs.py" line="303"/>
        <source>History: %1</source>
        <translation>История: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/directory/dialogs.py" line="305"/>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <location filename="../../app/ui/directory/dialogs.py" line="305"/>
        <source>Who</source>
        <translation>Кто</translation>
    </message>
    <message>
        <location filename="../../app/ui/directory/dialogs.py" line="305"/>
        <source>What</source>
        <translation>Что</translation>
    </message>
    <message>
        <location filename="../../app/ui/directory/dialogs.py" line="305"/>
        <source>Before</source>
        <translation>Было</translation>
    </message>
    <message>
        <location filename="../../app/ui/directory/dialogs.py" line="306"/>
        <source>After</source>
        <translation>Стало</translation>
    </message>
    <message>
        <location filename="../../app/ui/directory/dialogs.py" line="311"/>
        <source>Added</source>
        <translation>Добавлено</translation>
    </message>
    <message>
        <location filename="../../app/ui/directory/dialogs.py" line="311"/>
        <source>Changed</source>
        <translation>Изменено</translation>
    </message>
    <message>
        <location filename="../../app/ui/directory/dialogs.py" line="312"/>
        <source>Marked verified</source>
        <translation>Отмечена как проверенная</translation>
    </message>
    <message>
        <location filename="../../app/ui/directory/dialogs.py" line="312"/>
        <location filename="../../app/ui/directory/dialogs.py" line="323"/>
        <source>Retired</source>
        <translation>В архиве</translation>
    </message>
    <message>
        <location filename="../../app/ui/directory/dialogs.py" line="313"/>
        <source>Offered again</source>
        <translation>Возвращена из архива</translation>
    </message>
    <message>
        <location filename="../../app/ui/directory/dialogs.py" line="313"/>
        <source>Imported</source>
        <translation>Импортировано</translation>
    </message>
    <message>
        <location filename="../../app/ui/directory/dialogs.py" line="318"/>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <location filename="../../app/ui/directory/dialogs.py" line="318"/>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <location filename="../../app/ui/directory/dialogs.py" line="318"/>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <location filename="../../app/ui/directory/dialogs.py" line="319"/>
        <source>City</source>
        <translation>Город</translation>
    </message>
    <message>
        <location filename="../../app/ui/directory/dialogs.py" line="319"/>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <location filename="../../app/ui/directory/dialogs.py" line="319"/>
        <source>Phones</source>
        <translation>Телефоны</translation>
    </message>
    <message>
        <location filename="../../app/ui/directory/dialogs.py" line="320"/>
        <source>E-mail</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <location filename="../../app/ui/directory/dialogs.py" line="320"/>
        <source>Website</source>
        <translation>Веб-сайт</translation>
    </message>
    <message>
        <location filename="../../app/ui/directory/dialogs.py" line="321"/>
        <source>Working hours</source>
        <translation>Часы работы</translation>
    </message>
    <message>
        <location filename="../../app/ui/directory/dialogs.py" line="321"/>
        <source>Languages spoken</source>
        <translation>Языки общения</translation>
    </message>
    <message>
        <location filename="../../app/ui/directory/dialogs.py" line="322"/>
        <source>Services</source>
        <translation>Услуги</translation>
    </message>
    <message>
        <location filename="../../app/ui/directory/dialogs.py" line="322"/>
        <source>Notes for consultants</source>
        <translation>Заметки для консультантов</translation>
    </message>
    <message>
        <location filename="../../app/ui/directory/dialogs.py" line="323"/>
        <source>Verified</source>
        <translation>Проверено</translation>
    </message>
    <message>
        <location filename="../../app/ui/directory/dialogs.py" line="324"/>
        <source>Emergency numbers</source>
        <translation>Экстренные номера</translation>
    </message>
</context>
<context>
    <name>DirectoryPage</name>
    <message>
        <location filename="../../app/ui/directory/page.py" line="189"/>
        <source>Directory of contacts abroad</source>
        <translation>Справочник контактов за рубежом</translation>
    </message>
    <message>
        <location filename="../../app/ui/directory/page.py" line="190"/>
        <source>Search: name, city, service… (Ctrl+F)</source>
        <translation>Поиск: название, город, услуга… (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../app/ui/directory/page.py" line="191"/>
        <source>All types</source>
        <translation>Все типы</translation>
    </message>
    <message>
        <location filename="../../app/ui/directory/page.py" line="195"/>
        <location filename="../../app/ui/directory/page.py" line="240"/>
        <source>All countries</source>
        <translation>Все страны</translation>
    </message>
    <message>
        <location filename="../../app/ui/directory/page.py" line="196"/>
        <source>Show re&amp;tired</source>
        <translation>Показывать &amp;архивные</translation>
    </message>
    <message>
        <location filename="../../app/ui/directory/page.py" line="197"/>
        <source>To be checked when not verified for (&amp;months):</source>
        <translation>Требует проверки, если не проверялась (&amp;месяцев):</translation>
    </message>
    <message>
        <location filename="../../app/ui/directory/page.py" line="192"/>
        <location filename="../../app/ui/directory/page.py" line="199"/>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <location filename="../../app/ui/directory/page.py" line="199"/>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <location filename="../../app/ui/directory/page.py" line="193"/>
        <location filename="../../app/ui/directory/page.py" line="199"/>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <location filename="../../app/ui/directory/page.py" line="199"/>
        <source>City</source>
        <translation>Город</translation>
    </message>
    <message>
        <location filename="../../app/ui/directory/page.py" line="200"/>
        <source>Verified</source>
        <translation>Проверено</translation>
    </message>
    <message>
        <location filename="../../app/ui/directory/page.py" line="200"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../app/ui/directory/page.py" line="201"/>
        <source>&amp;Add…</source>
        <translation>&amp;Добавить…</translation>
    </message>
    <message>
        <location filename="../../app/ui/directory/page.py" line="202"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Изменить…</translation>
    </message>
    <message>
        <location filename="../../app/ui/directory/page.py" line="203"/>
        <source>Mark &amp;verified</source>
        <translation>Отметить &amp;проверенной</translation>
    </message>
    <message>
        <location filename="../../app/ui/directory/page.py" line="204"/>
        <source>&amp;History…</source>
        <translation>Ист&amp;ория…</translation>
    </message>
    <message>
        <location filename="../../app/ui/directory/page.py" line="205"/>
        <source>Emergency &amp;numbers…</source>
        <translation>&amp;Экстренные номера…</translation>
    </message>
    <message>
        <location filename="../../app/ui/directory/page.py" line="206"/>
        <source>&amp;Import…</source>
        <translation>Импо&amp;рт…</translation>
    </message>
    <message>
        <location filename="../../app/ui/directory/page.py" line="207"/>
        <source>E&amp;xport…</source>
        <translation>Э&amp;кспорт…</translation>
    </message>
    <message>
        <location filename="../../app/ui/directory/page.py" line="213"/>
        <source>To be chec&amp;ked (%1)</source>
        <translation>&amp;Требуют проверки (%1)</translation>
    </message>
    <message>
        <location filename="../../app/ui/directory/page.py" line="217"/>
        <source>The first %1 entries are shown: narrow the search.</source>
        <translation>Показаны только первые записи (%1): сузьте поиск.</translation>
    </message>
    <message>
        <location filename="../../app/ui/directory/page.py" line="219"/>
        <source>Entries shown: %1</source>
        <translation>Показано записей: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/directory/page.py" line="230"/>
        <source>&amp;Offer again</source>
        <translation>&amp;Вернуть из архива</translation>
    </message>
    <message>
        <location filename="../../app/ui/directory/page.py" line="232"/>
        <source>&amp;Retire…</source>
        <translation>&amp;Убрать в архив…</translation>
    </message>
    <message>
        <location filename="../../app/ui/directory/page.py" line="319"/>
        <source>The directory is empty. Add entries one by one, or import a file that the infoline keeps (Import…). The columns are described in the manual.</source>
        <translation>Справочник пуст. Добавляйте записи по одной или импортируйте файл, который ведёт инфолиния (Импорт…). Столбцы описаны в руководстве.</translation>
    </message>
    <message>
        <location filename="../../app/ui/directory/page.py" line="321"/>
        <source>Nothing matches the search.</source>
        <translation>Ничего не найдено.</translation>
    </message>
    <message>
        <location filename="../../app/ui/directory/page.py" line="376"/>
        <location filename="../../app/ui/directory/page.py" line="396"/>
        <location filename="../../app/ui/directory/page.py" line="482"/>
        <source>Not changed</source>
        <translation>Не изменено</translation>
    </message>
    <message>
        <location filename="../../app/ui/directory/page.py" line="386"/>
        <source>Retire the entry?</source>
        <translation>Убрать запись в архив?</translation>
    </message>
    <message>
        <location filename="../../app/ui/directory/page.py" line="387"/>
        <source>“%1” will no longer be offered to consultants. It stays in the history of the contacts it was given in, and “Show retired” can offer it again.</source>
        <translation>Запись «%1» больше не будет предлагаться консультантам. Она останется в истории обращений, в которых её сообщали, а через «Показывать архивные» её можно вернуть.</translation>
    </message>
    <message>
        <location filename="../../app/ui/directory/page.py" line="417"/>
        <source>Import the directory</source>
        <translation>Импорт справочника</translation>
    </message>
    <message>
        <location filename="../../app/ui/directory/page.py" line="418"/>
        <source>Directory files (*.csv *.xlsx)</source>
        <translation>Файлы справочника (*.csv *.xlsx)</translation>
    </message>
    <message>
        <location filename="../../app/ui/directory/page.py" line="425"/>
        <source>Reading the file…</source>
        <translation>Чтение файла…</translation>
    </message>
    <message>
        <location filename="../../app/ui/directory/page.py" line="434"/>
        <source>Nothing imported</source>
        <translation>Ничего не импортировано</translation>
    </message>
    <message>
        <location filename="../../app/ui/directory/page.py" line="435"/>
        <source>%1 has %2 problem(s); nothing was imported. Correct the file and import it again.</source>
        <translation>В файле %1 найдены ошибки (%2); ничего не импортировано. Исправьте файл и импортируйте его снова.</translation>
    </message>
    <message>
        <location filename="../../app/ui/directory/page.py" line="447"/>
        <source>Import the directory?</source>
        <translation>Импортировать справочник?</translation>
    </message>
    <message>
        <location filename="../../app/ui/directory/page.py" line="441"/>
        <source>%1: %2 new entries, %3 changed, %4 unchanged, emergency numbers of %5 countries. Import?</source>
        <translation>%1: новых записей — %2, изменённых — %3, без изменений — %4; экстренные номера стран: %5. Импортировать?</translation>
    </message>
    <message>
        <location filename="../../app/ui/directory/page.py" line="453"/>
        <source>Importing the directory…</source>
        <translation>Импорт справочника…</translation>
    </message>
    <message>
        <location filename="../../app/ui/directory/page.py" line="458"/>
        <source>cells separated by commas</source>
        <translation>ячейки разделены запятыми</translation>
    </message>
    <message>
        <location filename="../../app/ui/directory/page.py" line="459"/>
        <source>cells separated by semicolons</source>
        <translation>ячейки разделены точкой с запятой</translation>
    </message>
    <message>
        <location filename="../../app/ui/directory/page.py" line="460"/>
        <source>cells separated by tabs</source>
        <translation>ячейки разделены табуляцией</translation>
    </message>
    <message>
        <location filename="../../app/ui/directory/page.py" line="461"/>
        <source>The file was read as %1 text, %2.</source>
        <translation>Файл прочитан как текст в кодировке %1, %2.</translation>
    </message>
    <message>
        <location filename="../../app/ui/directory/page.py" line="470"/>
        <source>Directory imported</source>
        <translation>Справочник импортирован</translation>
    </message>
    <message>
        <location filename="../../app/ui/directory/page.py" line="471"/>
        <source>%1 new entries, %2 changed.</source>
        <translation>Новых записей: %1, изменённых: %2.</translation>
    </message>
    <message>
        <location filename="../../app/ui/directory/page.py" line="477"/>
        <location filename="../../app/ui/directory/page.py" line="480"/>
        <location filename="../../app/ui/directory/page.py" line="485"/>
        <source>The file could not be used</source>
        <translation>Не удалось использовать файл</translation>
    </message>
    <message>
        <location filename="../../app/ui/directory/page.py" line="483"/>
        <source>Only administrators change the directory.</source>
        <translation>Изменять справочник могут только администраторы.</translation>
    </message>
    <message>
        <location filename="../../app/ui/directory/page.py" line="486"/>
        <source>An unexpected error occurred; the log file has the details.</source>
        <translation>Произошла непредвиденная ошибка; подробности — в журнале работы программы.</translation>
    </message>
    <message>
        <location filename="../../app/ui/directory/page.py" line="489"/>
        <source>Export the directory</source>
        <translation>Экспорт справочника</translation>
    </message>
    <message>
        <location filename="../../app/ui/directory/page.py" line="498"/>
        <source>Exporting the directory…</source>
        <translation>Экспорт справочника…</translation>
    </message>
    <message>
        <location filename="../../app/ui/directory/page.py" line="502"/>
        <source>Directory exported</source>
        <translation>Справочник экспортирован</translation>
    </message>
    <message>
        <location filename="../../app/ui/directory/page.py" line="503"/>
        <source>%1 rows written to %2.</source>
        <translation>Записано строк: %1, файл: %2.</translation>
    </message>
</context>
<context>
    <name>DirectoryPanel</name>
    <message>
        <location filename="../../app/ui/directory/panel.py" line="280"/>
        <source>Copy to the notes (F8)</source>
        <translation>Копировать в заметки (F8)</translation>
    </message>
    <message>
        <location filename="../../app/ui/directory/panel.py" line="285"/>
        <source>Contacts abroad (F7)</source>
        <translation>Контакты за рубежом (F7)</translation>
    </message>
    <message>
        <location filename="../../app/ui/directory/panel.py" line="344"/>
        <source>Choose a destination country: its embassies, organisations and emergency numbers appear here.</source>
        <translation>Выберите страну назначения: здесь появятся её посольства, организации и экстренные номера.</translation>
    </message>
    <message>
        <location filename="../../app/ui/directory/panel.py" line="347"/>
        <source>No directory entries for this country yet.</source>
        <translation>В справочнике пока нет записей по этой стране.</translation>
    </message>
</context>
<context>
    <name>EmergencyDialog</name>
    <message>
        <location filename="../../app/ui/directory/dialogs.py" line="258"/>
        <source>Emergency numbers of a country</source>
        <translation>Экстренные номера страны</translation>
    </message>
    <message>
        <location filename="../../app/ui/directory/dialogs.py" line="260"/>
        <source>&amp;Country:</source>
        <translation>&amp;Страна:</translation>
    </message>
    <message>
        <location filename="../../app/ui/directory/dialogs.py" line="260"/>
        <source>&amp;Numbers:</source>
        <translation>&amp;Номера:</translation>
    </message>
    <message>
        <location filename="../../app/ui/directory/dialogs.py" line="260"/>
        <source>N&amp;otes:</source>
        <translation>&amp;Заметки:</translation>
    </message>
    <message>
        <location filename="../../app/ui/directory/dialogs.py" line="262"/>
        <source>One a line, e.g. “112 — all emergencies”</source>
        <translation>По одному в строке, например «112 — все экстренные службы»</translation>
    </message>
    <message>
        <location filename="../../app/ui/directory/dialogs.py" line="273"/>
        <source>Last changed %1</source>
        <translation>Последнее изменение: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/directory/dialogs.py" line="278"/>
        <source>Choose a country.</source>
        <translation>Выберите страну.</translation>
    </message>
    <message>
        <location filename="../../app/ui/directory/dialogs.py" line="285"/>
        <source>check the numbers (each line with a number, at most 2000 characters).</source>
        <translation>проверьте номера (в каждой строке — номер, не более 2000 знаков).</translation>
    </message>
    <message>
        <location filename="../../app/ui/directory/dialogs.py" line="289"/>
        <source>Not saved</source>
        <translation>Не сохранено</translation>
    </message>
    <message>
        <location filename="../../app/ui/directory/dialogs.py" line="290"/>
        <source>Only administrators change the directory.</source>
        <translation>Изменять справочник могут только администраторы.</translation>
    </message>
</context>
<context>
    <name>EmergencyPage</name>
    <message>
        <location filename="../../app/ui/crisis/wizard_pages.py" line="361"/>
        <source>Emergency number in %1: %2</source>
        <translation>Экстренный номер — %1: %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/crisis/wizard_pages.py" line="364"/>
        <source>No emergency number known for %1: in Europe and many other countries 112 works.</source>
        <translation>%1: экстренный номер неизвестен. В Европе и многих других странах работает 112.</translation>
    </message>
    <message>
        <location filename="../../app/ui/crisis/wizard_pages.py" line="366"/>
        <source>this country</source>
        <translation>Эта страна</translation>
    </message>
    <message>
        <location filename="../../app/ui/crisis/wizard_pages.py" line="369"/>
        <source>Embassy of Belarus:</source>
        <translation>Посольство Беларуси:</translation>
    </message>
    <message>
        <location filename="../../app/ui/crisis/wizard_pages.py" line="371"/>
        <source>Embassy of Belarus: see the directory of contacts abroad.</source>
        <translation>Посольство Беларуси: см. справочник контактов за рубежом.</translation>
    </message>
</context>
<context>
    <name>EntryDialog</name>
    <message>
        <location filename="../../app/ui/directory/dialogs.py" line="125"/>
        <source>Edit the entry</source>
        <translation>Изменение записи</translation>
    </message>
    <message>
        <location filename="../../app/ui/directory/dialogs.py" line="125"/>
        <source>New entry</source>
        <translation>Новая запись</translation>
    </message>
    <message>
        <location filename="../../app/ui/directory/dialogs.py" line="127"/>
        <source>&amp;Country:</source>
        <translation>&amp;Страна:</translation>
    </message>
    <message>
        <location filename="../../app/ui/directory/dialogs.py" line="127"/>
        <source>&amp;Type:</source>
        <translation>&amp;Тип:</translation>
    </message>
    <message>
        <location filename="../../app/ui/directory/dialogs.py" line="128"/>
        <source>&amp;Name:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <location filename="../../app/ui/directory/dialogs.py" line="128"/>
        <source>C&amp;ity:</source>
        <translation>&amp;Город:</translation>
    </message>
    <message>
        <location filename="../../app/ui/directory/dialogs.py" line="129"/>
        <source>&amp;Address:</source>
        <translation>&amp;Адрес:</translation>
    </message>
    <message>
        <location filename="../../app/ui/directory/dialogs.py" line="129"/>
        <source>&amp;Phones:</source>
        <translation>Теле&amp;фоны:</translation>
    </message>
    <message>
        <location filename="../../app/ui/directory/dialogs.py" line="130"/>
        <source>&amp;E-mail:</source>
        <translation>&amp;Эл. почта:</translation>
    </message>
    <message>
        <location filename="../../app/ui/directory/dialogs.py" line="130"/>
        <source>&amp;Website:</source>
        <translation>&amp;Веб-сайт:</translation>
    </message>
    <message>
        <location filename="../../app/ui/directory/dialogs.py" line="131"/>
        <source>Working &amp;hours:</source>
        <translation>&amp;Часы работы:</translation>
    </message>
    <message>
        <location filename="../../app/ui/directory/dialogs.py" line="131"/>
        <source>&amp;Languages spoken:</source>
        <translation>&amp;Языки общения:</translation>
    </message>
    <message>
        <location filename="../../app/ui/directory/dialogs.py" line="132"/>
        <source>Se&amp;rvices:</source>
        <translation>&amp;Услуги:</translation>
    </message>
    <message>
        <location filename="../../app/ui/directory/dialogs.py" line="132"/>
        <source>N&amp;otes for consultants:</source>
        <translation>&amp;Заметки для консультантов:</translation>
    </message>
    <message>
        <location filename="../../app/ui/directory/dialogs.py" line="136"/>
        <source>One number a line, with the country code</source>
        <translation>По одному номеру в строке, с кодом страны</translation>
    </message>
    <message>
        <location filename="../../app/ui/directory/dialogs.py" line="137"/>
        <source>I checked these contacts today (marks the entry verified)</source>
        <translation>Я проверил(а) эти контакты сегодня (запись будет отмечена как проверенная)</translation>
    </message>
    <message>
        <location filename="../../app/ui/directory/dialogs.py" line="139"/>
        <source>FICTIONAL (demo): this entry was made up for the demo database. Never give it to a caller.</source>
        <translation>ВЫМЫШЛЕНО (демо): эта запись придумана для демонстрационной базы. Никогда не сообщайте её абонентам.</translation>
    </message>
    <message>
        <location filename="../../app/ui/directory/dialogs.py" line="155"/>
        <source>Never verified</source>
        <translation>Ещё не проверялась</translation>
    </message>
    <message>
        <location filename="../../app/ui/directory/dialogs.py" line="157"/>
        <source>Last verified %1 by %2</source>
        <translation>Последняя проверка: %1, %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/directory/dialogs.py" line="160"/>
        <source>Last verified %1</source>
        <translation>Последняя проверка: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/directory/dialogs.py" line="181"/>
        <source>“%1” is not a phone number</source>
        <translation>«%1» — не номер телефона</translation>
    </message>
    <message>
        <location filename="../../app/ui/directory/dialogs.py" line="186"/>
        <source>not a web address</source>
        <translation>не похоже на адрес сайта</translation>
    </message>
    <message>
        <location filename="../../app/ui/directory/dialogs.py" line="188"/>
        <source>a demo name “(ДЕМО)…” has no place in a real database</source>
        <translation>демонстрационному названию «(ДЕМО)…» не место в рабочей базе</translation>
    </message>
    <message>
        <location filename="../../app/ui/directory/dialogs.py" line="209"/>
        <location filename="../../app/ui/directory/dialogs.py" line="214"/>
        <source>Not saved</source>
        <translation>Не сохранено</translation>
    </message>
    <message>
        <location filename="../../app/ui/directory/dialogs.py" line="210"/>
        <source>Someone else changed this entry since you opened it. Close this window and open the entry again.</source>
        <translation>Кто-то другой изменил эту запись, пока она была у вас открыта. Закройте это окно и откройте запись заново.</translation>
    </message>
    <message>
        <location filename="../../app/ui/directory/dialogs.py" line="215"/>
        <source>Only administrators change the directory.</source>
        <translation>Изменять справочник могут только администраторы.</translation>
    </message>
</context>
<context>
    <name>EntryText</name>
    <message>
        <location filename="../../app/ui/directory/panel.py" line="64"/>
        <source>FICTIONAL (demo)</source>
        <translation>ВЫМЫШЛЕНО (демо)</translation>
    </message>
    <message>
        <location filename="../../app/ui/directory/panel.py" line="67"/>
        <source>to be checked</source>
        <translation>требует проверки</translation>
    </message>
    <message>
        <location filename="../../app/ui/directory/panel.py" line="70"/>
        <source>retired</source>
        <translation>в архиве</translation>
    </message>
    <message>
        <location filename="../../app/ui/directory/panel.py" line="90"/>
        <source>Never verified</source>
        <translation>Не проверялась</translation>
    </message>
    <message>
        <location filename="../../app/ui/directory/panel.py" line="92"/>
        <source>Verified %1 by %2</source>
        <translation>Проверена %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../app/ui/directory/panel.py" line="94"/>
        <source>Verified %1</source>
        <translation>Проверена %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/directory/panel.py" line="103"/>
        <source>tel. %1</source>
        <translation>тел. %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/directory/panel.py" line="105"/>
        <source>e-mail %1</source>
        <translation>эл. почта %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/directory/panel.py" line="109"/>
        <source>address: %1</source>
        <translation>адрес: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/directory/panel.py" line="111"/>
        <source>hours: %1</source>
        <translation>часы работы: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/directory/panel.py" line="119"/>
        <source>Emergency numbers, %1:</source>
        <translation>Экстренные номера, %1:</translation>
    </message>
    <message>
        <location filename="../../app/ui/directory/panel.py" line="133"/>
        <source>Phones</source>
        <translation>Телефоны</translation>
    </message>
    <message>
        <location filename="../../app/ui/directory/panel.py" line="135"/>
        <source>E-mail</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <location filename="../../app/ui/directory/panel.py" line="137"/>
        <source>Website</source>
        <translation>Веб-сайт</translation>
    </message>
    <message>
        <location filename="../../app/ui/directory/panel.py" line="139"/>
        <source>Working hours</source>
        <translation>Часы работы</translation>
    </message>
    <message>
        <location filename="../../app/ui/directory/panel.py" line="142"/>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <location filename="../../app/ui/directory/panel.py" line="144"/>
        <source>Languages</source>
        <translation>Языки</translation>
    </message>
    <message>
        <location filename="../../app/ui/directory/panel.py" line="146"/>
        <source>Services</source>
        <translation>Услуги</translation>
    </message>
    <message>
        <location filename="../../app/ui/directory/panel.py" line="148"/>
        <source>Notes for consultants</source>
        <translation>Заметки для консультантов</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/directory/panel.py" line="167"/>
        <source>Given to callers: %n time(s)</source>
        <translation>
            <numerusform>Сообщено абонентам: %n раз</numerusform>
            <numerusform>Сообщено абонентам: %n раза</numerusform>
            <numerusform>Сообщено абонентам: %n раз</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/directory/panel.py" line="169"/>
        <source>, last on %1</source>
        <translation>, последний раз %1</translation>
    </message>
</context>
<context>
    <name>ErasurePage</name>
    <message>
        <location filename="../../app/ui/erasure/page.py" line="87"/>
        <source>Erase a person&apos;s data</source>
        <translation>Удаление данных человека</translation>
    </message>
    <message>
        <location filename="../../app/ui/erasure/page.py" line="90"/>
        <source>Name, phone or e-mail of a caller or client</source>
        <translation>Имя, телефон или e-mail абонента или клиента</translation>
    </message>
    <message>
        <location filename="../../app/ui/erasure/page.py" line="92"/>
        <source>Find</source>
        <translation>Найти</translation>
    </message>
    <message>
        <location filename="../../app/ui/erasure/page.py" line="95"/>
        <location filename="../../app/ui/erasure/page.py" line="112"/>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location filename="../../app/ui/erasure/page.py" line="95"/>
        <source>Person</source>
        <translation>Человек</translation>
    </message>
    <message>
        <location filename="../../app/ui/erasure/page.py" line="95"/>
        <source>Contacts</source>
        <translation>Обращения</translation>
    </message>
    <message>
        <location filename="../../app/ui/erasure/page.py" line="95"/>
        <source>Cases</source>
        <translation>Дела</translation>
    </message>
    <message>
        <location filename="../../app/ui/erasure/page.py" line="99"/>
        <source>Erase…</source>
        <translation>Удалить…</translation>
    </message>
    <message>
        <location filename="../../app/ui/erasure/page.py" line="104"/>
        <location filename="../../app/ui/erasure/page.py" line="216"/>
        <source>Retention</source>
        <translation>Срок хранения</translation>
    </message>
    <message>
        <location filename="../../app/ui/erasure/page.py" line="123"/>
        <source>Years after closing when a case is listed for review:</source>
        <translation>Через сколько лет после закрытия дело выносится на пересмотр:</translation>
    </message>
    <message>
        <location filename="../../app/ui/erasure/page.py" line="109"/>
        <source>Apply</source>
        <translation>Применить</translation>
    </message>
    <message>
        <location filename="../../app/ui/erasure/page.py" line="112"/>
        <source>Case</source>
        <translation>Дело</translation>
    </message>
    <message>
        <location filename="../../app/ui/erasure/page.py" line="112"/>
        <source>Closed</source>
        <translation>Закрыто</translation>
    </message>
    <message>
        <location filename="../../app/ui/erasure/page.py" line="163"/>
        <source>Caller profile</source>
        <translation>Профиль абонента</translation>
    </message>
    <message>
        <location filename="../../app/ui/erasure/page.py" line="165"/>
        <source>Assistance client</source>
        <translation>Клиент дела о помощи</translation>
    </message>
    <message>
        <location filename="../../app/ui/erasure/page.py" line="174"/>
        <source>Found: %1</source>
        <translation>Найдено: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/erasure/page.py" line="191"/>
        <source>Erasing personal data…</source>
        <translation>Удаление персональных данных…</translation>
    </message>
    <message>
        <location filename="../../app/ui/erasure/page.py" line="210"/>
        <source>Erase personal data</source>
        <translation>Удаление персональных данных</translation>
    </message>
    <message>
        <location filename="../../app/ui/erasure/page.py" line="200"/>
        <source>Erased: %1 contact(s), %2 crisis case(s), %3 assistance case(s), %4 draft(s).</source>
        <translation>Удалено: обращений — %1, кризисных дел — %2, дел о помощи — %3, черновиков — %4.</translation>
    </message>
    <message>
        <location filename="../../app/ui/erasure/page.py" line="222"/>
        <source>Assistance case</source>
        <translation>Дело о помощи</translation>
    </message>
    <message>
        <location filename="../../app/ui/erasure/page.py" line="222"/>
        <source>Crisis case</source>
        <translation>Кризисное дело</translation>
    </message>
    <message>
        <location filename="../../app/ui/erasure/page.py" line="229"/>
        <source>%1 closed case(s) are older than the retention period: review them and erase what is no longer needed.</source>
        <translation>Закрытых дел старше срока хранения: %1. Просмотрите их и удалите то, что больше не нужно.</translation>
    </message>
    <message>
        <location filename="../../app/ui/erasure/page.py" line="231"/>
        <source>No closed case is older than the retention period.</source>
        <translation>Нет закрытых дел старше срока хранения.</translation>
    </message>
</context>
<context>
    <name>FieldErrors</name>
    <message>
        <location filename="../../app/ui/widgets/errors.py" line="22"/>
        <source>required</source>
        <translation>обязательное поле</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/errors.py" line="23"/>
        <source>unknown value</source>
        <translation>неизвестное значение</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/errors.py" line="24"/>
        <source>is in the future</source>
        <translation>в будущем</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/errors.py" line="25"/>
        <source>is before the year 2000</source>
        <translation>раньше 2000 года</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/errors.py" line="26"/>
        <source>the end is before the start</source>
        <translation>окончание раньше начала</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/errors.py" line="27"/>
        <source>too long: at most %1 characters</source>
        <translation>слишком длинный текст (максимум знаков: %1)</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/errors.py" line="28"/>
        <source>not an e-mail address</source>
        <translation>не похоже на адрес эл. почты</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/errors.py" line="35"/>
        <source>Not saved:</source>
        <translation>Не сохранено:</translation>
    </message>
</context>
<context>
    <name>FirstAdminDialog</name>
    <message>
        <location filename="../../app/ui/login.py" line="305"/>
        <source>Infoline Desk — the first administrator</source>
        <translation>Infoline Desk — первый администратор</translation>
    </message>
    <message>
        <location filename="../../app/ui/login.py" line="307"/>
        <source>Protecting this database</source>
        <translation>Защита этой базы данных</translation>
    </message>
    <message>
        <location filename="../../app/ui/login.py" line="309"/>
        <source>This database was made by an older version, without passwords. From now on it is encrypted, and everyone logs in with a personal account. Create the first administrator&apos;s account: the administrator then adds the others. Nothing recorded so far is lost.</source>
        <translation>Эта база данных создана прежней версией, без паролей. Теперь она будет зашифрована, и каждый входит под личной учётной записью. Создайте учётную запись первого администратора: он затем добавит остальных. Ничего из записанного не теряется.</translation>
    </message>
    <message>
        <location filename="../../app/ui/login.py" line="314"/>
        <source>The first administrator</source>
        <translation>Первый администратор</translation>
    </message>
    <message>
        <location filename="../../app/ui/login.py" line="316"/>
        <source>The new database is encrypted and opens only with a personal account. Create the first administrator&apos;s account; the administrator then adds the consultants and the other staff.</source>
        <translation>Новая база данных зашифрована и открывается только по личной учётной записи. Создайте учётную запись первого администратора; он затем добавит консультантов и других сотрудников.</translation>
    </message>
    <message>
        <location filename="../../app/ui/login.py" line="320"/>
        <source>&amp;User name:</source>
        <translation>&amp;Имя пользователя:</translation>
    </message>
    <message>
        <location filename="../../app/ui/login.py" line="320"/>
        <source>&amp;Full name:</source>
        <translation>&amp;Фамилия и имя:</translation>
    </message>
    <message>
        <location filename="../../app/ui/login.py" line="320"/>
        <source>&amp;Password:</source>
        <translation>П&amp;ароль:</translation>
    </message>
    <message>
        <location filename="../../app/ui/login.py" line="321"/>
        <source>Password a&amp;gain:</source>
        <translation>Пароль &amp;ещё раз:</translation>
    </message>
    <message>
        <location filename="../../app/ui/login.py" line="324"/>
        <source>A password has at least 10 characters; a few words in a row make a good one. Common passwords are refused.</source>
        <translation>Пароль — не меньше 10 символов; несколько слов подряд — хороший пароль. Распространённые пароли не принимаются.</translation>
    </message>
    <message>
        <location filename="../../app/ui/login.py" line="326"/>
        <source>&amp;Create and log in</source>
        <translation>&amp;Создать и войти</translation>
    </message>
    <message>
        <location filename="../../app/ui/login.py" line="327"/>
        <source>&amp;Quit</source>
        <translation>&amp;Выйти</translation>
    </message>
    <message>
        <location filename="../../app/ui/login.py" line="344"/>
        <source>The database could not be set up: %1</source>
        <translation>Не удалось подготовить базу данных: %1</translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <location filename="../../app/ui/crisis/dialogs.py" line="134"/>
        <source>Follow-up contact</source>
        <translation>Повторный контакт</translation>
    </message>
    <message>
        <location filename="../../app/ui/crisis/dialogs.py" line="143"/>
        <source>C&amp;hannel:</source>
        <translation>К&amp;анал:</translation>
    </message>
    <message>
        <location filename="../../app/ui/crisis/dialogs.py" line="144"/>
        <source>Date and &amp;time:</source>
        <translation>&amp;Дата и время:</translation>
    </message>
    <message>
        <location filename="../../app/ui/crisis/dialogs.py" line="145"/>
        <source>&amp;Notes:</source>
        <translation>&amp;Заметки:</translation>
    </message>
</context>
<context>
    <name>HandOverDialog</name>
    <message>
        <location filename="../../app/ui/shift/dialogs.py" line="152"/>
        <source>Hand the task over</source>
        <translation>Передать задачу</translation>
    </message>
    <message>
        <location filename="../../app/ui/shift/dialogs.py" line="158"/>
        <source>&amp;To:</source>
        <translation>&amp;Кому:</translation>
    </message>
    <message>
        <location filename="../../app/ui/shift/dialogs.py" line="159"/>
        <source>Hand over</source>
        <translation>Передать</translation>
    </message>
</context>
<context>
    <name>HelpMenu</name>
    <message>
        <location filename="../../app/ui/help.py" line="608"/>
        <source>Help</source>
        <translation>Справка</translation>
    </message>
    <message>
        <location filename="../../app/ui/help.py" line="609"/>
        <source>&amp;Help for this screen</source>
        <translation>&amp;Справка по этому экрану</translation>
    </message>
    <message>
        <location filename="../../app/ui/help.py" line="610"/>
        <source>User &amp;guide</source>
        <translation>&amp;Руководство пользователя</translation>
    </message>
    <message>
        <location filename="../../app/ui/help.py" line="611"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>Сочетания &amp;клавиш</translation>
    </message>
    <message>
        <location filename="../../app/ui/help.py" line="612"/>
        <source>&amp;About Infoline Desk</source>
        <translation>&amp;О программе</translation>
    </message>
</context>
<context>
    <name>HelpWindow</name>
    <message>
        <location filename="../../app/ui/help.py" line="179"/>
        <source>&amp;Back</source>
        <translation>&amp;Назад</translation>
    </message>
    <message>
        <location filename="../../app/ui/help.py" line="180"/>
        <source>&amp;Forward</source>
        <translation>&amp;Вперёд</translation>
    </message>
    <message>
        <location filename="../../app/ui/help.py" line="181"/>
        <source>&amp;Contents</source>
        <translation>&amp;Содержание</translation>
    </message>
    <message>
        <location filename="../../app/ui/help.py" line="182"/>
        <source>&amp;Print…</source>
        <translation>&amp;Печать…</translation>
    </message>
    <message>
        <location filename="../../app/ui/help.py" line="183"/>
        <source>Save as P&amp;DF…</source>
        <translation>Сохранить как &amp;PDF…</translation>
    </message>
    <message>
        <location filename="../../app/ui/help.py" line="188"/>
        <source>User guide</source>
        <translation>Руководство пользователя</translation>
    </message>
    <message>
        <location filename="../../app/ui/help.py" line="212"/>
        <source>Save the guide&apos;s page as PDF</source>
        <translation>Сохранить страницу руководства в PDF</translation>
    </message>
    <message>
        <location filename="../../app/ui/help.py" line="212"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../../app/ui/journal/history.py" line="66"/>
        <source>History of the contact</source>
        <translation>История обращения</translation>
    </message>
    <message>
        <location filename="../../app/ui/journal/history.py" line="68"/>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <location filename="../../app/ui/journal/history.py" line="68"/>
        <source>Who</source>
        <translation>Кто</translation>
    </message>
    <message>
        <location filename="../../app/ui/journal/history.py" line="68"/>
        <source>What</source>
        <translation>Что</translation>
    </message>
    <message>
        <location filename="../../app/ui/journal/history.py" line="68"/>
        <source>Before</source>
        <translation>Было</translation>
    </message>
    <message>
        <location filename="../../app/ui/journal/history.py" line="69"/>
        <source>After</source>
        <translation>Стало</translation>
    </message>
    <message>
        <location filename="../../app/ui/journal/history.py" line="74"/>
        <source>Kind</source>
        <translation>Вид обращения</translation>
    </message>
    <message>
        <location filename="../../app/ui/journal/history.py" line="74"/>
        <source>Channel</source>
        <translation>Канал</translation>
    </message>
    <message>
        <location filename="../../app/ui/journal/history.py" line="75"/>
        <source>Date and time</source>
        <translation>Дата и время</translation>
    </message>
    <message>
        <location filename="../../app/ui/journal/history.py" line="75"/>
        <source>End</source>
        <translation>Окончание</translation>
    </message>
    <message>
        <location filename="../../app/ui/journal/history.py" line="76"/>
        <source>Gender</source>
        <translation>Пол</translation>
    </message>
    <message>
        <location filename="../../app/ui/journal/history.py" line="76"/>
        <source>Age group</source>
        <translation>Возраст</translation>
    </message>
    <message>
        <location filename="../../app/ui/journal/history.py" line="77"/>
        <source>Region</source>
        <translation>Регион</translation>
    </message>
    <message>
        <location filename="../../app/ui/journal/history.py" line="77"/>
        <source>Caller&apos;s role</source>
        <translation>Кто обращается</translation>
    </message>
    <message>
        <location filename="../../app/ui/journal/history.py" line="78"/>
        <source>Topics</source>
        <translation>Темы</translation>
    </message>
    <message>
        <location filename="../../app/ui/journal/history.py" line="78"/>
        <source>Destinations</source>
        <translation>Страны назначения</translation>
    </message>
    <message>
        <location filename="../../app/ui/journal/history.py" line="79"/>
        <source>Travel purpose</source>
        <translation>Цель выезда</translation>
    </message>
    <message>
        <location filename="../../app/ui/journal/history.py" line="80"/>
        <source>How they heard of us</source>
        <translation>Откуда узнали о нас</translation>
    </message>
    <message>
        <location filename="../../app/ui/journal/history.py" line="80"/>
        <source>Outcome</source>
        <translation>Результат</translation>
    </message>
    <message>
        <location filename="../../app/ui/journal/history.py" line="81"/>
        <source>Crisis</source>
        <translation>Кризисная ситуация</translation>
    </message>
    <message>
        <location filename="../../app/ui/journal/history.py" line="81"/>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <location filename="../../app/ui/journal/history.py" line="82"/>
        <source>Caller profile</source>
        <translation>Карточка абонента</translation>
    </message>
    <message>
        <location filename="../../app/ui/journal/history.py" line="82"/>
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <location filename="../../app/ui/journal/history.py" line="89"/>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <location filename="../../app/ui/journal/history.py" line="89"/>
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message>
        <location filename="../../app/ui/journal/history.py" line="95"/>
        <source>linked</source>
        <translation>привязана</translation>
    </message>
    <message>
        <location filename="../../app/ui/journal/history.py" line="108"/>
        <source>Recorded</source>
        <translation>Записано</translation>
    </message>
    <message>
        <location filename="../../app/ui/journal/history.py" line="112"/>
        <source>Imported from a file</source>
        <translation>Импортировано из файла</translation>
    </message>
</context>
<context>
    <name>IdleLock</name>
    <message>
        <location filename="../../app/ui/lock.py" line="320"/>
        <source>Infoline Desk — locked</source>
        <translation>Infoline Desk — заблокирован</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../app/ui/journal/import_dialog.py" line="146"/>
        <location filename="../../app/ui/journal/import_dialog.py" line="242"/>
        <source>Import a legacy spreadsheet</source>
        <translation>Импорт старой таблицы</translation>
    </message>
    <message>
        <location filename="../../app/ui/journal/import_dialog.py" line="147"/>
        <source>&amp;File:</source>
        <translation>&amp;Файл:</translation>
    </message>
    <message>
        <location filename="../../app/ui/journal/import_dialog.py" line="148"/>
        <source>&amp;Choose…</source>
        <translation>&amp;Выбрать…</translation>
    </message>
    <message>
        <location filename="../../app/ui/journal/import_dialog.py" line="149"/>
        <source>Columns to map</source>
        <translation>Сопоставление столбцов</translation>
    </message>
    <message>
        <location filename="../../app/ui/journal/import_dialog.py" line="151"/>
        <source>These columns are not part of the interchange format. Say which column each one is, or leave it out.</source>
        <translation>Этих столбцов нет в формате обмена. Укажите, какому столбцу соответствует каждый из них, или пропустите его.</translation>
    </message>
    <message>
        <location filename="../../app/ui/journal/import_dialog.py" line="153"/>
        <source>The file (first %1 rows):</source>
        <translation>Файл (первые строки: %1):</translation>
    </message>
    <message>
        <location filename="../../app/ui/journal/import_dialog.py" line="155"/>
        <source>Problems found:</source>
        <translation>Найденные ошибки:</translation>
    </message>
    <message>
        <location filename="../../app/ui/journal/import_dialog.py" line="156"/>
        <source>&amp;Import</source>
        <translation>&amp;Импортировать</translation>
    </message>
    <message>
        <location filename="../../app/ui/journal/import_dialog.py" line="165"/>
        <source>date — date and time</source>
        <translation>date — дата и время</translation>
    </message>
    <message>
        <location filename="../../app/ui/journal/import_dialog.py" line="165"/>
        <source>channel</source>
        <translation>channel — канал</translation>
    </message>
    <message>
        <location filename="../../app/ui/journal/import_dialog.py" line="166"/>
        <source>kind — consultation or a contact without counselling</source>
        <translation>kind — консультация или обращение без консультации</translation>
    </message>
    <message>
        <location filename="../../app/ui/journal/import_dialog.py" line="167"/>
        <source>gender</source>
        <translation>gender — пол</translation>
    </message>
    <message>
        <location filename="../../app/ui/journal/import_dialog.py" line="167"/>
        <source>age group</source>
        <translation>age_group — возраст</translation>
    </message>
    <message>
        <location filename="../../app/ui/journal/import_dialog.py" line="168"/>
        <source>region</source>
        <translation>region — регион</translation>
    </message>
    <message>
        <location filename="../../app/ui/journal/import_dialog.py" line="168"/>
        <source>organisation</source>
        <translation>organisation — организация</translation>
    </message>
    <message>
        <location filename="../../app/ui/journal/import_dialog.py" line="169"/>
        <source>topics</source>
        <translation>topics — темы</translation>
    </message>
    <message>
        <location filename="../../app/ui/journal/import_dialog.py" line="169"/>
        <source>destination countries</source>
        <translation>destinations — страны назначения</translation>
    </message>
    <message>
        <location filename="../../app/ui/journal/import_dialog.py" line="170"/>
        <source>crisis (yes/no)</source>
        <translation>crisis — кризисная ситуация (да/нет)</translation>
    </message>
    <message>
        <location filename="../../app/ui/journal/import_dialog.py" line="171"/>
        <source>how they heard of the infoline</source>
        <translation>how_heard — откуда узнали об инфолинии</translation>
    </message>
    <message>
        <location filename="../../app/ui/journal/import_dialog.py" line="171"/>
        <source>notes</source>
        <translation>notes — заметки</translation>
    </message>
    <message>
        <location filename="../../app/ui/journal/import_dialog.py" line="159"/>
        <source>Choose a CSV or XLSX file with the columns date, channel, kind, gender, age_group, region, organisation, topics, destinations, crisis, how_heard, notes. Values may be codes or labels in any language.</source>
        <translation>Выберите файл CSV или XLSX со столбцами date, channel, kind, gender, age_group, region, organisation, topics, destinations, crisis, how_heard, notes. Значения могут быть кодами или названиями на любом языке.</translation>
    </message>
    <message>
        <location filename="../../app/ui/journal/import_dialog.py" line="178"/>
        <source>not UTF-8, UTF-16 or Windows-1251 text; save the file as “CSV UTF-8”</source>
        <translation>текст не в кодировке UTF-8, UTF-16 или Windows-1251; сохраните файл как «CSV UTF-8»</translation>
    </message>
    <message>
        <location filename="../../app/ui/journal/import_dialog.py" line="180"/>
        <source>not readable as %1 text (byte %2)</source>
        <translation>не читается как текст в кодировке %1 (байт %2)</translation>
    </message>
    <message>
        <location filename="../../app/ui/journal/import_dialog.py" line="182"/>
        <source>the workbook is too large to read (more than %1 MB uncompressed)</source>
        <translation>книга слишком велика для чтения (более %1 МБ в распакованном виде)</translation>
    </message>
    <message>
        <location filename="../../app/ui/journal/import_dialog.py" line="184"/>
        <source>a cell is longer than %1 characters</source>
        <translation>в ячейке больше %1 символов</translation>
    </message>
    <message>
        <location filename="../../app/ui/journal/import_dialog.py" line="186"/>
        <source>more than %1 columns</source>
        <translation>больше %1 столбцов</translation>
    </message>
    <message>
        <location filename="../../app/ui/journal/import_dialog.py" line="187"/>
        <source>not a text file</source>
        <translation>это не текстовый файл</translation>
    </message>
    <message>
        <location filename="../../app/ui/journal/import_dialog.py" line="188"/>
        <source>more than %1 rows; split the file</source>
        <translation>больше %1 строк; разделите файл на части</translation>
    </message>
    <message>
        <location filename="../../app/ui/journal/import_dialog.py" line="190"/>
        <source>not valid CSV (%1)</source>
        <translation>неправильный формат CSV (%1)</translation>
    </message>
    <message>
        <location filename="../../app/ui/journal/import_dialog.py" line="191"/>
        <source>the file is empty</source>
        <translation>файл пуст</translation>
    </message>
    <message>
        <location filename="../../app/ui/journal/import_dialog.py" line="192"/>
        <source>not a readable XLSX workbook</source>
        <translation>книга XLSX не читается</translation>
    </message>
    <message>
        <location filename="../../app/ui/journal/import_dialog.py" line="193"/>
        <source>the file cannot be read (%1)</source>
        <translation>файл не удаётся прочитать (%1)</translation>
    </message>
    <message>
        <location filename="../../app/ui/journal/import_dialog.py" line="194"/>
        <source>this column has data but no name</source>
        <translation>в столбце есть данные, но нет названия</translation>
    </message>
    <message>
        <location filename="../../app/ui/journal/import_dialog.py" line="195"/>
        <source>mapped to “%1”, which is not a column of the interchange format</source>
        <translation>сопоставлен с «%1», но такого столбца нет в формате обмена</translation>
    </message>
    <message>
        <location filename="../../app/ui/journal/import_dialog.py" line="197"/>
        <source>unknown column: map it to a known column above, or leave it out</source>
        <translation>неизвестный столбец: сопоставьте его с известным столбцом выше или пропустите</translation>
    </message>
    <message>
        <location filename="../../app/ui/journal/import_dialog.py" line="199"/>
        <source>a second column for “%1” (the first is “%2”)</source>
        <translation>второй столбец для «%1» (первый — «%2»)</translation>
    </message>
    <message>
        <location filename="../../app/ui/journal/import_dialog.py" line="201"/>
        <source>the required column “%1” is missing</source>
        <translation>нет обязательного столбца «%1»</translation>
    </message>
    <message>
        <location filename="../../app/ui/journal/import_dialog.py" line="203"/>
        <source>“%1” is not a known value (codes: %2, or their labels)</source>
        <translation>«%1» — неизвестное значение (коды: %2 или их названия)</translation>
    </message>
    <message>
        <location filename="../../app/ui/journal/import_dialog.py" line="205"/>
        <source>longer than %1 characters</source>
        <translation>длиннее %1 знаков</translation>
    </message>
    <message>
        <location filename="../../app/ui/journal/import_dialog.py" line="206"/>
        <source>is required</source>
        <translation>обязательное поле</translation>
    </message>
    <message>
        <location filename="../../app/ui/journal/import_dialog.py" line="207"/>
        <source>“%1” is not a date (write 2013-03-14 or 2013-03-14T09:30)</source>
        <translation>«%1» — не дата (пишите 2013-03-14 или 2013-03-14T09:30)</translation>
    </message>
    <message>
        <location filename="../../app/ui/journal/import_dialog.py" line="209"/>
        <source>“%1” is not a known topic</source>
        <translation>«%1» — неизвестная тема</translation>
    </message>
    <message>
        <location filename="../../app/ui/journal/import_dialog.py" line="210"/>
        <source>“%1” is not a country (ISO 3166 code such as PL, or its name)</source>
        <translation>«%1» — не страна (нужен код ISO 3166, например PL, или название страны)</translation>
    </message>
    <message>
        <location filename="../../app/ui/journal/import_dialog.py" line="212"/>
        <source>“%1” is neither yes nor no</source>
        <translation>«%1» — не «да» и не «нет»</translation>
    </message>
    <message>
        <location filename="../../app/ui/journal/import_dialog.py" line="213"/>
        <source>is in the future</source>
        <translation>в будущем</translation>
    </message>
    <message>
        <location filename="../../app/ui/journal/import_dialog.py" line="214"/>
        <source>is before 2000</source>
        <translation>раньше 2000 года</translation>
    </message>
    <message>
        <location filename="../../app/ui/journal/import_dialog.py" line="215"/>
        <source>a contact without counselling keeps no counselling details; not imported: %1</source>
        <translation>у обращения без консультации не хранятся данные консультации; не импортировано: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/journal/import_dialog.py" line="218"/>
        <source>more cells than the header has columns</source>
        <translation>ячеек больше, чем столбцов в заголовке</translation>
    </message>
    <message>
        <location filename="../../app/ui/journal/import_dialog.py" line="219"/>
        <source>the file has no rows under its header</source>
        <translation>в файле нет строк под заголовком</translation>
    </message>
    <message>
        <location filename="../../app/ui/journal/import_dialog.py" line="220"/>
        <source>these contacts were already imported on %1 from “%2” (%3 contacts); nothing imported</source>
        <translation>эти обращения уже импортированы %1 из файла «%2» (обращений: %3); ничего не импортировано</translation>
    </message>
    <message>
        <location filename="../../app/ui/journal/import_dialog.py" line="223"/>
        <source>cancelled; nothing imported</source>
        <translation>отменено; ничего не импортировано</translation>
    </message>
    <message>
        <location filename="../../app/ui/journal/import_dialog.py" line="226"/>
        <source>row %1, column %2: %3</source>
        <translation>строка %1, столбец %2: %3</translation>
    </message>
    <message>
        <location filename="../../app/ui/journal/import_dialog.py" line="229"/>
        <source>row %1: %2</source>
        <translation>строка %1: %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/journal/import_dialog.py" line="234"/>
        <source>cells separated by commas</source>
        <translation>ячейки разделены запятыми</translation>
    </message>
    <message>
        <location filename="../../app/ui/journal/import_dialog.py" line="235"/>
        <source>cells separated by semicolons</source>
        <translation>ячейки разделены точкой с запятой</translation>
    </message>
    <message>
        <location filename="../../app/ui/journal/import_dialog.py" line="236"/>
        <source>cells separated by tabs</source>
        <translation>ячейки разделены табуляцией</translation>
    </message>
    <message>
        <location filename="../../app/ui/journal/import_dialog.py" line="237"/>
        <source>read as %1, %2</source>
        <translation>прочитан как %1, %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/journal/import_dialog.py" line="243"/>
        <source>Spreadsheets (*.csv *.xlsx)</source>
        <translation>Таблицы (*.csv *.xlsx)</translation>
    </message>
    <message>
        <location filename="../../app/ui/journal/import_dialog.py" line="255"/>
        <location filename="../../app/ui/journal/import_dialog.py" line="261"/>
        <source>Reading the file…</source>
        <translation>Чтение файла…</translation>
    </message>
    <message>
        <location filename="../../app/ui/journal/import_dialog.py" line="268"/>
        <source>%1: %2 rows, %3 columns</source>
        <translation>%1: строк — %2, столбцов — %3</translation>
    </message>
    <message>
        <location filename="../../app/ui/journal/import_dialog.py" line="271"/>
        <source>%1; %2</source>
        <translation>%1; %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/journal/import_dialog.py" line="304"/>
        <source>— choose a column —</source>
        <translation>— выберите столбец —</translation>
    </message>
    <message>
        <location filename="../../app/ui/journal/import_dialog.py" line="305"/>
        <source>Leave this column out</source>
        <translation>Пропустить этот столбец</translation>
    </message>
    <message>
        <location filename="../../app/ui/journal/import_dialog.py" line="335"/>
        <source>Checking…</source>
        <translation>Проверка…</translation>
    </message>
    <message>
        <location filename="../../app/ui/journal/import_dialog.py" line="349"/>
        <source>Checking the file…</source>
        <translation>Проверка файла…</translation>
    </message>
    <message>
        <location filename="../../app/ui/journal/import_dialog.py" line="358"/>
        <source>Note: %1</source>
        <translation>Примечание: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/journal/import_dialog.py" line="365"/>
        <source>These contacts were imported before; importing them again would count them twice. Nothing will be imported.</source>
        <translation>Эти обращения уже импортировались; повторный импорт учёл бы их дважды. Ничего не будет импортировано.</translation>
    </message>
    <message>
        <location filename="../../app/ui/journal/import_dialog.py" line="370"/>
        <source>%1 problem(s) in %2 row(s): nothing can be imported until the file or the mapping is corrected.</source>
        <translation>Ошибок: %1, строк с ошибками: %2. Импорт невозможен, пока не исправлен файл или сопоставление столбцов.</translation>
    </message>
    <message>
        <location filename="../../app/ui/journal/import_dialog.py" line="373"/>
        <source>No problems: %1 contacts can be imported.</source>
        <translation>Ошибок нет. Обращений к импорту: %1.</translation>
    </message>
    <message>
        <location filename="../../app/ui/journal/import_dialog.py" line="389"/>
        <source>Importing…</source>
        <translation>Импорт…</translation>
    </message>
    <message>
        <location filename="../../app/ui/journal/import_dialog.py" line="395"/>
        <source>Imported %1 contacts.</source>
        <translation>Импортировано обращений: %1.</translation>
    </message>
    <message>
        <location filename="../../app/ui/journal/import_dialog.py" line="410"/>
        <source>Cancelled: nothing was imported.</source>
        <translation>Отменено: ничего не импортировано.</translation>
    </message>
    <message>
        <location filename="../../app/ui/journal/import_dialog.py" line="413"/>
        <source>These contacts were imported before; nothing was imported.</source>
        <translation>Эти обращения уже импортировались; ничего не импортировано.</translation>
    </message>
    <message>
        <location filename="../../app/ui/journal/import_dialog.py" line="415"/>
        <source>The file cannot be used: nothing was imported.</source>
        <translation>Файл нельзя использовать: ничего не импортировано.</translation>
    </message>
    <message>
        <location filename="../../app/ui/journal/import_dialog.py" line="418"/>
        <source>The import failed; nothing was imported. The log file has the details.</source>
        <translation>Импорт не удался; ничего не импортировано. Подробности — в журнале работы программы.</translation>
    </message>
    <message>
        <location filename="../../app/ui/journal/import_dialog.py" line="425"/>
        <source>Stopping…</source>
        <translation>Остановка…</translation>
    </message>
</context>
<context>
    <name>ImportProblems</name>
    <message>
        <location filename="../../app/ui/widgets/import_problems.py" line="26"/>
        <source>is not a known column</source>
        <translation>неизвестный столбец</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/import_problems.py" line="27"/>
        <source>appears twice in the header</source>
        <translation>встречается в заголовке дважды</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/import_problems.py" line="29"/>
        <source>is required but missing from the header</source>
        <translation>обязателен, но его нет в заголовке</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/import_problems.py" line="31"/>
        <source>holds a value beyond the last column</source>
        <translation>есть значение за последним столбцом</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/import_problems.py" line="33"/>
        <location filename="../../app/ui/widgets/import_problems.py" line="112"/>
        <source>is required</source>
        <translation>не заполнено (обязательно)</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/import_problems.py" line="34"/>
        <location filename="../../app/ui/widgets/import_problems.py" line="110"/>
        <source>is longer than %1 characters</source>
        <translation>длиннее %1 символов</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/import_problems.py" line="36"/>
        <source>“%1” is not a date (YYYY-MM-DD or DD.MM.YYYY)</source>
        <translation>«%1» — не дата (ГГГГ-ММ-ДД или ДД.ММ.ГГГГ)</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/import_problems.py" line="39"/>
        <location filename="../../app/ui/widgets/import_problems.py" line="98"/>
        <source>is in the future</source>
        <translation>дата в будущем</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/import_problems.py" line="40"/>
        <source>“%1”: must be yes or no</source>
        <translation>«%1»: нужно «да» или «нет»</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/import_problems.py" line="42"/>
        <source>“%1” is not a country code or name</source>
        <translation>«%1» — не код и не название страны</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/import_problems.py" line="44"/>
        <source>“%1” is not an entry type</source>
        <translation>«%1» — неизвестный тип записи</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/import_problems.py" line="46"/>
        <location filename="../../app/ui/widgets/import_problems.py" line="108"/>
        <source>“%1” is not a known code</source>
        <translation>«%1» — неизвестный код</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/import_problems.py" line="48"/>
        <source>“%1” is not a phone number</source>
        <translation>«%1» — не номер телефона</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/import_problems.py" line="50"/>
        <source>holds no number</source>
        <translation>нет ни одного номера</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/import_problems.py" line="51"/>
        <source>“%1” is not an e-mail address</source>
        <translation>«%1» — не адрес эл. почты</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/import_problems.py" line="53"/>
        <source>is not a web address</source>
        <translation>не адрес сайта</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/import_problems.py" line="54"/>
        <source>must be empty in a row of emergency numbers</source>
        <translation>в строке экстренных номеров должно быть пустым</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/import_problems.py" line="56"/>
        <source>demo entries never go into a real database</source>
        <translation>демонстрационные записи не вносятся в рабочую базу</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/import_problems.py" line="58"/>
        <source>is marked as demo data; a real database refuses it</source>
        <translation>помечено как демо-данные; рабочая база их не принимает</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/import_problems.py" line="60"/>
        <source>“%1” is not an entry id</source>
        <translation>«%1» — не идентификатор записи</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/import_problems.py" line="62"/>
        <source>the same entry as row %1</source>
        <translation>та же запись, что в строке %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/import_problems.py" line="64"/>
        <source>emergency numbers repeated from row %1</source>
        <translation>экстренные номера уже заданы в строке %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/import_problems.py" line="67"/>
        <source>this entry was deleted</source>
        <translation>эта запись удалена</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/import_problems.py" line="69"/>
        <source>“%1” is not a registration number (УНП: 9 digits)</source>
        <translation>«%1» — не регистрационный номер (УНП: 9 цифр)</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/import_problems.py" line="72"/>
        <source>%1 appears twice (row %2 too)</source>
        <translation>%1 встречается дважды (также в строке %2)</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/import_problems.py" line="74"/>
        <source>is before the licence&apos;s start</source>
        <translation>раньше начала действия лицензии</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/import_problems.py" line="88"/>
        <source>not an object with the article&apos;s fields</source>
        <translation>не объект с полями статьи</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/import_problems.py" line="90"/>
        <source>not a field of an article</source>
        <translation>у статьи нет такого поля</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/import_problems.py" line="91"/>
        <source>missing or not an article id</source>
        <translation>нет идентификатора статьи или он неверен</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/import_problems.py" line="92"/>
        <source>not text</source>
        <translation>не текст</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/import_problems.py" line="93"/>
        <source>not a list of codes</source>
        <translation>не список кодов</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/import_problems.py" line="94"/>
        <source>neither “draft” nor “approved”</source>
        <translation>ни «draft», ни «approved»</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/import_problems.py" line="96"/>
        <source>“%1” is not a date (YYYY-MM-DD)</source>
        <translation>«%1» — не дата (ГГГГ-ММ-ДД)</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/import_problems.py" line="99"/>
        <source>neither true nor false</source>
        <translation>ни true, ни false</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/import_problems.py" line="100"/>
        <source>a demo article, which only a demo database accepts</source>
        <translation>демонстрационная статья: её принимает только демонстрационная база</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/import_problems.py" line="102"/>
        <source>“%1” is neither an article nor a checklist</source>
        <translation>«%1» — ни статья, ни чеклист</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/import_problems.py" line="105"/>
        <source>“%1” is not a topic</source>
        <translation>«%1» — неизвестная тема</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/import_problems.py" line="106"/>
        <source>“%1” is not a country code</source>
        <translation>«%1» — не код страны</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/import_problems.py" line="113"/>
        <source>a title needs its text</source>
        <translation>у заголовка нет текста</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/import_problems.py" line="114"/>
        <source>a text needs its title</source>
        <translation>у текста нет заголовка</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/import_problems.py" line="115"/>
        <source>write the title and text in Russian or Belarusian</source>
        <translation>напишите заголовок и текст на русском или белорусском языке</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/import_problems.py" line="117"/>
        <source>begins with a demo mark, which only a demo database accepts</source>
        <translation>начинается с пометки демо-данных: такое принимает только демонстрационная база</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/import_problems.py" line="120"/>
        <source>the same id as article %1</source>
        <translation>тот же идентификатор, что у статьи %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/import_problems.py" line="122"/>
        <source>this article was removed here</source>
        <translation>эта статья здесь удалена</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/import_problems.py" line="130"/>
        <source>the file is not UTF-8, UTF-16 or Windows-1251 text; save it as “CSV UTF-8”</source>
        <translation>файл не в кодировке UTF-8, UTF-16 или Windows-1251; сохраните его как «CSV UTF-8»</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/import_problems.py" line="133"/>
        <source>the file is not readable as %1 text (byte %2)</source>
        <translation>файл не читается как текст в кодировке %1 (байт %2)</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/import_problems.py" line="136"/>
        <source>not a text file</source>
        <translation>это не текстовый файл</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/import_problems.py" line="137"/>
        <source>not a readable XLSX workbook</source>
        <translation>книга XLSX не читается</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/import_problems.py" line="138"/>
        <source>not a readable CSV file</source>
        <translation>файл CSV не читается</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/import_problems.py" line="139"/>
        <source>a cell is longer than %1 characters</source>
        <translation>в ячейке больше %1 символов</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/import_problems.py" line="141"/>
        <source>the workbook is too large to read (more than %1 MB unpacked)</source>
        <translation>книга слишком велика для чтения (в распакованном виде больше %1 МБ)</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/import_problems.py" line="144"/>
        <source>the file is larger than %1 MB</source>
        <translation>файл больше %1 МБ</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/import_problems.py" line="146"/>
        <source>the file cannot be read (%1)</source>
        <translation>файл не удаётся прочитать (%1)</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/import_problems.py" line="148"/>
        <source>the file cannot be read: access is denied</source>
        <translation>файл не удаётся прочитать: нет доступа</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/import_problems.py" line="150"/>
        <source>more than %1 rows; split the file</source>
        <translation>больше %1 строк; разделите файл на части</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/import_problems.py" line="152"/>
        <source>row %1 has more than %2 columns</source>
        <translation>в строке %1 больше %2 столбцов</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/import_problems.py" line="155"/>
        <source>row %1 has a cell longer than %2 characters</source>
        <translation>в строке %1 есть ячейка длиннее %2 символов</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/import_problems.py" line="158"/>
        <source>there is no such file</source>
        <translation>такого файла нет</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/import_problems.py" line="159"/>
        <source>the file name must end in .csv or .xlsx</source>
        <translation>имя файла должно оканчиваться на .csv или .xlsx</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/import_problems.py" line="161"/>
        <source>the file is empty</source>
        <translation>файл пуст</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/import_problems.py" line="163"/>
        <source>the file is not UTF-8 text (byte %1)</source>
        <translation>файл не в кодировке UTF-8 (байт %1)</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/import_problems.py" line="165"/>
        <source>not a JSON file</source>
        <translation>это не файл JSON</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/import_problems.py" line="166"/>
        <source>not a JSON file (an error in line %1, column %2)</source>
        <translation>это не файл JSON (ошибка в строке %1, позиция %2)</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/import_problems.py" line="169"/>
        <source>not a knowledge base file of Infoline Desk</source>
        <translation>это не файл базы знаний Infoline Desk</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/import_problems.py" line="171"/>
        <source>the file&apos;s format version is %1; this app reads version %2</source>
        <translation>версия формата файла — %1; программа читает версию %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/import_problems.py" line="174"/>
        <source>the file holds no list of articles</source>
        <translation>в файле нет списка статей</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/import_problems.py" line="176"/>
        <source>more than %1 articles</source>
        <translation>больше %1 статей</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/import_problems.py" line="225"/>
        <source>row %1, column %2: %3</source>
        <translation>строка %1, столбец %2: %3</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/import_problems.py" line="238"/>
        <source>article %1: %2</source>
        <translation>статья %1: %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/import_problems.py" line="240"/>
        <source>article %1, field %2: %3</source>
        <translation>статья %1, поле %2: %3</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/import_problems.py" line="247"/>
        <source>UTF-8 with BOM</source>
        <translation>UTF-8 с BOM</translation>
    </message>
</context>
<context>
    <name>IntakeForm</name>
    <message>
        <location filename="../../app/forms/intake_form.ui" line="44"/>
        <source>End call (F4)</source>
        <translation>Завершить звонок (F4)</translation>
    </message>
    <message>
        <location filename="../../app/forms/intake_form.ui" line="82"/>
        <source>What kind of contact is it? Press a number.</source>
        <translation>Какой это вид обращения? Нажмите цифру.</translation>
    </message>
    <message>
        <location filename="../../app/forms/intake_form.ui" line="148"/>
        <source>Channe&amp;l:</source>
        <translation>&amp;Канал:</translation>
    </message>
    <message>
        <location filename="../../app/forms/intake_form.ui" line="158"/>
        <source>Date and &amp;time:</source>
        <translation>&amp;Дата и время:</translation>
    </message>
    <message>
        <location filename="../../app/forms/intake_form.ui" line="168"/>
        <source>&amp;Gender:</source>
        <translation>&amp;Пол:</translation>
    </message>
    <message>
        <location filename="../../app/forms/intake_form.ui" line="178"/>
        <source>&amp;Age group:</source>
        <translation>&amp;Возраст:</translation>
    </message>
    <message>
        <location filename="../../app/forms/intake_form.ui" line="188"/>
        <source>&amp;Region:</source>
        <translation>&amp;Регион:</translation>
    </message>
    <message>
        <location filename="../../app/forms/intake_form.ui" line="198"/>
        <source>Caller&apos;s r&amp;ole:</source>
        <translation>Кто о&amp;бращается:</translation>
    </message>
    <message>
        <location filename="../../app/forms/intake_form.ui" line="208"/>
        <source>Travel &amp;purpose:</source>
        <translation>&amp;Цель выезда:</translation>
    </message>
    <message>
        <location filename="../../app/forms/intake_form.ui" line="297"/>
        <source>&amp;Destination countries:</source>
        <translation>Страны &amp;назначения:</translation>
    </message>
    <message>
        <location filename="../../app/forms/intake_form.ui" line="314"/>
        <source>O&amp;utcome (Space ticks):</source>
        <translation>Р&amp;езультат (пробел — отметить):</translation>
    </message>
    <message>
        <location filename="../../app/forms/intake_form.ui" line="352"/>
        <source>Nic&amp;kname:</source>
        <translation>&amp;Имя или ник:</translation>
    </message>
    <message>
        <location filename="../../app/forms/intake_form.ui" line="365"/>
        <source>Phon&amp;e:</source>
        <translation>Те&amp;лефон:</translation>
    </message>
    <message>
        <location filename="../../app/forms/intake_form.ui" line="378"/>
        <source>E-&amp;mail:</source>
        <translation>&amp;Эл. почта:</translation>
    </message>
    <message>
        <location filename="../../app/forms/intake_form.ui" line="242"/>
        <source>&amp;Notes:</source>
        <translation>&amp;Заметки:</translation>
    </message>
    <message>
        <location filename="../../app/forms/intake_form.ui" line="218"/>
        <source>&amp;How they heard of us:</source>
        <translation>Откуда узн&amp;али о нас:</translation>
    </message>
    <message>
        <location filename="../../app/forms/intake_form.ui" line="287"/>
        <source>Top&amp;ics (Space ticks):</source>
        <translation>&amp;Темы (пробел — отметить):</translation>
    </message>
    <message>
        <location filename="../../app/forms/intake_form.ui" line="228"/>
        <source>Crisis situation a&amp;broad</source>
        <translation>Кризисная ситуация за р&amp;убежом</translation>
    </message>
    <message>
        <location filename="../../app/forms/intake_form.ui" line="342"/>
        <source>Caller profile (optional, links repeat contacts)</source>
        <translation>Карточка абонента (необязательно; связывает повторные обращения)</translation>
    </message>
    <message>
        <location filename="../../app/forms/intake_form.ui" line="470"/>
        <source>&amp;Save (Ctrl+S)</source>
        <translation>&amp;Сохранить (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../app/forms/intake_form.ui" line="463"/>
        <source>Discard (Esc)</source>
        <translation>Отменить (Esc)</translation>
    </message>
    <message>
        <location filename="../../app/forms/intake_form.ui" line="456"/>
        <source>History…</source>
        <translation>История…</translation>
    </message>
    <message>
        <location filename="../../app/forms/intake_form.ui" line="446"/>
        <source>Crisis questionnaire… (Ctrl+K)</source>
        <translation>Кризисная анкета… (Ctrl+K)</translation>
    </message>
    <message>
        <location filename="../../app/forms/intake_form.ui" line="417"/>
        <source>Crisis situation abroad: Ctrl+K opens the crisis questionnaire, which saves this contact together with a crisis case.</source>
        <translation>Кризисная ситуация за рубежом: Ctrl+K открывает кризисную анкету, которая сохранит это обращение вместе с кризисным случаем.</translation>
    </message>
    <message>
        <location filename="../../app/ui/intake/form.py" line="365"/>
        <source>No contact in progress</source>
        <translation>Нет обращения в работе</translation>
    </message>
    <message>
        <location filename="../../app/ui/intake/form.py" line="367"/>
        <source>Editing a contact</source>
        <translation>Редактирование обращения</translation>
    </message>
    <message>
        <location filename="../../app/ui/intake/form.py" line="369"/>
        <source>New e-mail</source>
        <translation>Новое письмо</translation>
    </message>
    <message>
        <location filename="../../app/ui/intake/form.py" line="371"/>
        <source>New phone contact</source>
        <translation>Новый звонок</translation>
    </message>
    <message>
        <location filename="../../app/ui/intake/form.py" line="373"/>
        <source>New contact</source>
        <translation>Новое обращение</translation>
    </message>
    <message>
        <location filename="../../app/ui/intake/form.py" line="377"/>
        <source>%1 of %2 characters</source>
        <translation>Знаков: %1 из %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/intake/form.py" line="558"/>
        <source>Restored from a draft</source>
        <translation>Восстановлено из черновика</translation>
    </message>
    <message>
        <location filename="../../app/ui/intake/form.py" line="655"/>
        <source>Fill in what you learn while you talk. Ctrl+S saves.</source>
        <translation>Заполняйте по ходу разговора. Ctrl+S — сохранить.</translation>
    </message>
    <message>
        <location filename="../../app/ui/intake/form.py" line="659"/>
        <source>Press Enter to save as «%1». It is counted apart and never enters topic statistics.</source>
        <translation>Нажмите Enter, чтобы сохранить как «%1». Такие звонки учитываются отдельно и не входят в статистику по темам.</translation>
    </message>
    <message>
        <location filename="../../app/ui/intake/form.py" line="647"/>
        <source>1 or Enter: a consultation (counted in statistics). 2–7: a call without counselling, saved at once (Undo in the status bar).</source>
        <translation>1 или Enter — консультация (учитывается в статистике). 2–7 — звонок без консультации, сохраняется сразу (отменить можно в строке состояния).</translation>
    </message>
    <message>
        <location filename="../../app/ui/intake/form.py" line="651"/>
        <source>Set the date and time the e-mail came, then what it is about. Ctrl+S saves.</source>
        <translation>Укажите дату и время письма, затем его тему. Ctrl+S — сохранить.</translation>
    </message>
    <message>
        <location filename="../../app/ui/intake/form.py" line="665"/>
        <source>The e-mail&apos;s text and your notes</source>
        <translation>Текст письма и ваши заметки</translation>
    </message>
    <message>
        <location filename="../../app/ui/intake/form.py" line="707"/>
        <source>Responsible: %1</source>
        <translation>Ответственная организация: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/intake/form.py" line="717"/>
        <source>Outside working hours (%1–%2)</source>
        <translation>Вне рабочего времени (%1–%2)</translation>
    </message>
    <message>
        <location filename="../../app/ui/intake/form.py" line="730"/>
        <source>No earlier contacts: a new profile will be made.</source>
        <translation>Ранее не обращались: будет создана новая карточка.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/intake/form.py" line="736"/>
        <source>Contacted before: %n time(s).</source>
        <translation>
            <numerusform>Обращались ранее: %n раз.</numerusform>
            <numerusform>Обращались ранее: %n раза.</numerusform>
            <numerusform>Обращались ранее: %n раз.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/intake/form.py" line="830"/>
        <source>The draft could not be saved!</source>
        <translation>Не удалось сохранить черновик!</translation>
    </message>
    <message>
        <location filename="../../app/ui/intake/form.py" line="832"/>
        <source>Draft saved %1</source>
        <translation>Черновик сохранён в %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/intake/form.py" line="856"/>
        <source>Not saved</source>
        <translation>Не сохранено</translation>
    </message>
    <message>
        <location filename="../../app/ui/intake/form.py" line="857"/>
        <source>Someone else changed this contact since you opened it. Your changes are kept as a draft; open the contact again to see the other changes.</source>
        <translation>Кто-то другой изменил это обращение, пока оно было у вас открыто. Ваши изменения сохранены в черновике; откройте обращение заново, чтобы увидеть чужие изменения.</translation>
    </message>
    <message>
        <location filename="../../app/ui/intake/form.py" line="899"/>
        <source>Discard the contact?</source>
        <translation>Отменить ввод обращения?</translation>
    </message>
    <message>
        <location filename="../../app/ui/intake/form.py" line="900"/>
        <source>What you typed for this contact will be lost.</source>
        <translation>Всё, что вы ввели по этому обращению, будет потеряно.</translation>
    </message>
    <message>
        <location filename="../../app/ui/intake/form.py" line="939"/>
        <source>Topics: choose at least one topic</source>
        <translation>Темы: выберите хотя бы одну тему</translation>
    </message>
    <message>
        <location filename="../../app/ui/intake/form.py" line="941"/>
        <source>The call lasts more than 12 hours: check the date and time</source>
        <translation>Звонок длится больше 12 часов: проверьте дату и время</translation>
    </message>
</context>
<context>
    <name>KnowledgePage</name>
    <message>
        <location filename="../../app/ui/knowledge/page.py" line="291"/>
        <source>Knowledge base: vetted answers</source>
        <translation>База знаний: проверенные ответы</translation>
    </message>
    <message>
        <location filename="../../app/ui/knowledge/page.py" line="292"/>
        <source>Search by any word&apos;s beginning</source>
        <translation>Поиск по началу любого слова</translation>
    </message>
    <message>
        <location filename="../../app/ui/knowledge/page.py" line="296"/>
        <source>All articles</source>
        <translation>Все статьи</translation>
    </message>
    <message>
        <location filename="../../app/ui/knowledge/page.py" line="296"/>
        <source>Approved</source>
        <translation>Одобренные</translation>
    </message>
    <message>
        <location filename="../../app/ui/knowledge/page.py" line="296"/>
        <source>Drafts</source>
        <translation>Черновики</translation>
    </message>
    <message>
        <location filename="../../app/ui/knowledge/page.py" line="297"/>
        <source>To be checked</source>
        <translation>Требуют проверки</translation>
    </message>
    <message>
        <location filename="../../app/ui/knowledge/page.py" line="300"/>
        <source>&amp;New article</source>
        <translation>&amp;Новая статья</translation>
    </message>
    <message>
        <location filename="../../app/ui/knowledge/page.py" line="301"/>
        <source>Given to callers…</source>
        <translation>Выдано абонентам…</translation>
    </message>
    <message>
        <location filename="../../app/ui/knowledge/page.py" line="302"/>
        <source>Import…</source>
        <translation>Импорт…</translation>
    </message>
    <message>
        <location filename="../../app/ui/knowledge/page.py" line="303"/>
        <source>Export…</source>
        <translation>Экспорт…</translation>
    </message>
    <message>
        <location filename="../../app/ui/knowledge/page.py" line="306"/>
        <source>Article</source>
        <translation>Статья</translation>
    </message>
    <message>
        <location filename="../../app/ui/knowledge/page.py" line="307"/>
        <source>Checklist</source>
        <translation>Памятка-чеклист</translation>
    </message>
    <message>
        <location filename="../../app/ui/knowledge/page.py" line="310"/>
        <source>Kind:</source>
        <translation>Вид:</translation>
    </message>
    <message>
        <location filename="../../app/ui/knowledge/page.py" line="310"/>
        <source>Title (Russian):</source>
        <translation>Заголовок (русский):</translation>
    </message>
    <message>
        <location filename="../../app/ui/knowledge/page.py" line="311"/>
        <source>Text (Russian):</source>
        <translation>Текст (русский):</translation>
    </message>
    <message>
        <location filename="../../app/ui/knowledge/page.py" line="311"/>
        <source>Title (Belarusian):</source>
        <translation>Заголовок (белорусский):</translation>
    </message>
    <message>
        <location filename="../../app/ui/knowledge/page.py" line="312"/>
        <source>Text (Belarusian):</source>
        <translation>Текст (белорусский):</translation>
    </message>
    <message>
        <location filename="../../app/ui/knowledge/page.py" line="312"/>
        <source>Topics:</source>
        <translation>Темы:</translation>
    </message>
    <message>
        <location filename="../../app/ui/knowledge/page.py" line="313"/>
        <source>Destinations (none: any):</source>
        <translation>Страны (нет — любая):</translation>
    </message>
    <message>
        <location filename="../../app/ui/knowledge/page.py" line="316"/>
        <source>Save as draft</source>
        <translation>Сохранить черновик</translation>
    </message>
    <message>
        <location filename="../../app/ui/knowledge/page.py" line="317"/>
        <source>Save and &amp;approve</source>
        <translation>Сохранить и &amp;одобрить</translation>
    </message>
    <message>
        <location filename="../../app/ui/knowledge/page.py" line="318"/>
        <source>Withdraw</source>
        <translation>Отозвать</translation>
    </message>
    <message>
        <location filename="../../app/ui/knowledge/page.py" line="319"/>
        <source>Reviewed today</source>
        <translation>Проверено сегодня</translation>
    </message>
    <message>
        <location filename="../../app/ui/knowledge/page.py" line="320"/>
        <source>History…</source>
        <translation>История…</translation>
    </message>
    <message>
        <location filename="../../app/ui/knowledge/page.py" line="321"/>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location filename="../../app/ui/knowledge/page.py" line="322"/>
        <source>Copy for e-mail</source>
        <translation>Копировать для письма</translation>
    </message>
    <message>
        <location filename="../../app/ui/knowledge/page.py" line="329"/>
        <location filename="../../app/ui/knowledge/page.py" line="387"/>
        <source>DEMO, not real advice</source>
        <translation>ДЕМО, не настоящий совет</translation>
    </message>
    <message>
        <location filename="../../app/ui/knowledge/page.py" line="331"/>
        <location filename="../../app/ui/knowledge/page.py" line="379"/>
        <source>draft</source>
        <translation>черновик</translation>
    </message>
    <message>
        <location filename="../../app/ui/knowledge/page.py" line="333"/>
        <location filename="../../app/ui/knowledge/page.py" line="385"/>
        <source>to be checked</source>
        <translation>требует проверки</translation>
    </message>
    <message>
        <location filename="../../app/ui/knowledge/page.py" line="376"/>
        <source>A new article: write it in Russian, Belarusian or both, then save it as a draft or approve it.</source>
        <translation>Новая статья: напишите её по-русски, по-белорусски или на обоих языках, затем сохраните черновик или одобрите.</translation>
    </message>
    <message>
        <location filename="../../app/ui/knowledge/page.py" line="379"/>
        <source>approved</source>
        <translation>одобрена</translation>
    </message>
    <message>
        <location filename="../../app/ui/knowledge/page.py" line="380"/>
        <source>%1, revision %2; owner %3; last reviewed %4</source>
        <translation>%1, редакция %2; ответственный %3; проверена %4</translation>
    </message>
    <message>
        <location filename="../../app/ui/knowledge/page.py" line="414"/>
        <source>required</source>
        <translation>обязательно</translation>
    </message>
    <message>
        <location filename="../../app/ui/knowledge/page.py" line="414"/>
        <source>too long</source>
        <translation>слишком длинно</translation>
    </message>
    <message>
        <location filename="../../app/ui/knowledge/page.py" line="415"/>
        <source>not a known code</source>
        <translation>неизвестный код</translation>
    </message>
    <message>
        <location filename="../../app/ui/knowledge/page.py" line="416"/>
        <source>begins with a demo mark</source>
        <translation>начинается с пометки демо</translation>
    </message>
    <message>
        <location filename="../../app/ui/knowledge/page.py" line="435"/>
        <location filename="../../app/ui/knowledge/page.py" line="440"/>
        <source>Not saved</source>
        <translation>Не сохранено</translation>
    </message>
    <message>
        <location filename="../../app/ui/knowledge/page.py" line="436"/>
        <source>Someone else changed this article since you opened it. Open it again to see their changes.</source>
        <translation>Кто-то другой изменил эту статью, пока она была открыта у вас. Откройте её снова, чтобы увидеть изменения.</translation>
    </message>
    <message>
        <location filename="../../app/ui/knowledge/page.py" line="453"/>
        <source>Not done</source>
        <translation>Не выполнено</translation>
    </message>
    <message>
        <location filename="../../app/ui/knowledge/page.py" line="461"/>
        <source>Remove the article</source>
        <translation>Удаление статьи</translation>
    </message>
    <message>
        <location filename="../../app/ui/knowledge/page.py" line="462"/>
        <source>Remove this article from the knowledge base? Contacts that gave it keep the record, and its history stays.</source>
        <translation>Удалить статью из базы знаний? Обращения, в которых она выдана, сохранят эту отметку, история статьи останется.</translation>
    </message>
    <message>
        <location filename="../../app/ui/knowledge/page.py" line="487"/>
        <source>Import articles</source>
        <translation>Импорт статей</translation>
    </message>
    <message>
        <location filename="../../app/ui/knowledge/page.py" line="487"/>
        <location filename="../../app/ui/knowledge/page.py" line="515"/>
        <source>JSON files (*.json)</source>
        <translation>Файлы JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../../app/ui/knowledge/page.py" line="493"/>
        <location filename="../../app/ui/knowledge/page.py" line="501"/>
        <location filename="../../app/ui/knowledge/page.py" line="505"/>
        <source>Nothing imported</source>
        <translation>Ничего не импортировано</translation>
    </message>
    <message>
        <location filename="../../app/ui/knowledge/page.py" line="494"/>
        <source>The file has problems; nothing was imported. Each is named by the article&apos;s number in the file and its field.</source>
        <translation>В файле есть ошибки; ничего не импортировано. Для каждой указаны номер статьи в файле и поле.</translation>
    </message>
    <message>
        <location filename="../../app/ui/knowledge/page.py" line="507"/>
        <source>Imported</source>
        <translation>Импортировано</translation>
    </message>
    <message>
        <location filename="../../app/ui/knowledge/page.py" line="508"/>
        <source>%1 added, %2 changed, %3 unchanged.</source>
        <translation>Добавлено: %1, изменено: %2, без изменений: %3.</translation>
    </message>
    <message>
        <location filename="../../app/ui/knowledge/page.py" line="514"/>
        <source>Export articles</source>
        <translation>Экспорт статей</translation>
    </message>
    <message>
        <location filename="../../app/ui/knowledge/page.py" line="521"/>
        <source>Not exported</source>
        <translation>Не экспортировано</translation>
    </message>
    <message>
        <location filename="../../app/ui/knowledge/page.py" line="523"/>
        <source>Exported</source>
        <translation>Экспортировано</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/knowledge/page.py" line="524"/>
        <source>%n article(s) written.</source>
        <translation>
            <numerusform>Записана %n статья.</numerusform>
            <numerusform>Записано %n статьи.</numerusform>
            <numerusform>Записано %n статей.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KnowledgePanel</name>
    <message>
        <location filename="../../app/ui/knowledge/panel.py" line="146"/>
        <source>Search the knowledge base</source>
        <translation>Поиск в базе знаний</translation>
    </message>
    <message>
        <location filename="../../app/ui/knowledge/panel.py" line="147"/>
        <source>Given (F10)</source>
        <translation>Выдано (F10)</translation>
    </message>
    <message>
        <location filename="../../app/ui/knowledge/panel.py" line="148"/>
        <source>Copy for e-mail</source>
        <translation>Копировать для письма</translation>
    </message>
    <message>
        <location filename="../../app/ui/knowledge/panel.py" line="149"/>
        <source>Copies the text for an e-mail reply (Ctrl+Shift+C)</source>
        <translation>Копирует текст для ответа по электронной почте (Ctrl+Shift+C)</translation>
    </message>
    <message>
        <location filename="../../app/ui/knowledge/panel.py" line="153"/>
        <source>Vetted answers (F9)</source>
        <translation>Проверенные ответы (F9)</translation>
    </message>
    <message>
        <location filename="../../app/ui/knowledge/panel.py" line="167"/>
        <source>DEMO, not real advice</source>
        <translation>ДЕМО, не настоящий совет</translation>
    </message>
    <message>
        <location filename="../../app/ui/knowledge/panel.py" line="174"/>
        <source>checklist</source>
        <translation>чеклист</translation>
    </message>
    <message>
        <location filename="../../app/ui/knowledge/panel.py" line="176"/>
        <source>to be checked</source>
        <translation>требует проверки</translation>
    </message>
    <message>
        <location filename="../../app/ui/knowledge/panel.py" line="224"/>
        <source>No approved article matches.</source>
        <translation>Нет подходящих одобренных статей.</translation>
    </message>
    <message>
        <location filename="../../app/ui/knowledge/panel.py" line="226"/>
        <source>Choose a topic or a destination: the approved articles for them appear here.</source>
        <translation>Выберите тему или страну: здесь появятся одобренные статьи по ним.</translation>
    </message>
</context>
<context>
    <name>ListDateDialog</name>
    <message>
        <location filename="../../app/ui/recruiters/page.py" line="91"/>
        <source>Import the list of licensed agencies</source>
        <translation>Импорт списка лицензированных агентств</translation>
    </message>
    <message>
        <location filename="../../app/ui/recruiters/page.py" line="94"/>
        <source>The date of the list in %1, as the Ministry gave it:</source>
        <translation>Дата списка в файле %1, как её указало министерство:</translation>
    </message>
    <message>
        <location filename="../../app/ui/recruiters/page.py" line="98"/>
        <source>List dated</source>
        <translation>Список от</translation>
    </message>
    <message>
        <location filename="../../app/ui/recruiters/page.py" line="101"/>
        <source>Import</source>
        <translation>Импортировать</translation>
    </message>
    <message>
        <location filename="../../app/ui/recruiters/page.py" line="102"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../app/ui/login.py" line="158"/>
        <source>Infoline Desk — log in</source>
        <translation>Infoline Desk — вход</translation>
    </message>
    <message>
        <location filename="../../app/ui/login.py" line="159"/>
        <source>Log in</source>
        <translation>Вход</translation>
    </message>
    <message>
        <location filename="../../app/ui/login.py" line="160"/>
        <source>Database: %1</source>
        <translation>База данных: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/login.py" line="162"/>
        <source>Demo database with fictional data. Its accounts admin, supervisor, specialist and consultant all have the password “demo”.</source>
        <translation>Демонстрационная база с вымышленными данными. У её учётных записей admin, supervisor, specialist и consultant пароль «demo».</translation>
    </message>
    <message>
        <location filename="../../app/ui/login.py" line="164"/>
        <source>&amp;User name:</source>
        <translation>&amp;Имя пользователя:</translation>
    </message>
    <message>
        <location filename="../../app/ui/login.py" line="165"/>
        <source>&amp;Password:</source>
        <translation>П&amp;ароль:</translation>
    </message>
    <message>
        <location filename="../../app/ui/login.py" line="166"/>
        <source>&amp;Log in</source>
        <translation>&amp;Войти</translation>
    </message>
    <message>
        <location filename="../../app/ui/login.py" line="167"/>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <location filename="../../app/ui/login.py" line="168"/>
        <source>&amp;Recovery code…</source>
        <translation>&amp;Код восстановления…</translation>
    </message>
    <message>
        <location filename="../../app/ui/login.py" line="169"/>
        <source>&amp;About…</source>
        <translation>&amp;О программе…</translation>
    </message>
    <message>
        <location filename="../../app/ui/login.py" line="176"/>
        <source>Too many failed attempts: this account is locked until %1. Try again then, or ask an administrator.</source>
        <translation>Слишком много неудачных попыток: учётная запись заблокирована до %1. Попробуйте тогда или обратитесь к администратору.</translation>
    </message>
    <message>
        <location filename="../../app/ui/login.py" line="180"/>
        <source>This account is deactivated. Ask an administrator.</source>
        <translation>Эта учётная запись отключена. Обратитесь к администратору.</translation>
    </message>
    <message>
        <location filename="../../app/ui/login.py" line="183"/>
        <source>This account&apos;s role or state was changed outside Infoline Desk, so it cannot log in. Ask an administrator to set its role again, and to look at the audit log.</source>
        <translation>Роль или состояние этой учётной записи изменены в обход Infoline Desk, поэтому вход невозможен. Попросите администратора заново назначить роль и просмотреть журнал аудита.</translation>
    </message>
    <message>
        <location filename="../../app/ui/login.py" line="188"/>
        <source>The key file of this database is missing or damaged, so nobody can log in. Restore it from a backup (a copy is kept beside each backup as &lt;backup&gt;.keys).</source>
        <translation>Файл ключей этой базы данных отсутствует или повреждён, поэтому войти никто не может. Восстановите его из резервной копии (копия лежит рядом с каждой резервной копией как &lt;копия&gt;.keys).</translation>
    </message>
    <message>
        <location filename="../../app/ui/login.py" line="192"/>
        <source>This database has no accounts yet.</source>
        <translation>В этой базе данных ещё нет учётных записей.</translation>
    </message>
    <message>
        <location filename="../../app/ui/login.py" line="193"/>
        <source>Wrong user name or password.</source>
        <translation>Неверное имя пользователя или пароль.</translation>
    </message>
    <message>
        <location filename="../../app/ui/login.py" line="198"/>
        <source>This database is busy: the command &quot;infoline %1&quot; is writing to it. Try again when it has finished.</source>
        <translation>База данных занята: команда «infoline %1» записывает в неё данные. Повторите, когда она закончит.</translation>
    </message>
    <message>
        <location filename="../../app/ui/login.py" line="201"/>
        <source>This database is already open in another window of Infoline Desk. Use that window, or close it first.</source>
        <translation>Эта база данных уже открыта в другом окне Infoline Desk. Работайте в том окне или сначала закройте его.</translation>
    </message>
    <message>
        <location filename="../../app/ui/login.py" line="204"/>
        <source>The database does not open with its key file: the key file belongs to another database, or the database is damaged. Restore both from a backup.</source>
        <translation>База данных не открывается своим файлом ключей: файл ключей принадлежит другой базе или база повреждена. Восстановите оба файла из резервной копии.</translation>
    </message>
    <message>
        <location filename="../../app/ui/login.py" line="207"/>
        <source>The database cannot be opened: %1</source>
        <translation>Базу данных нельзя открыть: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/login.py" line="208"/>
        <source>The login failed: %1</source>
        <translation>Вход не удался: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/login.py" line="230"/>
        <source>The new password is set. Log in with it.</source>
        <translation>Новый пароль установлен. Войдите с ним.</translation>
    </message>
    <message>
        <location filename="../../app/ui/login.py" line="237"/>
        <source>Type your user name and password.</source>
        <translation>Введите имя пользователя и пароль.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../app/ui/main_window.py" line="442"/>
        <source>Infoline Desk</source>
        <translation>Рабочее место инфолинии</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="447"/>
        <source>DEMO, fictional data</source>
        <translation>ДЕМО, вымышленные данные</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="449"/>
        <source>Contact</source>
        <translation>Обращение</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="449"/>
        <source>Journal</source>
        <translation>Журнал</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="450"/>
        <source>Shift</source>
        <translation>Смена</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="451"/>
        <source>Statistics</source>
        <translation>Статистика</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="452"/>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="452"/>
        <source>Crisis cases</source>
        <translation>Кризисные случаи</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="453"/>
        <source>Assistance cases</source>
        <translation>Сопровождение</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="454"/>
        <source>Directory</source>
        <translation>Справочник</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="455"/>
        <source>Recruiters</source>
        <translation>Вербовщики</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="456"/>
        <source>Knowledge base</source>
        <translation>База знаний</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="459"/>
        <source>Accounts</source>
        <translation>Учётные записи</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="459"/>
        <source>Audit log</source>
        <translation>Журнал аудита</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="460"/>
        <source>Erasure</source>
        <translation>Удаление данных</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="460"/>
        <source>Sync</source>
        <translation>Синхронизация</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="464"/>
        <source>Sections</source>
        <translation>Разделы</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="466"/>
        <source>The areas of the application; the arrow keys choose one</source>
        <translation>Разделы программы; стрелки выбирают раздел</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="470"/>
        <source>Demo database: every person, call and note here is fictional. Do not record real contacts in it.</source>
        <translation>Демонстрационная база: все люди, звонки и заметки здесь вымышлены. Не вносите в неё реальные обращения.</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="474"/>
        <source>Logged in: %1 (%2)</source>
        <translation>Пользователь: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="476"/>
        <source>Switch user…</source>
        <translation>Сменить пользователя…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="478"/>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="479"/>
        <source>&amp;Contact</source>
        <translation>&amp;Обращения</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="480"/>
        <source>New &amp;phone contact</source>
        <translation>Новый &amp;звонок</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="481"/>
        <source>New &amp;e-mail</source>
        <translation>Новое &amp;письмо</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="482"/>
        <source>New &amp;chat or visit</source>
        <translation>Новый &amp;чат или визит</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="483"/>
        <source>&amp;Journal of contacts</source>
        <translation>&amp;Журнал обращений</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="484"/>
        <source>C&amp;risis questionnaire…</source>
        <translation>&amp;Кризисная анкета…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="485"/>
        <source>&amp;Assistance case for this contact…</source>
        <translation>&amp;Случай сопровождения по этому обращению…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="487"/>
        <source>Open the &amp;real database</source>
        <translation>Открыть &amp;рабочую базу</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="487"/>
        <source>Open the &amp;demo database</source>
        <translation>Открыть &amp;демонстрационную базу</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="488"/>
        <source>&amp;Quit</source>
        <translation>&amp;Выход</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="489"/>
        <source>&amp;Lock</source>
        <translation>&amp;Блокировать</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="490"/>
        <source>S&amp;witch user…</source>
        <translation>С&amp;менить пользователя…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="491"/>
        <source>Change my pass&amp;word…</source>
        <translation>Сменить мой п&amp;ароль…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="492"/>
        <source>&amp;Import a legacy spreadsheet…</source>
        <translation>&amp;Импорт старой таблицы…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="493"/>
        <source>Undo (Ctrl+Z)</source>
        <translation>Отменить (Ctrl+Z)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="526"/>
        <source>A contact is in progress</source>
        <translation>Обращение в работе</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="527"/>
        <source>Save or discard the contact in progress first.</source>
        <translation>Сначала сохраните или отмените текущее обращение.</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="554"/>
        <source>Not found</source>
        <translation>Не найдено</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="554"/>
        <source>This contact no longer exists.</source>
        <translation>Этого обращения больше нет.</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_flows.py" line="41"/>
        <source>Unfinished crisis questionnaire</source>
        <translation>Незавершённая кризисная анкета</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_flows.py" line="42"/>
        <source>A crisis questionnaire was left unfinished (last change %1). Continue it, or start a new one?</source>
        <translation>Кризисная анкета осталась незавершённой (последнее изменение %1). Продолжить её или начать новую?</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_flows.py" line="44"/>
        <source>Continue it</source>
        <translation>Продолжить</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_flows.py" line="45"/>
        <source>Start a new one</source>
        <translation>Начать новую</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_flows.py" line="46"/>
        <source>Discard it and start anew</source>
        <translation>Удалить её и начать заново</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_flows.py" line="88"/>
        <source>The contact&apos;s date and time: %1</source>
        <translation>Дата и время обращения: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_flows.py" line="100"/>
        <source>The contact cannot be saved: %1. Cancel keeps the questionnaire as a draft; correct the contact, then Ctrl+K again.</source>
        <translation>Обращение нельзя сохранить: %1. При отмене анкета сохранится как черновик; исправьте обращение и снова нажмите Ctrl+K.</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_flows.py" line="106"/>
        <source>Someone else changed this contact since you opened it.</source>
        <translation>Кто-то другой изменил это обращение, пока оно было у вас открыто.</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_flows.py" line="112"/>
        <source>Contact saved; crisis case %1 opened.</source>
        <translation>Обращение сохранено; открыт кризисный случай %1.</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_flows.py" line="149"/>
        <source>Assistance case</source>
        <translation>Случай сопровождения</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_flows.py" line="149"/>
        <source>Choose a saved contact in the journal first.</source>
        <translation>Сначала выберите сохранённое обращение в журнале.</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_flows.py" line="175"/>
        <source>Close the crisis case?</source>
        <translation>Закрыть кризисный случай?</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_flows.py" line="175"/>
        <source>Close crisis case %1 as handed over to an assistance case?</source>
        <translation>Закрыть кризисный случай %1 как переданный в случай сопровождения?</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="579"/>
        <source>Saved as «%1».</source>
        <translation>Сохранено как «%1».</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="586"/>
        <source>Contact saved.</source>
        <translation>Обращение сохранено.</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="615"/>
        <source>Contacts today: %1</source>
        <translation>Обращений сегодня: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="636"/>
        <source>Your password is changed.</source>
        <translation>Ваш пароль изменён.</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="668"/>
        <source>A contact is not saved</source>
        <translation>Обращение не сохранено</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="669"/>
        <source>The contact in progress is not saved yet. Keep it as a draft, which is offered again at the next start, or discard it?</source>
        <translation>Текущее обращение ещё не сохранено. Оставить его черновиком (он будет предложен при следующем запуске) или удалить?</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="671"/>
        <source>Keep the draft and quit</source>
        <translation>Оставить черновик и выйти</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="672"/>
        <source>Discard and quit</source>
        <translation>Удалить и выйти</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="673"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
</context>
<context>
    <name>MonitoringDialog</name>
    <message>
        <location filename="../../app/ui/assistance/dialogs.py" line="577"/>
        <source>Monitoring visit</source>
        <translation>Мониторинговый визит</translation>
    </message>
    <message>
        <location filename="../../app/ui/assistance/dialogs.py" line="578"/>
        <source>Add a monitoring visit</source>
        <translation>Новый мониторинговый визит</translation>
    </message>
    <message>
        <location filename="../../app/ui/assistance/dialogs.py" line="591"/>
        <source>Situation</source>
        <translation>Ситуация</translation>
    </message>
    <message>
        <location filename="../../app/ui/assistance/dialogs.py" line="592"/>
        <source>What the specialist saw</source>
        <translation>Что увидел специалист</translation>
    </message>
    <message>
        <location filename="../../app/ui/assistance/dialogs.py" line="612"/>
        <source>&amp;Date:</source>
        <translation>&amp;Дата:</translation>
    </message>
    <message>
        <location filename="../../app/ui/assistance/dialogs.py" line="613"/>
        <source>&amp;How:</source>
        <translation>&amp;Способ:</translation>
    </message>
    <message>
        <location filename="../../app/ui/assistance/dialogs.py" line="614"/>
        <source>S&amp;pecialist:</source>
        <translation>С&amp;пециалист:</translation>
    </message>
    <message>
        <location filename="../../app/ui/assistance/dialogs.py" line="616"/>
        <source>&amp;Change since the last visit:</source>
        <translation>&amp;Изменения с прошлого визита:</translation>
    </message>
    <message>
        <location filename="../../app/ui/assistance/dialogs.py" line="617"/>
        <source>&amp;Assessment:</source>
        <translation>&amp;Оценка:</translation>
    </message>
    <message>
        <location filename="../../app/ui/assistance/dialogs.py" line="618"/>
        <source>&amp;Next visit:</source>
        <translation>Следующий &amp;визит:</translation>
    </message>
</context>
<context>
    <name>MyReviewsPage</name>
    <message>
        <location filename="../../app/ui/main_window.py" line="368"/>
        <location filename="../../app/ui/quality/my_reviews.py" line="85"/>
        <location filename="../../app/ui/quality/my_reviews.py" line="89"/>
        <source>My reviews</source>
        <translation>Мои оценки</translation>
    </message>
    <message>
        <location filename="../../app/ui/quality/my_reviews.py" line="90"/>
        <source>&amp;Mark as read (Ctrl+R)</source>
        <translation>&amp;Отметить как прочитанное (Ctrl+R)</translation>
    </message>
    <message>
        <location filename="../../app/ui/quality/my_reviews.py" line="91"/>
        <source>Scores and feedback</source>
        <translation>Баллы и обратная связь</translation>
    </message>
    <message>
        <location filename="../../app/ui/quality/my_reviews.py" line="92"/>
        <source>The contact</source>
        <translation>Обращение</translation>
    </message>
    <message>
        <location filename="../../app/ui/quality/my_reviews.py" line="94"/>
        <source>Reviewed</source>
        <translation>Дата оценки</translation>
    </message>
    <message>
        <location filename="../../app/ui/quality/my_reviews.py" line="94"/>
        <source>Contact</source>
        <translation>Обращение</translation>
    </message>
    <message>
        <location filename="../../app/ui/quality/my_reviews.py" line="94"/>
        <source>Score</source>
        <translation>Балл</translation>
    </message>
    <message>
        <location filename="../../app/ui/quality/my_reviews.py" line="94"/>
        <source>Band</source>
        <translation>Уровень</translation>
    </message>
    <message>
        <location filename="../../app/ui/quality/my_reviews.py" line="95"/>
        <source>Read</source>
        <translation>Прочитано</translation>
    </message>
    <message>
        <location filename="../../app/ui/quality/my_reviews.py" line="101"/>
        <source>No reviews yet. When a supervisor reviews one of your contacts, the scores and feedback appear here.</source>
        <translation>Оценок пока нет. Когда супервизор оценит одно из ваших обращений, баллы и обратная связь появятся здесь.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/quality/my_reviews.py" line="104"/>
        <source>%n review(s) not read yet.</source>
        <translation>
            <numerusform>%n оценка ещё не прочитана.</numerusform>
            <numerusform>%n оценки ещё не прочитаны.</numerusform>
            <numerusform>%n оценок ещё не прочитано.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/quality/my_reviews.py" line="106"/>
        <source>You have read all your feedback.</source>
        <translation>Вы прочитали всю обратную связь.</translation>
    </message>
    <message>
        <location filename="../../app/ui/quality/my_reviews.py" line="125"/>
        <source>new</source>
        <translation>новая</translation>
    </message>
</context>
<context>
    <name>NewRecoveryCodeDialog</name>
    <message>
        <location filename="../../app/ui/accounts/recovery.py" line="85"/>
        <source>New recovery code</source>
        <translation>Новый код восстановления</translation>
    </message>
    <message>
        <location filename="../../app/ui/accounts/recovery.py" line="86"/>
        <source>Make a new recovery code</source>
        <translation>Сделать новый код восстановления</translation>
    </message>
    <message>
        <location filename="../../app/ui/accounts/recovery.py" line="88"/>
        <source>The last new recovery code was never confirmed as written down (the app was closed while it was shown), and the code on paper no longer works. Make a new one now. It is shown once: print it or write it down and keep it locked away from the computer. Type your own password to confirm that it is you.</source>
        <translation>Последний новый код восстановления не был подтверждён как записанный (программа закрылась, пока он был на экране), а код на бумаге больше не действует. Сделайте новый код сейчас. Он будет показан один раз: распечатайте или запишите его и храните под замком отдельно от компьютера. Введите свой пароль, чтобы подтвердить, что это вы.</translation>
    </message>
    <message>
        <location filename="../../app/ui/accounts/recovery.py" line="93"/>
        <source>Make a new code when the printed one may have been seen or is lost. The old code stops working at once. The new one is shown once: print it or write it down and keep it locked away from the computer. Type your own password to confirm that it is you.</source>
        <translation>Сделайте новый код, если напечатанный мог кто-то увидеть или он потерян. Старый код сразу перестанет действовать. Новый будет показан один раз: распечатайте или запишите его и храните под замком отдельно от компьютера. Введите свой пароль, чтобы подтвердить, что это вы.</translation>
    </message>
    <message>
        <location filename="../../app/ui/accounts/recovery.py" line="97"/>
        <source>Your &amp;password:</source>
        <translation>Ваш &amp;пароль:</translation>
    </message>
    <message>
        <location filename="../../app/ui/accounts/recovery.py" line="98"/>
        <source>&amp;Make a new code</source>
        <translation>&amp;Сделать новый код</translation>
    </message>
    <message>
        <location filename="../../app/ui/accounts/recovery.py" line="99"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../../app/ui/accounts/recovery.py" line="103"/>
        <source>Type your password.</source>
        <translation>Введите пароль.</translation>
    </message>
    <message>
        <location filename="../../app/ui/accounts/recovery.py" line="128"/>
        <source>the disk is full; make room and try again</source>
        <translation>диск заполнен; освободите место и попробуйте снова</translation>
    </message>
    <message>
        <location filename="../../app/ui/accounts/recovery.py" line="130"/>
        <source>the key file %1 cannot be written (the folder is read-only or access is denied)</source>
        <translation>файл ключей %1 не удаётся записать (папка только для чтения или нет доступа)</translation>
    </message>
    <message>
        <location filename="../../app/ui/accounts/recovery.py" line="134"/>
        <source>the key file %1 cannot be written or read</source>
        <translation>файл ключей %1 не удаётся записать или прочитать</translation>
    </message>
    <message>
        <location filename="../../app/ui/accounts/recovery.py" line="137"/>
        <source>the database did not record it</source>
        <translation>база данных не смогла это записать</translation>
    </message>
    <message>
        <location filename="../../app/ui/accounts/recovery.py" line="138"/>
        <source>No new code was made: %1. The old recovery code still works.</source>
        <translation>Новый код не сделан: %1. Старый код восстановления по-прежнему действует.</translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <location filename="../../app/ui/assistance/dialogs.py" line="705"/>
        <source>Note</source>
        <translation>Заметка</translation>
    </message>
    <message>
        <location filename="../../app/ui/assistance/dialogs.py" line="708"/>
        <source>Note for the case timeline:</source>
        <translation>Заметка в хронологию случая:</translation>
    </message>
</context>
<context>
    <name>PagedTableModel</name>
    <message>
        <location filename="../../app/ui/widgets/table_models.py" line="108"/>
        <source>The list</source>
        <translation>Список</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/table_models.py" line="109"/>
        <source>The next rows of the list could not be read. Refresh the list to try again.</source>
        <translation>Не удалось прочитать следующие строки списка. Обновите список, чтобы попробовать снова.</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <location filename="../../app/ui/accounts/page.py" line="129"/>
        <source>The person chooses their own password at the next login</source>
        <translation>Сотрудник выберет свой пароль при следующем входе</translation>
    </message>
    <message>
        <location filename="../../app/ui/accounts/page.py" line="134"/>
        <source>New &amp;password:</source>
        <translation>Новый &amp;пароль:</translation>
    </message>
    <message>
        <location filename="../../app/ui/accounts/page.py" line="135"/>
        <source>Password a&amp;gain:</source>
        <translation>Пароль &amp;ещё раз:</translation>
    </message>
    <message>
        <location filename="../../app/ui/accounts/page.py" line="139"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
</context>
<context>
    <name>QualityPage</name>
    <message>
        <location filename="../../app/ui/quality/page.py" line="345"/>
        <source>Review rounds</source>
        <translation>Циклы оценки</translation>
    </message>
    <message>
        <location filename="../../app/ui/quality/page.py" line="346"/>
        <source>Dashboard</source>
        <translation>Сводка</translation>
    </message>
    <message>
        <location filename="../../app/ui/quality/page.py" line="347"/>
        <source>Staff development</source>
        <translation>Повышение квалификации</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="367"/>
        <location filename="../../app/ui/quality/page.py" line="351"/>
        <source>Quality</source>
        <translation>Качество</translation>
    </message>
    <message>
        <location filename="../../app/ui/quality/page.py" line="354"/>
        <source>My reviews</source>
        <translation>Мои оценки</translation>
    </message>
</context>
<context>
    <name>QuestionPage</name>
    <message>
        <location filename="../../app/ui/crisis/wizard_pages.py" line="284"/>
        <source>Possible trafficking: %1. The social-work specialist and the infoline manager will be proposed.</source>
        <translation>Возможна торговля людьми: %1. Будут предложены специалист по социальной работе и менеджер горячей линии.</translation>
    </message>
    <message>
        <location filename="../../app/ui/crisis/wizard_pages.py" line="295"/>
        <source>%1: required</source>
        <translation>%1: обязательный ответ</translation>
    </message>
    <message>
        <location filename="../../app/ui/crisis/wizard_pages.py" line="297"/>
        <source>%1: too long</source>
        <translation>%1: слишком длинный ответ</translation>
    </message>
    <message>
        <location filename="../../app/ui/crisis/wizard_pages.py" line="298"/>
        <source>%1: not a valid answer</source>
        <translation>%1: недопустимый ответ</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <location filename="../../app/ui/assistance/dialogs.py" line="721"/>
        <source>Referral declined</source>
        <translation>Направление отклонено</translation>
    </message>
    <message>
        <location filename="../../app/ui/assistance/dialogs.py" line="724"/>
        <source>Why was it declined?</source>
        <translation>Почему направление отклонено?</translation>
    </message>
</context>
<context>
    <name>RecoveryCodeDialog</name>
    <message>
        <location filename="../../app/ui/accounts/recovery_code.py" line="72"/>
        <source>Recovery code</source>
        <translation>Код восстановления</translation>
    </message>
    <message>
        <location filename="../../app/ui/accounts/recovery_code.py" line="73"/>
        <source>Write down the recovery code</source>
        <translation>Запишите код восстановления</translation>
    </message>
    <message>
        <location filename="../../app/ui/accounts/recovery_code.py" line="75"/>
        <source>If every administrator&apos;s password is lost, this code is the only way into the database. It is shown now and never again. Write it down or print it, and keep it locked away from the computer.</source>
        <translation>Если пароли всех администраторов утеряны, этот код — единственный способ открыть базу данных. Он показывается сейчас и больше никогда. Запишите или распечатайте его и храните под замком отдельно от компьютера.</translation>
    </message>
    <message>
        <location filename="../../app/ui/accounts/recovery_code.py" line="79"/>
        <source>The old recovery code no longer works; destroy it.</source>
        <translation>Старый код восстановления больше не действует; уничтожьте его.</translation>
    </message>
    <message>
        <location filename="../../app/ui/accounts/recovery_code.py" line="81"/>
        <source>&amp;Print…</source>
        <translation>&amp;Печать…</translation>
    </message>
    <message>
        <location filename="../../app/ui/accounts/recovery_code.py" line="82"/>
        <source>I have &amp;written down or printed the code</source>
        <translation>Я &amp;записал(а) или распечатал(а) код</translation>
    </message>
    <message>
        <location filename="../../app/ui/accounts/recovery_code.py" line="83"/>
        <source>&amp;Continue</source>
        <translation>Продол&amp;жить</translation>
    </message>
    <message>
        <location filename="../../app/ui/accounts/recovery_code.py" line="100"/>
        <source>Infoline Desk — recovery code</source>
        <translation>Infoline Desk — код восстановления</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <location filename="../../app/ui/login.py" line="406"/>
        <source>Recovery code</source>
        <translation>Код восстановления</translation>
    </message>
    <message>
        <location filename="../../app/ui/login.py" line="408"/>
        <source>When every administrator&apos;s password is lost, the recovery code printed when the database was set up gives an administrator a new password. Its use is recorded in the audit log.</source>
        <translation>Если пароли всех администраторов утеряны, код восстановления, напечатанный при создании базы, позволяет задать администратору новый пароль. Его использование записывается в журнал аудита.</translation>
    </message>
    <message>
        <location filename="../../app/ui/login.py" line="412"/>
        <source>Recovery &amp;code:</source>
        <translation>&amp;Код восстановления:</translation>
    </message>
    <message>
        <location filename="../../app/ui/login.py" line="412"/>
        <source>&amp;Administrator&apos;s user name:</source>
        <translation>&amp;Имя пользователя администратора:</translation>
    </message>
    <message>
        <location filename="../../app/ui/login.py" line="413"/>
        <source>&amp;New password:</source>
        <translation>&amp;Новый пароль:</translation>
    </message>
    <message>
        <location filename="../../app/ui/login.py" line="413"/>
        <source>New password a&amp;gain:</source>
        <translation>Новый пароль &amp;ещё раз:</translation>
    </message>
    <message>
        <location filename="../../app/ui/login.py" line="416"/>
        <source>&amp;Set the password</source>
        <translation>&amp;Задать пароль</translation>
    </message>
    <message>
        <location filename="../../app/ui/login.py" line="417"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../../app/ui/login.py" line="421"/>
        <source>Type the recovery code and the user name.</source>
        <translation>Введите код восстановления и имя пользователя.</translation>
    </message>
    <message>
        <location filename="../../app/ui/login.py" line="438"/>
        <source>Wrong recovery code.</source>
        <translation>Неверный код восстановления.</translation>
    </message>
    <message>
        <location filename="../../app/ui/login.py" line="439"/>
        <source>This is not an active administrator&apos;s account.</source>
        <translation>Это не действующая учётная запись администратора.</translation>
    </message>
    <message>
        <location filename="../../app/ui/login.py" line="442"/>
        <source>The database cannot be opened: %1</source>
        <translation>Базу данных не удаётся открыть: %1</translation>
    </message>
</context>
<context>
    <name>RecruitersBox</name>
    <message>
        <location filename="../../app/ui/recruiters/intake.py" line="285"/>
        <source>Kind of recruiter</source>
        <translation>Вид вербовщика</translation>
    </message>
    <message>
        <location filename="../../app/ui/recruiters/intake.py" line="286"/>
        <source>Recruiter or employer the caller names</source>
        <translation>Вербовщик или работодатель со слов абонента</translation>
    </message>
    <message>
        <location filename="../../app/ui/recruiters/intake.py" line="287"/>
        <source>Who approached the caller</source>
        <translation>Кто вышел на абонента</translation>
    </message>
    <message>
        <location filename="../../app/ui/recruiters/intake.py" line="288"/>
        <source>Agency, website, account, phone or person: Enter adds it; Down chooses one named before (Ctrl+Shift+R comes here)</source>
        <translation>Агентство, сайт, аккаунт, телефон или человек: Enter — добавить; стрелка вниз — выбрать названного раньше (сюда ведёт Ctrl+Shift+R)</translation>
    </message>
    <message>
        <location filename="../../app/ui/recruiters/intake.py" line="291"/>
        <source>Add</source>
        <translation>Добавить</translation>
    </message>
    <message>
        <location filename="../../app/ui/recruiters/intake.py" line="292"/>
        <source>Licence…</source>
        <translation>Лицензия…</translation>
    </message>
    <message>
        <location filename="../../app/ui/recruiters/intake.py" line="293"/>
        <location filename="../../app/ui/recruiters/intake.py" line="294"/>
        <source>Check the agency&apos;s licence (Ctrl+Shift+L)</source>
        <translation>Проверить лицензию агентства (Ctrl+Shift+L)</translation>
    </message>
    <message>
        <location filename="../../app/ui/recruiters/intake.py" line="295"/>
        <source>Named before</source>
        <translation>Назывались раньше</translation>
    </message>
    <message>
        <location filename="../../app/ui/recruiters/intake.py" line="296"/>
        <source>Recruiters named in this contact</source>
        <translation>Вербовщики, названные в этом обращении</translation>
    </message>
    <message>
        <location filename="../../app/ui/recruiters/intake.py" line="326"/>
        <source>%1 — %2, named in %3 contact(s)</source>
        <translation>%1 — %2, обращений: %3</translation>
    </message>
    <message>
        <location filename="../../app/ui/recruiters/intake.py" line="443"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/recruiters/intake.py" line="448"/>
        <location filename="../../app/ui/recruiters/intake.py" line="465"/>
        <source>Checked “%1”: %2</source>
        <translation>Проверено «%1»: %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/recruiters/intake.py" line="460"/>
        <source>%1: %2 (entered by %3, %4)</source>
        <translation>%1: %2 (внёс(ла) %3, %4)</translation>
    </message>
    <message>
        <location filename="../../app/ui/recruiters/intake.py" line="559"/>
        <source>Go to the field: who approached the caller</source>
        <translation>Перейти к полю «Кто вышел на абонента»</translation>
    </message>
    <message>
        <location filename="../../app/ui/recruiters/intake.py" line="561"/>
        <source>Check an agency&apos;s licence</source>
        <translation>Проверить лицензию агентства</translation>
    </message>
</context>
<context>
    <name>RecruitersPage</name>
    <message>
        <location filename="../../app/ui/recruiters/page.py" line="197"/>
        <source>Recruiters named by callers</source>
        <translation>Вербовщики со слов абонентов</translation>
    </message>
    <message>
        <location filename="../../app/ui/recruiters/page.py" line="198"/>
        <source>&amp;Show</source>
        <translation>&amp;Показать</translation>
    </message>
    <message>
        <location filename="../../app/ui/recruiters/page.py" line="199"/>
        <source>All recruiters</source>
        <translation>Все вербовщики</translation>
    </message>
    <message>
        <location filename="../../app/ui/recruiters/page.py" line="200"/>
        <source>Named by several callers</source>
        <translation>Названы несколькими абонентами</translation>
    </message>
    <message>
        <location filename="../../app/ui/recruiters/page.py" line="201"/>
        <source>New this month</source>
        <translation>Новые в этом месяце</translation>
    </message>
    <message>
        <location filename="../../app/ui/recruiters/page.py" line="202"/>
        <source>Agencies without a licence</source>
        <translation>Агентства без лицензии</translation>
    </message>
    <message>
        <location filename="../../app/ui/recruiters/page.py" line="204"/>
        <source>&amp;Alert on the start page from</source>
        <translation>&amp;Сигнал на стартовой странице от</translation>
    </message>
    <message>
        <location filename="../../app/ui/recruiters/page.py" line="205"/>
        <source> contacts in 30 days</source>
        <translation> обращений за 30 дней</translation>
    </message>
    <message>
        <location filename="../../app/ui/recruiters/page.py" line="206"/>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <location filename="../../app/ui/recruiters/page.py" line="207"/>
        <source>Import a new list…</source>
        <translation>Импортировать новый список…</translation>
    </message>
    <message>
        <location filename="../../app/ui/recruiters/page.py" line="208"/>
        <source>Show the contacts (Enter)</source>
        <translation>Показать обращения (Enter)</translation>
    </message>
    <message>
        <location filename="../../app/ui/recruiters/page.py" line="210"/>
        <source>Choose a recruiter and press Enter to see the contacts behind it (the opening is written to the audit log).</source>
        <translation>Выберите вербовщика и нажмите Enter, чтобы увидеть обращения, в которых он назван (просмотр записывается в журнал аудита).</translation>
    </message>
    <message>
        <location filename="../../app/ui/recruiters/page.py" line="213"/>
        <source>Recruiter</source>
        <translation>Вербовщик</translation>
    </message>
    <message>
        <location filename="../../app/ui/recruiters/page.py" line="213"/>
        <source>Kinds</source>
        <translation>Виды</translation>
    </message>
    <message>
        <location filename="../../app/ui/recruiters/page.py" line="213"/>
        <source>Contacts</source>
        <translation>Обращения</translation>
    </message>
    <message>
        <location filename="../../app/ui/recruiters/page.py" line="213"/>
        <source>Sites</source>
        <translation>Площадки</translation>
    </message>
    <message>
        <location filename="../../app/ui/recruiters/page.py" line="214"/>
        <source>First named</source>
        <translation>Впервые назван</translation>
    </message>
    <message>
        <location filename="../../app/ui/recruiters/page.py" line="214"/>
        <source>Last named</source>
        <translation>Последний раз назван</translation>
    </message>
    <message>
        <location filename="../../app/ui/recruiters/page.py" line="214"/>
        <source>Licence</source>
        <translation>Лицензия</translation>
    </message>
    <message>
        <location filename="../../app/ui/recruiters/page.py" line="216"/>
        <source>Contact of</source>
        <translation>Обращение от</translation>
    </message>
    <message>
        <location filename="../../app/ui/recruiters/page.py" line="216"/>
        <source>Consultant</source>
        <translation>Консультант</translation>
    </message>
    <message>
        <location filename="../../app/ui/recruiters/page.py" line="216"/>
        <source>As the caller said it</source>
        <translation>Как сказал абонент</translation>
    </message>
    <message>
        <location filename="../../app/ui/recruiters/page.py" line="217"/>
        <source>Entered by</source>
        <translation>Внёс(ла)</translation>
    </message>
    <message>
        <location filename="../../app/ui/recruiters/page.py" line="217"/>
        <source>Entered on</source>
        <translation>Когда внесено</translation>
    </message>
    <message>
        <location filename="../../app/ui/recruiters/page.py" line="242"/>
        <source>No list of licensed agencies has been imported yet.</source>
        <translation>Список лицензированных агентств ещё не импортирован.</translation>
    </message>
    <message>
        <location filename="../../app/ui/recruiters/page.py" line="244"/>
        <source>List of licensed agencies dated %1: %2 agencies.</source>
        <translation>Список лицензированных агентств от %1: агентств — %2.</translation>
    </message>
    <message>
        <location filename="../../app/ui/recruiters/page.py" line="247"/>
        <source>(fictional, demo)</source>
        <translation>(вымышленный, демо)</translation>
    </message>
    <message>
        <location filename="../../app/ui/recruiters/page.py" line="249"/>
        <source>Contacts naming them in %1: %2</source>
        <translation>Обращения с упоминанием в %1 г.: %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/recruiters/page.py" line="268"/>
        <source>licensed</source>
        <translation>лицензия есть</translation>
    </message>
    <message>
        <location filename="../../app/ui/recruiters/page.py" line="270"/>
        <source>licence expired</source>
        <translation>срок лицензии истёк</translation>
    </message>
    <message>
        <location filename="../../app/ui/recruiters/page.py" line="272"/>
        <source>not in the list of %1</source>
        <translation>нет в списке от %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/recruiters/page.py" line="279"/>
        <source>%1 (also: %2)</source>
        <translation>%1 (также: %2)</translation>
    </message>
    <message>
        <location filename="../../app/ui/recruiters/page.py" line="325"/>
        <source>Import the list of licensed agencies</source>
        <translation>Импорт списка лицензированных агентств</translation>
    </message>
    <message>
        <location filename="../../app/ui/recruiters/page.py" line="326"/>
        <source>Agency lists (*.csv *.xlsx)</source>
        <translation>Списки агентств (*.csv *.xlsx)</translation>
    </message>
    <message>
        <location filename="../../app/ui/recruiters/page.py" line="338"/>
        <source>Importing the list…</source>
        <translation>Импорт списка…</translation>
    </message>
    <message>
        <location filename="../../app/ui/recruiters/page.py" line="344"/>
        <location filename="../../app/ui/recruiters/page.py" line="357"/>
        <source>Nothing imported</source>
        <translation>Ничего не импортировано</translation>
    </message>
    <message>
        <location filename="../../app/ui/recruiters/page.py" line="345"/>
        <source>%1 has %2 problem(s); nothing was imported. Correct the file and import it again.</source>
        <translation>В файле %1 найдены ошибки (%2); ничего не импортировано. Исправьте файл и импортируйте его снова.</translation>
    </message>
    <message>
        <location filename="../../app/ui/recruiters/page.py" line="350"/>
        <source>List imported</source>
        <translation>Список импортирован</translation>
    </message>
    <message>
        <location filename="../../app/ui/recruiters/page.py" line="351"/>
        <source>%1 agencies, list dated %2.</source>
        <translation>Агентств: %1, список от %2.</translation>
    </message>
</context>
<context>
    <name>ReferralDialog</name>
    <message>
        <location filename="../../app/ui/assistance/dialogs.py" line="549"/>
        <location filename="../../app/ui/crisis/dialogs.py" line="75"/>
        <source>Add a referral</source>
        <translation>Новое направление</translation>
    </message>
    <message>
        <location filename="../../app/ui/assistance/dialogs.py" line="549"/>
        <source>Referral</source>
        <translation>Направление</translation>
    </message>
    <message>
        <location filename="../../app/ui/assistance/dialogs.py" line="559"/>
        <source>&amp;Organisation:</source>
        <translation>Органи&amp;зация:</translation>
    </message>
    <message>
        <location filename="../../app/ui/assistance/dialogs.py" line="560"/>
        <source>&amp;Sent on:</source>
        <translation>Дата от&amp;правки:</translation>
    </message>
    <message>
        <location filename="../../app/ui/assistance/dialogs.py" line="561"/>
        <source>&amp;Purpose:</source>
        <translation>&amp;Цель:</translation>
    </message>
    <message>
        <location filename="../../app/ui/crisis/dialogs.py" line="80"/>
        <source>Follow-up call</source>
        <translation>Контрольный звонок</translation>
    </message>
    <message>
        <location filename="../../app/ui/assistance/dialogs.py" line="558"/>
        <location filename="../../app/ui/crisis/dialogs.py" line="94"/>
        <source>&amp;To:</source>
        <translation>&amp;Адресат:</translation>
    </message>
    <message>
        <location filename="../../app/ui/crisis/dialogs.py" line="95"/>
        <source>&amp;Data passed:</source>
        <translation>Передача &amp;данных:</translation>
    </message>
    <message>
        <location filename="../../app/ui/crisis/dialogs.py" line="96"/>
        <source>&amp;Owner:</source>
        <translation>&amp;Ответственный:</translation>
    </message>
    <message>
        <location filename="../../app/ui/crisis/dialogs.py" line="97"/>
        <source>D&amp;ue:</source>
        <translation>&amp;Срок:</translation>
    </message>
    <message>
        <location filename="../../app/ui/crisis/dialogs.py" line="98"/>
        <source>&amp;What to do:</source>
        <translation>&amp;Что сделать:</translation>
    </message>
    <message>
        <location filename="../../app/ui/crisis/dialogs.py" line="99"/>
        <source>Or&amp;ganisation:</source>
        <translation>Ор&amp;ганизация:</translation>
    </message>
</context>
<context>
    <name>ReferralPage</name>
    <message>
        <location filename="../../app/ui/crisis/wizard_pages.py" line="542"/>
        <source>Referrals: who acts, and by when</source>
        <translation>Направления: кто действует и в какой срок</translation>
    </message>
    <message>
        <location filename="../../app/ui/crisis/wizard_pages.py" line="543"/>
        <source>Proposed from the answers. Untick, change the owner or the time, or add one. Finish saves the contact and opens the case.</source>
        <translation>Предложено по ответам. Снимите отметку, измените ответственного или срок либо добавьте направление. «Завершить и сохранить» сохраняет обращение и открывает случай.</translation>
    </message>
    <message>
        <location filename="../../app/ui/crisis/wizard_pages.py" line="546"/>
        <source>&amp;Add a referral to:</source>
        <translation>&amp;Адресат нового направления:</translation>
    </message>
    <message>
        <location filename="../../app/ui/crisis/wizard_pages.py" line="548"/>
        <location filename="../../app/ui/crisis/wizard_pages.py" line="584"/>
        <source>Follow-up call</source>
        <translation>Контрольный звонок</translation>
    </message>
    <message>
        <location filename="../../app/ui/crisis/wizard_pages.py" line="549"/>
        <source>Our own call</source>
        <translation>Звоним сами</translation>
    </message>
    <message>
        <location filename="../../app/ui/crisis/wizard_pages.py" line="550"/>
        <source>No consent to pass the person&apos;s data to this target</source>
        <translation>Нет согласия на передачу данных человека этому адресату</translation>
    </message>
    <message>
        <location filename="../../app/ui/crisis/wizard_pages.py" line="552"/>
        <source>Add</source>
        <translation>Добавить</translation>
    </message>
    <message>
        <location filename="../../app/ui/crisis/wizard_pages.py" line="564"/>
        <source>%1 · danger: %2</source>
        <translation>%1 · опасность: %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/crisis/wizard_pages.py" line="567"/>
        <source>Possible trafficking: %1.</source>
        <translation>Возможна торговля людьми: %1.</translation>
    </message>
    <message>
        <location filename="../../app/ui/crisis/wizard_pages.py" line="597"/>
        <source>Data passed</source>
        <translation>Передача данных</translation>
    </message>
    <message>
        <location filename="../../app/ui/crisis/wizard_pages.py" line="597"/>
        <source>Owner</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <location filename="../../app/ui/crisis/wizard_pages.py" line="597"/>
        <source>Due</source>
        <translation>Срок</translation>
    </message>
    <message>
        <location filename="../../app/ui/crisis/wizard_pages.py" line="598"/>
        <source>What to do</source>
        <translation>Что сделать</translation>
    </message>
    <message>
        <location filename="../../app/ui/crisis/wizard_pages.py" line="646"/>
        <source>%1: no consent to pass the person&apos;s data. Only anonymous advice is possible.</source>
        <translation>%1: нет согласия на передачу данных человека. Возможна только анонимная консультация.</translation>
    </message>
</context>
<context>
    <name>RelativeDialog</name>
    <message>
        <location filename="../../app/ui/assistance/dialogs.py" line="225"/>
        <source>Relative</source>
        <translation>Родственник</translation>
    </message>
    <message>
        <location filename="../../app/ui/assistance/dialogs.py" line="231"/>
        <source>Also receives assistance</source>
        <translation>Тоже получает помощь</translation>
    </message>
    <message>
        <location filename="../../app/ui/assistance/dialogs.py" line="234"/>
        <source>&amp;Name:*</source>
        <translation>&amp;Имя:*</translation>
    </message>
    <message>
        <location filename="../../app/ui/assistance/dialogs.py" line="235"/>
        <source>&amp;Relation:</source>
        <translation>&amp;Кем приходится:</translation>
    </message>
    <message>
        <location filename="../../app/ui/assistance/dialogs.py" line="236"/>
        <source>&amp;Phone:</source>
        <translation>&amp;Телефон:</translation>
    </message>
    <message>
        <location filename="../../app/ui/assistance/dialogs.py" line="237"/>
        <source>&amp;Address:</source>
        <translation>&amp;Адрес:</translation>
    </message>
    <message>
        <location filename="../../app/ui/assistance/dialogs.py" line="239"/>
        <source>N&amp;otes:</source>
        <translation>&amp;Заметки:</translation>
    </message>
    <message>
        <location filename="../../app/ui/assistance/dialogs.py" line="251"/>
        <source>Name: required</source>
        <translation>Имя: обязательное поле</translation>
    </message>
</context>
<context>
    <name>ReviewDialog</name>
    <message>
        <location filename="../../app/forms/review_dialog.ui" line="10"/>
        <source>Review of a contact</source>
        <translation>Оценка обращения</translation>
    </message>
    <message>
        <location filename="../../app/forms/review_dialog.ui" line="87"/>
        <source>0, 1, 2 score a criterion and N marks it not applicable; the next one follows. Del clears, C adds a comment, ↑ ↓ and Tab move. Ctrl+S saves a draft, Ctrl+Enter completes.</source>
        <translation>0, 1, 2 — оценка критерия, N — «неприменимо»; затем фокус переходит к следующему. Del — очистить, C — комментарий, ↑ ↓ и Tab — перемещение. Ctrl+S — сохранить черновик, Ctrl+Enter — завершить.</translation>
    </message>
    <message>
        <location filename="../../app/forms/review_dialog.ui" line="145"/>
        <source>Overall &amp;feedback for the consultant (required):</source>
        <translation>&amp;Общая обратная связь для консультанта (обязательно):</translation>
    </message>
    <message>
        <location filename="../../app/forms/review_dialog.ui" line="170"/>
        <source>&amp;Reason for the correction:</source>
        <translation>&amp;Причина исправления:</translation>
    </message>
    <message>
        <location filename="../../app/forms/review_dialog.ui" line="212"/>
        <source>Discard changes</source>
        <translation>Отменить изменения</translation>
    </message>
    <message>
        <location filename="../../app/forms/review_dialog.ui" line="222"/>
        <source>Co&amp;rrect…</source>
        <translation>&amp;Исправить…</translation>
    </message>
    <message>
        <location filename="../../app/forms/review_dialog.ui" line="232"/>
        <source>Save &amp;draft (Ctrl+S)</source>
        <translation>Сохранить &amp;черновик (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../app/forms/review_dialog.ui" line="242"/>
        <source>Co&amp;mplete (Ctrl+Enter)</source>
        <translation>&amp;Завершить (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../app/forms/review_dialog.ui" line="252"/>
        <source>Close (Esc)</source>
        <translation>Закрыть (Esc)</translation>
    </message>
    <message>
        <location filename="../../app/ui/quality/review_dialog.py" line="350"/>
        <source>Completed review</source>
        <translation>Завершённая оценка</translation>
    </message>
    <message>
        <location filename="../../app/ui/quality/review_dialog.py" line="352"/>
        <source>Correcting a completed review</source>
        <translation>Исправление завершённой оценки</translation>
    </message>
    <message>
        <location filename="../../app/ui/quality/review_dialog.py" line="354"/>
        <source>Review (draft)</source>
        <translation>Оценка (черновик)</translation>
    </message>
    <message>
        <location filename="../../app/ui/quality/review_dialog.py" line="356"/>
        <source>New review</source>
        <translation>Новая оценка</translation>
    </message>
    <message>
        <location filename="../../app/ui/quality/review_dialog.py" line="379"/>
        <source>Unsaved work restored</source>
        <translation>Восстановлено из автосохранения</translation>
    </message>
    <message>
        <location filename="../../app/ui/quality/review_dialog.py" line="447"/>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <location filename="../../app/ui/quality/review_dialog.py" line="468"/>
        <source>Overall %1 · %2 of %3 criteria scored</source>
        <translation>Итого %1 · оценено критериев: %2 из %3</translation>
    </message>
    <message>
        <location filename="../../app/ui/quality/review_dialog.py" line="501"/>
        <source>Unsaved work could not be kept!</source>
        <translation>Автосохранение не удалось!</translation>
    </message>
    <message>
        <location filename="../../app/ui/quality/review_dialog.py" line="504"/>
        <source>Unsaved work kept %1</source>
        <translation>Автосохранение: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/quality/review_dialog.py" line="548"/>
        <source>Not saved</source>
        <translation>Не сохранено</translation>
    </message>
    <message>
        <location filename="../../app/ui/quality/review_dialog.py" line="525"/>
        <source>Another supervisor changed this review since you opened it. Your work is kept; open the review again to see the other changes.</source>
        <translation>Другой супервизор изменил эту оценку, пока она была у вас открыта. Ваша работа сохранена; откройте оценку заново, чтобы увидеть чужие изменения.</translation>
    </message>
    <message>
        <location filename="../../app/ui/quality/review_dialog.py" line="534"/>
        <source>This review was corrected by someone else meanwhile. Your work is kept; open the review again.</source>
        <translation>Тем временем эту оценку исправил кто-то другой. Ваша работа сохранена; откройте оценку заново.</translation>
    </message>
    <message>
        <location filename="../../app/ui/quality/review_dialog.py" line="562"/>
        <source>Draft saved %1</source>
        <translation>Черновик сохранён в %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/quality/review_dialog.py" line="567"/>
        <source>Discard the changes?</source>
        <translation>Отменить изменения?</translation>
    </message>
    <message>
        <location filename="../../app/ui/quality/review_dialog.py" line="568"/>
        <source>What you changed since the review was last saved will be lost.</source>
        <translation>Изменения, внесённые после последнего сохранения оценки, будут потеряны.</translation>
    </message>
    <message>
        <location filename="../../app/ui/quality/review_dialog.py" line="583"/>
        <source>Write the overall feedback for the consultant.</source>
        <translation>Напишите общую обратную связь для консультанта.</translation>
    </message>
    <message>
        <location filename="../../app/ui/quality/review_dialog.py" line="585"/>
        <source>Say why the review is corrected.</source>
        <translation>Укажите, почему оценка исправляется.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/quality/review_dialog.py" line="589"/>
        <source>Score every criterion or mark it not applicable: %n left.</source>
        <translation>
            <numerusform>Оцените каждый критерий или отметьте его как неприменимый: остался %n критерий.</numerusform>
            <numerusform>Оцените каждый критерий или отметьте его как неприменимый: осталось %n критерия.</numerusform>
            <numerusform>Оцените каждый критерий или отметьте его как неприменимый: осталось %n критериев.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/quality/review_dialog.py" line="592"/>
        <source>At least one criterion must apply.</source>
        <translation>Хотя бы один критерий должен быть применим.</translation>
    </message>
    <message>
        <location filename="../../app/ui/quality/review_dialog.py" line="594"/>
        <source>Nothing was changed.</source>
        <translation>Ничего не изменено.</translation>
    </message>
    <message>
        <location filename="../../app/ui/quality/review_dialog.py" line="596"/>
        <source>You took this contact yourself: another supervisor reviews it.</source>
        <translation>Это обращение принимали вы сами: его оценивает другой супервизор.</translation>
    </message>
    <message>
        <location filename="../../app/ui/quality/review_dialog.py" line="598"/>
        <source>This contact already has a review.</source>
        <translation>У этого обращения уже есть оценка.</translation>
    </message>
    <message>
        <location filename="../../app/ui/quality/review_dialog.py" line="600"/>
        <source>Too long: at most %1 characters.</source>
        <translation>Слишком длинный текст: не более %1 знаков.</translation>
    </message>
</context>
<context>
    <name>ReviewReport</name>
    <message>
        <location filename="../../app/ui/quality/review_view.py" line="156"/>
        <source>Choose a review in the list.</source>
        <translation>Выберите оценку в списке.</translation>
    </message>
    <message>
        <location filename="../../app/ui/quality/review_view.py" line="167"/>
        <source>Overall score</source>
        <translation>Общий балл</translation>
    </message>
    <message>
        <location filename="../../app/ui/quality/review_view.py" line="170"/>
        <source>Contact of %1 taken by %2. Reviewed by %3 on %4.</source>
        <translation>Обращение от %1, консультант — %2. Проверяющий — %3, дата оценки — %4.</translation>
    </message>
    <message>
        <location filename="../../app/ui/quality/review_view.py" line="178"/>
        <source>Corrected version %1: %2</source>
        <translation>Исправленная версия %1: %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/quality/review_view.py" line="182"/>
        <source>This version was corrected later.</source>
        <translation>Позже эта версия была исправлена.</translation>
    </message>
    <message>
        <location filename="../../app/ui/quality/review_view.py" line="185"/>
        <source>A safety criterion scored 0: discuss this contact with the supervisor.</source>
        <translation>Критерий безопасности оценён в 0: обсудите это обращение с супервизором.</translation>
    </message>
    <message>
        <location filename="../../app/ui/quality/review_view.py" line="187"/>
        <source>Feedback</source>
        <translation>Обратная связь</translation>
    </message>
    <message>
        <location filename="../../app/ui/quality/review_view.py" line="201"/>
        <source>N/A</source>
        <translation>Н/П</translation>
    </message>
</context>
<context>
    <name>RoleDialog</name>
    <message>
        <location filename="../../app/ui/accounts/page.py" line="171"/>
        <source>Change the role</source>
        <translation>Изменение роли</translation>
    </message>
    <message>
        <location filename="../../app/ui/accounts/page.py" line="172"/>
        <source>Role of %1 (%2):</source>
        <translation>Роль сотрудника %1 (%2):</translation>
    </message>
    <message>
        <location filename="../../app/ui/accounts/page.py" line="182"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
</context>
<context>
    <name>RoundDialog</name>
    <message>
        <location filename="../../app/ui/quality/round_dialog.py" line="173"/>
        <source>New review round</source>
        <translation>Новый цикл оценки</translation>
    </message>
    <message>
        <location filename="../../app/ui/quality/round_dialog.py" line="175"/>
        <source>&amp;Name:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <location filename="../../app/ui/quality/round_dialog.py" line="175"/>
        <source>&amp;Period:</source>
        <translation>П&amp;ериод:</translation>
    </message>
    <message>
        <location filename="../../app/ui/quality/round_dialog.py" line="176"/>
        <source>&amp;Consultants (Space ticks):</source>
        <translation>&amp;Консультанты (пробел — отметить):</translation>
    </message>
    <message>
        <location filename="../../app/ui/quality/round_dialog.py" line="177"/>
        <source>Contacts &amp;per consultant:</source>
        <translation>&amp;Обращений на консультанта:</translation>
    </message>
    <message>
        <location filename="../../app/ui/quality/round_dialog.py" line="178"/>
        <source>&amp;Spread the sample by:</source>
        <translation>&amp;Распределение выборки:</translation>
    </message>
    <message>
        <location filename="../../app/ui/quality/round_dialog.py" line="178"/>
        <source>Rando&amp;m seed:</source>
        <translation>Начальное &amp;число:</translation>
    </message>
    <message>
        <location filename="../../app/ui/quality/round_dialog.py" line="185"/>
        <source>Nothing: a simple random sample</source>
        <translation>Нет: простая случайная выборка</translation>
    </message>
    <message>
        <location filename="../../app/ui/quality/round_dialog.py" line="186"/>
        <source>Channel (phone, e-mail, chat…)</source>
        <translation>По каналу (телефон, эл. почта, чат…)</translation>
    </message>
    <message>
        <location filename="../../app/ui/quality/round_dialog.py" line="187"/>
        <source>Topic</source>
        <translation>По теме</translation>
    </message>
    <message>
        <location filename="../../app/ui/quality/round_dialog.py" line="190"/>
        <source>Include calls &amp;without counselling</source>
        <translation>Включать звонки &amp;без консультации</translation>
    </message>
    <message>
        <location filename="../../app/ui/quality/round_dialog.py" line="191"/>
        <source>New seed</source>
        <translation>Новое число</translation>
    </message>
    <message>
        <location filename="../../app/ui/quality/round_dialog.py" line="193"/>
        <source>Stored with the round: the same seed over the same records draws the same contacts again.</source>
        <translation>Сохраняется вместе с циклом: то же начальное число на тех же записях снова даёт ту же выборку обращений.</translation>
    </message>
    <message>
        <location filename="../../app/ui/quality/round_dialog.py" line="195"/>
        <source>The sample:</source>
        <translation>Выборка:</translation>
    </message>
    <message>
        <location filename="../../app/ui/quality/round_dialog.py" line="197"/>
        <source>Consultant</source>
        <translation>Консультант</translation>
    </message>
    <message>
        <location filename="../../app/ui/quality/round_dialog.py" line="197"/>
        <source>Contacts in the period</source>
        <translation>Обращений за период</translation>
    </message>
    <message>
        <location filename="../../app/ui/quality/round_dialog.py" line="197"/>
        <source>Drawn</source>
        <translation>Отобрано</translation>
    </message>
    <message>
        <location filename="../../app/ui/quality/round_dialog.py" line="199"/>
        <source>&amp;Start the round</source>
        <translation>&amp;Запустить цикл</translation>
    </message>
    <message>
        <location filename="../../app/ui/quality/round_dialog.py" line="200"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../../app/ui/quality/round_dialog.py" line="209"/>
        <source>Quality review: %1 %2</source>
        <translation>Оценка качества: %1 %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/quality/round_dialog.py" line="244"/>
        <location filename="../../app/ui/quality/round_dialog.py" line="335"/>
        <source>Drawing the sample…</source>
        <translation>Формирование выборки…</translation>
    </message>
    <message>
        <location filename="../../app/ui/quality/round_dialog.py" line="285"/>
        <source>Fewer contacts in the period than asked for.</source>
        <translation>Обращений за период меньше, чем запрошено.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/quality/round_dialog.py" line="287"/>
        <source>%n contact(s) to review.</source>
        <translation>
            <numerusform>%n обращение для оценки.</numerusform>
            <numerusform>%n обращения для оценки.</numerusform>
            <numerusform>%n обращений для оценки.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/quality/round_dialog.py" line="291"/>
        <source>Give the round a name.</source>
        <translation>Укажите название цикла.</translation>
    </message>
    <message>
        <location filename="../../app/ui/quality/round_dialog.py" line="292"/>
        <source>The period ends before it starts.</source>
        <translation>Период заканчивается раньше, чем начинается.</translation>
    </message>
    <message>
        <location filename="../../app/ui/quality/round_dialog.py" line="293"/>
        <source>Tick at least one consultant.</source>
        <translation>Отметьте хотя бы одного консультанта.</translation>
    </message>
    <message>
        <location filename="../../app/ui/quality/round_dialog.py" line="295"/>
        <source>You cannot review your own contacts.</source>
        <translation>Нельзя оценивать собственные обращения.</translation>
    </message>
    <message>
        <location filename="../../app/ui/quality/round_dialog.py" line="297"/>
        <source>The consultants chosen have no contacts to review in this period.</source>
        <translation>У выбранных консультантов нет обращений для оценки за этот период.</translation>
    </message>
</context>
<context>
    <name>RoundsTab</name>
    <message>
        <location filename="../../app/ui/quality/page.py" line="126"/>
        <source>&amp;New round… (Ctrl+N)</source>
        <translation>&amp;Новый цикл… (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../app/ui/quality/page.py" line="127"/>
        <source>Delete the round</source>
        <translation>Удалить цикл</translation>
    </message>
    <message>
        <location filename="../../app/ui/quality/page.py" line="128"/>
        <source>&amp;Review (Enter)</source>
        <translation>&amp;Оценить (Enter)</translation>
    </message>
    <message>
        <location filename="../../app/ui/quality/page.py" line="129"/>
        <source>Review &amp;rounds</source>
        <translation>&amp;Циклы оценки</translation>
    </message>
    <message>
        <location filename="../../app/ui/quality/page.py" line="130"/>
        <source>Contacts of the &amp;round</source>
        <translation>О&amp;бращения цикла</translation>
    </message>
    <message>
        <location filename="../../app/ui/quality/page.py" line="131"/>
        <source>Feedback not read yet</source>
        <translation>Непрочитанная обратная связь</translation>
    </message>
    <message>
        <location filename="../../app/ui/quality/page.py" line="133"/>
        <source>Round</source>
        <translation>Цикл</translation>
    </message>
    <message>
        <location filename="../../app/ui/quality/page.py" line="133"/>
        <source>Period</source>
        <translation>Период</translation>
    </message>
    <message>
        <location filename="../../app/ui/quality/page.py" line="133"/>
        <source>Planned</source>
        <translation>Запланировано</translation>
    </message>
    <message>
        <location filename="../../app/ui/quality/page.py" line="133"/>
        <location filename="../../app/ui/quality/page.py" line="200"/>
        <source>Completed</source>
        <translation>Завершено</translation>
    </message>
    <message>
        <location filename="../../app/ui/quality/page.py" line="134"/>
        <source>In progress</source>
        <translation>В работе</translation>
    </message>
    <message>
        <location filename="../../app/ui/quality/page.py" line="134"/>
        <source>Supervisor</source>
        <translation>Супервизор</translation>
    </message>
    <message>
        <location filename="../../app/ui/quality/page.py" line="134"/>
        <source>Seed</source>
        <translation>Начальное число</translation>
    </message>
    <message>
        <location filename="../../app/ui/quality/page.py" line="136"/>
        <location filename="../../app/ui/quality/page.py" line="140"/>
        <source>Consultant</source>
        <translation>Консультант</translation>
    </message>
    <message>
        <location filename="../../app/ui/quality/page.py" line="136"/>
        <source>Contact</source>
        <translation>Обращение</translation>
    </message>
    <message>
        <location filename="../../app/ui/quality/page.py" line="136"/>
        <source>Channel</source>
        <translation>Канал</translation>
    </message>
    <message>
        <location filename="../../app/ui/quality/page.py" line="137"/>
        <source>Drawn from</source>
        <translation>Отобрано по</translation>
    </message>
    <message>
        <location filename="../../app/ui/quality/page.py" line="137"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../app/ui/quality/page.py" line="137"/>
        <source>Score</source>
        <translation>Балл</translation>
    </message>
    <message>
        <location filename="../../app/ui/quality/page.py" line="137"/>
        <source>Band</source>
        <translation>Уровень</translation>
    </message>
    <message>
        <location filename="../../app/ui/quality/page.py" line="138"/>
        <source>Read</source>
        <translation>Прочитано</translation>
    </message>
    <message>
        <location filename="../../app/ui/quality/page.py" line="140"/>
        <source>Unread</source>
        <translation>Не прочитано</translation>
    </message>
    <message>
        <location filename="../../app/ui/quality/page.py" line="140"/>
        <source>Waiting since</source>
        <translation>Ждёт с</translation>
    </message>
    <message>
        <location filename="../../app/ui/quality/page.py" line="141"/>
        <source>Every consultant has read their feedback.</source>
        <translation>Все консультанты прочитали обратную связь.</translation>
    </message>
    <message>
        <location filename="../../app/ui/quality/page.py" line="199"/>
        <source>Not started</source>
        <translation>Не начата</translation>
    </message>
    <message>
        <location filename="../../app/ui/quality/page.py" line="199"/>
        <source>Draft</source>
        <translation>Черновик</translation>
    </message>
    <message>
        <location filename="../../app/ui/quality/page.py" line="202"/>
        <source>unsaved work</source>
        <translation>есть автосохранение</translation>
    </message>
    <message>
        <location filename="../../app/ui/quality/page.py" line="227"/>
        <source>not yet</source>
        <translation>ещё нет</translation>
    </message>
    <message>
        <location filename="../../app/ui/quality/page.py" line="231"/>
        <source>deleted</source>
        <translation>удалено</translation>
    </message>
    <message>
        <location filename="../../app/ui/quality/page.py" line="273"/>
        <source>Delete the round?</source>
        <translation>Удалить цикл?</translation>
    </message>
    <message>
        <location filename="../../app/ui/quality/page.py" line="274"/>
        <source>The round and its draft reviews are removed. A round with completed reviews cannot be deleted.</source>
        <translation>Цикл и его черновые оценки будут удалены. Цикл с завершёнными оценками удалить нельзя.</translation>
    </message>
    <message>
        <location filename="../../app/ui/quality/page.py" line="281"/>
        <source>Not deleted</source>
        <translation>Не удалено</translation>
    </message>
    <message>
        <location filename="../../app/ui/quality/page.py" line="282"/>
        <source>This round has completed reviews: it stays in the record.</source>
        <translation>В этом цикле есть завершённые оценки: он остаётся в учёте.</translation>
    </message>
    <message>
        <location filename="../../app/ui/quality/page.py" line="292"/>
        <source>Contact deleted</source>
        <translation>Обращение удалено</translation>
    </message>
    <message>
        <location filename="../../app/ui/quality/page.py" line="293"/>
        <source>This contact was deleted after the sample was drawn; there is nothing to review.</source>
        <translation>Это обращение удалено после формирования выборки; оценивать нечего.</translation>
    </message>
</context>
<context>
    <name>ServiceDialog</name>
    <message>
        <location filename="../../app/ui/assistance/dialogs.py" line="496"/>
        <source>Service</source>
        <translation>Услуга</translation>
    </message>
    <message>
        <location filename="../../app/ui/assistance/dialogs.py" line="496"/>
        <source>Add a service</source>
        <translation>Новая услуга</translation>
    </message>
    <message>
        <location filename="../../app/ui/assistance/dialogs.py" line="512"/>
        <source>&amp;Service:</source>
        <translation>&amp;Услуга:</translation>
    </message>
    <message>
        <location filename="../../app/ui/assistance/dialogs.py" line="513"/>
        <source>&amp;Date:</source>
        <translation>&amp;Дата:</translation>
    </message>
    <message>
        <location filename="../../app/ui/assistance/dialogs.py" line="514"/>
        <source>S&amp;tatus:</source>
        <translation>&amp;Статус:</translation>
    </message>
    <message>
        <location filename="../../app/ui/assistance/dialogs.py" line="515"/>
        <source>&amp;Provided by:</source>
        <translation>&amp;Кто оказывает:</translation>
    </message>
    <message>
        <location filename="../../app/ui/assistance/dialogs.py" line="516"/>
        <source>&amp;Organisation or person:</source>
        <translation>&amp;Организация или человек:</translation>
    </message>
    <message>
        <location filename="../../app/ui/assistance/dialogs.py" line="521"/>
        <source>Cost</source>
        <translation>Стоимость</translation>
    </message>
    <message>
        <location filename="../../app/ui/assistance/dialogs.py" line="522"/>
        <source>&amp;Cost:</source>
        <translation>С&amp;тоимость:</translation>
    </message>
    <message>
        <location filename="../../app/ui/assistance/dialogs.py" line="525"/>
        <source>&amp;Notes:</source>
        <translation>&amp;Заметки:</translation>
    </message>
    <message>
        <location filename="../../app/ui/assistance/dialogs.py" line="533"/>
        <source>Cost: write a sum such as 25 or 12,50</source>
        <translation>Стоимость: укажите сумму, например 25 или 12,50</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../app/ui/settings/page.py" line="116"/>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/page.py" line="117"/>
        <source>Working hours: from</source>
        <translation>Часы работы: с</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/page.py" line="118"/>
        <source>Working hours: to</source>
        <translation>Часы работы: до</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/page.py" line="120"/>
        <source>Site &amp;name:</source>
        <translation>&amp;Название офиса:</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/page.py" line="120"/>
        <source>&amp;Organisation of this site:</source>
        <translation>&amp;Организация этого офиса:</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/page.py" line="121"/>
        <source>&amp;Working hours:</source>
        <translation>&amp;Часы работы:</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/page.py" line="121"/>
        <source>Loc&amp;k after idle minutes:</source>
        <translation>Бло&amp;кировать после минут бездействия:</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/page.py" line="122"/>
        <source>Interface &amp;language:</source>
        <translation>&amp;Язык интерфейса:</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/page.py" line="126"/>
        <source>Contacts taken outside the working hours are marked, never refused; a callback agreed for a time the line is closed moves to the next opening. The organisation answers calls from regions that are not assigned to either organisation (abroad, not known). A new language applies at the next start.</source>
        <translation>Обращения вне рабочего времени отмечаются, но никогда не отклоняются; обратный звонок, назначенный на время, когда линия не работает, переносится на ближайшее открытие. Эта организация отвечает на звонки из регионов, не закреплённых ни за одной из организаций (из-за рубежа, регион не известен). Новый язык интерфейса применяется при следующем запуске.</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/page.py" line="130"/>
        <source>Without keyboard or mouse input for the idle minutes, the app locks all its windows; Ctrl+L locks at once.</source>
        <translation>Если столько минут не было ввода с клавиатуры или мыши, программа блокирует все свои окна; Ctrl+L блокирует сразу.</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/page.py" line="132"/>
        <source>While a contact is in progress the idle lock waits: the minutes count from when it is saved or discarded.</source>
        <translation>Пока обращение не завершено, блокировка по бездействию ждёт: минуты отсчитываются с момента, когда оно сохранено или отменено.</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/page.py" line="134"/>
        <source>&amp;Save settings</source>
        <translation>&amp;Сохранить настройки</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/page.py" line="140"/>
        <source>The working hours must not start and end together.</source>
        <translation>Начало и конец рабочего времени не должны совпадать.</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/page.py" line="143"/>
        <source>Tick at least one working day.</source>
        <translation>Отметьте хотя бы один рабочий день.</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/page.py" line="153"/>
        <source>Saved.</source>
        <translation>Сохранено.</translation>
    </message>
</context>
<context>
    <name>ShiftController</name>
    <message>
        <location filename="../../app/ui/shift/controller.py" line="90"/>
        <source>Ask for a debrief…</source>
        <translation>Попросить о разборе…</translation>
    </message>
    <message>
        <location filename="../../app/ui/shift/controller.py" line="91"/>
        <source>Agree a callback: ask when to call back</source>
        <translation>Договориться о звонке: спросить, когда перезвонить</translation>
    </message>
    <message>
        <location filename="../../app/ui/shift/controller.py" line="132"/>
        <source>Callback for %1: it is saved with the contact.</source>
        <translation>Перезвонить %1: задача сохранится вместе с обращением.</translation>
    </message>
    <message>
        <location filename="../../app/ui/shift/controller.py" line="149"/>
        <source>The callback is done.</source>
        <translation>Обратный звонок выполнен.</translation>
    </message>
    <message>
        <location filename="../../app/ui/shift/controller.py" line="156"/>
        <source>Callback %1 is in your tasks.</source>
        <translation>Обратный звонок %1 — в ваших задачах.</translation>
    </message>
    <message>
        <location filename="../../app/ui/shift/controller.py" line="159"/>
        <location filename="../../app/ui/shift/controller.py" line="197"/>
        <source>Callback</source>
        <translation>Обратный звонок</translation>
    </message>
    <message>
        <location filename="../../app/ui/shift/controller.py" line="220"/>
        <source>Calling back (agreed for %1): saving this contact completes the task.</source>
        <translation>Обратный звонок (договорились на %1): сохранение обращения закроет задачу.</translation>
    </message>
    <message>
        <location filename="../../app/ui/shift/controller.py" line="233"/>
        <source>Debrief</source>
        <translation>Разбор</translation>
    </message>
    <message>
        <location filename="../../app/ui/shift/controller.py" line="236"/>
        <source>A supervisor will see your request.</source>
        <translation>Супервизор увидит вашу просьбу.</translation>
    </message>
</context>
<context>
    <name>ShiftDays</name>
    <message>
        <location filename="../../app/ui/shift/dialogs.py" line="35"/>
        <source>Mon</source>
        <translation>Пн</translation>
    </message>
    <message>
        <location filename="../../app/ui/shift/dialogs.py" line="36"/>
        <source>Tue</source>
        <translation>Вт</translation>
    </message>
    <message>
        <location filename="../../app/ui/shift/dialogs.py" line="37"/>
        <source>Wed</source>
        <translation>Ср</translation>
    </message>
    <message>
        <location filename="../../app/ui/shift/dialogs.py" line="38"/>
        <source>Thu</source>
        <translation>Чт</translation>
    </message>
    <message>
        <location filename="../../app/ui/shift/dialogs.py" line="39"/>
        <source>Fri</source>
        <translation>Пт</translation>
    </message>
    <message>
        <location filename="../../app/ui/shift/dialogs.py" line="40"/>
        <source>Sat</source>
        <translation>Сб</translation>
    </message>
    <message>
        <location filename="../../app/ui/shift/dialogs.py" line="41"/>
        <source>Sun</source>
        <translation>Вс</translation>
    </message>
</context>
<context>
    <name>ShiftDialogs</name>
    <message>
        <location filename="../../app/ui/shift/dialogs.py" line="48"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
</context>
<context>
    <name>ShiftPage</name>
    <message>
        <location filename="../../app/ui/shift/page.py" line="195"/>
        <location filename="../../app/ui/shift/page.py" line="283"/>
        <source>Shift</source>
        <translation>Смена</translation>
    </message>
    <message>
        <location filename="../../app/ui/shift/page.py" line="196"/>
        <source>Waiting for me</source>
        <translation>Ждёт меня</translation>
    </message>
    <message>
        <location filename="../../app/ui/shift/page.py" line="197"/>
        <source>Since my last shift</source>
        <translation>С моей прошлой смены</translation>
    </message>
    <message>
        <location filename="../../app/ui/shift/page.py" line="199"/>
        <source>Everyone&apos;s open callbacks</source>
        <translation>Открытые звонки всех</translation>
    </message>
    <message>
        <location filename="../../app/ui/shift/page.py" line="200"/>
        <source>Requests for a debrief:</source>
        <translation>Просьбы о разборе:</translation>
    </message>
    <message>
        <location filename="../../app/ui/shift/page.py" line="202"/>
        <source>Talked it through</source>
        <translation>Обсудили</translation>
    </message>
    <message>
        <location filename="../../app/ui/shift/page.py" line="203"/>
        <source>Crisis follow-ups (mine, or due today):</source>
        <translation>Кризисные задачи (мои или на сегодня):</translation>
    </message>
    <message>
        <location filename="../../app/ui/shift/page.py" line="204"/>
        <source>Notes left for the next shift:</source>
        <translation>Заметки для следующей смены:</translation>
    </message>
    <message>
        <location filename="../../app/ui/shift/page.py" line="205"/>
        <source>New crisis cases:</source>
        <translation>Новые кризисные случаи:</translation>
    </message>
    <message>
        <location filename="../../app/ui/shift/page.py" line="206"/>
        <source>&amp;Note for the next shift:</source>
        <translation>&amp;Заметка для следующей смены:</translation>
    </message>
    <message>
        <location filename="../../app/ui/shift/page.py" line="208"/>
        <source>Leave the note</source>
        <translation>Оставить заметку</translation>
    </message>
    <message>
        <location filename="../../app/ui/shift/page.py" line="209"/>
        <source>Ask for a debrief…</source>
        <translation>Попросить о разборе…</translation>
    </message>
    <message>
        <location filename="../../app/ui/shift/page.py" line="238"/>
        <source>overdue</source>
        <translation>просрочено</translation>
    </message>
    <message>
        <location filename="../../app/ui/shift/page.py" line="238"/>
        <source>due</source>
        <translation>срок</translation>
    </message>
    <message>
        <location filename="../../app/ui/shift/page.py" line="239"/>
        <source>%1: %2 %3 (%4)</source>
        <translation>%1: %2 %3 (%4)</translation>
    </message>
    <message>
        <location filename="../../app/ui/shift/page.py" line="241"/>
        <source>follow-up call</source>
        <translation>повторный звонок</translation>
    </message>
    <message>
        <location filename="../../app/ui/shift/page.py" line="241"/>
        <source>referral</source>
        <translation>направление</translation>
    </message>
    <message>
        <location filename="../../app/ui/shift/page.py" line="245"/>
        <source>Unread quality reviews: %1 (page «My reviews»).</source>
        <translation>Непрочитанных оценок качества: %1 (страница «Мои оценки»).</translation>
    </message>
    <message>
        <location filename="../../app/ui/shift/page.py" line="248"/>
        <source>Directory entries to check: %1.</source>
        <translation>Записей справочника проверить: %1.</translation>
    </message>
    <message>
        <location filename="../../app/ui/shift/page.py" line="252"/>
        <source>Since %1:</source>
        <translation>С %1:</translation>
    </message>
    <message>
        <location filename="../../app/ui/shift/page.py" line="259"/>
        <source>No notes.</source>
        <translation>Заметок нет.</translation>
    </message>
    <message>
        <location filename="../../app/ui/shift/page.py" line="264"/>
        <source>None.</source>
        <translation>Нет.</translation>
    </message>
    <message>
        <location filename="../../app/ui/shift/page.py" line="283"/>
        <source>Choose a task in the list first.</source>
        <translation>Сначала выберите задачу в списке.</translation>
    </message>
    <message>
        <location filename="../../app/ui/shift/page.py" line="310"/>
        <source>Another time</source>
        <translation>Другое время</translation>
    </message>
    <message>
        <location filename="../../app/ui/shift/page.py" line="322"/>
        <source>Not needed any more?</source>
        <translation>Больше не нужно?</translation>
    </message>
    <message>
        <location filename="../../app/ui/shift/page.py" line="323"/>
        <source>Close this callback without calling back (the caller called again, the number was wrong…)?</source>
        <translation>Закрыть задачу без звонка (абонент перезвонил сам, номер неверный…)?</translation>
    </message>
    <message>
        <location filename="../../app/ui/shift/page.py" line="335"/>
        <source>agreed</source>
        <translation>договорились</translation>
    </message>
    <message>
        <location filename="../../app/ui/shift/page.py" line="335"/>
        <source>handed over</source>
        <translation>передана</translation>
    </message>
    <message>
        <location filename="../../app/ui/shift/page.py" line="336"/>
        <source>moved</source>
        <translation>перенесена</translation>
    </message>
    <message>
        <location filename="../../app/ui/shift/page.py" line="336"/>
        <source>done</source>
        <translation>выполнено</translation>
    </message>
    <message>
        <location filename="../../app/ui/shift/page.py" line="337"/>
        <source>cancelled</source>
        <translation>отменено</translation>
    </message>
    <message>
        <location filename="../../app/ui/shift/page.py" line="341"/>
        <source>from %1 to %2</source>
        <translation>от %1 к %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/shift/page.py" line="344"/>
        <source>for %1</source>
        <translation>на %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/shift/page.py" line="346"/>
        <source>History of the task</source>
        <translation>История задачи</translation>
    </message>
</context>
<context>
    <name>ShiftSummary</name>
    <message>
        <location filename="../../app/ui/shift/page.py" line="385"/>
        <source>Callbacks waiting: %1</source>
        <translation>Ждут обратного звонка: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/shift/page.py" line="389"/>
        <source>overdue: %1</source>
        <translation>просрочено: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/shift/page.py" line="392"/>
        <source>crisis follow-ups: %1</source>
        <translation>кризисных задач: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/shift/page.py" line="395"/>
        <source>notes for the next shift: %1</source>
        <translation>заметок для смены: %1</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../app/ui/help.py" line="251"/>
        <location filename="../../app/ui/help.py" line="256"/>
        <source>Keyboard shortcuts</source>
        <translation>Сочетания клавиш</translation>
    </message>
    <message>
        <location filename="../../app/ui/help.py" line="254"/>
        <source>Keys</source>
        <translation>Клавиши</translation>
    </message>
    <message>
        <location filename="../../app/ui/help.py" line="254"/>
        <source>What they do</source>
        <translation>Что делают</translation>
    </message>
    <message>
        <location filename="../../app/ui/help.py" line="272"/>
        <source>Undo the call just saved by its digit</source>
        <translation>Отменить звонок, только что сохранённый цифрой</translation>
    </message>
    <message>
        <location filename="../../app/ui/help.py" line="273"/>
        <location filename="../../app/ui/help.py" line="274"/>
        <location filename="../../app/ui/help.py" line="275"/>
        <source>Save the contact</source>
        <translation>Сохранить обращение</translation>
    </message>
    <message>
        <location filename="../../app/ui/help.py" line="276"/>
        <source>End the call (the timer stops)</source>
        <translation>Завершить звонок (таймер остановится)</translation>
    </message>
    <message>
        <location filename="../../app/ui/help.py" line="277"/>
        <source>Discard the contact (asks first)</source>
        <translation>Отменить обращение (с вопросом)</translation>
    </message>
    <message>
        <location filename="../../app/ui/help.py" line="278"/>
        <source>Go to the directory entries for the destination</source>
        <translation>Перейти к записям справочника по стране назначения</translation>
    </message>
    <message>
        <location filename="../../app/ui/help.py" line="279"/>
        <source>Copy the chosen directory entry into the notes</source>
        <translation>Скопировать выбранную запись справочника в заметки</translation>
    </message>
    <message>
        <location filename="../../app/ui/help.py" line="280"/>
        <source>Show the contact just saved that the filters hide</source>
        <translation>Показать только что сохранённое обращение, скрытое фильтрами</translation>
    </message>
    <message>
        <location filename="../../app/ui/help.py" line="282"/>
        <source>History of changes of the chosen contact</source>
        <translation>История изменений выбранного обращения</translation>
    </message>
    <message>
        <location filename="../../app/ui/help.py" line="283"/>
        <source>Search the notes</source>
        <translation>Поиск по заметкам</translation>
    </message>
    <message>
        <location filename="../../app/ui/help.py" line="284"/>
        <source>Search the crisis cases</source>
        <translation>Поиск по кризисным случаям</translation>
    </message>
    <message>
        <location filename="../../app/ui/help.py" line="285"/>
        <source>Search the directory</source>
        <translation>Поиск по справочнику</translation>
    </message>
    <message>
        <location filename="../../app/ui/help.py" line="286"/>
        <source>History of changes of the chosen entry</source>
        <translation>История изменений выбранной записи</translation>
    </message>
    <message>
        <location filename="../../app/ui/help.py" line="287"/>
        <source>New directory entry</source>
        <translation>Новая запись справочника</translation>
    </message>
    <message>
        <location filename="../../app/ui/help.py" line="288"/>
        <source>New review round</source>
        <translation>Новый раунд оценки</translation>
    </message>
    <message>
        <location filename="../../app/ui/help.py" line="289"/>
        <source>New meeting, examination or training</source>
        <translation>Новое собрание, экзамен или обучение</translation>
    </message>
    <message>
        <location filename="../../app/ui/help.py" line="290"/>
        <source>Mark the review as read</source>
        <translation>Отметить оценку как прочитанную</translation>
    </message>
    <message>
        <location filename="../../app/ui/help.py" line="291"/>
        <source>Count the statistics again</source>
        <translation>Пересчитать статистику</translation>
    </message>
    <message>
        <location filename="../../app/ui/help.py" line="292"/>
        <source>Write a sync file for the chosen partner</source>
        <translation>Записать файл синхронизации для выбранного партнёра</translation>
    </message>
    <message>
        <location filename="../../app/ui/help.py" line="293"/>
        <source>Read a sync file</source>
        <translation>Прочитать файл синхронизации</translation>
    </message>
    <message>
        <location filename="../../app/ui/help.py" line="294"/>
        <source>New account</source>
        <translation>Новая учётная запись</translation>
    </message>
    <message>
        <location filename="../../app/ui/help.py" line="295"/>
        <source>Search the assistance cases</source>
        <translation>Поиск по случаям сопровождения</translation>
    </message>
    <message>
        <location filename="../../app/ui/help.py" line="296"/>
        <source>New assistance case</source>
        <translation>Новый случай сопровождения</translation>
    </message>
    <message>
        <location filename="../../app/ui/help.py" line="297"/>
        <source>The case summary as PDF</source>
        <translation>Сводка случая в PDF</translation>
    </message>
    <message>
        <location filename="../../app/ui/help.py" line="298"/>
        <source>The redacted case summary as PDF</source>
        <translation>Обезличенная сводка случая в PDF</translation>
    </message>
    <message>
        <location filename="../../app/ui/help.py" line="301"/>
        <source>Tab %1 of the case</source>
        <translation>Вкладка %1 случая</translation>
    </message>
    <message>
        <location filename="../../app/ui/help.py" line="306"/>
        <source>Everywhere in the window</source>
        <translation>Везде в окне</translation>
    </message>
</context>
<context>
    <name>StaffEventDialog</name>
    <message>
        <location filename="../../app/ui/quality/staff_register.py" line="49"/>
        <source>Staff development</source>
        <translation>Повышение квалификации</translation>
    </message>
    <message>
        <location filename="../../app/ui/quality/staff_register.py" line="50"/>
        <source>Edit the record</source>
        <translation>Изменение записи</translation>
    </message>
    <message>
        <location filename="../../app/ui/quality/staff_register.py" line="53"/>
        <source>Staff meeting</source>
        <translation>Рабочее совещание</translation>
    </message>
    <message>
        <location filename="../../app/ui/quality/staff_register.py" line="54"/>
        <source>Written examination</source>
        <translation>Письменный экзамен</translation>
    </message>
    <message>
        <location filename="../../app/ui/quality/staff_register.py" line="55"/>
        <source>Training</source>
        <translation>Тренинг</translation>
    </message>
    <message>
        <location filename="../../app/ui/quality/staff_register.py" line="76"/>
        <source>&amp;Save</source>
        <translation>&amp;Сохранить</translation>
    </message>
    <message>
        <location filename="../../app/ui/quality/staff_register.py" line="77"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../../app/ui/quality/staff_register.py" line="80"/>
        <source>&amp;Date:</source>
        <translation>&amp;Дата:</translation>
    </message>
    <message>
        <location filename="../../app/ui/quality/staff_register.py" line="80"/>
        <source>&amp;Type:</source>
        <translation>&amp;Вид:</translation>
    </message>
    <message>
        <location filename="../../app/ui/quality/staff_register.py" line="81"/>
        <source>T&amp;opic:</source>
        <translation>&amp;Тема:</translation>
    </message>
    <message>
        <location filename="../../app/ui/quality/staff_register.py" line="82"/>
        <source>&amp;Participants (Space ticks):</source>
        <translation>&amp;Участники (пробел — отметить):</translation>
    </message>
    <message>
        <location filename="../../app/ui/quality/staff_register.py" line="83"/>
        <source>&amp;Others present:</source>
        <translation>Другие &amp;присутствовавшие:</translation>
    </message>
    <message>
        <location filename="../../app/ui/quality/staff_register.py" line="84"/>
        <source>&amp;Notes:</source>
        <translation>&amp;Заметки:</translation>
    </message>
    <message>
        <location filename="../../app/ui/quality/staff_register.py" line="88"/>
        <source>e.g. a psychologist, an embassy&apos;s consul</source>
        <translation>например, психолог, консул посольства</translation>
    </message>
    <message>
        <location filename="../../app/ui/quality/staff_register.py" line="119"/>
        <source>Give the topic.</source>
        <translation>Укажите тему.</translation>
    </message>
    <message>
        <location filename="../../app/ui/quality/staff_register.py" line="120"/>
        <source>Tick who took part, or name them.</source>
        <translation>Отметьте участников или впишите их имена.</translation>
    </message>
    <message>
        <location filename="../../app/ui/quality/staff_register.py" line="121"/>
        <source>The date is more than a year ahead.</source>
        <translation>Дата более чем на год вперёд.</translation>
    </message>
    <message>
        <location filename="../../app/ui/quality/staff_register.py" line="122"/>
        <source>The date is before 2000.</source>
        <translation>Дата раньше 2000 года.</translation>
    </message>
    <message>
        <location filename="../../app/ui/quality/staff_register.py" line="137"/>
        <source>Not saved</source>
        <translation>Не сохранено</translation>
    </message>
    <message>
        <location filename="../../app/ui/quality/staff_register.py" line="138"/>
        <source>Someone else changed this record meanwhile; open it again.</source>
        <translation>Кто-то другой тем временем изменил эту запись; откройте её заново.</translation>
    </message>
</context>
<context>
    <name>StaffTab</name>
    <message>
        <location filename="../../app/ui/quality/staff_register.py" line="189"/>
        <source>Staff meeting</source>
        <translation>Рабочее совещание</translation>
    </message>
    <message>
        <location filename="../../app/ui/quality/staff_register.py" line="190"/>
        <source>Written examination</source>
        <translation>Письменный экзамен</translation>
    </message>
    <message>
        <location filename="../../app/ui/quality/staff_register.py" line="191"/>
        <source>Training</source>
        <translation>Тренинг</translation>
    </message>
    <message>
        <location filename="../../app/ui/quality/staff_register.py" line="194"/>
        <source>&amp;Period:</source>
        <translation>П&amp;ериод:</translation>
    </message>
    <message>
        <location filename="../../app/ui/quality/staff_register.py" line="195"/>
        <source>&amp;Add… (Ctrl+N)</source>
        <translation>&amp;Добавить… (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../app/ui/quality/staff_register.py" line="196"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Изменить…</translation>
    </message>
    <message>
        <location filename="../../app/ui/quality/staff_register.py" line="197"/>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location filename="../../app/ui/quality/staff_register.py" line="199"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../../app/ui/quality/staff_register.py" line="199"/>
        <source>Type</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location filename="../../app/ui/quality/staff_register.py" line="199"/>
        <source>Topic</source>
        <translation>Тема</translation>
    </message>
    <message>
        <location filename="../../app/ui/quality/staff_register.py" line="199"/>
        <source>Participants</source>
        <translation>Участники</translation>
    </message>
    <message>
        <location filename="../../app/ui/quality/staff_register.py" line="207"/>
        <source>Staff meetings: %1 · written examinations: %2 · trainings: %3 · participations: %4</source>
        <translation>Рабочих совещаний: %1 · письменных экзаменов: %2 · тренингов: %3 · случаев участия: %4</translation>
    </message>
    <message>
        <location filename="../../app/ui/quality/staff_register.py" line="219"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/quality/staff_register.py" line="252"/>
        <source>Delete the record?</source>
        <translation>Удалить запись?</translation>
    </message>
    <message>
        <location filename="../../app/ui/quality/staff_register.py" line="253"/>
        <source>«%1» of %2 is removed from the register.</source>
        <translation>Запись «%1» от %2 будет удалена из журнала.</translation>
    </message>
</context>
<context>
    <name>StartPanel</name>
    <message>
        <location filename="../../app/ui/start_panel.py" line="46"/>
        <source>Ready for the next contact</source>
        <translation>Можно принимать следующее обращение</translation>
    </message>
    <message>
        <location filename="../../app/ui/start_panel.py" line="47"/>
        <source>New phone contact (F2)</source>
        <translation>Новый звонок (F2)</translation>
    </message>
    <message>
        <location filename="../../app/ui/start_panel.py" line="48"/>
        <source>New e-mail (F3)</source>
        <translation>Новое письмо (F3)</translation>
    </message>
    <message>
        <location filename="../../app/ui/start_panel.py" line="49"/>
        <source>New chat or visit (F6)</source>
        <translation>Новый чат или визит (F6)</translation>
    </message>
    <message>
        <location filename="../../app/ui/start_panel.py" line="51"/>
        <source>F2 starts the timer at once. Then 1 = consultation, 2–7 = a call without counselling; Tab moves between fields, Ctrl+S saves.</source>
        <translation>F2 сразу запускает таймер. Затем 1 — консультация, 2–7 — звонок без консультации; Tab — переход между полями, Ctrl+S — сохранить.</translation>
    </message>
</context>
<context>
    <name>StartTasks</name>
    <message>
        <location filename="../../app/ui/shift/page.py" line="437"/>
        <source>My tasks</source>
        <translation>Мои задачи</translation>
    </message>
    <message>
        <location filename="../../app/ui/shift/page.py" line="438"/>
        <source>Call back now</source>
        <translation>Перезвонить сейчас</translation>
    </message>
    <message>
        <location filename="../../app/ui/shift/page.py" line="439"/>
        <source>Shift page</source>
        <translation>Смена</translation>
    </message>
    <message>
        <location filename="../../app/ui/shift/page.py" line="466"/>
        <source>No callbacks waiting.</source>
        <translation>Обратных звонков нет.</translation>
    </message>
</context>
<context>
    <name>StatisticsPage</name>
    <message>
        <location filename="../../app/forms/statistics_page.ui" line="19"/>
        <source>&amp;Period:</source>
        <translation>П&amp;ериод:</translation>
    </message>
    <message>
        <location filename="../../app/forms/statistics_page.ui" line="100"/>
        <source>&amp;Organisation:</source>
        <translation>&amp;Организация:</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/page.py" line="217"/>
        <location filename="../../app/ui/statistics/page.py" line="225"/>
        <source>Year</source>
        <translation>Год</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/page.py" line="218"/>
        <location filename="../../app/ui/statistics/page.py" line="225"/>
        <source>Quarter</source>
        <translation>Квартал</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/page.py" line="219"/>
        <location filename="../../app/ui/statistics/page.py" line="226"/>
        <source>Month</source>
        <translation>Месяц</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/page.py" line="226"/>
        <source>From – to</source>
        <translation>С … по …</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/page.py" line="230"/>
        <source>Quarter %1</source>
        <translation>%1 квартал</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/page.py" line="231"/>
        <source>Both organisations (national)</source>
        <translation>Обе организации (по стране)</translation>
    </message>
    <message>
        <location filename="../../app/forms/statistics_page.ui" line="639"/>
        <source>For outside &amp;release, hide numbers below</source>
        <translation>Для внешнего &amp;распространения скрывать числа меньше</translation>
    </message>
    <message>
        <location filename="../../app/forms/statistics_page.ui" line="636"/>
        <source>Exports for outside release show small numbers as “&lt;5” (and as many others as needed so that none can be worked out), and leave out every name.</source>
        <translation>В выгрузках для внешнего распространения малые числа показаны как «&lt;5» (а также столько других, сколько нужно, чтобы ни одно нельзя было вычислить), а имена не указываются.</translation>
    </message>
    <message>
        <location filename="../../app/forms/statistics_page.ui" line="152"/>
        <source>Tables and charts</source>
        <translation>Таблицы и диаграммы</translation>
    </message>
    <message>
        <location filename="../../app/forms/statistics_page.ui" line="247"/>
        <source>Trends</source>
        <translation>Тенденции</translation>
    </message>
    <message>
        <location filename="../../app/forms/statistics_page.ui" line="255"/>
        <source>Sho&amp;w:</source>
        <translation>&amp;Показать:</translation>
    </message>
    <message>
        <location filename="../../app/forms/statistics_page.ui" line="268"/>
        <source>&amp;Side by side:</source>
        <translation>&amp;Число периодов:</translation>
    </message>
    <message>
        <location filename="../../app/forms/statistics_page.ui" line="327"/>
        <source>Campaigns</source>
        <translation>Кампании</translation>
    </message>
    <message>
        <location filename="../../app/forms/statistics_page.ui" line="347"/>
        <source>Na&amp;me:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <location filename="../../app/forms/statistics_page.ui" line="364"/>
        <source>Started on:</source>
        <translation>Начало:</translation>
    </message>
    <message>
        <location filename="../../app/forms/statistics_page.ui" line="389"/>
        <source>Ended on:</source>
        <translation>Окончание:</translation>
    </message>
    <message>
        <location filename="../../app/forms/statistics_page.ui" line="414"/>
        <source>Channe&amp;l:</source>
        <translation>Кана&amp;л:</translation>
    </message>
    <message>
        <location filename="../../app/forms/statistics_page.ui" line="431"/>
        <source>A&amp;dd the campaign</source>
        <translation>Доб&amp;авить кампанию</translation>
    </message>
    <message>
        <location filename="../../app/forms/statistics_page.ui" line="438"/>
        <source>Remove the campai&amp;gn</source>
        <translation>Удал&amp;ить кампанию</translation>
    </message>
    <message>
        <location filename="../../app/forms/statistics_page.ui" line="488"/>
        <source>Report texts</source>
        <translation>Тексты отчёта</translation>
    </message>
    <message>
        <location filename="../../app/forms/statistics_page.ui" line="494"/>
        <source>Your words for the published report of this period and organisation: they go into the PDF and DOCX where the sections are. Leave a box empty to leave its text out. Never write about a person who could be recognised.</source>
        <translation>Ваши тексты для публикуемого отчёта за этот период и организацию: они попадают в PDF и DOCX в свои разделы. Оставьте поле пустым, чтобы текста не было. Никогда не пишите о человеке, которого можно узнать.</translation>
    </message>
    <message>
        <location filename="../../app/forms/statistics_page.ui" line="506"/>
        <source>&amp;Introduction:</source>
        <translation>&amp;Введение:</translation>
    </message>
    <message>
        <location filename="../../app/forms/statistics_page.ui" line="523"/>
        <source>&amp;Consultations:</source>
        <translation>&amp;Консультации:</translation>
    </message>
    <message>
        <location filename="../../app/forms/statistics_page.ui" line="540"/>
        <source>Crisis and tra&amp;fficking:</source>
        <translation>Кризис и &amp;торговля людьми:</translation>
    </message>
    <message>
        <location filename="../../app/forms/statistics_page.ui" line="557"/>
        <source>&amp;Assistance:</source>
        <translation>Помо&amp;щь:</translation>
    </message>
    <message>
        <location filename="../../app/forms/statistics_page.ui" line="574"/>
        <source>Co&amp;nclusions:</source>
        <translation>В&amp;ыводы:</translation>
    </message>
    <message>
        <location filename="../../app/forms/statistics_page.ui" line="608"/>
        <source>Sa&amp;ve the texts</source>
        <translation>Со&amp;хранить тексты</translation>
    </message>
    <message>
        <location filename="../../app/forms/statistics_page.ui" line="662"/>
        <source>Save the chart shown as a picture (PNG) or a drawing (SVG), for a presentation</source>
        <translation>Сохранить показанную диаграмму как рисунок (PNG) или чертёж (SVG) для презентации</translation>
    </message>
    <message>
        <location filename="../../app/forms/statistics_page.ui" line="665"/>
        <source>Save the c&amp;hart…</source>
        <translation>Сохранить &amp;диаграмму…</translation>
    </message>
    <message>
        <location filename="../../app/forms/statistics_page.ui" line="672"/>
        <source>&amp;Export the report</source>
        <translation>&amp;Экспорт отчёта</translation>
    </message>
    <message>
        <location filename="../../app/forms/statistics_page.ui" line="129"/>
        <source>Recompu&amp;te</source>
        <translation>Пере&amp;считать</translation>
    </message>
    <message>
        <location filename="../../app/forms/statistics_page.ui" line="126"/>
        <source>Count again with the latest records (F5)</source>
        <translation>Пересчитать с учётом последних записей (F5)</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/page.py" line="232"/>
        <source>PDF document…</source>
        <translation>Документ PDF…</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/page.py" line="234"/>
        <source>Excel workbook (XLSX)…</source>
        <translation>Книга Excel (XLSX)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/page.py" line="235"/>
        <source>CSV table…</source>
        <translation>Таблица CSV…</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/page.py" line="239"/>
        <location filename="../../app/ui/statistics/page.py" line="251"/>
        <source>Phone and e-mail</source>
        <translation>Телефон и электронная почта</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/page.py" line="239"/>
        <location filename="../../app/ui/statistics/page.py" line="252"/>
        <source>Women and men</source>
        <translation>Женщины и мужчины</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/page.py" line="236"/>
        <location filename="../../app/ui/statistics/page.py" line="253"/>
        <source>Topics</source>
        <translation>Темы</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/page.py" line="254"/>
        <source>Topics by gender</source>
        <translation>Темы по полу</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/page.py" line="236"/>
        <location filename="../../app/ui/statistics/page.py" line="255"/>
        <source>Destination countries</source>
        <translation>Страны назначения</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/page.py" line="256"/>
        <source>Destinations by gender</source>
        <translation>Страны назначения по полу</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/page.py" line="257"/>
        <source>Regions</source>
        <translation>Регионы</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/page.py" line="258"/>
        <source>Age groups</source>
        <translation>Возрастные группы</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/page.py" line="259"/>
        <source>Age groups by gender</source>
        <translation>Возрастные группы по полу</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/page.py" line="260"/>
        <location filename="../../app/ui/statistics/page.py" line="323"/>
        <source>Who contacted</source>
        <translation>Кто обратился</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/page.py" line="261"/>
        <source>Purpose of travel</source>
        <translation>Цель поездки</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/page.py" line="262"/>
        <source>How they heard of us</source>
        <translation>Откуда узнали о нас</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/page.py" line="263"/>
        <source>Outcomes</source>
        <translation>Результаты</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/page.py" line="264"/>
        <source>Channel by gender</source>
        <translation>Канал по полу</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/page.py" line="240"/>
        <location filename="../../app/ui/statistics/page.py" line="265"/>
        <location filename="../../app/ui/statistics/page.py" line="313"/>
        <source>Crisis contacts</source>
        <translation>Кризисные обращения</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/page.py" line="266"/>
        <source>Over time</source>
        <translation>Динамика</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/page.py" line="267"/>
        <location filename="../../app/ui/statistics/page.py" line="333"/>
        <source>Without counselling</source>
        <translation>Без консультации</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/page.py" line="268"/>
        <source>Organisations</source>
        <translation>Организации</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/page.py" line="269"/>
        <source>Services given</source>
        <translation>Оказанные услуги</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/page.py" line="237"/>
        <location filename="../../app/ui/statistics/page.py" line="270"/>
        <source>Recruitment methods</source>
        <translation>Способы вербовки</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/page.py" line="220"/>
        <source>From</source>
        <translation>С</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/page.py" line="221"/>
        <source>To</source>
        <translation>По</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/page.py" line="222"/>
        <source>Hide numbers below</source>
        <translation>Скрывать числа меньше</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/page.py" line="223"/>
        <source>Sections of the report</source>
        <translation>Разделы отчёта</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/page.py" line="224"/>
        <source>Chart of the section</source>
        <translation>Диаграмма раздела</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/page.py" line="233"/>
        <source>Word document (DOCX), to edit…</source>
        <translation>Документ Word (DOCX) для редактирования…</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/page.py" line="238"/>
        <location filename="../../app/ui/statistics/page.py" line="271"/>
        <source>Exploitation types</source>
        <translation>Виды эксплуатации</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/page.py" line="243"/>
        <source>years</source>
        <translation>годы</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/page.py" line="243"/>
        <source>quarters</source>
        <translation>кварталы</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/page.py" line="272"/>
        <source>Contacts abroad given: by type</source>
        <translation>Выданные контакты за рубежом: по типам</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/page.py" line="273"/>
        <source>Contacts abroad given: by country</source>
        <translation>Выданные контакты за рубежом: по странам</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/page.py" line="274"/>
        <source>Consultants</source>
        <translation>Консультанты</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/page.py" line="279"/>
        <source>No data recorded yet: this section is filled from case records, which this version does not keep yet.</source>
        <translation>Данных пока нет: этот раздел заполняется из записей о случаях, которые эта версия пока не ведёт.</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/page.py" line="283"/>
        <source>Calls and messages without counselling are counted apart and never appear in the other tables. Percentages are of all of them.</source>
        <translation>Звонки и сообщения без консультации учитываются отдельно и не входят в другие таблицы. Проценты — от их общего числа.</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/page.py" line="287"/>
        <source>A contact can count in several rows; percentages are of all consultations.</source>
        <translation>Одно обращение может учитываться в нескольких строках; проценты — от всех консультаций.</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/page.py" line="290"/>
        <source>Percentages are of all consultations of that gender.</source>
        <translation>Проценты — от всех консультаций людей этого пола.</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/page.py" line="292"/>
        <source>Contacts without a destination count as “not defined yet”.</source>
        <translation>Обращения без страны назначения учтены в строке «Не определена».</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/page.py" line="294"/>
        <source>Internal: never part of a report for outside release.</source>
        <translation>Для внутреннего пользования: никогда не входит в отчёт для внешнего распространения.</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/page.py" line="300"/>
        <location filename="../../app/ui/statistics/page.py" line="311"/>
        <source>Not recorded</source>
        <translation>Не указано</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/page.py" line="320"/>
        <source>Channel</source>
        <translation>Канал</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/page.py" line="320"/>
        <source>Gender</source>
        <translation>Пол</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/page.py" line="321"/>
        <source>Topic</source>
        <translation>Тема</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/page.py" line="321"/>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/page.py" line="322"/>
        <source>Region</source>
        <translation>Регион</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/page.py" line="322"/>
        <source>Age group</source>
        <translation>Возраст</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/page.py" line="323"/>
        <source>Purpose</source>
        <translation>Цель</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/page.py" line="324"/>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/page.py" line="324"/>
        <source>Outcome</source>
        <translation>Результат</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/page.py" line="325"/>
        <source>Period</source>
        <translation>Период</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/page.py" line="325"/>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/page.py" line="326"/>
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/page.py" line="326"/>
        <source>Consultant</source>
        <translation>Консультант</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/page.py" line="332"/>
        <location filename="../../app/ui/statistics/page.py" line="575"/>
        <location filename="../../app/ui/statistics/trends_tab.py" line="79"/>
        <source>Number</source>
        <translation>Число</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/page.py" line="332"/>
        <location filename="../../app/ui/statistics/campaigns_tab.py" line="99"/>
        <source>Consultations</source>
        <translation>Консультации</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/page.py" line="427"/>
        <location filename="../../app/ui/statistics/trends_tab.py" line="42"/>
        <source>Computing…</source>
        <translation>Подсчёт…</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/page.py" line="437"/>
        <source>Computing the statistics…</source>
        <translation>Подсчёт статистики…</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/page.py" line="451"/>
        <source>Computed in %1 s.</source>
        <translation>Подсчитано за %1 с.</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/page.py" line="464"/>
        <source>Cancelled.</source>
        <translation>Отменено.</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/page.py" line="467"/>
        <source>The statistics could not be computed; the log file has the details.</source>
        <translation>Не удалось подсчитать статистику; подробности — в журнале работы программы.</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/page.py" line="487"/>
        <source>not comparable</source>
        <translation>не сравнимо</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/page.py" line="489"/>
        <source>the same days of the previous period (%1): %2, change %3</source>
        <translation>те же дни предыдущего периода (%1): %2, изменение %3</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/page.py" line="492"/>
        <source>Consultations: %1</source>
        <translation>Консультаций: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/page.py" line="551"/>
        <source>Chart: %1</source>
        <translation>Диаграмма: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/page.py" line="552"/>
        <source>Table: %1</source>
        <translation>Таблица: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/page.py" line="490"/>
        <source>previous period (%1): %2, change %3</source>
        <translation>предыдущий период (%1): %2, изменение %3</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/page.py" line="495"/>
        <source>crisis contacts: %1 (%2)</source>
        <translation>кризисных обращений: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/page.py" line="497"/>
        <source>without counselling, counted apart: %1</source>
        <translation>без консультации (учитываются отдельно): %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/page.py" line="585"/>
        <source>Previous period</source>
        <translation>Предыдущий период</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/page.py" line="585"/>
        <source>Change, %</source>
        <translation>Изменение, %</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/page.py" line="588"/>
        <source>Total</source>
        <translation>Всего</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/campaigns_tab.py" line="39"/>
        <source>from %1</source>
        <translation>с %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/campaigns_tab.py" line="58"/>
        <source>Campaign added.</source>
        <translation>Кампания добавлена.</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/campaigns_tab.py" line="66"/>
        <source>Remove the campaign</source>
        <translation>Удалить кампанию</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/campaigns_tab.py" line="67"/>
        <source>Remove the campaign “%1”? The contacts stay as they are.</source>
        <translation>Удалить кампанию «%1»? Обращения останутся как есть.</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/campaigns_tab.py" line="72"/>
        <source>Campaign removed.</source>
        <translation>Кампания удалена.</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/campaigns_tab.py" line="79"/>
        <source>No campaign recorded yet: add one on the left.</source>
        <translation>Кампании пока не записаны: добавьте кампанию слева.</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/campaigns_tab.py" line="88"/>
        <source>“%1”: consultations per week, %2 weeks before and after its start, and how callers heard of the infoline before and after.</source>
        <translation>«%1»: консультации по неделям, за %2 недель до начала и после него, и откуда узнали об инфолинии до и после.</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/campaigns_tab.py" line="96"/>
        <source>%1 (the start)</source>
        <translation>%1 (начало)</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/campaigns_tab.py" line="125"/>
        <source>How they heard</source>
        <translation>Откуда узнали</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/campaigns_tab.py" line="126"/>
        <source>Before (%1)</source>
        <translation>До (%1)</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/campaigns_tab.py" line="127"/>
        <source>After (%1)</source>
        <translation>После (%1)</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/campaigns_tab.py" line="128"/>
        <source>Change of the share, points</source>
        <translation>Изменение доли, п. п.</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/export.py" line="28"/>
        <source>PDF document (*.pdf)</source>
        <translation>Документ PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/export.py" line="29"/>
        <source>Word document (*.docx)</source>
        <translation>Документ Word (*.docx)</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/export.py" line="30"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Книга Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/export.py" line="31"/>
        <source>CSV table (*.csv)</source>
        <translation>Таблица CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/export.py" line="34"/>
        <source>Export the report</source>
        <translation>Экспорт отчёта</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/export.py" line="60"/>
        <source>Writing the report…</source>
        <translation>Запись отчёта…</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/export.py" line="64"/>
        <source>Report saved: %1</source>
        <translation>Отчёт сохранён: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/export.py" line="69"/>
        <source>The report was not saved</source>
        <translation>Отчёт не сохранён</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/export.py" line="70"/>
        <source>The report could not be written. Choose another folder or file name.</source>
        <translation>Не удалось записать отчёт. Выберите другую папку или имя файла.</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/export.py" line="81"/>
        <source>This section has no chart.</source>
        <translation>У этого раздела нет диаграммы.</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/export.py" line="85"/>
        <source>Save the chart</source>
        <translation>Сохранить диаграмму</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/export.py" line="86"/>
        <source>PNG picture (*.png);;SVG drawing (*.svg)</source>
        <translation>Рисунок PNG (*.png);;Чертёж SVG (*.svg)</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/export.py" line="94"/>
        <source>The chart was not saved</source>
        <translation>Диаграмма не сохранена</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/export.py" line="95"/>
        <source>The chart could not be written. Choose another folder or file name.</source>
        <translation>Не удалось записать диаграмму. Выберите другую папку или имя файла.</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/export.py" line="101"/>
        <source>Chart saved: %1</source>
        <translation>Диаграмма сохранена: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/texts_tab.py" line="34"/>
        <source>Texts for %1, %2.</source>
        <translation>Тексты за %1, %2.</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/texts_tab.py" line="53"/>
        <source>Texts saved for %1.</source>
        <translation>Тексты за %1 сохранены.</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/trends_tab.py" line="58"/>
        <source>The trends could not be computed; the log file has the details.</source>
        <translation>Не удалось вычислить тенденции; подробности — в файле журнала.</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/trends_tab.py" line="61"/>
        <source>Computing the trends…</source>
        <translation>Вычисление тенденций…</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/trends_tab.py" line="65"/>
        <source>Counts and shares per period; shares are of the period&apos;s consultations (of its persons, for recruitment and exploitation). The last column is the change of the last period against the one before.</source>
        <translation>Числа и доли по периодам; доли — от консультаций периода (для вербовки и эксплуатации — от числа людей). Последний столбец — изменение последнего периода по сравнению с предыдущим.</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/trends_tab.py" line="80"/>
        <source>No data for these periods.</source>
        <translation>Нет данных за эти периоды.</translation>
    </message>
</context>
<context>
    <name>StatusDialog</name>
    <message>
        <location filename="../../app/ui/assistance/dialogs.py" line="671"/>
        <source>Case status</source>
        <translation>Статус случая</translation>
    </message>
    <message>
        <location filename="../../app/ui/assistance/dialogs.py" line="676"/>
        <source>Reopen: %1</source>
        <translation>Возобновить: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/assistance/dialogs.py" line="681"/>
        <source>Now: %1</source>
        <translation>Сейчас: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/assistance/dialogs.py" line="684"/>
        <source>&amp;New status:</source>
        <translation>&amp;Новый статус:</translation>
    </message>
    <message>
        <location filename="../../app/ui/assistance/dialogs.py" line="685"/>
        <source>Closure &amp;reason:</source>
        <translation>&amp;Причина закрытия:</translation>
    </message>
    <message>
        <location filename="../../app/ui/assistance/dialogs.py" line="686"/>
        <source>N&amp;ote:</source>
        <translation>&amp;Заметка:</translation>
    </message>
</context>
<context>
    <name>SummaryPrinting</name>
    <message>
        <location filename="../../app/ui/assistance/printing.py" line="32"/>
        <source>Save the redacted summary</source>
        <translation>Сохранить обезличенную сводку</translation>
    </message>
    <message>
        <location filename="../../app/ui/assistance/printing.py" line="33"/>
        <source>Save the case summary</source>
        <translation>Сохранить сводку по случаю</translation>
    </message>
    <message>
        <location filename="../../app/ui/assistance/printing.py" line="34"/>
        <source>PDF document (*.pdf)</source>
        <translation>Документ PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../app/ui/assistance/printing.py" line="47"/>
        <location filename="../../app/ui/assistance/printing.py" line="50"/>
        <source>Writing the summary…</source>
        <translation>Запись сводки…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/assistance/printing.py" line="55"/>
        <source>Summary saved: %1 (%n page(s))</source>
        <translation>
            <numerusform>Сводка сохранена: %1 (%n страница)</numerusform>
            <numerusform>Сводка сохранена: %1 (%n страницы)</numerusform>
            <numerusform>Сводка сохранена: %1 (%n страниц)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/assistance/printing.py" line="60"/>
        <source>Summary saved</source>
        <translation>Сводка сохранена</translation>
    </message>
    <message>
        <location filename="../../app/ui/assistance/printing.py" line="61"/>
        <source>The summary was saved as %1, but no program to show PDF files was found. Open the file from its folder to print it.</source>
        <translation>Сводка сохранена в файл %1, но программа для просмотра PDF не найдена. Откройте файл из его папки, чтобы распечатать.</translation>
    </message>
    <message>
        <location filename="../../app/ui/assistance/printing.py" line="69"/>
        <source>The summary was not saved</source>
        <translation>Сводка не сохранена</translation>
    </message>
    <message>
        <location filename="../../app/ui/assistance/printing.py" line="70"/>
        <source>The summary could not be written. Choose another folder or file name.</source>
        <translation>Не удалось записать сводку. Выберите другую папку или имя файла.</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <location filename="../../app/ui/sync/page.py" line="58"/>
        <source>This is not an Infoline Desk sync file.</source>
        <translation>Это не файл синхронизации Infoline Desk.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/page.py" line="60"/>
        <source>The file is larger than a sync file may be.</source>
        <translation>Файл больше, чем может быть файл синхронизации.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/page.py" line="62"/>
        <source>The file was made by a newer version of Infoline Desk. Update the app to read it.</source>
        <translation>Файл создан более новой версией Infoline Desk. Обновите программу, чтобы прочитать его.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/page.py" line="65"/>
        <source>The file is addressed to another site.</source>
        <translation>Файл адресован другому узлу.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/page.py" line="67"/>
        <source>The file is signed by a key that is not one of your partners. Add the partner (and confirm its fingerprint) first.</source>
        <translation>Файл подписан ключом, которого нет среди ваших партнёров. Сначала добавьте партнёра (и подтвердите его отпечаток).</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/page.py" line="70"/>
        <source>The file was altered or truncated on the way: its signature does not match.</source>
        <translation>Файл изменён или обрезан в пути: его подпись не совпадает.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/page.py" line="73"/>
        <source>The file is damaged and cannot be read.</source>
        <translation>Файл повреждён и не может быть прочитан.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/page.py" line="75"/>
        <source>The file holds records that break the rules.</source>
        <translation>В файле есть записи, нарушающие правила.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/page.py" line="78"/>
        <source>The file was refused.</source>
        <translation>Файл отклонён.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/page.py" line="83"/>
        <source>applied</source>
        <translation>применён</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/page.py" line="84"/>
        <source>imported before</source>
        <translation>уже импортирован</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/page.py" line="85"/>
        <source>refused</source>
        <translation>отклонён</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/page.py" line="170"/>
        <source>Sync with partners</source>
        <translation>Синхронизация с партнёрами</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/page.py" line="175"/>
        <source>Save this site&apos;s &amp;key file…</source>
        <translation>Сохранить &amp;ключ этого узла…</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/page.py" line="176"/>
        <source>&amp;Add partner…</source>
        <translation>&amp;Добавить партнёра…</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/page.py" line="177"/>
        <source>&amp;Remove partner…</source>
        <translation>&amp;Удалить партнёра…</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/page.py" line="184"/>
        <location filename="../../app/ui/sync/page.py" line="207"/>
        <source>Partner</source>
        <translation>Партнёр</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/page.py" line="184"/>
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/page.py" line="184"/>
        <source>Last file sent</source>
        <translation>Файл отправлен</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/page.py" line="185"/>
        <source>Records sent</source>
        <translation>Записей отправлено</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/page.py" line="185"/>
        <source>Last file received</source>
        <translation>Файл получен</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/page.py" line="186"/>
        <source>Records received</source>
        <translation>Записей получено</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/page.py" line="186"/>
        <source>Conflicts waiting</source>
        <translation>Конфликты</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/page.py" line="189"/>
        <source>&amp;Export for partner…</source>
        <translation>&amp;Экспорт для партнёра…</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/page.py" line="190"/>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/page.py" line="191"/>
        <source>E&amp;verything, not only the changes</source>
        <translation>&amp;Всё, а не только изменения</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/page.py" line="192"/>
        <source>&amp;Import a file…</source>
        <translation>&amp;Импорт файла…</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/page.py" line="193"/>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/page.py" line="197"/>
        <source>Noticed</source>
        <translation>Обнаружен</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/page.py" line="197"/>
        <source>Record</source>
        <translation>Запись</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/page.py" line="197"/>
        <source>Fields</source>
        <translation>Поля</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/page.py" line="197"/>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/page.py" line="198"/>
        <source>Versions</source>
        <translation>Версии</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/page.py" line="200"/>
        <source>Keep the &amp;winner</source>
        <translation>Оставить &amp;победителя</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/page.py" line="201"/>
        <source>Take the &amp;other version</source>
        <translation>Взять д&amp;ругую версию</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/page.py" line="207"/>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/page.py" line="207"/>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/page.py" line="207"/>
        <source>Result</source>
        <translation>Результат</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/page.py" line="208"/>
        <source>Details</source>
        <translation>Подробности</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/page.py" line="222"/>
        <source>Conflicts waiting for a supervisor</source>
        <translation>Конфликты, ждущие супервизора</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/page.py" line="232"/>
        <source>Partners</source>
        <translation>Партнёры</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/page.py" line="245"/>
        <source>Files received</source>
        <translation>Полученные файлы</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/page.py" line="287"/>
        <source>Your role does not include sync.</source>
        <translation>Ваша роль не включает синхронизацию.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/page.py" line="292"/>
        <source>no key yet</source>
        <translation>ключа ещё нет</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/page.py" line="293"/>
        <source>This site: %1%2. Fingerprint: %3</source>
        <translation>Этот узел: %1%2. Отпечаток: %3</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/page.py" line="317"/>
        <source>changed on two sites</source>
        <translation>изменена на двух узлах</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/page.py" line="318"/>
        <source>the same record twice</source>
        <translation>одна запись дважды</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/page.py" line="323"/>
        <source>Conflicts waiting for a supervisor: %1</source>
        <translation>Конфликты, ждущие супервизора: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/page.py" line="331"/>
        <source>%1 new, %2 changed, %3 deleted, %4 conflicts</source>
        <translation>новых: %1, изменено: %2, удалено: %3, конфликтов: %4</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/page.py" line="337"/>
        <source>nothing changed</source>
        <translation>ничего не изменилось</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/page.py" line="376"/>
        <source>Save this site&apos;s key file</source>
        <translation>Сохранить файл ключа этого узла</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/page.py" line="377"/>
        <location filename="../../app/ui/sync/page.py" line="394"/>
        <source>Infoline site key (*.ilkey);;All files (*)</source>
        <translation>Ключ узла Infoline (*.ilkey);;Все файлы (*)</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/page.py" line="384"/>
        <source>Key file not saved</source>
        <translation>Файл ключа не сохранён</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/page.py" line="386"/>
        <source>Key file saved</source>
        <translation>Файл ключа сохранён</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/page.py" line="387"/>
        <source>Give the file to the partner. When they add it, read them this fingerprint by phone:

%1</source>
        <translation>Передайте файл партнёру. Когда он будет его добавлять, прочитайте ему по телефону этот отпечаток:

%1</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/page.py" line="393"/>
        <source>The partner&apos;s key file</source>
        <translation>Файл ключа партнёра</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/page.py" line="401"/>
        <source>Not a key file</source>
        <translation>Это не файл ключа</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/page.py" line="415"/>
        <source>Partner not added</source>
        <translation>Партнёр не добавлен</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/page.py" line="425"/>
        <source>Remove partner</source>
        <translation>Удаление партнёра</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/page.py" line="426"/>
        <source>Remove the partner %1? Its files will be refused from now on. Add it again from its new key file, after checking the fingerprint by phone.</source>
        <translation>Удалить партнёра %1? Его файлы больше не будут приниматься. Добавьте его снова из нового файла ключа, сверив отпечаток по телефону.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/page.py" line="433"/>
        <source>Partner not removed</source>
        <translation>Партнёр не удалён</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/page.py" line="444"/>
        <source>Export for %1</source>
        <translation>Экспорт для %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/page.py" line="445"/>
        <source>Infoline sync file (*.ilsync);;All files (*)</source>
        <translation>Файл синхронизации Infoline (*.ilsync);;Все файлы (*)</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/page.py" line="456"/>
        <source>Writing the sync file…</source>
        <translation>Запись файла синхронизации…</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/page.py" line="460"/>
        <source>File written</source>
        <translation>Файл записан</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/page.py" line="461"/>
        <source>%1 records and %2 deletions for %3 in %4.</source>
        <translation>Записей: %1, удалений: %2 для %3 в файле %4.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/page.py" line="469"/>
        <source>Import a sync file</source>
        <translation>Импорт файла синхронизации</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/page.py" line="470"/>
        <source>Infoline sync file (*.ilsync *.sync);;All files (*)</source>
        <translation>Файл синхронизации Infoline (*.ilsync *.sync);;Все файлы (*)</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/page.py" line="480"/>
        <source>Checking and applying the file…</source>
        <translation>Проверка и применение файла…</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/page.py" line="485"/>
        <source>Imported before</source>
        <translation>Уже импортирован</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/page.py" line="486"/>
        <source>This file was imported on %1. Nothing changed.</source>
        <translation>Этот файл был импортирован %1. Ничего не изменилось.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/page.py" line="490"/>
        <source>From %1: %2 new, %3 changed, %4 deleted, %5 conflicts.</source>
        <translation>От %1: новых: %2, изменено: %3, удалено: %4, конфликтов: %5.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/page.py" line="495"/>
        <source>%1 records wait for records not received yet.</source>
        <translation>Записей, ждущих ещё не полученных записей: %1.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/page.py" line="497"/>
        <source>File imported</source>
        <translation>Файл импортирован</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/page.py" line="503"/>
        <source>File refused</source>
        <translation>Файл отклонён</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/page.py" line="505"/>
        <location filename="../../app/ui/sync/page.py" line="510"/>
        <source>Sync</source>
        <translation>Синхронизация</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/page.py" line="510"/>
        <source>The sync did not finish.</source>
        <translation>Синхронизация не завершилась.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/page.py" line="522"/>
        <location filename="../../app/ui/sync/page.py" line="538"/>
        <source>Conflict</source>
        <translation>Конфликт</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/page.py" line="529"/>
        <source>Take the other version</source>
        <translation>Взять другую версию</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/page.py" line="530"/>
        <source>The record gets the other version&apos;s values in the fields that differ. This change then goes to every partner. Continue?</source>
        <translation>Запись получит значения другой версии в различающихся полях. Это изменение затем уйдёт всем партнёрам. Продолжить?</translation>
    </message>
</context>
<context>
    <name>Task</name>
    <message>
        <location filename="../../app/ui/tasks.py" line="117"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
</context>
<context>
    <name>TaskButtons</name>
    <message>
        <location filename="../../app/ui/shift/page.py" line="64"/>
        <source>Call back now</source>
        <translation>Перезвонить сейчас</translation>
    </message>
    <message>
        <location filename="../../app/ui/shift/page.py" line="65"/>
        <source>Hand over…</source>
        <translation>Передать…</translation>
    </message>
    <message>
        <location filename="../../app/ui/shift/page.py" line="66"/>
        <source>Another time…</source>
        <translation>Другое время…</translation>
    </message>
    <message>
        <location filename="../../app/ui/shift/page.py" line="67"/>
        <source>Not needed…</source>
        <translation>Не нужно…</translation>
    </message>
    <message>
        <location filename="../../app/ui/shift/page.py" line="68"/>
        <source>History</source>
        <translation>История</translation>
    </message>
</context>
<context>
    <name>TaskTable</name>
    <message>
        <location filename="../../app/ui/shift/tasks.py" line="41"/>
        <source>Due</source>
        <translation>Срок</translation>
    </message>
    <message>
        <location filename="../../app/ui/shift/tasks.py" line="41"/>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <location filename="../../app/ui/shift/tasks.py" line="41"/>
        <source>Caller</source>
        <translation>Абонент</translation>
    </message>
    <message>
        <location filename="../../app/ui/shift/tasks.py" line="41"/>
        <source>Agreed</source>
        <translation>Договорились</translation>
    </message>
    <message>
        <location filename="../../app/ui/shift/tasks.py" line="43"/>
        <source>Whose</source>
        <translation>Чья</translation>
    </message>
    <message>
        <location filename="../../app/ui/shift/tasks.py" line="49"/>
        <source>done</source>
        <translation>выполнено</translation>
    </message>
    <message>
        <location filename="../../app/ui/shift/tasks.py" line="51"/>
        <source>cancelled</source>
        <translation>отменено</translation>
    </message>
    <message>
        <location filename="../../app/ui/shift/tasks.py" line="53"/>
        <source>overdue</source>
        <translation>просрочено</translation>
    </message>
    <message>
        <location filename="../../app/ui/shift/tasks.py" line="54"/>
        <source>waiting</source>
        <translation>ждёт</translation>
    </message>
    <message>
        <location filename="../../app/ui/shift/tasks.py" line="65"/>
        <source>(no number)</source>
        <translation>(без номера)</translation>
    </message>
</context>
<context>
    <name>TraffickingDialog</name>
    <message>
        <location filename="../../app/ui/assistance/dialogs.py" line="415"/>
        <source>Trafficking details</source>
        <translation>Сведения о торговле людьми</translation>
    </message>
    <message>
        <location filename="../../app/ui/assistance/dialogs.py" line="435"/>
        <source>&amp;Status:</source>
        <translation>&amp;Статус:</translation>
    </message>
    <message>
        <location filename="../../app/ui/assistance/dialogs.py" line="436"/>
        <source>&amp;Decided by:</source>
        <translation>&amp;Кем установлен:</translation>
    </message>
    <message>
        <location filename="../../app/ui/assistance/dialogs.py" line="437"/>
        <source>Decided &amp;on:</source>
        <translation>&amp;Дата установления:</translation>
    </message>
    <message>
        <location filename="../../app/ui/assistance/dialogs.py" line="438"/>
        <source>&amp;Country of exploitation:</source>
        <translation>Страна &amp;эксплуатации:</translation>
    </message>
    <message>
        <location filename="../../app/ui/assistance/dialogs.py" line="444"/>
        <source>Period</source>
        <translation>Период</translation>
    </message>
    <message>
        <location filename="../../app/ui/assistance/dialogs.py" line="445"/>
        <source>&amp;Period:</source>
        <translation>&amp;Период:</translation>
    </message>
    <message>
        <location filename="../../app/ui/assistance/dialogs.py" line="450"/>
        <source>Type of exploitation</source>
        <translation>Вид эксплуатации</translation>
    </message>
    <message>
        <location filename="../../app/ui/assistance/dialogs.py" line="451"/>
        <source>Methods of control</source>
        <translation>Методы контроля</translation>
    </message>
    <message>
        <location filename="../../app/ui/assistance/dialogs.py" line="452"/>
        <source>Recruitment</source>
        <translation>Вербовка</translation>
    </message>
    <message>
        <location filename="../../app/ui/assistance/dialogs.py" line="472"/>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <location filename="../../app/ui/assistance/dialogs.py" line="473"/>
        <source>Notes:</source>
        <translation>Заметки:</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <location filename="../../app/ui/lock.py" line="169"/>
        <source>Infoline Desk is locked</source>
        <translation>Infoline Desk заблокирован</translation>
    </message>
    <message>
        <location filename="../../app/ui/lock.py" line="170"/>
        <source>Locked</source>
        <translation>Заблокировано</translation>
    </message>
    <message>
        <location filename="../../app/ui/lock.py" line="172"/>
        <source>%1 (%2) is logged in. Type your password to continue where you left off, or let someone else log in; your work is kept as a draft.</source>
        <translation>Вход выполнен: %1 (%2). Введите свой пароль, чтобы продолжить с того же места, или дайте войти другому сотруднику; ваша работа сохранится как черновик.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lock.py" line="175"/>
        <source>&amp;Password:</source>
        <translation>&amp;Пароль:</translation>
    </message>
    <message>
        <location filename="../../app/ui/lock.py" line="176"/>
        <source>&amp;Unlock</source>
        <translation>&amp;Разблокировать</translation>
    </message>
    <message>
        <location filename="../../app/ui/lock.py" line="177"/>
        <source>&amp;Switch user</source>
        <translation>&amp;Сменить пользователя</translation>
    </message>
    <message>
        <location filename="../../app/ui/lock.py" line="182"/>
        <source>Type your password.</source>
        <translation>Введите пароль.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lock.py" line="192"/>
        <source>Too many wrong passwords. Try again after %1.</source>
        <translation>Слишком много неверных паролей. Попробуйте снова после %1.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lock.py" line="196"/>
        <source>The password could not be checked.</source>
        <translation>Не удалось проверить пароль.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lock.py" line="205"/>
        <source>Wrong password.</source>
        <translation>Неверный пароль.</translation>
    </message>
</context>
<context>
    <name>UsageDialog</name>
    <message>
        <location filename="../../app/ui/knowledge/page.py" line="111"/>
        <source>Articles given to callers</source>
        <translation>Статьи, выданные абонентам</translation>
    </message>
    <message>
        <location filename="../../app/ui/knowledge/page.py" line="115"/>
        <source>Article</source>
        <translation>Статья</translation>
    </message>
    <message>
        <location filename="../../app/ui/knowledge/page.py" line="115"/>
        <source>Given</source>
        <translation>Выдано</translation>
    </message>
    <message>
        <location filename="../../app/ui/knowledge/page.py" line="115"/>
        <source>Last given</source>
        <translation>Последний раз</translation>
    </message>
    <message>
        <location filename="../../app/ui/knowledge/page.py" line="115"/>
        <source>Review</source>
        <translation>Проверка</translation>
    </message>
    <message>
        <location filename="../../app/ui/knowledge/page.py" line="126"/>
        <source>to be checked</source>
        <translation>требует проверки</translation>
    </message>
    <message>
        <location filename="../../app/ui/knowledge/page.py" line="126"/>
        <source>up to date</source>
        <translation>актуальна</translation>
    </message>
</context>
<context>
    <name>Words</name>
    <message>
        <location filename="../../app/ui/recruiters/intake.py" line="66"/>
        <source>Agency</source>
        <translation>Агентство</translation>
    </message>
    <message>
        <location filename="../../app/ui/recruiters/intake.py" line="66"/>
        <source>Website</source>
        <translation>Веб-сайт</translation>
    </message>
    <message>
        <location filename="../../app/ui/recruiters/intake.py" line="67"/>
        <source>Social network account</source>
        <translation>Аккаунт в соцсети</translation>
    </message>
    <message>
        <location filename="../../app/ui/recruiters/intake.py" line="68"/>
        <source>Phone number</source>
        <translation>Номер телефона</translation>
    </message>
    <message>
        <location filename="../../app/ui/recruiters/intake.py" line="68"/>
        <source>Person</source>
        <translation>Человек</translation>
    </message>
    <message>
        <location filename="../../app/ui/recruiters/intake.py" line="72"/>
        <source>licence expired on %1</source>
        <translation>срок лицензии истёк %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/recruiters/intake.py" line="74"/>
        <source>licensed until %1</source>
        <translation>лицензия до %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/recruiters/intake.py" line="76"/>
        <source>licensed</source>
        <translation>лицензия есть</translation>
    </message>
    <message>
        <location filename="../../app/ui/recruiters/intake.py" line="77"/>
        <source>%1 (УНП %2): %3</source>
        <translation>%1 (УНП %2): %3</translation>
    </message>
    <message>
        <location filename="../../app/ui/recruiters/intake.py" line="85"/>
        <source>No list of licensed agencies has been imported: the licence cannot be checked here.</source>
        <translation>Список лицензированных агентств не импортирован: здесь лицензию проверить нельзя.</translation>
    </message>
    <message>
        <location filename="../../app/ui/recruiters/intake.py" line="88"/>
        <source>Not found in the list of licensed agencies dated %1.</source>
        <translation>Не найдено в списке лицензированных агентств от %1.</translation>
    </message>
    <message>
        <location filename="../../app/ui/recruiters/intake.py" line="91"/>
        <source>%1: licence expired on %2 (list dated %3).</source>
        <translation>%1: срок лицензии истёк %2 (список от %3).</translation>
    </message>
    <message>
        <location filename="../../app/ui/recruiters/intake.py" line="94"/>
        <source>%1: licensed until %2 (list dated %3).</source>
        <translation>%1: лицензия действует до %2 (список от %3).</translation>
    </message>
    <message>
        <location filename="../../app/ui/recruiters/intake.py" line="96"/>
        <source>%1: licensed (list dated %2).</source>
        <translation>%1: лицензия есть (список от %2).</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../app/ui/app.py" line="90"/>
        <source>Unexpected error</source>
        <translation>Непредвиденная ошибка</translation>
    </message>
    <message>
        <location filename="../../app/ui/app.py" line="91"/>
        <source>Something went wrong. What you typed is kept in the draft. The details are in the log file: %1</source>
        <translation>Что-то пошло не так. Всё, что вы ввели, сохранено в черновике. Подробности — в журнале работы программы: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/app.py" line="129"/>
        <source>Creating the demo database…</source>
        <translation>Создание демонстрационной базы…</translation>
    </message>
    <message>
        <location filename="../../app/ui/app.py" line="137"/>
        <location filename="../../app/ui/app.py" line="155"/>
        <source>Demo data</source>
        <translation>Демонстрационные данные</translation>
    </message>
    <message>
        <location filename="../../app/ui/app.py" line="137"/>
        <source>The demo database could not be made.</source>
        <translation>Не удалось создать демонстрационную базу.</translation>
    </message>
    <message>
        <location filename="../../app/ui/app.py" line="152"/>
        <source>Welcome to Infoline Desk</source>
        <translation>Добро пожаловать в рабочее место инфолинии</translation>
    </message>
    <message>
        <location filename="../../app/ui/app.py" line="153"/>
        <source>This is the first start on this computer. Start with an empty database for real work, or look around first in a demo database filled with fictional contacts?</source>
        <translation>Программа впервые запущена на этом компьютере. Начать с пустой базы для реальной работы или сначала осмотреться в демонстрационной базе с вымышленными обращениями?</translation>
    </message>
    <message>
        <location filename="../../app/ui/app.py" line="155"/>
        <source>Empty database</source>
        <translation>Пустая база</translation>
    </message>
    <message>
        <location filename="../../app/ui/app.py" line="155"/>
        <source>Quit</source>
        <translation>Выйти</translation>
    </message>
    <message>
        <location filename="../../app/ui/app.py" line="182"/>
        <source>The key file is missing</source>
        <translation>Нет файла ключей</translation>
    </message>
    <message>
        <location filename="../../app/ui/app.py" line="183"/>
        <source>This database is encrypted, and its key file %1 is not beside it, so nobody can log in. Copy the key file back from a backup: each backup has one beside it (&lt;backup&gt;.keys).</source>
        <translation>Эта база данных зашифрована, а её файла ключей %1 рядом нет, поэтому войти никто не может. Скопируйте файл ключей обратно из резервной копии: рядом с каждой копией лежит свой (&lt;копия&gt;.keys).</translation>
    </message>
    <message>
        <location filename="../../app/ui/app.py" line="241"/>
        <source>The daily backup could not be made.</source>
        <translation>Не удалось создать ежедневную резервную копию.</translation>
    </message>
    <message>
        <location filename="../../app/ui/app.py" line="281"/>
        <source>The backup was not restored: %1</source>
        <translation>Копия не восстановлена: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/app.py" line="285"/>
        <source>The database was restored from the backup (%1). The database as it was before is kept as a backup too. Log in again.</source>
        <translation>База данных восстановлена из копии (%1). Прежнее состояние базы тоже сохранено как копия. Войдите снова.</translation>
    </message>
    <message>
        <location filename="../../app/ui/app.py" line="325"/>
        <source>Unsaved contact found</source>
        <translation>Найдено несохранённое обращение</translation>
    </message>
    <message>
        <location filename="../../app/ui/app.py" line="281"/>
        <location filename="../../app/ui/app.py" line="284"/>
        <location filename="../../app/ui/app.py" line="329"/>
        <source>Restore</source>
        <translation>Восстановить</translation>
    </message>
    <message>
        <location filename="../../app/ui/app.py" line="326"/>
        <source>A contact you were recording was not saved: the app closed, or the workstation changed hands (last change %1). Restore it to finish and save it?</source>
        <translation>Обращение, которое вы записывали, не было сохранено: программа закрылась или за рабочее место сел другой сотрудник (последнее изменение %1). Восстановить его, чтобы закончить и сохранить?</translation>
    </message>
    <message>
        <location filename="../../app/ui/app.py" line="329"/>
        <source>Later</source>
        <translation>Позже</translation>
    </message>
    <message>
        <location filename="../../app/ui/app.py" line="329"/>
        <source>Discard it</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location filename="../../app/ui/app.py" line="357"/>
        <source>Cannot open the database</source>
        <translation>Не удалось открыть базу данных</translation>
    </message>
</context>
<context>
    <name>charts</name>
    <message>
        <location filename="../../app/ui/widgets/charts.py" line="79"/>
        <source>No data</source>
        <translation>Нет данных</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/charts.py" line="81"/>
        <source>Enter shows the data as a table.</source>
        <translation>Enter показывает данные таблицей.</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/charts.py" line="87"/>
        <source>Chart data</source>
        <translation>Данные диаграммы</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/charts.py" line="102"/>
        <source>Show as a table (Enter)</source>
        <translation>Показать таблицей (Enter)</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <location filename="../../app/ui/messages.py" line="14"/>
        <source>your role ({role}) does not allow this ({action})</source>
        <translation>ваша роль ({role}) не позволяет это ({action})</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="15"/>
        <source>this needs an active account allowed to do it ({action})</source>
        <translation>для этого нужна действующая учётная запись с таким правом ({action})</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="16"/>
        <source>nobody is logged in</source>
        <translation>никто не вошёл в систему</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="17"/>
        <source>this account is deactivated</source>
        <translation>эта учётная запись отключена</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="18"/>
        <source>not your review</source>
        <translation>это не ваша оценка</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="19"/>
        <source>only the consultant reviewed marks a review read</source>
        <translation>отметить оценку прочитанной может только оценённый консультант</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="20"/>
        <source>unknown kind of person: {kind}</source>
        <translation>неизвестный вид записи о человеке: {kind}</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="21"/>
        <source>this caller profile no longer exists (already erased?)</source>
        <translation>этой карточки абонента больше нет (уже удалена?)</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="22"/>
        <source>this assistance case no longer exists</source>
        <translation>этого случая сопровождения больше нет</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="23"/>
        <source>this client&apos;s data has already been erased</source>
        <translation>данные этого клиента уже удалены</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="24"/>
        <source>the retention period must be between 1 and 100 years</source>
        <translation>срок хранения должен быть от 1 до 100 лет</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="25"/>
        <source>{name} is the last active administrator; make another account an administrator first</source>
        <translation>{name} — последний действующий администратор; сначала назначьте администратором другую учётную запись</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="29"/>
        <source>the key file does not belong to this database</source>
        <translation>файл ключей не относится к этой базе данных</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="30"/>
        <source>the user name {name} is taken; choose another</source>
        <translation>имя пользователя {name} занято; выберите другое</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="31"/>
        <source>the key file already has an entry {name}; remove it or choose another user name</source>
        <translation>в файле ключей уже есть запись {name}; удалите её или выберите другое имя пользователя</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="35"/>
        <source>{name} is deactivated; reactivate the account instead</source>
        <translation>{name} отключена; вместо этого снова включите учётную запись</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="36"/>
        <source>too many failed attempts: locked until {until}</source>
        <translation>слишком много неудачных попыток: вход заблокирован до {until}</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="37"/>
        <source>a partner&apos;s name is 1 to {limit} characters</source>
        <translation>имя партнёра — от 1 до {limit} символов</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="38"/>
        <source>no such conflict</source>
        <translation>такого конфликта нет</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="39"/>
        <source>this conflict is resolved already</source>
        <translation>этот конфликт уже разрешён</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="40"/>
        <source>{path}: cannot write ({reason})</source>
        <translation>{path}: не удаётся записать ({reason})</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="41"/>
        <source>the fingerprint does not match the key file: do not add this partner, and check with them how the file travelled</source>
        <translation>отпечаток не совпадает с файлом ключа: не добавляйте этого партнёра и выясните с ним, как передавался файл</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="45"/>
        <source>this key file is this site&apos;s own</source>
        <translation>это файл ключа самого этого узла</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="46"/>
        <source>a partner named {name} exists already</source>
        <translation>партнёр с именем {name} уже есть</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="47"/>
        <source>this partner&apos;s key is registered already</source>
        <translation>ключ этого партнёра уже зарегистрирован</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="48"/>
        <source>this partner site is registered already (with another key)</source>
        <translation>этот узел партнёра уже зарегистрирован (с другим ключом)</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="49"/>
        <source>no partner named {name}</source>
        <translation>нет партнёра с именем {name}</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="50"/>
        <source>{path}: no such file</source>
        <translation>{path}: файл не найден</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="51"/>
        <source>{block}: not a text block of the report</source>
        <translation>{block}: в отчёте нет такого текстового блока</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="52"/>
        <source>the text {block} is {length} characters long; the most is {limit}</source>
        <translation>текст {block} длиной {length} символов; допустимо не больше {limit}</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="54"/>
        <source>the text {block} holds a character that cannot be stored</source>
        <translation>в тексте {block} есть символ, который нельзя сохранить</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="55"/>
        <source>a campaign needs a name</source>
        <translation>у кампании должно быть название</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="56"/>
        <source>a campaign&apos;s name is at most {limit} characters</source>
        <translation>название кампании — не длиннее {limit} символов</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="57"/>
        <source>a campaign needs the day it started</source>
        <translation>у кампании должен быть день начала</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="58"/>
        <source>the campaign ends ({end}) before it starts ({start})</source>
        <translation>кампания заканчивается ({end}) раньше, чем начинается ({start})</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="59"/>
        <source>{channel}: not a way callers hear of the infoline</source>
        <translation>{channel}: такого способа узнать об инфолинии нет</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="60"/>
        <source>{path}: cannot read ({reason})</source>
        <translation>{path}: не удаётся прочитать ({reason})</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="61"/>
        <source>this conflict cannot be resolved this way</source>
        <translation>этот конфликт нельзя разрешить таким образом</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="62"/>
        <source>the record no longer exists</source>
        <translation>этой записи больше нет</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="63"/>
        <source>{name}: not a field of this record</source>
        <translation>{name}: такого поля у этой записи нет</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="64"/>
        <source>the recovery code was made by an older version of Infoline Desk and cannot follow a new database key; make a new recovery code first (Accounts, New recovery code…; or infoline accounts recovery-code)</source>
        <translation>код восстановления создан старой версией Infoline Desk и не может перейти на новый ключ базы данных; сначала сделайте новый код восстановления («Учётные записи», «Новый код восстановления…»; или infoline accounts recovery-code)</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="69"/>
        <source>this login does not hold every key; log in again as an administrator</source>
        <translation>у этого входа нет всех ключей; войдите заново как администратор</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="74"/>
        <source>a referral that is {before} cannot become {after}</source>
        <translation>направление в статусе «{before}» нельзя перевести в статус «{after}»</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="75"/>
        <source>a case that is {before} cannot become {after}</source>
        <translation>случай в статусе «{before}» нельзя перевести в статус «{after}»</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="76"/>
        <source>the case is closed; reopen it first</source>
        <translation>случай закрыт; сначала возобновите его</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="77"/>
        <source>the case is already closed</source>
        <translation>случай уже закрыт</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="78"/>
        <source>the case is not closed</source>
        <translation>случай не закрыт</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="79"/>
        <source>the consent is already withdrawn</source>
        <translation>согласие уже отозвано</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="80"/>
        <source>only a pending task can be rescheduled</source>
        <translation>перенести срок можно только у задачи, которая ещё не выполнена</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="81"/>
        <source>this task no longer exists</source>
        <translation>этой задачи больше нет</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="82"/>
        <source>this task is closed already</source>
        <translation>эта задача уже закрыта</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="83"/>
        <source>only the task&apos;s owner or a supervisor may hand it over</source>
        <translation>передать задачу может только её владелец или супервизор</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="84"/>
        <source>{name} cannot take tasks (no active account)</source>
        <translation>{name} не может получать задачи (нет активной учётной записи)</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="85"/>
        <source>the contact of this callback no longer exists</source>
        <translation>обращения, к которому относится звонок, больше нет</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="86"/>
        <source>a callback needs a due time</source>
        <translation>для обратного звонка нужно время</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="87"/>
        <source>the phone number is longer than {limit} characters</source>
        <translation>номер телефона длиннее {limit} знаков</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="88"/>
        <source>the note is longer than {limit} characters</source>
        <translation>заметка длиннее {limit} знаков</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="89"/>
        <source>a handover note cannot be empty</source>
        <translation>заметка для смены не может быть пустой</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="90"/>
        <source>no such debrief request</source>
        <translation>такой просьбы о разборе нет</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="91"/>
        <source>the working days must be one or more of 1 (Monday) to 7 (Sunday)</source>
        <translation>рабочие дни — один или несколько из 1 (понедельник) … 7 (воскресенье)</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="94"/>
        <source>only supervisors and administrators change the knowledge base</source>
        <translation>изменять базу знаний могут только супервизоры и администраторы</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="97"/>
        <source>the list&apos;s date {date} is in the future</source>
        <translation>дата списка {date} ещё не наступила</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="98"/>
        <source>the list dated {date} is older than the current list, dated {current}</source>
        <translation>список от {date} старше текущего списка от {current}</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="100"/>
        <source>the file holds no agencies</source>
        <translation>в файле нет ни одного агентства</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="101"/>
        <source>more than {rows} rows; split the file</source>
        <translation>больше {rows} строк; разделите файл</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="102"/>
        <source>the file is empty</source>
        <translation>файл пуст</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="103"/>
        <source>{problem}</source>
        <translation>{problem}</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="104"/>
        <source>unknown kind of recruiter: {kind}</source>
        <translation>неизвестный вид вербовщика: {kind}</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="105"/>
        <source>unknown role of a recruiter: {role}</source>
        <translation>неизвестная роль вербовщика: {role}</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="106"/>
        <source>the recruiter is empty</source>
        <translation>вербовщик не указан</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="107"/>
        <source>the recruiter is longer than {limit} characters</source>
        <translation>запись о вербовщике длиннее {limit} символов</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="108"/>
        <source>“{text}” holds no letters or digits to recognise it by</source>
        <translation>в «{text}» нет ни букв, ни цифр, по которым его можно узнать</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="109"/>
        <source>the alert threshold must be between 2 and 1000 contacts</source>
        <translation>порог сигнала — от 2 до 1000 обращений</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="130"/>
        <source>Staff member</source>
        <translation>Сотрудник</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="131"/>
        <source>Account</source>
        <translation>Учётная запись</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="132"/>
        <source>Caller profile</source>
        <translation>Карточка абонента</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="133"/>
        <source>Assistance client</source>
        <translation>Клиент сопровождения</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="134"/>
        <source>Contact</source>
        <translation>Обращение</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="135"/>
        <source>Contact history</source>
        <translation>История обращения</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="136"/>
        <source>Crisis case</source>
        <translation>Кризисный случай</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="137"/>
        <source>Contact of a crisis case</source>
        <translation>Обращение кризисного случая</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="138"/>
        <source>Crisis case timeline</source>
        <translation>Ход кризисного случая</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="139"/>
        <source>Consent (crisis case)</source>
        <translation>Согласие (кризисный случай)</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="140"/>
        <source>Referral (crisis case)</source>
        <translation>Перенаправление (кризисный случай)</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="141"/>
        <source>Assistance case</source>
        <translation>Случай сопровождения</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="142"/>
        <source>Consent (assistance case)</source>
        <translation>Согласие (сопровождение)</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="143"/>
        <source>Assistance case timeline</source>
        <translation>Ход случая сопровождения</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="144"/>
        <source>Monitoring visit</source>
        <translation>Мониторинговый визит</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="145"/>
        <source>Referral (assistance case)</source>
        <translation>Перенаправление (сопровождение)</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="146"/>
        <source>Relative</source>
        <translation>Родственник</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="147"/>
        <source>Service given</source>
        <translation>Оказанная услуга</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="148"/>
        <source>Directory</source>
        <translation>Справочник</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="149"/>
        <source>Directory entry</source>
        <translation>Запись справочника</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="150"/>
        <source>Directory history</source>
        <translation>История справочника</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="151"/>
        <source>Emergency numbers of a country</source>
        <translation>Экстренные номера страны</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="152"/>
        <source>Knowledge base</source>
        <translation>База знаний</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="153"/>
        <source>Knowledge-base article</source>
        <translation>Статья базы знаний</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="154"/>
        <source>Knowledge-base article history</source>
        <translation>История статьи базы знаний</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="155"/>
        <source>List of licensed agencies</source>
        <translation>Список лицензированных агентств</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="156"/>
        <source>Licensed agency</source>
        <translation>Лицензированное агентство</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="157"/>
        <source>Agency licence check</source>
        <translation>Проверка лицензии агентства</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="158"/>
        <source>Recruiter named by a caller</source>
        <translation>Вербовщик со слов абонента</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="159"/>
        <source>Quality review</source>
        <translation>Оценка качества</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="160"/>
        <source>Review round</source>
        <translation>Раунд оценки</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="161"/>
        <source>Staff development</source>
        <translation>Повышение квалификации</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="162"/>
        <source>Task (callback)</source>
        <translation>Задача (обратный звонок)</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="163"/>
        <source>Task history</source>
        <translation>История задачи</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="164"/>
        <source>Handover note</source>
        <translation>Заметка для смены</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="165"/>
        <source>Debrief request</source>
        <translation>Просьба о разборе</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="166"/>
        <source>Quality dashboard</source>
        <translation>Панель качества</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="167"/>
        <source>Statistics</source>
        <translation>Статистика</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="168"/>
        <source>Statistical report</source>
        <translation>Статистический отчёт</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="169"/>
        <source>Text of the published report</source>
        <translation>Текст публикуемого отчёта</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="170"/>
        <source>Chart of the statistics</source>
        <translation>Диаграмма статистики</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="171"/>
        <source>Information campaign</source>
        <translation>Информационная кампания</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="172"/>
        <source>Imported file</source>
        <translation>Импортированный файл</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="173"/>
        <source>Imported contacts</source>
        <translation>Импортированные обращения</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="174"/>
        <source>Printed summary</source>
        <translation>Напечатанная сводка</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="175"/>
        <source>Sync file</source>
        <translation>Файл синхронизации</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="176"/>
        <source>Partner site</source>
        <translation>Узел партнёра</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="177"/>
        <source>Sync conflict</source>
        <translation>Конфликт синхронизации</translation>
    </message>
</context>
<context>
    <name>roles</name>
    <message>
        <location filename="../../app/ui/accounts/roles.py" line="17"/>
        <source>consultant</source>
        <translation>консультант</translation>
    </message>
    <message>
        <location filename="../../app/ui/accounts/roles.py" line="19"/>
        <source>social-work specialist</source>
        <translation>специалист по социальной работе</translation>
    </message>
    <message>
        <location filename="../../app/ui/accounts/roles.py" line="21"/>
        <source>supervisor</source>
        <translation>супервизор</translation>
    </message>
    <message>
        <location filename="../../app/ui/accounts/roles.py" line="23"/>
        <source>administrator</source>
        <translation>администратор</translation>
    </message>
    <message>
        <location filename="../../app/ui/accounts/roles.py" line="31"/>
        <source>User name</source>
        <translation>Имя пользователя</translation>
    </message>
    <message>
        <location filename="../../app/ui/accounts/roles.py" line="33"/>
        <source>Full name</source>
        <translation>Фамилия и имя</translation>
    </message>
    <message>
        <location filename="../../app/ui/accounts/roles.py" line="35"/>
        <source>Password</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <location filename="../../app/ui/accounts/roles.py" line="37"/>
        <source>Current password</source>
        <translation>Текущий пароль</translation>
    </message>
    <message>
        <location filename="../../app/ui/accounts/roles.py" line="39"/>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <location filename="../../app/ui/accounts/roles.py" line="48"/>
        <source>is required</source>
        <translation>обязательно</translation>
    </message>
    <message>
        <location filename="../../app/ui/accounts/roles.py" line="50"/>
        <source>is longer than %1 characters</source>
        <translation>длиннее %1 символов</translation>
    </message>
    <message>
        <location filename="../../app/ui/accounts/roles.py" line="52"/>
        <source>must have at least %1 characters; a few words in a row make a good password</source>
        <translation>должен быть не короче %1 символов; несколько слов подряд — хороший пароль</translation>
    </message>
    <message>
        <location filename="../../app/ui/accounts/roles.py" line="55"/>
        <source>is one of the most common passwords; choose one that others would not guess</source>
        <translation>один из самых распространённых паролей; выберите такой, который другие не угадают</translation>
    </message>
    <message>
        <location filename="../../app/ui/accounts/roles.py" line="58"/>
        <source>is too easy to guess (the name of the service, or only digits and symbols); choose something else</source>
        <translation>слишком легко угадать (название службы или только цифры и знаки); выберите другой</translation>
    </message>
    <message>
        <location filename="../../app/ui/accounts/roles.py" line="61"/>
        <source>must not be the user name</source>
        <translation>не должен совпадать с именем пользователя</translation>
    </message>
    <message>
        <location filename="../../app/ui/accounts/roles.py" line="63"/>
        <source>use 2 or more letters or digits; dots, dashes and underscores may join them</source>
        <translation>не меньше 2 букв или цифр; между ними допустимы точки, дефисы и подчёркивания</translation>
    </message>
    <message>
        <location filename="../../app/ui/accounts/roles.py" line="66"/>
        <source>must differ from the current password</source>
        <translation>должен отличаться от текущего пароля</translation>
    </message>
    <message>
        <location filename="../../app/ui/accounts/roles.py" line="68"/>
        <source>is not your current password</source>
        <translation>не совпадает с вашим текущим паролем</translation>
    </message>
    <message>
        <location filename="../../app/ui/accounts/roles.py" line="70"/>
        <source>the two passwords differ</source>
        <translation>два пароля не совпадают</translation>
    </message>
    <message>
        <location filename="../../app/ui/accounts/roles.py" line="72"/>
        <source>is not a role</source>
        <translation>не является ролью</translation>
    </message>
</context>
<context>
    <name>units</name>
    <message>
        <location filename="../../app/ui/widgets/units.py" line="12"/>
        <source>%1 B</source>
        <translation>%1 Б</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/units.py" line="14"/>
        <source>%1 KB</source>
        <translation>%1 КБ</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/units.py" line="17"/>
        <source>%1 MB</source>
        <translation>%1 МБ</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/units.py" line="19"/>
        <source>%1 GB</source>
        <translation>%1 ГБ</translation>
    </message>
</context>
</TS>
